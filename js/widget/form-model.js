// The form model of <huiqi-widget>: pure data, no DOM, no engine (unit-tested in Node,
// tests/js/form-model.test.mjs).
//
// - `state`: what the visitor typed or chose, every answer a string (or a list).
// - `visibleFields(state, ctx)`: the questions that can change the answer, and only those.
// - `parse*`: forgiving readers of what people type ("20万", "3.5%", "２年", "24个月").
// - `validate(state, ctx)` and `toRequest(state, ctx)`: the engine request (CONTRACT.md),
//   built only from visible answers; `fromRequest(request)` goes back.
// - `encodeShare` / `decodeShare`: a share link or a preset is the engine's request JSON
//   with a version (`{"v":2,"request":{…}}`); links of the first version (the widget's raw
//   state) still open.
//
// Messages are keys with parameters (`{ key: 'amount', params: {…} }`); the strings live in
// huiqi-widget-assets.js.

export const FORM_VERSION = 2;
export const PROGRAMMES = ['tech_loan', 'trade_loan', 'startup_guarantee_loan', 'rent_relief', 'financing_coordination'];
/** The 推荐清单 self-check's five standards: form id → the request's `financing` member. */
export const STANDARDS = { fin_compliant: 'operates_compliantly', fin_premises: 'fixed_premises', fin_need: 'real_need', fin_credit: 'good_credit', fin_use: 'lawful_use' };
export const PURPOSES = ['working_capital', 'equipment', 'expansion', 'technology', 'renewal', 'other'];
export const LOAN_PROGRAMMES = ['tech_loan', 'trade_loan', 'startup_guarantee_loan'];
const KINDS = ['enterprise', 'individual_business', 'person'];

export function emptyState() {
  return {
    programmes: [],
    kind: 'enterprise',
    city: '',
    county: '',
    province: '',
    industry: '',
    employees: '',
    revenue: '',
    total_assets: '',
    tech_status: [],
    no_tech: false,
    research: '',
    trades_abroad: '',
    credit_insurance: '',
    groups: [],
    no_group: false,
    new_hires: '',
    contract_years: '',
    subsidised_before: '',
    amount: '',
    term: '',
    rate: '',
    rate_unknown: false,
    repayment: '',
    collateral: '',
    single_asset: '',
    guarantee: '',
    start_date: '',
    owner: '',
    rent: '',
    sublet: '',
    cannot_operate: '',
    county_risk: '',
    fin_compliant: '',
    fin_premises: '',
    fin_need: '',
    fin_purpose: '',
    fin_credit: '',
    fin_use: '',
    as_of: '',
  };
}

// ---- Exact decimal strings (never floats for money or rates) ----
const FULLWIDTH = /[\uff10-\uff19\uff0e\uff0c\uff05\uff0d\u3000]/g;
/** Full-width digits and signs to ASCII, grouping commas and spaces out. */
export function normalise(text) {
  return String(text == null ? '' : text)
    .replace(FULLWIDTH, (c) => ({ '．': '.', '，': ',', '％': '%', '－': '-', '\u3000': ' ' })[c] || String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s,_]/g, '')
    .replace(/。/g, '.');
}

/** `digits` with its decimal point moved `places` to the right (left if negative). */
export function shiftDecimal(digits, places) {
  const m = /^(\d*)(?:\.(\d*))?$/.exec(digits);
  if (!m) return null;
  let int = m[1] || '0';
  let frac = m[2] || '';
  if (places > 0) {
    frac = frac.padEnd(places, '0');
    int += frac.slice(0, places);
    frac = frac.slice(places);
  } else if (places < 0) {
    int = int.padStart(-places + 1, '0');
    frac = int.slice(int.length + places) + frac;
    int = int.slice(0, int.length + places);
  }
  int = int.replace(/^0+(?=\d)/, '');
  frac = frac.replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}
