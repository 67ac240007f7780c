// The npm package as a Node 20 user gets it: `npm pack` of pkg/, installed into a scratch
// project, imported by name ('huiqi'), initialised with the wasm bytes as the README says.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { PKG, SAMPLES, goldenRequests, initNode, installPackage, readJson } from './lib/helpers.mjs';

let installed;
let huiqi;

before(async () => {
  installed = await installPackage();
  huiqi = installed.mod;
  await initNode(huiqi);
});
after(() => installed?.cleanup());

const sample = (name) => readJson(path.join(SAMPLES, name));
const DECIMAL = /^-?\d+(\.\d+)?$/;

const TRADE_OVERRIDE = { rule_sets: [{ id: 'zhengzhou-trade-loan', parameters: { max_amount: '5000000', rate_cap: '0.045' } }] };
const tradeFigures = () => {
  const res = huiqi.evaluate(sample('zhengzhou-exporter.json'));
  assert.equal(res.results.length, 1);
  assert.equal(res.results[0].programme, 'trade_loan');
  assert.equal(res.results[0].rule_set, 'zhengzhou-trade-loan');
  return res.results[0].figures;
};

/** Call fn, expect a HuiqiError, return it. */
function expectHuiqiError(fn, code, field) {
  let caught;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  assert.ok(caught, `expected a HuiqiError ${code}, nothing was thrown`);
  assert.ok(caught instanceof huiqi.HuiqiError, `not a HuiqiError: ${caught}`);
  assert.ok(caught instanceof Error, 'a HuiqiError is an Error');
  assert.equal(caught.name, 'HuiqiError');
  assert.equal(caught.code, code, `code (message: ${caught.message_en})`);
  if (field !== undefined) assert.equal(caught.field, field, 'field');
  assert.equal(typeof caught.message_zh, 'string');
  assert.equal(typeof caught.message_en, 'string');
  assert.ok(caught.message_zh.length > 0 && caught.message_en.length > 0);
  assert.match(caught.message_zh, /[\u4e00-\u9fff]/, 'message_zh is Chinese');
  assert.equal(caught.message, caught.message_en);
  assert.equal(typeof caught.stack, 'string');
  assert.deepEqual(JSON.parse(JSON.stringify(caught)), {
    error: { code: caught.code, field: caught.field, message_zh: caught.message_zh, message_en: caught.message_en },
  });
  return caught;
}

describe('installing', () => {
  test('npm pack ships the entry, glue, wasm, types and the element, nothing else', () => {
    const files = installed.packed.files.map((f) => f.path);
    for (const f of ['package.json', 'index.js', 'index.d.ts', 'huiqi.js', 'huiqi.d.ts', 'huiqi_bg.wasm', 'README.md', 'huiqi-widget.js']) {
      assert.ok(files.includes(f), `${f} is in the tarball (${files.join(', ')})`);
    }
    assert.deepEqual(files.filter((f) => f.startsWith('snippets/')), [], 'the glue imports no snippet module');
    const meta = readJson(path.join(installed.dir, 'node_modules', 'huiqi', 'package.json'));
    assert.equal(meta.type, 'module');
    assert.equal(meta.exports['.'].types, './index.d.ts');
  });

  test("import 'huiqi' resolves through the exports map to index.js, and huiqi/huiqi_bg.wasm to the wasm", () => {
    assert.match(installed.mod.entryUrl, /\/node_modules\/huiqi\/index\.js$/);
    assert.match(installed.mod.wasmUrl, /\/node_modules\/huiqi\/huiqi_bg\.wasm$/);
    const wasm = fs.readFileSync(new URL(installed.mod.wasmUrl));
    assert.deepEqual([...wasm.subarray(0, 4)], [0, 0x61, 0x73, 0x6d], 'wasm magic');
  });

  test('the API is exported with the documented names', () => {
    for (const name of ['Engine', 'evaluate', 'schedule', 'policies', 'configure', 'evaluateJson', 'scheduleJson', 'policiesJson', 'configureJson', 'version', 'init', 'default']) {
      assert.equal(typeof huiqi[name], 'function', name);
    }
    assert.equal(huiqi.init, huiqi.default, 'init is the default export');
    assert.equal(typeof huiqi.HuiqiError, 'function');
    assert.ok(huiqi.HuiqiError.prototype instanceof Error);
  });

  test('init again is harmless; version() names the package version', async () => {
    await initNode(huiqi);
    await huiqi.init();
    const meta = readJson(path.join(PKG, 'package.json'));
    assert.equal(huiqi.version(), `huiqi ${meta.version}`);
  });
});

