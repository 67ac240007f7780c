// 12. Portal theming as documented (README): each custom property set on the element wins
//     over the widget's defaults (they sit on :host), checked in the computed style inside;
//     each documented ::part() is reachable from the page; the accent colours selections.
import assert from 'node:assert/strict';
import { clickPreset, gotoDemo, settle } from '../helpers.mjs';

// property → [selector inside the shadow root, CSS property read, value set]
const PROPERTIES = {
  '--huiqi-accent': ['button[type=submit]', 'background-color', 'rgb(0, 90, 40)'],
  '--huiqi-accent-fg': ['button[type=submit]', 'color', 'rgb(250, 250, 200)'],
  '--huiqi-selected-bg': ['label.choice.checked', 'background-color', 'rgb(230, 240, 255)'],
  '--huiqi-fg': ['.root', 'color', 'rgb(20, 20, 60)'],
  '--huiqi-muted': ['.intro', 'color', 'rgb(70, 70, 70)'],
  '--huiqi-bg': ['.root', 'background-color', 'rgb(255, 255, 240)'],
  '--huiqi-panel': ['.figure', 'background-color', 'rgb(240, 240, 255)'],
  '--huiqi-border': ['fieldset', 'border-top-color', 'rgb(100, 0, 100)'],
  '--huiqi-ok': ['.badge.s-eligible', 'color', 'rgb(0, 100, 0)'],
  '--huiqi-bad': ['input[aria-invalid=true]', 'border-top-color', 'rgb(150, 0, 0)'],
  '--huiqi-warn': ['.badge.q-press_summary', 'color', 'rgb(120, 60, 0)'],
  '--huiqi-info': ['details > summary', 'color', 'rgb(0, 60, 140)'],
  '--huiqi-radius': ['fieldset', 'border-top-left-radius', '3px'],
  '--huiqi-font': ['.root', 'font-family', 'serif'],
  '--huiqi-font-size': ['.root', 'font-size', '19px'],
};
const PARTS = ['root', 'form', 'results', 'card', 'figures', 'figure', 'answer', 'status', 'quality', 'button', 'submit', 'citation', 'schedule', 'next-steps', 'contacts', 'disclaimer', 'historical', 'actions', 'elder'];

export default [{
  name: 'theming: every documented custom property and part, set on the element',
  async run(t) {
    const page = await t.newPage();
    await gotoDemo(page, t.urls.plain);
    // A state where every target exists: results of a press-summary preset, a checked
    // choice, an invalid field, the portal's contacts.
    await page.evaluate(() => { document.querySelector('huiqi-widget').contacts = { '*': [{ name: '县政务服务中心', phone: '0373-0000000' }] }; });
    await clickPreset(page, 'zhengzhou-restaurant');
    await page.evaluate(() => {
      const root = document.querySelector('huiqi-widget').shadowRoot;
      const amount = root.getElementById('amount');
      amount.setAttribute('aria-invalid', 'true');
    });
    await settle(page);
    const read = () => page.evaluate((props) => {
      const root = document.querySelector('huiqi-widget').shadowRoot;
      const out = {};
      for (const [name, [sel, prop]] of Object.entries(props)) {
        const el = root.querySelector(sel);
        out[name] = el ? getComputedStyle(el).getPropertyValue(prop) : `(no ${sel})`;
      }
      return out;
    }, PROPERTIES);
    const before = await read();
    await page.evaluate((props) => {
      const w = document.querySelector('huiqi-widget');
      for (const [name, [, , value]] of Object.entries(props)) w.style.setProperty(name, value);
    }, PROPERTIES);
    const after = await read();
    const wrong = [];
    for (const [name, [sel, prop, value]] of Object.entries(PROPERTIES)) {
      if (after[name] !== value) wrong.push(`${name}: ${sel} ${prop} is ${after[name]} (was ${before[name]}), expected ${value}`);
      else if (before[name] === value) wrong.push(`${name}: ${sel} ${prop} was ${value} already`);
    }
    assert.deepEqual(wrong, [], 'custom properties set on the element reach inside');

    // Every documented part can be styled from the page.
    await page.addStyleTag({ content: PARTS.map((p) => `huiqi-widget::part(${p}) { outline: 3px solid rgb(1, 2, 3); }`).join('\n') });
    const parts = await page.evaluate((list) => {
      const root = document.querySelector('huiqi-widget').shadowRoot;
      return list.filter((p) => {
        const el = root.querySelector(`[part~="${p}"]`);
        return !el || getComputedStyle(el).outlineColor !== 'rgb(1, 2, 3)';
      });
    }, PARTS);
    assert.deepEqual(parts, [], 'parts that are missing or not styled');
  },
}];
