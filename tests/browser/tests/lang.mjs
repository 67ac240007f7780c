// 3. The demo's #lang-switch puts the widget in English: labels, results and the engine's
//    messages become English; the figures keep their values (only the unit wording changes).
//    The widget asks the engine for one language (request.lang), so switching evaluates
//    again: a second huiqi-result with the same answers and English messages only.
import assert from 'node:assert/strict';
import { PRESETS } from '../presets.mjs';
import { citizenText } from '../../../js/widget/citizen.js';
import { assertCards, clickPreset, figureValue, gotoDemo, readCards, settle, waitForResult } from '../helpers.mjs';

/** Texts of the widget's labels, headings, buttons, options and badges that still contain
 *  Chinese once a parenthesised original such as "Tech loan (科技贷)" is set aside. */
function untranslated() {
  const root = document.querySelector('huiqi-widget').shadowRoot;
  const cjk = /[\u3400-\u9fff]/;
  const sel = 'legend, label, .label, h2, h3, h4, h5, h6, dt, button, option, .badge, .o, summary, .help, .intro, .unit, p.error';
  const out = [];
  for (const el of root.querySelectorAll(sel)) {
    if (el.closest('details[part=citation]')) continue; // citations quote Chinese documents by name
    const text = el.textContent.replace(/\s*[（(][^()（）]*[\u3400-\u9fff][^()（）]*[)）]/g, '').trim();
    if (cjk.test(text)) out.push(`${el.tagName.toLowerCase()}: ${el.textContent.trim().slice(0, 60)}`);
  }
  return [...new Set(out)];
}

export default [{
  name: 'language: #lang-switch to English and back',
  async run(t) {
    const page = await t.newPage();
    await gotoDemo(page, t.urls.plain);
    const widgetLang = () => page.evaluate(() => [document.querySelector('huiqi-widget').getAttribute('lang'), document.documentElement.lang, document.querySelector('huiqi-widget').shadowRoot.querySelector('.root')?.getAttribute('lang')]);

    for (const preset of PRESETS) {
      const zhResult = await clickPreset(page, preset.id);
      assert.equal(zhResult.request.lang, 'zh-CN', 'the widget asks for Chinese only');
      assert.ok(zhResult.response.results.every((r) => r.title_zh && r.title_en === undefined), 'a Chinese-only response');
      const zh = await readCards(page);
      assertCards(zh, preset.cards, { where: `${preset.id}, Chinese` });
      const notes = () => page.evaluate(() => [...document.querySelector('huiqi-widget').shadowRoot.querySelectorAll('details.notes-part li')].map((li) => li.textContent));
      const zhNotes = await notes();

      const seen = await page.evaluate(() => window.__huiqi.results.length);
      await page.locator('#lang-switch').click();
      const { request, response } = await waitForResult(page, seen + 1);
      assert.deepEqual({ ...request, lang: 'zh-CN' }, zhResult.request, 'the same answers, evaluated again');
      assert.equal(request.lang, 'en', 'now in English');
      await settle(page);
      assert.deepEqual(await widgetLang(), ['en', 'en', 'en'], 'widget lang, page lang and the inner root lang are English');
      assert.equal(await page.locator('#lang-switch').getAttribute('aria-pressed'), 'true');
      // The policies' notes too: the engine, made with its texts in Chinese only, is remade
      // with the English ones (huiqi-en.js) and its policies read again.
      const enNotes = await notes();
      assert.equal(enNotes.length, zhNotes.length, `${preset.id}: as many notes in English as in Chinese`);
      assert.ok(enNotes.every((n) => !/[\u3400-\u9fff]{4}/.test(n)), `${preset.id}: the notes are English: ${enNotes.join(' | ')}`);

      // The form is English.
      const form = await page.evaluate(() => {
        const root = document.querySelector('huiqi-widget').shadowRoot;
        return {
          legend: root.querySelector('#fs-programmes legend')?.textContent,
          amount: root.querySelector('label[for=amount]')?.textContent,
          submit: root.querySelector('button[type=submit]')?.textContent,
          results: root.querySelector('#results-title')?.textContent,
        };
      });
      assert.equal(form.legend, 'Policies to check');
      assert.match(form.amount, /^Amount\W*×10,000 yuan\W*$/);
      assert.equal(form.submit, 'Show results');
      assert.equal(form.results, 'Results');
      assert.deepEqual(await page.evaluate(untranslated), [], 'no Chinese left in labels, headings, buttons, options and badges');

      // The results are English, with the same figures.
      const en = await readCards(page);
      assertCards(en, preset.cards, { lang: 'en', where: `${preset.id}, English` });
      for (const card of en) {
        const before = zh.find((c) => c.programme === card.programme);
        assert.deepEqual(Object.keys(card.figures), Object.keys(before.figures), `${card.programme}: the same figures are shown`);
        for (const [name, text] of Object.entries(card.figures)) {
          assert.equal(figureValue(text), figureValue(before.figures[name]), `${card.programme} ${name}: ${text} is ${before.figures[name]}`);
        }
      }
      const texts = await page.evaluate(() => {
        const root = document.querySelector('huiqi-widget').shadowRoot;
        return [...root.querySelectorAll('article.card[data-programme]')].map((card) => ({
          programme: card.dataset.programme,
          status: card.querySelector('.badge')?.textContent,
          checks: [...card.querySelectorAll('li[data-check]')].filter((li) => li.closest('[data-programme]') === card).map((li) => li.querySelector('p')?.textContent),
        }));
      });
      for (const result of response.results) {
        const card = texts.find((c) => c.programme === result.programme);
        assert.equal(card.status, { eligible: 'Eligible', ineligible: 'Not eligible', needs_info: 'More information needed', not_in_force: 'Not in force' }[result.status]);
        assert.deepEqual(card.checks, result.checks.map((c) => citizenText(c.message_en, 'en')), `${result.programme}: the checks read the engine's English messages (in citizen words)`);
      }

      // And back to Chinese.
      await page.locator('#lang-switch').click();
      await settle(page);
      assert.deepEqual(await widgetLang(), ['zh-CN', 'zh-CN', 'zh-CN']);
      assertCards(await readCards(page), preset.cards, { where: `${preset.id}, back in Chinese` });
    }
  },
}];