const decimals = (s) => (s.indexOf('.') < 0 ? 0 : s.length - s.indexOf('.') - 1);
/** Compare two non-negative decimal strings: -1, 0, 1. */
export function cmpDecimal(a, b) {
  const [ai, af = ''] = a.split('.');
  const [bi, bf = ''] = b.split('.');
  const x = ai.replace(/^0+/, '');
  const y = bi.replace(/^0+/, '');
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  if (x !== y) return x < y ? -1 : 1;
  const n = Math.max(af.length, bf.length);
  const p = af.padEnd(n, '0');
  const q = bf.padEnd(n, '0');
  return p === q ? 0 : p < q ? -1 : 1;
}
const NUMBER = /^\d+(?:\.\d+)?$|^\.\d+$/;
const fixNumber = (s) => (s.startsWith('.') ? `0${s}` : s);
const err = (key, params = {}) => ({ ok: false, error: { key, params } });

const CN_DIGITS = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** 一 … 九十九 as digits (enough for years, months and counts people say in words). */
function chineseNumber(s) {
  if (!/^[零〇一二两三四五六七八九十]+$/.test(s)) return null;
  if (s.length === 1) return String(CN_DIGITS[s]);
  const i = s.indexOf('十');
  if (i < 0) return null;
  const tens = i === 0 ? 1 : CN_DIGITS[s[0]];
  const ones = i === s.length - 1 ? 0 : CN_DIGITS[s[s.length - 1]];
  return String(tens * 10 + ones);
}

/**
 * Money typed in a field labelled 万元: "20", "20万", "20 万元", "200000元", "1.5亿",
 * "２０万". A bare number at or above `yuanFrom` is read as yuan (nobody here borrows
 * 20亿; they typed 200000 meaning yuan). Returns { ok, yuan, unit } or { ok: false, error }.
 */
export function parseMoneyWan(text, { yuanFrom = '10000' } = {}) {
  let s = normalise(text).replace(/^(约|大概|大约)/, '').replace(/(左右|上下)$/, '').replace(/人民币|rmb|cny/gi, '');
  if (s === '') return { ok: true, yuan: '', unit: '' };
  if (s.startsWith('-')) return err('negative');
  let unit = '';
  const m = /^(.*?)(万元|万|亿元|亿|元|块钱|块)$/.exec(s);
  if (m) {
    s = m[1];
    unit = { 万元: 'wan', 万: 'wan', 亿元: 'yi', 亿: 'yi', 元: 'yuan', 块钱: 'yuan', 块: 'yuan' }[m[2]];
  }
  s = chineseNumber(s) || s; // 二十万, 五十万元
  if (!NUMBER.test(s)) return err('money');
  s = fixNumber(s);
  if (!unit) unit = cmpDecimal(s, yuanFrom) >= 0 ? 'yuan' : 'wan';
  const yuan = unit === 'yuan' ? shiftDecimal(s, 0) : shiftDecimal(s, unit === 'yi' ? 8 : 4);
  if (decimals(yuan) > 2) return err('cents');
  return { ok: true, yuan, unit };
}

/** Money typed in a field labelled 元 (monthly rent): "12000", "1.2万", "12000元". */
export function parseMoneyYuan(text) {
  const s = normalise(text);
  if (s === '') return { ok: true, yuan: '', unit: '' };
  if (/(万元|万|亿元|亿)$/.test(s)) return parseMoneyWan(s);
  return parseMoneyWan(s.replace(/(元|块钱|块)$/, '') + (s ? '元' : ''));
}

/**
 * An annual rate in %: "3.5", "3.5%", "３.５％", "年化3.5%", "百分之3.5". A bare number
 * below 1 is read as a fraction ("0.035" is 3.5%): no bank lends below 1% a year.
 * Returns { ok, fraction, percent }.
 */
