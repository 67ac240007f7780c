// 10. The widget for real people (issue 9): the 郑州 software firm and the 新乡 noodle shop,
//     typed the way people type (20万, 3.5%, 2年), at 360×740 and 1280×900, in Chinese and
//     English. The first screenful of each result states the verdict and what it means in
//     one sentence; where to apply and what to bring are shown; no citizen-visible text
//     (every <details> open except the technical one) holds a field path, 门户, a file name,
//     a URL or a rule-set id; the tech case needs at most 10 taps or fields after choosing
//     the programme. Screenshots in artifacts/ (case-*.png).
import assert from 'node:assert/strict';
import path from 'node:path';
import { CASES } from '../presets.mjs';
import { fillByKeyboard, gotoDemo, readCards, settle, submitByKeyboard, waitForEnglish } from '../helpers.mjs';

/** Every text a visitor can see in the widget, with every <details> open but the technical one. */
export async function visibleTexts(page) {
  await page.evaluate(() => {
    const root = document.querySelector('huiqi-widget').shadowRoot;
    for (const d of root.querySelectorAll('details')) d.open = !d.classList.contains('details-part');
  });
  await page.waitForFunction(() => [...document.querySelector('huiqi-widget').shadowRoot.querySelectorAll('details[part=schedule]')].every((d) => d.querySelector('table, .error')));
  return page.evaluate(() => {
    const root = document.querySelector('huiqi-widget').shadowRoot;
    const out = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!n.data.trim() || !el || !el.checkVisibility({ visibilityProperty: true })) continue;
      out.push(n.data.trim());
    }
    // What assistive technology reads too: labels and titles.
    for (const el of root.querySelectorAll('[aria-label], [placeholder], title')) out.push(el.getAttribute('aria-label') || el.getAttribute('placeholder') || el.textContent);
    return out;
  });
}

/** Texts that must never reach a citizen: field paths, portal notes, files, URLs, rule-set ids. */
export function developerTexts(texts, ruleSets) {
  const bad = [/\b(?:applicant|loan|premises)\.[a-z_]+/, /门户/, /\.txt\b/, /\.md\b/, /https?:/, /\bportal\b/i, /huiqi \d/];
  return texts.filter((s) => bad.some((re) => re.test(s)) || ruleSets.some((id) => s.includes(id)));
}

const run = (c, width, lang) => ({
  name: `citizen: ${c.id} at ${width} px, ${lang}`,
  async run(t) {
    const height = width === 360 ? 740 : 900;
    const page = await t.newPage({ viewport: { width, height } });
    await gotoDemo(page, t.urls.plain);
    if (lang === 'en') {
      await page.locator('#lang-switch').click();
      await waitForEnglish(page);
    }
    await settle(page);
    const [choose, ...rest] = c.steps;
    await fillByKeyboard(page, [choose]);
    assert.ok(rest.length <= 10, `${c.id}: ${rest.length} taps or fields after choosing the programme`);
    await fillByKeyboard(page, rest);
    const { request, response } = await submitByKeyboard(page);
    t.note(`${rest.length} taps/fields after choosing the programme`);
    const { as_of: _d, lang: _l, ...asked } = request;
    assert.deepEqual(asked, c.request, 'typed amounts, rates and terms reach the engine exactly');
    const result = response.results.find((r) => r.programme === c.programme);
    assert.equal(result.status, 'eligible', `${c.id} is eligible today`);

    // The first screenful: the verdict in one sentence, fully in view.
    const first = await page.evaluate(() => {
      const card = document.querySelector('huiqi-widget').shadowRoot.querySelector('article.card');
      const answer = card.querySelector(':scope > .answer');
      const r = answer.getBoundingClientRect();
      const fig = card.querySelector(':scope > .figures [data-figure] dd')?.getBoundingClientRect();
      return { text: answer.textContent, top: r.top, bottom: r.bottom, vh: innerHeight, figureTop: fig?.top };
    });
    assert.match(first.text, c.answer[lang], 'the sentence says the verdict and what it means');
    assert.ok(first.top >= 0 && first.bottom <= first.vh, `the sentence is in the first screenful (${Math.round(first.top)}–${Math.round(first.bottom)} of ${first.vh})`);
    assert.ok(first.figureTop === undefined || first.figureTop < first.vh, 'the key figures start in the first screenful');
    const file = path.join(t.artifacts, `case-${c.id}-${width}-${lang}.png`);
    await page.screenshot({ path: file });
    t.note(`screenshot ${path.relative(t.root, file)}`);

    const cards = await readCards(page);
    for (const [name, text] of Object.entries(c.figures[lang])) assert.equal(cards[0].figures[name], text, `${name}`);

    // Where to apply and what to bring, shown (not folded).
    const next = await page.evaluate(() => {
      const card = document.querySelector('huiqi-widget').shadowRoot.querySelector('article.card');
      const sec = card.querySelector('[part=next-steps]');
      return sec && sec.checkVisibility() ? { items: sec.querySelectorAll('li').length, text: sec.innerText } : null;
    });
    assert.ok(next && next.items >= 4, 'where to apply and what to bring are shown');
    assert.match(next.text, lang === 'en' ? /Where to apply[\s\S]*What to bring/ : /到哪里办[\s\S]*带上这些材料/);

    // Citizen language only.
    const ruleSets = await page.evaluate(async () => (await (await customElements.get('huiqi-widget').engine()).policies()).rule_sets.map((r) => r.id));
    const texts = await visibleTexts(page);
    assert.ok(texts.length > 50, 'the scan saw the page');
    assert.deepEqual(developerTexts(texts, ruleSets), [], 'no developer text is visible');
    const disclaimer = await page.evaluate(() => document.querySelector('huiqi-widget').shadowRoot.querySelector('[part=disclaimer]')?.checkVisibility());
    assert.equal(disclaimer, true, 'the disclaimer is on screen');
  },
});

