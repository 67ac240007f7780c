// The demo page: three example visitors and a language switch. The widget itself is
// the embed snippet in index.html; this file only drives it, as a portal page might.
const widget = document.querySelector('huiqi-widget');

// Each example is an engine request (CONTRACT.md): the same JSON a share link holds.
const PRESETS = {
  'huojia-tech': {"as_of":"2022-06-30","region":"410724","applicant":{"kind":"enterprise","revenue":"30000000","tech_status":["tech_sme"]},"programmes":["tech_loan"],"loan":{"amount":"5000000","term_months":24,"annual_rate":"0.0475","collateral_value":"1000000"}},
  'zhengzhou-restaurant': {"as_of":"2022-09-15","region":"410102","applicant":{"kind":"individual_business","startup_groups":["returning_migrant_worker"],"subsidised_loans_before":0},"programmes":["startup_guarantee_loan","rent_relief"],"loan":{"amount":"200000","term_months":24,"annual_rate":"0.0415","repayment":"equal_installment"},"premises":{"owner":"state","monthly_rent":"12000","county_medium_high_risk_2022":true}},
  'xinxiang-factory': {"as_of":"2022-06-30","region":"410702","applicant":{"kind":"enterprise","industry":"industry","employees":80,"revenue":"15000000","new_hires":{"count":12,"contract_years":1},"subsidised_loans_before":0},"programmes":["startup_guarantee_loan","rent_relief"],"loan":{"amount":"3000000","term_months":24,"annual_rate":"0.0435","repayment":"equal_installment"},"premises":{"owner":"state","monthly_rent":"15000","cannot_operate_normally":true,"county_medium_high_risk_2022":false}},
};

for (const button of document.querySelectorAll('[data-preset]')) {
  button.addEventListener('click', () => {
    widget.applyPreset({ id: button.dataset.preset, request: PRESETS[button.dataset.preset] });
    widget.scrollIntoView({ block: 'start' });
  });
}

const TEXT = {
  zh: { lang: 'zh-CN', button: 'English', title: '中小企业惠企政策一键测算', doc: '惠企政策测算 · 获嘉县人民政府（演示）' },
  en: { lang: 'en', button: '中文', title: 'One-stop policy check for small businesses', doc: 'SME policy check · Huojia County (demo)' },
};
const langButton = document.getElementById('lang-switch');
langButton.addEventListener('click', () => {
  const next = document.documentElement.lang === 'en' ? TEXT.zh : TEXT.en;
  document.documentElement.lang = next.lang;
  widget.setAttribute('lang', next.lang);
  langButton.textContent = next.button;
  langButton.setAttribute('aria-pressed', String(next.lang === 'en'));
  document.getElementById('page-title').textContent = next.title;
  document.title = next.doc;
});

// What a portal might listen to: the result, without any of it leaving the page.
widget.addEventListener('huiqi-result', (e) => {
  document.body.dataset.lastResult = e.detail.response.results.map((r) => `${r.programme}:${r.status}`).join(' ');
});
