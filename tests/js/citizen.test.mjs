// What citizens read (js/widget/citizen.js): engine texts cleaned of developer content,
// jargon in plain words, figures by their unit, and the one-sentence answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citizenText, isDeveloperText, plainWords, formatFigure, unitOf, answerSentence, missingLabels, applyChange } from '../../js/widget/citizen.js';
import { STRINGS as BASE } from '../../js/huiqi-widget-assets.js';
import { STRINGS_EN } from '../../js/widget/strings-en.js';

// English is its own module in the package, merged in by the element when loaded.
const STRINGS = { zh: BASE.zh, en: { ...BASE.en, ...STRINGS_EN } };

const zh = STRINGS.zh;
const DEV = /applicant\.|loan\.|premises\.|门户|\.txt|\.md|http|[a-z]+-[a-z0-9]+-[a-z0-9]+/;

test('field paths, portal instructions, file names and URLs never reach a citizen', () => {
  assert.equal(citizenText('请补充：是否为高新技术企业或科技型中小企业（applicant.tech_status）。'), '请补充：是否为高新技术企业或科技型中小企业。');
  assert.equal(citizenText('请补充贷款金额和期限（loan.amount, loan.term_months）。'), '请补充贷款金额和期限。');
  assert.equal(citizenText('LPR按最新公布值计算。门户可在配置中补充最新的LPR。'), 'LPR按最新公布值计算。');
  assert.equal(citizenText('出处：policy/reference/external-facts.md §1.2 · http://example.cn/a'), '');
  assert.equal(citizenText('见 000_7dd4362d4eaa0ca0.txt:34-38。'), '');
  assert.equal(citizenText('规则集 henan-tech-loan-2025 适用。按新规测算。'), '按新规测算。');
  assert.ok(isDeveloperText('huiqi configure override'));
  for (const s of ['请补充（applicant.revenue）', '门户可配置', 'x.txt', 'a.md', 'http://x']) assert.doesNotMatch(citizenText(s), DEV);
  assert.equal(citizenText('A portal can configure the rate. The bank decides.', 'en'), 'The bank decides.');
});

test('jargon in plain words', () => {
  assert.equal(plainWords('贴息范围为LPR−150BP至LPR+150BP口径'), '贴息范围为LPR减1.5个百分点至LPR加1.5个百分点');
  assert.equal(plainWords('不超过基准利率上浮30%'), '不超过基准利率的1.3倍');
  assert.equal(plainWords('年利率4.75%，不超过24个月期贷款基准利率4.75%上浮30%后的6.175%。'), '年利率4.75%，不超过24个月期贷款基准利率4.75%的1.3倍，即6.175%。');
  assert.equal(plainWords('LPR-150BP', 'en'), 'LPR minus 1.5 points');
});

test('figures by unit: the engine\'s units map first, then the widget\'s table', () => {
  const r = { figures: { compensation_share: '0.6', max_compensation: '1800000', free_months: '6', x: '0.05' }, units: { x: 'rate' } };
  assert.equal(unitOf(r, 'x'), 'rate', 'units[name] from the engine');
  assert.equal(unitOf({ figures: {} }, 'compensation_share'), 'share', 'the fallback table');
  assert.equal(unitOf({ figures: {} }, 'subsidy_amount'), 'money');
  assert.deepEqual(formatFigure(zh, 'zh', 'share', '0.6'), ['60', '%']);
  assert.deepEqual(formatFigure(zh, 'zh', 'money', '1800000'), ['180', ' 万元']);
  assert.deepEqual(formatFigure(zh, 'zh', 'money', '137822.81'), ['137,822.81', ' 元']);
  assert.deepEqual(formatFigure(STRINGS.en, 'en', 'money', '1800000'), ['1,800,000', ' yuan']);
  assert.deepEqual(formatFigure(zh, 'zh', 'months', '6'), ['6', ' 个月']);
  assert.deepEqual(formatFigure(zh, 'zh', 'rate', '0.06175'), ['6.175', '%']);
});

test('the answer comes first, in one sentence, for this applicant', () => {
  const tech = { programme: 'tech_loan', status: 'eligible', figures: { compensation_share: '0.55', rate_cap: '0.06175', collateral_limit: '900000', max_compensation: '1650000' }, checks: [] };
  const s = answerSentence(zh, 'zh', tech, { request: { loan: { collateral_value: '0' } } });
  assert.equal(s, '可以申请。不需要抵押、年利率不超过6.175%；万一贷款出现损失，省科技贷准备金向银行补偿55%，这让银行更愿意放贷（这笔钱付给银行，不是付给您）。');
  const startup = { programme: 'startup_guarantee_loan', status: 'eligible', figures: { max_amount: '300000', borrower_rate: '0.015', subsidy_rate: '0.02', subsidy_amount: '5593.88' }, checks: [] };
  assert.equal(answerSentence(zh, 'zh', startup), '可以申请。最多可贷30万元；您自己实际承担的年利率约1.5%，其余2%由财政贴息；整个贷款期财政共替您付息约5,593.88元。');
  const needs = { programme: 'tech_loan', status: 'needs_info', figures: {}, checks: [{ outcome: 'unknown', missing_fields: ['applicant.tech_status'] }], missing_fields: ['loan.amount'] };
  const n = answerSentence(zh, 'zh', needs, { labelOf: (p) => zh.missing[p] });
  assert.match(n, /贷款金额/);
  assert.match(n, /科技资质/);
  assert.doesNotMatch(n, DEV);
  assert.deepEqual(missingLabels(needs, (p) => zh.missing[p]), ['贷款金额', '科技资质（高新技术企业或科技型中小企业）']);
  const failed = { programme: 'tech_loan', status: 'ineligible', figures: {}, checks: [{ outcome: 'fail', message_zh: '不是高新技术企业或科技型中小企业（applicant.tech_status）。' }] };
  assert.equal(answerSentence(zh, 'zh', failed), '暂不符合。不是高新技术企业或科技型中小企业。');
  const old = { programme: 'rent_relief', status: 'not_in_force', effective_from: '2022-01-01', effective_to: '2022-12-31', figures: {}, checks: [] };
  assert.match(answerSentence(zh, 'zh', old), /2022-01-01 至 2022-12-31/);
  const rent = { programme: 'rent_relief', status: 'eligible', figures: { free_months: '3', half_months: '12', relief_amount: '54000' }, checks: [] };
  assert.equal(answerSentence(zh, 'zh', rent), '可以享受。免收3个月房租，另有12个月房租减半，一共约少交5.4万元。');
});

test('试试这样 offers a choice (rate, term, insurance), never a different fact about the firm', () => {
  const request = { applicant: { kind: 'enterprise', revenue: '30000000' }, loan: { annual_rate: '0.07', term_months: 24 } };
  assert.equal(applyChange(request, { field: 'loan.annual_rate', max: '0.06175' }).loan.annual_rate, '0.06175');
  assert.equal(applyChange(request, { field: 'loan.term_months', min: 36 }).loan.term_months, 36);
  assert.equal(request.loan.annual_rate, '0.07', 'the request itself is left as it is');
  assert.equal(applyChange(request, { field: 'applicant.revenue', max: '20000000' }), null, 'revenue is a fact');
  assert.equal(applyChange(request, { field: 'premises.cannot_operate_normally', value: true }), null, 'so is whether it could operate');
  assert.equal(applyChange(request, { set: { 'applicant.kind': 'individual_business' } }), null);
  assert.equal(applyChange(request, { provide: ['loan.amount'] }), null, 'the form asks for missing fields anyway');
});
