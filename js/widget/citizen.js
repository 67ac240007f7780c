// What a citizen reads: engine texts cleaned of developer content, jargon in plain words,
// figures formatted by their unit, and the one-sentence answer that opens each card.
// Pure functions (no DOM); `t` is one language's strings (huiqi-widget-assets.js).
import { shiftDecimal } from './form-model.js';

// ---- Developer content never reaches the page ----
const FIELD_PATH = /[（(]\s*(?:applicant|loan|premises|region|as_of|programmes)(?:\.[a-z_0-9[\]]+)*(?:\s*[,，、]\s*(?:applicant|loan|premises)(?:\.[a-z_0-9[\]]+)*)*\s*[)）]/g;
const BARE_PATH = /\b(?:applicant|loan|premises)\.[a-z_]+(?:\.[a-z_]+)*\b/g;
const DEV = [/门户/, /https?:\/\//i, /\.txt\b/i, /\.md\b/i, /\b[a-z]+(?:-[a-z0-9]+){2,}\b/, /§/, /\bconfigure\b/i, /\boverride\b/i, /\bportal\b/i, /配置/];

/** Is this text (or one of its sentences) meant for developers or portal staff? */
export function isDeveloperText(s) {
  return DEV.some((re) => re.test(String(s)));
}

/**
 * An engine message as a citizen may read it: field paths removed, sentences for
 * developers or portal staff dropped, jargon replaced. Empty when nothing is left.
 */
export function citizenText(s, lang = 'zh') {
  let text = String(s == null ? '' : s).replace(FIELD_PATH, '').replace(BARE_PATH, '');
  const parts = lang === 'en' ? text.split(/(?<=[.;!?])\s+/) : text.split(/(?<=[。；！？])/);
  text = parts.filter((p) => p.trim() && !isDeveloperText(p)).join(lang === 'en' ? ' ' : '');
  return plainWords(text, lang).trim();
}

const pct = (bp) => shiftDecimal(String(bp), -2);
/** Jargon in plain words; the technical term stays as a short note where it helps. */
export function plainWords(s, lang = 'zh') {
  if (lang === 'en') {
    return s
      .replace(/LPR\s*[−-]\s*(\d+)\s*BP/g, (_, n) => `LPR minus ${pct(n)} points`)
      .replace(/LPR\s*\+\s*(\d+)\s*BP/g, (_, n) => `LPR plus ${pct(n)} points`)
      .replace(/(\d+)\s*BP\b/g, (_, n) => `${pct(n)} percentage points`);
  }
  return s
    .replace(/LPR\s*[−-]\s*(\d+)\s*BP/g, (_, n) => `LPR减${pct(n)}个百分点`)
    .replace(/LPR\s*\+\s*(\d+)\s*BP/g, (_, n) => `LPR加${pct(n)}个百分点`)
    .replace(/(\d+)\s*BP/g, (_, n) => `${pct(n)}个百分点`)
    .replace(/口径/g, '')
    .replace(/上浮(\d+)%后的/g, (_, n) => `的${shiftDecimal(String(100 + Number(n)), -2)}倍，即`)
    .replace(/上浮(\d+)%/g, (_, n) => `的${shiftDecimal(String(100 + Number(n)), -2)}倍`)
    .replace(/\s{2,}/g, ' ');
}

// ---- Figures ----
export const FIGURE_UNITS = {
  compensation_share: 'share', rate_cap: 'rate', benchmark_rate: 'rate', lpr: 'rate', borrower_rate: 'rate',
  subsidy_rate: 'rate', government_share: 'share', bank_share: 'share', insurer_share: 'share',
  free_months: 'months', half_months: 'months',
};
/** A figure's unit: the engine's `units` map where it has one, else this table, else money. */
export const unitOf = (result, name) => (result?.units && result.units[name]) || FIGURE_UNITS[name] || 'money';

/** Thousands separators (display only). */
export function group(s) {
  const [i, f] = String(s).split('.');
  const g = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return f ? `${g}.${f}` : g;
}

/** [value, unit] for display. Whole amounts of 10,000 yuan and more read in 万元 in Chinese. */
export function formatFigure(t, lang, unit, value) {
  const v = String(value);
  if (unit === 'share' || unit === 'rate' || unit === 'percent') return [shiftDecimal(v, 2), '%'];
  if (unit === 'months') return [v, ` ${t.months}`];
  if (lang === 'zh' && /^\d+$/.test(v) && v.length > 4) return [group(shiftDecimal(v, -4)), ` ${t.wan}`];
  if (lang === 'zh' && /^\d+\.\d+$/.test(v) && v.split('.')[0].length > 5) {
    // 137,822.81 元 reads as 13.78 万元 plus the exact amount
    return [group(v), ` ${t.yuan}`];
  }
  return [group(v), ` ${t.yuan}`];
}
export const figureText = (t, lang, result, name) => formatFigure(t, lang, unitOf(result, name), result.figures[name]).join('');

// ---- The answer first ----
const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, k) => (values[k] == null ? '' : values[k]));

