// 1. Each preset entered by keyboard only (Tab / Shift+Tab, typing, Space, arrow keys),
//    submitted with Enter; then the preset button must give the same request and figures.
import assert from 'node:assert/strict';
import { PRESETS } from '../presets.mjs';
import { assertCards, clickPreset, fillByKeyboard, gotoDemo, readCards, submitByKeyboard, visibleInWidget } from '../helpers.mjs';

export default PRESETS.map((preset) => ({
  name: `keyboard: ${preset.id}`,
  async run(t) {
    const page = await t.newPage();
    await gotoDemo(page, t.urls.plain);
    const tabs = await fillByKeyboard(page, preset.steps);
    for (const sel of preset.hidden) assert.equal(await visibleInWidget(page, sel), false, `${sel} is hidden for these answers`);

    const byKeys = await submitByKeyboard(page);
    t.note(`${preset.steps.length} answers and the submit button reached with ${tabs + byKeys.tabs} Tab / Shift+Tab presses`);
    assertCards(await readCards(page), preset.cards, { where: 'entered by keyboard' });
    const focus = await page.evaluate(() => document.querySelector('huiqi-widget').shadowRoot.activeElement?.id);
    assert.equal(focus, 'results', 'after Enter, focus moves to the results region');

    const byButton = await clickPreset(page, preset.id);
    assertCards(await readCards(page), preset.cards, { where: 'preset button' });
    assert.deepEqual(byKeys.request, byButton.request, 'the keyboard and the preset button build the same request');
    assert.deepEqual(byKeys.response, byButton.response, 'and get the same response');
  },
}));
