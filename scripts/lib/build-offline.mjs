// dist/huiqi-offline.html: one self-contained file (wasm, JS, CSS inlined) that opens
// by double-click (file://) with the network off. The wasm is gzipped and base64-encoded
// in the page and inflated with the browser's DecompressionStream.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync, copyFileSync, mkdtempSync, rmSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = join(root, 'pkg');
const work = mkdtempSync(join(tmpdir(), 'huiqi-offline-'));
try {
  // The package's modules and the offline sources, side by side, for the bundler.
  for (const f of readdirSync(pkg)) if (f.endsWith('.js')) copyFileSync(join(pkg, f), join(work, f));
  for (const f of ['entry.js', 'setup.js', 'presets.js']) copyFileSync(join(root, 'offline', f), join(work, f));

  const result = await build({
    entryPoints: [join(work, 'entry.js')],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    target: ['chrome100', 'firefox113', 'edge100'],
    legalComments: 'none',
    logLevel: 'warning',
  });
  const script = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const wasm = readFileSync(join(pkg, 'huiqi_bg.wasm'));
  const wasmB64 = gzipSync(wasm, { level: 9 }).toString('base64');
  // The list screening's wasm (名单筛查), decoded only when its tab opens.
  const screenWasm = readFileSync(join(pkg, 'huiqi_screen_bg.wasm'));
  const screenB64 = gzipSync(screenWasm, { level: 9 }).toString('base64');
  const policies = readdirSync(join(root, 'policies'), { recursive: true }).filter((f) => String(f).endsWith('.json') && !String(f).startsWith('reference') && !String(f).endsWith('common.json'));
  const version = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version;
  const html = readFileSync(join(root, 'offline', 'template.html'), 'utf8')
    .replace('/*PAGE_CSS*/', readFileSync(join(root, 'offline', 'page.css'), 'utf8'))
    .replace('/*VERSION*/', version)
    .replace('/*RULES*/', `${policies.length} 个规则集`)
    .replace('/*BUILT*/', new Date().toISOString().slice(0, 10))
    .replace('/*WASM_GZ_BASE64*/', wasmB64)
    .replace('/*SCREEN_WASM_GZ_BASE64*/', screenB64)
    .replace('/*SCRIPT*/', () => script);
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(join(root, 'dist', 'huiqi-offline.html'), html);
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`dist/huiqi-offline.html: ${kb(Buffer.byteLength(html))} (script ${kb(script.length)}, wasm ${kb(wasm.length)} → gzip+base64 ${kb(wasmB64.length)}, screening wasm ${kb(screenWasm.length)} → gzip+base64 ${kb(screenB64.length)})`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
