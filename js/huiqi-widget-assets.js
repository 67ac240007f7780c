// Texts and styles of <huiqi-widget>. Chinese first; English for the lang="en" view.
// Policy texts (checks, hints, explanations) come from the engine, not from here.

export const STRINGS = {
  zh: {
    title: '惠企政策测算',
    intro: '选择要了解的政策，填几项基本情况，立即看到能否享受、能享受多少，以及依据的条款。所填信息只在本页面内计算，不会发送到任何地方。',
    loading: '正在加载测算引擎…',
    loadFailed: '测算引擎加载失败，请刷新页面重试。',
    required: '必填',
    optional: '选填',
    programmesLegend: '要了解的政策',
    programmesHelp: '可多选',
    programme: {
      tech_loan: '科技贷',
      trade_loan: '外贸贷',
      startup_guarantee_loan: '创业担保贷款',
      rent_relief: '房租减免',
    },
    programmeHint: {
      tech_loan: '科技企业信用或轻抵押贷款，省里分担银行损失',
      trade_loan: '郑州中小微外贸企业纯信用贷款',
      startup_guarantee_loan: '创业者和吸纳就业的小微企业，财政贴息',
      rent_relief: '承租国有房屋的租金减免（2022年）',
    },
    whoLegend: '申请主体',
    kind: { enterprise: '企业', individual_business: '个体工商户', person: '个人创业者' },
    regionLegend: '所在地区',
    city: '所在市',
    county: '所在县（市、区）',
    province: '所在省份',
    otherProvince: '河南省外',
    wholeCity: '（市本级 / 不确定）',
    businessLegend: '经营情况',
    industry: '所属行业',
    choose: '请选择',
    employees: '从业人员',
    employeesUnit: '人',
    revenue: '上年度营业收入',
    totalAssets: '资产总额',
    wan: '万元',
    yuan: '元',
    months: '个月',
    percent: '%',
    techLegend: '科技资质',
    tech: { high_tech_enterprise: '国家高新技术企业', tech_sme: '科技型中小企业（已入库）' },
    noTech: '都不是',
    research: '与高校、科研院所有实质性产学研合作',
    tradeLegend: '外贸情况',
    tradesAbroad: '近一年有进出口业务',
    creditInsurance: '已投保出口信用保险',
    startupLegend: '创业与就业',
    groups: '属于以下哪类人员（可多选）',
    group: {
      college_graduate: '高校毕业生',
      registered_unemployed: '城镇登记失业人员',
      employment_difficulty: '就业困难人员（含残疾人）',
      veteran: '退役军人',
      returning_migrant_worker: '返乡创业农民工',
      rural_entrepreneur: '农村自主创业农民',
      new_citizen: '新市民',
      released_prisoner: '刑满释放人员',
      overcapacity_worker: '化解过剩产能企业职工和失业人员',
      online_merchant: '网络商户',
      poverty_alleviated: '脱贫人口',
    },
    noGroup: '都不是',
    newHires: '今年新招用符合条件的人数',
    contractYears: '新招用人员劳动合同期限',
    years: '年',
    subsidisedBefore: '以前享受过几次创业担保贷款贴息',
    timesOptions: ['没有', '1次', '2次', '3次及以上'],
    loanLegend: '贷款情况',
    amount: '贷款金额',
    term: '贷款期限',
    rate: '年利率',
    repayment: '还款方式',
    repay: { equal_installment: '等额本息', equal_principal: '等额本金', interest_only: '按月付息、到期还本' },
    collateral: '实物资产抵质押评估值',
    collateralHelp: '没有抵押填 0',
    singleAsset: '抵押物是单一实物资产（如一处厂房）',
    guarantee: '担保方式',
    guar: {
      none: '无担保（纯信用）',
      controlling_shareholder: '仅持股34%及以上的自然人股东（含配偶）担保',
      third_party: '其他个人或企业担保',
      guarantee_institution: '担保公司担保',
    },
    startDate: '放款日期',
    premisesLegend: '经营场所',
    owner: '房屋产权',
    owners: { state: '国有（含国有企业、事业单位的房屋）', non_state: '非国有' },
    monthlyRent: '月租金',
    sublet: '从转租方租来的（转租）',
    cannotOperate: '受疫情影响曾不能正常经营',
    countyRisk: '所在县（市、区）2022年被列为过疫情中高风险地区',
    yes: '是',
    no: '否',
    unsure: '不确定',
    dateLegend: '查询日期',
    asOf: '按哪一天的政策测算',
    asOfHelp: '默认今天；改成以前的日期可查看当时的政策',
    scenarioDate: '情景日期',
    scenarioHelp: '展示过去某一天的政策会怎样适用（历史情景）',
    historical: '历史情景：按 {date} 的政策测算，不代表现在能申请',
    submit: '查看结果',
    reset: '重新填写',
    next: '下一位',
    print: '打印',
    copySummary: '复制摘要',
    copyLink: '复制分享链接',
    copied: '已复制',
    copyFailed: '复制失败，请手动选择文字复制',
    linkNote: '分享链接只把所填内容放在网址“#”之后，不会发送到服务器。',
    resultsHeading: '测算结果',
    resultsFor: '{region}，按 {date} 的政策',
    stale: '输入已修改，请点击“查看结果”更新。',
    errorSummary: '有 {n} 处需要修改',
    status: { eligible: '符合条件', ineligible: '暂不符合', needs_info: '还需补充信息', not_in_force: '不在适用期内' },
    quality: { official: '正式文件', draft: '征求意见稿', press_summary: '据新闻报道' },
    qualityNote: {
      draft: '依据的是征求意见稿，正式文件可能不同。',
      press_summary: '依据的是新闻报道摘要，未取得正式文件原文。',
    },
    period: '适用期：{from} 至 {to}',
    periodOpen: '适用期：{from} 起',
    outcome: { pass: '符合', fail: '不符合', unknown: '待补充', warn: '请注意' },
    checksHeading: '逐项核对',
    howHeading: '数字怎么来的',
    hintsHeading: '怎样才能符合 / 提示',
    notesHeading: '说明',
    othersHeading: '同时适用的其他政策',
    othersNotApplying: '另有 {n} 项规则不适用于您（点开查看原因）',
    basis: '依据',
    // Punctuation differs between the languages: full-width in Chinese.
    colon: '：',
    paren: (x) => `（${x}）`,
    bracket: (x) => `【${x}】`,
    listSep: '；',
    enumSep: '、',
    source: '出处',
    scheduleHeading: '还款计划',
    scheduleCaption: '还款计划（{n}期）',
    chartLabel: '每期还款构成：本金、自付利息、贴息',
    col: { n: '期次', date: '还款日', payment: '还款额', principal: '本金', interest: '利息', subsidy: '贴息', borrower_interest: '自付利息', balance: '剩余本金' },
    legend: { principal: '本金', borrower_interest: '自付利息', subsidy: '贴息' },
    year: '第{n}年',
    figure: {
      compensation_share: '损失补偿比例',
      max_compensation: '本笔最多补偿',
      compensation_cap: '单笔补偿上限',
      rate_cap: '利率上限',
      collateral_limit: '抵质押上限',
      benchmark_rate: '同期基准利率',
      max_amount: '最高贷款额度',
      lpr: '1年期LPR',
      borrower_rate: '实际承担年利率',
      subsidy_rate: '贴息（年利率）',
      total_interest: '利息合计',
      subsidy_amount: '贴息金额',
      borrower_interest: '自付利息',
      subsidised_principal: '享受贴息的本金',
      free_months: '免租',
      half_months: '减半收租',
      relief_amount: '减免金额',
      government_share: '政府风险分担',
      bank_share: '银行分担',
      insurer_share: '信保分担',
    },
    bring: {
      tech_loan: ['营业执照', '国家高新技术企业证书或科技型中小企业入库编号', '上年度纳税申报表（营业收入）', '财务报表', '抵押物权属及评估材料（如有）'],
      trade_loan: ['营业执照', '近一年进出口报关数据或外汇收支记录', '出口信用保险保单（如有）', '财务报表'],
      startup_guarantee_loan: ['身份证', '营业执照（个体工商户或企业）', '所属人员类别证明（如毕业证、退役证、就业创业证）', '创业项目说明', '企业：新招用人员劳动合同和社保缴纳记录'],
      rent_relief: ['营业执照', '租赁合同', '租金缴纳凭证', '受疫情影响不能正常经营的情况说明（新乡）'],
    },
    bringHeading: '办理时请带上',
    printHeading: '惠企政策测算单',
    printFooter: '本测算依据公开政策文件，仅供参考；能否获批、实际额度和利率以经办银行、主管部门审核为准。',
    rulesUsed: '适用规则：',
    summaryTitle: '惠企政策测算摘要',
    presetsLegend: '示例',
    presetsHelp: '选一个例子，自动填好表格',
    fromArticle: '来自报道',
    assumed: '假设',
    idleNotice: '页面已闲置，已自动清空。',
    cleared: '已清空，欢迎下一位。',
    invalid: {
      number: '请输入数字，如 {example}',
      negative: '不能为负数',
      decimals: '最多保留 {n} 位小数',
      integer: '请输入整数',
      max: '不能超过 {max}',
      rate: '年利率应在 0 到 36 之间（单位 %）',
      date: '请输入有效日期',
      term: '期限应在 1 到 600 个月之间',
    },
    examples: { amount: '例如 500', revenue: '例如 1800', rate: '例如 4.35', rent: '例如 10000', employees: '例如 45', hires: '例如 7' },
    noResult: '请先选择至少一项政策。',
    percentOf: '{value}%',
  },
  en: {
    title: 'SME policy check',
    intro: 'Choose the policies, give a few facts, and see at once whether you qualify, what it is worth, and the clause behind every figure. Everything is computed on this page; nothing is sent anywhere.',
    loading: 'Loading the engine…',
    loadFailed: 'The engine failed to load; please reload the page.',
    required: 'required',
    optional: 'optional',
    programmesLegend: 'Policies to check',
    programmesHelp: 'Choose one or more',
    programme: {
      tech_loan: 'Tech loan (科技贷)',
      trade_loan: 'Foreign-trade loan (外贸贷)',
      startup_guarantee_loan: 'Start-up guaranteed loan (创业担保贷款)',
      rent_relief: 'Rent relief (房租减免)',
    },
    programmeHint: {
      tech_loan: 'Credit or lightly secured loans for tech firms; the province shares the bank’s loss',
      trade_loan: 'Credit loans for small Zhengzhou exporters and importers',
      startup_guarantee_loan: 'For founders and small firms that hire; interest subsidised',
      rent_relief: 'Rent waived on state-owned premises (2022)',
    },
    whoLegend: 'Applicant',
    kind: { enterprise: 'Enterprise', individual_business: 'Individual business (个体工商户)', person: 'Person starting a business' },
    regionLegend: 'Location',
    city: 'City',
    county: 'County or district',
    province: 'Province',
    otherProvince: 'Outside Henan',
    wholeCity: '(city level / not sure)',
    businessLegend: 'The business',
    industry: 'Industry',
    choose: 'Choose',
    employees: 'Employees',
    employeesUnit: 'persons',
    revenue: 'Prior-year revenue',
    totalAssets: 'Total assets',
    wan: '×10,000 yuan',
    yuan: 'yuan',
    months: 'months',
    percent: '%',
    techLegend: 'Tech status',
    tech: { high_tech_enterprise: 'National high-tech enterprise', tech_sme: 'Registered tech SME' },
    noTech: 'Neither',
    research: 'Substantive research cooperation with a university or institute',
    tradeLegend: 'Foreign trade',
    tradesAbroad: 'Exported or imported in the last year',
    creditInsurance: 'Holds export credit insurance',
    startupLegend: 'Start-up and jobs',
    groups: 'The founder is a… (choose all that apply)',
    group: {
      college_graduate: 'College graduate',
      registered_unemployed: 'Registered unemployed',
      employment_difficulty: 'Person with employment difficulty (incl. disability)',
      veteran: 'Veteran',
      returning_migrant_worker: 'Returning migrant worker',
      rural_entrepreneur: 'Rural entrepreneur',
      new_citizen: 'New citizen',
      released_prisoner: 'Released prisoner',
      overcapacity_worker: 'Worker from an overcapacity industry',
      online_merchant: 'Online merchant',
      poverty_alleviated: 'Person lifted out of poverty',
    },
    noGroup: 'None of these',
    newHires: 'Eligible people hired this year',
    contractYears: 'Length of their labour contracts',
    years: 'years',
    subsidisedBefore: 'Subsidised start-up loans received before',
    timesOptions: ['None', 'Once', 'Twice', '3 or more'],
    loanLegend: 'The loan',
    amount: 'Amount',
    term: 'Term',
    rate: 'Annual rate',
    repayment: 'Repayment',
    repay: { equal_installment: 'Equal instalments', equal_principal: 'Equal principal', interest_only: 'Interest monthly, principal at the end' },
    collateral: 'Appraised physical collateral',
    collateralHelp: '0 if none',
    singleAsset: 'The collateral is a single physical asset (e.g. one building)',
    guarantee: 'Guarantee',
    guar: {
      none: 'None (pure credit)',
      controlling_shareholder: 'Only natural-person shareholders holding 34% or more (with spouses)',
      third_party: 'Another person or company',
      guarantee_institution: 'A guarantee company',
    },
    startDate: 'Disbursement date',
    premisesLegend: 'Premises',
    owner: 'Owner of the premises',
    owners: { state: 'State-owned (incl. state enterprises and institutions)', non_state: 'Not state-owned' },
    monthlyRent: 'Monthly rent',
    sublet: 'Rented from a sub-landlord (sublet)',
    cannotOperate: 'The epidemic kept the business from operating normally',
    countyRisk: 'The county had a medium- or high-risk area in 2022',
    yes: 'Yes',
    no: 'No',
    unsure: 'Not sure',
    dateLegend: 'Date',
    asOf: 'Policies in force on',
    asOfHelp: 'Today by default; an earlier date shows the policies of that day',
    scenarioDate: 'Scenario date',
    scenarioHelp: 'Show how the policies of a past day would have applied (historical)',
    historical: 'Historical scenario: policies of {date}, not what can be claimed today',
    submit: 'Show results',
    reset: 'Start again',
    next: 'Next visitor',
    print: 'Print',
    copySummary: 'Copy summary',
    copyLink: 'Copy share link',
    copied: 'Copied',
    copyFailed: 'Copying failed; select the text to copy it',
    linkNote: 'The share link keeps your answers after the “#” of the address; they are never sent to a server.',
    resultsHeading: 'Results',
    resultsFor: '{region}, policies of {date}',
    stale: 'You changed the answers; press “Show results” to update.',
    errorSummary: '{n} answer(s) to fix',
    status: { eligible: 'Eligible', ineligible: 'Not eligible', needs_info: 'More information needed', not_in_force: 'Not in force' },
    quality: { official: 'Official text', draft: 'Draft for comment', press_summary: 'From press reports' },
    qualityNote: {
      draft: 'Based on a draft for comment; the final text may differ.',
      press_summary: 'Based on a press summary; the official text was not obtained.',
    },
    period: 'In force {from} to {to}',
    periodOpen: 'In force from {from}',
    outcome: { pass: 'Met', fail: 'Not met', unknown: 'Needed', warn: 'Note' },
    checksHeading: 'Conditions checked',
    howHeading: 'How the figures are reached',
    hintsHeading: 'What would change it / tips',
    notesHeading: 'Notes',
    othersHeading: 'Other rule sets that apply',
    othersNotApplying: '{n} more rule set(s) do not apply to you (open to see why)',
    basis: 'Basis',
    colon: ': ',
    paren: (x) => ` (${x})`,
    bracket: (x) => `[${x}] `,
    listSep: '; ',
    enumSep: ', ',
    source: 'Source',
    scheduleHeading: 'Repayment schedule',
    scheduleCaption: 'Repayment schedule ({n} periods)',
    chartLabel: 'Each payment: principal, interest you pay, subsidy',
    col: { n: 'No.', date: 'Date', payment: 'Payment', principal: 'Principal', interest: 'Interest', subsidy: 'Subsidy', borrower_interest: 'You pay', balance: 'Balance' },
    legend: { principal: 'Principal', borrower_interest: 'Interest you pay', subsidy: 'Subsidy' },
    year: 'Year {n}',
    figure: {
      compensation_share: 'Compensation share',
      max_compensation: 'Most compensated',
      compensation_cap: 'Cap per loan',
      rate_cap: 'Rate cap',
      collateral_limit: 'Collateral limit',
      benchmark_rate: 'Benchmark rate',
      max_amount: 'Loan limit',
      lpr: '1-year LPR',
      borrower_rate: 'Rate you pay',
      subsidy_rate: 'Subsidy (rate)',
      total_interest: 'Total interest',
      subsidy_amount: 'Subsidy',
      borrower_interest: 'Interest you pay',
      subsidised_principal: 'Subsidised principal',
      free_months: 'Rent-free',
      half_months: 'Half rent',
      relief_amount: 'Rent saved',
      government_share: 'Government share',
      bank_share: 'Bank share',
      insurer_share: 'Insurer share',
    },
    bring: {
      tech_loan: ['Business licence', 'High-tech certificate or tech SME registration number', 'Prior-year tax return (revenue)', 'Financial statements', 'Title and appraisal of any collateral'],
      trade_loan: ['Business licence', 'Customs or foreign-exchange records of the last year', 'Export credit insurance policy (if any)', 'Financial statements'],
      startup_guarantee_loan: ['ID card', 'Business licence', 'Proof of your group (diploma, veteran card, employment card…)', 'A description of the business', 'Firms: the new hires’ contracts and social insurance records'],
      rent_relief: ['Business licence', 'Lease', 'Rent receipts', 'A statement on how the epidemic disrupted the business (Xinxiang)'],
    },
    bringHeading: 'Bring to the bank or office',
    printHeading: 'SME policy check',
    printFooter: 'Based on public policy texts, for reference only; approval, amounts and rates are decided by the bank and the authorities.',
    rulesUsed: 'Rule sets: ',
    summaryTitle: 'SME policy check — summary',
    presetsLegend: 'Examples',
    presetsHelp: 'Pick an example to fill in the form',
    fromArticle: 'from the article',
    assumed: 'assumed',
    idleNotice: 'The page was idle and has been cleared.',
    cleared: 'Cleared. Welcome, next visitor.',
    invalid: {
      number: 'Enter a number, e.g. {example}',
      negative: 'Cannot be negative',
      decimals: 'At most {n} decimals',
      integer: 'Enter a whole number',
      max: 'At most {max}',
      rate: 'The annual rate is between 0 and 36 (in %)',
      date: 'Enter a valid date',
      term: 'The term is 1 to 600 months',
    },
    examples: { amount: 'e.g. 500', revenue: 'e.g. 1800', rate: 'e.g. 4.35', rent: 'e.g. 10000', employees: 'e.g. 45', hires: 'e.g. 7' },
    noResult: 'Choose at least one policy first.',
    percentOf: '{value}%',
  },
};