const tests = [];
for (const c of CASES) for (const width of [360, 1280]) for (const lang of ['zh', 'en']) tests.push(run(c, width, lang));

// The demo's own examples, every <details> open: citizen text only there too.
tests.push({
  name: 'citizen: no developer text in any preset, every detail open',
  async run(t) {
    const { PRESETS } = await import('../presets.mjs');
    const { clickPreset } = await import('../helpers.mjs');
    const page = await t.newPage();
    await gotoDemo(page, t.urls.plain);
    const ruleSets = await page.evaluate(async () => (await (await customElements.get('huiqi-widget').engine()).policies()).rule_sets.map((r) => r.id));
    for (const p of PRESETS) {
      await clickPreset(page, p.id);
      assert.deepEqual(developerTexts(await visibleTexts(page), ruleSets), [], `${p.id}: no developer text is visible`);
      // The technical details hold the rule-set id, for staff.
      const tech = await page.evaluate(() => document.querySelector('huiqi-widget').shadowRoot.querySelector('article.card > .details-part')?.textContent || '');
      assert.ok(ruleSets.some((id) => tech.includes(id)), `${p.id}: the rule-set id is in the technical details`);
    }
  },
});

// What is missing, said with the form's own labels; the engine's field paths never shown.
tests.push({
  name: 'citizen: a result that needs more answers names them in plain words',
  async run(t) {
    const page = await t.newPage();
    await gotoDemo(page, t.urls.plain);
    const { response } = await page.evaluate(async () => {
      const w = document.querySelector('huiqi-widget');
      await w.applyPreset({ request: { as_of: '2026-06-30', region: '410100', applicant: { kind: 'enterprise' }, programmes: ['tech_loan', 'trade_loan', 'startup_guarantee_loan'] } });
      return window.__huiqi.results.at(-1);
    });
    assert.ok(response.results.every((r) => r.status === 'needs_info'), 'needs_info everywhere');
    const missing = await page.evaluate(() => [...document.querySelector('huiqi-widget').shadowRoot.querySelectorAll('article.card > .missing li')].map((li) => li.textContent));
    assert.ok(missing.length >= 3, `the missing answers are listed: ${missing.join(' | ')}`);
    assert.ok(missing.includes('科技资质（高新技术企业或科技型中小企业）'), 'with the form\'s words');
    const answers = await page.evaluate(() => [...document.querySelector('huiqi-widget').shadowRoot.querySelectorAll('article.card > .answer')].map((p) => p.textContent));
    for (const a of answers) assert.match(a, /^还差几项信息才能判断：/);
    const ruleSets = response.results.map((r) => r.rule_set);
    assert.deepEqual(developerTexts(await visibleTexts(page), ruleSets), [], 'no developer text is visible');
  },
});

