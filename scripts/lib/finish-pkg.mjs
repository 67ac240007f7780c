// Finish the wasm-pack output in pkg/ so the package is what users load:
// - js/index.js (the object API, HuiqiError) and js/index.d.ts (its types) become the entry;
// - huiqi-widget.js: the <huiqi-widget> element with its texts, styles and region and
//   industry data in one minified module (one request before the form shows; the engine
//   it imports, index.js, stays a module of its own so a page that also uses the JS API
//   loads the engine once);
// - huiqi-widget-en.js: the English view (texts, English names and next steps), a module
//   the element imports only for lang="en";
// - huiqi-widget-coord.js: the 推荐清单 self-check's questions, printout and QR code (with
//   qrcode-generator), a module the element imports only when the self-check is chosen;
// - huiqi-en.js: the policy texts in English, which the element's wasm is built without
//   (src/english.rs); js/index.js loads them for English (init() does unless told not to);
// - an "exports" map, and the package README.
import { readFileSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import { ruleSummaries } from '../../js/widget/form-model.js';

const dir = new URL('../../pkg/', import.meta.url);
const js = new URL('../../js/', import.meta.url);

// The API and the wasm-bindgen glue are minified as the element's modules are: the
// element loads both (2.9 KB less gzipped on 2026-11-30); js/index.js is the source.
const MODULE_TARGET = ['chrome64', 'firefox78', 'safari13', 'edge79'];
for (const [from, name] of [[new URL('index.js', js), 'index.js'], [new URL('huiqi.js', dir), 'huiqi.js'], [new URL('huiqi_screen.js', dir), 'huiqi_screen.js']]) {
  let code;
  try {
    code = readFileSync(from, 'utf8');
  } catch {
    continue; // (the screening glue is absent until its wasm is built)
  }
  const banner = `// ${name === 'index.js' ? 'huiqi JS API, minified from js/index.js' : `${name}: wasm-bindgen glue, minified`} by scripts/lib/finish-pkg.mjs.\n`;
  // The glue is minified where wasm-pack wrote it: once (finish-pkg may run again on pkg/).
  if (code.startsWith(banner)) continue;
  // (keepNames: classes and functions keep their names in stack traces and the console.)
  const out = await transform(code, { minify: true, keepNames: true, format: 'esm', target: MODULE_TARGET, charset: 'utf8', legalComments: 'none' });
  writeFileSync(new URL(name, dir), banner + out.code);
}
// The English policy texts, as build.rs split them off for the element's wasm: cargo names
// that build's output directory (a no-op build with wasm-pack's flags, just after it).
{
  const messages = execFileSync(
    'cargo',
    ['build', '--lib', '--release', '--target', 'wasm32-unknown-unknown', '--no-default-features', '--message-format=json', '--quiet'],
    { cwd: fileURLToPath(new URL('..', dir)), env: { ...process.env, CARGO_PROFILE_RELEASE_OPT_LEVEL: 'z' }, maxBuffer: 1 << 26, encoding: 'utf8' },
  );
  const outDir = messages
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line))
    .find((m) => m.reason === 'build-script-executed' && /(^huiqi |[#/]huiqi[@#])/.test(m.package_id))?.out_dir;
  if (!outDir) throw new Error('cargo did not name the output directory of huiqi\'s build script');
  const english = readFileSync(`${outDir}/policies-en.json`, 'utf8');
  JSON.parse(english); // (it is JSON, or the build stops here)
  writeFileSync(
    new URL('huiqi-en.js', dir),
    `// huiqi: the policy texts in English (src/english.rs), loaded by index.js for English.\nexport default ${JSON.stringify(english)};\n`,
  );
}
copyFileSync(new URL('index.d.ts', js), new URL('index.d.ts', dir));
copyFileSync(new URL('PACKAGE.md', js), new URL('README.md', dir));

// The widget's data: regions and industries, generated from the same reference files
// the engine compiles in.
const ref = new URL('../../policies/reference/', import.meta.url);
const regions = JSON.parse(readFileSync(new URL('regions.json', ref), 'utf8'));
const size = JSON.parse(readFileSync(new URL('enterprise-size-2011.json', ref), 'utf8'));
const industries = size.industries.map((i) => ({
  key: i.key,
  zh: i.name_zh,
  service: i.service_sector,
  // which figures the size standard reads for this industry
  uses: [...new Set([...Object.keys(i.large_at), ...Object.keys(i.medium_from), ...Object.keys(i.small_from)])],
}));
const compact = {
  provinces: regions.provinces.map((p) => [p.code, p.name_zh]),
  henan: regions.henan.map((c) => [c.code, c.name_zh, c.counties.map((k) => [k.code, k.name_zh])]),
};
// English names and texts go to their own module (huiqi-widget-en.js, below).
const regionNamesEn = Object.fromEntries([
  ...regions.provinces.map((p) => [p.code, p.name_en]),
  ...regions.henan.flatMap((c) => [[c.code, c.name_en], ...c.counties.map((k) => [k.code, k.name_en])]),
]);
const industryNamesEn = Object.fromEntries(size.industries.map((i) => [i.key, i.name_en]));
// The rule sets' periods and the parameters that decide which questions matter (the same
// summary the element makes from policies() once the engine is up), and what to do next.
const policyDir = new URL('../../policies/', import.meta.url);
const ruleFiles = readdirSync(policyDir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.json') && !f.startsWith('reference') && f !== 'common.json');
const ruleSets = Object.fromEntries(ruleFiles.map((f) => JSON.parse(readFileSync(new URL(f, policyDir), 'utf8'))).map((r) => [r.id, r]));
// (`extends` inherits parameters; the period and scope are each rule set's own.)
const resolved = (r) => (r.extends && ruleSets[r.extends] ? { ...r, parameters: { ...resolved(ruleSets[r.extends]).parameters, ...r.parameters } } : r);
const rules = ruleSummaries({ rule_sets: Object.values(ruleSets).map(resolved) });
// (The seed lines stay in the data file for review; the page needs only the texts.)
const nextStepsAll = JSON.parse(readFileSync(new URL('reference/next-steps.json', policyDir), 'utf8'), (k, v) => (k === 'source' || k === 'comment' ? undefined : v));
// The Chinese tree in the element; only its `en` leaves (same shape, arrays by index) in
// the English module, which fills them in when loaded.
const nextSteps = JSON.parse(JSON.stringify(nextStepsAll), (k, v) => (k === 'en' ? undefined : v));
const onlyEnglish = (v) => {
  if (Array.isArray(v)) return v.map((x) => onlyEnglish(x) ?? null);
  if (!v || typeof v !== 'object') return undefined;
  const o = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === 'en') o[k] = x;
    else if (x && typeof x === 'object') o[k] = onlyEnglish(x);
  }
  return o;
};
const nextStepsEn = onlyEnglish(nextStepsAll);
const widgetData =
  `// Generated by scripts/lib/finish-pkg.mjs from policies/ (GB/T 2260 ${regions.vintage}; 工信部联企业〔2011〕300号; next-steps.json v${nextSteps.version}).\n` +
  `export const REGIONS = ${JSON.stringify(compact)};\n` +
  `export const INDUSTRIES = ${JSON.stringify(industries)};\n` +
  `export const RULES = ${JSON.stringify(rules)};\n` +
  `export const NEXT_STEPS = ${JSON.stringify(nextSteps)};\n`;
const widgetDataEn =
  `// Generated by scripts/lib/finish-pkg.mjs: the English names and next steps, for huiqi-widget-en.js.\n` +
  `export const REGION_NAMES_EN = ${JSON.stringify(regionNamesEn)};\n` +
  `export const INDUSTRY_NAMES_EN = ${JSON.stringify(industryNamesEn)};\n` +
  `export const NEXT_STEPS_EN = ${JSON.stringify(nextStepsEn)};\n`;
// Both generated modules, for the bundler.
const generated = {
  name: 'huiqi-widget-data',
  setup(b) {
    b.onResolve({ filter: /huiqi-widget-data(-en)?\.js$/ }, (a) => ({ path: a.path.replace(/^.*\//, ''), namespace: 'generated' }));
    b.onLoad({ filter: /.*/, namespace: 'generated' }, (a) => ({ contents: a.path.endsWith('-en.js') ? widgetDataEn : widgetData, loader: 'js' }));
  },
};
// Every module of the package is bundled the same way: one minified ES module, old enough
// syntax that Chromium 64+ parses it (import.meta), so an old browser gets the element's
// plain message rather than a blank (the element itself checks the APIs it needs).
const bundle = (entry, out, options) =>
  build({
    entryPoints: [fileURLToPath(new URL(entry, js))],
    outfile: fileURLToPath(new URL(out, dir)),
    bundle: true,
    format: 'esm',
    minify: true,
    charset: 'utf8',
    target: MODULE_TARGET,
    legalComments: 'none',
    logLevel: 'warning',
    ...options,
  });

await bundle('huiqi-widget.js', 'huiqi-widget.js', {
  // The engine stays a separate module, loaded once the form is up.
  external: ['./index.js', './huiqi.js', './huiqi-screen.js'],
  sourcemap: true,
  sourcesContent: true,
  banner: { js: '// <huiqi-widget> (惠企), bundled from js/huiqi-widget*.js by scripts/lib/finish-pkg.mjs; sources in huiqi-widget.js.map.' },
  plugins: [
    {
      name: 'huiqi-widget-parts',
      setup(b) {
        // The self-check's part is a module of its own, loaded when it is chosen.
        b.onResolve({ filter: /widget\/coord\.js$/ }, () => ({ path: './huiqi-widget-coord.js', external: true }));
        // English too, loaded when an element asks for lang="en".
        b.onResolve({ filter: /widget\/en\.js$/ }, () => ({ path: './huiqi-widget-en.js', external: true }));
      },
    },
    generated,
    {
      // The styles are a template string in js/huiqi-widget-assets.js: written for people
      // there, minified here (esbuild's CSS minifier, whitespace only: what the browser
      // reads stays the same).
      name: 'huiqi-widget-css',
      setup(b) {
        b.onLoad({ filter: /huiqi-widget-assets\.js$/ }, async (a) => {
          const source = readFileSync(a.path, 'utf8');
          const css = /export const CSS = `([^`$\\]*)`;/.exec(source);
          if (!css) throw new Error('huiqi-widget-assets.js: export const CSS = `…`; not found (or it uses ` $ or \\)');
          const min = await transform(css[1], { loader: 'css', minifyWhitespace: true, charset: 'utf8' });
          return { contents: source.replace(css[0], () => `export const CSS = ${JSON.stringify(min.code.trim())};`), loader: 'js' };
        });
      },
    },
  ],
});
await bundle('widget/en.js', 'huiqi-widget-en.js', {
  banner: { js: '// <huiqi-widget>: the English view (js/widget/en.js), loaded when an element asks for lang="en".' },
  plugins: [generated],
});
await bundle('widget/coord.js', 'huiqi-widget-coord.js', {
  banner: { js: '// <huiqi-widget>: the 推荐清单 self-check (js/widget/coord.js, with qrcode-generator, MIT, Kazuhiko Arase), loaded when chosen.' },
});
// 名单筛查: its own module and wasm, loaded only when the element's screening tab opens.
await bundle('huiqi-screen.js', 'huiqi-screen.js', { external: ['./huiqi_screen.js'] });

const meta = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8'));
meta.main = 'index.js';
meta.types = 'index.d.ts';
meta.files = ['index.js', 'index.d.ts', 'huiqi.js', 'huiqi-en.js', 'huiqi.d.ts', 'huiqi_bg.wasm', 'README.md', 'huiqi-widget.js', 'huiqi-widget.js.map', 'huiqi-widget-coord.js', 'huiqi-widget-en.js', 'huiqi-screen.js', 'huiqi_screen.js', 'huiqi_screen_bg.wasm'];
meta.exports = {
  '.': { types: './index.d.ts', default: './index.js' },
  './huiqi_bg.wasm': './huiqi_bg.wasm',
  './huiqi-en.js': './huiqi-en.js',
  './huiqi-widget.js': './huiqi-widget.js',
  './huiqi-widget-coord.js': './huiqi-widget-coord.js',
  './huiqi-widget-en.js': './huiqi-widget-en.js',
  './huiqi-screen.js': './huiqi-screen.js',
  './huiqi_screen_bg.wasm': './huiqi_screen_bg.wasm',
  './package.json': './package.json',
};
meta.keywords = ['henan', 'sme', 'policy', 'eligibility', 'wasm', '惠企'];
writeFileSync(new URL('package.json', dir), JSON.stringify(meta, null, 2) + '\n');
console.log('pkg/ finished: index.js entry, huiqi-widget.js bundled, exports map written');
