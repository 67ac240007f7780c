//! The template's columns: Chinese header, unit, the request field each fills, and the
//! parser of its cells; lenient header matching.
//!
//! A header is matched after normalising it (full-width → half-width, spaces and
//! brackets removed); the unit it states (万元, 元, 亿元, %) decides how a bare number in
//! that column is read. A cell may state its own unit ("1800万", "0.18亿",
//! "18000000元"), which wins.

use rust_decimal::Decimal;
use std::borrow::Cow;
use std::str::FromStr;

/// How a cell's text is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Carried to the output only (name, credit code, notes).
    Text,
    Region,
    ApplicantKind,
    Industry,
    /// A whole number of persons or times.
    Count,
    Money,
    Rate,
    /// A loan term: months, or years with 年.
    Months,
    /// A number of years (may have decimals).
    Years,
    Bool,
    TechStatus,
    StartupGroups,
    Guarantee,
    Repayment,
    Owner,
    Date,
    /// What a loan is for (the 推荐清单 self-check's 真实融资需求).
    Purpose,
}

/// The unit a header states, or the column's default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    None,
    Yuan,
    Wan,
    Yi,
    Percent,
}

impl Unit {
    /// Powers of ten from the unit to 元.
    fn shift(self) -> u32 {
        match self {
            Unit::Wan => 4,
            Unit::Yi => 8,
            _ => 0,
        }
    }

    pub fn name_zh(self) -> &'static str {
        match self {
            Unit::None => "",
            Unit::Yuan => "元",
            Unit::Wan => "万元",
            Unit::Yi => "亿元",
            Unit::Percent => "%",
        }
    }
}

/// One column of the template.
#[derive(Debug)]
pub struct ColumnDef {
    /// Stable key (used in results and tests).
    pub key: &'static str,
    /// The header the template writes.
    pub header: &'static str,
    /// Other names it is known by (normalised: half-width, no spaces, no unit).
    pub aliases: &'static [&'static str],
    pub kind: Kind,
    /// The request field it fills (a JSON path), or "" for columns only carried along.
    pub field: &'static str,
    /// The unit of a bare number when the header states none.
    pub default_unit: Unit,
    /// Plain-Chinese explanation for the template's 说明 sheet.
    pub help: &'static str,
    /// Two example cells for the template.
    pub examples: [&'static str; 2],
    /// Must have a value in every row.
    pub required: bool,
}

macro_rules! col {
    ($key:literal, $header:literal, [$($alias:literal),*], $kind:ident, $field:literal, $unit:ident, $req:literal, $help:literal, $ex1:literal, $ex2:literal) => {
        ColumnDef {
            key: $key,
            header: $header,
            aliases: &[$($alias),*],
            kind: Kind::$kind,
            field: $field,
            default_unit: Unit::$unit,
            help: $help,
            examples: [$ex1, $ex2],
            required: $req,
        }
    };
}

