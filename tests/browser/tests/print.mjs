// 2. Print: the Print button calls window.print with the portal page around the widget
//    hidden for that printout (the demo portal has no print rules of its own); in print
//    media the form is hidden and the results (figures and the clauses they rest on) are
//    visible on one A4 page; afterprint puts the page back.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PRESETS } from '../presets.mjs';
import { plainWords } from '../../../js/widget/citizen.js';
import { clickPreset, gotoDemo, readCards, assertCards, visibleInWidget } from '../helpers.mjs';

const pdfPages = (buf) => (buf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;

export default [{
  name: 'print: A4 PDF, form hidden, figures and citations shown',
  async run(t) {
    const context = await t.newContext();
    await context.addInitScript(() => {
      window.__prints = 0;
      window.print = () => { window.__prints += 1; };
    });
    const page = await context.newPage();
    await gotoDemo(page, t.urls.plain);
    for (const preset of PRESETS) {
      const { response } = await clickPreset(page, preset.id);
      const before = await page.evaluate(() => window.__prints);
      await page.locator('huiqi-widget').getByRole('button', { name: '打印', exact: true }).click();
      assert.equal(await page.evaluate(() => window.__prints), before + 1, 'the Print button calls window.print()');

      await page.emulateMedia({ media: 'print' });
      assert.equal(await visibleInWidget(page, 'form'), false, `${preset.id}: the form is hidden in print`);
      assertCards(await readCards(page), preset.cards, { where: `${preset.id}, print` });
      const seen = await page.evaluate(() => {
        const root = document.querySelector('huiqi-widget').shadowRoot;
        const shown = (el) => el.checkVisibility() && el.getBoundingClientRect().height > 0;
        return [...root.querySelectorAll('article.card[data-programme]')].map((card) => ({
          programme: card.dataset.programme,
          visible: shown(card),
          figuresVisible: [...card.querySelectorAll('[data-figure] dd:not(.what)')].filter((dd) => dd.closest('[data-programme]') === card).every(shown),
          text: card.innerText, // innerText leaves out what CSS hides
        }));
      });
      for (const result of response.results) {
        const card = seen.find((c) => c.programme === result.programme);
        assert.ok(card?.visible, `${preset.id}: the ${result.programme} card is visible in print`);
        assert.ok(card.figuresVisible, `${preset.id}: the ${result.programme} figures are visible in print`);
        // Each clause as printed: its name in plain words (no BP, no 口径).
        const cites = new Set([...result.checks, ...result.explanations].map((x) => [x.citation.document, x.citation.clause && plainWords(x.citation.clause)].filter(Boolean).join(' ')));
        const missing = [...cites].filter((c) => !card.text.includes(c));
        assert.deepEqual(missing, [], `${preset.id}: every clause of the ${result.programme} result is printed (the printed card reads: ${JSON.stringify(card.text.slice(0, 400))}…)`);
      }
      const headerDisplay = () => page.evaluate(() => getComputedStyle(document.querySelector('.portal-header')).display);
      assert.equal(await headerDisplay(), 'none', 'the portal page around the widget is not printed');
      const file = path.join(t.artifacts, `print-${preset.id}.pdf`);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      fs.writeFileSync(file, pdf);
      const n = pdfPages(pdf);
      assert.equal(n, 1, `${preset.id}: the printout is one A4 page`);
      // What a visitor takes to the bank: answers, where to go, the date; no internal ids.
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      for (const must of ['您填写的情况', '打印日期', '到哪里办', '带上这些材料', '仅供参考']) assert.ok(text.includes(must), `${preset.id}: the printout has ${must}`);
      for (const r of response.results) {
        for (const id of [r.rule_set, ...r.other_rule_sets.map((o) => o.rule_set)]) assert.ok(!text.includes(id), `${preset.id}: no rule-set id (${id}) on the printout`);
      }
      assert.doesNotMatch(text, /huiqi\d|\.txt|https?:/, `${preset.id}: no engine version, file or URL on the printout`);
      t.note(`${preset.id}: ${n} A4 page → ${path.relative(t.root, file)}`);
      // Printing ends with afterprint (Chromium sends it for page.pdf too; the stubbed
      // window.print above does not), and the page is whole again.
      if (await page.evaluate(() => document.adoptedStyleSheets.length)) await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      assert.equal(await headerDisplay(), 'flex', 'after printing the portal page is whole again');
      assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length + document.querySelectorAll('[data-huiqi-printing]').length), 0, 'no print sheet or mark is left');
      await page.emulateMedia({ media: 'screen' });
    }
  },
}];
