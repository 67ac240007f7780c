// The huiqi JS API: objects in, objects out, over the engine's JSON functions
// (src/wasm.rs). Money and rates stay decimal strings. See index.d.ts for the types.
import init, { evaluateJson, scheduleJson, policiesJson, configureJson, version, HuiqiError } from './huiqi.js';

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

/** Evaluate a request (an object or its JSON text); returns the response object. */
export const evaluate = (request) => JSON.parse(evaluateJson(text(request, '请求')));

/** A repayment schedule. */
export const schedule = (request) => JSON.parse(scheduleJson(text(request, '请求')));

/** Every rule set: programme, period, documents, citations (with quotes), quality, parameters. */
export const policies = () => JSON.parse(policiesJson());

/** Apply a portal's override (validated whole, its own cases run); null resets to the built-in data. */
export const configure = (override) => configureJson(override === null || override === undefined ? undefined : text(override, '覆盖数据'));

export { init, init as default, evaluateJson, scheduleJson, policiesJson, configureJson, version, HuiqiError };