/// The template's columns, in template (and request) order.
pub static COLUMNS: &[ColumnDef] = &[
    col!("seq", "序号", ["编号", "no"], Text, "", None, false,
        "可不填，仅用于核对。", "1", "2"),
    col!("name", "企业名称", ["企业(个体户)名称", "单位名称", "主体名称", "名称", "企业", "经营主体名称", "市场主体名称", "姓名"], Text, "", None, false,
        "企业、个体工商户的名称或创业者姓名，仅用于核对，原样写入结果。", "获嘉县某机械制造有限公司", "郑州某餐饮店"),
    col!("credit_code", "统一社会信用代码", ["信用代码", "社会信用代码", "统一代码"], Text, "", None, false,
        "可不填，原样写入结果。", "91410724MA00000000", ""),
    col!("region", "所在县区", ["所在县(市、区)", "所在县市区", "县区", "所在区县", "区县", "县(市、区)", "所在地", "注册地", "所属县区", "行政区划", "行政区划代码", "区划代码", "地区"], Region, "region", None, true,
        "必填。企业注册地所在的县（市、区）：写名称（获嘉县、获嘉、新乡市获嘉县）或6位行政区划代码（410724）。只知道地市的，可写地市名称（新乡市）。", "获嘉县", "金水区"),
    col!("kind", "主体类型", ["类型", "申请主体类型", "市场主体类型", "主体性质"], ApplicantKind, "applicant.kind", None, false,
        "企业、个体工商户、个人（创业者）三选一；留空按企业。", "企业", "个体工商户"),
    col!("industry", "所属行业", ["行业", "行业类别", "行业门类"], Industry, "applicant.industry", None, false,
        "按《中小企业划型标准规定》的行业：工业、建筑业、批发业、零售业、交通运输业、仓储业、邮政业、住宿业、餐饮业、信息传输业、软件和信息技术服务业、房地产开发经营、物业管理、租赁和商务服务业、农林牧渔业、其他。", "工业", "餐饮业"),
    col!("employees", "从业人员", ["从业人员数", "员工人数", "职工人数", "人数", "在职职工人数", "从业人数"], Count, "applicant.employees", None, false,
        "人数，整数。", "45", "6"),
    col!("revenue", "上年度营业收入", ["营业收入", "上年营业收入", "年营业收入", "营收", "上年度营收", "年营收", "主营业务收入"], Money, "applicant.revenue", Wan, false,
        "上一年度营业收入。表头写明单位：（万元）或（元）；单元格也可自带单位，如 1800万、0.18亿。", "3000", "80"),
    col!("total_assets", "资产总额", ["总资产", "资产"], Money, "applicant.total_assets", Wan, false,
        "资产总额，单位同表头（默认万元）。", "2600", ""),
    col!("tech_status", "科技企业资质", ["科技资质", "企业资质", "资质", "高新技术企业/科技型中小企业"], TechStatus, "applicant.tech_status", None, false,
        "高新技术企业、科技型中小企业，可填多项（用顿号或逗号分隔）；没有填“无”；不清楚留空。", "科技型中小企业", "无"),
    col!("research_cooperation", "产学研合作", ["是否产学研合作", "与高校院所产学研合作", "产学研"], Bool, "applicant.research_cooperation", None, false,
        "是否与高校、科研院所开展实质性产学研合作：是/否。", "否", ""),
    col!("trades_abroad", "有进出口业务", ["进出口业务", "是否有进出口业务", "近一年有进出口业务", "外贸业务", "是否外贸企业"], Bool, "applicant.foreign_trade.trades_abroad", None, false,
        "近一年是否有进出口业务：是/否。", "否", "否"),
    col!("credit_insurance", "已投保出口信用保险", ["出口信用保险", "是否投保出口信用保险", "信保"], Bool, "applicant.foreign_trade.credit_insurance", None, false,
        "是否投保出口信用保险：是/否。", "", ""),
    col!("new_hires", "当年新招用人数", ["新招用人数", "新招用符合条件人数", "新增就业人数", "新招用人员"], Count, "applicant.new_hires.count", None, false,
        "当年新招用符合创业担保贷款条件的人数（小微企业申请时需要）。", "12", ""),
    col!("contract_years", "新招用劳动合同年限", ["劳动合同年限", "合同年限", "新招用人员劳动合同年限"], Years, "applicant.new_hires.contract_years", None, false,
        "新招用人员签订的劳动合同期限，单位年。", "1", ""),
    col!("startup_groups", "创业者所属群体", ["所属群体", "人员类别", "创业者类别", "重点群体", "创业群体"], StartupGroups, "applicant.startup_groups", None, false,
        "创业担保贷款对象：高校毕业生、城镇登记失业人员、就业困难人员、退役军人、返乡创业农民工、农村自主创业农民、新市民、刑满释放人员、网络商户、脱贫人口等，可填多项；都不是填“无”。", "", "返乡创业农民工"),
    col!("subsidised_loans_before", "已享受创业担保贷款贴息次数", ["已享受贴息次数", "贴息次数", "已享受创业担保贷款次数"], Count, "applicant.subsidised_loans_before", None, false,
        "此前已享受创业担保贷款贴息的次数，没有填 0。", "0", "0"),
    col!("loan_amount", "贷款金额", ["拟贷款金额", "融资需求", "融资需求金额", "贷款需求", "申请金额", "需求金额"], Money, "loan.amount", Wan, false,
        "需要的贷款金额，单位同表头（默认万元）。", "500", "20"),
    col!("term_months", "贷款期限", ["期限", "贷款期限月"], Months, "loan.term_months", None, false,
        "单位月；写“2年”“两年”按24个月，“一年半”按18个月。", "24", "24"),
    col!("annual_rate", "贷款年利率", ["年利率", "利率", "贷款利率"], Rate, "loan.annual_rate", Percent, false,
        "合同年利率，单位%（4.35 即 4.35%）；也可写 4.35% 或 0.0435（小于1的数按小数读）。", "4.75", "4.15"),
    col!("collateral_value", "抵质押物评估值", ["抵押物评估值", "抵质押评估值", "实物资产抵质押评估值", "抵押物价值"], Money, "loan.collateral_value", Wan, false,
        "实物资产抵质押评估值，单位同表头（默认万元）；没有抵押填 0。", "100", ""),
    col!("single_asset_collateral", "单一资产抵押", ["是否单一资产抵押", "单一资产"], Bool, "loan.single_asset_collateral", None, false,
        "抵押物是否为单一资产：是/否。", "是", ""),
    col!("guarantee", "担保方式", ["担保", "担保类型"], Guarantee, "loan.guarantee", None, false,
        "无（纯信用）、控股股东（仅自然人股东担保）、第三方、担保机构，四选一。", "第三方", ""),
    col!("repayment", "还款方式", ["还款"], Repayment, "loan.repayment", None, false,
        "等额本息、等额本金、按月付息到期还本，三选一。", "等额本息", "等额本息"),
    col!("start_date", "贷款发放日", ["放款日期", "发放日期", "贷款日期", "起息日", "放款日"], Date, "loan.start_date", None, false,
        "日期，如 2022-07-01 或 2022年7月1日。", "2022-07-01", "2022-10-01"),
    col!("premises_owner", "经营场所产权", ["房屋产权", "场所产权", "房屋性质", "出租方性质", "房屋产权性质"], Owner, "premises.owner", None, false,
        "租用的经营场所是否国有：国有/非国有（房租减免只适用承租国有房屋）。", "", "国有"),
    col!("monthly_rent", "月租金", ["租金", "每月租金"], Money, "premises.monthly_rent", Yuan, false,
        "每月租金，单位同表头（默认元）。", "", "12000"),
    col!("sublet", "转租", ["是否转租", "转租转借"], Bool, "premises.sublet", None, false,
        "房屋是否为转租：是/否。", "", "否"),
    col!("cannot_operate", "受疫情影响不能正常经营", ["不能正常经营", "受疫情影响", "是否受疫情影响"], Bool, "premises.cannot_operate_normally", None, false,
        "2022年是否受疫情影响不能正常经营：是/否。", "", "是"),
    col!("county_risk_2022", "所在县2022年有中高风险地区", ["2022年中高风险地区", "中高风险地区", "所在县区2022年有中高风险地区"], Bool, "premises.county_medium_high_risk_2022", None, false,
        "所在县（市、区）2022年是否被列为疫情中高风险地区：是/否。", "", "是"),
    // The 推荐清单 self-check's five standards (001 L93–96): the firm's own answers.
    col!("operates_compliantly", "合规持续经营", ["是否合规持续经营", "合规经营", "持续经营"], Bool, "financing.operates_compliantly", None, false,
        "依法登记、正常持续经营，近期没有被列入经营异常名录或受到重大处罚：是/否。", "是", "是"),
    col!("fixed_premises", "有固定经营场所", ["固定经营场所", "是否有固定经营场所"], Bool, "financing.fixed_premises", None, false,
        "有自有或租用的固定经营场所：是/否。", "是", "是"),
    col!("real_need", "有真实融资需求", ["真实融资需求", "是否有融资需求", "有融资需求"], Bool, "financing.real_need", None, false,
        "确实需要贷款用于生产经营：是/否（需要的金额、期限填在贷款金额、贷款期限两列）。", "是", "是"),
    col!("purpose", "贷款用途", ["融资用途", "资金用途", "借款用途"], Purpose, "financing.purpose", None, false,
        "流动资金、购置设备、扩大生产经营、技术改造或研发、续贷、其他，六选一。", "购置设备", "流动资金"),
    col!("good_credit", "信用状况良好", ["信用良好", "信用状况", "是否信用良好"], Bool, "financing.good_credit", None, false,
        "没有逾期未还的贷款、没有被列为失信被执行人：是/否。", "是", "是"),
    col!("lawful_use", "贷款用途依法合规", ["用途合规", "贷款用途合规", "用途依法合规"], Bool, "financing.lawful_use", None, false,
        "贷款只用于生产经营，不用于买房、炒股、理财等：是/否。", "是", "是"),
    col!("notes", "备注", ["说明"], Text, "", None, false,
        "可不填，原样写入结果。", "", ""),
];

