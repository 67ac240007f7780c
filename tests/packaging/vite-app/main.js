// A portal's bundle: the package imported by name, the wasm file emitted by Vite.
import init, { evaluate, version, HuiqiError } from 'huiqi';

const status = document.getElementById('status');
const result = document.getElementById('result');

async function main() {
  await init();
  const response = evaluate({
    as_of: '2022-06-30',
    region: '410724',
    applicant: { kind: 'person', startup_groups: ['college_graduate'], subsidised_loans_before: 0 },
    loan: { amount: '200000', term_months: 24, annual_rate: '0.0435', repayment: 'equal_installment' },
    programmes: ['startup_guarantee_loan'],
  });
  let error = null;
  try {
    evaluate({ as_of: '2022-02-30', region: '410724', applicant: { kind: 'person' } });
  } catch (e) {
    if (e instanceof HuiqiError) error = { code: e.code, field: e.field };
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
