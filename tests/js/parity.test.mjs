// One engine, two doors: the wasm module in Node gives exactly the JSON text of the native
// CLI (target/release/huiqi) for every golden request, for schedules, for policies, with a
// portal override, and for bad input (the same error).
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { PKG, ROOT, SAMPLES, goldenRequests, nativeCli, newerSources, run, tempDir } from './lib/helpers.mjs';

let wasm;
let cli;
let tmp;

before(async () => {
  cli = nativeCli();
  wasm = await import(new URL('index.js', `file://${PKG}/`).href);
  await wasm.default({ module_or_path: fs.readFileSync(path.join(PKG, 'huiqi_bg.wasm')) });
  tmp = tempDir('parity');
});
after(() => tmp?.cleanup());
afterEach(() => wasm.configure(null));

/** The CLI's `evaluate --batch` over these lines (one output line per input line). */
function cliBatch(lines, extraArgs = []) {
  const file = path.join(tmp.dir, 'batch.ndjson');
  fs.writeFileSync(file, lines.join('\n') + '\n');
  const out = run(cli, ['evaluate', ...extraArgs, '--batch', file]).stdout;
  const outLines = out.split('\n');
  if (outLines.at(-1) === '') outLines.pop();
  assert.equal(outLines.length, lines.length, 'one output line per input line');
  return outLines;
}

/** What the wasm module answers for one line, in the CLI's batch shape for errors. */
function wasmLine(line, n) {
  try {
    return wasm.evaluateJson(line);
  } catch (e) {
    if (!(e instanceof wasm.HuiqiError)) throw e;
    return JSON.stringify({ line: n, ...e.toJSON() });
  }
}

/** Compare line by line; fail on the first difference, showing the request and where the texts part. */
function assertSameLines(requests, expected, actual, label) {
  for (let i = 0; i < requests.length; i++) {
    if (expected[i] === actual[i]) continue;
    let at = 0;
    while (at < expected[i].length && expected[i][at] === actual[i][at]) at++;
    const around = (s) => s.slice(Math.max(0, at - 80), at + 160);
    const stale = newerSources(path.join(PKG, 'huiqi_bg.wasm'));
    assert.fail(
      `${label}: line ${i + 1} differs at character ${at}\n` +
        `request: ${requests[i]}\n` +
        `cli:  …${around(expected[i])}…\n` +
        `wasm: …${around(actual[i])}…` +
        (stale.length ? `\n(pkg/ is older than ${stale.slice(0, 5).join(', ')}: rebuild it with ./scripts/build)` : ''),
    );
  }
}

test('every golden request: wasm evaluateJson === CLI evaluate --batch, byte for byte', () => {
  const requests = goldenRequests();
  assert.equal(requests.length >= 116, true, `${requests.length} golden requests`);
  const expected = cliBatch(requests);
  const actual = requests.map((line, i) => wasmLine(line, i + 1));
  for (const [i, line] of expected.entries()) {
    assert.ok(!line.startsWith('{"line":'), `golden request ${i + 1} is valid for the CLI: ${line}`);
  }
  assertSameLines(requests, expected, actual, 'golden');
});

test('every golden request, each language and decision-only: JSON.stringify(evaluate(object)) === CLI text', () => {
  const requests = goldenRequests().flatMap((line) => [
    line,
    JSON.stringify({ ...JSON.parse(line), lang: 'zh-CN' }),
    JSON.stringify({ ...JSON.parse(line), lang: 'en' }),
    JSON.stringify({ ...JSON.parse(line), explain: false }),
  ]);
  const expected = cliBatch(requests);
  const actual = requests.map((line) => JSON.stringify(wasm.evaluate(JSON.parse(line))));
  assertSameLines(requests, expected, actual, 'evaluate() object API');
  // And after an override (a new engine, new tables) and back.
  wasm.configure(fs.readFileSync(path.join(SAMPLES, 'zhengzhou-trade-override.json'), 'utf8'));
  const withOverride = cliBatch(requests.slice(0, 30), ['--override', path.join(SAMPLES, 'zhengzhou-trade-override.json')]);
  assertSameLines(requests.slice(0, 30), withOverride, requests.slice(0, 30).map((l) => JSON.stringify(wasm.evaluate(l))), 'evaluate() with override');
  wasm.configure(null);
  assertSameLines(requests.slice(0, 30), expected.slice(0, 30), requests.slice(0, 30).map((l) => JSON.stringify(wasm.evaluate(l))), 'evaluate() after reset');
});

