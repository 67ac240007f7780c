// Sizes (deterministic, so they are checked on every test run). Each has the goal
// and a ceiling that fails the run:
//   wasm, gzipped: goal ≤ 200 KB (issue 7);
//   everything <huiqi-widget> loads, gzipped: goal ≤ 250 KB (issues 7 and 10);
//   dist/huiqi-offline.html: goal and ceiling 800 KB, one file (issue 10).
// On 2026-11-30 the first two goals were not met: the self-check programme (+7 KB) and the
// honest answers (+12 KB of logic and texts) took the wasm to 216.6 KB (217.6 with the
// wording fixes). A goal not met has a ceiling of what was measured, plus a little, so
// nothing grows unnoticed; each run prints where the goals stand. The offline file met
// its goal the same day (763 KB, from 1,545 KB): one wasm (the screening build, which has
// the engine) instead of two, xz instead of gzip, and
// 7 bits of payload per byte of text instead of base64's 6 (scripts/lib/build-offline.mjs;
// BENCHMARKS.md has what each gave), so 800 KB is its ceiling from then on. The element's
// load went from 268.8 to 260.1 KB that evening (English in a module of its own, loaded
// for lang="en"; the API and glue minified), then to 249.2 KB, meeting its goal, which is
// its ceiling from then on: the engine's English policy texts out of the element's wasm
// (pkg/huiqi-en.js, loaded for English), one copy of serde_json's value handling for every
// field type (src/wire.rs), one copy of the Builder's text rendering per call, minified
// styles. The wasm went to 206.5 KB with them; its ceiling followed, 208 KB. Later that
// evening the wasm met its goal, 198.1 KB (the element's whole load 240.9 KB), with no
// change in what it answers: one copy of the schedule's walk, errors made as JS objects
// without serde-wasm-bindgen and js-sys, JSON text of values without Value's Display,
// rust_decimal's Display, fract and ceil no longer used (each the only user of code the
// wasm then carried; BENCHMARKS.md has what each gave). Its ceiling is 199 KB from then on.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = join(root, 'pkg');
const KB = 1000;
const gz = (p) => gzipSync(readFileSync(p), { level: 9 }).length;
// The element's whole load: its module, the engine's API and glue, the wasm (and any
// other module the glue might import, should one appear).
const elementFiles = ['huiqi-widget.js', 'index.js', 'huiqi.js', 'huiqi_bg.wasm'].map((f) => join(pkg, f));
if (existsSync(join(pkg, 'snippets'))) {
  for (const f of readdirSync(join(pkg, 'snippets'), { recursive: true })) {
    const p = join(pkg, 'snippets', String(f));
    if (statSync(p).isFile()) elementFiles.push(p);
  }
}
const whole = statSync(join(root, 'dist', 'huiqi-offline.html')).size;
// [what, size, goal, ceiling]
const rows = [
  ['wasm, gzipped', gz(join(pkg, 'huiqi_bg.wasm')), 200 * KB, 199 * KB],
  ['everything the element loads, gzipped', elementFiles.reduce((a, p) => a + gz(p), 0), 250 * KB, 250 * KB],
  ['dist/huiqi-offline.html, whole', whole, 800 * KB, 800 * KB],
];
let failed = false;
for (const [what, size, goal, ceiling] of rows) {
  const ok = size <= ceiling;
  failed ||= !ok;
  const goalText = size <= goal ? 'goal met' : `goal ${goal / KB} KB NOT met`;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}: ${(size / KB).toFixed(1)} KB (ceiling ${ceiling / KB} KB; ${goalText})`);
}
const screenFiles = ['huiqi-screen.js', 'huiqi_screen.js', 'huiqi_screen_bg.wasm'].map((f) => join(pkg, f));
console.log(`info the screening tab loads when opened, gzipped: ${(screenFiles.reduce((a, p) => a + gz(p), 0) / KB).toFixed(1)} KB`);
process.exit(failed ? 1 : 0);
