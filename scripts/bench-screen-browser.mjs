// 名单筛查 in Chromium: a 10,000-row list screened in the offline edition over file://,
// timed from choosing the file to the table, with every long task (> 50 ms) recorded by a
// PerformanceObserver. A benchmark, not a test (BENCHMARKS.md records its numbers).
//
//   node scripts/bench-screen-browser.mjs [ROWS]     (after ./scripts/build)
import { launchChromium } from './lib/harness.mjs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const n = Number(process.argv[2] || 10000);
const lines = readFileSync(`${root}tests/screen/list-50.utf8.csv`, 'utf8').replace(/\r?\n$/, '').split(/\r?\n/);
const out = [lines[1]];
for (let i = 0; i < n; i += 1) out.push(lines[2 + (i % (lines.length - 2))]);
// A file on disk, not a buffer: Playwright hands a buffer over by decoding base64 in the
// page, which would itself be a long task and be counted against the page.
const listFile = join(mkdtempSync(join(tmpdir(), 'huiqi-bench-')), `list-${n}.csv`);
writeFileSync(listFile, `\ufeff${out.join('\n')}\n`);

const browser = await launchChromium();
for (let run = 1; run <= 3; run += 1) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`file://${root}dist/huiqi-offline.html`);
  await page.evaluate(() => {
    globalThis.longTasks = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) globalThis.longTasks.push(Math.round(e.duration)); }).observe({ type: 'longtask' });
    document.querySelector('huiqi-widget').setAttribute('as-of', '2022-09-15');
  });
  const w = page.locator('huiqi-widget');
  await w.getByRole('tab', { name: /名单筛查/ }).click();
  // The screening code loads on the first file; load it first so the run times screening alone.
  await w.locator('css=#screen-file').setInputFiles({ name: 'warm.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${out.slice(0, 11).join('\n')}\n`) });
  await w.locator('css=#screen-answer').waitFor();
  // (The first opening's long tasks — decoding and compiling the screening wasm — are
  // reported late: wait for them before counting.)
  await page.waitForTimeout(1000);
  const warmLong = await page.evaluate(() => globalThis.longTasks.splice(0));
  const t0 = Date.now();
  const done = page.evaluate(() => new Promise((resolve) => document.addEventListener('huiqi-screened', (e) => resolve(e.detail), { once: true })));
  await w.locator('css=#screen-file').setInputFiles(listFile);
  const detail = await done;
  await w.locator('css=#screen-table').waitFor();
  const wall = Date.now() - t0;
  const longTasks = await page.evaluate(() => globalThis.longTasks);
  const t1 = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download'), w.locator('css=#screen-xlsx').click()]);
  await download.path();
  const xlsxMs = Date.now() - t1;
  const xlsxLong = await page.evaluate(() => globalThis.longTasks);
  console.log(`run ${run}: opening the tab and its first file: long tasks ${warmLong.join(', ') || 'none'} ms`);
  console.log(`run ${run}: ${n} rows screened in ${Math.round(detail.ms)} ms (page: file chosen → table ${wall} ms); long tasks while screening: ${longTasks.length ? longTasks.join(', ') + ' ms' : 'none'}; XLSX download ${xlsxMs} ms (long tasks then: ${xlsxLong.slice(longTasks.length).join(', ') || 'none'})`);
  await page.close();
}
await browser.close();
