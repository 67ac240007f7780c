// dist/huiqi-offline.html: one self-contained file (wasm, JS, CSS inlined) that opens
// by double-click (file://) with the network off. What it carries, and why it fits in
// 800 KB (BENCHMARKS.md has the measurements):
//   - one wasm: the screening build (`--features screen`) also has the engine, so the form
//     and the 名单筛查 tab share it (the element's lean pkg/huiqi_bg.wasm is for portals);
//   - the script and that wasm are each xz-compressed (`xz`, LZMA2; a third smaller than
//     gzip -9 for the wasm) and written as text at 7 bits a byte (offline/text7.js);
//   - a small bootstrap, the only script in the page as it is (offline/setup.js with
//     xz-decompress from npm, a wasm xz decoder), unpacks them and runs the script.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync, copyFileSync, mkdtempSync, rmSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encode7 } from '../../offline/text7.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = join(root, 'pkg');
const work = mkdtempSync(join(tmpdir(), 'huiqi-offline-'));

// LZMA2 at its strongest; the dictionary only as large as the largest payload (the
// decoder allocates what the header names), literal context of one bit: measured the
// smallest for the wasm (2026-11-30). CRC32: the check xz-decompress verifies.
const xz = (bytes) =>
  execFileSync('xz', ['--format=xz', '--check=crc32', '--lzma2=preset=9e,dict=4MiB,lc=1,lp=0,pb=0', '--stdout'], {
    input: bytes,
    maxBuffer: 1 << 28,
  });

// Text that may stand inside the page's inline <script> (offline/text7.js says why).
const inlineSafe = (js) => js.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');

try {
  // The package's modules and the offline sources, side by side, for the bundler.
  for (const f of readdirSync(pkg)) if (f.endsWith('.js')) copyFileSync(join(pkg, f), join(work, f));
  for (const f of ['entry.js', 'presets.js']) copyFileSync(join(root, 'offline', f), join(work, f));

  // The engine's API (index.js) imports its glue as ./huiqi.js: here that is the
  // screening build's glue, whose wasm has the same Engine, so one wasm serves both.
  const oneWasm = {
    name: 'one-wasm',
    setup(b) {
      b.onResolve({ filter: /^\.\/huiqi\.js$/ }, () => ({ path: join(work, 'huiqi_screen.js') }));
      // That wasm has the English policy texts built in, so index.js never imports them.
      b.onResolve({ filter: /^\.\/huiqi-en\.js$/ }, () => ({ path: './huiqi-en.js', external: true }));
    },
  };
  const result = await build({
    entryPoints: [join(work, 'entry.js')],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    // (Chromium 86 as everywhere: the offline laptops of county offices run old kernels.)
    target: ['chrome86', 'firefox113', 'edge86'],
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [oneWasm],
  });
  const script = Buffer.from(result.outputFiles[0].contents);
  // The bootstrap runs before anything else, as a classic script, in the oldest browsers
  // the page supports (Chromium 86: 360, QQ and Sogou kernels).
  const boot = await build({
    entryPoints: [join(root, 'offline', 'setup.js')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    minify: true,
    write: false,
    target: ['chrome86', 'firefox113', 'edge86'],
    legalComments: 'none',
    logLevel: 'warning',
  });
  const bootstrap = inlineSafe(boot.outputFiles[0].text);
  const wasm = readFileSync(join(pkg, 'huiqi_screen_bg.wasm'));
  const scriptXz = xz(script);
  const wasmXz = xz(wasm);
  const policies = readdirSync(join(root, 'policies'), { recursive: true }).filter((f) => String(f).endsWith('.json') && !String(f).startsWith('reference') && !String(f).endsWith('common.json'));
  const version = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version;
  const html = readFileSync(join(root, 'offline', 'template.html'), 'utf8')
    .replace('/*PAGE_CSS*/', readFileSync(join(root, 'offline', 'page.css'), 'utf8'))
    .replace('/*VERSION*/', version)
    .replace('/*RULES*/', `${policies.length} 个规则集`)
    .replace('/*BUILT*/', new Date().toISOString().slice(0, 10))
    .replace('/*SCRIPT_BYTES*/', String(scriptXz.length))
    .replace('/*SCRIPT_XZ*/', () => encode7(scriptXz))
    .replace('/*WASM_BYTES*/', String(wasmXz.length))
    .replace('/*WASM_XZ*/', () => encode7(wasmXz))
    .replace('/*BOOTSTRAP*/', () => bootstrap);
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(join(root, 'dist', 'huiqi-offline.html'), html);
  const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
  console.log(
    `dist/huiqi-offline.html: ${kb(Buffer.byteLength(html))} (script ${kb(script.length)} → xz ${kb(scriptXz.length)}, ` +
      `wasm ${kb(wasm.length)} → xz ${kb(wasmXz.length)}, both as text ×8/7; bootstrap ${kb(Buffer.byteLength(bootstrap))})`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
