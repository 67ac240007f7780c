// 13. Browsers that cannot run the widget (issue 9): without WebAssembly, or without
//     replaceChildren / adoptedStyleSheets (Chromium before 86), the element says so at once,
//     in plain Chinese, before anyone fills anything, and shows the portal's fallback content
//     beside it; until the element is defined the fallback content is what shows. axe finds
//     nothing in either state.
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const MESSAGE = '请使用新版浏览器，或切换到极速模式';

async function axe(page, what) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`), [], `axe on ${what}`);
}

async function unsupported(t, name, removeApis) {
  const context = await t.newContext();
  await context.addInitScript(removeApis);
  const page = await context.newPage();
  await page.goto(`${t.urls.plain}/`);
  await page.waitForFunction(() => document.querySelector('huiqi-widget')?.shadowRoot?.querySelector('[role=alert]'));
  const state = await page.evaluate(() => {
    const root = document.querySelector('huiqi-widget').shadowRoot;
    const alert = root.querySelector('[role=alert]');
    const fallback = document.querySelector('huiqi-widget .widget-fallback');
    return {
      text: alert.textContent,
      visible: alert.checkVisibility(),
      form: Boolean(root.querySelector('form')),
      fallback: Boolean(fallback && fallback.checkVisibility()),
    };
  });
  assert.ok(state.text.includes(MESSAGE), `${name}: the plain message (${state.text})`);
  assert.ok(state.visible, `${name}: the message is visible`);
  assert.equal(state.form, false, `${name}: no form to fill in vain`);
  assert.ok(state.fallback, `${name}: the portal's fallback content shows beside it`);
  await axe(page, name);
}

export default [
  {
    name: 'old browsers: no WebAssembly → plain message at once',
    run: (t) => unsupported(t, 'no WebAssembly', () => { delete window.WebAssembly; }),
  },
  {
    name: 'old browsers: no replaceChildren / adoptedStyleSheets (Chromium < 86) → plain message',
    run: (t) => unsupported(t, 'no replaceChildren or adoptedStyleSheets', () => {
      delete Element.prototype.replaceChildren;
      delete Document.prototype.replaceChildren;
      delete DocumentFragment.prototype.replaceChildren;
      delete Document.prototype.adoptedStyleSheets;
      delete ShadowRoot.prototype.adoptedStyleSheets;
    }),
  },
  {
    name: 'old browsers: the fallback content shows until the element is defined',
    async run(t) {
      const page = await t.newPage();
      await page.route('**/huiqi-widget.js', (route) => route.abort());
      await page.goto(`${t.urls.plain}/`);
      const fallback = page.locator('huiqi-widget .widget-fallback');
      assert.equal(await fallback.isVisible(), true, 'the portal\'s fallback shows');
      assert.match(await fallback.innerText(), /新版浏览器|极速模式/);
      assert.equal(await page.evaluate(() => Boolean(customElements.get('huiqi-widget'))), false);
      await axe(page, 'the undefined element');
    },
  },
];