/// The header of a column with its unit, as the template writes it.
pub fn template_header(def: &ColumnDef) -> String {
    match (def.kind, def.default_unit) {
        (Kind::Money | Kind::Rate, u) if u != Unit::None => format!("{}（{}）", def.header, u.name_zh()),
        (Kind::Count, _) if def.key == "employees" => format!("{}（人）", def.header),
        (Kind::Count, _) if def.key == "subsidised_loans_before" => format!("{}（次）", def.header),
        (Kind::Count, _) => format!("{}（人）", def.header),
        (Kind::Months, _) => format!("{}（月）", def.header),
        (Kind::Years, _) => format!("{}（年）", def.header),
        _ => def.header.to_string(),
    }
}

/// Full-width ASCII and the ideographic space to half-width; other characters kept.
/// (Text with neither is borrowed, not copied.)
pub fn half_width(s: &str) -> Cow<'_, str> {
    if s.chars().all(|c| half_width_char(c) == c) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().map(half_width_char).collect())
}

fn half_width_char(c: char) -> char {
    match c {
        '\u{3000}' => ' ',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c).saturating_sub(0xFEE0)).unwrap_or(c),
        '、' => '、',
        _ => c,
    }
}

fn is_open(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '【' | '〔' | '<' | '《' | '「')
}
fn is_close(c: char) -> bool {
    matches!(c, ')' | ']' | '}' | '】' | '〕' | '>' | '》' | '」')
}

/// Split a header into its normalised name (half-width, lower case, no spaces, no
/// bracketed parts, no unit suffix) and the unit it states.
pub fn split_header(raw: &str) -> (String, Unit) {
    let s = half_width(raw);
    let mut name = String::new();
    let mut inside = String::new();
    let mut depth = 0u32;
    for c in s.chars() {
        if c.is_whitespace() || c == '*' || c == '＊' {
            continue;
        }
        if is_open(c) {
            depth = depth.saturating_add(1);
            inside.push(' ');
            continue;
        }
        if is_close(c) {
            depth = depth.saturating_sub(1);
            continue;
        }
        if depth > 0 {
            inside.push(c);
        } else {
            name.extend(c.to_lowercase());
        }
    }
    // A unit written after the name: 营业收入万元, 营业收入/万元, 营业收入-万元, 利率%.
    let mut unit = unit_in(&inside);
    for suffix in ["亿元", "万元", "元", "%", "人", "个月", "月", "年", "次"] {
        if let Some(stem) = name.strip_suffix(suffix) {
            let stem = stem.trim_end_matches(['/', '-', '_', ':', '：', '，', ',']);
            if !stem.is_empty() && stem.chars().count() >= 2 {
                if unit == Unit::None {
                    unit = unit_in(suffix);
                }
                name = stem.to_string();
            }
            break;
        }
    }
    let name = name.trim_end_matches(['/', '-', '_', ':', '：']).to_string();
    (name, unit)
}

fn unit_in(s: &str) -> Unit {
    if s.contains("亿元") || s.contains("亿") {
        Unit::Yi
    } else if s.contains("万元") || s.contains('万') {
        Unit::Wan
    } else if s.contains('元') {
        Unit::Yuan
    } else if s.contains('%') || s.contains("百分") {
        Unit::Percent
    } else {
        Unit::None
    }
}

fn norm_alias(a: &str) -> String {
    split_header(a).0
}

/// Every normalised name (header, key, aliases) → its column; built once.
fn alias_index() -> &'static std::collections::HashMap<String, &'static ColumnDef> {
    static INDEX: std::sync::OnceLock<std::collections::HashMap<String, &'static ColumnDef>> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut m = std::collections::HashMap::new();
        // Earlier columns win a shared alias, as a linear search would.
        for d in COLUMNS {
            for name in std::iter::once(norm_alias(d.header))
                .chain(std::iter::once(d.key.to_string()))
                .chain(d.aliases.iter().map(|a| norm_alias(a)))
            {
                m.entry(name).or_insert(d);
            }
        }
        m
    })
}

/// The column a header names, with the unit its header states (or the column's own).
pub fn match_header(raw: &str) -> Option<(&'static ColumnDef, Unit)> {
    let (name, unit) = split_header(raw);
    if name.is_empty() {
        return None;
    }
    let found = *alias_index().get(name.as_str())?;
    let unit = match found.kind {
        Kind::Money => match unit {
            Unit::Yuan | Unit::Wan | Unit::Yi => unit,
            _ => found.default_unit,
        },
        Kind::Rate => match unit {
            Unit::Percent => Unit::Percent,
            _ => found.default_unit,
        },
        _ => found.default_unit,
    };
    Some((found, unit))
}

/// A cell that could not be read: the message in Chinese (the column is added by the caller).
pub type CellError = String;

/// Unit words written after a number that [`clean_number`] leaves as they are.
const CLEAN_UNITS: &[&str] = &["", "万", "万元", "亿", "亿元", "元", "%", "年", "个月", "月", "期", "人", "名", "次", "个", "位"];

