// End-to-end browser tests of the demo (www/) and the package (pkg/) in headless Chromium.
//
//   node tests/browser/run.mjs [substring …]     (only the tests whose name contains one)
//
// Needs a built www/ (./scripts/build) and Chromium at /usr/bin/chromium (or $CHROMIUM).
// Starts three scripts/lib/serve.py servers on free ports (the demo plain, the demo under the
// strict CSP, and a scratch root with tests/browser/pages/ and a copy of pkg/), plus a small
// TCP relay in front of the plain server that logs every request line as it goes over the
// wire. Launches Chromium once; every test gets fresh browser contexts. Prints pass/fail per
// test with timings and exits non-zero on any failure. Artifacts (screenshots, PDFs) go to
// tests/browser/artifacts/.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, serve } from '../../scripts/lib/harness.mjs';
import { nativeCli } from '../js/lib/helpers.mjs';
import { instrument } from './helpers.mjs';

import keyboardTests from './tests/keyboard.mjs';
import printTests from './tests/print.mjs';
import langTests from './tests/lang.mjs';
import a11yTests from './tests/a11y.mjs';
import cspTests from './tests/csp.mjs';
import networkTests from './tests/network.mjs';
import narrowTests from './tests/narrow.mjs';
import shareTests from './tests/share.mjs';
import goldenTests from './tests/golden.mjs';
import citizenTests from './tests/citizen.mjs';
import readableTests from './tests/readable.mjs';
import themingTests from './tests/theming.mjs';
import oldBrowserTests from './tests/old-browsers.mjs';
import engineTests from './tests/engine.mjs';
import coordTests from './tests/coord.mjs';
import tryChangeTests from './tests/try-change.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const ARTIFACTS = path.join(HERE, 'artifacts');
const TEST_TIMEOUT_MS = 90_000;

const ALL = [
  ...keyboardTests, ...printTests, ...langTests, ...a11yTests, ...cspTests,
  ...networkTests, ...narrowTests, ...shareTests, ...goldenTests, ...citizenTests, ...readableTests,
  ...themingTests, ...oldBrowserTests, ...engineTests, ...coordTests, ...tryChangeTests,
];

const color = process.stdout.isTTY ? (c, s) => `\x1b[${c}m${s}\x1b[0m` : (_c, s) => s;
const ms = (t) => (t >= 1000 ? `${(t / 1000).toFixed(2)} s` : `${Math.round(t)} ms`);

// ---- servers ----
/** A TCP relay that records each HTTP request line it forwards: what the server receives. */
async function wireLog(targetPort) {
  const lines = [];
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    let pending = '';
    client.on('data', (chunk) => {
      pending += chunk.toString('latin1');
      let i;
      while ((i = pending.indexOf('\r\n')) >= 0) {
        const line = pending.slice(0, i);
        pending = pending.slice(i + 2);
        const m = /^([A-Z]+) (\S+) HTTP\/\d(?:\.\d)?$/.exec(line);
        if (m) lines.push({ method: m[1], target: m[2] });
      }
      if (pending.length > 65536) pending = pending.slice(-8192);
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => client.write(chunk));
    const end = () => { client.destroy(); upstream.destroy(); };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, lines, close: () => server.close() };
}

// serve()'s servers die with the process; leave on Ctrl+C too.
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

// ---- main ----
async function main() {
  const filters = process.argv.slice(2);
  const selected = filters.length ? ALL.filter((t) => filters.some((f) => t.name.includes(f))) : ALL;
  if (!selected.length) throw new Error(`no test matches ${filters.join(', ')}`);
  for (const f of ['www/index.html', 'www/demo.js', 'www/huiqi/huiqi-widget.js', 'www/huiqi/huiqi_bg.wasm', 'pkg/index.js', 'pkg/huiqi_bg.wasm']) {
    if (!fs.existsSync(path.join(ROOT, f))) throw new Error(`${f} is missing: run ./scripts/build first`);
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });

  const started = performance.now();
  // A scratch root for the package page: tests/browser/pages/* and a copy of pkg/ as ./pkg.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'huiqi-browser-'));
  fs.cpSync(path.join(HERE, 'pages'), scratch, { recursive: true });
  fs.cpSync(path.join(ROOT, 'pkg'), path.join(scratch, 'pkg'), { recursive: true });

  const [plain, csp, pkgServer] = await Promise.all([
    serve(path.join(ROOT, 'www')),
    serve(path.join(ROOT, 'www'), { csp: true }),
    serve(scratch, { csp: true }),
  ]);
  const wire = await wireLog(plain.port);
  const browser = await launchChromium();
  console.log(`Chromium ${browser.version()} · demo ${plain.url} · demo+CSP ${csp.url} · pkg page ${pkgServer.url} · wire log ${wire.url}`);
  console.log(`setup ${ms(performance.now() - started)}\n`);

  const results = [];
  for (const test of selected) {
    const contexts = [];
    const pageErrors = [];
    const notes = [];
    const env = {
      browser,
      root: ROOT,
      artifacts: ARTIFACTS,
      urls: { plain: plain.url, csp: csp.url, pkg: pkgServer.url },
      wire,
      nativeCli,
      note: (s) => notes.push(s),
      /** A fresh, instrumented context (closed after the test). */
      async newContext(options = {}) {
        const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 }, ...options });
        contexts.push(context);
        await instrument(context);
        context.on('page', (p) => p.on('pageerror', (e) => pageErrors.push(`${p.url()}: ${e.message}`)));
        return context;
      },
      async newPage(options = {}) {
        const context = await env.newContext(options);
        return context.newPage();
      },
    };
    const t0 = performance.now();
    let error = null;
    let timer;
    try {
      await Promise.race([
        test.run(env),
        new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${TEST_TIMEOUT_MS / 1000} s`)), TEST_TIMEOUT_MS); }),
      ]);
      if (pageErrors.length) throw new Error(`uncaught errors in the page:\n  ${pageErrors.join('\n  ')}`);
    } catch (e) {
      error = e;
    } finally {
      clearTimeout(timer);
      await Promise.all(contexts.map((c) => c.close().catch(() => {})));
    }
    const took = performance.now() - t0;
    results.push({ name: test.name, took, error });
    const mark = error ? color('31', 'FAIL') : color('32', 'pass');
    console.log(`${mark}  ${test.name}  ${color('2', `(${ms(took)})`)}`);
    for (const n of notes) console.log(`        ${color('2', n)}`);
    if (error) console.log(String(error.stack || error).split('\n').map((l) => `        ${l}`).join('\n'));
  }

  await browser.close();
  wire.close();
  await Promise.all([plain, csp, pkgServer].map((s) => s.stop()));
  fs.rmSync(scratch, { recursive: true, force: true });

  const failed = results.filter((r) => r.error);
  const total = performance.now() - started;
  console.log(`\n${results.length - failed.length} passed, ${failed.length} failed, ${ms(total)} in all`);
  if (failed.length) {
    console.log(`failed:\n${failed.map((r) => `  - ${r.name}`).join('\n')}`);
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e);
  stopServers();
  process.exit(1);
});
