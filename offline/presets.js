// Visitor stories for the outreach edition, drawn from the seed articles. Each says
// which details come from the article and which are assumed to complete the form; the
// answers are an engine request (CONTRACT.md), as in a share link.
export const STORIES = [
  {
    id: 'solid-state-battery',
    title_zh: '固态电池初创企业：营收1200万元，800万元科技贷款',
    title_en: 'Solid-state battery start-up: revenue CNY 12 million, an CNY 8 million tech loan',
    story_zh: '郑州一家固态电池研发初创企业，年营收1200万元，已有700万元他行贷款，没有抵押物；中国银行以“未来现金流授信”发放800万元科技贷款。',
    story_en: 'A Zhengzhou solid-state battery start-up with revenue of CNY 12 million, CNY 7 million of loans at other banks and no collateral got an CNY 8 million tech loan on its future cash flow.',
    source: '000_7dd4362d4eaa0ca0.txt:34-38',
    from_article: ['郑州', '年营收1200万元', '无抵押物', '贷款800万元（科技贷款）'],
    assumed: ['科技型中小企业（已入库）', '工业、30人', '期限12个月、年利率3.5%', '纯信用、无担保', '2025年5月15日申请'],
    request: {"as_of":"2025-05-15","region":"410100","applicant":{"kind":"enterprise","revenue":"12000000","tech_status":["tech_sme"]},"programmes":["tech_loan"],"loan":{"amount":"8000000","term_months":12,"annual_rate":"0.035","collateral_value":"0","guarantee":"none"}},
  },
  {
    id: 'trade-loan-one-day',
    title_zh: '小微出口企业：22.05万元“外贸贷”一天获批',
    title_en: 'A small exporter: a CNY 220,500 foreign-trade loan approved in one day',
    story_zh: '郑州一家小微出口企业，在出口信用保险项下从建设银行郑州金水支行获得首笔“外贸贷”，授信22.05万元，从申请到审批仅用一天。',
    story_en: 'A small Zhengzhou exporter got the first foreign-trade loan under export credit insurance from a Jinshui branch: a CNY 220,500 credit line approved in one day.',
    source: '002_0b04e680dd63617e.txt:37',
    from_article: ['郑州（金水区）', '小微出口企业', '已投保出口信用保险', '授信22.05万元', '纯信用'],
    assumed: ['批发业、12人、营收1800万元', '2022年5月10日申请'],
    request: {"as_of":"2022-05-10","region":"410105","applicant":{"kind":"enterprise","industry":"wholesale","employees":12,"revenue":"18000000","foreign_trade":{"trades_abroad":true,"credit_insurance":true}},"programmes":["trade_loan"],"loan":{"amount":"220500","collateral_value":"0"}},
  },
  {
    id: 'subsidised-120',
    title_zh: '120万元贷款，贴息后实际利率1.85%',
    title_en: 'A CNY 1.2 million loan at 1.85% after the interest subsidy',
    story_zh: '报道中的企业在福建龙岩：银行3天发放贷款120万元，享受政府贴息后实际利率仅1.85%，成本降幅达40%。这里换成一家新乡的小微企业，按河南适用的创业担保贷款测算同样的贷款。',
    story_en: 'The reported firm is in Longyan, Fujian: a CNY 1.2 million loan in three days, 1.85% after the subsidy, 40% cheaper. Here a small Xinxiang firm takes the same loan under Henan’s start-up guaranteed loan.',
    source: '003_a5c6cd75f1bafb8b.txt:27',
    from_article: ['贷款120万元', '贴息后实际利率1.85%', '成本降幅约40%'],
    assumed: ['新乡市红旗区的小型工厂，60人、营收1500万元', '当年新招用9名高校毕业生，签1年合同', '2024年8月1日申请（1年期LPR 3.35%）', '合同年利率3.10%、期限12个月、按月付息到期还本'],
    request: {"as_of":"2024-08-01","region":"410702","applicant":{"kind":"enterprise","industry":"industry","employees":60,"revenue":"15000000","new_hires":{"count":9,"contract_years":1},"subsidised_loans_before":0},"programmes":["startup_guarantee_loan"],"loan":{"amount":"1200000","term_months":12,"annual_rate":"0.031","repayment":"interest_only"}},
  },
  {
    id: 'xinxiang-rent-2022',
    title_zh: '新乡小餐馆：2022年国有房屋房租减免（历史情景）',
    title_en: 'A small Xinxiang restaurant: 2022 rent relief on state premises (historical)',
    story_zh: '新乡一家个体餐馆租用国有单位的门面，2022年受疫情影响不能正常经营。按当年的政策能减免多少房租？',
    story_en: 'A small Xinxiang restaurant renting from a state unit could not operate normally in 2022. What relief did the rules of the time give?',
    source: '004_258a8524201cde36.txt:3050',
    from_article: ['新乡：免收3个月、减半收取12个月（征求意见稿第94项）', '全国：2022年减免3或6个月'],
    assumed: ['个体工商户，月租金6000元', '2022年7月1日（情景日期）', '所在区2022年未被列为中高风险地区'],
    request: {"as_of":"2022-07-01","region":"410702","applicant":{"kind":"individual_business"},"programmes":["rent_relief"],"premises":{"owner":"state","monthly_rent":"6000","sublet":false,"cannot_operate_normally":true,"county_medium_high_risk_2022":false}},
  },
];