export function parseRate(text) {
  let s = normalise(text).replace(/^(年化|年利率|利率|年息)/, '');
  let hadPercent = false;
  if (/^百分之/.test(s)) {
    s = s.slice(3);
    hadPercent = true;
  }
  if (/%$/.test(s)) {
    s = s.slice(0, -1);
    hadPercent = true;
  }
  if (s === '') return hadPercent ? err('rate') : { ok: true, fraction: '', percent: '' };
  if (s.startsWith('-')) return err('negative');
  if (!NUMBER.test(s)) return err('rate');
  let percent = shiftDecimal(fixNumber(s), 0);
  if (!hadPercent && cmpDecimal(percent, '1') < 0 && cmpDecimal(percent, '0') > 0) percent = shiftDecimal(percent, 2);
  if (cmpDecimal(percent, '36') > 0) return err('rateRange');
  if (decimals(percent) > 4) return err('rateDecimals');
  return { ok: true, fraction: shiftDecimal(percent, -2), percent };
}

/** A term in months: "24", "24个月", "24期", "2年", "1.5年", "两年", "一年半". */
export function parseTerm(text) {
  let s = normalise(text);
  if (s === '') return { ok: true, months: '' };
  if (s.startsWith('-')) return err('negative');
  let years = false;
  let half = false;
  const m = /^(.*?)(个月|月|期|年半|年|yrs?|years?|months?|mo)$/i.exec(s);
  if (m) {
    s = m[1];
    years = /^(年|年半|yrs?|years?)$/i.test(m[2]);
    half = m[2] === '年半';
  } else if (/半$/.test(s) && /年/.test(s)) {
    return err('term');
  }
  s = chineseNumber(s) || s;
  if (!NUMBER.test(s)) return err('term');
  s = fixNumber(s);
  let months = years ? shiftDecimal(String(Number(s) * 12), 0) : shiftDecimal(s, 0);
  if (half) months = String(Number(months) + 6);
  if (!/^\d+$/.test(months)) return err('termWhole');
  const n = Number(months);
  if (n < 1 || n > 600) return err('termRange');
  return { ok: true, months: String(n) };
}

/** A count of people: "45", "45人", "四十五". */
export function parseCount(text) {
  let s = normalise(text).replace(/(人|名|个|位)$/, '');
  if (s === '') return { ok: true, count: '' };
  s = chineseNumber(s) || s;
  if (s.startsWith('-')) return err('negative');
  if (!/^\d+$/.test(s)) return err(NUMBER.test(s) ? 'integer' : 'count');
  if (Number(s) > 10000000) return err('tooMany');
  return { ok: true, count: String(Number(s)) };
}

/** Contract years: "1", "1年", "12个月", "两年". */
export function parseYears(text) {
  let s = normalise(text);
  if (s === '') return { ok: true, years: '' };
  const months = /^(.*?)(个月|月)$/.exec(s);
  if (months) {
    const t = parseTerm(s);
    if (!t.ok) return t;
    const y = Number(t.months) / 12;
    return { ok: true, years: String(Math.round(y * 100) / 100) };
  }
  s = s.replace(/年$/, '');
  s = chineseNumber(s) || s;
  if (!NUMBER.test(s)) return err('years');
  s = fixNumber(s);
  if (decimals(s) > 2) return err('decimals', { n: 2 });
  if (Number(s) > 50) return err('yearsRange');
  return { ok: true, years: shiftDecimal(s, 0) };
}

// ---- Rule sets, as far as the form needs them ----
/** The rule sets' periods and the few parameters that decide which questions matter,
 *  from `policies()` (or the same shape built from policies/*.json at build time). */
export function ruleSummaries(policies) {
  return (policies?.rule_sets || []).map((r) => ({
    id: r.id,
    programme: r.programme,
    from: r.effective_from,
    to: r.effective_to || null,
    regions: r.scope_regions || [],
    research: r.parameters?.research_tier ? { below: r.parameters.research_tier.revenue_below } : null,
    cannotOperate: Boolean(r.parameters?.requires_cannot_operate),
  }));
}

export const inForce = (rule, date) => Boolean(date) && rule.from <= date && (!rule.to || date <= rule.to);
const inRegion = (rule, region) => !rule.regions.length || !region || rule.regions.some((p) => region.startsWith(p) || p.startsWith(region.slice(0, 4)));

