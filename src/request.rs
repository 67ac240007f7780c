//! The evaluate request (CONTRACT.md), read strictly from JSON.
//!
//! Only `as_of`, `region` and `applicant.kind` are required; a missing optional field
//! is `None`, and the rules that need it answer `needs_info` naming it. Unknown fields
//! are refused: a typo must never silently read as "not provided".

use crate::dates::Date;
use crate::error::{Error, ErrorCode, Result};
use crate::json::{index, read_enum, Obj};
use crate::money::{read_decimal, read_money, read_rate};
use crate::region::{Region, Regions};
use crate::size::SizeTable;
use crate::text::Lang;
use rust_decimal::Decimal;
use crate::json::Value;

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
    };
}

string_enum!(
    /// The four programmes, in response order.
    Programme {
        TechLoan = "tech_loan",
        TradeLoan = "trade_loan",
        StartupGuaranteeLoan = "startup_guarantee_loan",
        RentRelief = "rent_relief",
    }
);

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

#[derive(Debug, Clone, Default, PartialEq, Eq)]
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

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvaluateRequest {
    pub as_of: Date,
    pub region: Region,
    pub applicant: Applicant,
    pub loan: Option<Loan>,
    pub premises: Option<Premises>,
    /// The programmes asked for, deduplicated, in response order.
    pub programmes: Vec<Programme>,
    /// `lang`: write messages and titles in this language only (a page showing one
    /// language needs half the text); absent: both, as CONTRACT.md shows.
    pub lang: Option<Lang>,
}

/// The longest loan term the engine computes: 50 years.
pub const MAX_TERM_MONTHS: u32 = 600;
const MAX_PERSONS: u32 = 10_000_000;

fn enum_list<T: Copy + Ord>(o: &Obj<'_>, key: &str, names: &[(&str, T)]) -> Result<Option<Vec<T>>> {
    let Some(items) = o.opt_array(key)? else {
        return Ok(None);
    };
    let path = o.field_path(key);
    if items.len() > 64 {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            path.clone(),
            format!("{path} 的项数过多"),
            format!("{path} has too many items"),
        ));
    }
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let p = index(&path, i);
        let Value::String(s) = item else {
            return Err(crate::json::wrong_type(&p, "string", item));
        };
        out.push(read_enum(s.as_ref(), &p, names)?);
    }
    crate::sort_small(&mut out, |a, b| a < b);
    out.dedup();
    Ok(Some(out))
}

fn opt_money(o: &Obj<'_>, key: &str) -> Result<Option<Decimal>> {
    o.get(key).map(|v| read_money(v, &o.field_path(key))).transpose()
}

fn positive(d: Option<Decimal>, o: &Obj<'_>, key: &str) -> Result<Option<Decimal>> {
    match d {
        Some(v) if v.is_zero() => {
            let path = o.field_path(key);
            Err(Error::new(
                ErrorCode::OutOfRange,
                path.clone(),
                format!("{path} 应大于0"),
                format!("{path} must be greater than 0"),
            ))
        }
        other => Ok(other),
    }
}