/// Clean a number as typed: half-width, no spaces, no thousands separators, no currency sign.
/// (The common plain number is borrowed, not copied.)
fn clean_number(s: &str) -> Cow<'_, str> {
    let t = s.trim();
    // Digits and points with at most a unit word after them (25, 3000万, 4.35%, 2年)
    // are clean already: the cleaning below would not change them.
    let digits = t.bytes().position(|b| !(b.is_ascii_digit() || b == b'.')).unwrap_or(t.len());
    if t.get(digits..).is_some_and(|unit| CLEAN_UNITS.contains(&unit)) {
        return Cow::Borrowed(t);
    }
    // One String, not four (half_width, the filter, two replaces): the words are rare.
    let mut out: String = s
        .chars()
        .map(half_width_char)
        .filter(|c| !c.is_whitespace() && !matches!(c, ',' | '，' | '¥' | '￥' | '\''))
        .collect();
    for word in ["人民币", "RMB"] {
        if out.contains(word) {
            out = out.replace(word, "");
        }
    }
    // Numerals are not ASCII: a cell such as 1,800 or 25 needs no look for them.
    if !out.is_ascii() && out.chars().any(|c| numeral_digit(c).is_some() || numeral_unit(c).is_some() || c == '半') {
        out = chinese_numerals(&out);
    }
    Cow::Owned(out)
}

fn numeral_digit(c: char) -> Option<u64> {
    match c {
        '零' | '〇' => Some(0),
        '一' => Some(1),
        '二' | '两' => Some(2),
        '三' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '七' => Some(7),
        '八' => Some(8),
        '九' => Some(9),
        _ => None,
    }
}

fn numeral_unit(c: char) -> Option<u64> {
    match c {
        '十' => Some(10),
        '百' => Some(100),
        '千' => Some(1000),
        _ => None,
    }
}

/// Chinese numerals as people type them in a number cell, as the widget reads them
/// (js/widget/form-model.js): 两年 → 2年, 二十万 → 20万, 十八个月 → 18个月, 一年半 → 1.5年,
/// 半年 → 0.5年. A run that is not a plain number (三三十) is left as it is, and the cell's
/// own error says so.
fn chinese_numerals(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        match numeral_value(run) {
            Some(n) => out.push_str(&n.to_string()),
            None => out.push_str(run),
        }
        run.clear();
    };
    for c in s.chars() {
        if numeral_digit(c).is_some() || numeral_unit(c).is_some() {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            out.push(c);
        }
    }
    flush(&mut run, &mut out);
    // 半: half a year after a number of years, or half a year alone.
    if let Some(years) = out.strip_suffix("年半") {
        if !years.is_empty() && years.bytes().all(|b| b.is_ascii_digit()) {
            return format!("{years}.5年");
        }
    }
    if out == "半年" {
        return "0.5年".to_string();
    }
    out
}

/// 二十五 → 25, 一百零八 → 108, 两千 → 2000, 十 → 10; at most 9,999.
fn numeral_value(run: &str) -> Option<u64> {
    if run.is_empty() {
        return None;
    }
    let (mut total, mut digit, mut last_unit) = (0u64, None::<u64>, u64::MAX);
    for c in run.chars() {
        if let Some(d) = numeral_digit(c) {
            if digit.is_some() && d != 0 {
                return None; // 三三: not a number
            }
            digit = if d == 0 { None } else { Some(d) };
        } else if let Some(u) = numeral_unit(c) {
            if u >= last_unit {
                return None;
            }
            // 十 alone means one ten
            total = total.checked_add(digit.unwrap_or(1).checked_mul(u)?)?;
            digit = None;
            last_unit = u;
        }
    }
    total.checked_add(digit.unwrap_or(0))
}

/// A plain decimal (digits with at most one point, optional leading minus).
fn plain_decimal(s: &str) -> Option<Decimal> {
    let body = s.strip_prefix('-').unwrap_or(s);
    let body = body.strip_prefix('+').unwrap_or(body);
    if body.is_empty() || body.starts_with('.') && body.len() == 1 {
        return None;
    }
    if !body.bytes().all(|b| b.is_ascii_digit() || b == b'.') || body.bytes().filter(|b| *b == b'.').count() > 1 {
        return None;
    }
    Decimal::from_str_exact(s.trim_start_matches('+')).ok()
}

/// Times 10^n, exactly.
fn shift(d: Decimal, n: u32) -> Option<Decimal> {
    let mut out = d;
    for _ in 0..n {
        out = out.checked_mul(Decimal::TEN)?;
    }
    Some(out)
}

/// Divided by 10^n, exactly (decimal point moved).
fn unshift(d: Decimal, n: u32) -> Option<Decimal> {
    let mut out = d;
    for _ in 0..n {
        out = out.checked_div(Decimal::TEN)?;
    }
    Some(out)
}

/// `d` without trailing zeros (as `d.normalize().to_string()` writes it, without
/// `normalize`'s divisions).
fn dec_text(d: Decimal) -> String {
    crate::money::fmt_decimal(d)
}

/// Money in 元 as an exact decimal string.
pub fn parse_money(raw: &str, unit: Unit) -> Result<String, CellError> {
    let s = clean_number(raw);
    let (num, unit) = if let Some(n) = s.strip_suffix("亿元").or_else(|| s.strip_suffix('亿')) {
        (n, Unit::Yi)
    } else if let Some(n) = s.strip_suffix("万元").or_else(|| s.strip_suffix('万')) {
        (n, Unit::Wan)
    } else if let Some(n) = s.strip_suffix('元') {
        (n, Unit::Yuan)
    } else {
        (&*s, unit)
    };
    let Some(d) = plain_decimal(num) else {
        return Err(format!("「{}」不是金额：请填写数字，如 1800、1,800 或 1800万", raw.trim()));
    };
    if d.is_sign_negative() && !d.is_zero() {
        return Err(format!("「{}」是负数：金额不能为负", raw.trim()));
    }
    let Some(yuan) = shift(d, unit.shift()) else {
        return Err(format!("「{}」太大", raw.trim()));
    };
    let yuan = yuan.normalize();
    if yuan.scale() > 2 {
        return Err(format!("「{}」换算成元后有{}位小数：金额最多精确到分", raw.trim(), yuan.scale()));
    }
    Ok(dec_text(yuan.abs()))
}

