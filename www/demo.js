// The demo page: three example visitors and a language switch. The widget itself is
// the embed snippet in index.html; this file only drives it, as a portal page might.
const widget = document.querySelector('huiqi-widget');

const PRESETS = {
  'huojia-tech': {
    as_of: '2022-06-30', programmes: ['tech_loan'], kind: 'enterprise', city: '410700', county: '410724',
    industry: 'industry', employees: '45', revenue: '3000', total_assets: '2600', tech_status: ['tech_sme'], research: 'false',
    amount: '500', term: '24', rate: '4.75', collateral: '100', guarantee: 'third_party', single_asset: 'true',
  },
  'zhengzhou-restaurant': {
    as_of: '2022-09-15', programmes: ['startup_guarantee_loan', 'rent_relief'], kind: 'individual_business', city: '410100', county: '410102',
    groups: ['returning_migrant_worker'], subsidised_before: '0', amount: '20', term: '24', rate: '4.15', repayment: 'equal_installment',
    owner: 'state', rent: '12000', sublet: 'false', cannot_operate: 'true', county_risk: 'true',
  },
  'xinxiang-factory': {
    as_of: '2022-06-30', programmes: ['startup_guarantee_loan', 'rent_relief'], kind: 'enterprise', city: '410700', county: '410702',
    industry: 'industry', employees: '80', revenue: '1500', total_assets: '1200', new_hires: '12', contract_years: '1', subsidised_before: '0',
    amount: '300', term: '24', rate: '4.35', repayment: 'equal_installment', owner: 'state', rent: '15000', cannot_operate: 'true', county_risk: 'false',
  },
};

for (const button of document.querySelectorAll('[data-preset]')) {
  button.addEventListener('click', () => {
    widget.applyPreset({ id: button.dataset.preset, answers: PRESETS[button.dataset.preset] });
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