describe('evaluate', () => {
  test('the 获嘉县 tech firm of the README: figures as decimal strings', () => {
    const res = huiqi.evaluate(sample('huojia-tech-firm.json'));
    assert.equal(res.as_of, '2022-06-30');
    assert.equal(res.engine, huiqi.version());
    assert.equal(res.region.code, '410724');
    const r = res.results[0];
    assert.equal(r.programme, 'tech_loan');
    assert.equal(r.rule_set, 'henan-tech-loan-2021');
    assert.equal(r.status, 'eligible');
    assert.deepEqual(
      { ...r.figures },
      {
        compensation_share: '0.55',
        max_compensation: '2750000',
        compensation_cap: '5000000',
        rate_cap: '0.06175',
        collateral_limit: '1500000',
        benchmark_rate: '0.0475',
      },
    );
    assert.ok(r.checks.length > 0);
    for (const c of r.checks) {
      assert.ok(['pass', 'fail', 'unknown', 'warn'].includes(c.outcome), c.outcome);
      assert.ok(c.citation.document && c.citation.source, `check ${c.id} cites its clause`);
    }
    const share = r.explanations.filter((e) => e.figure === 'compensation_share').map((e) => e.citation.source);
    assert.deepEqual(share, ['004_258a8524201cde36.txt:1501-1509', '004_258a8524201cde36.txt:1513']);
  });

  test('the 郑州 restaurant of the README: headline and the rule sets beside it', () => {
    const res = huiqi.evaluate(sample('zhengzhou-restaurant.json'));
    const [loan, rent] = res.results;
    assert.equal(loan.rule_set, 'henan-startup-loan-2022-key-groups');
    assert.equal(loan.status, 'eligible');
    assert.equal(loan.figures.borrower_rate, '0');
    assert.equal(loan.figures.subsidy_amount, '8760.25');
    assert.ok(loan.other_rule_sets.some((o) => o.rule_set === 'national-startup-loan-2020' && o.status === 'eligible'));
    assert.equal(rent.rule_set, 'national-rent-relief-2022');
    assert.equal(rent.figures.free_months, '6');
    assert.equal(rent.figures.relief_amount, '72000');
  });

  test('money and rates stay strings in every golden response', () => {
    let figures = 0;
    const walk = (result) => {
      for (const [name, value] of Object.entries(result.figures)) {
        assert.equal(typeof value, 'string', `${result.rule_set} figure ${name} is a string`);
        assert.match(value, DECIMAL, `${result.rule_set} figure ${name} = ${value}`);
        figures++;
      }
      result.other_rule_sets.forEach(walk);
    };
    for (const line of goldenRequests()) huiqi.evaluate(line).results.forEach(walk);
    assert.ok(figures > 100, `saw ${figures} figures`);
  });

  test('an object and its JSON text give identical results; evaluateJson is the same JSON', () => {
    for (const name of ['huojia-tech-firm.json', 'zhengzhou-restaurant.json', 'xinxiang-factory.json', 'zhengzhou-exporter.json']) {
      const text = fs.readFileSync(path.join(SAMPLES, name), 'utf8');
      const obj = JSON.parse(text);
      const fromObject = huiqi.evaluate(obj);
      assert.deepEqual(huiqi.evaluate(text), fromObject, name);
      assert.equal(huiqi.evaluateJson(text), JSON.stringify(fromObject), name);
      assert.deepEqual(obj, JSON.parse(text), `${name}: evaluate leaves the request object as it was`);
    }
  });

  test('JSON numbers on input are read exactly, like their decimal strings', () => {
    const asStrings = sample('huojia-tech-firm.json');
    const asNumbers = structuredClone(asStrings);
    asNumbers.applicant.revenue = 30000000;
    asNumbers.applicant.total_assets = 26000000;
    asNumbers.loan.amount = 5000000;
    asNumbers.loan.annual_rate = 0.0475;
    asNumbers.loan.collateral_value = 1000000;
    assert.deepEqual(huiqi.evaluate(asNumbers), huiqi.evaluate(asStrings));
  });

  test('the programme filter gives results in contract order', () => {
    const req = { ...sample('zhengzhou-restaurant.json'), programmes: undefined };
    delete req.programmes;
    const res = huiqi.evaluate(req);
    assert.deepEqual(
      res.results.map((r) => r.programme),
      ['tech_loan', 'trade_loan', 'startup_guarantee_loan', 'rent_relief'],
    );
  });
});