test('the samples and golden requests with the README portal override: configure() === --override', () => {
  const overrideFile = path.join(SAMPLES, 'zhengzhou-trade-override.json');
  const requests = [
    ...['zhengzhou-exporter.json', 'zhengzhou-restaurant.json', 'huojia-tech-firm.json', 'xinxiang-factory.json'].map((f) =>
      JSON.stringify(JSON.parse(fs.readFileSync(path.join(SAMPLES, f), 'utf8'))),
    ),
    ...goldenRequests(),
  ];
  const expected = cliBatch(requests, ['--override', overrideFile]);
  wasm.configure(fs.readFileSync(overrideFile, 'utf8'));
  const actual = requests.map((line, i) => wasmLine(line, i + 1));
  assertSameLines(requests, expected, actual, 'with override');
  assert.match(actual[0], /"max_amount":"5000000"/, 'the override is in force');
});

test('bad requests: the same error (code, field, messages) through both doors', () => {
  const base = { as_of: '2022-06-30', region: '410724', applicant: { kind: 'person' } };
  const requests = [
    JSON.stringify({ ...base, as_of: '2022-02-30' }),
    JSON.stringify({ ...base, colour: 'red' }),
    JSON.stringify({ ...base, applicant: { kind: 'person', revenue: '1e5' } }),
    JSON.stringify({ ...base, applicant: { kind: 'robot' } }),
    JSON.stringify({ ...base, region: '123' }),
    JSON.stringify({ ...base, loan: { term_months: -1 } }),
    JSON.stringify({ region: '410724', applicant: { kind: 'person' } }),
    JSON.stringify({ ...base, programmes: ['tech_loan', 'lottery'] }),
    '{oops',
    '[1,2,3]',
    '{"as_of":"2022-06-30","as_of":"2022-07-01","region":"410724","applicant":{"kind":"person"}}',
    JSON.stringify({ ...base, applicant: { kind: 'person', employees: 1.5 } }),
  ];
  const expected = cliBatch(requests);
  const actual = requests.map((line, i) => wasmLine(line, i + 1));
  assertSameLines(requests, expected, actual, 'errors');
  assert.ok(expected.filter((l) => l.startsWith('{"line":')).length >= 10, 'most of these are errors');
});

test('schedules: wasm scheduleJson === CLI schedule FILE (tests/golden/schedules.csv cases)', () => {
  const csv = fs.readFileSync(path.join(ROOT, 'tests', 'golden', 'schedules.csv'), 'utf8').trim().split('\n');
  const header = csv[0].split(',');
  const col = (name) => header.indexOf(name);
  const cases = new Map();
  for (const row of csv.slice(1)) {
    const f = row.split(',');
    const id = f[col('case')];
    if (cases.has(id)) continue;
    const req = {
      principal: f[col('principal')],
      annual_rate: f[col('annual_rate')],
      term_months: Number(f[col('term_months')]),
      method: f[col('method')],
      start_date: f[col('start_date')],
    };
    if (f[col('borrower_rate')] !== '') req.borrower_rate = f[col('borrower_rate')];
    cases.set(id, req);
  }
  const requests = [...cases.values()].map((r) => JSON.stringify(r));
  // and the README sample, with JSON numbers instead of strings
  requests.push(fs.readFileSync(path.join(SAMPLES, 'schedule-1m-12m.json'), 'utf8'));
  requests.push(JSON.stringify({ principal: 1000000, annual_rate: 0.0435, term_months: 12, method: 'equal_principal', start_date: '2022-01-31', borrower_rate: 0.022 }));
  assert.ok(requests.length >= 10, `${requests.length} schedule requests`);
  const expected = requests.map((text, i) => {
    const file = path.join(tmp.dir, `schedule-${i}.json`);
    fs.writeFileSync(file, text);
    return run(cli, ['schedule', file]).stdout.replace(/\n$/, '');
  });
  const actual = requests.map((text) => wasm.scheduleJson(text));
  assertSameLines(requests, expected, actual, 'schedule');
});

test('policies: wasm policiesJson === CLI policies', () => {
  const expected = run(cli, ['policies']).stdout.replace(/\n$/, '');
  const actual = wasm.policiesJson();
  assertSameLines(['policies'], [expected], [actual], 'policies');
});