// Which figures each result card shows large, in order.
export const KEY_FIGURES = {
  tech_loan: ['compensation_share', 'max_compensation', 'rate_cap', 'collateral_limit'],
  trade_loan: ['max_amount', 'rate_cap', 'government_share', 'bank_share', 'insurer_share'],
  startup_guarantee_loan: ['borrower_rate', 'subsidy_amount', 'max_amount', 'subsidy_rate', 'borrower_interest', 'total_interest'],
  rent_relief: ['relief_amount', 'free_months', 'half_months'],
};

export const FIGURE_KIND = {
  compensation_share: 'percent', rate_cap: 'percent', benchmark_rate: 'percent', lpr: 'percent', borrower_rate: 'percent',
  subsidy_rate: 'percent', government_share: 'percent', bank_share: 'percent', insurer_share: 'percent',
  free_months: 'months', half_months: 'months',
};

export const CSS = `
:host {
  display: block;
  max-width: 100%;
  contain: layout;
}
:host([hidden]) { display: none; }
/* Type and colour are set on the inner root: a page's rules can reach the host element
   (e.g. "* { font-size: 14px }") but never the elements inside. */
.root {
  --huiqi-accent: #b4231f;
  --huiqi-accent-fg: #ffffff;
  --huiqi-fg: #1f2328;
  --huiqi-muted: #555d66;
  --huiqi-bg: #ffffff;
  --huiqi-panel: #f6f8fa;
  --huiqi-border: #c9d1d9;
  --huiqi-ok: #17692e;
  --huiqi-bad: #a4161a;
  --huiqi-warn: #7a4100;
  --huiqi-info: #0b5394;
  --huiqi-radius: 10px;
  --huiqi-font: system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  --huiqi-font-size: 16px;
  box-sizing: border-box;
  min-width: 0;
  color: var(--huiqi-fg);
  background: var(--huiqi-bg);
  font-family: var(--huiqi-font);
  font-size: var(--huiqi-font-size);
  font-weight: 400;
  line-height: 1.6;
  text-align: left;
  letter-spacing: normal;
}
:host([outreach]) .root { --huiqi-font-size: 20px; }
*, *::before, *::after { box-sizing: inherit; }
h2, h3, h4 { line-height: 1.3; margin: 0 0 .5em; }
h2 { font-size: 1.5em; }
h3 { font-size: 1.25em; }
h4 { font-size: 1.05em; }
p { margin: 0 0 .75em; }
.intro, .help, .muted { color: var(--huiqi-muted); }
.help { font-size: .875em; margin: .25em 0 0; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
form { display: grid; gap: 1em; margin: 1em 0; }
fieldset { border: 1px solid var(--huiqi-border); border-radius: var(--huiqi-radius); padding: .75em 1em 1em; margin: 0; min-width: 0; }
fieldset[hidden] { display: none; }
legend { font-weight: 700; padding: 0 .35em; }
.fields { display: grid; gap: .75em 1em; grid-template-columns: repeat(auto-fit, minmax(min(100%, 15em), 1fr)); }
.field { display: grid; gap: .25em; align-content: start; min-width: 0; }
.field[hidden] { display: none; }
label, .label { font-weight: 600; }
.unit { font-weight: 400; color: var(--huiqi-muted); }
.opt { font-weight: 400; color: var(--huiqi-muted); font-size: .875em; }
input, select, button { font: inherit; color: inherit; }
input[type=text], input[type=date], select {
  width: 100%; min-height: 2.75em; padding: .4em .6em; border: 1px solid #6e7781; border-radius: 6px; background: #fff;
}
.with-unit { display: flex; align-items: center; gap: .5em; }
.with-unit input { flex: 1; min-width: 0; }
input[aria-invalid=true], select[aria-invalid=true] { border: 2px solid var(--huiqi-bad); }
.error { color: var(--huiqi-bad); font-size: .9em; margin: 0; }
.error:empty { display: none; }
.choices { display: grid; gap: .35em; grid-template-columns: repeat(auto-fit, minmax(min(100%, 13em), 1fr)); }
.choice { display: flex; gap: .5em; align-items: flex-start; min-height: 2.75em; padding: .45em .6em; border: 1px solid var(--huiqi-border); border-radius: 6px; font-weight: 400; cursor: pointer; }
.choice input { width: 1.15em; height: 1.15em; margin: .2em 0 0; flex: none; accent-color: var(--huiqi-accent); }
.choice small { display: block; color: var(--huiqi-muted); }
fieldset.tri { border: 0; padding: 0; }
fieldset.tri > legend { padding: 0; margin-bottom: .25em; }
.tri .choices { grid-template-columns: repeat(3, minmax(0, 1fr)); }
.tri .choice { justify-content: center; align-items: center; }
.choice:has(input:checked) { border-color: var(--huiqi-accent); background: #fdf3f2; }
:focus-visible { outline: 3px solid var(--huiqi-info); outline-offset: 2px; }
.actions { display: flex; flex-wrap: wrap; gap: .6em; align-items: center; }
button {
  min-height: 2.75em; padding: .45em 1.1em; border-radius: 6px; border: 1px solid var(--huiqi-accent);
  background: var(--huiqi-bg); color: var(--huiqi-accent); font-weight: 600; cursor: pointer;
}
button.primary { background: var(--huiqi-accent); color: var(--huiqi-accent-fg); }
button:disabled { opacity: .6; cursor: progress; }
:host([outreach]) button { min-height: 3.25em; padding: .5em 1.4em; }
.status-line { min-height: 1.5em; color: var(--huiqi-muted); }
.results { display: grid; gap: 1em; margin-top: 1em; }
.results:empty { display: none; }
.results-head { border-bottom: 2px solid var(--huiqi-accent); padding-bottom: .5em; }
.banner { padding: .6em .8em; border-radius: 6px; background: #fff4e5; border: 1px solid #f0c48a; color: #5c3300; }
.card { border: 1px solid var(--huiqi-border); border-radius: var(--huiqi-radius); padding: 1em; background: var(--huiqi-bg); min-width: 0; }
.card-head { display: flex; flex-wrap: wrap; gap: .5em; align-items: baseline; justify-content: space-between; }
.card-head h3 { margin: 0; }
.badges { display: flex; flex-wrap: wrap; gap: .4em; }
.badge { display: inline-block; border-radius: 999px; padding: .1em .7em; font-size: .875em; font-weight: 700; border: 1px solid currentColor; }
.s-eligible { color: var(--huiqi-ok); }
.s-ineligible { color: var(--huiqi-bad); }
.s-needs_info { color: var(--huiqi-info); }
.s-not_in_force { color: var(--huiqi-muted); }
.q-draft, .q-press_summary { color: var(--huiqi-warn); background: #fff4e5; }
.meta { color: var(--huiqi-muted); font-size: .9em; margin: .25em 0 .75em; }
.figures { display: grid; gap: .75em; grid-template-columns: repeat(auto-fit, minmax(min(100%, 9.5em), 1fr)); margin: .75em 0; }
.figure { background: var(--huiqi-panel); border-radius: 8px; padding: .6em .75em; min-width: 0; }
.figure dt { font-size: .875em; color: var(--huiqi-muted); }
.figure dd { margin: 0; font-size: 1.6em; font-weight: 700; line-height: 1.2; overflow-wrap: anywhere; }
.figure dd small { font-size: .55em; font-weight: 600; }
.figure.lead dd { color: var(--huiqi-accent); }
ul.checks, ul.plain { list-style: none; padding: 0; margin: 0; display: grid; gap: .5em; }
ul.checks li { display: grid; grid-template-columns: auto 1fr; gap: .5em; align-items: start; }
.o { font-weight: 700; font-size: .8em; border-radius: 4px; padding: .05em .45em; white-space: nowrap; border: 1px solid currentColor; margin-top: .2em; }
.o-pass { color: var(--huiqi-ok); }
.o-fail { color: var(--huiqi-bad); }
.o-unknown { color: var(--huiqi-info); }
.o-warn { color: var(--huiqi-warn); }
details { margin: .25em 0 0; }
details > summary { cursor: pointer; color: var(--huiqi-info); font-size: .9em; min-height: 1.75em; }
.quote { margin: .4em 0; padding: .5em .75em; border-left: 3px solid var(--huiqi-border); background: var(--huiqi-panel); font-size: .9em; overflow-wrap: anywhere; }
.cite { font-size: .85em; color: var(--huiqi-muted); overflow-wrap: anywhere; }
section.part { margin-top: 1em; }
.hints li::before { content: "→ "; color: var(--huiqi-accent); font-weight: 700; }
.others { border-top: 1px dashed var(--huiqi-border); margin-top: 1em; padding-top: .75em; }
.other { padding: .5em 0; border-bottom: 1px solid var(--huiqi-panel); }
.table-wrap { max-width: 100%; overflow-x: auto; }
table { border-collapse: collapse; font-size: .875em; font-variant-numeric: tabular-nums; min-width: 100%; }
caption { text-align: left; font-weight: 700; padding: .25em 0; }
th, td { padding: .3em .5em; border-bottom: 1px solid var(--huiqi-border); text-align: right; white-space: nowrap; }
th:first-child, td:first-child { text-align: left; }
.chart { width: 100%; height: auto; max-height: 220px; display: block; margin: .5em 0; }
.chart-legend { display: flex; flex-wrap: wrap; gap: 1em; font-size: .875em; }
.swatch { display: inline-block; width: .9em; height: .9em; border-radius: 2px; vertical-align: -0.1em; margin-right: .3em; }
.sw-principal { background: #5b6b7b; }
.sw-borrower_interest { background: #d9822b; }
.sw-subsidy { background: #2f8f4e; }
.presets { display: grid; gap: .5em; }
.preset-story { font-size: .9em; }
.tag { font-size: .75em; border: 1px solid var(--huiqi-border); border-radius: 4px; padding: 0 .35em; margin-left: .3em; color: var(--huiqi-muted); }
.bring { columns: 2 14em; }
.print-only { display: none; }
@media (max-width: 30em) {
  .figure dd { font-size: 1.35em; }
  .card { padding: .75em; }
  fieldset { padding: .5em .65em .75em; }
}
@media print {
  /* One clean page: verdicts, figures, the clauses, what to bring, date and rule versions. */
  .root { --huiqi-font-size: 10pt; color: #000; line-height: 1.4; }
  .root > h2, .intro, .presets, form, .actions, .no-print, .results-head, .checks-part, .how-part, .notes-part, .others, .schedule, .status-line { display: none !important; }
  .print-only { display: block; }
  .results { gap: .4em; margin: 0; }
  .card { break-inside: avoid; border-color: #999; padding: .4em .6em; animation: none; }
  .card-head h4 { font-size: 12pt; }
  .meta { margin: .1em 0 .3em; }
  .figures { margin: .3em 0; gap: .4em; grid-template-columns: repeat(4, 1fr); }
  .figure { background: none; border: 1px solid #bbb; padding: .2em .4em; }
  .figure dd { font-size: 13pt; }
  .hints h5 { display: none; }
  .hints li { font-size: 9pt; }
  .banner { background: none; padding: .2em .4em; }
  .bring { columns: 3; font-size: 9pt; }
  .bring li { margin: 0; }
  h2 { font-size: 15pt; margin: 0 0 .2em; }
  a { color: #000; }
}
@media screen and (prefers-reduced-motion: no-preference) {
  .card { animation: huiqi-in .18s ease-out; }
  @keyframes huiqi-in { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
}
`;