/** Programmes with a rule set in force on `date` (the others go under 往期政策). */
export function currentProgrammes(rules, date) {
  if (!rules?.length || !date) return PROGRAMMES.slice();
  return PROGRAMMES.filter((p) => rules.some((r) => r.programme === p && inForce(r, date)));
}

// ---- Regions ----
/** GB/T 2260 code of what the visitor chose (county, city, or province outside Henan). */
export function regionCode(st, zones = []) {
  if (st.city === 'outside') return st.province || '';
  if (st.county && st.county.startsWith('zone:')) {
    const z = zones.find((x) => `zone:${x.id}` === st.county);
    return z ? z.county : st.city;
  }
  return st.county || st.city || '';
}

// ---- Which questions matter ----
const has = (st, p) => st.programmes.includes(p);
const wanOf = (text, opts) => {
  const r = parseMoneyWan(text, opts);
  return r.ok && r.yuan !== '' ? r.yuan : null;
};

/**
 * The field ids the form shows for these answers: only questions that can change an
 * answer. `ctx`: { rules (ruleSummaries), asOf, zones }.
 */
export function visibleFields(st, ctx = {}) {
  const v = new Set(['kind', 'city', 'as_of']);
  if (!ctx.fixedProgrammes) v.add('programmes');
  const ent = st.kind === 'enterprise';
  const tech = has(st, 'tech_loan') && ent;
  const trade = has(st, 'trade_loan') && ent;
  const startup = has(st, 'startup_guarantee_loan');
  const rent = has(st, 'rent_relief') && st.kind !== 'person';
  // The 推荐清单 self-check: businesses (a person is not yet one), with their need's amount and term.
  const coord = has(st, 'financing_coordination') && st.kind !== 'person';
  const need = coord && st.fin_need !== 'false';
  const loan = (LOAN_PROGRAMMES.some((p) => has(st, p)) && (ent || startup)) || need;
  if (st.city && st.city !== 'outside') v.add('county');
  if (st.city === 'outside') v.add('province');
  const region = regionCode(st, ctx.zones);
  const date = st.as_of || ctx.asOf;
  const rules = ctx.rules || [];
  // The rule sets that decide the questions: those in force on the date; for a past
  // programme (none in force), all of its rule sets for the region.
  const live = (p) => {
    const here = rules.filter((r) => r.programme === p && inRegion(r, region));
    const now = here.filter((r) => inForce(r, date));
    return now.length ? now : here;
  };

  // The size class (small, micro…) matters to 外贸贷, 创业担保 (enterprises) and 房租减免.
  const needsSize = ent && (trade || startup || rent || coord);
  if (needsSize) {
    v.add('industry');
    v.add('employees');
  }
  if (needsSize || tech) v.add('revenue');
  if (needsSize && ctx.industryUses && ctx.industryUses(st.industry, 'total_assets_wan')) v.add('total_assets');
  if (tech) {
    v.add('tech_status');
    // The research tier (2025: 80% below a revenue) only where a rule set in force has one.
    const research = live('tech_loan').find((r) => r.research);
    if (research) {
      const rev = wanOf(st.revenue, { yuanFrom: '100000' });
      if (rev === null || cmpDecimal(rev, research.research.below) < 0) v.add('research');
    }
  }
  if (trade) {
    v.add('trades_abroad');
    v.add('credit_insurance');
  }
  if (startup) {
    if (ent) {
      v.add('new_hires');
      v.add('contract_years');
    } else {
      v.add('groups');
    }
    v.add('subsidised_before');
  }
  if (coord) {
    for (const id of Object.keys(STANDARDS)) v.add(id);
    if (need) v.add('fin_purpose');
  }
  if (loan) {
    v.add('amount');
    if (tech || startup || need) v.add('term');
    if (tech || startup) v.add('rate');
    if (startup) {
      v.add('repayment');
      v.add('start_date');
    }
    if (tech || trade) v.add('collateral');
    if (tech) {
      const collateral = wanOf(st.collateral);
      const amount = wanOf(st.amount);
      // 纯信用 (no collateral) with no or a shareholder guarantee is its own tier.
      if (collateral !== null && cmpDecimal(collateral, '0') === 0) v.add('guarantee');
      // Over 30% of the loan passes only as one indivisible asset: ask only then.
      if (collateral !== null && cmpDecimal(collateral, '0') > 0 && (amount === null || exceeds30(collateral, amount))) v.add('single_asset');
    }
  }
  if (rent) {
    v.add('owner');
    if (st.owner !== 'non_state') {
      v.add('rent');
      const rentRules = live('rent_relief');
      if (!rentRules.length || rentRules.some((r) => !r.cannotOperate)) v.add('county_risk');
      if (rentRules.some((r) => r.cannotOperate)) {
        v.add('cannot_operate');
        v.add('sublet');
      }
    }
  }
  return v;
}
function exceeds30(collateral, amount) {
  // Which question to ask, not a figure: a float comparison is exact enough here.
  return Number(collateral) * 10 > Number(amount) * 3;
}