describe('errors', () => {
  const base = { as_of: '2022-06-30', region: '410724', applicant: { kind: 'person' } };

  test('an impossible date: invalid_date naming as_of', () => {
    const e = expectHuiqiError(() => huiqi.evaluate({ ...base, as_of: '2022-02-30' }), 'invalid_date', 'as_of');
    assert.match(e.message_zh, /2022-02-30/);
    assert.match(e.message_en, /2022-02-30/);
  });

  test('an unknown field: unknown_field naming it (top level and nested)', () => {
    const e = expectHuiqiError(() => huiqi.evaluate({ ...base, colour: 'red' }), 'unknown_field', 'colour');
    assert.match(e.message_en, /colour/);
    expectHuiqiError(() => huiqi.evaluate({ ...base, applicant: { kind: 'person', revenu: '1' } }), 'unknown_field', 'applicant.revenu');
    expectHuiqiError(() => huiqi.evaluate({ ...base, loan: { amount: '1', rate: '0.04' } }), 'unknown_field', 'loan.rate');
  });

  test('the same error through the JSON-text door', () => {
    const a = expectHuiqiError(() => huiqi.evaluate(JSON.stringify({ ...base, as_of: '2022-02-30' })), 'invalid_date', 'as_of');
    const b = expectHuiqiError(() => huiqi.evaluateJson(JSON.stringify({ ...base, as_of: '2022-02-30' })), 'invalid_date', 'as_of');
    assert.deepEqual(a.toJSON(), b.toJSON());
  });

  test('missing, mistyped and malformed input', () => {
    expectHuiqiError(() => huiqi.evaluate({ region: '410724', applicant: { kind: 'person' } }), 'missing_field', 'as_of');
    expectHuiqiError(() => huiqi.evaluate({ ...base, applicant: { kind: 'company' } }), 'invalid_value', 'applicant.kind');
    expectHuiqiError(() => huiqi.evaluate({ ...base, applicant: { kind: 'person', revenue: '12,000' } }), 'invalid_decimal', 'applicant.revenue');
    expectHuiqiError(() => huiqi.evaluate({ ...base, region: '999999' }), 'invalid_region', 'region');
    expectHuiqiError(() => huiqi.evaluate('{oops'), 'invalid_json', '');
    expectHuiqiError(() => huiqi.evaluate(undefined), 'empty_input', '');
    expectHuiqiError(() => huiqi.evaluate(null), 'empty_input', '');
    expectHuiqiError(() => huiqi.evaluate({ ...base, applicant: { kind: 'person', employees: 10n } }), 'invalid_json', 'applicant.employees');
    expectHuiqiError(() => huiqi.schedule({ annual_rate: '0.04', term_months: 12, method: 'equal_installment', start_date: '2022-07-01' }), 'missing_field', 'principal');
  });

  test('what JSON cannot carry is refused naming its field, never read as "not given"', () => {
    const sched = { principal: '100000', annual_rate: '0.04', term_months: 12, method: 'equal_installment', start_date: '2022-07-01' };
    expectHuiqiError(() => huiqi.schedule({ ...sched, borrower_rate: NaN }), 'invalid_json', 'borrower_rate');
    expectHuiqiError(() => huiqi.evaluate({ ...base, premises: { monthly_rent: NaN } }), 'invalid_json', 'premises.monthly_rent');
    expectHuiqiError(() => huiqi.evaluate({ ...base, loan: { amount: Infinity } }), 'invalid_json', 'loan.amount');
    expectHuiqiError(() => huiqi.evaluate({ ...base, loan: { term_months: -Infinity } }), 'invalid_json', 'loan.term_months');
    expectHuiqiError(() => huiqi.evaluate({ ...base, applicant: { kind: 'person', research_cooperation: () => true } }), 'invalid_json', 'applicant.research_cooperation');
    expectHuiqiError(() => huiqi.evaluate({ ...base, region: Symbol('410724') }), 'invalid_json', 'region');
    expectHuiqiError(() => huiqi.evaluate({ ...base, programmes: ['tech_loan', undefined] }), 'invalid_json', 'programmes[1]');
    // An absent field stays absent: undefined on an object is "not given", as in JSON.
    assert.equal(huiqi.evaluate({ ...base, loan: undefined }).results.length, 4);
  });

  test('oversized input is refused before it reaches wasm memory, at every door', () => {
    const huge = 'x'.repeat((1 << 20) + 1);
    expectHuiqiError(() => huiqi.evaluateJson(huge), 'input_too_large', '');
    expectHuiqiError(() => huiqi.evaluate(huge), 'input_too_large', '');
    expectHuiqiError(() => huiqi.evaluate({ ...base, region: huge }), 'input_too_large', '');
    expectHuiqiError(() => huiqi.schedule({ principal: huge }), 'input_too_large', '');
    const cyclic = { ...base };
    cyclic.loan = { cyclic };
    expectHuiqiError(() => huiqi.evaluate(cyclic), 'input_too_large', '');
  });

  test('a BOM and surrounding whitespace: one rule at every door', () => {
    const text = JSON.stringify({ ...base, programmes: ['startup_guarantee_loan'] });
    assert.equal(huiqi.evaluateJson('\ufeff' + text), huiqi.evaluateJson(text));
    expectHuiqiError(() => huiqi.evaluate({ ...base, applicant: { kind: 'person', revenue: ' 100 ' } }), 'invalid_decimal', 'applicant.revenue');
    expectHuiqiError(() => huiqi.evaluate({ ...base, as_of: ' 2022-06-30' }), 'invalid_date', 'as_of');
  });

  test('the engine works as before after an error', () => {
    assert.throws(() => huiqi.evaluate({ ...base, as_of: 'x' }));
    assert.equal(huiqi.evaluate(sample('huojia-tech-firm.json')).results[0].figures.compensation_share, '0.55');
  });
});

