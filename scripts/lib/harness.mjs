// What the browser tests, the Node tests, the offline tests and the budget script share:
// serving a folder with scripts/lib/serve.py on a free port, and launching the Debian
// Chromium through playwright-core. Servers started here are killed when the process exits.
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVE_PY = fileURLToPath(new URL('./serve.py', import.meta.url));

/** A port nothing listens on right now (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const servers = new Set();
process.on('exit', () => {
  for (const child of servers) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
});

/**
 * Serve `dir` with serve.py (optionally with the strict CSP header) on a free port.
 * Resolves once it answers, to `{ url, port, stop }`; `url` has no trailing slash and
 * `stop()` kills exactly the process started here. A port taken in the meantime is retried.
 */
export async function serve(dir, { csp = false } = {}) {
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const args = [SERVE_PY, '--dir', path.resolve(dir), '--port', String(port)];
    if (csp) args.push('--csp');
    const child = spawn('python3', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    servers.add(child);
    child.once('exit', () => servers.delete(child));
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const stop = () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    const ready = await new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), 10000);
      child.stdout.on('data', (d) => {
        if (String(d).includes('serving')) {
          clearTimeout(timer);
          resolve(true);
        }
      });
      child.once('exit', () => {
        clearTimeout(timer);
        resolve(false);
      });
    });
    if (ready) return { url: `http://127.0.0.1:${port}`, port, stop };
    await stop();
    if (attempt >= 3) throw new Error(`serve.py --dir ${dir} did not start on port ${port}: ${stderr}`);
  }
}

/** The flags every headless run uses (DEVELOPERS.md: what works on this machine). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Headless Chromium through playwright-core: the Debian chromium ($CHROMIUM to override), never a download. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}
