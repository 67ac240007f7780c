// 11. 适老化 and readable figures (issue 9): the widget follows the browser's default font size
//     (24 px) and the portal's root size (20 px); headings are never smaller than body text;
//     touch targets are at least 44 px; 长辈模式 enlarges the type; no number breaks inside at
//     360 px, 1280 px and 200% zoom; on a phone the schedule starts with 期数/还款额/其中贴息/
//     您自付 and shows a scroll cue; the chart has axes, labels and values; a loan without
//     贴息 has no 贴息 column.
import assert from 'node:assert/strict';
import { clickPreset, gotoDemo, settle } from '../helpers.mjs';

const px = (s) => Number.parseFloat(s);

/** Computed sizes of the widget's body text and headings. */
function sizes() {
  const root = document.querySelector('huiqi-widget').shadowRoot;
  const size = (el) => (el ? Number.parseFloat(getComputedStyle(el).fontSize) : null);
  return {
    root: size(root.querySelector('.root')),
    intro: size(root.querySelector('.intro')),
    label: size(root.querySelector('label')),
    headings: [...root.querySelectorAll('h2, h3, h4, h5, h6')].filter((h) => h.checkVisibility()).map((h) => ({ tag: h.tagName, size: size(h), text: h.textContent.slice(0, 20) })),
  };
}

/** Numbers that break across lines: each .num (the widget wraps every date, number and
 *  amount it shows in one), figure value and table cell must be one line. And no date or
 *  number outside a .num in the results' head, the historical note and the answers. */
function brokenNumbers() {
  const root = document.querySelector('huiqi-widget').shadowRoot;
  const out = [];
  const range = document.createRange();
  for (const el of root.querySelectorAll('.num, .figure dd:not(.what), td')) {
    if (!el.checkVisibility()) continue;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      // Every date and run of digits (with separators) inside this text: on one line?
      for (const m of n.data.matchAll(/\d{4}-\d{2}-\d{2}|\d[\d,.]*\d|\d/g)) {
        range.setStart(n, m.index);
        range.setEnd(n, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) out.push(`${el.tagName.toLowerCase()}.${el.className}: "${m[0]}" on ${tops.size} lines`);
      }
    }
  }
  for (const el of root.querySelectorAll('.results-head p, [part=historical], .answer')) {
    for (const n of el.childNodes) if (n.nodeType === Node.TEXT_NODE && /\d/.test(n.data)) out.push(`${el.className}: "${n.data.trim().slice(0, 30)}" has digits outside a .num`);
  }
  return out;
}

async function openAll(page) {
  await page.evaluate(() => {
    for (const d of document.querySelector('huiqi-widget').shadowRoot.querySelectorAll('details')) d.open = !d.classList.contains('details-part');
  });
  await page.waitForFunction(() => [...document.querySelector('huiqi-widget').shadowRoot.querySelectorAll('details[part=schedule]')].every((d) => d.querySelector('table, .error')));
}

