// 5. Under the strict CSP portals use (default-src 'self'; script-src 'self'
//    'wasm-unsafe-eval'; style-src 'self'): no violation, no console error, styles applied,
//    results and the repayment schedule rendered.
import assert from 'node:assert/strict';
import { PRESETS } from '../presets.mjs';
import { assertCards, clickPreset, gotoDemo, readCards, settle } from '../helpers.mjs';

export default [{
  name: 'CSP: strict policy, preset, schedule, citations, language',
  async run(t) {
    const page = await t.newPage();
    const consoleErrors = [];
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(`${m.text()} (${m.location().url}:${m.location().lineNumber})`); });
    page.on('pageerror', (e) => consoleErrors.push(`uncaught: ${e.message}`));

    const nav = await page.goto(`${t.urls.csp}/`);
    assert.match(nav.headers()['content-security-policy'] || '', /default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/, 'the page is served with the strict CSP');
    await gotoDemo(page, t.urls.csp);

    const preset = PRESETS.find((p) => p.id === 'xinxiang-factory');
    await clickPreset(page, preset.id);
    assertCards(await readCards(page), preset.cards, { where: 'under CSP' });

    // The widget's constructed stylesheet applies under style-src 'self'.
    const bg = await page.evaluate(() => getComputedStyle(document.querySelector('huiqi-widget').shadowRoot.querySelector('button[type=submit]')).backgroundColor);
    assert.equal(bg, 'rgb(180, 35, 31)', 'the widget is styled (accent colour on the submit button)');

    // Open the repayment schedule: built on toggle by the engine.
    const schedule = page.locator('huiqi-widget details[part=schedule]').first();
    await schedule.locator('summary').click();
    await schedule.locator('table tbody tr').first().waitFor();
    assert.equal(await schedule.locator('table tbody tr').count(), 24, '24 periods in the schedule');
    assert.equal(await schedule.locator('svg rect').count() > 0, true, 'the chart is drawn');
    // A citation with its quote, and the English view.
    await page.locator('huiqi-widget details.checks-part > summary').first().click();
    await page.locator('huiqi-widget details[part=citation] > summary').first().click();
    await page.locator('#lang-switch').click();
    await settle(page);
    assertCards(await readCards(page), preset.cards, { lang: 'en', where: 'under CSP, English' });
    await page.waitForTimeout(200);

    const violations = await page.evaluate(() => window.__huiqi.csp);
    assert.deepEqual(violations, [], 'no securitypolicyviolation event');
    assert.deepEqual(consoleErrors, [], 'no console error');
  },
}];