describe('schedule and policies', () => {
  test('the README schedule: totals as decimal strings, principals summing exactly', () => {
    const res = huiqi.schedule(sample('schedule-1m-12m.json'));
    assert.deepEqual(res.totals, {
      payment: '1023718.79',
      principal: '1000000.00',
      interest: '23718.79',
      subsidy: '11723.06',
      borrower_interest: '11995.73',
    });
    assert.equal(res.periods.length, 12);
    let cents = 0n;
    res.periods.forEach((p, i) => {
      assert.equal(p.n, i + 1);
      for (const k of ['payment', 'principal', 'interest', 'subsidy', 'borrower_interest', 'balance']) {
        assert.equal(typeof p[k], 'string', `period ${p.n} ${k}`);
        assert.match(p[k], /^\d+\.\d\d$/, `period ${p.n} ${k} = ${p[k]}`);
      }
      cents += BigInt(p.principal.replace('.', ''));
    });
    assert.equal(cents, 100000000n);
    assert.equal(res.periods[0].date, '2022-08-01');
    assert.equal(res.periods.at(-1).balance, '0.00');
    const text = fs.readFileSync(path.join(SAMPLES, 'schedule-1m-12m.json'), 'utf8');
    assert.deepEqual(huiqi.schedule(text), res);
    assert.equal(huiqi.scheduleJson(text), JSON.stringify(res));
  });

  test('policies(): every rule set with its period, documents, citations and quality', () => {
    const p = huiqi.policies();
    assert.equal(p.engine, huiqi.version());
    assert.deepEqual(
      p.rule_sets.map((r) => r.id).sort(),
      [
        'henan-startup-loan-2022-key-groups',
        'henan-tech-loan-2021',
        'henan-tech-loan-2025',
        'national-financing-coordination-2024',
        'national-rent-relief-2022',
        'national-startup-loan-2020',
        'national-startup-loan-2023',
        'xinxiang-rent-relief-2022',
        'xinxiang-startup-loan-2022',
        'zhengzhou-trade-loan',
      ],
    );
    for (const r of p.rule_sets) {
      assert.match(r.effective_from, /^\d{4}-\d\d-\d\d$/, r.id);
      assert.ok(r.effective_to === null || /^\d{4}-\d\d-\d\d$/.test(r.effective_to), r.id);
      assert.ok(['official', 'draft', 'press_summary'].includes(r.source_quality), r.id);
      assert.ok(r.documents.length > 0, `${r.id} has documents`);
      // Citations into the policy texts (seed file and line) carry their quote; references
      // (the LPR table, the size standard) need none.
      const seeds = Object.values(r.citations).filter((c) => /\.txt:\d/.test(c.source));
      assert.ok(seeds.length > 0, `${r.id} cites policy texts`);
      for (const c of seeds) assert.ok(typeof c.quote === 'string' && c.quote.length > 0, `${r.id} ${c.ref} has its quote`);
    }
    assert.equal(huiqi.policiesJson(), JSON.stringify(p));
  });
});

