// A portal page using the package as files copied next to it (./pkg/), no bundler.
import init, { evaluate, version, HuiqiError } from './pkg/index.js';

const status = document.getElementById('status');
const result = document.getElementById('result');

async function main() {
  await init(); // fetches ./pkg/huiqi_bg.wasm, next to huiqi.js
  const response = evaluate({
    as_of: '2022-06-30',
    region: '410724',
    applicant: {
      kind: 'enterprise',
      industry: 'industry',
      employees: 45,
      revenue: '30000000',
      total_assets: '26000000',
      tech_status: ['tech_sme'],
      subsidised_loans_before: 0,
    },
    loan: {
      amount: '5000000',
      term_months: 24,
      annual_rate: '0.0475',
      collateral_value: '1000000',
      single_asset_collateral: true,
      guarantee: 'third_party',
      repayment: 'equal_installment',
      start_date: '2022-07-01',
    },
    programmes: ['tech_loan'],
  });
  let error = null;
  try {
    evaluate({ as_of: '2022-02-30', region: '410724', applicant: { kind: 'person' } });
  } catch (e) {
    if (e instanceof HuiqiError && e instanceof Error) error = { code: e.code, field: e.field };
  }
  const r = response.results[0];
  result.textContent = JSON.stringify({
    version: version(),
    rule_set: r.rule_set,
    status: r.status,
    figures: r.figures,
    error,
  });
  status.textContent = 'done';
}

main().catch((e) => {
  status.textContent = 'failed';
  result.textContent = String(e && e.stack ? e.stack : e);
  console.error(e);
});
