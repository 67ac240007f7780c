// The offline edition (dist/huiqi-offline.html) as outreach staff use it: opened by
// file:// with every network request blocked, each visitor story gives the right result
// with its verdict in view on a 1366×768 laptop, the printout is one A4 page with every
// figure, where to go and no internal ids, and "下一位" or three idle minutes (after a
// visible countdown that 继续 stops) leave no visitor data in the page or in storage.
//
//   node tests/offline/run.mjs
import { launchChromium } from '../../scripts/lib/harness.mjs';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readXlsx } from './xlsx-reader.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const file = `${root}dist/huiqi-offline.html`;
const url = `file://${file}`;
const artifacts = `${root}tests/offline/artifacts`;
mkdirSync(artifacts, { recursive: true });
if (!existsSync(file)) throw new Error('dist/huiqi-offline.html is missing: run ./scripts/build');

const STORIES = {
  'solid-state-battery': { programme: 'tech_loan', status: 'eligible', figures: { compensation_share: '60%', max_compensation: '480 万元' } },
  'trade-loan-one-day': { programme: 'trade_loan', status: 'eligible', figures: {}, hint: '22.05万元' },
  'subsidised-120': { programme: 'startup_guarantee_loan', status: 'eligible', figures: { borrower_rate: '1.85%', subsidy_rate: '1.25%', max_amount: '400 万元' } },
  'xinxiang-rent-2022': { programme: 'rent_relief', status: 'eligible', figures: { relief_amount: '5.4 万元', free_months: '3 个月', half_months: '12 个月' } },
};

