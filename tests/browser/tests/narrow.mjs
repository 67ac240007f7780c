// 7. Narrow phones (360 and 320 CSS px): nothing overflows horizontally (no page scroll, no
//    box and no run of text in the widget beyond the viewport), except inside a scroll
//    container that itself fits (the schedule table). Every <details> is opened first.
//    Full-page screenshots in artifacts/.
import assert from 'node:assert/strict';
import path from 'node:path';
import { PRESETS } from '../presets.mjs';
import { clickPreset, gotoDemo } from '../helpers.mjs';

export function overflow() {
  const vw = document.documentElement.clientWidth;
  const root = document.querySelector('huiqi-widget').shadowRoot;
  const scrolls = (el) => /^(auto|scroll|hidden|clip)$/.test(getComputedStyle(el).overflowX);
  const fits = (r) => r.left >= -0.5 && r.right <= vw + 0.5;
  const describe = (el) => {
    let s = el.tagName.toLowerCase();
    if (el.id) s += `#${el.id}`;
    if (el.getAttribute('class')) s += `.${el.getAttribute('class').trim().split(/\s+/).join('.')}`;
    for (const k of ['programme', 'figure', 'field']) if (el.dataset?.[k]) s += `[data-${k}=${el.dataset[k]}]`;
    return s;
  };
  /** Inside a scroll container that itself fits the viewport? */
  const contained = (el) => {
    let box = el;
    while (box && !scrolls(box)) box = box.parentElement;
    return Boolean(box && fits(box.getBoundingClientRect()));
  };
  const offenders = [];
  // Boxes.
  for (const el of root.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if ((r.width === 0 && r.height === 0) || fits(r)) continue;
    if (contained(el.parentElement)) continue;
    offenders.push(`${describe(el)} spans [${Math.round(r.left)}, ${Math.round(r.right)}]: ${el.textContent.trim().slice(0, 30)}`);
  }
  // Text that runs out of its box. The host has contain: layout, so such overflow is ink
  // overflow: it never widens the page (scrollWidth stays put) but is cut off on screen.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.data.trim() || !node.parentElement) continue;
    range.selectNodeContents(node);
    const r = range.getBoundingClientRect();
    if ((r.width === 0 && r.height === 0) || fits(r)) continue;
    if (contained(node.parentElement)) continue;
    offenders.push(`text in ${describe(node.parentElement)} spans [${Math.round(r.left)}, ${Math.round(r.right)}]: ${node.data.trim().slice(0, 30)}`);
  }
  return {
    innerWidth: window.innerWidth,
    clientWidth: vw,
    scrollWidth: document.documentElement.scrollWidth,
    offenders: offenders.slice(0, 20),
    count: offenders.length,
  };
}

const test = (width) => ({
  name: `narrow: ${width} px, every preset`,
  async run(t) {
    const page = await t.newPage({ viewport: { width, height: 800 } });
    await gotoDemo(page, t.urls.plain);
    const problems = [];
    for (const preset of PRESETS) {
      await clickPreset(page, preset.id);
      await page.evaluate(() => {
        for (const d of document.querySelector('huiqi-widget').shadowRoot.querySelectorAll('details')) d.open = true;
      });
      await page.waitForFunction(() => [...document.querySelector('huiqi-widget').shadowRoot.querySelectorAll('details[part=schedule]')].every((d) => d.querySelector('table')));
      const file = path.join(t.artifacts, `${width}-${preset.id}.png`);
      await page.screenshot({ path: file, fullPage: true });
      t.note(`screenshot ${path.relative(t.root, file)}`);
      const r = await page.evaluate(overflow);
      if (r.scrollWidth > r.innerWidth || r.scrollWidth > r.clientWidth || r.count) {
        problems.push(`${preset.id}: page scrollWidth ${r.scrollWidth} (innerWidth ${r.innerWidth}, clientWidth ${r.clientWidth}); ${r.count} element(s) in the widget overflow the viewport:\n      ${r.offenders.join('\n      ')}`);
      }
    }
    assert.deepEqual(problems, [], `horizontal overflow at ${width} px`);
  },
});

export default [test(360), test(320)];