/// An annual rate as a fraction, exact.
pub fn parse_rate(raw: &str, unit: Unit) -> Result<String, CellError> {
    let s = clean_number(raw);
    let (num, percent) = match s.strip_suffix('%') {
        Some(n) => (n, true),
        None => (&*s, unit == Unit::Percent),
    };
    let Some(d) = plain_decimal(num) else {
        return Err(format!("「{}」不是利率：请填写数字，如 4.35（即 4.35%）", raw.trim()));
    };
    if d.is_sign_negative() && !d.is_zero() {
        return Err(format!("「{}」是负数：利率不能为负", raw.trim()));
    }
    // A bare number below 1 is a fraction whatever the header says (0.0435 is 4.35%):
    // no loan is priced below 1% a year, and reading 0.0435 as 0.0435% would be silently wrong.
    let percent = percent && (s.ends_with('%') || d >= Decimal::ONE);
    let frac = if percent { unshift(d, 2) } else { Some(d) };
    // 36% a year is the ceiling courts protect; anything above is a typing slip.
    match frac {
        Some(f) if f <= Decimal::new(36, 2) => Ok(dec_text(f.abs())),
        _ => Err(format!("「{}」不是合理的年利率（超过36%）：单位是%，如 4.35", raw.trim())),
    }
}

/// A whole number (persons, times), allowing a trailing unit word.
pub fn parse_count(raw: &str) -> Result<u64, CellError> {
    let s = clean_number(raw);
    let s = s.trim_end_matches(['人', '名', '次', '个', '位']);
    // Plain digits (the common cell) read directly: what the decimal reading below gives
    // them, as 19 digits always fit a u64 (it took 1,000 instructions a cell).
    if !s.is_empty() && s.len() <= 19 && s.bytes().all(|b| b.is_ascii_digit()) {
        if let Ok(n) = u64::from_str(s) {
            return Ok(n);
        }
    }
    let d = plain_decimal(s).ok_or_else(|| format!("「{}」不是整数：请填写人数或次数，如 45", raw.trim()))?;
    if d.is_sign_negative() && !d.is_zero() {
        return Err(format!("「{}」是负数", raw.trim()));
    }
    if !d.fract().is_zero() {
        return Err(format!("「{}」不是整数", raw.trim()));
    }
    u64::from_str(&d.trunc().abs().normalize().to_string()).map_err(|_| format!("「{}」太大", raw.trim()))
}

/// A loan term in months; "2年" is 24.
pub fn parse_months(raw: &str) -> Result<u64, CellError> {
    let s = clean_number(raw);
    if let Some(y) = s.strip_suffix('年') {
        let d = plain_decimal(y).ok_or_else(|| format!("「{}」不是期限：请填写月数，如 24", raw.trim()))?;
        let m = d.checked_mul(Decimal::from(12)).unwrap_or(Decimal::MAX);
        if !m.fract().is_zero() || m.is_sign_negative() {
            return Err(format!("「{}」换算成月数不是整数", raw.trim()));
        }
        return u64::from_str(&m.normalize().to_string()).map_err(|_| format!("「{}」太大", raw.trim()));
    }
    let s = s.strip_suffix("个月").or_else(|| s.strip_suffix('月')).or_else(|| s.strip_suffix('期')).unwrap_or(&s);
    parse_count(s).map_err(|_| format!("「{}」不是期限：请填写月数，如 24", raw.trim()))
}

/// A number of years (contract length), exact.
pub fn parse_years(raw: &str) -> Result<String, CellError> {
    let s = clean_number(raw);
    let s = s.strip_suffix('年').unwrap_or(&s);
    let d = plain_decimal(s).ok_or_else(|| format!("「{}」不是年数：请填写数字，如 1", raw.trim()))?;
    if d.is_sign_negative() && !d.is_zero() {
        return Err(format!("「{}」是负数", raw.trim()));
    }
    Ok(dec_text(d.abs()))
}

/// 是/否 as people write it.
pub fn parse_bool(raw: &str) -> Result<bool, CellError> {
    // A cell written exactly as a listed word (the common case) needs no normalising:
    // the words are already half-width and lower case.
    if let Some(b) = bool_word(raw.trim()) {
        return Ok(b);
    }
    bool_word(&half_width(raw).trim().to_lowercase())
        .ok_or_else(|| format!("「{}」无法识别：请填 是 或 否（也可写 有/无、Y/N、√/×）", raw.trim()))
}

fn bool_word(s: &str) -> Option<bool> {
    match s {
        "是" | "有" | "y" | "yes" | "true" | "1" | "√" | "✓" | "✔" | "对" | "已投保" | "已" | "是的" => Some(true),
        "否" | "无" | "n" | "no" | "false" | "0" | "×" | "✗" | "✘" | "x" | "没有" | "不是" | "未" | "未投保" => Some(false),
        _ => None,
    }
}

/// A date as `YYYY-MM-DD`: 2022-07-01, 2022/7/1, 2022.7.1, 2022年7月1日, 20220701.
pub fn parse_date(raw: &str) -> Result<String, CellError> {
    let half = half_width(raw);
    let s = half.trim();
    let bad = || format!("「{}」不是日期：请写成 2022-07-01 或 2022年7月1日", raw.trim());
    let (y, m, d) = if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
        (s.get(0..4).unwrap_or(""), s.get(4..6).unwrap_or(""), s.get(6..8).unwrap_or(""))
    } else {
        let mut parts = s.trim_end_matches('日').trim_end_matches('号').split(['-', '/', '.', '年', '月']);
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some(y), Some(m), Some(d), None) => (y, m, d),
            _ => return Err(bad()),
        }
    };
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) else {
        return Err(bad());
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    if !(1900..=2200).contains(&y) || d == 0 || d > days {
        return Err(bad());
    }
    // A date the engine knows is written by its writer (`format!` took 1,300 instructions
    // a cell); the year 2200, past the engine's, by `format!`, the same way.
    let engine_date = match (u16::try_from(y), u8::try_from(m), u8::try_from(d)) {
        (Ok(y), Ok(m), Ok(d)) => crate::dates::Date::new(y, m, d),
        _ => None,
    };
    Ok(match engine_date {
        Some(date) => {
            let mut text = String::with_capacity(10);
            date.write_to(&mut text);
            text
        }
        None => format!("{y:04}-{m:02}-{d:02}"),
    })
}

/// What separates the items of a list cell (and 和, within an item).
const LIST_SEPARATORS: [char; 9] = ['、', ',', '，', ';', '；', '/', '|', '+', '\n'];

