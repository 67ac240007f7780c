// The huiqi JS API: objects in, objects out, over the engine's JSON functions
// (src/wasm.rs). Money and rates stay decimal strings. See index.d.ts for the types.
import init, * as raw from './huiqi.js';

/** The error every huiqi call throws for input it cannot use (CONTRACT.md). */
export class HuiqiError extends Error {
  /**
   * @param {string} code stable machine code, e.g. "invalid_date"
   * @param {string} field JSON path of the field at fault, e.g. "applicant.revenue" ("" for the whole input)
   * @param {string} message_zh
   * @param {string} message_en
   */
  constructor(code, field, message_zh, message_en) {
    super(message_en);
    this.name = 'HuiqiError';
    this.code = code;
    this.field = field;
    this.message_zh = message_zh;
    this.message_en = message_en;
  }

  /** The same shape as the CLI's `{"error": {...}}`. */
  toJSON() {
    return { error: { code: this.code, field: this.field, message_zh: this.message_zh, message_en: this.message_en } };
  }
}

// The engine throws its error JSON as text, `{"error":{…}}` (so its glue imports nothing
// and loads in one request); every function here rethrows it as the class above.
const guarded = (f) => (...args) => {
  try {
    return f(...args);
  } catch (e) {
    if (typeof e === 'string' && e.startsWith('{"error":')) {
      const { code, field, message_zh, message_en } = JSON.parse(e).error;
      throw new HuiqiError(code, field, message_zh, message_en);
    }
    throw e;
  }
};

/** Evaluate a request given as JSON text; the response as JSON text (CONTRACT.md). */
export const evaluateJson = guarded(raw.evaluateJson);
/** A repayment schedule, JSON text in and out. */
export const scheduleJson = guarded(raw.scheduleJson);
/** Every rule set, as JSON text. */
export const policiesJson = guarded(raw.policiesJson);
/** Apply a portal's override given as JSON text; undefined resets to the built-in data. */
export const configureJson = guarded(raw.configureJson);
const evaluateCompactJson = guarded(raw.evaluateCompactJson);
const compactTablesJson = guarded(raw.compactTablesJson);
/** `huiqi 0.1.0`. */
export const { version } = raw;

const text = (value, what) => {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) {
    throw new HuiqiError('empty_input', '', `${what}为空`, `the ${what === '请求' ? 'request' : 'override'} is empty`);
  }
  try {
    return JSON.stringify(value);
  } catch (e) {
    throw new HuiqiError('invalid_json', '', `${what}无法转换为 JSON（是否含有 BigInt 或循环引用？）`, `cannot turn it into JSON: ${e.message}`);
  }
};

// evaluate() reads the engine's compact form, where each citation is a number into a
// table and each result's leading members (programme … documents) one header number,
// and puts the objects back: the same response as JSON.parse(evaluateJson(…)), key
// order included, from half the text to decode and parse. The tables are read once for
// each engine data; a response names the generation of tables it numbers into.
let tables = null;
const citationOf = (c) => (typeof c === 'number' ? { ...tables.citations[c] } : c);
function expand(result) {
  const { header, ...rest } = result;
  const head = tables.headers[header];
  const out = { ...head, documents: [...head.documents], ...rest };
  for (const check of out.checks) check.citation = citationOf(check.citation);
  for (const e of out.explanations) e.citation = citationOf(e.citation);
  out.other_rule_sets = out.other_rule_sets.map(expand);
  return out;
}

/** Evaluate a request (an object or its JSON text); returns the response object. */
export const evaluate = (request) => {
  const { tables: generation, ...response } = JSON.parse(evaluateCompactJson(text(request, '请求')));
  if (tables?.generation !== generation) tables = JSON.parse(compactTablesJson());
  response.results = response.results.map(expand);
  return response;
};

/** A repayment schedule. */
export const schedule = (request) => JSON.parse(scheduleJson(text(request, '请求')));

/** Every rule set: programme, period, documents, citations (with quotes), quality, parameters. */
export const policies = () => JSON.parse(policiesJson());

/** Apply a portal's override (validated whole, its own cases run); null resets to the built-in data. */
export const configure = (override) => configureJson(override === null || override === undefined ? undefined : text(override, '覆盖数据'));

export { init, init as default };
