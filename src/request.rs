//! The evaluate request (CONTRACT.md), read strictly from JSON.
//!
//! Only `as_of`, `region` and `applicant.kind` are required; a missing optional field
//! is `None`, and the rules that need it answer `needs_info` naming it. Unknown fields
//! are refused: a typo must never silently read as "not provided".

use crate::dates::Date;
use crate::error::{Error, ErrorCode, Result};
use crate::region::{Region, Regions};
use crate::size::SizeTable;
use crate::text::Lang;
use crate::wire::{DateField, Dec, Int, Money, Rate};
use rust_decimal::Decimal;
use serde::Deserialize;

macro_rules! string_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub const NAMES: &'static [(&'static str, $name)] = &[$(($text, $name::$variant)),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
            pub fn parse(s: &str) -> Option<$name> {
                Self::NAMES.iter().find(|(n, _)| *n == s).map(|(_, v)| *v)
            }
        }
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
                crate::wire::read_str_with(d, |s, field| crate::data::read_enum(s, field, Self::NAMES))
            }
        }
    };
}


string_enum!(
    /// The programmes, in response order: the four benefit programmes, then the
    /// 推荐清单 self-check (asked for by name only, see [`Programme::DEFAULT`]).
    Programme {
        TechLoan = "tech_loan",
        TradeLoan = "trade_loan",
        StartupGuaranteeLoan = "startup_guarantee_loan",
        RentRelief = "rent_relief",
        FinancingCoordination = "financing_coordination",
    }
);

impl Programme {
    /// What a request without `programmes` gets: the four benefit programmes, as it
    /// always has (the self-check joined later and is asked for by name, so a client
    /// counting on four results is not surprised).
    pub const DEFAULT: &'static [Programme] =
        &[Programme::TechLoan, Programme::TradeLoan, Programme::StartupGuaranteeLoan, Programme::RentRelief];
}

string_enum!(ApplicantKind {
    Enterprise = "enterprise",
    IndividualBusiness = "individual_business",
    Person = "person",
});

string_enum!(TechStatus {
    HighTechEnterprise = "high_tech_enterprise",
    TechSme = "tech_sme",
});

string_enum!(
    /// 创业担保贷款 target groups (the ten national categories, plus 新市民).
    StartupGroup {
        CollegeGraduate = "college_graduate",
        RegisteredUnemployed = "registered_unemployed",
        EmploymentDifficulty = "employment_difficulty",
        Veteran = "veteran",
        ReturningMigrantWorker = "returning_migrant_worker",
        RuralEntrepreneur = "rural_entrepreneur",
        NewCitizen = "new_citizen",
        ReleasedPrisoner = "released_prisoner",
        OvercapacityWorker = "overcapacity_worker",
        OnlineMerchant = "online_merchant",
        PovertyAlleviated = "poverty_alleviated",
    }
);

string_enum!(Guarantee {
    None = "none",
    ControllingShareholder = "controlling_shareholder",
    ThirdParty = "third_party",
    GuaranteeInstitution = "guarantee_institution",
});

string_enum!(Repayment {
    EqualInstallment = "equal_installment",
    EqualPrincipal = "equal_principal",
    InterestOnly = "interest_only",
});

string_enum!(
    /// What a financing need is for (`financing.purpose`), as the work teams record it.
    Purpose {
        WorkingCapital = "working_capital",
        Equipment = "equipment",
        Expansion = "expansion",
        Technology = "technology",
        Renewal = "renewal",
        Other = "other",
    }
);

impl Purpose {
    pub fn name_zh(self) -> &'static str {
        match self {
            Purpose::WorkingCapital => "流动资金（进货、发工资、日常周转）",
            Purpose::Equipment => "购置设备",
            Purpose::Expansion => "扩大生产经营",
            Purpose::Technology => "技术改造或研发",
            Purpose::Renewal => "到期贷款续贷",
            Purpose::Other => "其他生产经营用途",
        }
    }

    pub fn name_en(self) -> &'static str {
        match self {
            Purpose::WorkingCapital => "working capital (stock, wages, day-to-day)",
            Purpose::Equipment => "equipment",
            Purpose::Expansion => "expanding the business",
            Purpose::Technology => "upgrading technology or research",
            Purpose::Renewal => "renewing a maturing loan",
            Purpose::Other => "another business use",
        }
    }
}

