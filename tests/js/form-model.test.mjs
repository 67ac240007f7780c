// The widget's form model (js/widget/form-model.js) in Node, without a browser: reading
// what people type, which questions are asked, answers ↔ request, presets, share links
// (this version's and the first version's).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as m from '../../js/widget/form-model.js';
import { STRINGS as BASE } from '../../js/huiqi-widget-assets.js';
import { STRINGS_EN } from '../../js/widget/strings-en.js';

// English is its own module in the package, merged in by the element when loaded.
const STRINGS = { zh: BASE.zh, en: { ...BASE.en, ...STRINGS_EN } };

const RULES = [
  { id: 'henan-tech-loan-2021', programme: 'tech_loan', from: '2021-10-30', to: '2025-05-20', regions: [], research: null, cannotOperate: false },
  { id: 'henan-tech-loan-2025', programme: 'tech_loan', from: '2025-05-21', to: null, regions: [], research: { below: '10000000' }, cannotOperate: false },
  { id: 'zhengzhou-trade-loan', programme: 'trade_loan', from: '2022-04-01', to: null, regions: [], research: null, cannotOperate: false },
  { id: 'national-startup-loan-2023', programme: 'startup_guarantee_loan', from: '2023-09-04', to: null, regions: [], research: null, cannotOperate: false },
  { id: 'national-rent-relief-2022', programme: 'rent_relief', from: '2022-01-01', to: '2022-12-31', regions: [], research: null, cannotOperate: false },
  { id: 'xinxiang-rent-relief-2022', programme: 'rent_relief', from: '2022-01-01', to: '2023-06-30', regions: ['4107'], research: null, cannotOperate: true },
];
const ctx = { rules: RULES, asOf: '2026-11-30', industryUses: (k, w) => k === 'retail' && w === 'total_assets_wan' };
const state = (over) => ({ ...m.emptyState(), as_of: '2026-11-30', ...over });

test('amounts in 万元 the way people type them', () => {
  const yuan = (s, o) => m.parseMoneyWan(s, o).yuan;
  assert.equal(yuan('20'), '200000');
  assert.equal(yuan('20万'), '200000');
  assert.equal(yuan('20 万元'), '200000');
  assert.equal(yuan('２０万'), '200000');
  assert.equal(yuan('200000'), '200000', 'a bare 200000 in a 万元 field is yuan');
  assert.equal(yuan('200,000元'), '200000');
  assert.equal(yuan('1.5亿'), '150000000');
  assert.equal(yuan('22.05'), '220500');
  assert.equal(yuan('约300万'), '3000000');
  assert.equal(yuan('15000', { yuanFrom: '100000' }), '150000000', 'revenue of 1.5亿 typed in 万元');
  assert.equal(m.parseMoneyWan('').yuan, '');
  assert.equal(yuan('二十万'), '200000', 'in words too');
  assert.equal(yuan('五十万元'), '500000');
  assert.deepEqual(m.parseMoneyWan('很多').error.key, 'money');
  assert.deepEqual(m.parseMoneyWan('-5').error.key, 'negative');
  assert.deepEqual(m.parseMoneyWan('0.0000001').error.key, 'cents');
  assert.equal(m.parseMoneyYuan('1.2万').yuan, '12000');
  assert.equal(m.parseMoneyYuan('6000元').yuan, '6000');
  assert.equal(m.parseMoneyYuan('6000').yuan, '6000');
});

test('rates in % the way people type them', () => {
  const f = (s) => m.parseRate(s).fraction;
  assert.equal(f('3.5'), '0.035');
  assert.equal(f('3.5%'), '0.035');
  assert.equal(f('３.５％'), '0.035');
  assert.equal(f('年化3.85%'), '0.0385');
  assert.equal(f('百分之4.35'), '0.0435');
  assert.equal(f('0.035'), '0.035', 'a fraction below 1 is read as a fraction');
  assert.equal(f('0.5%'), '0.005', 'with % it is a percentage');
  assert.equal(m.parseRate('40').error.key, 'rateRange');
  assert.equal(m.parseRate('abc').error.key, 'rate');
  assert.equal(m.parseRate('%').error.key, 'rate');
});

