// The package in the two ways a portal ships it, checked in headless Chromium:
// (a) files copied next to a plain page under the strict CSP portals use, no bundler;
// (b) a Vite app that depends on the package by name and lets Vite emit the wasm.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { PKG, ROOT, copyDir, launchChromium, run, serve, tempDir } from './lib/helpers.mjs';

const PACKAGING = path.join(ROOT, 'tests', 'packaging');
const VITE_APP = path.join(PACKAGING, 'vite-app');
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

let browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

/**
 * Open url in a fresh context, wait for the page's #status to settle, and return what a
 * user would see plus everything the page logged and fetched.
 */
async function visit(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const consoleErrors = [];
  const pageErrors = [];
  const failed = [];
  const responses = [];
  // The browser's own favicon probe is no concern of the package.
  const favicon = (u) => new URL(u).pathname === '/favicon.ico';
  page.on('console', (m) => {
    if (m.type() !== 'error' && m.type() !== 'warning') return;
    if (m.location()?.url && favicon(m.location().url)) return;
    consoleErrors.push(`${m.type()}: ${m.text()} (${m.location()?.url ?? ''})`);
  });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (favicon(r.url())) return;
    responses.push({ url: r.url(), status: r.status(), type: r.headers()['content-type'] ?? '' });
    if (r.status() >= 400) failed.push(`${r.url()}: HTTP ${r.status()}`);
  });
  try {
    const main = await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => ['done', 'failed'].includes(document.getElementById('status')?.textContent), null, {
      timeout: 30000,
    });
    const status = await page.textContent('#status');
    const text = await page.textContent('#result');
    const logged = { consoleErrors: [...consoleErrors], pageErrors: [...pageErrors], failed: [...failed] };
    // The CSP is really in force: an inline script added now must not run.
    const inlineRan = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true;';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return window.__inlineRan === true;
    });
    const blocked = consoleErrors.slice(logged.consoleErrors.length).some((e) => /Content Security Policy/.test(e));
    return { status, text, ...logged, responses, csp: main.headers()['content-security-policy'], inlineRan, blocked };
  } finally {
    await context.close();
  }
}

/** What both pages show for their request. */
function assertResult(seen, expectTechLoan) {
  assert.deepEqual(seen.pageErrors, [], 'no uncaught errors');
  assert.deepEqual(seen.consoleErrors, [], 'no console errors or warnings');
  assert.deepEqual(seen.failed, [], 'no failed requests');
  assert.equal(seen.status, 'done', `the page finished: ${seen.text}`);
  const shown = JSON.parse(seen.text);
  assert.match(shown.version, /^huiqi \d+\.\d+\.\d+/);
  assert.deepEqual(shown.error, { code: 'invalid_date', field: 'as_of' }, 'a HuiqiError reached the page');
  expectTechLoan(shown);
  const wasm = seen.responses.filter((r) => /\.wasm(\?|$)/.test(r.url));
  assert.equal(wasm.length, 1, `one wasm fetched: ${JSON.stringify(seen.responses)}`);
  assert.equal(wasm[0].status, 200);
  assert.equal(wasm[0].type, 'application/wasm');
  return wasm[0];
}

test('a plain page under a strict CSP loads the package copied next to it', async () => {
  const site = tempDir('plain');
  let server;
  try {
    for (const f of fs.readdirSync(path.join(PACKAGING, 'plain'))) {
      fs.copyFileSync(path.join(PACKAGING, 'plain', f), path.join(site.dir, f));
    }
    copyDir(PKG, path.join(site.dir, 'pkg'));
    const html = fs.readFileSync(path.join(site.dir, 'index.html'), 'utf8');
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script in the page');
    assert.doesNotMatch(html, /\sstyle=/, 'no inline style in the page');

    server = await serve(site.dir, { csp: true });
    const seen = await visit(server.url);
    assert.equal(seen.csp, CSP, 'the page was served with the strict CSP');
    assert.equal(seen.inlineRan, false, 'the CSP blocks inline script');
    assert.equal(seen.blocked, true, 'and says so');
    const wasm = assertResult(seen, (shown) => {
      assert.equal(shown.rule_set, 'henan-tech-loan-2021');
      assert.equal(shown.status, 'eligible');
      assert.equal(shown.figures.compensation_share, '0.55');
      assert.equal(shown.figures.max_compensation, '2750000');
      assert.equal(shown.figures.rate_cap, '0.06175');
    });
    assert.equal(new URL(wasm.url).pathname, '/pkg/huiqi_bg.wasm');
  } finally {
    await server?.stop();
    site.cleanup();
  }
});

/** npm ci in the Vite app when node_modules is missing or older than its lock file. */
function ensureViteApp() {
  const lock = path.join(VITE_APP, 'package-lock.json');
  const installed = path.join(VITE_APP, 'node_modules', '.package-lock.json');
  const fresh =
    fs.existsSync(installed) &&
    fs.existsSync(path.join(VITE_APP, 'node_modules', 'vite', 'package.json')) &&
    fs.existsSync(path.join(VITE_APP, 'node_modules', 'huiqi', 'package.json')) &&
    fs.statSync(installed).mtimeMs >= fs.statSync(lock).mtimeMs;
  if (!fresh) run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: VITE_APP });
}

test('a Vite app imports the package by name; Vite emits the wasm and the page loads it', { timeout: 180000 }, async () => {
  ensureViteApp();
  const dist = path.join(VITE_APP, 'dist');
  run(process.execPath, [path.join(VITE_APP, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn', '--emptyOutDir'], {
    cwd: VITE_APP,
  });
  const assets = fs.readdirSync(path.join(dist, 'assets'));
  const emitted = assets.filter((f) => f.endsWith('.wasm'));
  assert.equal(emitted.length, 1, `Vite emitted the wasm: ${assets.join(', ')}`);
  assert.ok(
    fs.readFileSync(path.join(dist, 'assets', emitted[0])).equals(fs.readFileSync(path.join(PKG, 'huiqi_bg.wasm'))),
    'the emitted wasm is the package’s',
  );
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script in the built page');

  let server;
  try {
    server = await serve(dist, { csp: true });
    const seen = await visit(server.url);
    assert.equal(seen.csp, CSP, 'the app was served with the strict CSP');
    assert.equal(seen.inlineRan, false, 'the CSP blocks inline script');
    const wasm = assertResult(seen, (shown) => {
      assert.equal(shown.rule_set, 'xinxiang-startup-loan-2022');
      assert.equal(shown.status, 'eligible');
      assert.equal(shown.figures.borrower_rate, '0');
      assert.equal(typeof shown.figures.subsidy_amount, 'string');
    });
    assert.equal(new URL(wasm.url).pathname, `/assets/${emitted[0]}`, 'the page loaded the wasm Vite emitted');
  } finally {
    await server?.stop();
  }
});