// ---- Validation ----
const MONEY_WAN = ['revenue', 'total_assets', 'amount', 'collateral'];
const YUAN_FROM = { revenue: '100000', total_assets: '100000', amount: '10000', collateral: '10000' };

/** Read one field: { ok, value (what the request gets), echo (what it was read as) } or { ok: false, error }. */
export function readField(id, text) {
  if (MONEY_WAN.includes(id)) {
    const r = parseMoneyWan(text, { yuanFrom: YUAN_FROM[id] });
    if (!r.ok) return r;
    if (id === 'amount' && r.yuan !== '' && cmpDecimal(r.yuan, '0') === 0) return err('positive');
    return { ok: true, value: r.yuan, unit: r.unit };
  }
  if (id === 'rent') {
    const r = parseMoneyYuan(text);
    return r.ok ? { ok: true, value: r.yuan, unit: r.unit } : r;
  }
  if (id === 'rate') {
    const r = parseRate(text);
    return r.ok ? { ok: true, value: r.fraction, percent: r.percent } : r;
  }
  if (id === 'term') {
    const r = parseTerm(text);
    return r.ok ? { ok: true, value: r.months } : r;
  }
  if (id === 'employees' || id === 'new_hires') {
    const r = parseCount(text);
    return r.ok ? { ok: true, value: r.count } : r;
  }
  if (id === 'contract_years') {
    const r = parseYears(text);
    return r.ok ? { ok: true, value: r.years } : r;
  }
  if (id === 'as_of' || id === 'start_date') {
    if (!text) return { ok: true, value: '' };
    return validDate(text) ? { ok: true, value: text } : err('date');
  }
  return { ok: true, value: text };
}

export function validDate(s) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d && y >= 1900 && y <= 2199;
}

/** Every visible field's problem: { [id]: { key, params } }. */
export function validate(st, ctx = {}) {
  const visible = visibleFields(st, ctx);
  const errors = {};
  for (const id of visible) {
    if (id === 'rate' && st.rate_unknown) continue;
    if (typeof st[id] !== 'string') continue;
    const r = readField(id, st[id]);
    if (!r.ok) errors[id] = r.error;
  }
  if (!ctx.fixedProgrammes && st.programmes.length === 0) errors.programmes = { key: 'noProgramme', params: {} };
  return errors;
}

