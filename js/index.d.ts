/* The huiqi JS API and the request and response types of the engine (CONTRACT.md). Money and rates are
   decimal strings ("18000000", "0.0435"); a JSON number is accepted on input. */

export type Money = string;
export type Rate = string;
/** YYYY-MM-DD */
export type DateString = string;
/** 6-digit GB/T 2260 code, e.g. "410724" */
export type RegionCode = string;

/** `financing_coordination` (the 推荐清单 self-check) is evaluated only when named in `programmes`. */
export type Programme = "tech_loan" | "trade_loan" | "startup_guarantee_loan" | "rent_relief" | "financing_coordination";
export type ApplicantKind = "enterprise" | "individual_business" | "person";
export type Industry =
  | "agriculture" | "industry" | "construction" | "wholesale" | "retail" | "transport" | "warehousing"
  | "postal" | "accommodation" | "catering" | "telecom" | "software_it" | "real_estate"
  | "property_management" | "leasing_business" | "other";
export type TechStatus = "high_tech_enterprise" | "tech_sme";
export type StartupGroup =
  | "college_graduate" | "registered_unemployed" | "employment_difficulty" | "veteran"
  | "returning_migrant_worker" | "rural_entrepreneur" | "new_citizen" | "released_prisoner"
  | "overcapacity_worker" | "online_merchant" | "poverty_alleviated";
export type Guarantee = "none" | "controlling_shareholder" | "third_party" | "guarantee_institution";
export type Repayment = "equal_installment" | "equal_principal" | "interest_only";
export type PremisesOwner = "state" | "non_state";
/** What a financing need is for (`financing.purpose`). */
export type FinancingPurpose = "working_capital" | "equipment" | "expansion" | "technology" | "renewal" | "other";

/** The 推荐清单 self-check's answers: the five standards of the 支持小微企业融资协调工作机制, each
 *  as the firm answers it (absent: not answered; the check asks for it). The need's amount and
 *  term are `loan.amount` and `loan.term_months`. */
export interface Financing {
  /** 合规持续经营: registered and licensed as its trade requires, trading without a break. */
  operates_compliantly?: boolean;
  /** 固定经营场所: a fixed shop, workshop or office (owned or rented). */
  fixed_premises?: boolean;
  /** 真实融资需求: the business itself needs to borrow for its trade now. */
  real_need?: boolean;
  /** What the money is for. */
  purpose?: FinancingPurpose;
  /** 信用状况良好: no overdue loans or taxes, not listed as a defaulter. */
  good_credit?: boolean;
  /** 贷款用途依法合规: the money goes only into the business's own trade. */
  lawful_use?: boolean;
}

export interface Applicant {
  kind: ApplicantKind;
  industry?: Industry;
  employees?: number;
  revenue?: Money | number;
  total_assets?: Money | number;
  tech_status?: TechStatus[];
  research_cooperation?: boolean;
  foreign_trade?: { trades_abroad?: boolean; credit_insurance?: boolean };
  new_hires?: { count?: number; contract_years?: number | string };
  startup_groups?: StartupGroup[];
  subsidised_loans_before?: number;
}

export interface Loan {
  amount?: Money | number;
  term_months?: number;
  annual_rate?: Rate | number;
  collateral_value?: Money | number;
  single_asset_collateral?: boolean;
  guarantee?: Guarantee;
  repayment?: Repayment;
  start_date?: DateString;
}

export interface Premises {
  owner?: PremisesOwner;
  monthly_rent?: Money | number;
  sublet?: boolean;
  cannot_operate_normally?: boolean;
  county_medium_high_risk_2022?: boolean;
}

