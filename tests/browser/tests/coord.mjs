// 15. The 推荐清单 self-check (financing_coordination): its part loads only when chosen;
//     the five questions with their plain explanations; an unanswered standard asks for
//     itself by name; all met → the answer first, then what to do next and the portal's
//     channel; the 融资需求登记 prints on one A4 page with the answers, the need, the other
//     programmes and the date; the QR code encodes the link (register-url) whose fragment
//     carries the answers, and opening that link pre-fills the form and gives the same
//     result; nothing typed is ever sent. Screenshots at 360 and 1280 px.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import qrcode from 'qrcode-generator';
import { AxeBuilder } from '@axe-core/playwright';
import { gotoDemo, settle, waitForResult, waitForWidget } from '../helpers.mjs';

const pdfPages = (buf) => (buf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;
const STANDARDS = ['fin_compliant', 'fin_premises', 'fin_need', 'fin_credit', 'fin_use'];

/** The path the widget draws for `text` (same library, same settings): the QR encodes exactly it. */
function qrPath(text) {
  const qr = qrcode(0, 'L');
  qr.addData(text);
  qr.make();
  const n = qr.getModuleCount();
  let d = '';
  for (let r = 0; r < n; r += 1) for (let c = 0; c < n; c += 1) if (qr.isDark(r, c)) d += `M${c + 4} ${r + 4}h1v1h-1z`;
  return d;
}

async function answer(w, skip = []) {
  await w.locator('css=input[name=programmes][value=financing_coordination]').check();
  await w.locator('css=input[name=kind][value=individual_business]').check();
  await w.locator('css=#fs-coord > legend').waitFor();
  for (const id of STANDARDS) if (!skip.includes(id)) await w.locator(`css=input[name=tri-${id}][value=true]`).check();
  await w.locator('css=#fin_purpose').selectOption('working_capital');
  await w.locator('css=#amount').fill('30');
  await w.locator('css=#term').fill('12');
  await w.locator('css=#city').selectOption('410100');
  await w.locator('css=#county').selectOption('410105');
}

export default [{
  name: 'self-check: questions, result, 融资需求登记 on one A4 page, QR link → prefill, nothing sent',
  async run(t) {
    const context = await t.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
      window.__prints = 0;
      window.print = () => { window.__prints += 1; };
    });
    const page = await context.newPage();
    const requests = [];
    page.on('request', (r) => requests.push({ url: r.url(), method: r.method() }));
    await gotoDemo(page, t.urls.plain);
    const w = page.locator('huiqi-widget');
    await page.waitForTimeout(300);
    assert.ok(!requests.some((r) => r.url.includes('huiqi-widget-coord')), 'the self-check part is not loaded before it is chosen');

    // One standard left open: needs_info, naming it in plain words.
    await answer(w, ['fin_credit']);
    assert.ok(requests.some((r) => r.url.includes('huiqi-widget-coord')), 'choosing the self-check loads its part');
    const helps = await w.locator('css=#fs-coord .tri .help').allInnerTexts();
    assert.equal(helps.length, 5, 'each of the five questions has its plain explanation');
    await w.locator('css=button[type=submit]').click();
    let res = await waitForResult(page, 1);
    let coord = res.response.results.find((r) => r.programme === 'financing_coordination');
    assert.equal(coord.status, 'needs_info');
    assert.deepEqual(coord.missing_fields, ['financing.good_credit']);
    const card = w.locator('css=article.card[data-programme=financing_coordination]');
    assert.match(await card.locator('css=.answer').innerText(), /信用状况是否良好/, 'the answer names the unanswered standard in plain words');

    // All five met; the portal's own URL and channel.
    await page.evaluate(() => {
      const el = document.querySelector('huiqi-widget');
      el.setAttribute('register-url', 'https://portal.example.gov.cn/rongzi/');
      el.setAttribute('register-channel', '县政务服务中心二楼融资服务窗口');
    });
    await w.locator('css=input[name=tri-fin_credit][value=true]').check();
    await w.locator('css=input[name=programmes][value=startup_guarantee_loan]').check();
    await w.locator('css=button[type=submit]').click();
    res = await waitForResult(page, 2);
    coord = res.response.results.find((r) => r.programme === 'financing_coordination');
    assert.equal(coord.status, 'eligible');
    assert.deepEqual(res.request.financing, { operates_compliantly: true, fixed_premises: true, real_need: true, good_credit: true, lawful_use: true, purpose: 'working_capital' });
    assert.deepEqual(res.request.loan, { amount: '300000', term_months: 12 });
    const text = await card.innerText();
    assert.match(text, /符合5项标准/, 'the answer first');
    const answerBox = await card.locator('css=.answer').boundingBox();
    const hintsBox = await card.locator('css=.hints').boundingBox();
    assert.ok(answerBox.y < hintsBox.y, 'the answer comes before what to do next');
    for (const must of ['工作专班', '千企万户大走访', '县政务服务中心二楼融资服务窗口']) assert.ok(text.includes(must), `the card says ${must}`);

    // Screenshots, as users see them.
    await settle(page);
    await w.locator('css=#fs-coord').screenshot({ path: path.join(t.artifacts, 'coord-questions-1280.png') });
    await card.screenshot({ path: path.join(t.artifacts, 'coord-result-1280.png') });

    // The QR code: the portal's page with the answers in the fragment.
    await card.locator('css=[data-coord=qr]').click();
    const link = await card.locator('css=[data-link]').innerText();
    assert.ok(link.startsWith('https://portal.example.gov.cn/rongzi/#huiqi='), `the link opens register-url: ${link}`);
    const d = await card.locator('css=#coord-qr svg path').getAttribute('d');
    assert.equal(d, qrPath(link), 'the QR code encodes exactly the link');
    // The questions, the result and the QR code: no WCAG 2.1 AA violation.
    await settle(page);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`), [], 'axe finds no violation');
    const payload = JSON.parse(Buffer.from(link.split('#huiqi=')[1], 'base64url').toString('utf8'));
    const { lang, ...asked } = res.request;
    assert.deepEqual(payload.request, asked, 'the fragment carries the answers (the request)');

    // The 融资需求登记: one A4 page, printed alone.
    await card.locator('css=[data-coord=print]').click();
    assert.equal(await page.evaluate(() => window.__prints), 1, 'the button prints');
    await page.emulateMedia({ media: 'print' });
    const file = path.join(t.artifacts, 'coord-registration.pdf');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    fs.writeFileSync(file, pdf);
    assert.equal(pdfPages(pdf), 1, 'the registration is one A4 page');
    const printed = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    const today = await page.evaluate(() => { const d = new Date(); const p = (n) => String(n).padStart(2, '0'); return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`; });
    for (const must of ['融资需求登记', '30万元', '流动资金', '12个月', '合规持续经营', '固定经营场所', '真实融资需求', '信用状况良好', '贷款用途依法合规', '创业担保贷款', `登记日期：${today}`, '县政务服务中心二楼融资服务窗口', '企业（店铺）名称']) {
      assert.ok(printed.includes(must), `the registration has ${must}`);
    }
    assert.ok(!printed.includes('要了解的政策') && !printed.includes('申请主体企业'), 'the form is not printed');
    assert.ok(!printed.includes('获嘉县人民政府'), 'the portal page around the widget is not printed');
    assert.doesNotMatch(printed, /national-|\.txt|huiqi\d/, 'no internal ids on the registration');
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await w.locator('css=.reg-sheet').count(), 0, 'the sheet is gone after printing');
    t.note(`registration: 1 A4 page → ${path.relative(t.root, file)}`);

    // A phone: the same part at 360 px.
    await page.setViewportSize({ width: 360, height: 800 });
    await settle(page);
    await w.locator('css=#fs-coord').screenshot({ path: path.join(t.artifacts, 'coord-questions-360.png') });
    await card.screenshot({ path: path.join(t.artifacts, 'coord-result-360.png') });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    assert.equal(overflow, false, 'nothing overflows a 360 px screen');

    // The link, opened on another device (here: this demo page, same fragment): pre-filled, same result.
    const local = `${t.urls.plain}/#huiqi=${link.split('#huiqi=')[1]}`;
    const other = await t.newContext();
    const page2 = await other.newPage();
    const requests2 = [];
    page2.on('request', (r) => requests2.push(r.url()));
    await page2.goto(local);
    await waitForWidget(page2);
    const restored = await waitForResult(page2, 1);
    assert.deepEqual(restored.request, res.request, 'the restored request equals the original');
    const w2 = page2.locator('huiqi-widget');
    await w2.locator('css=#fs-coord > legend').waitFor();
    for (const id of STANDARDS) assert.equal(await w2.locator(`css=input[name=tri-${id}][value=true]`).isChecked(), true, `${id} pre-filled`);
    assert.equal(await w2.locator('css=#fin_purpose').inputValue(), 'working_capital');
    assert.equal(restored.response.results.find((r) => r.programme === 'financing_coordination').status, 'eligible');

    // Nothing typed was sent: no request carries the answers, none goes elsewhere, all are GETs.
    for (const r of [...requests, ...requests2.map((url) => ({ url, method: 'GET' }))]) {
      assert.equal(r.method, 'GET', `${r.url}: only GETs`);
      assert.ok(r.url.startsWith(t.urls.plain), `${r.url}: nothing leaves the page's server`);
      assert.ok(!r.url.includes('huiqi=') && !r.url.includes('#'), `${r.url}: no request carries the fragment`);
    }
    await other.close();
    await context.close();
  },
}];