fn split_list(s: &str) -> Vec<String> {
    half_width(s)
        .split(LIST_SEPARATORS)
        .flat_map(|p| p.split('和'))
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

/// The one item of a list cell that names one thing, as `split_list` gives it (nothing to
/// split, nothing to make half-width); `None` for any other cell.
fn single_item(raw: &str) -> Option<&str> {
    let item = raw.trim();
    let plain = matches!(half_width(item), Cow::Borrowed(_)) && !item.contains(LIST_SEPARATORS) && !item.contains('和');
    (plain && !item.is_empty()).then_some(item)
}

fn is_none_word(s: &str) -> bool {
    matches!(s.trim(), "无" | "否" | "没有" | "不是" | "都不是" | "none" | "-" | "—" | "/" | "无资质")
}

/// 高新技术企业 / 科技型中小企业, several allowed; 无 is the empty list.
pub fn parse_tech_status(raw: &str) -> Result<Vec<&'static str>, CellError> {
    // One status written as listed (the common cell): no splitting, no lower-casing.
    if let Some(v) = single_item(raw).and_then(tech_status_word) {
        return Ok(vec![v]);
    }
    if is_none_word(&half_width(raw)) {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for item in split_list(raw) {
        let lower = item.to_lowercase();
        let v = match tech_status_word(&lower) {
            Some(v) => v,
            None if is_none_word(&lower) => continue,
            None => return Err(format!("「{item}」不是可识别的科技企业资质：请填 高新技术企业、科技型中小企业 或 无")),
        };
        if !out.contains(&v) {
            out.push(v);
        }
    }
    Ok(out)
}

fn tech_status_word(item: &str) -> Option<&'static str> {
    match item {
        "高新技术企业" | "国家高新技术企业" | "高新" | "高企" | "国高" | "high_tech_enterprise" => Some("high_tech_enterprise"),
        "科技型中小企业" | "科小" | "科技型" | "科技型企业" | "入库科技型中小企业" | "tech_sme" => Some("tech_sme"),
        _ => None,
    }
}

const GROUPS: &[(&str, &[&str])] = &[
    ("college_graduate", &["高校毕业生", "大学毕业生", "大学生", "毕业生", "高校毕业生(含大学生)"]),
    ("registered_unemployed", &["城镇登记失业人员", "登记失业人员", "失业人员"]),
    ("employment_difficulty", &["就业困难人员", "就业困难"]),
    ("veteran", &["退役军人", "退伍军人", "复员转业退役军人", "军转干部"]),
    ("returning_migrant_worker", &["返乡创业农民工", "返乡农民工", "返乡创业人员", "农民工"]),
    ("rural_entrepreneur", &["农村自主创业农民", "自主创业农民", "农民"]),
    ("new_citizen", &["新市民"]),
    ("released_prisoner", &["刑满释放人员"]),
    ("overcapacity_worker", &["化解过剩产能企业职工和失业人员", "化解过剩产能企业职工", "去产能职工"]),
    ("online_merchant", &["网络商户", "网商", "电商"]),
    ("poverty_alleviated", &["脱贫人口", "脱贫户", "建档立卡贫困人口", "脱贫人员"]),
];

fn group_key(item: &str) -> Option<&'static str> {
    GROUPS.iter().find(|(key, names)| *key == item || names.contains(&item)).map(|(key, _)| *key)
}

/// The 创业担保 target groups, several allowed; 无 is the empty list.
pub fn parse_groups(raw: &str) -> Result<Vec<&'static str>, CellError> {
    // One group written as listed (the common cell): no splitting.
    if let Some(key) = single_item(raw).and_then(group_key) {
        return Ok(vec![key]);
    }
    if is_none_word(&half_width(raw)) {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for item in split_list(raw) {
        if is_none_word(&item) {
            continue;
        }
        let Some(key) = group_key(&item) else {
            return Err(format!(
                "「{item}」不是可识别的创业担保贷款对象：请填 高校毕业生、城镇登记失业人员、就业困难人员、退役军人、返乡创业农民工、农村自主创业农民、新市民、刑满释放人员、网络商户、脱贫人口 或 无"
            ));
        };
        if !out.contains(&key) {
            out.push(key);
        }
    }
    Ok(out)
}

fn pick(raw: &str, table: &[(&'static str, &[&str])], what: &str, choices: &str) -> Result<&'static str, CellError> {
    // A cell written exactly as a listed word (the common case) needs no normalising.
    let exact = raw.trim();
    if let Some((key, _)) = table.iter().find(|(key, names)| *key == exact || names.contains(&exact)) {
        return Ok(key);
    }
    let s = half_width(raw).trim().to_lowercase().replace([' ', '(', ')', '（', '）'], "");
    table
        .iter()
        .find(|(key, names)| *key == s || names.iter().any(|n| *n == s))
        .map(|(key, _)| *key)
        .ok_or_else(|| format!("「{}」不是可识别的{what}：请填 {choices}", raw.trim()))
}

pub fn parse_purpose(raw: &str) -> Result<&'static str, CellError> {
    pick(
        raw,
        &[
            ("working_capital", &["流动资金", "周转", "资金周转", "日常周转", "进货", "发工资"]),
            ("equipment", &["购置设备", "买设备", "设备"]),
            ("expansion", &["扩大生产经营", "扩大生产", "扩大经营", "扩产"]),
            ("technology", &["技术改造或研发", "技术改造", "技改", "研发"]),
            ("renewal", &["续贷", "到期续贷", "到期贷款续贷"]),
            ("other", &["其他", "其他生产经营用途"]),
        ],
        "贷款用途",
        "流动资金、购置设备、扩大生产经营、技术改造或研发、续贷 或 其他",
    )
}

pub fn parse_applicant_kind(raw: &str) -> Result<&'static str, CellError> {
    pick(
        raw,
        &[
            ("enterprise", &["企业", "公司", "有限公司", "有限责任公司", "股份有限公司", "小微企业", "法人", "企业法人", "单位"]),
            ("individual_business", &["个体工商户", "个体户", "个体", "个体经营", "个体经营户"]),
            ("person", &["个人", "自然人", "个人创业", "创业者", "个人创业者"]),
        ],
        "主体类型",
        "企业、个体工商户 或 个人",
    )
}

pub fn parse_guarantee(raw: &str) -> Result<&'static str, CellError> {
    pick(
        raw,
        &[
            ("none", &["无", "无担保", "信用", "纯信用", "信用贷款", "无抵押无担保"]),
            ("controlling_shareholder", &["控股股东", "控股股东担保", "自然人股东", "股东担保", "自然人股东担保", "实际控制人担保"]),
            ("third_party", &["第三方", "第三方担保", "保证", "保证担保", "第三方保证"]),
            ("guarantee_institution", &["担保机构", "担保公司", "融资担保", "融资担保公司", "担保机构担保"]),
        ],
        "担保方式",
        "无、控股股东、第三方 或 担保机构",
    )
}

