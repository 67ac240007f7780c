// Times the JS API's evaluate(request) (object in, object out) for scripts/budgets.mjs,
// with evaluateJson(text) (string in, string out) and the JS-side JSON work alone for
// comparison. performance.now() is coarse (~100 µs) without cross-origin isolation, so
// each sample is one block of many calls. Blocks of the different requests and measures
// are interleaved, so a burst of load on the machine touches them all alike.
import init, { evaluate, evaluateJson, version } from './huiqi/index.js';

const ready = init().then(() => {
  document.getElementById('state').textContent = 'ready';
  return version();
});

function block(fn, calls) {
  const t0 = performance.now();
  for (let i = 0; i < calls; i++) fn();
  return ((performance.now() - t0) * 1000) / calls; // µs per call
}

window.huiqiBench = {
  ready,
  /** Every request: response summary, sizes and per-call µs of each block, per measure. */
  runAll(requests, { blocks = 40, calls = 200, warmup = 200 } = {}) {
    const encoder = new TextEncoder();
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });
    const cases = requests.map((request) => {
      const text = JSON.stringify(request);
      const responseText = evaluateJson(text);
      const response = evaluate(request);
      const responseBytes = encoder.encode(responseText);
      const requestBuf = new Uint8Array(text.length * 3);
      return {
        requestChars: text.length,
        responseChars: responseText.length,
        responseBytes: responseBytes.length,
        summary: response.results.map((r) => `${r.programme}:${r.status}`).join(' '),
        fns: {
          evaluate: () => evaluate(request),
          evaluateJson: () => evaluateJson(text),
          // The JS side of evaluate(): stringify the request, parse the response.
          jsonJs: () => JSON.parse(responseText) && JSON.stringify(request),
          // The string copies evaluateJson makes: request text into wasm memory as UTF-8,
          // the response's UTF-8 bytes back into a JS string (as wasm-bindgen does).
          strings: () => encoder.encodeInto(text, requestBuf) && decoder.decode(responseBytes),
        },
        times: { evaluate: [], evaluateJson: [], jsonJs: [], strings: [] },
      };
    });
    for (const c of cases) for (const fn of Object.values(c.fns)) for (let i = 0; i < warmup; i++) fn();
    for (let b = 0; b < blocks; b++) {
      for (const c of cases) for (const [k, fn] of Object.entries(c.fns)) c.times[k].push(block(fn, calls));
    }
    return cases.map(({ fns, times, ...rest }) => ({ ...rest, ...times }));
  },
};
