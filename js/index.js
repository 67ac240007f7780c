// The huiqi JS API: an `Engine` object (each with its own policy data), and module-level
// functions that use a default engine. Requests go in as objects or JSON text; responses
// come out as objects. Money and rates stay decimal strings. See index.d.ts for the types
// and docs/interface.md for every field.
import initWasm, * as raw from './huiqi.js';

/** The error every huiqi call throws for input it cannot use. */
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

// The engine throws its errors as plain objects `{code, field, message_zh, message_en}`;
// every call here rethrows them as the class above.
function call(f) {
  try {
    return f();
  } catch (e) {
    if (e !== null && typeof e === 'object' && typeof e.code === 'string' && !(e instanceof Error)) {
      throw new HuiqiError(e.code, e.field, e.message_zh, e.message_en);
    }
    throw e;
  }
}

/** The most one request may hold, as the CLI: 1 MiB of JSON text. */
const MAX_INPUT_BYTES = 1 << 20;

const tooLarge = (what) =>
  new HuiqiError('input_too_large', '', `${what}过大，单个请求不得超过${MAX_INPUT_BYTES}字节`, `the input is too large; one request may be at most ${MAX_INPUT_BYTES} bytes`);

const empty = (what) =>
  new HuiqiError('empty_input', '', `${what}为空`, `the ${what === '请求' ? 'request' : 'override'} is empty`);

// Refuse oversized input before it is copied into wasm memory (which never shrinks).
// Text: a UTF-16 code unit is at least one UTF-8 byte, so a longer string is too large;
// the engine checks the exact byte count of the rest. Objects: the strings in it are
// counted (keys and values) without building any text; cost is linear in the object.
function checkText(text, what) {
  if (text.length > MAX_INPUT_BYTES) throw tooLarge(what);
  return text;
}

// What JSON cannot carry: JSON.stringify would drop it or write null, and the engine
// would read "not given". Refused instead, naming the field.
function unrepresentable(v) {
  switch (typeof v) {
    case 'number':
      return Number.isFinite(v) ? null : String(v);
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    case 'bigint':
      return 'a BigInt';
    default:
      return null;
  }
}

// The path of the first value JSON cannot carry (only walked once one is found).
function pathOf(v, path) {
  if (unrepresentable(v) !== null || (path && v === undefined)) return path;
  if (v !== null && typeof v === 'object') {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const p = v[i] === undefined ? `${path}[${i}]` : pathOf(v[i], `${path}[${i}]`);
        if (p !== null) return p;
      }
    } else {
      for (const k in v) {
        if (v[k] === undefined) continue; // an absent field, as JSON.stringify reads it
        const p = pathOf(v[k], path ? `${path}.${k}` : k);
        if (p !== null) return p;
      }
    }
  }
  return null;
}

// One pass over an object before it is stringified: refuse what JSON cannot carry, and
// anything larger than the engine would read (counted from its strings and keys, so no
// text is built for a 100 MB input). Linear in the object; a cycle runs out of budget.
function checkObject(value, what) {
  let budget = MAX_INPUT_BYTES;
  const stack = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') {
      budget -= v.length + 2;
    } else if (v !== null && typeof v === 'object') {
      if (Array.isArray(v)) {
        budget -= v.length + 2;
        for (let i = 0; i < v.length; i++) {
          if (v[i] === undefined) stack.push(NaN); // an array hole JSON would turn into null
          else stack.push(v[i]);
        }
      } else {
        for (const k in v) {
          budget -= k.length + 4;
          stack.push(v[k]);
        }
      }
    } else {
      budget -= 8;
      if (v !== undefined && unrepresentable(v) !== null) {
        const field = pathOf(value, '') ?? '';
        const shown = field || '(root)';
        throw new HuiqiError(
          'invalid_json',
          field,
          `${shown} 的值无法作为数据传入（${unrepresentable(v)}）：请填写数字或文字`,
          `${shown}: ${unrepresentable(v)} cannot be sent as data (JSON has no such value)`,
        );
      }
    }
    if (budget < 0) throw tooLarge(what);
  }
  return value;
}

// A request as the JSON text the engine reads: text as given, an object checked and
// stringified; nothing at all is empty input.
function requestText(request) {
  if (request === undefined || request === null) throw empty('请求');
  return typeof request === 'string' ? checkText(request, '请求') : JSON.stringify(checkObject(request, '请求'));
}

// An override crosses as text: it is read as free-form JSON (merged into the policy
// data), where JSON.parse-compatible text is the honest form.
function overrideText(override) {
  if (override === undefined || override === null) return undefined;
  if (typeof override === 'string') return checkText(override, '覆盖数据');
  let text;
  try {
    text = JSON.stringify(override);
  } catch (e) {
    throw new HuiqiError('invalid_json', '', '覆盖数据无法转换为 JSON（是否含有 BigInt 或循环引用？）', `cannot turn the override into JSON: ${e.message}`);
  }
  return checkText(text, '覆盖数据');
}

