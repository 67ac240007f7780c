// 8. Share link and copy: a result leaves the page URL alone (nothing typed goes into the
//    browser history); the copy-link button puts the page URL with the answers in its
//    fragment (#huiqi=…, the engine request with a version) on the clipboard; opening it in a new browser restores the same
//    result; the copy-summary button copies the figures; the fragment never reaches the server.
import assert from 'node:assert/strict';
import { PRESETS } from '../presets.mjs';
import { assertCards, clickPreset, gotoDemo, readCards, waitForResult, waitForWidget } from '../helpers.mjs';

export default [{
  name: 'share link: fragment holds the answers, restores the result, never sent',
  async run(t) {
    const preset = PRESETS.find((p) => p.id === 'zhengzhou-restaurant');
    const requests = [];
    const record = (page) => page.on('request', (r) => requests.push(r.url()));
    t.wire.lines.length = 0;

    const context = await t.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    record(page);
    await gotoDemo(page, t.wire.url);
    const pageUrl = page.url();
    const first = await clickPreset(page, preset.id);
    assert.equal(page.url(), pageUrl, 'a result does not change the page URL');

    // Copy buttons.
    const widget = page.locator('huiqi-widget');
    await widget.getByRole('button', { name: '复制分享链接' }).click();
    await page.waitForFunction(() => document.querySelector('huiqi-widget').shadowRoot.getElementById('copy-status')?.textContent);
    assert.equal(await widget.locator('#copy-status').textContent(), '已复制');
    const url = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(url.startsWith(pageUrl.split('#')[0]), `the copied link is this page: ${url}`);
    const m = /#huiqi=([A-Za-z0-9_-]+)$/.exec(url);
    assert.ok(m, `the link holds the answers in its fragment: ${url}`);
    // The fragment holds the engine's request with a version, not the widget's internals.
    const payload = JSON.parse(Buffer.from(m[1], 'base64url').toString('utf8'));
    assert.equal(payload.v, 2, 'versioned');
    const { lang, ...asked } = first.request;
    assert.deepEqual(payload.request, asked, 'the fragment is the request (CONTRACT.md shape)');

    await widget.getByRole('button', { name: '复制摘要' }).click();
    await page.waitForFunction((u) => navigator.clipboard.readText().then((s) => s !== u), url);
    const summary = await page.evaluate(() => navigator.clipboard.readText());
    for (const [programme, card] of Object.entries(preset.cards)) {
      for (const text of Object.values(card.zh)) assert.ok(summary.includes(text), `the summary has ${programme} ${text}:\n${summary}`);
    }

    // A new browser (no storage shared) opening the link gets the same result.
    const other = await t.newContext();
    const page2 = await other.newPage();
    record(page2);
    await page2.goto(url);
    await waitForWidget(page2);
    const second = await waitForResult(page2, 1);
    assertCards(await readCards(page2), preset.cards, { where: 'restored from the link' });
    assert.deepEqual(second.request, first.request, 'the restored request equals the original');
    assert.equal(page2.url(), url, 'the link is unchanged');

    // Never sent: neither in the browser's request URLs nor in what the server received.
    assert.ok(requests.length > 0 && t.wire.lines.length > 0, 'requests were recorded');
    assert.deepEqual(requests.filter((u) => u.includes('#') || u.includes('huiqi=')), [], 'no request URL carries the fragment');
    assert.ok(t.wire.lines.some((l) => l.target === '/'), 'the server log has the page request');
    assert.deepEqual(t.wire.lines.filter((l) => l.target.includes('#') || l.target.includes('huiqi=')), [], 'the server never received the fragment');
    t.note(`server received ${t.wire.lines.length} request lines, e.g. ${t.wire.lines.slice(0, 3).map((l) => `${l.method} ${l.target}`).join(', ')}`);
  },
}];