pub fn parse_repayment(raw: &str) -> Result<&'static str, CellError> {
    pick(
        raw,
        &[
            ("equal_installment", &["等额本息"]),
            ("equal_principal", &["等额本金"]),
            ("interest_only", &["按月付息到期还本", "按月付息,到期还本", "按月付息、到期还本", "先息后本", "到期还本", "按月付息", "按季付息到期还本"]),
        ],
        "还款方式",
        "等额本息、等额本金 或 按月付息到期还本",
    )
}

pub fn parse_owner(raw: &str) -> Result<&'static str, CellError> {
    pick(
        raw,
        &[
            ("state", &["国有", "国有房屋", "国企", "国有企业", "行政事业单位", "国有资产", "是"]),
            ("non_state", &["非国有", "非国有房屋", "私人", "个人", "民营", "集体", "否", "自有"]),
        ],
        "经营场所产权",
        "国有 或 非国有",
    )
}

/// The 16 industries of the enterprise-size standard (key, name and short names).
const INDUSTRIES: &[(&str, &[&str])] = &[
    ("agriculture", &["农、林、牧、渔业", "农林牧渔业", "农林牧渔", "农业", "林业", "牧业", "畜牧业", "渔业", "种植业", "养殖业"]),
    ("industry", &["工业(采矿业、制造业、电力热力燃气及水生产和供应业)", "工业", "制造业", "采矿业", "制造", "电力热力燃气及水生产和供应业"]),
    ("construction", &["建筑业", "建筑"]),
    ("wholesale", &["批发业", "批发"]),
    ("retail", &["零售业", "零售", "商贸", "批发和零售业"]),
    ("transport", &["交通运输业", "交通运输", "运输业", "运输", "物流"]),
    ("warehousing", &["仓储业", "仓储"]),
    ("postal", &["邮政业", "邮政", "快递"]),
    ("accommodation", &["住宿业", "住宿", "酒店", "宾馆"]),
    ("catering", &["餐饮业", "餐饮", "饭店", "餐馆"]),
    ("telecom", &["信息传输业", "信息传输", "电信"]),
    ("software_it", &["软件和信息技术服务业", "软件和信息技术服务", "软件业", "软件", "信息技术服务业", "信息技术", "软件信息技术服务业"]),
    ("real_estate", &["房地产开发经营", "房地产开发", "房地产"]),
    ("property_management", &["物业管理", "物业"]),
    ("leasing_business", &["租赁和商务服务业", "租赁和商务服务", "商务服务业", "租赁业", "商务服务"]),
    ("other", &["其他未列明行业", "其他", "其他行业", "服务业"]),
];

pub fn parse_industry(raw: &str) -> Result<&'static str, CellError> {
    pick(
        raw,
        INDUSTRIES,
        "行业",
        "工业、建筑业、批发业、零售业、交通运输业、仓储业、邮政业、住宿业、餐饮业、信息传输业、软件和信息技术服务业、房地产开发经营、物业管理、租赁和商务服务业、农林牧渔业 或 其他",
    )
}

/// A cell read for its request field: the JSON value the request gives that field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldValue {
    /// A string: a region code, an exact decimal (money, rate, years) or a date.
    Text(String),
    /// A string naming one of the engine's values (`enterprise`, `third_party`).
    Name(&'static str),
    /// An array of such names.
    Names(Vec<&'static str>),
    /// A whole number (persons, times, months).
    Whole(u64),
    Bool(bool),
}

impl serde::Serialize for FieldValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            FieldValue::Text(t) => s.serialize_str(t),
            FieldValue::Name(n) => s.serialize_str(n),
            FieldValue::Names(list) => serde::Serialize::serialize(list, s),
            FieldValue::Whole(n) => s.serialize_u64(*n),
            FieldValue::Bool(b) => s.serialize_bool(*b),
        }
    }
}