export interface EvaluateRequest {
  as_of: DateString;
  region: RegionCode;
  applicant: Applicant;
  loan?: Loan;
  premises?: Premises;
  /** The 推荐清单 self-check's answers (programme `financing_coordination`). */
  financing?: Financing;
  programmes?: Programme[];
  /**
   * Write messages and titles in one language only (a page that shows one language
   * needs half the text, and evaluating is faster). Absent: both.
   * With "zh-CN"/"zh" every `message_en`/`title_en` is left out; with "en" every
   * `message_zh`/`title_zh`.
   */
  lang?: "zh-CN" | "zh" | "en";
  /**
   * `false`: the decision only, for screening many requests: statuses, figures with
   * their `units`, check outcomes and missing fields, without any text (no messages,
   * titles, citations, explanations or hints). Absent or `true`: the explained answer.
   */
  explain?: boolean;
}

export interface Citation {
  document: string;
  clause: string;
  /** seed file and line, e.g. "004_258a8524201cde36.txt:1491", or a reference section */
  source: string;
  /** key of the citation in the rule set (`policies()` gives its quote) */
  ref: string;
  url?: string;
  /** present in `policies()` */
  quote?: string;
}

export type Outcome = "pass" | "fail" | "unknown" | "warn";
export type Status = "eligible" | "ineligible" | "needs_info" | "not_in_force";
export type SourceQuality = "official" | "draft" | "press_summary";

/** A check: with the request's `lang`, only that language's message is present. */
export interface Check {
  id: string;
  outcome: Outcome;
  message_zh: string;
  message_en: string;
  citation: Citation;
  missing_fields?: string[];
}

export interface Explanation {
  figure: string;
  message_zh: string;
  message_en: string;
  citation: Citation;
}

/** A message in both languages; with the request's `lang`, only that one is present. */
export interface Message {
  message_zh: string;
  message_en: string;
}

/** An assumption a result rests on (our reading where the text is silent). */
export type AssumptionId = "band_ceiling_lpr_150" | "band_2023_unseen" | "end_date_assumed" | "start_date_assumed" | "press_summary_tiers" | (string & {});
export interface Assumption {
  id: AssumptionId;
  message_zh: string;
  message_en: string;
}

/** What a hint suggests, as a change to the request: set a field to a value, keep it
 *  at least or at most a bound (money and rates as strings, counts as numbers), choose a
 *  region code under a prefix, or give missing fields. */
export type HintChange =
  | { field: string; value: unknown }
  | { field: string; min: string | number }
  | { field: string; max: string | number }
  | { field: "region"; within: string }
  | { set: { [field: string]: unknown } }
  | { provide: string[] };

/** A hint: what would change the answer, in words and (absent for a referral elsewhere)
 *  as a change to the request that makes this rule set's answer better. */
export interface Hint {
  message_zh: string;
  message_en: string;
  change?: HintChange;
}

/** What a figure's number means: `money` in 元, `rate` an annual rate as a fraction,
 *  `share` a fraction, `months` a count of months, `date` YYYY-MM-DD. */
export type Unit = "money" | "rate" | "share" | "months" | "date";

export interface Figures {
  compensation_share?: Rate;
  /** the share's least and greatest values while a field that could move it is missing
   *  (the result is then `needs_info` and `compensation_share` is absent) */
  compensation_share_min?: Rate;
  compensation_share_max?: Rate;
  max_compensation?: Money;
  compensation_cap?: Money;
  rate_cap?: Rate;
  collateral_limit?: Money;
  benchmark_rate?: Rate;
  max_amount?: Money;
  government_share?: Rate;
  bank_share?: Rate;
  insurer_share?: Rate;
  lpr?: Rate;
  borrower_rate?: Rate;
  subsidy_rate?: Rate;
  total_interest?: Money;
  subsidy_amount?: Money;
  borrower_interest?: Money;
  subsidised_principal?: Money;
  /** months, as a decimal string */
  free_months?: string;
  half_months?: string;
  relief_amount?: Money;
  [name: string]: string | undefined;
}