// Every rule-set id: none may appear on a printout.
const RULE_SETS = readdirSync(`${root}policies`, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.json') && !f.startsWith('reference') && f !== 'common.json')
  .map((f) => JSON.parse(readFileSync(`${root}policies/${f}`, 'utf8')).id);

const browser = await launchChromium();
const results = [];
async function test(name, fn) {
  if (process.env.ONLY && !name.includes(process.env.ONLY)) return; // ONLY=名单筛查 runs just those
  const started = Date.now();
  try {
    await fn();
    results.push([true, name, Date.now() - started]);
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push([false, name, Date.now() - started]);
    console.log(`FAIL ${name}\n     ${e.stack || e}`);
  }
}
function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

/** A page with the network cut off: every request but the file itself is aborted and counted. */
async function offlinePage(opts = {}) {
  const context = await browser.newContext({ offline: true, viewport: { width: 1366, height: 768 }, ...opts });
  const attempted = [];
  await context.route('**/*', (route) => {
    if (route.request().url() === url) return route.continue();
    attempted.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return { context, page, attempted, errors };
}

const widget = (page) => page.locator('huiqi-widget');

async function runStory(page, id) {
  await widget(page).locator(`css=button[data-preset="${id}"]`).click();
  const want = STORIES[id];
  const card = widget(page).locator(`css=article.card[data-programme="${want.programme}"]`);
  await card.waitFor({ timeout: 15000 });
  assert((await card.getAttribute('data-status')) === want.status, `${id}: status ${await card.getAttribute('data-status')}`);
  for (const [name, text] of Object.entries(want.figures)) {
    const got = (await card.locator(`css=:scope > dl.figures [data-figure="${name}"] dd:not(.what)`).innerText()).replace(/\s+/g, ' ').trim();
    assert(got === text, `${id}: ${name} is "${got}", expected "${text}"`);
  }
  if (want.hint) assert((await card.innerText()).includes(want.hint), `${id}: no hint with ${want.hint}`);
  // The verdict and its one-sentence meaning are in view, not somewhere down the page.
  const box = await card.locator('css=:scope > .answer').boundingBox();
  const vp = page.viewportSize();
  assert(box && box.y >= 0 && box.y + box.height <= vp.height, `${id}: the verdict is outside the ${vp.width}×${vp.height} viewport (at y=${box && Math.round(box.y)}…${box && Math.round(box.y + box.height)})`);
  const figures = card.locator('css=:scope > dl.figures');
  if (await figures.count()) {
    const f = await figures.locator('css=dd:not(.what)').first().boundingBox();
    assert(f && f.y >= 0 && f.y + f.height <= vp.height, `${id}: the first figure is outside the viewport`);
  }
  return card;
}

for (const id of Object.keys(STORIES)) {
  await test(`file:// with the network blocked: ${id}`, async () => {
    const { context, page, attempted, errors } = await offlinePage();
    await page.goto(url);
    await runStory(page, id);
    // Opening a repayment schedule must not reach for the network either.
    const schedules = widget(page).locator('css=details.schedule');
    if (await schedules.count()) {
      await schedules.first().locator('css=summary').click();
      await schedules.first().locator('css=table').waitFor();
    }
    assert(attempted.length === 0, `requests were attempted: ${attempted.join(', ')}`);
    assert(errors.length === 0, `errors: ${errors.join(' | ')}`);
    await context.close();
  });
}

await test('the printout is one A4 page with every figure, the clauses and the date', async () => {
  for (const id of Object.keys(STORIES)) {
    const { context, page } = await offlinePage();
    await page.goto(url);
    await runStory(page, id);
    await page.emulateMedia({ media: 'print' });
    const pdf = `${artifacts}/print-${id}.pdf`;
    await page.pdf({ path: pdf, format: 'A4', printBackground: false });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
    assert(pages === 1, `${id}: the printout has ${pages} pages`);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const v of Object.values(STORIES[id].figures)) assert(text.includes(v.replace(/\s+/g, '')), `${id}: the printout lacks ${v}`);
    for (const must of ['惠企政策测算单', '依据', '到哪里办', '带上这些材料', '您填写的情况', '打印日期']) assert(text.includes(must), `${id}: the printout lacks ${must}`);
    for (const ruleSet of RULE_SETS) assert(!text.includes(ruleSet.replace(/\s+/g, '')), `${id}: the printout shows the rule-set id ${ruleSet}`);
    assert(!/huiqi\d|huiqi0\.|\.txt|\.md|http/.test(text), `${id}: the printout shows an engine version, file name or URL`);
    assert(!/\d+BP|口径/.test(text), `${id}: the printout keeps jargon (BP, 口径) instead of plain words`);
    await context.close();
  }
});

await test('推荐清单自查 at an event: questions, result, the 融资需求登记 on one A4 page, a QR code, no request', async () => {
  const { context, page, attempted, errors } = await offlinePage();
  await context.addInitScript(() => { window.print = () => {}; });
  await page.goto(url);
  const w = widget(page);
  await w.locator('css=input[name=programmes][value=financing_coordination]').check();
  await w.locator('css=input[name=kind][value=individual_business]').check();
  await w.locator('css=#fs-coord > legend').waitFor();
  for (const id of ['fin_compliant', 'fin_premises', 'fin_need', 'fin_credit', 'fin_use']) await w.locator(`css=input[name=tri-${id}][value=true]`).check();
  await w.locator('css=#fin_purpose').selectOption('equipment');
  await w.locator('css=#amount').fill('50');
  await w.locator('css=#term').fill('3年');
  await w.locator('css=button[type=submit]').click();
  const card = w.locator('css=article.card[data-programme="financing_coordination"]');
  await card.waitFor({ timeout: 15000 });
  assert((await card.getAttribute('data-status')) === 'eligible', `status ${await card.getAttribute('data-status')}`);
  assert((await card.locator('css=.answer').innerText()).includes('符合5项标准'), 'the answer comes first');
  await card.locator('css=[data-coord=qr]').click();
  const link = await card.locator('css=[data-link]').innerText();
  assert(link.includes('#huiqi='), `the QR link carries the answers: ${link}`);
  assert((await card.locator('css=#coord-qr svg path').count()) === 1, 'the QR code is drawn');
  assert((await card.innerText()).includes('本机上的文件'), 'the QR says a file:// link opens on this computer only');
  await page.screenshot({ path: `${artifacts}/1366-coord.png`, fullPage: false });
  await card.locator('css=[data-coord=print]').click();
  await page.emulateMedia({ media: 'print' });
  const pdf = `${artifacts}/coord-registration.pdf`;
  await page.pdf({ path: pdf, format: 'A4', printBackground: false });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
  assert(pages === 1, `the registration has ${pages} pages`);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  for (const must of ['融资需求登记', '50万元', '购置设备', '36个月', '合规持续经营', '登记日期']) assert(text.includes(must), `the registration lacks ${must}`);
  for (const ruleSet of RULE_SETS) assert(!text.includes(ruleSet), `the registration shows the rule-set id ${ruleSet}`);
  assert(attempted.length === 0, `requests were attempted: ${attempted.join(', ')}`);
  assert(errors.length === 0, `errors: ${errors.join(' | ')}`);
  await context.close();
});

/** Nothing of the visitor left: no result, empty answers, no fragment, empty storage. */
async function assertClean(page, leftovers) {
  const state = await page.evaluate(() => {
    const root = document.querySelector('huiqi-widget').shadowRoot;
    const values = [...root.querySelectorAll('input[type=text]')].map((i) => i.value).filter(Boolean);
    const checked = [...root.querySelectorAll('input[type=checkbox]:checked')].map((i) => i.value);
    return {
      cards: root.querySelectorAll('.card').length,
      results: root.getElementById('results')?.textContent || '',
      values,
      checked,
      hash: location.hash,
      local: localStorage.length,
      session: sessionStorage.length,
      text: root.querySelector('form')?.innerText || '',
    };
  });
  assert(state.cards === 0 && state.results === '', 'results remain');
  assert(state.values.length === 0, `answers remain: ${state.values.join(', ')}`);
  assert(state.checked.length === 0, `choices remain: ${state.checked.join(', ')}`);
  assert(state.hash === '', `the fragment remains: ${state.hash}`);
  assert(state.local === 0 && state.session === 0, 'something was written to storage');
  for (const v of leftovers) assert(!state.results.includes(v), `"${v}" remains`);
}

await test('下一位 clears every answer and result', async () => {
  const { context, page } = await offlinePage();
  await page.goto(url);
  await runStory(page, 'solid-state-battery');
  await widget(page).getByRole('button', { name: '下一位' }).first().click();
  await assertClean(page, ['480']);
  await context.close();
});

await test('three idle minutes clear the page, after a visible countdown', async () => {
  const { context, page } = await offlinePage();
  await page.clock.install();
  await page.goto(url);
  await runStory(page, 'xinxiang-rent-2022');
  const banner = widget(page).locator('css=#idle');
  await page.clock.fastForward('02:20');
  assert(!(await banner.isVisible()), 'no warning before the last 30 seconds');
  await page.clock.fastForward('00:15');
  assert(await banner.isVisible(), 'the countdown shows in the last 30 seconds');
  assert(/还剩 \d+ 秒/.test(await banner.innerText()), `the countdown counts: ${await banner.innerText()}`);
  assert((await widget(page).locator('css=.card').count()) > 0, 'cleared before three minutes');
  await page.clock.runFor(10000);
  assert(/还剩 ([1-9]|1\d|2\d) 秒/.test(await banner.innerText()), `the countdown goes down: ${await banner.innerText()}`);
  await page.clock.fastForward('00:30');
  await assertClean(page, ['5.4']);
  await context.close();
});

await test('继续 stops the countdown and keeps the result', async () => {
  const { context, page } = await offlinePage();
  await page.clock.install();
  await page.goto(url);
  await runStory(page, 'xinxiang-rent-2022');
  await page.clock.fastForward('02:40');
  const banner = widget(page).locator('css=#idle');
  assert(await banner.isVisible(), 'the countdown shows');
  await widget(page).getByRole('button', { name: '继续使用' }).click();
  assert(!(await banner.isVisible()), 'the countdown is gone after 继续');
  await page.clock.fastForward('01:00');
  assert((await widget(page).locator('css=.card').count()) > 0, 'the result is still there a minute later');
  await page.clock.runFor(130000); // every timer in order: the countdown, then the clearing
  await assertClean(page, ['5.4']);
  await context.close();
});

await test('after each story the page is at the verdict at 1366×768, with a screenshot', async () => {
  const { context, page } = await offlinePage();
  await page.goto(url);
  for (const id of Object.keys(STORIES)) {
    await runStory(page, id);
    await page.screenshot({ path: `${artifacts}/1366-${id}.png` });
  }
  await context.close();
});

// ---- 名单筛查: the list screening tab ----

/** The 50-row test list repeated to `n` data rows (CSV, UTF-8 with BOM). */
function repeatedList(n) {
  const lines = readFileSync(`${root}tests/screen/list-50.utf8.csv`, 'utf8').replace(/\r?\n$/, '').split(/\r?\n/);
  const body = lines.slice(2);
  const out = [lines[1]];
  for (let i = 0; i < n; i += 1) out.push(body[i % body.length]);
  return Buffer.from(`\ufeff${out.join('\n')}\n`);
}

/** Open the screening tab (screening at `asOf`) and screen `file` ({ name, buffer }). */
async function screenIn(page, file, asOf = '2022-09-15') {
  await page.evaluate((d) => document.querySelector('huiqi-widget').setAttribute('as-of', d), asOf);
  await widget(page).getByRole('tab', { name: /名单筛查/ }).click();
  await widget(page).locator('css=#screen-file').setInputFiles(file);
  await widget(page).locator('css=#screen-answer').waitFor({ timeout: 30000 });
}

async function downloadFrom(page, id) {
  const [download] = await Promise.all([page.waitForEvent('download'), widget(page).locator(`css=#${id}`).click()]);
  return readFileSync(await download.path());
}

await test('名单筛查: 1,000 rows screened offline, filtered to 科技贷 符合, one row opened, the XLSX downloaded and read back; no request', async () => {
  const { context, page, attempted, errors } = await offlinePage({ acceptDownloads: true });
  await page.goto(url);
  await screenIn(page, { name: 'list-1000.csv', mimeType: 'text/csv', buffer: repeatedList(1000) });
  const answer = await widget(page).locator('css=#screen-answer').innerText();
  assert(answer.includes('共 980 家企业'), `the answer counts the firms: ${answer}`);
  assert(answer.includes('100 行有错误'), `and the rows with errors: ${answer}`);
  await widget(page).locator('css=#screen-programme').selectOption('tech_loan');
  await widget(page).locator('css=#screen-status-filter').selectOption('eligible');
  const rows = widget(page).locator('css=#screen-table tbody tr');
  const n = await rows.count();
  assert(n > 0, 'some firms are 科技贷 eligible');
  for (let i = 0; i < n; i += 1) {
    assert((await rows.nth(i).locator('css=td').nth(3).innerText()).startsWith('符合'), `row ${i}: 科技贷 is 符合`);
  }
  await page.screenshot({ path: `${artifacts}/1366-screening.png` });
  await rows.first().getByRole('button', { name: '查看' }).click();
  const card = widget(page).locator('css=article.card[data-programme="tech_loan"]');
  await card.waitFor({ timeout: 15000 });
  assert((await card.getAttribute('data-status')) === 'eligible', 'the opened row is 科技贷 eligible in the full answer too');
  await widget(page).getByRole('tab', { name: /名单筛查/ }).click();
  const sheets = readXlsx(await downloadFrom(page, 'screen-xlsx'));
  assert(JSON.stringify(Object.keys(sheets)) === JSON.stringify(['筛查结果', '规则集']), `sheets: ${Object.keys(sheets)}`);
  const grid = sheets['筛查结果'];
  assert(grid.length === 1001, `header + 1,000 rows, got ${grid.length}`);
  const head = grid[0];
  const col = (name) => head.indexOf(name);
  assert(col('科技贷') > 0 && col('筛查结果') > 0, `result columns: ${head.join(',')}`);
  const eligible = grid.slice(1).filter((r) => r[col('科技贷')] === '符合').length;
  assert(eligible === n || n === 100, `the XLSX has the same 科技贷 符合 rows (${eligible} vs ${n})`);
  assert(grid.slice(1).filter((r) => r[col('筛查结果')] === '有错误').length === 100, 'the XLSX marks the 100 rows with errors');
  assert(attempted.length === 0, `no request attempted: ${attempted.join(', ')}`);
  assert(errors.length === 0, `no page errors: ${errors.join('; ')}`);
  await context.close();
});

await test('名单筛查: the browser gives the results of the CLI for the 50-row lists (CSV UTF-8, GB18030, XLSX)', async () => {
  const cli = `${root}target/release/huiqi`;
  assert(existsSync(cli), 'target/release/huiqi is built (cargo test --release builds it)');
  const { context, page, attempted } = await offlinePage({ acceptDownloads: true });
  await page.goto(url);
  for (const name of ['list-50.utf8.csv', 'list-50.gb18030.csv', 'list-50.xlsx']) {
    const out = `${artifacts}/cli-${name}.csv`;
    execFileSync(cli, ['screen', `${root}tests/screen/${name}`, '-o', out, '--as-of', '2022-09-15', '--quiet']);
    const buffer = readFileSync(`${root}tests/screen/${name}`);
    await screenIn(page, { name, mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/octet-stream', buffer });
    const browserCsv = await downloadFrom(page, 'screen-csv');
    assert(Buffer.compare(browserCsv, readFileSync(out)) === 0, `${name}: the browser's CSV differs from the CLI's`);
  }
  assert(attempted.length === 0, `no request attempted: ${attempted.join(', ')}`);
  await context.close();
});

await browser.close();
const failed = results.filter(([ok]) => !ok);
console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
