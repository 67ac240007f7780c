// A portal's TypeScript using the huiqi package, type-checked (never run) by
//   tsc -p tests/types/tsconfig.json
// The `@ts-expect-error` lines prove the declarations reject what the engine would refuse:
// tsc fails if any of them stops being an error.
import init, {
  configure,
  Engine,
  evaluate,
  evaluateJson,
  HuiqiError,
  loadEnglish,
  policies,
  schedule,
  version,
} from 'huiqi';
import type {
  DecisionResponse,
  EvaluateRequest,
  EvaluateResponse,
  HuiqiErrorCode,
  Money,
  PoliciesResponse,
  PolicyOverride,
  Programme,
  ProgrammeResult,
  Rate,
  ScheduleRequest,
  ScheduleResponse,
  Status,
} from 'huiqi';

// ---- Loading the engine ----

export async function loadInNode(wasmUrl: URL, readFile: (url: URL) => Promise<Uint8Array>): Promise<string> {
  await init({ module_or_path: await readFile(wasmUrl) });
  return version();
}

export async function loadInBrowser(): Promise<void> {
  await init();
}

// A Chinese page: the policy texts in English only when its visitor switches language.
export async function loadChineseFirst(): Promise<boolean> {
  await init({ english: false });
  const chinese: boolean = new Engine().english;
  await loadEnglish();
  return chinese;
}

// ---- Typed requests ----

export const techFirm: EvaluateRequest = {
  as_of: '2022-06-30',
  region: '410724',
  applicant: {
    kind: 'enterprise',
    industry: 'industry',
    employees: 45,
    revenue: '30000000',
    total_assets: 26000000, // a JSON number is accepted on input
    tech_status: ['tech_sme'],
    foreign_trade: { trades_abroad: true, credit_insurance: true },
    subsidised_loans_before: 0,
  },
  loan: {
    amount: '5000000',
    term_months: 24,
    annual_rate: '0.0475',
    collateral_value: '1000000',
    single_asset_collateral: true,
    guarantee: 'third_party',
    repayment: 'equal_installment',
    start_date: '2022-07-01',
  },
  premises: { owner: 'state', monthly_rent: '10000', sublet: false, cannot_operate_normally: true },
  programmes: ['tech_loan', 'rent_relief'],
};

export function startupRequest(asOf: string, groups: EvaluateRequest['applicant']['startup_groups']): EvaluateRequest {
  return {
    as_of: asOf,
    region: '410700',
    applicant: { kind: 'person', startup_groups: groups ?? [] },
    loan: { amount: '200000', term_months: 24, annual_rate: '0.0435', repayment: 'equal_principal' },
    programmes: ['startup_guarantee_loan'],
  };
}

// ---- Typed responses ----

/** Every figure is a decimal string; a portal formats it without ever making it a float. */
export function yuan(amount: Money | undefined): string {
  return amount === undefined ? '—' : `${amount} 元`;
}

export function percent(rate: Rate | undefined): string {
  if (rate === undefined) return '—';
  // "0.06175" → "6.175%", by moving the decimal point in the text
  const [whole = '0', frac = ''] = rate.split('.');
  const padded = frac.padEnd(2, '0');
  const int = (whole + padded.slice(0, 2)).replace(/^0+(?=\d)/, '');
  const rest = padded.slice(2);
  return rest ? `${int}.${rest}%` : `${int}%`;
}

export function statusLabel(status: Status): string {
  switch (status) {
    case 'eligible':
      return '符合条件';
    case 'ineligible':
      return '不符合条件';
    case 'needs_info':
      return '需补充信息';
    case 'not_in_force':
      return '政策不在有效期';
    default: {
      const never: never = status; // every status is handled
      return never;
    }
  }
}

export function programmeLabel(p: Programme): string {
  const labels: Record<Programme, string> = {
    tech_loan: '科技贷',
    trade_loan: '外贸贷',
    startup_guarantee_loan: '创业担保贷款',
    rent_relief: '房租减免',
    financing_coordination: '推荐清单自查',
  };
  return labels[p];
}