test('terms in months or years', () => {
  const mo = (s) => m.parseTerm(s).months;
  assert.equal(mo('24'), '24');
  assert.equal(mo('24个月'), '24');
  assert.equal(mo('24 期'), '24');
  assert.equal(mo('2年'), '24');
  assert.equal(mo('２年'), '24');
  assert.equal(mo('两年'), '24');
  assert.equal(mo('1.5年'), '18');
  assert.equal(mo('一年半'), '18');
  assert.equal(mo('3 years'), '36');
  assert.equal(m.parseTerm('0').error.key, 'termRange');
  assert.equal(m.parseTerm('2.5').error.key, 'termWhole');
  assert.equal(m.parseTerm('701').error.key, 'termRange');
  assert.equal(m.parseTerm('很久').error.key, 'term');
  assert.equal(m.parseCount('45人').count, '45');
  assert.equal(m.parseCount('4.5').error.key, 'integer');
  assert.equal(m.parseYears('12个月').years, '1');
  assert.equal(m.parseYears('2年').years, '2');
});

test('messages are specific and their examples realistic', () => {
  const zh = STRINGS.zh;
  for (const [key, text] of Object.entries(zh.invalid)) {
    assert.doesNotMatch(text, /如 例如|例如 例如/, `${key}: no doubled "例如"`);
  }
  const filled = zh.invalid.money.replace('{example}', zh.examples.amount);
  assert.equal(filled, '请填金额，例如 20万');
  assert.match(zh.invalid.term, /24个月|2年/);
  assert.notEqual(zh.placeholders.term, '例如 7');
  // Every error key the model can produce has a message in both languages.
  const keys = ['money', 'cents', 'negative', 'positive', 'rate', 'rateRange', 'rateDecimals', 'term', 'termWhole', 'termRange', 'count', 'integer', 'tooMany', 'years', 'decimals', 'yearsRange', 'date', 'noProgramme'];
  for (const k of keys) for (const lang of ['zh', 'en']) assert.ok(STRINGS[lang].invalid[k], `${lang} message for ${k}`);
});

test('only questions that can change the answer are asked', () => {
  // 科技贷 alone: no size questions; guarantee only without collateral; the single-asset
  // question only when the collateral is over 30% of the loan.
  let v = m.visibleFields(state({ programmes: ['tech_loan'], city: '410100', revenue: '2000' }), ctx);
  assert.ok(v.has('revenue') && v.has('tech_status') && v.has('amount') && v.has('collateral'));
  assert.ok(!v.has('industry') && !v.has('employees'), 'tech loan needs no size');
  assert.ok(!v.has('guarantee') && !v.has('single_asset'), 'nothing about collateral before it is given');
  assert.ok(!v.has('research'), 'revenue of 2000万 is above the research tier');
  v = m.visibleFields(state({ programmes: ['tech_loan'], collateral: '0', revenue: '500' }), ctx);
  assert.ok(v.has('guarantee') && !v.has('single_asset'), 'collateral 0: guarantee asked, single asset not');
  assert.ok(v.has('research'), 'revenue under 1000万 in 2026: the research tier can apply');
  v = m.visibleFields(state({ programmes: ['tech_loan'], collateral: '100', amount: '500' }), ctx);
  assert.ok(!v.has('single_asset') && !v.has('guarantee'), '100 of 500 is within 30%');
  v = m.visibleFields(state({ programmes: ['tech_loan'], collateral: '200', amount: '500' }), ctx);
  assert.ok(v.has('single_asset'), '200 of 500 is over 30%');
  v = m.visibleFields(state({ programmes: ['tech_loan'], as_of: '2022-06-30', revenue: '500' }), ctx);
  assert.ok(!v.has('research'), 'no research tier in the 2021 rules');
  // A person: no business questions, no premises; the groups instead.
  v = m.visibleFields(state({ kind: 'person', programmes: ['startup_guarantee_loan', 'rent_relief'] }), ctx);
  assert.ok(v.has('groups') && !v.has('industry') && !v.has('owner'));
  // Rent relief: non-state premises end the questions; 新乡's rule asks about operating.
  v = m.visibleFields(state({ kind: 'individual_business', programmes: ['rent_relief'], as_of: '2022-07-01', city: '410700', county: '410702', owner: 'non_state' }), ctx);
  assert.ok(v.has('owner') && !v.has('rent'));
  v = m.visibleFields(state({ kind: 'individual_business', programmes: ['rent_relief'], as_of: '2022-07-01', city: '410700', county: '410702', owner: 'state' }), ctx);
  assert.ok(v.has('cannot_operate') && v.has('county_risk'));
  v = m.visibleFields(state({ kind: 'individual_business', programmes: ['rent_relief'], as_of: '2022-07-01', city: '410100', owner: 'state' }), ctx);
  assert.ok(!v.has('cannot_operate'), 'outside 新乡 only the national rule applies');
  assert.ok(m.visibleFields(state({ programmes: ['trade_loan'], industry: 'retail' }), ctx).has('total_assets'), 'retail size reads total assets');
});