string_enum!(PremisesOwner {
    State = "state",
    NonState = "non_state",
});

impl StartupGroup {
    pub fn name_zh(self) -> &'static str {
        match self {
            StartupGroup::CollegeGraduate => "高校毕业生",
            StartupGroup::RegisteredUnemployed => "城镇登记失业人员",
            StartupGroup::EmploymentDifficulty => "就业困难人员",
            StartupGroup::Veteran => "退役军人",
            StartupGroup::ReturningMigrantWorker => "返乡创业农民工",
            StartupGroup::RuralEntrepreneur => "农村自主创业农民",
            StartupGroup::NewCitizen => "新市民",
            StartupGroup::ReleasedPrisoner => "刑满释放人员",
            StartupGroup::OvercapacityWorker => "化解过剩产能企业职工和失业人员",
            StartupGroup::OnlineMerchant => "网络商户",
            StartupGroup::PovertyAlleviated => "脱贫人口",
        }
    }

    pub fn name_en(self) -> &'static str {
        match self {
            StartupGroup::CollegeGraduate => "college graduate",
            StartupGroup::RegisteredUnemployed => "registered unemployed",
            StartupGroup::EmploymentDifficulty => "person with employment difficulty",
            StartupGroup::Veteran => "veteran",
            StartupGroup::ReturningMigrantWorker => "returning migrant worker",
            StartupGroup::RuralEntrepreneur => "rural entrepreneur",
            StartupGroup::NewCitizen => "new citizen",
            StartupGroup::ReleasedPrisoner => "released prisoner",
            StartupGroup::OvercapacityWorker => "worker from an overcapacity industry",
            StartupGroup::OnlineMerchant => "online merchant",
            StartupGroup::PovertyAlleviated => "person lifted out of poverty",
        }
    }
}