export function summarise(response: EvaluateResponse): string[] {
  const lines: string[] = [`${response.engine} ${response.as_of} ${response.region.name_zh} ${response.size.class}`];
  const one = (r: ProgrammeResult, depth: number): void => {
    lines.push(`${'  '.repeat(depth)}${programmeLabel(r.programme)} ${r.rule_set} ${statusLabel(r.status)} (${r.source_quality})`);
    if (r.effective_to !== null) lines.push(`until ${r.effective_to}`);
    const share: Rate | undefined = r.figures.compensation_share;
    const relief: Money | undefined = r.figures.relief_amount;
    lines.push(percent(share), yuan(relief), yuan(r.figures['subsidy_amount']));
    for (const c of r.checks) {
      if (c.outcome === 'fail' || c.outcome === 'unknown') {
        lines.push(`${c.message_zh} — ${c.citation.document} ${c.citation.clause} (${c.citation.source})`);
      }
      for (const f of c.missing_fields ?? []) lines.push(`missing ${f}`);
    }
    for (const e of r.explanations) lines.push(`${e.figure}: ${e.message_en}`);
    for (const h of r.hints) lines.push(h.message_zh);
    r.other_rule_sets.forEach((o) => one(o, depth + 1));
  };
  response.results.forEach((r) => one(r, 0));
  return lines;
}

export function evaluateBoth(request: EvaluateRequest): [EvaluateResponse, EvaluateResponse, string] {
  return [evaluate(request), evaluate(JSON.stringify(request)), evaluateJson(JSON.stringify(request))];
}

// ---- Schedules and policies ----

export const loan: ScheduleRequest = {
  principal: '1000000',
  annual_rate: 0.0435,
  term_months: 12,
  method: 'equal_installment',
  start_date: '2022-07-01',
  borrower_rate: '0.0220',
};

export function subsidyTotal(): Money {
  const s: ScheduleResponse = schedule(loan);
  const first = s.periods[0];
  if (first !== undefined) {
    const n: number = first.n;
    const subsidy: Money = first.subsidy;
    void n;
    void subsidy;
  }
  return s.totals.subsidy;
}

export function inForce(asOf: string): string[] {
  const p: PoliciesResponse = policies();
  return p.rule_sets
    .filter((r) => r.effective_from <= asOf && (r.effective_to === null || asOf <= r.effective_to))
    .map((r) => `${r.id} ${r.programme} ${r.source_quality} ${r.documents.map((d) => d.number).join('、')}`);
}

// ---- A portal override ----

export const zhengzhou: PolicyOverride = {
  rule_sets: [{ id: 'zhengzhou-trade-loan', parameters: { max_amount: '5000000', rate_cap: '0.045' } }],
  lpr: [{ publish_date: '2026-02-24', lpr_1y_pct: '3.00', lpr_5y_pct: '3.50' }],
};

export function applyOverride(override: PolicyOverride | string): HuiqiErrorCode | null {
  try {
    configure(override);
    return null;
  } catch (e) {
    if (e instanceof HuiqiError) {
      // narrowed: the typed error
      const code: HuiqiErrorCode = e.code;
      const field: string = e.field;
      console.warn(field, e.message_zh, e.message_en, e.toJSON().error.code);
      return code;
    }
    throw e;
  }
}

export function reset(): void {
  configure(null);
}

// ---- Errors ----

export function tryEvaluate(request: EvaluateRequest | string): EvaluateResponse | { field: string; zh: string } {
  try {
    return evaluate(request);
  } catch (e) {
    // @ts-expect-error: a caught value is unknown until narrowed
    void e.code;
    if (e instanceof HuiqiError) {
      if (e.code === 'invalid_date' || e.code === 'unknown_field' || e.code === 'missing_field') {
        return { field: e.field, zh: e.message_zh };
      }
      // @ts-expect-error: not one of the error codes
      if (e.code === 'bad_date') return { field: e.field, zh: '' };
      const asError: Error = e; // a HuiqiError is an Error
      return { field: '', zh: asError.message };
    }
    throw e;
  }
}

export function readonlyError(e: HuiqiError): void {
  // @ts-expect-error: the code is read-only
  e.code = 'invalid_json';
}

// ---- What the declarations reject ----

