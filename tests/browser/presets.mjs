// The demo's three example visitors (www/demo.js): how to enter each by keyboard, in the
// form's order, typed the way people type ("20万", "2年", "4.15%"), and the figures the
// result cards must show (the engine's figures as the widget formats them: 万元 for whole
// amounts of 10,000 yuan and more in Chinese, yuan in English). Fields the form hides for the
// answers given (questions that cannot change the answer) are not entered; the request must
// still equal the one the preset button produces.

export const PRESETS = [
  {
    id: 'huojia-tech',
    // 科技贷 needs no size class, so no industry or employees; with collateral the
    // guarantee cannot change the tier, and 100 of 500 is within 30%, so neither the
    // guarantee nor the single-asset question is asked.
    steps: [
      ['check', 'programmes', 'tech_loan'],
      ['radio', 'kind', 'enterprise'],
      ['select', 'city', '410700'],
      ['select', 'county', '410724'],
      ['text', 'revenue', '3000万'],
      ['check', 'tech_status', 'tech_sme'],
      ['text', 'amount', '500万'],
      ['text', 'term', '2年'],
      ['text', 'rate', '4.75%'],
      ['text', 'collateral', '100'],
      ['date', 'as_of', '2022-06-30'],
    ],
    hidden: ['[data-field="industry"]', '[data-field="guarantee"]', '[data-field="single_asset"]'],
    cards: {
      tech_loan: {
        status: 'eligible',
        zh: { compensation_share: '55%', max_compensation: '275 万元', rate_cap: '6.175%', collateral_limit: '150 万元' },
        en: { compensation_share: '55%', max_compensation: '2,750,000 yuan', rate_cap: '6.175%', collateral_limit: '1,500,000 yuan' },
      },
    },
  },
  {
    id: 'zhengzhou-restaurant',
    // Rent relief is a past policy today: opened under 往期政策. Typed the way people type.
    steps: [
      ['check', 'programmes', 'startup_guarantee_loan'],
      ['open', 'past-programmes'],
      ['check', 'programmes', 'rent_relief'],
      ['radio', 'kind', 'individual_business'],
      ['select', 'city', '410100'],
      ['select', 'county', '410102'],
      ['check', 'groups', 'returning_migrant_worker'],
      ['select', 'subsidised_before', '0'],
      ['text', 'amount', '20万'],
      ['text', 'term', '24个月'],
      ['text', 'rate', '4.15%'],
      ['select', 'repayment', 'equal_installment'],
      ['select', 'owner', 'state'],
      ['text', 'rent', '12000'],
      ['radio', 'tri-county_risk', 'true'],
      ['date', 'as_of', '2022-09-15'],
    ],
    hidden: ['#fs-business', '[data-field="cannot_operate"]', '[data-field="sublet"]'],
    cards: {
      startup_guarantee_loan: {
        status: 'eligible',
        zh: { borrower_rate: '0%', subsidy_amount: '8,760.25 元' },
        en: { borrower_rate: '0%', subsidy_amount: '8,760.25 yuan' },
      },
      rent_relief: {
        status: 'eligible',
        zh: { relief_amount: '7.2 万元', free_months: '6 个月' },
        en: { relief_amount: '72,000 yuan', free_months: '6 months' },
      },
    },
  },
  {
    id: 'xinxiang-factory',
    steps: [
      ['check', 'programmes', 'startup_guarantee_loan'],
      ['open', 'past-programmes'],
      ['check', 'programmes', 'rent_relief'],
      ['radio', 'kind', 'enterprise'],
      ['select', 'city', '410700'],
      ['select', 'county', '410702'],
      ['select', 'industry', 'industry'],
      ['text', 'employees', '80人'],
      ['text', 'revenue', '1500'],
      ['text', 'new_hires', '12'],
      ['text', 'contract_years', '1年'],
      ['select', 'subsidised_before', '0'],
      ['text', 'amount', '300万'],
      ['text', 'term', '2年'],
      ['text', 'rate', '4.35'],
      ['select', 'repayment', 'equal_installment'],
      ['select', 'owner', 'state'],
      ['text', 'rent', '1.5万'],
      ['radio', 'tri-county_risk', 'false'],
      ['radio', 'tri-cannot_operate', 'true'],
      ['date', 'as_of', '2022-06-30'],
    ],
    // 资产总额 1200 万元 is in the preset, but 工业's size standard does not use total assets,
    // so the form hides the field and the request leaves it out.
    hidden: ['[data-field="total_assets"]'],
    cards: {
      startup_guarantee_loan: {
        status: 'eligible',
        zh: { max_amount: '300 万元', borrower_rate: '2.2%', subsidy_amount: '68,119.31 元' },
        en: { max_amount: '3,000,000 yuan', borrower_rate: '2.2%', subsidy_amount: '68,119.31 yuan' },
      },
      rent_relief: {
        status: 'eligible',
        zh: { relief_amount: '13.5 万元', free_months: '3 个月', half_months: '12 个月' },
        en: { relief_amount: '135,000 yuan', free_months: '3 months', half_months: '12 months' },
      },
    },
  },
];