impl ApplicantKind {
    pub fn name_zh(self) -> &'static str {
        match self {
            ApplicantKind::Enterprise => "企业",
            ApplicantKind::IndividualBusiness => "个体工商户",
            ApplicantKind::Person => "个人",
        }
    }
    pub fn name_en(self) -> &'static str {
        match self {
            ApplicantKind::Enterprise => "an enterprise",
            ApplicantKind::IndividualBusiness => "an individual business",
            ApplicantKind::Person => "a person",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ForeignTrade {
    pub trades_abroad: Option<bool>,
    pub credit_insurance: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewHires {
    pub count: Option<u32>,
    pub contract_years: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applicant {
    pub kind: ApplicantKind,
    /// Index into the size table's industries.
    pub industry: Option<usize>,
    pub employees: Option<u32>,
    pub revenue: Option<Decimal>,
    pub total_assets: Option<Decimal>,
    pub tech_status: Option<Vec<TechStatus>>,
    pub research_cooperation: Option<bool>,
    pub foreign_trade: Option<ForeignTrade>,
    pub new_hires: Option<NewHires>,
    pub startup_groups: Option<Vec<StartupGroup>>,
    pub subsidised_loans_before: Option<u32>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Loan {
    pub amount: Option<Decimal>,
    pub term_months: Option<u32>,
    pub annual_rate: Option<Decimal>,
    pub collateral_value: Option<Decimal>,
    pub single_asset_collateral: Option<bool>,
    pub guarantee: Option<Guarantee>,
    pub repayment: Option<Repayment>,
    pub start_date: Option<Date>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Premises {
    pub owner: Option<PremisesOwner>,
    pub monthly_rent: Option<Decimal>,
    pub sublet: Option<bool>,
    pub cannot_operate_normally: Option<bool>,
    pub county_medium_high_risk_2022: Option<bool>,
}

/// The 推荐清单 self-check's answers: the five standards (001 L93–96), each as the firm
/// answers it (absent: not answered, and the check asks for it). The need's amount and
/// term are `loan.amount` and `loan.term_months`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Financing {
    /// 合规持续经营: registered and licensed as its trade requires, trading without a break.
    pub operates_compliantly: Option<bool>,
    /// 固定经营场所: a fixed shop, workshop or office (owned or rented).
    pub fixed_premises: Option<bool>,
    /// 真实融资需求: the business itself needs to borrow for its trade now.
    pub real_need: Option<bool>,
    /// What the money is for.
    pub purpose: Option<Purpose>,
    /// 信用状况良好: no overdue loans or taxes, not listed as a defaulter.
    pub good_credit: Option<bool>,
    /// 贷款用途依法合规: the money goes only into the business's own trade.
    pub lawful_use: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvaluateRequest {
    pub as_of: Date,
    pub region: Region,
    pub applicant: Applicant,
    pub loan: Option<Loan>,
    pub premises: Option<Premises>,
    pub financing: Option<Financing>,
    /// The programmes asked for, deduplicated, in response order.
    pub programmes: Vec<Programme>,
    /// `lang`: write messages and titles in this language only (a page showing one
    /// language needs half the text); absent: both, as CONTRACT.md shows.
    pub lang: Option<Lang>,
    /// `explain`: `false` gives the decision only (statuses, figures with units, check
    /// outcomes) without any text, for screening many requests; absent: `true`.
    pub explain: bool,
}

/// The longest loan term the engine computes: 50 years.
pub const MAX_TERM_MONTHS: u32 = 600;
const MAX_PERSONS: u32 = 10_000_000;
const MAX_LIST_ITEMS: usize = 64;

// ---- The request as it arrives (serde), before regions and industries are looked up. ----
//
// Unknown fields are refused: a typo must never silently read as "not provided".
// `null` reads as absent. Money, rates and dates keep their exact text (`wire`).

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvaluateRequestIn {
    pub as_of: DateField,
    pub region: String,
    #[serde(deserialize_with = "crate::wire::object")]
    pub applicant: ApplicantIn,
    #[serde(default, deserialize_with = "crate::wire::object_opt")]
    pub loan: Option<LoanIn>,
    #[serde(default, deserialize_with = "crate::wire::object_opt")]
    pub premises: Option<PremisesIn>,
    #[serde(default, deserialize_with = "crate::wire::object_opt")]
    pub financing: Option<Financing>,
    pub programmes: Option<Vec<Programme>>,
    pub lang: Option<Lang>,
    pub explain: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApplicantIn {
    pub kind: ApplicantKind,
    pub industry: Option<String>,
    pub employees: Option<Int<0, MAX_PERSONS>>,
    pub revenue: Option<Money>,
    pub total_assets: Option<Money>,
    pub tech_status: Option<Vec<TechStatus>>,
    pub research_cooperation: Option<bool>,
    #[serde(default, deserialize_with = "crate::wire::object_opt")]
    pub foreign_trade: Option<ForeignTrade>,
    #[serde(default, deserialize_with = "crate::wire::object_opt")]
    pub new_hires: Option<NewHiresIn>,
    pub startup_groups: Option<Vec<StartupGroup>>,
    pub subsidised_loans_before: Option<Int<0, 1000>>,
}

impl ApplicantIn {
    /// An applicant of `kind` with nothing else given.
    pub fn new(kind: ApplicantKind) -> ApplicantIn {
        ApplicantIn {
            kind,
            industry: None,
            employees: None,
            revenue: None,
            total_assets: None,
            tech_status: None,
            research_cooperation: None,
            foreign_trade: None,
            new_hires: None,
            startup_groups: None,
            subsidised_loans_before: None,
        }
    }
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewHiresIn {
    pub count: Option<Int<0, MAX_PERSONS>>,
    pub contract_years: Option<Dec>,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoanIn {
    pub amount: Option<Money>,
    pub term_months: Option<Int<1, MAX_TERM_MONTHS>>,
    pub annual_rate: Option<Rate>,
    pub collateral_value: Option<Money>,
    pub single_asset_collateral: Option<bool>,
    pub guarantee: Option<Guarantee>,
    pub repayment: Option<Repayment>,
    pub start_date: Option<DateField>,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PremisesIn {
    pub owner: Option<PremisesOwner>,
    pub monthly_rent: Option<Money>,
    pub sublet: Option<bool>,
    pub cannot_operate_normally: Option<bool>,
    pub county_medium_high_risk_2022: Option<bool>,
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        crate::wire::read_str_with(d, |s, field| {
            crate::data::read_enum(s, field, &[("zh-CN", Lang::Zh), ("zh", Lang::Zh), ("en", Lang::En)])
        })
    }
}

/// A list of enum values: at most 64, sorted and deduplicated.
fn small_list<T: Copy + Ord>(items: Option<Vec<T>>, path: &str) -> Result<Option<Vec<T>>> {
    let Some(mut items) = items else { return Ok(None) };
    if items.len() > MAX_LIST_ITEMS {
        return Err(Error::new(ErrorCode::OutOfRange, path, format!("{path} 的项数过多"), format!("{path} has too many items")));
    }
    crate::sort_small(&mut items, |a, b| a < b);
    items.dedup();
    Ok(Some(items))
}

fn positive(d: Option<Decimal>, path: &str) -> Result<Option<Decimal>> {
    match d {
        Some(v) if v.is_zero() => Err(Error::new(
            ErrorCode::OutOfRange,
            path,
            format!("{path} 应大于0"),
            format!("{path} must be greater than 0"),
        )),
        other => Ok(other),
    }
}

impl EvaluateRequest {
    /// Look up the region and industry and apply the checks that span fields.
    pub fn resolve(r: EvaluateRequestIn, regions: &Regions, sizes: &SizeTable) -> Result<EvaluateRequest> {
        let region = regions.resolve(&r.region, "region")?;
        let a = r.applicant;
        let industry = match a.industry {
            None => None,
            Some(key) => match sizes.find(&key) {
                Some(i) => Some(i),
                None => {
                    let names: Vec<(&str, usize)> = sizes.industries.iter().enumerate().map(|(i, r)| (r.key.as_str(), i)).collect();
                    Some(crate::data::read_enum(&key, "applicant.industry", &names)?)
                }
            },
        };
        let new_hires = match a.new_hires {
            None => None,
            Some(h) => {
                let contract_years = h.contract_years.map(|d| d.0);
                if let Some(d) = contract_years {
                    if d.is_sign_negative() || d > Decimal::from(50) {
                        let path = "applicant.new_hires.contract_years";
                        return Err(Error::new(
                            ErrorCode::OutOfRange,
                            path,
                            format!("{path} 应在 0 到 50 年之间"),
                            format!("{path} must be between 0 and 50 years"),
                        ));
                    }
                }
                Some(NewHires { count: h.count.map(|c| c.0), contract_years })
            }
        };
        let applicant = Applicant {
            kind: a.kind,
            industry,
            employees: a.employees.map(|e| e.0),
            revenue: a.revenue.map(|m| m.0),
            total_assets: a.total_assets.map(|m| m.0),
            tech_status: small_list(a.tech_status, "applicant.tech_status")?,
            research_cooperation: a.research_cooperation,
            foreign_trade: a.foreign_trade,
            new_hires,
            startup_groups: small_list(a.startup_groups, "applicant.startup_groups")?,
            subsidised_loans_before: a.subsidised_loans_before.map(|n| n.0),
        };
        let loan = match r.loan {
            None => None,
            Some(l) => Some(Loan {
                amount: positive(l.amount.map(|m| m.0), "loan.amount")?,
                term_months: l.term_months.map(|t| t.0),
                annual_rate: l.annual_rate.map(|r| r.0),
                collateral_value: l.collateral_value.map(|m| m.0),
                single_asset_collateral: l.single_asset_collateral,
                guarantee: l.guarantee,
                repayment: l.repayment,
                start_date: l.start_date.map(|d| d.0),
            }),
        };
        if let Some(l) = &loan {
            if let (Some(start), Some(term)) = (l.start_date, l.term_months) {
                if start.add_months(term).is_none() {
                    let path = "loan.start_date";
                    return Err(Error::new(
                        ErrorCode::OutOfRange,
                        path,
                        format!("{path}：从 {start} 起 {term} 个月的贷款将超出可计算的日期范围（至 {}-12-31）", crate::dates::MAX_YEAR),
                        format!("{path}: a {term}-month loan from {start} would run past {}-12-31, the last date the engine computes", crate::dates::MAX_YEAR),
                    ));
                }
            }
        }
        let premises = r.premises.map(|p| Premises {
            owner: p.owner,
            monthly_rent: p.monthly_rent.map(|m| m.0),
            sublet: p.sublet,
            cannot_operate_normally: p.cannot_operate_normally,
            county_medium_high_risk_2022: p.county_medium_high_risk_2022,
        });
        let programmes = match small_list(r.programmes, "programmes")? {
            None => Programme::DEFAULT.to_vec(),
            Some(list) if list.is_empty() => {
                return Err(Error::new(
                    ErrorCode::InvalidValue,
                    "programmes",
                    "programmes 为空：请至少选择一项政策，或省略该字段以查询全部",
                    "programmes is empty: name at least one, or leave it out for all four",
                ))
            }
            Some(list) => list,
        };
        Ok(EvaluateRequest {
            as_of: r.as_of.0,
            region,
            applicant,
            loan,
            premises,
            financing: r.financing,
            programmes,
            lang: r.lang,
            explain: r.explain.unwrap_or(true),
        })
    }
}

/// Person-readable names of request fields, for "please tell us …" hints.
pub fn field_label(path: &str) -> (&'static str, &'static str) {
    match path {
        "region" => ("所在市、县（区）", "city and county (district)"),
        "applicant.industry" => ("所属行业", "industry"),
        "applicant.employees" => ("从业人员数", "number of employees"),
        "applicant.revenue" => ("上年度营业收入", "prior-year operating revenue"),
        "applicant.total_assets" => ("资产总额", "total assets"),
        "applicant.tech_status" => ("科技企业资质（高新技术企业、科技型中小企业）", "tech status (high-tech enterprise, tech SME)"),
        "applicant.research_cooperation" => ("是否与高校院所开展实质性产学研合作", "substantive research cooperation with universities or institutes"),
        "applicant.foreign_trade.trades_abroad" => ("近一年是否有进出口业务", "whether the business exported or imported in the last year"),
        "applicant.foreign_trade.credit_insurance" => ("是否投保出口信用保险", "whether it holds export credit insurance"),
        "applicant.new_hires.count" => ("当年新招用符合条件的人数", "eligible new hires this year"),
        "applicant.new_hires.contract_years" => ("新招用人员的劳动合同年限", "length of the new hires' labour contracts"),
        "applicant.startup_groups" => ("创业者所属群体（高校毕业生、退役军人等）", "the founder's target group (graduate, veteran, …)"),
        "applicant.subsidised_loans_before" => ("已享受创业担保贷款贴息的次数", "number of subsidised start-up loans already received"),
        "loan.amount" => ("贷款金额", "loan amount"),
        "loan.term_months" => ("贷款期限（月）", "loan term in months"),
        "loan.annual_rate" => ("贷款年利率", "annual interest rate"),
        "loan.collateral_value" => ("实物资产抵质押评估值", "appraised value of physical collateral"),
        "loan.guarantee" => ("担保方式", "guarantee"),
        "loan.repayment" => ("还款方式", "repayment method"),
        "financing.operates_compliantly" => ("是否合规持续经营（已办照、一直正常经营）", "whether the business operates compliantly and continuously"),
        "financing.fixed_premises" => ("是否有固定经营场所", "whether it has fixed premises"),
        "financing.real_need" => ("是否有真实的融资需求", "whether it has a real financing need"),
        "financing.purpose" => ("借款用途", "what the money is for"),
        "financing.good_credit" => ("信用状况是否良好", "whether its credit is good"),
        "financing.lawful_use" => ("贷款是否只用于正常生产经营", "whether the loan goes only into its own trade"),
        "premises.owner" => ("房屋产权性质（国有或非国有）", "whether the premises are state-owned"),
        "premises.monthly_rent" => ("月租金", "monthly rent"),
        "premises.cannot_operate_normally" => ("是否受疫情影响不能正常经营", "whether the epidemic kept the business from operating normally"),
        "premises.county_medium_high_risk_2022" => ("所在县（市、区）2022年是否被列为疫情中高风险地区", "whether the county had a medium- or high-risk area in 2022"),
        _ => ("", ""),
    }
}