/** An engine error's JSON path → the form field it is about. */
export const FIELD_OF_PATH = {
  as_of: 'as_of', region: 'city', 'applicant.kind': 'kind', 'applicant.industry': 'industry', 'applicant.employees': 'employees',
  'applicant.revenue': 'revenue', 'applicant.total_assets': 'total_assets', 'applicant.tech_status': 'tech_status',
  'applicant.research_cooperation': 'research', 'applicant.foreign_trade.trades_abroad': 'trades_abroad',
  'applicant.foreign_trade.credit_insurance': 'credit_insurance', 'applicant.new_hires.count': 'new_hires',
  'applicant.new_hires.contract_years': 'contract_years', 'applicant.startup_groups': 'groups',
  'applicant.subsidised_loans_before': 'subsidised_before', 'loan.amount': 'amount', 'loan.term_months': 'term',
  'loan.annual_rate': 'rate', 'loan.collateral_value': 'collateral', 'loan.single_asset_collateral': 'single_asset',
  'loan.guarantee': 'guarantee', 'loan.repayment': 'repayment', 'loan.start_date': 'start_date', 'premises.owner': 'owner',
  'premises.monthly_rent': 'rent', 'premises.sublet': 'sublet', 'premises.cannot_operate_normally': 'cannot_operate',
  'premises.county_medium_high_risk_2022': 'county_risk',
  ...Object.fromEntries(Object.entries(STANDARDS).map(([id, key]) => [`financing.${key}`, id])), 'financing.purpose': 'fin_purpose',
};
export function fieldOfPath(path) {
  const p = String(path || '').replace(/\[\d+\]/g, '');
  if (FIELD_OF_PATH[p]) return FIELD_OF_PATH[p];
  const parent = Object.keys(FIELD_OF_PATH).find((k) => p.startsWith(`${k}.`));
  return parent ? FIELD_OF_PATH[parent] : null;
}

// ---- State → request ----
const bool = (x) => (x === 'true' ? true : x === 'false' ? false : undefined);

/**
 * The engine request for these answers (CONTRACT.md), from visible fields only.
 * `ctx`: { rules, asOf (default date), zones, industryUses, typicalRate (fraction string),
 * fixedProgrammes }. Invalid answers are left out (validate() reports them).
 */
export function toRequest(st, ctx = {}) {
  const visible = visibleFields(st, ctx);
  const val = (id) => {
    if (!visible.has(id)) return undefined;
    const r = readField(id, st[id]);
    return r.ok && r.value !== '' ? r.value : undefined;
  };
  const num = (id) => (val(id) === undefined ? undefined : Number(val(id)));
  const tri = (id) => (visible.has(id) ? bool(st[id]) : undefined);
  const applicant = { kind: KINDS.includes(st.kind) ? st.kind : 'enterprise' };
  if (visible.has('industry') && st.industry) applicant.industry = st.industry;
  applicant.employees = num('employees');
  applicant.revenue = val('revenue');
  applicant.total_assets = val('total_assets');
  if (visible.has('tech_status')) applicant.tech_status = st.no_tech ? [] : st.tech_status.length ? PROGRAMME_ORDER(st.tech_status, TECH) : undefined;
  applicant.research_cooperation = tri('research');
  if (visible.has('trades_abroad')) {
    const ft = { trades_abroad: tri('trades_abroad'), credit_insurance: tri('credit_insurance') };
    if (ft.trades_abroad !== undefined || ft.credit_insurance !== undefined) applicant.foreign_trade = ft;
  }
  if (visible.has('new_hires')) {
    const nh = { count: num('new_hires'), contract_years: num('contract_years') };
    if (nh.count !== undefined || nh.contract_years !== undefined) applicant.new_hires = nh;
  }
  if (visible.has('groups')) applicant.startup_groups = st.no_group ? [] : st.groups.length ? st.groups.slice() : undefined;
  if (visible.has('subsidised_before') && st.subsidised_before !== '') applicant.subsidised_loans_before = Number(st.subsidised_before);

  const programmes = PROGRAMMES.filter((p) => st.programmes.includes(p));
  const req = { as_of: st.as_of || ctx.asOf, region: regionCode(st, ctx.zones) || '410000', applicant, programmes };
  if (visible.has('amount')) {
    let rate = val('rate');
    if (visible.has('rate') && st.rate_unknown && ctx.typicalRate) rate = ctx.typicalRate;
    const loan = {
      amount: val('amount'),
      term_months: num('term'),
      annual_rate: rate,
      collateral_value: val('collateral'),
      single_asset_collateral: tri('single_asset'),
      guarantee: visible.has('guarantee') && st.guarantee ? st.guarantee : undefined,
      repayment: visible.has('repayment') && st.repayment ? st.repayment : undefined,
      start_date: val('start_date'),
    };
    if (Object.values(loan).some((x) => x !== undefined)) req.loan = loan;
  }
  if (visible.has('owner')) {
    const premises = {
      owner: st.owner || undefined,
      monthly_rent: val('rent'),
      sublet: tri('sublet'),
      cannot_operate_normally: tri('cannot_operate'),
      county_medium_high_risk_2022: tri('county_risk'),
    };
    if (Object.values(premises).some((x) => x !== undefined)) req.premises = premises;
  }
  if (visible.has('fin_need')) {
    const financing = Object.fromEntries(Object.entries(STANDARDS).map(([id, key]) => [key, tri(id)]));
    if (visible.has('fin_purpose') && PURPOSES.includes(st.fin_purpose)) financing.purpose = st.fin_purpose;
    if (Object.values(financing).some((x) => x !== undefined)) req.financing = financing;
  }
  return JSON.parse(JSON.stringify(req)); // drops the undefined members
}
const TECH = ['high_tech_enterprise', 'tech_sme'];
const PROGRAMME_ORDER = (list, order) => order.filter((x) => list.includes(x)).concat(list.filter((x) => !order.includes(x)));

