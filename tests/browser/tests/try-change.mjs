// 16. Honest answers in the widget (issue 8): an ineligible card shows no entitlement
//     figure, and its hint's 试试这样 writes the hint's change into the form and answers
//     again (the rate brought down to the cap makes 科技贷 eligible); a share the answers
//     do not settle yet shows as its range, never as one number.
import assert from 'node:assert/strict';
import { gotoDemo, waitForResult } from '../helpers.mjs';

const TECH = { as_of: '2024-06-30', region: '410724', applicant: { kind: 'enterprise', industry: 'industry', employees: 45, revenue: '30000000', total_assets: '30000000', tech_status: ['tech_sme'] }, programmes: ['tech_loan'] };
const link = (loan) => `#huiqi=${Buffer.from(JSON.stringify({ v: 2, request: { ...TECH, loan } })).toString('base64url')}`;
const card = (page) => page.evaluate(() => {
  const r = document.querySelector('huiqi-widget').shadowRoot;
  return {
    answer: r.querySelector('[part~="answer"]')?.textContent || '',
    figures: [...r.querySelectorAll('[data-figure]')].map((f) => [f.dataset.figure, f.querySelector('.num')?.textContent]),
    tries: r.querySelectorAll('button.try').length,
  };
});

export default [{
  name: 'honest answers: no figure when ineligible, 试试这样 applies the change, a range stays a range',
  async run(t) {
    const context = await t.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await gotoDemo(page, t.urls.plain, link({ amount: '5000000', term_months: 24, annual_rate: '0.07', collateral_value: '0', guarantee: 'none' }));
    const first = await waitForResult(page, 1);
    assert.equal(first.response.results[0].status, 'ineligible');
    let c = await card(page);
    assert.deepEqual(c.figures, [], 'an ineligible card shows no figure');
    assert.equal(c.tries, 1, 'the rate hint offers 试试这样');
    await page.locator('huiqi-widget').locator('css=button.try').click();
    const second = await waitForResult(page, 2);
    assert.equal(second.request.loan.annual_rate, '0.06175', 'the change is written into the request');
    assert.equal(second.response.results[0].status, 'eligible', 'and it helps');
    c = await card(page);
    assert.ok(c.figures.some(([n, v]) => n === 'compensation_share' && v === '60'), JSON.stringify(c.figures));

    // The guarantee unknown on a loan without collateral: 50% or 60%, so a range.
    const other = await context.newPage();
    await gotoDemo(other, t.urls.plain, link({ amount: '5000000', term_months: 24, annual_rate: '0.0435', collateral_value: '0' }));
    const third = await waitForResult(other, 1);
    assert.equal(third.response.results[0].status, 'needs_info');
    c = await card(other);
    assert.ok(c.figures.some(([n, v]) => n === 'compensation_share' && /^\d+–\d+$/.test(v)), JSON.stringify(c.figures));
  },
}];
