// Texts and styles of <huiqi-widget>. Chinese first; English for the lang="en" view.
// Policy texts (checks, hints, explanations) come from the engine and pass through
// js/widget/citizen.js (no field paths, portal notes or files; jargon in plain words).

export const STRINGS = {
  zh: {
    title: '惠企政策测算',
    intro: '选择要了解的政策，填几项基本情况，马上看到能不能申请、能得到多少、到哪里办。所填信息只在本页面内计算，不会发送到任何地方。',
    loading: '正在加载测算引擎…',
    loadFailed: '测算工具没能加载。请使用新版浏览器，或切换到极速模式后刷新页面。',
    optional: '选填',
    programmesLegend: '要了解的政策',
    programmesHelp: '可多选',
    programme: { tech_loan: '科技贷', trade_loan: '外贸贷', startup_guarantee_loan: '创业担保贷款', rent_relief: '房租减免', financing_coordination: '推荐清单自查' },
    programmeHint: {
      tech_loan: '科技企业纯信用或少抵押贷款，省里替银行分担损失',
      trade_loan: '郑州中小微外贸企业纯信用贷款',
      startup_guarantee_loan: '创业者和招人的小微企业，财政帮您付一部分利息',
      rent_relief: '承租国有房屋的房租减免',
      financing_coordination: '融资协调机制5项标准，申报进入银行对接清单',
    },
    whoLegend: '申请主体',
    kind: { enterprise: '企业', individual_business: '个体工商户', person: '个人创业者' },
    regionLegend: '所在地区',
    city: '所在市',
    county: '所在县（市、区）',
    province: '所在省份',
    otherProvince: '河南省外',
    wholeCity: '市区 / 不确定',
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
    singleAsset: '抵押物是一处整体资产（如一栋厂房），无法分割',
    guarantee: '担保方式',
    guar: {
      none: '没有担保（纯信用）',
      controlling_shareholder: '只有持股34%以上的自然人股东（及配偶）担保',
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
    historical: '历史情景：按 {date} 当时的政策测算，不代表现在还能申请',
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
    resultsFor: '{region} · 按 {date} 的政策',
    stale: '内容已修改，请点“查看结果”更新。',
    errorSummary: '有 {n} 处需要修改',
    status: { eligible: '符合条件', ineligible: '暂不符合', needs_info: '还需补充信息', not_in_force: '不在适用期内' },
    quality: { official: '正式文件', draft: '征求意见稿', press_summary: '据新闻报道' },
    qualityNote: { draft: '依据的是征求意见稿，正式文件可能不同。', press_summary: '依据的是新闻报道摘要，未取得正式文件原文。' },
    period: '适用期：{from} 至 {to}',
    periodOpen: '适用期：{from} 起',
    outcome: { pass: '符合', fail: '不符合', unknown: '待补充', warn: '请注意' },
    checksHeading: '逐项核对的条件',
    howHeading: '数字是怎么算出来的',
    hintsHeading: '怎样才能符合 / 提示',
    notesHeading: '需要注意',
    othersHeading: '同时适用的其他规定',
    othersNotApplying: '另有 {n} 项规定不适用于您（点开查看原因）',
    basis: '依据',
    colon: '：',
    paren: (x) => `（${x}）`,
    bracket: (x) => `【${x}】`,
    listSep: '；',
    enumSep: '、',
    scheduleCaption: '还款计划（{n}期）',
    chartLabel: '每期利息：您自付的部分和财政贴息',
    col: {
      n: '期数',
      date: '还款日',
      payment: '还款额',
      principal: '本金',
      interest: '利息',
      subsidy: '其中贴息',
      own: '您自付',
      borrower_interest: '自付利息',
      balance: '剩余本金',
    },
    legend: { principal: '本金', borrower_interest: '您自付的利息', subsidy: '财政贴息', interest: '利息' },
    year: '第{n}年',
    figure: {
      compensation_share: '给银行的损失补偿比例',
      max_compensation: '给银行的最多补偿',
      compensation_cap: '单笔补偿上限',
      rate_cap: '年利率上限',
      collateral_limit: '抵押上限',
      benchmark_rate: '同期基准利率',
      max_amount: '最高贷款额度',
      lpr: '1年期LPR',
      borrower_rate: '您实际承担的年利率',
      subsidy_rate: '财政贴息（年利率）',
      total_interest: '利息合计',
      subsidy_amount: '财政贴息合计',
      borrower_interest: '您自付利息',
      subsidised_principal: '享受贴息的本金',
      free_months: '免租',
      half_months: '减半收租',
      relief_amount: '少交房租',
      government_share: '政府分担',
      bank_share: '银行分担',
      insurer_share: '信保分担',
    },
    bringHeading: '带上这些材料',
    printHeading: '惠企政策测算单',
    printFooter: '本测算依据公开政策文件，仅供参考；能否获批、实际额度和利率以经办银行、主管部门审核为准。',
    summaryTitle: '惠企政策测算摘要',
    presetsLegend: '示例',
    presetsHelp: '选一个例子，自动填好表格',
    fromArticle: '来自报道',
    presetAssumed: '假设',
    idleNotice: '页面已闲置，已自动清空。',
    cleared: '已清空，欢迎下一位。',
    invalid: {
      money: '请填金额，例如 {example}',
      cents: '金额最多精确到分',
      negative: '不能是负数',
      positive: '金额要大于 0',
      rate: '请填年利率，例如 3.85%',
      rateRange: '年利率应在 0% 到 36% 之间',
      rateDecimals: '年利率最多 4 位小数',
      term: '请填期限，例如 24个月 或 2年',
      termWhole: '期限请按整月填写，例如 18个月',
      termRange: '期限应在 1 到 600 个月之间',
      count: '请填人数，例如 {example}',
      integer: '人数请填整数',
      tooMany: '人数太大，请检查',
      years: '请填年数，例如 1年',
      decimals: '最多 {n} 位小数',
      yearsRange: '合同期限不超过 50 年',
      date: '请选择有效日期',
      noProgramme: '请先选择至少一项政策。',
    },
    examples: {
      amount: '20万',
      revenue: '1800万',
      rate: '3.85%',
      rent: '6000',
      employees: '12',
      hires: '3',
      term: '24个月',
      years: '1年',
    },
    unsupported: '您的浏览器版本较旧，无法使用本测算工具。请使用新版浏览器，或切换到极速模式（地址栏右侧的闪电图标）。',
    elder: '长辈模式',
    kindHelp: '企业：公司、合伙企业等。个体工商户：已办营业执照的个人店铺、摊位。个人创业者：还没办营业执照、准备创业的个人。',
    zonesGroup: '功能区（按所属县区测算）',
    countiesGroup: '县（市、区）',
    zoneNote: '{zone}按{county}测算。',
    pastProgrammes: '往期政策（已过适用期，点开查看）',
    pastHelp: '这些政策在所选日期已不适用。想看当时的规定，请把下面的日期改为当时（例如点“2022年”）。',
    rateUnknown: '不知道利率（按一般利率估算）',
    rateTypical: '按一般利率 {rate} 估算（1年期贷款市场报价利率），实际以银行合同为准。',
    echoMoney: '按 {text} 计算',
    echoRate: '按年利率 {text} 计算',
    echoTerm: '按 {text} 个月计算',
    termHelp: '可填“24个月”或“2年”',
    amountHelp: '可填“20万”或“200000元”',
    rateHelp: '可填“3.85%”',
    dateToday: '今天',
    date2022: '2022年',
    placeholders: {
      amount: '例如 20万',
      revenue: '例如 1800',
      rate: '例如 3.85',
      rent: '例如 6000',
      employees: '例如 12',
      hires: '例如 3',
      term: '例如 24',
      years: '例如 1',
      collateral: '没有填 0',
    },
    disclaimer: '测算结果仅供参考：能否获批、实际额度和利率，以经办银行和主管部门审核为准。',
    answer: {
      eligible: '可以申请。',
      coord: '按您的回答，符合5项标准，可以申报进入推荐清单。',
      ineligible: '暂不符合。',
      needsInfo: '还差几项信息才能判断：{what}。请在上面补充后再点“查看结果”。',
      needsInfoPlain: '还差几项信息才能判断，请按下面的提示补充。',
      notInForce: '这项政策的适用期是 {from} 至 {to}，所选日期已不适用。',
      notYet: '这项政策从 {from} 起适用，所选日期还未开始。',
      tech: '可以申请。{collateral}{rate}万一贷款出现损失，省科技贷准备金向银行补偿{share}，这让银行更愿意放贷（这笔钱付给银行，不是付给您）。',
      techNoCollateral: '不需要抵押、',
      techCollateral: '抵押物不超过{limit}、',
      techRate: '年利率不超过{rate}；',
      startup: '可以申请。最多可贷{max}；',
      startupFree: '利息全部由财政贴息，您自己不付利息；',
      startupRate: '您自己实际承担的年利率约{rate}，其余{subsidy}由财政贴息；',
      startupTotal: '整个贷款期财政共替您付息约{amount}。',
      trade: '可以申请。外贸贷是纯信用贷款，不需要抵押，政府、银行和出口信用保险共同分担风险；',
      tradeMax: '最高额度{max}。',
      tradeBank: '额度和利率由银行审批决定。',
      rent: '可以享受。免收{free}个月房租{half}{amount}。',
      rentHalf: '，另有{half}个月房租减半',
      rentAmount: '，一共约少交{amount}',
    },
    figureWhat: {
      compensation_share: '贷款万一出现损失，省科技贷准备金替银行承担的比例（付给银行，不是给您的钱）',
      max_compensation: '这笔贷款若出现损失，准备金最多补偿给银行的金额（不是给您的钱）',
      compensation_cap: '每笔贷款补偿给银行的上限',
      rate_cap: '银行给您的年利率不能超过这个数',
      collateral_limit: '实物抵押最多不超过这个数（贷款额的30%）',
      benchmark_rate: '同期贷款基准利率，用来算利率上限',
      max_amount: '最多能贷这么多',
      lpr: '1年期贷款市场报价利率（LPR），贴息按它计算',
      borrower_rate: '扣除财政贴息后，您自己实际承担的年利率',
      subsidy_rate: '财政替您付的那部分年利率',
      total_interest: '整个贷款期按合同利率的利息',
      subsidy_amount: '整个贷款期财政替您付的利息',
      borrower_interest: '整个贷款期您自己付的利息',
      subsidised_principal: '能享受贴息的贷款本金',
      free_months: '免交房租的月数',
      half_months: '房租减半的月数',
      relief_amount: '一共少交的房租',
      government_share: '损失中由政府承担的比例',
      bank_share: '损失中由银行承担的比例',
      insurer_share: '损失中由信用保险承担的比例',
    },
    missingHeading: '还需要补充',
    nextHeading: '下一步怎么办',
    whereHeading: '到哪里办',
    timeHeading: '大概多久',
    guidance: '一般做法',
    contactsHeading: '本地办理地点和电话',
    phone: '电话',
    address: '地址',
    detailsHeading: '技术细节（供工作人员核对）',
    ruleSet: '规则编号',
    seedLine: '原文位置',
    engineVersion: '测算引擎',
    pastRules: '往期政策（{n} 项，已过适用期）',
    seeThen: '看看 {date} 当时能享受多少',
    tryThis: '试试这样',
    assumed: '按我们的理解：',
    scheduleMethod: '还款方式：{method}',
    scrollCue: '表格可左右滑动，查看更多列 →',
    chartTitle: '每期利息构成（元）',
    chartInterestTitle: '每期利息（元）',
    chartTotals: '整个贷款期利息 {interest} 元，其中财政贴息 {subsidy} 元，您自付 {own} 元。',
    chartTotalsNoSubsidy: '整个贷款期利息合计 {interest} 元。',
    printDate: '打印日期：{date}',
    yourAnswers: '您填写的情况',
    idleWarn: '页面即将清空，方便下一位使用：还剩 {n} 秒。',
    idleContinue: '继续使用',
    engineError: '这一项需要修改：{message}',
    statusLead: { eligible: '可以申请', ineligible: '暂不符合', needs_info: '还需补充', not_in_force: '已过适用期' },
    answersList: {
      programmes: '政策',
      kind: '申请主体',
      region: '地区',
      industry: '行业',
      employees: '从业人员',
      revenue: '上年营业收入',
      amount: '贷款金额',
      term: '期限',
      rate: '年利率',
      collateral: '抵押物',
      guarantee: '担保',
      groups: '人员类别',
      owner: '房屋产权',
      rent: '月租金',
      date: '政策日期',
    },
    missing: {
      region: '所在市、县（区）',
      'applicant.industry': '所属行业',
      'applicant.employees': '从业人员人数',
      'applicant.revenue': '上年度营业收入',
      'applicant.total_assets': '资产总额',
      'applicant.tech_status': '科技资质（高新技术企业或科技型中小企业）',
      'applicant.research_cooperation': '是否与高校、科研院所有实质合作',
      'applicant.foreign_trade.trades_abroad': '近一年是否有进出口',
      'applicant.foreign_trade.credit_insurance': '是否投保出口信用保险',
      'applicant.foreign_trade': '外贸情况',
      'applicant.new_hires.count': '今年新招用的人数',
      'applicant.new_hires.contract_years': '劳动合同期限',
      'applicant.new_hires': '今年新招用的人数和合同期限',
      'applicant.startup_groups': '属于哪类创业人员',
      'applicant.subsidised_loans_before': '以前享受过几次贴息',
      'loan.amount': '贷款金额',
      'loan.term_months': '贷款期限',
      'loan.annual_rate': '年利率',
      'loan.collateral_value': '抵押物价值（没有填0）',
      'loan.single_asset_collateral': '抵押物是不是一处整体资产',
      'loan.guarantee': '担保方式',
      'loan.repayment': '还款方式',
      'loan.start_date': '放款日期',
      'premises.owner': '房屋产权（国有或非国有）',
      'premises.monthly_rent': '月租金',
      'premises.sublet': '是否转租',
      'premises.cannot_operate_normally': '是否受疫情影响不能正常经营',
      'premises.county_medium_high_risk_2022': '所在县区2022年是否有中高风险地区',
      as_of: '日期',
    },
  },
  // English arrives with its module (js/widget/strings-en.js, loaded when an element asks
  // for it); until then, and if it cannot load, the two messages shown without the form.
  en: {
    loadFailed: 'The policy check could not load. Please use an up-to-date browser, or switch to fast mode and reload.',
    unsupported: 'This browser is too old for the policy check. Please use an up-to-date browser, or switch to its fast (Chromium) mode.',
  },
};

// Which figures each result card shows large, in order: what the applicant gets first.
export const KEY_FIGURES = {
  tech_loan: ['rate_cap', 'collateral_limit', 'compensation_share', 'max_compensation'],
  trade_loan: ['max_amount', 'rate_cap', 'government_share', 'bank_share', 'insurer_share'],
  startup_guarantee_loan: ['borrower_rate', 'subsidy_amount', 'max_amount', 'subsidy_rate', 'borrower_interest', 'total_interest'],
  rent_relief: ['relief_amount', 'free_months', 'half_months'],
};

// Styles. Every size is in em/rem, so the widget follows the browser's default font size
// and the portal's root size. Theme defaults sit on :host, so custom properties a portal
// sets on the element win; type and colour are applied on the inner root, which portal
// rules (e.g. "* { font-size: 14px }") cannot reach.
export const CSS = `
.tabs { display: flex; flex-wrap: wrap; gap: .25em; border-bottom: 2px solid var(--huiqi-accent); margin: 0 0 1em; }
.tabs [role=tab] { border-radius: .5em .5em 0 0; margin-bottom: -2px; }
.tabs [role=tab][aria-selected=true] { background: var(--huiqi-accent); color: #fff; border-color: var(--huiqi-accent); }
:host {
  --huiqi-accent: #b4231f;
  --huiqi-accent-fg: #ffffff;
  --huiqi-selected-bg: #fdf3f2;
  --huiqi-fg: #1f2328;
  --huiqi-muted: #505862;
  --huiqi-bg: #ffffff;
  --huiqi-panel: #f6f8fa;
  --huiqi-border: #c9d1d9;
  --huiqi-ok: #17692e;
  --huiqi-bad: #a4161a;
  --huiqi-warn: #7a4100;
  --huiqi-info: #0b5394;
  --huiqi-radius: 0.625em;
  --huiqi-font: system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  --huiqi-font-size: max(1rem, 16px);
  display: block;
  max-width: 100%;
  contain: layout;
}
:host([hidden]) { display: none; }
:host([outreach]) { --huiqi-font-size: max(1.25rem, 20px); }
.root {
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
.root.elder {
  font-size: calc(var(--huiqi-font-size) * 1.25);
  --huiqi-muted: #30363d;
  --huiqi-border: #6e7781;
  line-height: 1.7;
}
*, *::before, *::after { box-sizing: inherit; }
h2, h3, h4, h5, h6 { line-height: 1.3; margin: 0 0 .5em; font-weight: 700; }
h2 { font-size: 1.5em; }
h3 { font-size: 1.3em; }
h4 { font-size: 1.15em; }
h5, h6 { font-size: 1.05em; }
p { margin: 0 0 .75em; }
.intro, .help, .muted { color: var(--huiqi-muted); }
.help { font-size: .9375em; margin: .25em 0 0; }
.head { display: flex; flex-wrap: wrap; gap: .5em 1em; align-items: flex-start; justify-content: space-between; }
.head h2 { margin: 0; }
.num { white-space: nowrap; }
form { display: grid; gap: 1em; margin: 1em 0; }
fieldset { border: 1px solid var(--huiqi-border); border-radius: var(--huiqi-radius); padding: .75em 1em 1em; margin: 0; min-width: 0; }
fieldset[hidden], .field[hidden], [hidden] { display: none !important; }
legend { font-weight: 700; padding: 0 .35em; }
.fields { display: grid; gap: .75em 1em; grid-template-columns: repeat(auto-fit, minmax(min(100%, 15em), 1fr)); }
.field { display: grid; grid-template-columns: minmax(0, 1fr); gap: .25em; align-content: start; min-width: 0; }
label, .label { font-weight: 600; }
.unit { font-weight: 400; color: var(--huiqi-muted); }
.opt { font-weight: 400; color: var(--huiqi-muted); font-size: .9375em; }
input, select, button { font: inherit; color: inherit; }
input[type=text], input[type=date], select {
  box-sizing: border-box; width: 100%; min-height: 2.75em; padding: .4em .6em; border: 1px solid #6e7781; border-radius: .375em; background: #fff; color: #1f2328;
}
.echo { font-size: .9375em; color: var(--huiqi-ok); margin: 0; }
.echo:empty { display: none; }
input[aria-invalid=true], select[aria-invalid=true] { border: 2px solid var(--huiqi-bad); }
.error { color: var(--huiqi-bad); font-size: .9375em; margin: 0; font-weight: 600; }
.error:empty { display: none; }
.choices { display: grid; gap: .4em; grid-template-columns: repeat(auto-fit, minmax(min(100%, 13em), 1fr)); }
.choice { display: flex; gap: .5em; align-items: flex-start; min-height: 2.75em; padding: .45em .6em; border: 1px solid var(--huiqi-border); border-radius: .375em; font-weight: 400; cursor: pointer; background: var(--huiqi-bg); }
.choice input { width: 1.25em; height: 1.25em; margin: .2em 0 0; flex: none; accent-color: var(--huiqi-accent); }
.choice small { display: block; color: var(--huiqi-muted); font-size: .9375em; }
.choice.checked { border: 2px solid var(--huiqi-accent); background: var(--huiqi-selected-bg); }
fieldset.tri { border: 0; padding: 0; }
fieldset.tri > legend { padding: 0; margin-bottom: .25em; font-weight: 600; }
.tri .choices { grid-template-columns: repeat(3, minmax(0, 1fr)); }
.tri .choice { justify-content: center; align-items: center; }
.quick { display: flex; flex-wrap: wrap; gap: .5em; margin-top: .4em; }
:focus-visible { outline: 3px solid var(--huiqi-info); outline-offset: 2px; }
.actions { display: flex; flex-wrap: wrap; gap: .6em; align-items: center; }
button {
  min-height: 2.75em; min-width: 2.75em; padding: .45em 1.1em; border-radius: .375em; border: 1px solid var(--huiqi-accent);
  background: var(--huiqi-bg); color: var(--huiqi-accent); font-weight: 600; cursor: pointer;
}
button.primary, button[aria-pressed=true] { background: var(--huiqi-accent); color: var(--huiqi-accent-fg); }
button:disabled { opacity: .6; cursor: progress; }
:host([outreach]) button { min-height: 3em; padding: .5em 1.4em; }
.status-line { min-height: 1.5em; color: var(--huiqi-muted); }
.results { display: grid; gap: 1em; margin-top: 1em; }
.results:empty { display: none; }
.results-head { border-bottom: 2px solid var(--huiqi-accent); padding-bottom: .25em; }
.results-head h3 { margin: 0 0 .25em; }
.banner { padding: .6em .8em; border-radius: .375em; background: #fff4e5; border: 1px solid #f0c48a; color: #5c3300; margin: 0; }
.disclaimer { padding: .5em .8em; border-left: 4px solid var(--huiqi-info); background: var(--huiqi-panel); margin: 0; }
.card { border: 1px solid var(--huiqi-border); border-radius: var(--huiqi-radius); padding: 1em; background: var(--huiqi-bg); min-width: 0; scroll-margin-top: .5em; }
.card-head { display: flex; flex-wrap: wrap; gap: .5em; align-items: baseline; justify-content: space-between; }
.card-head h4 { margin: 0; }
.badges { display: flex; flex-wrap: wrap; gap: .4em; }
.badge { display: inline-block; border-radius: 999px; padding: .1em .7em; font-size: .9375em; font-weight: 700; border: 1px solid currentColor; }
.s-eligible { color: var(--huiqi-ok); }
.s-ineligible { color: var(--huiqi-bad); }
.s-needs_info { color: var(--huiqi-info); }
.s-not_in_force { color: var(--huiqi-muted); }
.q-draft, .q-press_summary { color: var(--huiqi-warn); background: #fff4e5; }
.answer { font-size: 1.15em; font-weight: 600; margin: .6em 0 .5em; }
.meta { color: var(--huiqi-muted); font-size: .9375em; margin: .25em 0 .75em; }
.figures { display: grid; gap: .6em; grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr)); margin: .75em 0; }
.figure { background: var(--huiqi-panel); border-radius: .5em; padding: .6em .75em; min-width: 0; }
.figure dt { font-size: .9375em; color: var(--huiqi-muted); font-weight: 600; }
.figure dd { margin: 0; }
.figure dd:not(.what) { font-size: 1.5em; font-weight: 700; line-height: 1.25; white-space: nowrap; }
.figure dd small { font-size: .6em; font-weight: 600; }
.figure .what { font-size: .8125em; color: var(--huiqi-muted); margin: .2em 0 0; line-height: 1.45; }
.figure.lead dd:not(.what) { color: var(--huiqi-accent); }
ul.checks, ul.plain { list-style: none; padding: 0; margin: 0; display: grid; gap: .5em; }
ul.checks li { display: grid; grid-template-columns: auto 1fr; gap: .5em; align-items: start; }
ul.dots { margin: .25em 0 .5em; padding-left: 1.25em; }
ul.dots li { margin: .15em 0; }
.o { font-weight: 700; font-size: .875em; border-radius: .25em; padding: .05em .45em; white-space: nowrap; border: 1px solid currentColor; margin-top: .2em; }
.o-pass { color: var(--huiqi-ok); }
.o-fail { color: var(--huiqi-bad); }
.o-unknown { color: var(--huiqi-info); }
.o-warn { color: var(--huiqi-warn); }
details { margin: .25em 0 0; }
details > summary { cursor: pointer; color: var(--huiqi-info); min-height: 2.75em; display: flex; align-items: center; gap: .35em; font-weight: 600; }
details > summary::-webkit-details-marker { display: none; }
details > summary::before { content: "▸"; display: inline-block; width: 1em; flex: none; }
details[open] > summary::before { content: "▾"; }
.quote { margin: .4em 0; padding: .5em .75em; border-left: 3px solid var(--huiqi-border); background: var(--huiqi-panel); font-size: .9375em; overflow-wrap: anywhere; }
.cite { font-size: .9375em; color: var(--huiqi-muted); overflow-wrap: anywhere; }
section.part { margin-top: 1em; }
.next { border-top: 2px solid var(--huiqi-panel); padding-top: .5em; }
.next h5 { margin: .5em 0 .25em; }
.tag { font-size: .8125em; border: 1px solid var(--huiqi-border); border-radius: .25em; padding: 0 .35em; margin-left: .3em; color: var(--huiqi-muted); white-space: nowrap; }
.contact { margin: .25em 0; }
.hints li::before { content: "→ "; color: var(--huiqi-accent); font-weight: 700; }
.others { border-top: 1px dashed var(--huiqi-border); margin-top: 1em; padding-top: .75em; }
.other { padding: .5em 0; border-bottom: 1px solid var(--huiqi-panel); }
.table-wrap { max-width: 100%; overflow-x: auto; position: relative; border: 1px solid var(--huiqi-border); border-radius: .375em;
  background: linear-gradient(to right, var(--huiqi-bg) 30%, transparent), linear-gradient(to left, var(--huiqi-bg) 30%, transparent) 100% 0,
    radial-gradient(farthest-side at 0 50%, rgba(0,0,0,.25), transparent), radial-gradient(farthest-side at 100% 50%, rgba(0,0,0,.25), transparent) 100% 0;
  background-repeat: no-repeat; background-size: 2.5em 100%, 2.5em 100%, .9em 100%, .9em 100%; background-attachment: local, local, scroll, scroll; }
.scroll-cue { font-size: .9375em; color: var(--huiqi-muted); margin: .25em 0; }
table { border-collapse: collapse; font-size: .9375em; font-variant-numeric: tabular-nums; min-width: 100%; }
caption { text-align: left; font-weight: 700; padding: .25em .5em; }
th, td { padding: .35em .6em; border-bottom: 1px solid var(--huiqi-border); text-align: right; white-space: nowrap; }
th:first-child, td:first-child { text-align: left; position: sticky; left: 0; background: var(--huiqi-bg); }
.chart { width: 100%; height: auto; display: block; margin: .5em 0; font-family: var(--huiqi-font); }
.chart text { fill: var(--huiqi-fg); }
.chart-legend { display: flex; flex-wrap: wrap; gap: .5em 1em; font-size: .9375em; }
.swatch { display: inline-block; width: .9em; height: .9em; border-radius: 2px; vertical-align: -0.1em; margin-right: .3em; }
.sw-principal { background: #5b6b7b; }
.sw-borrower_interest, .sw-interest { background: #b35c00; }
.sw-subsidy { background: #2f8f4e; }
.presets { display: grid; gap: .5em; }
.preset-story { font-size: .9375em; }
.bring { columns: 2 14em; }
.idle { position: sticky; bottom: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: .5em 1em; align-items: center; padding: .75em 1em; background: #fff4e5; border: 2px solid var(--huiqi-warn); border-radius: var(--huiqi-radius); color: #5c3300; font-weight: 600; }
.unsupported { padding: 1em; border: 2px solid var(--huiqi-bad); border-radius: var(--huiqi-radius); }
.print-only { display: none; }
@media (max-width: 30em) {
  .card { padding: .6em; }
  fieldset { padding: .5em .65em .75em; }
  .figures { grid-template-columns: repeat(auto-fit, minmax(min(100%, 8.5em), 1fr)); gap: .4em; }
  .figure { padding: .45em .5em; }
  .figure dd:not(.what) { font-size: 1.25em; }
  table { font-size: .875em; }
  th, td { padding: .35em .25em; }
}
@media (min-width: 40em) { .scroll-cue { display: none; } }
@media print {
  .root { font-size: 10pt; color: #000; line-height: 1.4; }
  .root > .head, .results-head, .intro, .presets, form, .actions, .no-print, .checks-part, .how-part, .notes-part, .others, .schedule, .status-line, .details-part, .idle, details.past-rules { display: none !important; }
  .print-only { display: block; }
  .results { gap: .4em; margin: 0; }
  .results-head { border: 0; }
  .card { break-inside: avoid; border-color: #999; padding: .4em .6em; animation: none; }
  .card-head h4 { font-size: 12pt; }
  .answer { font-size: 10.5pt; margin: .2em 0; }
  .meta { margin: .1em 0 .3em; }
  .figures { margin: .3em 0; gap: .3em; grid-template-columns: repeat(4, 1fr); }
  .figure { background: none; border: 1px solid #bbb; padding: .15em .4em; }
  .figure dd:not(.what) { font-size: 12pt; }
  .figure .what { display: none; }
  .hints, .missing { display: none !important; }
  .next li, .next p { font-size: 8.5pt; line-height: 1.3; }
  .next ul.dots { columns: 2; column-gap: 1.5em; }
  .next .tag { display: none; }
  .next h5 { font-size: 9.5pt; margin: .2em 0 0; }
  ul.dots { margin: 0; }
  .banner, .disclaimer { background: none; padding: .2em .4em; }
  .bring { columns: 2; }
  .tag { border: 0; }
  h2 { font-size: 15pt; margin: 0 0 .2em; }
  a { color: #000; }
}
@media screen and (prefers-reduced-motion: no-preference) {
  .card { animation: huiqi-in .18s ease-out; }
  @keyframes huiqi-in { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
}
`;