export const ALL_PROGRAMMES = ['tech_loan', 'trade_loan', 'startup_guarantee_loan', 'rent_relief'];

// The two people, typed the way people type, from today's policies: a 郑州 software
// firm (registered in 郑东新区) asking for a 300万 credit loan, and a 新乡 noodle shop run by
// a returning migrant worker asking for 20万. `steps[0]` chooses the programme; the rest are
// the taps and fields after it.
export const CASES = [
  {
    id: 'zhengzhou-software',
    steps: [
      ['check', 'programmes', 'tech_loan'],
      ['select', 'city', '410100'],
      ['select', 'county', 'zone:zhengdong'],
      ['text', 'revenue', '2000万'],
      ['check', 'tech_status', 'high_tech_enterprise'],
      ['text', 'amount', '300万'],
      ['text', 'term', '2年'],
      ['text', 'rate', '3.5%'],
      ['text', 'collateral', '0'],
      ['select', 'guarantee', 'none'],
    ],
    request: {
      region: '410105',
      applicant: { kind: 'enterprise', revenue: '20000000', tech_status: ['high_tech_enterprise'] },
      programmes: ['tech_loan'],
      loan: { amount: '3000000', term_months: 24, annual_rate: '0.035', collateral_value: '0', guarantee: 'none' },
    },
    programme: 'tech_loan',
    answer: { zh: /^可以申请。不需要抵押、年利率不超过.*%；万一贷款出现损失，省科技贷准备金向银行补偿60%/, en: /^You can apply\. No collateral needed;/ },
    figures: { zh: { compensation_share: '60%', max_compensation: '180 万元' }, en: { compensation_share: '60%', max_compensation: '1,800,000 yuan' } },
  },
  {
    id: 'xinxiang-noodles',
    steps: [
      ['check', 'programmes', 'startup_guarantee_loan'],
      ['radio', 'kind', 'individual_business'],
      ['select', 'city', '410700'],
      ['select', 'county', '410702'],
      ['check', 'groups', 'returning_migrant_worker'],
      ['select', 'subsidised_before', '0'],
      ['text', 'amount', '20万'],
      ['text', 'term', '2年'],
      ['text', 'rate', '3.5%'],
      ['select', 'repayment', 'equal_installment'],
    ],
    request: {
      region: '410702',
      applicant: { kind: 'individual_business', startup_groups: ['returning_migrant_worker'], subsidised_loans_before: 0 },
      programmes: ['startup_guarantee_loan'],
      loan: { amount: '200000', term_months: 24, annual_rate: '0.035', repayment: 'equal_installment' },
    },
    programme: 'startup_guarantee_loan',
    answer: { zh: /^可以申请。最多可贷\d+万元；/, en: /^You can apply: up to / },
    figures: { zh: {}, en: {} },
  },
];