test('programmes out of force on the date are past policies', () => {
  assert.deepEqual(m.currentProgrammes(RULES, '2026-11-30'), ['tech_loan', 'trade_loan', 'startup_guarantee_loan']);
  assert.deepEqual(m.currentProgrammes(RULES, '2022-07-01'), ['tech_loan', 'trade_loan', 'rent_relief']);
});

test('the request is in the contract shape, from visible answers only', () => {
  const st = state({
    programmes: ['tech_loan'], city: '410100', county: 'zone:zhengdong', revenue: '2000万', tech_status: ['high_tech_enterprise'],
    amount: '300万', term: '2年', rate: '3.5%', collateral: '0', guarantee: 'none', single_asset: 'true', industry: 'software', employees: '40',
  });
  const zones = [{ city: '410100', id: 'zhengdong', zh: '郑东新区', county: '410105' }];
  const req = m.toRequest(st, { ...ctx, zones });
  assert.deepEqual(req, {
    as_of: '2026-11-30', region: '410105',
    applicant: { kind: 'enterprise', revenue: '20000000', tech_status: ['high_tech_enterprise'] },
    programmes: ['tech_loan'],
    loan: { amount: '3000000', term_months: 24, annual_rate: '0.035', collateral_value: '0', guarantee: 'none' },
  });
  assert.deepEqual(m.validate(st, ctx), {});
  // "不知道利率": the typical rate, said so on the card.
  const typical = m.toRequest({ ...st, rate: '', rate_unknown: true }, { ...ctx, zones, typicalRate: '0.03' });
  assert.equal(typical.loan.annual_rate, '0.03');
  // Errors are keys for the strings, per field.
  const bad = m.validate(state({ programmes: ['startup_guarantee_loan'], kind: 'person', amount: '很多', term: '0', rate: '50' }), ctx);
  assert.deepEqual(Object.fromEntries(Object.entries(bad).map(([k, v]) => [k, v.key])), { amount: 'money', term: 'termRange', rate: 'rateRange' });
  assert.equal(m.validate(m.emptyState(), ctx).programmes.key, 'noProgramme');
});

test('the 新乡 noodle shop, typed as people type', () => {
  const st = state({ programmes: ['startup_guarantee_loan'], kind: 'individual_business', city: '410700', county: '410702', groups: ['returning_migrant_worker'], subsidised_before: '0', amount: '20万', term: '2年', rate: '3.5%' });
  const req = m.toRequest(st, ctx);
  assert.deepEqual(req.loan, { amount: '200000', term_months: 24, annual_rate: '0.035' });
  assert.deepEqual(req.applicant, { kind: 'individual_business', startup_groups: ['returning_migrant_worker'], subsidised_loans_before: 0 });
});

test('request → answers → the same request (presets)', () => {
  const requests = [
    { as_of: '2022-09-15', region: '410102', applicant: { kind: 'individual_business', startup_groups: ['returning_migrant_worker'], subsidised_loans_before: 0 }, programmes: ['startup_guarantee_loan', 'rent_relief'], loan: { amount: '200000', term_months: 24, annual_rate: '0.0415', repayment: 'equal_installment' }, premises: { owner: 'state', monthly_rent: '12000', county_medium_high_risk_2022: true } },
    { as_of: '2022-06-30', region: '410702', applicant: { kind: 'enterprise', industry: 'industry', employees: 80, revenue: '15000000', new_hires: { count: 12, contract_years: 1 }, subsidised_loans_before: 0 }, programmes: ['startup_guarantee_loan', 'rent_relief'], loan: { amount: '3000000', term_months: 24, annual_rate: '0.0435', repayment: 'equal_installment' }, premises: { owner: 'state', monthly_rent: '15000', cannot_operate_normally: true, county_medium_high_risk_2022: false } },
    { as_of: '2025-05-15', region: '410100', applicant: { kind: 'enterprise', revenue: '12000000', tech_status: ['tech_sme'] }, programmes: ['tech_loan'], loan: { amount: '8000000', term_months: 12, annual_rate: '0.035', collateral_value: '0', guarantee: 'none' } },
  ];
  for (const req of requests) {
    const st = m.presetState({ id: 'x', request: req });
    assert.deepEqual(m.toRequest(st, ctx), req);
  }
  // The first version's presets (raw answers) still work.
  const old = m.presetState({ answers: { as_of: '2022-07-01', programmes: ['rent_relief'], kind: 'individual_business', city: '410700', county: '410702', owner: 'state', rent: '6000', sublet: 'false', cannot_operate: 'true', county_risk: 'false', unknown_key: 1 } });
  assert.equal(old.rent, '6000');
  assert.equal(m.toRequest(old, ctx).premises.monthly_rent, '6000');
});