export default [
  {
    name: 'readable: the browser default font size (24 px) and the portal root size (20 px) scale the widget',
    async run(t) {
      const page = await t.newPage();
      await gotoDemo(page, t.urls.plain);
      const base = await page.evaluate(sizes);
      assert.equal(base.root, 16, 'at the default 16 px');

      const big = await t.newPage();
      const cdp = await big.context().newCDPSession(big);
      await cdp.send('Page.enable');
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24, fixed: 20 } });
      // A page that leaves sizes to the browser (the demo portal pins every element at 14 px).
      await big.goto(`${t.urls.pkg}/plain.html`);
      await big.waitForFunction(() => document.querySelector('huiqi-widget')?.shadowRoot?.querySelector('form'));
      const s24 = await big.evaluate(sizes);
      assert.equal(s24.root, 24, 'the body text follows a 24 px browser default');
      assert.equal(s24.intro / base.intro, 1.5, 'and everything in proportion');

      await page.evaluate(() => { document.documentElement.style.fontSize = '20px'; });
      const s20 = await page.evaluate(sizes);
      assert.equal(s20.root, 20, 'the body text follows the portal\'s root of 20 px (its "A+")');
      t.note(`body text: ${base.root} px default, ${s24.root} px at a 24 px default, ${s20.root} px at a 20 px root`);
    },
  },
  {
    name: 'readable: headings never smaller than body text; touch targets ≥ 44 px; 长辈模式',
    async run(t) {
      const page = await t.newPage();
      await gotoDemo(page, t.urls.plain);
      await clickPreset(page, 'xinxiang-factory');
      await openAll(page);
      const s = await page.evaluate(sizes);
      const small = s.headings.filter((h) => h.size < s.root);
      assert.deepEqual(small, [], `headings smaller than the ${s.root} px body text`);
      const targets = await page.evaluate(() => {
        const root = document.querySelector('huiqi-widget').shadowRoot;
        return [...root.querySelectorAll('button, summary, label.choice, input[type=text], input[type=date], select')]
          .filter((el) => el.checkVisibility())
          .map((el) => ({ el: `${el.tagName.toLowerCase()} ${el.textContent.trim().slice(0, 16) || el.id}`, h: el.getBoundingClientRect().height, w: el.getBoundingClientRect().width }))
          .filter((x) => x.h < 44 - 0.5 || x.w < 44 - 0.5);
      });
      assert.deepEqual(targets, [], 'touch targets under 44 px');
      await page.locator('huiqi-widget #elder').click();
      const elder = await page.evaluate(sizes);
      assert.equal(elder.root, s.root * 1.25, '长辈模式 enlarges the type');
      assert.equal(await page.locator('huiqi-widget #elder').getAttribute('aria-pressed'), 'true');
    },
  },
  ...[[360, 740, 1], [1280, 900, 1], [640, 450, 2]].map(([width, height, scale]) => ({
    name: `readable: no number breaks inside at ${width * scale === width ? `${width} px` : `200% zoom (1280 px window)`}`,
    async run(t) {
      const page = await t.newPage({ viewport: { width, height }, deviceScaleFactor: scale });
      await gotoDemo(page, t.urls.plain);
      const problems = [];
      for (const id of ['huojia-tech', 'zhengzhou-restaurant', 'xinxiang-factory']) {
        await clickPreset(page, id);
        await openAll(page);
        for (const elder of [false, true]) {
          if (elder) await page.locator('huiqi-widget #elder').click();
          for (const p of await page.evaluate(brokenNumbers)) problems.push(`${id}${elder ? ' (长辈模式)' : ''}: ${p}`);
          if (elder) await page.locator('huiqi-widget #elder').click();
        }
      }
      assert.deepEqual(problems, [], 'numbers broken across lines');
    },
  })),
  {
    name: 'readable: the schedule on a phone (key columns first, scroll cue) and the chart (axes, values)',
    async run(t) {
      const page = await t.newPage({ viewport: { width: 360, height: 740 } });
      await gotoDemo(page, t.urls.plain);
      await clickPreset(page, 'xinxiang-factory');
      await openAll(page);
      await settle(page);
      const s = await page.evaluate(() => {
        const root = document.querySelector('huiqi-widget').shadowRoot;
        const box = root.querySelector('details[part=schedule]');
        const wrap = box.querySelector('.table-wrap');
        const ths = [...box.querySelectorAll('thead th')];
        const w = wrap.getBoundingClientRect();
        return {
          heads: ths.map((th) => th.textContent),
          fourthInView: ths[3].getBoundingClientRect().right <= w.right + 0.5,
          scrolls: wrap.scrollWidth > wrap.clientWidth,
          cue: box.querySelector('.scroll-cue')?.checkVisibility() ? box.querySelector('.scroll-cue').textContent : null,
          svgTexts: [...box.querySelectorAll('svg text')].map((x) => x.textContent),
          subsidyBars: box.querySelectorAll('svg rect[fill="#2f8f4e"]').length,
          totals: box.querySelector(':scope > div > p')?.textContent,
        };
      });
      assert.deepEqual(s.heads.slice(0, 4), ['期数', '还款额', '其中贴息', '您自付']);
      assert.ok(s.fourthInView, 'the four key columns fit the phone');
      assert.ok(s.scrolls, 'the rest is reachable by scrolling');
      assert.match(s.cue || '', /左右滑动/, 'a visible scroll cue');
      assert.ok(s.svgTexts.length >= 6, `the chart has axis labels and values: ${s.svgTexts.join(' | ')}`);
      assert.ok(s.svgTexts.some((x) => /贴息 \d/.test(x)), 'the subsidy is written out');
      assert.ok(s.subsidyBars > 0, 'the subsidy is drawn');
      assert.match(s.totals || '', /其中财政贴息 [\d,.]+ 元/);

      // 科技贷 has no 贴息: no such column.
      await clickPreset(page, 'huojia-tech');
      await openAll(page);
      const heads = await page.evaluate(() => [...document.querySelector('huiqi-widget').shadowRoot.querySelectorAll('details[part=schedule] thead th')].map((th) => th.textContent));
      assert.ok(heads.length > 0 && !heads.includes('其中贴息'), `no empty 贴息 column: ${heads.join(' ')}`);
    },
  },
];