export const rejected: EvaluateRequest[] = [
  {
    // @ts-expect-error: wrong field name (as_off for as_of)
    as_off: '2022-06-30',
    region: '410724',
    applicant: { kind: 'person' },
  },
  {
    as_of: '2022-06-30',
    region: '410724',
    // @ts-expect-error: not an applicant kind
    applicant: { kind: 'company' },
  },
  {
    as_of: '2022-06-30',
    region: '410724',
    // @ts-expect-error: wrong field name in the applicant (revenu)
    applicant: { kind: 'enterprise', revenu: '1000' },
  },
  {
    as_of: '2022-06-30',
    region: '410724',
    applicant: { kind: 'enterprise' },
    // @ts-expect-error: not a programme
    programmes: ['tech'],
  },
  {
    as_of: '2022-06-30',
    region: '410724',
    applicant: { kind: 'enterprise' },
    // @ts-expect-error: not a repayment method
    loan: { repayment: 'monthly' },
  },
  {
    as_of: '2022-06-30',
    region: '410724',
    applicant: { kind: 'enterprise' },
    // @ts-expect-error: not a guarantee kind
    loan: { guarantee: 'bank' },
  },
  {
    as_of: '2022-06-30',
    region: '410724',
    // @ts-expect-error: not a tech status
    applicant: { kind: 'enterprise', tech_status: ['unicorn'] },
  },
  {
    as_of: '2022-06-30',
    region: '410724',
    // @ts-expect-error: not an industry key
    applicant: { kind: 'enterprise', industry: 'manufacturing' },
  },
  {
    as_of: '2022-06-30',
    region: '410724',
    applicant: { kind: 'individual_business' },
    // @ts-expect-error: not a premises owner
    premises: { owner: 'private' },
  },
  {
    as_of: '2022-06-30',
    region: '410724',
    // @ts-expect-error: employees is a number
    applicant: { kind: 'enterprise', employees: '45' },
  },
];

// @ts-expect-error: region and applicant are required
export const incomplete: EvaluateRequest = { as_of: '2022-06-30' };

export const badSchedule: ScheduleRequest = {
  principal: '1000000',
  annual_rate: '0.0435',
  term_months: 12,
  // @ts-expect-error: not a repayment method
  method: 'balloon',
  start_date: '2022-07-01',
};

// @ts-expect-error: a rule set in an override needs its id
export const badOverride: PolicyOverride = { rule_sets: [{ parameters: { max_amount: '1' } }] };

// ---- Engines of their own, and the decision-only form ----

export function screen(requests: EvaluateRequest[]): Array<[Status, string | undefined, string | undefined]> {
  const engine = new Engine();
  const out = requests.map((request) => {
    const response: DecisionResponse = engine.evaluate({ ...request, explain: false });
    const r = response.results[0];
    return [r?.status ?? 'needs_info', r?.figures.compensation_share, r?.units['compensation_share']] as [Status, string | undefined, string | undefined];
  });
  engine.free();
  return out;
}

export function twoPortals(override: PolicyOverride): [EvaluateResponse, EvaluateResponse] {
  const mine = new Engine(override);
  const theirs = new Engine();
  theirs.configure(null);
  const request = startupRequest('2022-06-30', ['veteran']);
  return [mine.evaluate(request), theirs.evaluate(request)];
}

export function decisionMisuse(response: DecisionResponse): void {
  const r = response.results[0];
  if (r === undefined) return;
  // @ts-expect-error: the decision-only form has no messages
  const text: string = r.checks[0].message_zh;
  // @ts-expect-error: nor explanations
  void r.explanations.length;
  void text;
}

export function misuse(response: EvaluateResponse): void {
  const r = response.results[0];
  if (r === undefined) return;
  // @ts-expect-error: figures are decimal strings, not numbers
  const amount: number = r.figures.max_amount;
  // @ts-expect-error: not a status
  if (r.status === 'approved') return;
  // @ts-expect-error: not a check outcome
  if (r.checks.some((c) => c.outcome === 'maybe')) return;
  // @ts-expect-error: not a size class
  if (response.size.class === 'tiny') return;
  // @ts-expect-error: requests are objects or JSON text
  evaluate(42);
  // @ts-expect-error: policies() takes nothing
  policies('tech_loan');
  void amount;
}