test('share links: the request with a version; a link of the first version still opens', () => {
  const st = state({ programmes: ['tech_loan'], city: '410100', county: 'zone:zhengdong', revenue: '2000', tech_status: ['tech_sme'], amount: '300', term: '24', rate_unknown: true, collateral: '0', guarantee: 'none' });
  const zones = [{ city: '410100', id: 'zhengdong', zh: '郑东新区', county: '410105' }];
  const text = m.encodeShare(st, { ...ctx, zones, typicalRate: '0.03' });
  assert.match(text, /^[A-Za-z0-9_-]+$/, 'base64url, nothing to escape in a URL');
  const payload = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  assert.equal(payload.v, 2);
  assert.equal(payload.request.region, '410105');
  assert.equal(payload.request.loan.annual_rate, undefined, 'the typical rate is not stored as if typed');
  assert.deepEqual(payload.ui, { zone: 'zhengdong', rate_unknown: true });
  const back = m.decodeShare(text);
  assert.equal(back.county, 'zone:zhengdong');
  assert.equal(back.rate_unknown, true);
  assert.deepEqual(m.toRequest(back, { ...ctx, zones, typicalRate: '0.03' }), m.toRequest(st, { ...ctx, zones, typicalRate: '0.03' }));

  // A link of the first version: base64url of the raw state.
  const v1 = { as_of: '2022-09-15', programmes: ['startup_guarantee_loan', 'rent_relief'], kind: 'individual_business', city: '410100', county: '410102', groups: ['returning_migrant_worker'], subsidised_before: '0', amount: '20', term: '24', rate: '4.15', repayment: 'equal_installment', owner: 'state', rent: '12000', sublet: 'false', cannot_operate: 'true', county_risk: 'true' };
  const old = m.decodeShare(Buffer.from(JSON.stringify(v1)).toString('base64url'));
  const req = m.toRequest(old, ctx);
  assert.equal(req.region, '410102');
  assert.deepEqual(req.loan, { amount: '200000', term_months: 24, annual_rate: '0.0415', repayment: 'equal_installment' });
  assert.equal(req.premises.county_medium_high_risk_2022, true);

  assert.equal(m.decodeShare('not base64 at all!'), null);
  assert.equal(m.decodeShare(Buffer.from('{"v":99,"request":{}}').toString('base64url')), null, 'a later version is not guessed at');
  assert.equal(m.decodeShare(Buffer.from('[1,2]').toString('base64url')), null);
});

test('engine error paths map to form fields', () => {
  assert.equal(m.fieldOfPath('loan.annual_rate'), 'rate');
  assert.equal(m.fieldOfPath('applicant.startup_groups[0]'), 'groups');
  assert.equal(m.fieldOfPath('applicant.new_hires.count'), 'new_hires');
  assert.equal(m.fieldOfPath('nothing.here'), null);
});

test('rule summaries from policies()', () => {
  const rules = m.ruleSummaries({ rule_sets: [{ id: 'a', programme: 'tech_loan', effective_from: '2025-05-21', effective_to: null, scope_regions: [], parameters: { research_tier: { share: '0.80', revenue_below: '10000000' } } }] });
  assert.deepEqual(rules, [{ id: 'a', programme: 'tech_loan', from: '2025-05-21', to: null, regions: [], research: { below: '10000000' }, cannotOperate: false }]);
});

test('the Chinese and English texts have the same keys, nested (English is a module of its own)', () => {
  const keys = (o, at = '') => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${at}${k}.`) : [`${at}${k}`])).sort();
  assert.deepEqual(keys(STRINGS.en), keys(STRINGS.zh));
  // the two messages shown without the form are in the element's own module
  for (const k of Object.keys(BASE.en)) assert.equal(BASE.en[k], STRINGS_EN[k], k);
});