impl EvaluateRequest {
    pub fn parse(v: &Value<'_>, regions: &Regions, sizes: &SizeTable) -> Result<EvaluateRequest> {
        let root = Obj::new(v, "")?;
        root.allow_only(&["as_of", "region", "applicant", "loan", "premises", "programmes", "lang"])?;
        let as_of = Date::read(root.required("as_of")?, "as_of")?;
        let region_code = match root.required("region")? {
            Value::String(s) => s.as_ref(),
            other => return Err(crate::json::wrong_type("region", "string", other)),
        };
        let region = regions.resolve(region_code, "region")?;
        let applicant = Self::parse_applicant(&root, sizes)?;
        let loan = root.opt_obj("loan")?.map(|o| Self::parse_loan(&o)).transpose()?;
        let premises = root.opt_obj("premises")?.map(|o| Self::parse_premises(&o)).transpose()?;
        let programmes = match enum_list(&root, "programmes", Programme::NAMES)? {
            None => Programme::ALL.to_vec(),
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
        let lang = root
            .opt_str("lang")?
            .map(|s| read_enum(s, "lang", &[("zh-CN", Lang::Zh), ("zh", Lang::Zh), ("en", Lang::En)]))
            .transpose()?;
        Ok(EvaluateRequest {
            as_of,
            region,
            applicant,
            loan,
            premises,
            programmes,
            lang,
        })
    }

    fn parse_applicant(root: &Obj<'_>, sizes: &SizeTable) -> Result<Applicant> {
        let o = Obj::new(root.required("applicant")?, "applicant")?;
        o.allow_only(&[
            "kind",
            "industry",
            "employees",
            "revenue",
            "total_assets",
            "tech_status",
            "research_cooperation",
            "foreign_trade",
            "new_hires",
            "startup_groups",
            "subsidised_loans_before",
        ])?;
        let kind = read_enum(o.req_str("kind")?, "applicant.kind", ApplicantKind::NAMES)?;
        let industry = match o.opt_str("industry")? {
            None => None,
            Some(key) => match sizes.find(key) {
                Some(i) => Some(i),
                None => {
                    let names: Vec<(&str, usize)> =
                        sizes.industries.iter().enumerate().map(|(i, r)| (r.key.as_str(), i)).collect();
                    Some(read_enum(key, "applicant.industry", &names)?)
                }
            },
        };
        let foreign_trade = match o.opt_obj("foreign_trade")? {
            None => None,
            Some(f) => {
                f.allow_only(&["trades_abroad", "credit_insurance"])?;
                Some(ForeignTrade {
                    trades_abroad: f.opt_bool("trades_abroad")?,
                    credit_insurance: f.opt_bool("credit_insurance")?,
                })
            }
        };
        let new_hires = match o.opt_obj("new_hires")? {
            None => None,
            Some(h) => {
                h.allow_only(&["count", "contract_years"])?;
                let contract_years = match h.get("contract_years") {
                    None => None,
                    Some(v) => {
                        let path = h.field_path("contract_years");
                        let d = read_decimal(v, &path)?;
                        if d.is_sign_negative() || d > Decimal::from(50) {
                            return Err(Error::new(
                                ErrorCode::OutOfRange,
                                path.clone(),
                                format!("{path} 应在 0 到 50 年之间"),
                                format!("{path} must be between 0 and 50 years"),
                            ));
                        }
                        Some(d)
                    }
                };
                Some(NewHires {
                    count: h.opt_u32("count", 0, MAX_PERSONS)?,
                    contract_years,
                })
            }
        };
        Ok(Applicant {
            kind,
            industry,
            employees: o.opt_u32("employees", 0, MAX_PERSONS)?,
            revenue: opt_money(&o, "revenue")?,
            total_assets: opt_money(&o, "total_assets")?,
            tech_status: enum_list(&o, "tech_status", TechStatus::NAMES)?,
            research_cooperation: o.opt_bool("research_cooperation")?,
            foreign_trade,
            new_hires,
            startup_groups: enum_list(&o, "startup_groups", StartupGroup::NAMES)?,
            subsidised_loans_before: o.opt_u32("subsidised_loans_before", 0, 1000)?,
        })
    }

    fn parse_loan(o: &Obj<'_>) -> Result<Loan> {
        o.allow_only(&[
            "amount",
            "term_months",
            "annual_rate",
            "collateral_value",
            "single_asset_collateral",
            "guarantee",
            "repayment",
            "start_date",
        ])?;
        Ok(Loan {
            amount: positive(opt_money(o, "amount")?, o, "amount")?,
            term_months: o.opt_u32("term_months", 1, MAX_TERM_MONTHS)?,
            annual_rate: o.get("annual_rate").map(|v| read_rate(v, &o.field_path("annual_rate"))).transpose()?,
            collateral_value: opt_money(o, "collateral_value")?,
            single_asset_collateral: o.opt_bool("single_asset_collateral")?,
            guarantee: o.opt_enum("guarantee", Guarantee::NAMES)?,
            repayment: o.opt_enum("repayment", Repayment::NAMES)?,
            start_date: o.get("start_date").map(|v| Date::read(v, &o.field_path("start_date"))).transpose()?,
        })
    }

    fn parse_premises(o: &Obj<'_>) -> Result<Premises> {
        o.allow_only(&[
            "owner",
            "monthly_rent",
            "sublet",
            "cannot_operate_normally",
            "county_medium_high_risk_2022",
        ])?;
        Ok(Premises {
            owner: o.opt_enum("owner", PremisesOwner::NAMES)?,
            monthly_rent: opt_money(o, "monthly_rent")?,
            sublet: o.opt_bool("sublet")?,
            cannot_operate_normally: o.opt_bool("cannot_operate_normally")?,
            county_medium_high_risk_2022: o.opt_bool("county_medium_high_risk_2022")?,
        })
    }
}

/// Person-readable names of request fields, for "please tell us …" hints.
pub fn field_label(path: &str) -> (&'static str, &'static str) {
    match path {
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
        "premises.owner" => ("房屋产权性质（国有或非国有）", "whether the premises are state-owned"),
        "premises.monthly_rent" => ("月租金", "monthly rent"),
        "premises.cannot_operate_normally" => ("是否受疫情影响不能正常经营", "whether the epidemic kept the business from operating normally"),
        "premises.county_medium_high_risk_2022" => ("所在县（市、区）2022年是否被列为疫情中高风险地区", "whether the county had a medium- or high-risk area in 2022"),
        _ => ("", ""),
    }
}