// The policy texts in English are a module of their own (huiqi-en.js, 9 KB gzipped):
// the wasm the element loads has them in Chinese only, as most visitors of a Chinese
// portal read Chinese. `init()` loads them unless told `{ english: false }`; engines made
// before they are loaded answer in Chinese only (`english_not_loaded` for English).
let englishText = null;
let englishLoad = null;

/**
 * Load the policy texts in English (once per page); engines made afterwards answer in
 * English too. `init()` calls it unless given `{ english: false }`.
 */
export function loadEnglish() {
  // (After init: asking the wasm whether it has them built in throws before.)
  englishLoad ??= Promise.resolve()
    .then(() => (raw.builtinEnglish() ? null : import('./huiqi-en.js')))
    .then(
      (m) => {
        if (!m) return;
        englishText = m.default;
        // The default engine was made without English (it takes no override then).
        if (shared && !shared.english) shared = null;
      },
      (e) => {
        englishLoad = null; // a later call may try again
        throw e;
      },
    );
  return englishLoad;
}

/**
 * Load the WebAssembly module, and the English texts unless `{ english: false }`.
 * Takes what wasm-bindgen's init takes: `{ module_or_path }` (a URL, a Response, bytes
 * or a WebAssembly.Module), or nothing to fetch huiqi_bg.wasm beside this module.
 */
export async function init(options) {
  const english = !(options !== null && typeof options === 'object' && options.english === false);
  const exports = await initWasm(options);
  if (english) await loadEnglish();
  return exports;
}

/**
 * One engine: the built-in policy data, or it with a portal's override. Each engine keeps
 * its own data; configuring one leaves every other as it was.
 */
export class Engine {
  /** @param {object|string} [override] a portal's override (validated whole, its own cases run) */
  constructor(override) {
    this.inner = call(() => new raw.Engine(overrideText(override), englishText ?? undefined));
  }

  /** Whether this engine has the policy texts in English (see `loadEnglish`). */
  get english() {
    return this.inner.english;
  }

  /** Evaluate a request (an object or its JSON text); returns the response object. */
  evaluate(request) {
    return JSON.parse(call(() => this.inner.evaluateJson(requestText(request))));
  }

  /** Evaluate a request given as JSON text; the response as JSON text. */
  evaluateJson(text) {
    if (typeof text !== 'string') throw new TypeError('evaluateJson takes JSON text; use evaluate for objects');
    return call(() => this.inner.evaluateJson(checkText(text, '请求')));
  }

  /** A repayment schedule (an object or its JSON text). */
  schedule(request) {
    return JSON.parse(call(() => this.inner.scheduleJson(requestText(request))));
  }

  /** A repayment schedule, JSON text in and out. */
  scheduleJson(text) {
    if (typeof text !== 'string') throw new TypeError('scheduleJson takes JSON text; use schedule for objects');
    return call(() => this.inner.scheduleJson(checkText(text, '请求')));
  }

  /** Every rule set: programme, period, documents, citations (with quotes), quality, parameters. */
  policies() {
    return JSON.parse(this.policiesJson());
  }

  /** Every rule set, as JSON text. */
  policiesJson() {
    return call(() => this.inner.policiesJson());
  }

  /** Apply a portal's override to this engine (validated whole); null resets to the built-in data. */
  configure(override) {
    call(() => this.inner.configureJson(overrideText(override)));
  }

  /** Apply an override given as JSON text; undefined resets to the built-in data. */
  configureJson(text) {
    call(() => this.inner.configureJson(text === undefined || text === null ? undefined : checkText(text, '覆盖数据')));
  }

  /** Release the engine's wasm memory now (it is also released when garbage-collected). */
  free() {
    this.inner.free();
  }
}

// The module-level functions use one default engine, made on first use.
let shared = null;
const engine = () => (shared ??= new Engine());

/** Evaluate a request (an object or its JSON text) with the default engine. */
export const evaluate = (request) => engine().evaluate(request);
/** Evaluate a request given as JSON text; the response as JSON text. */
export const evaluateJson = (text) => engine().evaluateJson(text);
/** A repayment schedule. */
export const schedule = (request) => engine().schedule(request);
/** A repayment schedule, JSON text in and out. */
export const scheduleJson = (text) => engine().scheduleJson(text);
/** Every rule set. */
export const policies = () => engine().policies();
/** Every rule set, as JSON text. */
export const policiesJson = () => engine().policiesJson();
/** Apply a portal's override to the default engine; null resets to the built-in data. */
export const configure = (override) => engine().configure(override);
/** Apply an override given as JSON text to the default engine; undefined resets. */
export const configureJson = (text) => engine().configureJson(text);
/** `huiqi 0.1.0`. */
export const { version } = raw;

export { init as default };