describe('configure', () => {
  afterEach(() => huiqi.configure(null));

  test('a valid override changes the results; configure(null) resets', () => {
    assert.deepEqual({ ...tradeFigures() }, {}, 'nothing configured by default');
    huiqi.configure(TRADE_OVERRIDE);
    const figures = tradeFigures();
    assert.equal(figures.max_amount, '5000000');
    assert.equal(figures.rate_cap, '0.045');
    huiqi.configure(null);
    assert.deepEqual({ ...tradeFigures() }, {});
  });

  test('the override as JSON text, and configure(undefined) also resets', () => {
    huiqi.configure(JSON.stringify(TRADE_OVERRIDE));
    assert.equal(tradeFigures().max_amount, '5000000');
    huiqi.configure(undefined);
    assert.equal(tradeFigures().max_amount, undefined);
    huiqi.configureJson(JSON.stringify(TRADE_OVERRIDE));
    assert.equal(tradeFigures().max_amount, '5000000');
    huiqi.configureJson();
    assert.equal(tradeFigures().max_amount, undefined);
  });

  test("the README's portal override (loss shares and a newer LPR)", () => {
    const override = sample('zhengzhou-trade-override.json');
    huiqi.configure(override);
    assert.deepEqual(
      { ...tradeFigures() },
      { max_amount: '5000000', rate_cap: '0.045', government_share: '0.4', bank_share: '0.2', insurer_share: '0.4' },
    );
    assert.equal(huiqi.policies().reference.lpr.last, '2026-02-24');
  });

  test('a new override replaces the earlier one (no stacking)', () => {
    huiqi.configure(TRADE_OVERRIDE);
    huiqi.configure({ rule_sets: [{ id: 'zhengzhou-trade-loan', parameters: { max_amount: '3000000' } }] });
    assert.deepEqual({ ...tradeFigures() }, { max_amount: '3000000' });
  });

  test('each Engine keeps its own data: configure on one leaves another (and the default) unchanged', () => {
    const a = new huiqi.Engine();
    const b = new huiqi.Engine(TRADE_OVERRIDE);
    const request = sample('zhengzhou-exporter.json');
    const trade = (e) => e.evaluate(request).results.find((r) => r.programme === 'trade_loan').figures;
    assert.deepEqual({ ...trade(a) }, {}, 'built-in data: no 外贸贷 figures');
    assert.equal(trade(b).max_amount, '5000000', 'the override applies to b');
    a.configure(TRADE_OVERRIDE);
    b.configure(null);
    assert.equal(trade(a).max_amount, '5000000');
    assert.deepEqual({ ...trade(b) }, {});
    assert.deepEqual({ ...tradeFigures() }, {}, 'the default engine is untouched');
    expectHuiqiError(() => new huiqi.Engine({ rule_sets: [{ id: 'zhengzhou-trade-loan', bogus: 1 }] }), 'invalid_override');
    a.free();
    b.free();
  });

  test('an invalid override throws invalid_override and leaves the results unchanged', () => {
    huiqi.configure(TRADE_OVERRIDE);
    const before = huiqi.evaluateJson(JSON.stringify(sample('zhengzhou-exporter.json')));
    const policiesBefore = huiqi.policiesJson();
    const bad = [
      { rule_sets: [{ id: 'zhengzhou-trade-loan', parameters: { max_amount: 'five million' } }] },
      { rule_sets: [{ id: 'zhengzhou-trade-loan', bogus: 1 }] },
      { rule_sets: [{ id: 'a-new-rule-set', programme: 'trade_loan' }] },
      '{oops',
      '"a string"',
    ];
    for (const override of bad) {
      const e = expectHuiqiError(() => huiqi.configure(override), 'invalid_override');
      assert.match(e.message_en, /not applied/);
      assert.equal(huiqi.evaluateJson(JSON.stringify(sample('zhengzhou-exporter.json'))), before, `after ${JSON.stringify(override)}`);
      assert.equal(huiqi.policiesJson(), policiesBefore);
    }
    const e = expectHuiqiError(() => huiqi.configure(bad[0]), 'invalid_override');
    assert.match(e.field, /parameters\.max_amount$/);
    huiqi.configure(null);
    expectHuiqiError(() => huiqi.configure(bad[1]), 'invalid_override');
    assert.deepEqual({ ...tradeFigures() }, {}, 'still the built-in data');
  });
});