/**
 * One plain sentence for this applicant: the verdict and what it means to them.
 * `ctx`: { request, labelOf (field path → citizen label), today }.
 */
export function answerSentence(t, lang, result, ctx = {}) {
  const f = result.figures || {};
  // In a sentence a figure and its unit stay together: "300万元", "300,000\u00a0yuan".
  const fig = (n) => (f[n] === undefined ? '' : figureText(t, lang, result, n).replace(' ', lang === 'en' ? '\u00a0' : ''));
  const A = t.answer;
  const loan = ctx.request?.loan || {};
  switch (result.status) {
    case 'not_in_force':
      return fill(result.effective_to ? A.notInForce : A.notYet, { from: result.effective_from, to: result.effective_to || '' });
    case 'needs_info': {
      const missing = missingLabels(result, ctx.labelOf);
      return missing.length ? fill(A.needsInfo, { what: missing.join(t.enumSep) }) : A.needsInfoPlain;
    }
    case 'ineligible': {
      const failed = (result.checks || []).find((c) => c.outcome === 'fail');
      const why = failed ? citizenText(lang === 'en' ? failed.message_en : failed.message_zh, lang) : '';
      return why ? `${A.ineligible}${why}` : A.ineligible;
    }
    default:
      break;
  }
  const p = result.programme;
  if (p === 'tech_loan') {
    const noCollateral = loan.collateral_value !== undefined && Number(loan.collateral_value) === 0;
    return fill(A.tech, {
      collateral: noCollateral ? A.techNoCollateral : f.collateral_limit ? fill(A.techCollateral, { limit: fig('collateral_limit') }) : '',
      rate: f.rate_cap ? fill(A.techRate, { rate: fig('rate_cap') }) : '',
      share: fig('compensation_share'),
    });
  }
  if (p === 'startup_guarantee_loan') {
    let s = fill(A.startup, { max: fig('max_amount') });
    if (f.borrower_rate !== undefined) {
      s += Number(f.borrower_rate) === 0 ? A.startupFree : fill(A.startupRate, { rate: fig('borrower_rate'), subsidy: fig('subsidy_rate') });
    }
    if (f.subsidy_amount !== undefined) s += fill(A.startupTotal, { amount: fig('subsidy_amount') });
    return s;
  }
  if (p === 'trade_loan') {
    return A.trade + (f.max_amount ? fill(A.tradeMax, { max: fig('max_amount') }) : A.tradeBank);
  }
  if (p === 'financing_coordination') return A.coord;
  if (p === 'rent_relief') {
    const half = f.half_months && Number(f.half_months) > 0 ? fill(A.rentHalf, { half: f.half_months }) : '';
    const amount = f.relief_amount ? fill(A.rentAmount, { amount: fig('relief_amount') }) : '';
    return fill(A.rent, { free: f.free_months || '', half, amount });
  }
  return A.eligible;
}

// Facts about the firm that a hint's change may name ("营业收入不超过2000万元时…") but the
// form must not offer to alter: 试试这样 there would invite a false answer, not a choice.
const FACTS = new Set([
  'applicant.kind', 'applicant.revenue', 'applicant.employees', 'applicant.total_assets',
  'applicant.foreign_trade.trades_abroad', 'premises.cannot_operate_normally', 'premises.county_medium_high_risk_2022',
]);

/**
 * The request with a hint's `change` applied: a value or bound set at its path, a region
 * code under a prefix. Null for "give these fields" (the form asks for them anyway) and
 * for a change to a fact about the firm (FACTS).
 */
export function applyChange(request, change) {
  if (!change || change.provide) return null;
  if (Object.keys(change.set || { [change.field]: 0 }).some((f) => FACTS.has(f))) return null;
  const out = JSON.parse(JSON.stringify(request || {}));
  const set = (path, value) => {
    const keys = path.split('.');
    let o = out;
    for (const k of keys.slice(0, -1)) o = o[k] && typeof o[k] === 'object' ? o[k] : (o[k] = {});
    o[keys[keys.length - 1]] = value;
  };
  if (change.set) for (const [k, v] of Object.entries(change.set)) set(k, v);
  else if (change.within !== undefined) set(change.field, String(change.within).padEnd(6, '0'));
  else set(change.field, ['value', 'min', 'max'].map((k) => change[k]).find((v) => v !== undefined));
  return out;
}

/** The citizen labels of what a result still needs (never the field paths themselves). */
export function missingLabels(result, labelOf) {
  const paths = new Set(result.missing_fields || []);
  for (const c of result.checks || []) for (const m of c.missing_fields || []) paths.add(m);
  const out = [];
  for (const p of paths) {
    const label = labelOf ? labelOf(p) : null;
    if (label && !out.includes(label)) out.push(label);
  }
  return out;
}
