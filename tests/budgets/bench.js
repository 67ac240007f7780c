// Times the JS API's evaluate(request) (object in, object out) and, for comparison,
// evaluateJson(text) (string in, string out). performance.now() is coarse (~100 µs)
// without cross-origin isolation, so each sample is one block of many calls.
import init, { evaluate, evaluateJson, version } from './huiqi/index.js';

const ready = init().then(() => {
  document.getElementById('state').textContent = 'ready';
  return version();
});

function timeBlocks(fn, blocks, calls, warmup) {
  for (let i = 0; i < warmup; i++) fn();
  const perCallUs = [];
  for (let b = 0; b < blocks; b++) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) fn();
    perCallUs.push(((performance.now() - t0) * 1000) / calls);
  }
  return perCallUs;
}

window.huiqiBench = {
  ready,
  /** One request: its response summary and per-call µs for every block. */
  run(request, { blocks = 40, calls = 200, warmup = 200 } = {}) {
    const response = evaluate(request);
    const text = JSON.stringify(request);
    const responseText = evaluateJson(text);
    return {
      requestChars: text.length,
      responseChars: responseText.length,
      summary: response.results.map((r) => `${r.programme}:${r.status}`).join(' '),
      evaluate: timeBlocks(() => evaluate(request), blocks, calls, warmup),
      evaluateJson: timeBlocks(() => evaluateJson(text), blocks, calls, warmup),
      // The JS side of evaluate(): stringify the request, parse the response.
      jsonJs: timeBlocks(() => JSON.parse(responseText) && JSON.stringify(request), blocks, calls, warmup),
    };
  },
};