/** A programme's answer; with the request's `lang`, only that language's title and messages. */
export interface ProgrammeResult {
  programme: Programme;
  rule_set: string;
  title_zh: string;
  title_en: string;
  source_quality: SourceQuality;
  effective_from: DateString;
  effective_to: DateString | null;
  documents: string[];
  status: Status;
  checks: Check[];
  figures: Figures;
  /** the unit of every figure, keyed as `figures` */
  units: { [name: string]: Unit };
  /** An `ineligible` result's figures as they would be were the failing conditions met
   *  (its `figures` are then empty: nothing is due). Absent when there is nothing to show. */
  figures_if_eligible?: Figures;
  /** the unit of every figure in `figures_if_eligible` */
  units_if_eligible?: { [name: string]: Unit };
  explanations: Explanation[];
  hints: Hint[];
  missing_fields: string[];
  /** where the answer rests on our reading rather than a text (shown beside the source quality) */
  assumptions: Assumption[];
  other_rule_sets: ProgrammeResult[];
}

/** A check in the decision-only form (`explain: false`): its outcome, no text. */
export interface DecisionCheck {
  id: string;
  outcome: Outcome;
  missing_fields?: string[];
}

/** A programme's answer in the decision-only form (`explain: false`): statuses, figures
 *  with their units and check outcomes; no titles, messages, citations, explanations or hints. */
export interface DecisionResult {
  programme: Programme;
  rule_set: string;
  source_quality: SourceQuality;
  effective_from: DateString;
  effective_to: DateString | null;
  documents: string[];
  status: Status;
  checks: DecisionCheck[];
  figures: Figures;
  units: { [name: string]: Unit };
  figures_if_eligible?: Figures;
  units_if_eligible?: { [name: string]: Unit };
  missing_fields: string[];
  /** the ids of the result's assumptions */
  assumptions: AssumptionId[];
  other_rule_sets: DecisionResult[];
}

export interface EvaluateResponse {
  as_of: DateString;
  engine: string;
  region: { code: RegionCode; name_zh: string; name_en: string };
  size: {
    class: "micro" | "small" | "medium" | "large" | "unknown";
    citation: { document: string };
    applicable: boolean;
    industry?: Industry;
    possible: ("micro" | "small" | "medium" | "large")[];
    missing_fields: string[];
  };
  results: ProgrammeResult[];
}

/** The response to a request with `explain: false`. */
export interface DecisionResponse extends Omit<EvaluateResponse, "results"> {
  results: DecisionResult[];
}

export interface ScheduleRequest {
  principal: Money | number;
  annual_rate: Rate | number;
  term_months: number;
  method: Repayment;
  start_date: DateString;
  borrower_rate?: Rate | number;
}

export interface SchedulePeriod {
  n: number;
  date: DateString;
  payment: Money;
  principal: Money;
  interest: Money;
  subsidy: Money;
  borrower_interest: Money;
  balance: Money;
}

export interface ScheduleResponse {
  periods: SchedulePeriod[];
  totals: { payment: Money; principal: Money; interest: Money; subsidy: Money; borrower_interest: Money };
}

export interface RuleSetSummary {
  id: string;
  programme: Programme;
  logic: string;
  version: string;
  title_zh: string;
  title_en: string;
  source_quality: SourceQuality;
  effective_from: DateString;
  effective_to: DateString | null;
  scope_regions: string[];
  documents: { number: string; title_zh: string; issuer_zh?: string; date?: string; source?: string; url?: string }[];
  citations: { [ref: string]: Citation };
  /** the rule set's caveats (press summary, draft, assumed dates) */
  notes: Message[];
  parameters: { [name: string]: unknown };
}

export interface PoliciesResponse {
  engine: string;
  reference: {
    lpr: { source: string; first: DateString; last: DateString; last_1y: Rate; last_5y: Rate };
    benchmark_rates: { effective: DateString; max_term_months: number | null; rate: Rate }[];
    enterprise_size: string;
    regions_vintage: string;
  };
  rule_sets: RuleSetSummary[];
}

/** A portal's override: rule sets (merged by id, or new) and newer LPR rows. */
export interface PolicyOverride {
  rule_sets?: ({ id: string } & { [key: string]: unknown })[];
  lpr?: { publish_date: DateString; lpr_1y_pct: string; lpr_5y_pct: string; status?: string }[];
  comment?: string;
}