// "不知道利率": a typical rate (the latest 1-year LPR), said so on the card.
tests.push({
  name: 'citizen: 不知道利率 uses a typical rate and says so',
  async run(t) {
    const page = await t.newPage();
    await gotoDemo(page, t.urls.plain);
    const c = CASES.find((x) => x.id === 'xinxiang-noodles');
    await fillByKeyboard(page, c.steps.filter(([, name]) => name !== 'rate'));
    await page.locator('huiqi-widget label.choice:has(#rate_unknown)').click();
    const { request } = await submitByKeyboard(page);
    const lpr = await page.evaluate(async () => (await (await customElements.get('huiqi-widget').engine()).policies()).reference.lpr.last_1y);
    assert.equal(request.loan.annual_rate, lpr, 'the latest 1-year LPR');
    const card = await page.evaluate(() => document.querySelector('huiqi-widget').shadowRoot.querySelector('article.card').innerText);
    assert.match(card, /按一般利率 [\d.]+% 估算/);
  },
});

// The portal's own offices: under 到哪里办 and on the printout.
tests.push({
  name: 'citizen: the portal\'s contacts are shown and printed',
  async run(t) {
    const page = await t.newPage();
    await gotoDemo(page, t.urls.plain);
    await page.evaluate(() => {
      document.querySelector('huiqi-widget').setAttribute('contacts', JSON.stringify({ startup_guarantee_loan: [{ name: '获嘉县人社局创业服务窗口', address: '获嘉县中山路1号', phone: '0373-4500000' }] }));
    });
    const { clickPreset } = await import('../helpers.mjs');
    await clickPreset(page, 'zhengzhou-restaurant');
    const sec = page.locator('huiqi-widget article.card[data-programme=startup_guarantee_loan] [part~=contacts]');
    assert.match(await sec.innerText(), /获嘉县人社局创业服务窗口.*0373-4500000/s);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await sec.isVisible(), true, 'printed');
    await page.emulateMedia({ media: 'screen' });
  },
});

// A past policy chosen today: folded under 往期政策 in the form, "not in force" with its
// dates on the card, and one tap shows how it applied on its last day.
tests.push({
  name: 'citizen: a past policy (2022 rent relief) today, then as it applied',
  async run(t) {
    const page = await t.newPage();
    await gotoDemo(page, t.urls.plain);
    const folded = await page.evaluate(() => {
      const root = document.querySelector('huiqi-widget').shadowRoot;
      const box = root.querySelector('input[name=programmes][value=rent_relief]');
      return { inPast: Boolean(box.closest('#past-programmes')), open: root.getElementById('past-programmes').open };
    });
    assert.deepEqual(folded, { inPast: true, open: false }, 'rent relief is folded under 往期政策 today');
    await fillByKeyboard(page, [['open', 'past-programmes'], ['check', 'programmes', 'rent_relief'], ['radio', 'kind', 'individual_business'], ['select', 'city', '410100'], ['select', 'owner', 'state'], ['text', 'rent', '6000元'], ['radio', 'tri-county_risk', 'false']]);
    const { response } = await submitByKeyboard(page);
    assert.equal(response.results[0].status, 'not_in_force');
    const answer = await page.locator('huiqi-widget article.card > .answer').innerText();
    assert.match(answer, /适用期是 2022-01-01 至 2022-12-31/);
    const before = await page.evaluate(() => window.__huiqi.results.length);
    await page.locator('huiqi-widget button.then').click();
    const { waitForResult } = await import('../helpers.mjs');
    const then = await waitForResult(page, before + 1);
    assert.equal(then.request.as_of, '2022-12-31');
    assert.equal(then.response.results[0].status, 'eligible');
    assert.match(await page.locator('huiqi-widget article.card > .answer').innerText(), /^可以享受。免收3个月房租/);
    assert.match(await page.locator('huiqi-widget [part=historical]').innerText(), /历史情景/);
  },
});

export default tests;
