// Shared helpers for the Node tests in tests/js/ (not a test file itself: node --test only
// picks up *.test.mjs here).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const PKG = path.join(ROOT, 'pkg');
export const SAMPLES = path.join(ROOT, 'samples');

export const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

/** A fresh temporary directory, removed by the returned cleanup function. */
export function tempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `huiqi-${prefix}-`));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Run a command, throwing with its output when it fails. */
export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...opts });
  if (r.error) throw r.error;
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  }
  return r;
}

/**
 * Install pkg/ the way a user gets it: `npm pack` (so only the files the package ships),
 * then `npm install` of the tarball into a scratch project. Returns the scratch directory
 * and the module namespace of `import 'huiqi'` resolved from there (exports map and all).
 */
export async function installPackage() {
  for (const f of ['index.js', 'huiqi.js', 'huiqi_bg.wasm', 'package.json']) {
    if (!fs.existsSync(path.join(PKG, f))) throw new Error(`pkg/${f} is missing: build the package first (./scripts/build)`);
  }
  const { dir, cleanup } = tempDir('npm');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'huiqi-user', private: true, type: 'module' }));
  const packed = JSON.parse(run('npm', ['pack', PKG, '--pack-destination', dir, '--json', '--silent'], { cwd: dir }).stdout);
  const tarball = packed[0].filename;
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--silent', `./${tarball}`], { cwd: dir });
  // A user's module: imports the package by its name.
  fs.writeFileSync(
    path.join(dir, 'app.mjs'),
    "export * from 'huiqi';\nexport { default } from 'huiqi';\n" +
      "export const wasmUrl = import.meta.resolve('huiqi/huiqi_bg.wasm');\n" +
      "export const entryUrl = import.meta.resolve('huiqi');\n",
  );
  const mod = await import(pathToFileURL(path.join(dir, 'app.mjs')).href);
  return { dir, cleanup, mod, packed: packed[0] };
}

/** `await init(...)` as the package README tells Node users to. */
export async function initNode(mod) {
  await mod.default({ module_or_path: fs.readFileSync(new URL(mod.wasmUrl)) });
}

/** The golden case requests (scripts/golden-requests.py), one JSON text per entry. */
export function goldenRequests() {
  const out = run('python3', [path.join(ROOT, 'scripts', 'golden-requests.py')]).stdout;
  return out.split('\n').filter((l) => l.length > 0);
}

/** The sources the engine is built from that are newer than `file` (empty when it is fresh). */
export function newerSources(file) {
  if (!fs.existsSync(file)) return ['(missing)'];
  const t = fs.statSync(file).mtimeMs;
  const out = [];
  const walk = (p) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) fs.readdirSync(p).forEach((e) => walk(path.join(p, e)));
    else if (st.mtimeMs > t) out.push(path.relative(ROOT, p));
  };
  ['src', 'policies', 'build.rs', 'Cargo.toml', 'Cargo.lock'].forEach((p) => walk(path.join(ROOT, p)));
  return out;
}

/**
 * The native CLI (target/release/huiqi, or $HUIQI_BIN). Built with `cargo build --release`
 * when missing or older than the sources it is made from (a stale binary would make the
 * parity test compare two different engines).
 */
export function nativeCli() {
  if (process.env.HUIQI_BIN) return process.env.HUIQI_BIN;
  const bin = path.join(ROOT, 'target', 'release', 'huiqi');
  if (newerSources(bin).length > 0) run('cargo', ['build', '--release', '--quiet', '--bin', 'huiqi'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  return bin;
}

// Serving folders and launching Chromium are shared with the browser tests and the
// budget script.
export { launchChromium, serve } from '../../../scripts/lib/harness.mjs';

/** Copy a directory tree. */
export function copyDir(from, to) {
  fs.cpSync(from, to, { recursive: true });
}
