// What the JSON boundary alone costs on the peers benchmark's requests (BENCHMARKS.md,
// "Against other rule engines"): JSON.stringify of each request and JSON.parse of the
// answer huiqi gives it, without any engine work, beside `evaluate(object)` itself.
// `evaluate` must hand back the contract's response as a JS object, so this is a floor
// under what it can cost from JS however fast the engine.
//
//   PEERS=/path/to/copy/of/peers node scripts/bench-json-boundary.mjs   (after ./scripts/build)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const peers = process.env.PEERS;
if (!peers) {
  console.error('set PEERS to a copy of the peers benchmark (its lib/generate.mjs makes the requests)');
  process.exit(2);
}
const pkg = fileURLToPath(new URL('../pkg/', import.meta.url));
const { generateRequests } = await import(pathToFileURL(join(peers, 'lib', 'generate.mjs')).href);
const m = await import(pathToFileURL(join(pkg, 'index.js')).href);
await m.init({ module_or_path: readFileSync(join(pkg, 'huiqi_bg.wasm')) });

// Median of 7 passes over the 2,000 requests (after 3 warm-up passes), µs per request.
const time = (n, f) => {
  for (let k = 0; k < 3; k++) for (let i = 0; i < n; i++) f(i);
  const passes = [];
  for (let b = 0; b < 7; b++) {
    const t = performance.now();
    for (let i = 0; i < n; i++) f(i);
    passes.push(((performance.now() - t) / n) * 1000);
  }
  return passes.sort((a, b) => a - b)[3];
};
for (const extra of [{ explain: false }, { lang: 'zh-CN' }]) {
  const requests = generateRequests(2000, 20220630).map((r) => ({ ...r, programmes: ['tech_loan', 'startup_guarantee_loan'], ...extra }));
  const answers = requests.map((r) => m.evaluateJson(JSON.stringify(r)));
  const chars = answers.reduce((a, t) => a + t.length, 0) / answers.length;
  const stringify = time(requests.length, (i) => JSON.stringify(requests[i]));
  const parse = time(requests.length, (i) => JSON.parse(answers[i]));
  const whole = time(requests.length, (i) => m.evaluate(requests[i]));
  console.log(`${JSON.stringify(extra)}: answer ${chars.toFixed(0)} characters; JSON.stringify ${stringify.toFixed(1)} µs + JSON.parse ${parse.toFixed(1)} µs; evaluate() ${whole.toFixed(1)} µs`);
}
