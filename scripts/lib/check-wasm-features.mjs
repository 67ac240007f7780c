// The wasm runs on Chromium ≥ 86: WebAssembly MVP plus bulk memory, sign extension,
// non-trapping float-to-int and mutable globals, nothing else (no reference types, no
// multi-value). Checked two ways on pkg/huiqi_bg.wasm and on the list screening's
// pkg/huiqi_screen_bg.wasm:
//   1. binaryen validates the module with exactly those features enabled (it refuses any
//      instruction or type of another feature);
//   2. `wasm-opt --detect-features` reports nothing beyond them.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

let failed = false;
for (const name of ['huiqi_bg.wasm', 'huiqi_screen_bg.wasm']) {
  const wasm = fileURLToPath(new URL(`../../pkg/${name}`, import.meta.url));
  const allowed = ['bulk-memory', 'bulk-memory-opt', 'sign-ext', 'nontrapping-float-to-int', 'mutable-globals'];
  const run = (args) => execFileSync('wasm-opt', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });

  try {
    run([wasm, '--mvp-features', ...allowed.map((f) => `--enable-${f}`), '-o', '/dev/null']);
    console.log(`ok   ${name}: validates with MVP + ${allowed.join(', ')}`);
  } catch (e) {
    failed = true;
    const first = String(e.stderr).split('\n').find((l) => l.includes('require')) ?? String(e.stderr).slice(0, 300);
    console.log(`FAIL ${name}: does not validate with MVP + ${allowed.join(', ')}: ${first}`);
  }
  let printed = '';
  try {
    printed = run(['--detect-features', '--print-features', wasm, '-o', '/dev/null']);
  } catch (e) {
    failed = true;
    console.log(`FAIL ${name}: --detect-features: ${String(e.stderr).split('\n')[0].slice(0, 300)}`);
  }
  const detected = printed
    .split('\n')
    .map((l) => l.trim().replace(/^--enable-/, ''))
    .filter(Boolean);
  const extra = detected.filter((f) => !allowed.includes(f));
  if (extra.length) {
    failed = true;
    console.log(`FAIL ${name}: --detect-features reports ${extra.join(', ')}`);
  } else {
    console.log(`ok   ${name}: --detect-features reports ${detected.length ? detected.join(', ') : 'MVP only'}`);
  }
}
process.exit(failed ? 1 : 0);
