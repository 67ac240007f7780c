// 14. One engine per element: each <huiqi-widget> makes its own `Engine`, and a portal's
//     override given to one element (element.configure) changes that element's answers only.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

export default [{
  name: 'engine: one Engine per element; an override reaches only its element',
  async run(t) {
    const page = await t.newPage();
    await page.goto(`${t.urls.pkg}/engine.html`);
    await page.waitForFunction(() => document.querySelectorAll('huiqi-widget').length === 2 && [...document.querySelectorAll('huiqi-widget')].every((w) => w.shadowRoot?.querySelector('form')));
    const override = JSON.parse(fs.readFileSync(path.join(t.root, 'samples/zhengzhou-trade-override.json'), 'utf8'));
    const request = JSON.parse(fs.readFileSync(path.join(t.root, 'samples/zhengzhou-exporter.json'), 'utf8'));
    const out = await page.evaluate(async ([o, req]) => {
      const [a, b] = document.querySelectorAll('huiqi-widget');
      await a.configure(o);
      const ra = await a.applyPreset({ request: req });
      const rb = await b.applyPreset({ request: req });
      const figures = (w) => [...w.shadowRoot.querySelectorAll('article.card [data-figure]')].map((f) => f.dataset.figure);
      return { a: ra.results[0].figures, b: rb.results[0].figures, shownA: figures(a), shownB: figures(b), own: (await a.engine()).own, distinct: (await a.engine()) !== (await b.engine()) };
    }, [override, request]);
    assert.equal(out.own, true, 'the element has its own Engine');
    assert.equal(out.distinct, true, 'one Engine per element');
    assert.equal(out.a.max_amount, '5000000', 'the override reaches element a');
    assert.equal(out.b.max_amount, undefined, 'and not element b');
    assert.ok(out.shownA.includes('max_amount') && !out.shownB.includes('max_amount'));
  },
}];