// ---- pkg/index.d.ts describes what the engine really returns. ----

/** Property names of each `export interface` in a .d.ts (top level of its body only). */
function declaredInterfaces(dts) {
  const out = {};
  const re = /export interface (\w+)[^{]*\{/g;
  let m;
  while ((m = re.exec(dts))) {
    let depth = 1;
    let lineDepth = 1; // the depth at the start of the current line
    let line = '';
    const props = {};
    for (let i = re.lastIndex; i < dts.length && depth > 0; i++) {
      const ch = dts[i];
      if (ch === '\n') {
        const p = /^\s*(?:readonly\s+)?(\w+)(\?)?\s*:/.exec(line);
        if (p && lineDepth === 1) props[p[1]] = p[2] ? 'optional' : 'required';
        line = '';
        lineDepth = depth;
        continue;
      }
      line += ch;
      if (ch === '{') depth++;
      if (ch === '}') depth--;
    }
    out[m[1]] = props;
  }
  return out;
}


function conformance() {
  const types = declaredInterfaces(fs.readFileSync(path.join(installed.dir, 'node_modules', 'huiqi', 'index.d.ts'), 'utf8'));
  const problems = new Map(); // "Interface.key problem" -> where it was first seen
  const note = (problem, where) => problems.has(problem) || problems.set(problem, where);
  const check = (iface, value, where) => {
    const decl = types[iface];
    assert.ok(decl, `index.d.ts declares ${iface}`);
    for (const k of Object.keys(value)) if (!(k in decl)) note(`${iface}.${k} is returned but not declared`, where);
    for (const [k, kind] of Object.entries(decl)) {
      if (kind === 'required' && !(k in value)) note(`${iface}.${k} is required but missing`, where);
    }
  };
  const result = (r, where, decision) => {
    check(decision ? 'DecisionResult' : 'ProgrammeResult', r, where);
    check('Figures', r.figures, where);
    assert.deepEqual(Object.keys(r.units), Object.keys(r.figures), `units are keyed as figures (${where})`);
    if (decision) {
      r.checks.forEach((c) => check('DecisionCheck', c, where));
    } else {
      r.checks.forEach((c) => (check('Check', c, where), check('Citation', c.citation, where)));
      r.explanations.forEach((e) => (check('Explanation', e, where), check('Citation', e.citation, where)));
      r.hints.forEach((h) => check('Hint', h, where));
      r.assumptions.forEach((a) => check('Assumption', a, where));
    }
    r.other_rule_sets.forEach((o) => result(o, where, decision));
  };
  goldenRequests().forEach((line, i) => {
    for (const form of [{}, { explain: false }]) {
      const res = huiqi.evaluate({ ...JSON.parse(line), ...form });
      const where = `golden request ${i + 1}${form.explain === false ? ' (decision only)' : ''}`;
      check('EvaluateResponse', res, where);
      res.results.forEach((r) => result(r, where, form.explain === false));
    }
  });
  const p = huiqi.policies();
  check('PoliciesResponse', p, 'policies()');
  p.rule_sets.forEach((r) => {
    check('RuleSetSummary', r, `policies() ${r.id}`);
    Object.values(r.citations).forEach((c) => check('Citation', c, `policies() ${r.id}`));
  });
  const s = huiqi.schedule(sample('schedule-1m-12m.json'));
  check('ScheduleResponse', s, 'schedule');
  s.periods.forEach((p) => check('SchedulePeriod', p, 'schedule'));
  return [...problems].map(([problem, where]) => `${problem} (first in ${where})`);
}

describe('English as a module of its own (huiqi-en.js)', () => {
  // A second copy of the API module: its own English state over the same wasm, as a page
  // that calls init({ english: false }) has it.
  let lean;
  before(async () => {
    const entry = new URL(huiqi.entryUrl);
    lean = await import(`${entry.href}?lean`);
    await lean.init({ module_or_path: fs.readFileSync(new URL(huiqi.wasmUrl)), english: false });
  });
  const refusal = (fn) => {
    try {
      fn();
    } catch (e) {
      return [e.name, e.code, e.field];
    }
    return 'answered';
  };

  test('init() loads the English texts: the default engine answers in both languages', () => {
    assert.equal(new huiqi.Engine().english, true);
    assert.ok(huiqi.evaluate(goldenRequests()[0]).results[0].title_en);
  });

  test('without them, Chinese and the decision-only form are answered exactly as before; English is refused', () => {
    const e = new lean.Engine();
    assert.equal(e.english, false);
    for (const line of goldenRequests().slice(0, 60)) {
      const req = JSON.parse(line);
      const zh = { ...req, lang: 'zh-CN' };
      assert.deepEqual(e.evaluate(zh), huiqi.evaluate(zh));
      const decision = { ...req, explain: false };
      assert.deepEqual(e.evaluate(decision), huiqi.evaluate(decision));
      for (const english of [{ ...req, lang: 'en' }, (({ lang, ...rest }) => rest)(req)]) {
        let whole;
        try {
          huiqi.evaluate(english);
        } catch (err) {
          whole = [err.name, err.code, err.field];
        }
        assert.deepEqual(refusal(() => e.evaluate(english)), whole ?? ['HuiqiError', 'english_not_loaded', 'lang']);
      }
    }
    assert.deepEqual(refusal(() => new lean.Engine(TRADE_OVERRIDE)), ['HuiqiError', 'english_not_loaded', '']);
    const notes = e.policies().rule_sets.flatMap((r) => r.notes);
    assert.ok(notes.length > 0 && notes.every((n) => n.message_zh && !('message_en' in n)));
  });

  test('loadEnglish() brings them: engines made afterwards (and the default one) answer in English', async () => {
    await lean.loadEnglish();
    const e = new lean.Engine();
    assert.equal(e.english, true);
    const req = { ...JSON.parse(goldenRequests()[0]), lang: 'en' };
    assert.deepEqual(e.evaluate(req), huiqi.evaluate(req));
    assert.deepEqual(lean.evaluate(req), huiqi.evaluate(req));
    assert.deepEqual(new lean.Engine(TRADE_OVERRIDE).policies(), new huiqi.Engine(TRADE_OVERRIDE).policies());
  });
});

describe('index.d.ts', () => {
  test('every key the engine returns is declared, every required key is returned', () => {
    assert.deepEqual(conformance(), []);
  });
});

describe('subpaths', () => {
  test("the <huiqi-widget> module the package ships can be imported as 'huiqi/huiqi-widget.js'", () => {
    // Listed in "files" and in "exports", so Node and bundlers accept the subpath.
    const meta = readJson(path.join(installed.dir, 'node_modules', 'huiqi', 'package.json'));
    assert.ok(meta.files.includes('huiqi-widget.js'));
    assert.ok(Object.keys(meta.exports).includes('./huiqi-widget.js'), 'exports lists ./huiqi-widget.js');
  });
});