/// A parsed cell: the value for its request field.
pub fn parse_cell(def: &ColumnDef, unit: Unit, raw: &str, regions: &super::regions::RegionIndex) -> Result<FieldValue, CellError> {
    Ok(match def.kind {
        Kind::Text => FieldValue::Text(raw.to_string()),
        Kind::Region => FieldValue::Text(regions.resolve(raw)?),
        Kind::ApplicantKind => FieldValue::Name(parse_applicant_kind(raw)?),
        Kind::Industry => FieldValue::Name(parse_industry(raw)?),
        Kind::Count => FieldValue::Whole(parse_count(raw)?),
        Kind::Months => FieldValue::Whole(parse_months(raw)?),
        Kind::Money => FieldValue::Text(parse_money(raw, unit)?),
        Kind::Rate => FieldValue::Text(parse_rate(raw, unit)?),
        Kind::Years => FieldValue::Text(parse_years(raw)?),
        Kind::Bool => FieldValue::Bool(parse_bool(raw)?),
        Kind::TechStatus => FieldValue::Names(parse_tech_status(raw)?),
        Kind::StartupGroups => FieldValue::Names(parse_groups(raw)?),
        Kind::Guarantee => FieldValue::Name(parse_guarantee(raw)?),
        Kind::Repayment => FieldValue::Name(parse_repayment(raw)?),
        Kind::Owner => FieldValue::Name(parse_owner(raw)?),
        Kind::Date => FieldValue::Text(parse_date(raw)?),
        Kind::Purpose => FieldValue::Name(parse_purpose(raw)?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_match_leniently() {
        let (d, u) = match_header("上年度营业收入（万元）").unwrap();
        assert_eq!((d.key, u), ("revenue", Unit::Wan));
        let (d, u) = match_header(" 营业收入 (元) ").unwrap();
        assert_eq!((d.key, u), ("revenue", Unit::Yuan));
        let (d, u) = match_header("营业收入／万元").unwrap();
        assert_eq!((d.key, u), ("revenue", Unit::Wan));
        let (d, u) = match_header("营业收入").unwrap();
        assert_eq!((d.key, u), ("revenue", Unit::Wan));
        let (d, _) = match_header("所在县（市、区）").unwrap();
        assert_eq!(d.key, "region");
        let (d, _) = match_header("从业人员（人）").unwrap();
        assert_eq!(d.key, "employees");
        let (d, u) = match_header("贷款年利率(%)").unwrap();
        assert_eq!((d.key, u), ("annual_rate", Unit::Percent));
        let (d, _) = match_header("*所在县区").unwrap();
        assert_eq!(d.key, "region");
        assert!(match_header("联系电话").is_none());
        assert!(match_header("").is_none());
        for def in COLUMNS {
            let (d, u) = match_header(&template_header(def)).unwrap();
            assert_eq!(d.key, def.key, "{}", template_header(def));
            if matches!(def.kind, Kind::Money | Kind::Rate) {
                assert_eq!(u, def.default_unit);
            }
        }
    }

    /// `dec_text` writes what `normalize().to_string()` writes.
    #[test]
    fn decimal_text_is_the_normalized_decimal() {
        for text in ["0", "0.000", "-0", "100", "1.50", "0.05", "18000000", "0.0435", "1000000000000.00", "-3.10", "7922816251426433759354395033"] {
            let d = Decimal::from_str_exact(text).unwrap();
            assert_eq!(dec_text(d), d.normalize().to_string(), "{text}");
        }
    }

    #[test]
    fn money_as_typed() {
        let w = Unit::Wan;
        assert_eq!(parse_money("1800", w).unwrap(), "18000000");
        assert_eq!(parse_money("1,800", w).unwrap(), "18000000");
        assert_eq!(parse_money("１８００万", w).unwrap(), "18000000");
        assert_eq!(parse_money("0.18亿", w).unwrap(), "18000000");
        assert_eq!(parse_money("18000000元", w).unwrap(), "18000000");
        assert_eq!(parse_money("22.05", w).unwrap(), "220500");
        assert_eq!(parse_money("0.000001", w).unwrap(), "0.01");
        assert!(parse_money("0.0000001", w).is_err());
        assert_eq!(parse_money("12000", Unit::Yuan).unwrap(), "12000");
        assert_eq!(parse_money("1234.5", Unit::Yuan).unwrap(), "1234.5");
        assert_eq!(parse_money("0", w).unwrap(), "0");
        assert_eq!(parse_money("一千万", w).unwrap(), "10000000"); // as the widget reads it
        assert!(parse_money("-5", w).is_err());
        assert!(parse_money("1.2.3", w).is_err());
    }

    #[test]
    fn other_cells() {
        assert_eq!(parse_rate("4.35", Unit::Percent).unwrap(), "0.0435");
        assert_eq!(parse_rate("4.35%", Unit::None).unwrap(), "0.0435");
        assert_eq!(parse_rate("0.0435", Unit::None).unwrap(), "0.0435");
        assert_eq!(parse_rate("0.0435", Unit::Percent).unwrap(), "0.0435");
        assert_eq!(parse_rate("3", Unit::Percent).unwrap(), "0.03");
        assert_eq!(parse_rate("0.5%", Unit::Percent).unwrap(), "0.005");
        assert!(parse_rate("435", Unit::Percent).is_err());
        assert_eq!(parse_count("45人").unwrap(), 45);
        assert!(parse_count("4.5").is_err());
        assert_eq!(parse_months("2年").unwrap(), 24);
        assert_eq!(parse_months("36个月").unwrap(), 36);
        // Chinese numerals and 半, as the widget reads them
        assert_eq!(parse_months("两年").unwrap(), 24);
        assert_eq!(parse_months("一年半").unwrap(), 18);
        assert_eq!(parse_months("半年").unwrap(), 6);
        assert_eq!(parse_months("十八个月").unwrap(), 18);
        assert_eq!(parse_months("24期").unwrap(), 24);
        assert!(parse_months("长期").is_err());
        assert_eq!(parse_count("三十五人").unwrap(), 35);
        assert_eq!(parse_count("一百零八").unwrap(), 108);
        assert!(parse_count("三三").is_err());
        assert_eq!(parse_money("二十万", Unit::Yuan).unwrap(), "200000");
        assert_eq!(parse_money("两千", Unit::Wan).unwrap(), "20000000");
        assert!(parse_money("约三千万", Unit::Wan).is_err());
        assert_eq!(parse_years("两年").unwrap(), "2");
        assert!(parse_bool("√").unwrap());
        assert!(!parse_bool("无").unwrap());
        assert!(parse_bool("也许").is_err());
        assert_eq!(parse_date("2022年7月1日").unwrap(), "2022-07-01");
        assert_eq!(parse_date("2022/7/1").unwrap(), "2022-07-01");
        assert_eq!(parse_date("20220701").unwrap(), "2022-07-01");
        assert!(parse_date("2022-02-30").is_err());
        assert_eq!(parse_date("1900-1-1").unwrap(), "1900-01-01");
        assert_eq!(parse_date("2200年12月31日").unwrap(), "2200-12-31");
        assert_eq!(parse_tech_status("高新技术企业、科技型中小企业").unwrap(), vec!["high_tech_enterprise", "tech_sme"]);
        assert_eq!(parse_tech_status("无").unwrap(), Vec::<&str>::new());
        assert_eq!(parse_groups("退役军人，高校毕业生").unwrap(), vec!["veteran", "college_graduate"]);
        assert_eq!(parse_industry("制造业").unwrap(), "industry");
        assert_eq!(parse_industry("软件和信息技术服务业").unwrap(), "software_it");
        assert_eq!(parse_applicant_kind("个体户").unwrap(), "individual_business");
        assert_eq!(parse_repayment("先息后本").unwrap(), "interest_only");
        assert_eq!(parse_guarantee("纯信用").unwrap(), "none");
    }
}