// ---- Request → state ----
/** Decimal string → the text a visitor would have typed in the field's unit. */
const wanText = (yuan) => (yuan === undefined || yuan === null ? '' : shiftDecimal(String(yuan), -4));
const triText = (b) => (b === true ? 'true' : b === false ? 'false' : '');

/** The answers behind a request (a preset, a share link). Unknown members are ignored. */
export function fromRequest(req, { regions } = {}) {
  const st = emptyState();
  if (!req || typeof req !== 'object') return st;
  const a = req.applicant || {};
  const loan = req.loan || {};
  const pr = req.premises || {};
  if (typeof req.as_of === 'string') st.as_of = req.as_of;
  if (Array.isArray(req.programmes)) st.programmes = PROGRAMMES.filter((p) => req.programmes.includes(p));
  if (KINDS.includes(a.kind)) st.kind = a.kind;
  Object.assign(st, regionState(String(req.region || ''), regions));
  if (typeof a.industry === 'string') st.industry = a.industry;
  if (a.employees !== undefined) st.employees = String(a.employees);
  if (a.revenue !== undefined) st.revenue = wanText(a.revenue);
  if (a.total_assets !== undefined) st.total_assets = wanText(a.total_assets);
  if (Array.isArray(a.tech_status)) {
    st.tech_status = a.tech_status.filter((x) => typeof x === 'string');
    st.no_tech = a.tech_status.length === 0;
  }
  st.research = triText(a.research_cooperation);
  if (a.foreign_trade) {
    st.trades_abroad = triText(a.foreign_trade.trades_abroad);
    st.credit_insurance = triText(a.foreign_trade.credit_insurance);
  }
  if (Array.isArray(a.startup_groups)) {
    st.groups = a.startup_groups.filter((x) => typeof x === 'string');
    st.no_group = a.startup_groups.length === 0;
  }
  if (a.new_hires) {
    if (a.new_hires.count !== undefined) st.new_hires = String(a.new_hires.count);
    if (a.new_hires.contract_years !== undefined) st.contract_years = String(a.new_hires.contract_years);
  }
  if (a.subsidised_loans_before !== undefined) st.subsidised_before = String(Math.min(3, Number(a.subsidised_loans_before)));
  if (loan.amount !== undefined) st.amount = wanText(loan.amount);
  if (loan.term_months !== undefined) st.term = String(loan.term_months);
  if (loan.annual_rate !== undefined) st.rate = shiftDecimal(String(loan.annual_rate), 2) || '';
  if (loan.collateral_value !== undefined) st.collateral = wanText(loan.collateral_value);
  st.single_asset = triText(loan.single_asset_collateral);
  if (typeof loan.guarantee === 'string') st.guarantee = loan.guarantee;
  if (typeof loan.repayment === 'string') st.repayment = loan.repayment;
  if (typeof loan.start_date === 'string') st.start_date = loan.start_date;
  if (typeof pr.owner === 'string') st.owner = pr.owner;
  if (pr.monthly_rent !== undefined) st.rent = String(pr.monthly_rent);
  st.sublet = triText(pr.sublet);
  st.cannot_operate = triText(pr.cannot_operate_normally);
  st.county_risk = triText(pr.county_medium_high_risk_2022);
  const fin = req.financing || {};
  for (const [id, key] of Object.entries(STANDARDS)) st[id] = triText(fin[key]);
  if (PURPOSES.includes(fin.purpose)) st.fin_purpose = fin.purpose;
  // (A 功能区 is chosen again only when a link says so: `ui.zone`, see decodeShare.)
  return st;
}

