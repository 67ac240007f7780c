// 6. Network: everything the page loads comes from its own origin; once the engine is
//    loaded, evaluating (preset, form submission, schedule) requests nothing; switching to
//    English loads the English modules (the view, huiqi-widget-en.js, and the engine's
//    policy texts, huiqi-en.js) once, from the same origin.
//    (The widget leaves the page URL alone, so Chromium has no reason to re-request the
//    page's icon either.)
import assert from 'node:assert/strict';
import { clickPreset, gotoDemo, settle, submitByKeyboard, waitForEngine } from '../helpers.mjs';

export default [{
  name: 'network: same origin only; evaluating makes no request',
  async run(t) {
    const page = await t.newPage();
    const requests = [];
    const failures = [];
    page.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));
    page.on('requestfailed', (r) => failures.push(`${r.url()}: ${r.failure()?.errorText}`));
    page.on('response', (r) => { if (r.status() >= 400) failures.push(`${r.url()}: HTTP ${r.status()}`); });

    await gotoDemo(page, t.urls.plain);
    await waitForEngine(page);
    await page.waitForLoadState('networkidle');
    const origin = new URL(t.urls.plain).origin;
    const foreign = requests.filter((r) => new URL(r.url).origin !== origin).map((r) => r.url);
    assert.deepEqual(foreign, [], 'every request goes to the page\'s own origin');
    assert.ok(requests.some((r) => r.url.endsWith('.wasm')), 'the engine (wasm) was fetched');
    assert.deepEqual(failures, [], 'no failed request');
    t.note(`${requests.length} requests on load, all to ${origin}`);

    const loaded = requests.length;
    await clickPreset(page, 'zhengzhou-restaurant');
    await submitByKeyboard(page); // the form again, by Enter on the submit button
    await clickPreset(page, 'xinxiang-factory');
    const schedule = page.locator('huiqi-widget details[part=schedule]').first();
    await schedule.locator('summary').click();
    await schedule.locator('table').waitFor();
    await page.locator('#lang-switch').click();
    await settle(page);
    await page.waitForTimeout(300);

    const after = requests.slice(loaded);
    assert.deepEqual(
      after.map((r) => `${r.type} ${r.url}`).sort(),
      [`script ${origin}/huiqi/huiqi-en.js`, `script ${origin}/huiqi/huiqi-widget-en.js`],
      'evaluating makes no request; English is loaded once, when asked for',
    );
    await page.locator('#lang-switch').click();
    await settle(page);
    await page.locator('#lang-switch').click();
    await settle(page);
    assert.equal(requests.length, loaded + 2, 'switching language again requests nothing');
  },
}];