export type HuiqiErrorCode =
  | "invalid_json" | "invalid_utf8" | "input_too_large" | "empty_input" | "io_error" | "missing_field"
  | "unknown_field" | "invalid_type" | "invalid_value" | "invalid_decimal" | "out_of_range" | "invalid_date"
  | "invalid_region" | "invalid_override" | "arithmetic_overflow" | "usage" | "english_not_loaded";

/** Load the WebAssembly module. By default fetches huiqi_bg.wasm next to huiqi.js; pass
 *  `{ module_or_path }` (a URL, a Response, bytes or a WebAssembly.Module) otherwise.
 *  Also loads the policy texts in English (huiqi-en.js) unless given `english: false`:
 *  engines then answer in Chinese only (`lang: "zh-CN"`, or `explain: false`) and throw
 *  `english_not_loaded` for English until `loadEnglish()`. */
export default function init(module_or_path?: { module_or_path?: unknown; english?: boolean } | unknown): Promise<unknown>;
export { init };
/** Load the policy texts in English (once per page; after `init`). Engines made
 *  afterwards answer in English too; an override needs them (its cases are checked in
 *  both languages). */
export function loadEnglish(): Promise<void>;
/**
 * One engine with its own policy data: the built-in data, or it with a portal's override.
 * Configuring one engine leaves every other unchanged. The module-level functions below
 * use a default engine.
 */
export declare class Engine {
  /** Throws HuiqiError (`invalid_override`) for an override it cannot use
   *  (`english_not_loaded` before the English texts are loaded: see `loadEnglish`). */
  constructor(override?: PolicyOverride | string | null);
  /** Whether this engine has the policy texts in English (it was made after they loaded). */
  readonly english: boolean;
  /** Evaluate a request (object or JSON text). Throws HuiqiError for input it cannot use. */
  evaluate(request: EvaluateRequest & { explain: false }): DecisionResponse;
  evaluate(request: EvaluateRequest | string): EvaluateResponse;
  evaluateJson(request: string): string;
  schedule(request: ScheduleRequest | string): ScheduleResponse;
  scheduleJson(request: string): string;
  policies(): PoliciesResponse;
  policiesJson(): string;
  /** Apply a portal's override to this engine (validated whole, cases run) or reset with null. */
  configure(override: PolicyOverride | string | null | undefined): void;
  configureJson(override?: string): void;
  /** Release its wasm memory now (otherwise when garbage-collected). */
  free(): void;
}
/** Evaluate a request (object or JSON text). Throws HuiqiError for input it cannot use. */
export function evaluate(request: EvaluateRequest & { explain: false }): DecisionResponse;
export function evaluate(request: EvaluateRequest | string): EvaluateResponse;
/** A repayment schedule with 贴息 per period. */
export function schedule(request: ScheduleRequest | string): ScheduleResponse;
/** Every rule set with its period, documents, citations and source quality. */
export function policies(): PoliciesResponse;
/** Apply a portal's override (validated whole, cases run) or reset with null. */
export function configure(override: PolicyOverride | string | null | undefined): void;
/** The same operations on JSON text. */
export function evaluateJson(request: string): string;
export function scheduleJson(request: string): string;
export function policiesJson(): string;
export function configureJson(override?: string): void;
/** "huiqi 0.1.0" */
export function version(): string;

/** Thrown for any input the engine cannot use: a stable code, the field's JSON path, and messages. */
export declare class HuiqiError extends Error {
  constructor(code: HuiqiErrorCode, field: string, message_zh: string, message_en: string);
  readonly code: HuiqiErrorCode;
  /** e.g. "applicant.revenue"; "" when the whole input is at fault */
  readonly field: string;
  readonly message_zh: string;
  readonly message_en: string;
  toJSON(): { error: { code: HuiqiErrorCode; field: string; message_zh: string; message_en: string } };
}