/** city / county / province for a region code. `regions`: the Henan city list
 *  ([{ code, counties: [{ code }] }]); without it, the code's shape decides. */
export function regionState(code, regions) {
  if (!/^\d{6}$/.test(code)) return { city: '', county: '', province: '' };
  if (code.startsWith('41')) {
    if (code === '410000') return { city: '', county: '', province: '' };
    const cityCode = `${code.slice(0, 4)}00`;
    const known = !regions || regions.some((c) => c.code === cityCode);
    if (known) return { city: cityCode, county: code === cityCode ? '' : code, province: '' };
  }
  return { city: 'outside', county: '', province: `${code.slice(0, 2)}0000` };
}

// ---- Share links and presets ----
function b64urlEncode(text) {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
function b64urlDecode(text) {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/** The UI choices a request cannot hold (a 功能区 chosen for its county; "rate not known"). */
function uiOf(st) {
  const ui = {};
  if (st.county && st.county.startsWith('zone:')) ui.zone = st.county.slice(5);
  if (st.rate_unknown) ui.rate_unknown = true;
  return ui;
}

/** A share link's fragment value: base64url of {"v":2,"request":{…},"ui":{…}}. */
export function encodeShare(st, ctx = {}) {
  const request = toRequest(st, ctx);
  if (st.rate_unknown) delete request.loan?.annual_rate;
  const ui = uiOf(st);
  const payload = { v: FORM_VERSION, request };
  if (Object.keys(ui).length) payload.ui = ui;
  return b64urlEncode(JSON.stringify(payload));
}

/** The answers of a share link (this version or the first), or null. */
export function decodeShare(text, opts = {}) {
  let data;
  try {
    data = JSON.parse(b64urlDecode(String(text || '')));
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  if (data.v === FORM_VERSION && data.request && typeof data.request === 'object') return applyUi(fromRequest(data.request, opts), data.ui);
  if (data.v !== undefined) return null; // a later version this widget does not know
  return fromLegacyState(data);
}

function applyUi(st, ui) {
  if (!ui || typeof ui !== 'object') return st;
  if (typeof ui.zone === 'string' && st.city) st.county = `zone:${ui.zone}`;
  if (ui.rate_unknown === true) {
    st.rate_unknown = true;
    st.rate = '';
  }
  return st;
}

/** The first version's links and presets held the widget's raw state: keep what is known. */
export function fromLegacyState(old) {
  const empty = emptyState();
  const st = emptyState();
  for (const [k, v] of Object.entries(old || {})) {
    if (!(k in empty)) continue;
    if (Array.isArray(empty[k]) && Array.isArray(v)) st[k] = v.filter((x) => typeof x === 'string');
    else if (typeof empty[k] === typeof v) st[k] = v;
  }
  st.programmes = PROGRAMMES.filter((p) => st.programmes.includes(p));
  if (st.county === st.city) st.county = '';
  return st;
}

/**
 * A preset: { id, title_zh, …, request: <engine request> } (this version), or the first
 * version's { answers: <raw state> }. Returns the answers.
 */
export function presetState(preset, opts = {}) {
  if (preset?.request) return applyUi(fromRequest(preset.request, opts), preset.ui);
  if (preset?.answers) return fromLegacyState(preset.answers);
  return emptyState();
}
