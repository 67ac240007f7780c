// 4. axe-core (WCAG 2.0/2.1 A and AA) on the whole page, the widget's open shadow root
//    included: the empty form, the form with all four programmes, and each preset's results
//    with every <details> open (citations, notes, the repayment schedule's table and chart),
//    长辈模式 on a phone, and the outreach mode with its idle countdown showing. (The plain
//    message of old browsers is scanned in old-browsers.mjs.)
import { AxeBuilder } from '@axe-core/playwright';
import { ALL_PROGRAMMES, PRESETS } from '../presets.mjs';
import { clickPreset, gotoDemo, openDetails, setCheckbox, settle } from '../helpers.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function scan(page, what) {
  await settle(page);
  const { violations, passes } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  if (!passes.some((p) => p.nodes.some((n) => Array.isArray(n.target[0])))) {
    throw new Error('axe did not reach into the widget\'s shadow root');
  }
  if (violations.length) {
    const lines = [];
    for (const v of violations) {
      lines.push(`[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`);
      for (const n of v.nodes) {
        lines.push(`    at ${JSON.stringify(n.target)}`);
        lines.push(`       ${n.html.slice(0, 200)}`);
        for (const l of (n.failureSummary || '').split('\n')) lines.push(`       ${l}`);
      }
    }
    throw new Error(`${violations.length} axe violation(s) on ${what}:\n${lines.join('\n')}`);
  }
}

async function openAllDetails(page) {
  await page.evaluate(() => {
    for (const d of document.querySelector('huiqi-widget').shadowRoot.querySelectorAll('details')) d.open = true;
  });
  await page.waitForFunction(() => [...document.querySelector('huiqi-widget').shadowRoot.querySelectorAll('details[part=schedule]')]
    .every((d) => d.querySelector('table, .error')));
}

export default [
  {
    name: 'a11y: 长辈模式 with results, every detail open',
    async run(t) {
      const page = await t.newPage({ viewport: { width: 360, height: 740 } });
      await gotoDemo(page, t.urls.plain);
      await page.locator('huiqi-widget #elder').click();
      await clickPreset(page, 'zhengzhou-restaurant');
      await openAllDetails(page);
      await scan(page, '长辈模式 at 360 px');
    },
  },
  {
    name: 'a11y: outreach, the idle countdown showing',
    async run(t) {
      const context = await t.newContext();
      const page = await context.newPage();
      await page.clock.install();
      await gotoDemo(page, t.urls.plain);
      await page.evaluate(() => document.querySelector('huiqi-widget').setAttribute('outreach', ''));
      await clickPreset(page, 'xinxiang-factory');
      await page.clock.fastForward('02:35');
      await page.locator('huiqi-widget #idle').waitFor();
      await scan(page, 'the outreach mode with the idle countdown');
    },
  },
  {
    name: 'a11y: empty form',
    async run(t) {
      const page = await t.newPage();
      await gotoDemo(page, t.urls.plain);
      await scan(page, 'the empty form');
    },
  },
  {
    name: 'a11y: form with all four programmes',
    async run(t) {
      const page = await t.newPage();
      await gotoDemo(page, t.urls.plain);
      await openDetails(page, 'past-programmes'); // rent relief is a past policy today
      for (const p of ALL_PROGRAMMES) await setCheckbox(page, 'programmes', p, true);
      await scan(page, 'the form with all four programmes chosen');
    },
  },
  ...PRESETS.map((preset) => ({
    name: `a11y: results of ${preset.id}`,
    async run(t) {
      const page = await t.newPage();
      await gotoDemo(page, t.urls.plain);
      await clickPreset(page, preset.id);
      await openAllDetails(page);
      await scan(page, `the results of ${preset.id} (all details open)`);
    },
  })),
];
