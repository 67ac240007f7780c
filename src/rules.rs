//! The rules' vocabulary: every check message, explanation and hint each programme's
//! logic can emit, as Rust types. They are the one link between the code (which names
//! a variant), the policy data (which gives each its Chinese and English text and the
//! clause it rests on) and the answer: a policy file that lacks a text or citation for
//! one of them, or names one that does not exist, fails the build (`build.rs` includes
//! this file and runs [`problems`] over every compiled-in rule set) and is refused at
//! load (a portal's override).
//!
//! Each variant's doc comment names the clauses the shipped rule sets cite for it, so a
//! clause found in a text leads here in one search.
//!
//! This file stands alone (serde_json only), so `build.rs` can use it as it is.

use serde_json::Value;

/// A check's outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    Pass,
    Fail,
    Unknown,
    /// Shown, but does not change the status.
    Warn,
}

/// When a rule set must carry a text: always, or only when its parameters make the
/// logic use it (a rule set without a term bonus needs no term-bonus explanation).
/// `programmes::needed` reads the parameters for each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needed {
    Always,
    TermBonus,
    ResearchTier,
    CompensationCap,
    BankAnnualCap,
    EarlierRevenue,
    Person,
    Enterprise,
    LprBand,
    FullSubsidy,
    GroupLimit,
    GroupDates,
    MaxAmount,
    RateCap,
    LossShares,
    ServiceSector,
    CannotOperate,
    CountyRisk,
    FixedMonths,
    HalfMonths,
}

/// A check message: its check, its key within the check, the outcome it records, and
/// the placeholders its text may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MsgSpec {
    pub check: &'static str,
    pub key: &'static str,
    pub outcome: Outcome,
    pub args: &'static [&'static str],
    pub needed: Needed,
}

/// An explanation of how a figure was reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExplainSpec {
    pub key: &'static str,
    pub figure: &'static str,
    pub args: &'static [&'static str],
    pub needed: Needed,
}

/// A hint: what would change the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HintSpec {
    pub key: &'static str,
    pub args: &'static [&'static str],
    pub needed: Needed,
}

pub const fn msg(check: &'static str, key: &'static str, outcome: Outcome, args: &'static [&'static str], needed: Needed) -> MsgSpec {
    MsgSpec { check, key, outcome, args, needed }
}

pub const fn explain(key: &'static str, figure: &'static str, args: &'static [&'static str], needed: Needed) -> ExplainSpec {
    ExplainSpec { key, figure, args, needed }
}

pub const fn hint(key: &'static str, args: &'static [&'static str], needed: Needed) -> HintSpec {
    HintSpec { key, args, needed }
}

/// A variant of one of the enums below: its place in `SPECS` and what it is.
pub trait Id: Copy + 'static {
    type Spec: 'static;
    fn index(self) -> usize;
    fn spec(self) -> &'static Self::Spec;
}

/// An enum whose variants each stand for one spec, with `ALL` and `SPECS` in the same order.
macro_rules! ids {
    ($(#[$m:meta])* $name:ident: $spec:ident { $( $(#[$vm:meta])* $variant:ident => $value:expr ),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$vm])* $variant ),+
        }

        impl $name {
            /// Every variant, in the order of `SPECS`.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// What each variant is.
            pub const SPECS: &'static [$spec] = &[$($value),+];
        }

        impl Id for $name {
            type Spec = $spec;
            fn index(self) -> usize {
                self as usize
            }
            fn spec(self) -> &'static $spec {
                match self {
                    $($name::$variant => {
                        const SPEC: $spec = $value;
                        &SPEC
                    }),+
                }
            }
        }
    };
}

/// Texts every rule set has (from `policies/common.json` unless it gives its own).
pub mod common {
    use super::*;

    ids! {
        /// Whether the rule set applies at all: its period and its region.
        Msg: MsgSpec {
            InForceExpired => msg("in_force", "expired", Outcome::Fail, &["title", "from", "to", "as_of"], Needed::Always),
            InForceNotYet => msg("in_force", "not_yet", Outcome::Fail, &["title", "from", "as_of"], Needed::Always),
            RegionScopeOutside => msg("region_scope", "outside", Outcome::Fail, &["title", "region"], Needed::Always),
            /// Only a province or city is known, and the rule set (or another of the
            /// programme's) applies only in a city or county inside it.
            RegionScopeUnknown => msg("region_scope", "unknown", Outcome::Unknown, &["title", "scope", "region"], Needed::Always),
        }
    }

    ids! {
        /// Hints every rule set gives.
        Hint: HintSpec {
            ProvideFields => hint("provide_fields", &["fields"], Needed::Always),
        }
    }
}
/// 科技贷 (henan_tech_loan): every message, explanation and hint its logic can emit.
pub mod tech {
    use super::*;

    ids! {
        /// A 科技贷 check message: the check, its outcome and the values its text may use.
        Msg: MsgSpec {
            /// 豫科金〔2021〕11号 附件1 三（一）
            RegionPass => msg("region", "pass", Outcome::Pass, &["region"], Needed::Always),
            /// 豫科金〔2021〕11号 附件1 三（一）
            RegionFail => msg("region", "fail", Outcome::Fail, &["region"], Needed::Always),
            /// 豫科金〔2021〕11号 附件1 三（一）
            RegionUnknown => msg("region", "unknown", Outcome::Unknown, &["region", "scope"], Needed::Always),
            /// 豫科金〔2021〕11号 附件1 三（一）
            ApplicantKindPass => msg("applicant_kind", "pass", Outcome::Pass, &["kind"], Needed::Always),
            /// 豫科金〔2021〕11号 附件1 三（一）
            ApplicantKindFail => msg("applicant_kind", "fail", Outcome::Fail, &["kind"], Needed::Always),
            /// 豫科金〔2021〕11号 附件1 三（一）
            TechStatusPass => msg("tech_status", "pass", Outcome::Pass, &["statuses"], Needed::Always),
            /// 豫科金〔2021〕11号 附件1 三（一）
            TechStatusFail => msg("tech_status", "fail", Outcome::Fail, &[], Needed::Always),
            /// 豫科金〔2021〕11号 附件1 三（一）
            TechStatusUnknown => msg("tech_status", "unknown", Outcome::Unknown, &[], Needed::Always),
            /// 豫科金〔2021〕11号 附件1 二（一）
            CollateralPass => msg("collateral", "pass", Outcome::Pass, &["collateral", "limit", "ratio", "amount"], Needed::Always),
            /// 豫科金〔2021〕11号 附件1 二（一）
            CollateralPassNone => msg("collateral", "pass_none", Outcome::Pass, &[], Needed::Always),
            /// 豫科金〔2021〕11号 附件1 二（一）
            CollateralWarnSingleAsset => msg("collateral", "warn_single_asset", Outcome::Warn, &["collateral", "limit", "ratio", "amount"], Needed::Always),
            /// 豫科金〔2021〕11号 附件1 二（一）
            CollateralFail => msg("collateral", "fail", Outcome::Fail, &["collateral", "limit", "ratio", "amount"], Needed::Always),
            /// 豫科金〔2021〕11号 附件1 二（一）
            CollateralUnknown => msg("collateral", "unknown", Outcome::Unknown, &[], Needed::Always),
            /// 豫科金〔2021〕11号 附件1 二（一）
            CollateralUnknownSingleAsset => msg("collateral", "unknown_single_asset", Outcome::Unknown, &["collateral", "limit", "ratio", "amount"], Needed::Always),
            /// 豫科金〔2021〕11号 附件1 二（一）
            InterestRatePass => msg("interest_rate", "pass", Outcome::Pass, &["rate", "cap", "benchmark", "markup", "term"], Needed::Always),
            /// 豫科金〔2021〕11号 附件1 二（一）
            InterestRateFail => msg("interest_rate", "fail", Outcome::Fail, &["rate", "cap", "benchmark", "markup", "term"], Needed::Always),
            /// 豫科金〔2021〕11号 附件1 二（一）
            InterestRateUnknown => msg("interest_rate", "unknown", Outcome::Unknown, &[], Needed::Always),
            /// 豫科金〔2021〕11号 附件3 第七条
            TermPass => msg("term", "pass", Outcome::Pass, &["term", "min"], Needed::Always),
            /// 豫科金〔2021〕11号 附件3 第七条
            TermWarnShort => msg("term", "warn_short", Outcome::Warn, &["term", "min"], Needed::Always),
            /// 豫科金〔2021〕11号 附件3 第七条
            TermUnknown => msg("term", "unknown", Outcome::Unknown, &[], Needed::Always),
            /// 豫科金〔2021〕11号 附件1 二（一）3（1）
            /// 豫科〔2025〕45号 新闻报道：按营业收入分档
            CompensationShareUnknown => msg("compensation_share", "unknown", Outcome::Unknown, &["min", "max"], Needed::Always),
            /// 豫科金〔2021〕11号 附件3 第九条
            RevenueYearWarn => msg("revenue_year", "warn", Outcome::Warn, &["cutoff", "prior_year", "year_before_prior"], Needed::EarlierRevenue),
        }
    }

    ids! {
        /// How a 科技贷 figure was reached.
        Explain: ExplainSpec {
            /// 豫科金〔2021〕11号 附件1 二（一）3（1）a—d
            ShareTier => explain("share_tier", "compensation_share", &["revenue", "tier", "share"], Needed::Always),
            /// 豫科金〔2021〕11号 附件1 二（一）3（1）e
            /// 豫科〔2025〕45号 新闻报道：纯信用贷款
            ShareCredit => explain("share_credit", "compensation_share", &["share"], Needed::Always),
            /// 豫科〔2025〕45号 新闻报道：产学研合作
            ShareResearch => explain("share_research", "compensation_share", &["share", "threshold"], Needed::ResearchTier),
            /// 豫科金〔2021〕11号 附件1 二（一）3（1）f
            ShareTermBonus => explain("share_term_bonus", "compensation_share", &["term", "years", "points", "share"], Needed::TermBonus),
            /// 豫科金〔2021〕11号 附件1 二（一）3（1）
            ShareCapped => explain("share_capped", "compensation_share", &["share", "cap"], Needed::Always),
            /// 豫科金〔2021〕11号 附件1 二（一）3（1）
            /// 豫科〔2025〕45号 新闻报道：损失补偿上限
            MaxCompensation => explain("max_compensation", "max_compensation", &["share", "amount", "value"], Needed::Always),
            /// 豫科金〔2021〕11号 附件1 二（一）3（1）
            MaxCompensationCapped => explain("max_compensation_capped", "max_compensation", &["share", "amount", "raw", "cap"], Needed::CompensationCap),
            /// 豫科〔2025〕45号 新闻报道：损失补偿上限
            MaxCompensationBankCapped => explain("max_compensation_bank_capped", "max_compensation", &["share", "amount", "raw", "cap"], Needed::BankAnnualCap),
            /// 豫科金〔2021〕11号 附件1 二（一）3（1）
            CompensationCap => explain("compensation_cap", "compensation_cap", &["cap"], Needed::CompensationCap),
            /// 豫科金〔2021〕11号 附件1 二（一）
            /// 豫科〔2025〕45号 新闻报道：贷款形式与利率
            RateCap => explain("rate_cap", "rate_cap", &["benchmark", "markup", "cap", "term", "tier"], Needed::Always),
            /// 豫科金〔2021〕11号 附件1 二（一）
            CollateralLimit => explain("collateral_limit", "collateral_limit", &["amount", "ratio", "limit"], Needed::Always),
        }
    }

    ids! {
        /// What would change a 科技贷 answer.
        Hint: HintSpec {
            ImproveCredit => hint("improve_credit", &["share"], Needed::Always),
            ImproveRevenue => hint("improve_revenue", &["threshold", "share"], Needed::Always),
            ImproveTerm => hint("improve_term", &["points", "cap"], Needed::TermBonus),
            ImproveResearch => hint("improve_research", &["share", "threshold"], Needed::ResearchTier),
            ShareNeedsRevenue => hint("share_needs_revenue", &[], Needed::Always),
        }
    }
}

/// 外贸贷 (zhengzhou_trade_loan): every message, explanation and hint its logic can emit.
pub mod trade {
    use super::*;

    ids! {
        /// A 外贸贷 check message: the check, its outcome and the values its text may use.
        Msg: MsgSpec {
            /// 郑州市“万人助万企”活动工作动态（2022年） 市商务局为中小微企业搭建“外贸贷”融资平台
            RegionPass => msg("region", "pass", Outcome::Pass, &["region"], Needed::Always),
            /// 郑州市“万人助万企”活动工作动态（2022年） 市商务局为中小微企业搭建“外贸贷”融资平台
            RegionFail => msg("region", "fail", Outcome::Fail, &["region"], Needed::Always),
            /// 郑州市“万人助万企”活动工作动态（2022年） 市商务局为中小微企业搭建“外贸贷”融资平台;
            /// outside Henan, so its hint does not point to other Henan cities' schemes.
            RegionFailOutsideHenan => msg("region", "fail_outside_henan", Outcome::Fail, &["region"], Needed::Always),
            /// 郑州市“万人助万企”活动工作动态（2022年） 市商务局为中小微企业搭建“外贸贷”融资平台
            RegionUnknown => msg("region", "unknown", Outcome::Unknown, &["region", "scope"], Needed::Always),
            /// 郑州市“万人助万企”活动工作动态（2022年） 市商务局为中小微企业搭建“外贸贷”融资平台
            ApplicantKindPass => msg("applicant_kind", "pass", Outcome::Pass, &["kind"], Needed::Always),
            /// 郑州市“万人助万企”活动工作动态（2022年） 市商务局为中小微企业搭建“外贸贷”融资平台
            ApplicantKindFail => msg("applicant_kind", "fail", Outcome::Fail, &["kind"], Needed::Always),
            /// 郑州市“万人助万企”活动工作动态（2022年） 市商务局为中小微企业搭建“外贸贷”融资平台
            EnterpriseSizePass => msg("enterprise_size", "pass", Outcome::Pass, &["class", "sizes"], Needed::Always),
            /// 郑州市“万人助万企”活动工作动态（2022年） 市商务局为中小微企业搭建“外贸贷”融资平台
            EnterpriseSizeFail => msg("enterprise_size", "fail", Outcome::Fail, &["class", "sizes"], Needed::Always),
            /// 郑州市“万人助万企”活动工作动态（2022年） 市商务局为中小微企业搭建“外贸贷”融资平台
            EnterpriseSizeUnknown => msg("enterprise_size", "unknown", Outcome::Unknown, &["sizes"], Needed::Always),
            /// 郑州市“万人助万企”活动工作动态（2022年） 市商务局为中小微企业搭建“外贸贷”融资平台
            TradesAbroadPass => msg("trades_abroad", "pass", Outcome::Pass, &[], Needed::Always),
            /// 郑州市“万人助万企”活动工作动态（2022年） 市商务局为中小微企业搭建“外贸贷”融资平台
            TradesAbroadFail => msg("trades_abroad", "fail", Outcome::Fail, &[], Needed::Always),
            /// 郑州市“万人助万企”活动工作动态（2022年） 市商务局为中小微企业搭建“外贸贷”融资平台
            TradesAbroadUnknown => msg("trades_abroad", "unknown", Outcome::Unknown, &[], Needed::Always),
            /// 郑州市“万人助万企”活动工作动态（2022年） 市商务局为中小微企业搭建“外贸贷”融资平台
            CreditInsurancePass => msg("credit_insurance", "pass", Outcome::Pass, &[], Needed::Always),
            /// 郑州市“万人助万企”活动工作动态（2022年） 市商务局为中小微企业搭建“外贸贷”融资平台
            CreditInsuranceWarn => msg("credit_insurance", "warn", Outcome::Warn, &[], Needed::Always),
            /// 郑州市“万人助万企”活动工作动态（2022年） 市商务局为中小微企业搭建“外贸贷”融资平台
            CreditInsuranceWarnUnknown => msg("credit_insurance", "warn_unknown", Outcome::Warn, &[], Needed::Always),
            /// 郑州市“万人助万企”活动工作动态（2022年） 市商务局为中小微企业搭建“外贸贷”融资平台
            CollateralPass => msg("collateral", "pass", Outcome::Pass, &[], Needed::Always),
            /// 郑州市“万人助万企”活动工作动态（2022年） 市商务局为中小微企业搭建“外贸贷”融资平台
            CollateralWarn => msg("collateral", "warn", Outcome::Warn, &["collateral"], Needed::Always),
            /// 郑州市“万人助万企”活动工作动态（2022年） 市商务局为中小微企业搭建“外贸贷”融资平台
            LoanAmountPass => msg("loan_amount", "pass", Outcome::Pass, &["amount", "max"], Needed::MaxAmount),
            /// 郑州市“万人助万企”活动工作动态（2022年） 市商务局为中小微企业搭建“外贸贷”融资平台
            LoanAmountFail => msg("loan_amount", "fail", Outcome::Fail, &["amount", "max"], Needed::MaxAmount),
            /// 郑州市“万人助万企”活动工作动态（2022年） 市商务局为中小微企业搭建“外贸贷”融资平台
            InterestRatePass => msg("interest_rate", "pass", Outcome::Pass, &["rate", "cap"], Needed::RateCap),
            /// 郑州市“万人助万企”活动工作动态（2022年） 市商务局为中小微企业搭建“外贸贷”融资平台
            InterestRateFail => msg("interest_rate", "fail", Outcome::Fail, &["rate", "cap"], Needed::RateCap),
        }
    }

    ids! {
        /// How a 外贸贷 figure was reached.
        Explain: ExplainSpec {
            /// 郑州市“万人助万企”活动工作动态（2022年） 市商务局为中小微企业搭建“外贸贷”融资平台
            MaxAmount => explain("max_amount", "max_amount", &["max"], Needed::MaxAmount),
            /// 郑州市“万人助万企”活动工作动态（2022年） 市商务局为中小微企业搭建“外贸贷”融资平台
            RateCap => explain("rate_cap", "rate_cap", &["cap"], Needed::RateCap),
            /// 郑州市“万人助万企”活动工作动态（2022年） 市商务局为中小微企业搭建“外贸贷”融资平台
            LossShares => explain("loss_shares", "government_share", &["government", "bank", "insurer"], Needed::LossShares),
        }
    }

    ids! {
        /// What would change a 外贸贷 answer.
        Hint: HintSpec {
            TermsFromBank => hint("terms_from_bank", &[], Needed::Always),
        }
    }
}

/// 创业担保贷款 (startup_guarantee_loan): every message, explanation and hint its logic can emit.
pub mod startup {
    use super::*;

    ids! {
        /// A 创业担保贷款 check message: the check, its outcome and the values its text may use.
        Msg: MsgSpec {
            /// 财金〔2020〕21号 贷款对象
            BorrowerKindPassPerson => msg("borrower_kind", "pass_person", Outcome::Pass, &["kind"], Needed::Always),
            /// 财金〔2020〕21号 贷款对象
            BorrowerKindPassEnterprise => msg("borrower_kind", "pass_enterprise", Outcome::Pass, &["kind"], Needed::Always),
            /// 财金〔2020〕21号 贷款对象
            BorrowerKindFail => msg("borrower_kind", "fail", Outcome::Fail, &["kind"], Needed::Always),
            /// 财金〔2020〕21号 贷款对象
            TargetGroupPass => msg("target_group", "pass", Outcome::Pass, &["groups"], Needed::Person),
            /// 财金〔2020〕21号 贷款对象
            TargetGroupFail => msg("target_group", "fail", Outcome::Fail, &[], Needed::Person),
            /// 银保监发〔2022〕4号 （五）; 国发〔2022〕12号 32; 新乡市稳经济实施方案 130
            TargetGroupPassLater => msg("target_group", "pass_later", Outcome::Pass, &["groups", "from"], Needed::GroupDates),
            /// 银保监发〔2022〕4号 （五）
            TargetGroupFailNotYet => msg("target_group", "fail_not_yet", Outcome::Fail, &["groups", "from", "as_of"], Needed::GroupDates),
            /// 财金〔2020〕21号 贷款对象
            TargetGroupUnknown => msg("target_group", "unknown", Outcome::Unknown, &[], Needed::Person),
            /// 河南省2022年稳就业政策（河南手机报报道） 新闻报道：全额贴息对象
            FullSubsidyGroupPass => msg("full_subsidy_group", "pass", Outcome::Pass, &["groups"], Needed::GroupLimit),
            /// 河南省2022年稳就业政策（河南手机报报道） 新闻报道：全额贴息对象
            FullSubsidyGroupFail => msg("full_subsidy_group", "fail", Outcome::Fail, &["required"], Needed::GroupLimit),
            /// 新政办〔2022〕14号 （四）
            EnterpriseSizePass => msg("enterprise_size", "pass", Outcome::Pass, &["class", "sizes"], Needed::Enterprise),
            /// 新政办〔2022〕14号 （四）
            EnterpriseSizeFail => msg("enterprise_size", "fail", Outcome::Fail, &["class", "sizes"], Needed::Enterprise),
            /// 新政办〔2022〕14号 （四）
            EnterpriseSizeUnknown => msg("enterprise_size", "unknown", Outcome::Unknown, &["sizes"], Needed::Enterprise),
            /// 新政办〔2022〕14号 （四）
            HiringPass => msg("hiring", "pass", Outcome::Pass, &["count", "employees", "ratio", "threshold", "required", "needed"], Needed::Enterprise),
            /// 新政办〔2022〕14号 （四）
            HiringFail => msg("hiring", "fail", Outcome::Fail, &["count", "employees", "ratio", "threshold", "required", "needed"], Needed::Enterprise),
            /// 新政办〔2022〕14号 （四）
            HiringUnknown => msg("hiring", "unknown", Outcome::Unknown, &[], Needed::Enterprise),
            /// 新政办〔2022〕14号 （四）
            ContractYearsPass => msg("contract_years", "pass", Outcome::Pass, &["years", "min"], Needed::Enterprise),
            /// 新政办〔2022〕14号 （四）
            ContractYearsFail => msg("contract_years", "fail", Outcome::Fail, &["years", "min"], Needed::Enterprise),
            /// 新政办〔2022〕14号 （四）
            ContractYearsUnknown => msg("contract_years", "unknown", Outcome::Unknown, &["min"], Needed::Enterprise),
            /// 新政办〔2022〕14号 （四）
            SubsidyCountPass => msg("subsidy_count", "pass", Outcome::Pass, &["count", "max"], Needed::Always),
            /// 新政办〔2022〕14号 （四）
            SubsidyCountFail => msg("subsidy_count", "fail", Outcome::Fail, &["count", "max"], Needed::Always),
            /// 新政办〔2022〕14号 （四）
            SubsidyCountUnknown => msg("subsidy_count", "unknown", Outcome::Unknown, &["max"], Needed::Always),
            /// 财金〔2020〕21号 提高贷款额度
            LoanAmountPass => msg("loan_amount", "pass", Outcome::Pass, &["amount", "max"], Needed::Always),
            /// 财金〔2020〕21号 提高贷款额度
            LoanAmountWarnOver => msg("loan_amount", "warn_over", Outcome::Warn, &["amount", "max"], Needed::Always),
            /// 新政办〔2022〕14号 （四）
            LoanAmountPassEnterprise => msg("loan_amount", "pass_enterprise", Outcome::Pass, &["amount", "max"], Needed::Always),
            /// 新政办〔2022〕14号 （四）
            LoanAmountWarnOverEnterprise => msg("loan_amount", "warn_over_enterprise", Outcome::Warn, &["amount", "max"], Needed::Always),
            /// 新政办〔2022〕14号 （四）
            InterestRatePass => msg("interest_rate", "pass", Outcome::Pass, &["rate", "cap"], Needed::Always),
            /// 新政办〔2022〕14号 （四）
            InterestRateWarnAbove => msg("interest_rate", "warn_above", Outcome::Warn, &["rate", "cap"], Needed::Always),
            /// 贷款市场报价利率（LPR） 1年期LPR
            LprWarnBeyond => msg("lpr", "warn_beyond", Outcome::Warn, &["lpr", "date"], Needed::Always),
            /// 贷款市场报价利率（LPR） 1年期LPR
            LprUnknown => msg("lpr", "unknown", Outcome::Unknown, &["date"], Needed::Always),
        }
    }

    ids! {
        /// How a 创业担保贷款 figure was reached.
        Explain: ExplainSpec {
            /// 财金〔2020〕21号 提高贷款额度
            MaxAmountPerson => explain("max_amount_person", "max_amount", &["max"], Needed::Person),
            /// 新政办〔2022〕14号 （四）
            MaxAmountEnterprise => explain("max_amount_enterprise", "max_amount", &["max"], Needed::Enterprise),
            /// 贷款市场报价利率（LPR） 1年期LPR
            Lpr => explain("lpr", "lpr", &["lpr", "date"], Needed::Always),
            /// 新政办〔2022〕14号 （四）
            RateCap => explain("rate_cap", "rate_cap", &["lpr", "spread", "cap"], Needed::Always),
            /// 新政办〔2022〕14号 （四）
            SubsidyBand => explain("subsidy_band", "subsidy_rate", &["rate", "lpr", "floor", "ceiling", "subsidy"], Needed::LprBand),
            /// 河南省2022年稳就业政策（河南手机报报道） 新闻报道：全额贴息对象
            /// 新乡市贯彻落实稳住经济一揽子政策措施实施方案（征求意见稿） 130
            SubsidyFull => explain("subsidy_full", "subsidy_rate", &["rate", "cap", "subsidy"], Needed::FullSubsidy),
            /// 财金〔2020〕21号 贴息口径（2021年1月1日起新发放的贷款）
            BorrowerRate => explain("borrower_rate", "borrower_rate", &["rate", "subsidy", "borrower"], Needed::Always),
            /// 新政办〔2022〕14号 （四）
            Interest => explain("interest", "subsidy_amount", &["principal", "term", "method", "total", "subsidy", "borrower"], Needed::Always),
            /// 财金〔2020〕21号 提高贷款额度
            SubsidisedPrincipalPerson => explain("subsidised_principal_person", "subsidised_principal", &["amount", "max"], Needed::Person),
            /// 新政办〔2022〕14号 （四）
            SubsidisedPrincipalEnterprise => explain("subsidised_principal_enterprise", "subsidised_principal", &["amount", "max"], Needed::Enterprise),
        }
    }

    ids! {
        /// What would change a 创业担保贷款 answer.
        Hint: HintSpec {
            NeedsRate => hint("needs_rate", &[], Needed::Always),
            NeedsLoanTerms => hint("needs_loan_terms", &["fields"], Needed::Always),
        }
    }
}

/// 房租减免 (rent_relief): every message, explanation and hint its logic can emit.
pub mod rent {
    use super::*;

    ids! {
        /// A 房租减免 check message: the check, its outcome and the values its text may use.
        Msg: MsgSpec {
            /// 发改财金〔2022〕271号 6
            /// 新乡市贯彻落实稳住经济一揽子政策措施实施方案（征求意见稿） 94
            ApplicantKindPass => msg("applicant_kind", "pass", Outcome::Pass, &["kind"], Needed::Always),
            /// 发改财金〔2022〕271号 6
            /// 新乡市贯彻落实稳住经济一揽子政策措施实施方案（征求意见稿） 94
            ApplicantKindFail => msg("applicant_kind", "fail", Outcome::Fail, &["kind"], Needed::Always),
            /// 发改财金〔2022〕271号 6
            /// 新乡市贯彻落实稳住经济一揽子政策措施实施方案（征求意见稿） 94
            EnterpriseSizePass => msg("enterprise_size", "pass", Outcome::Pass, &["class", "sizes"], Needed::Always),
            /// 发改财金〔2022〕271号 6
            /// 新乡市贯彻落实稳住经济一揽子政策措施实施方案（征求意见稿） 94
            EnterpriseSizeFail => msg("enterprise_size", "fail", Outcome::Fail, &["class", "sizes"], Needed::Always),
            /// 发改财金〔2022〕271号 6
            /// 新乡市贯彻落实稳住经济一揽子政策措施实施方案（征求意见稿） 94
            EnterpriseSizeUnknown => msg("enterprise_size", "unknown", Outcome::Unknown, &["sizes"], Needed::Always),
            /// 工信部联企业〔2011〕300号 第四条
            ServiceSectorPass => msg("service_sector", "pass", Outcome::Pass, &["industry"], Needed::ServiceSector),
            /// 工信部联企业〔2011〕300号 第四条
            ServiceSectorFail => msg("service_sector", "fail", Outcome::Fail, &["industry"], Needed::ServiceSector),
            /// 工信部联企业〔2011〕300号 第四条
            ServiceSectorUnknown => msg("service_sector", "unknown", Outcome::Unknown, &[], Needed::ServiceSector),
            /// 发改财金〔2022〕271号 6
            /// 新乡市贯彻落实稳住经济一揽子政策措施实施方案（征求意见稿） 94
            PremisesOwnerPass => msg("premises_owner", "pass", Outcome::Pass, &[], Needed::Always),
            /// 发改财金〔2022〕271号 6
            /// 新乡市贯彻落实稳住经济一揽子政策措施实施方案（征求意见稿） 94
            PremisesOwnerFail => msg("premises_owner", "fail", Outcome::Fail, &[], Needed::Always),
            /// 发改财金〔2022〕271号 6
            /// 新乡市贯彻落实稳住经济一揽子政策措施实施方案（征求意见稿） 94
            PremisesOwnerUnknown => msg("premises_owner", "unknown", Outcome::Unknown, &[], Needed::Always),
            /// 新乡市贯彻落实稳住经济一揽子政策措施实施方案（征求意见稿） 94
            CannotOperatePass => msg("cannot_operate", "pass", Outcome::Pass, &[], Needed::CannotOperate),
            /// 新乡市贯彻落实稳住经济一揽子政策措施实施方案（征求意见稿） 94
            CannotOperateFail => msg("cannot_operate", "fail", Outcome::Fail, &[], Needed::CannotOperate),
            /// 新乡市贯彻落实稳住经济一揽子政策措施实施方案（征求意见稿） 94
            CannotOperateUnknown => msg("cannot_operate", "unknown", Outcome::Unknown, &[], Needed::CannotOperate),
            /// 国资委关于做好2022年服务业小微企业和个体工商户房租减免工作的通知 转租
            /// 新乡市贯彻落实稳住经济一揽子政策措施实施方案（征求意见稿） 94
            SubletWarn => msg("sublet", "warn", Outcome::Warn, &[], Needed::Always),
        }
    }

    ids! {
        /// How a 房租减免 figure was reached.
        Explain: ExplainSpec {
            /// 发改运行〔2022〕672号 （十九）
            FreeMonthsRisk => explain("free_months_risk", "free_months", &["months"], Needed::CountyRisk),
            /// 发改运行〔2022〕672号 （十九）
            FreeMonthsNoRisk => explain("free_months_no_risk", "free_months", &["months"], Needed::CountyRisk),
            /// 新乡市贯彻落实稳住经济一揽子政策措施实施方案（征求意见稿） 94
            FreeMonthsFixed => explain("free_months_fixed", "free_months", &["months"], Needed::FixedMonths),
            /// 新乡市贯彻落实稳住经济一揽子政策措施实施方案（征求意见稿） 94
            HalfMonths => explain("half_months", "half_months", &["months"], Needed::HalfMonths),
            /// 发改财金〔2022〕271号 6
            /// 新乡市贯彻落实稳住经济一揽子政策措施实施方案（征求意见稿） 94
            ReliefAmount => explain("relief_amount", "relief_amount", &["rent", "free", "half", "amount"], Needed::Always),
        }
    }

    ids! {
        /// What would change a 房租减免 answer.
        Hint: HintSpec {
            NeedsCountyRisk => hint("needs_county_risk", &["risk_months", "months"], Needed::CountyRisk),
            NeedsRent => hint("needs_rent", &[], Needed::Always),
        }
    }
}

/// 推荐清单自查 (financing_coordination): the five standards of the 支持小微企业融资协调工作机制
/// (001 L91–97) and who the mechanism serves (001 L65–67; 003 L21). The firm answers
/// each standard itself; the result says whether, on its answers, it meets them.
pub mod coord {
    use super::*;

    ids! {
        /// A 推荐清单 check message: the check, its outcome and the values its text may use.
        Msg: MsgSpec {
            /// 郑州高新区新闻（2024年11月） 工作范围（范围主要是小微企业）
            ApplicantKindPass => msg("applicant_kind", "pass", Outcome::Pass, &["kind"], Needed::Always),
            /// 郑州高新区新闻（2024年11月） 工作范围
            ApplicantKindFail => msg("applicant_kind", "fail", Outcome::Fail, &["kind"], Needed::Always),
            /// 郑州高新区新闻（2024年11月） 工作范围
            EnterpriseSizePass => msg("enterprise_size", "pass", Outcome::Pass, &["class", "sizes"], Needed::Always),
            /// 郑州高新区新闻（2024年11月） 工作范围（后期适时拓展至其他经营主体）
            EnterpriseSizeFail => msg("enterprise_size", "fail", Outcome::Fail, &["class", "sizes"], Needed::Always),
            /// 郑州高新区新闻（2024年11月） 工作范围
            EnterpriseSizeUnknown => msg("enterprise_size", "unknown", Outcome::Unknown, &["sizes"], Needed::Always),
            /// 郑州高新区新闻（2024年11月） 5项标准：合规持续经营（`financing.operates_compliantly`）
            OperatesCompliantlyPass => msg("operates_compliantly", "pass", Outcome::Pass, &[], Needed::Always),
            /// 郑州高新区新闻（2024年11月） 5项标准：合规持续经营
            OperatesCompliantlyFail => msg("operates_compliantly", "fail", Outcome::Fail, &[], Needed::Always),
            /// 郑州高新区新闻（2024年11月） 5项标准：合规持续经营
            OperatesCompliantlyUnknown => msg("operates_compliantly", "unknown", Outcome::Unknown, &[], Needed::Always),
            /// 郑州高新区新闻（2024年11月） 5项标准：固定经营场所（`financing.fixed_premises`）
            FixedPremisesPass => msg("fixed_premises", "pass", Outcome::Pass, &[], Needed::Always),
            /// 郑州高新区新闻（2024年11月） 5项标准：固定经营场所
            FixedPremisesFail => msg("fixed_premises", "fail", Outcome::Fail, &[], Needed::Always),
            /// 郑州高新区新闻（2024年11月） 5项标准：固定经营场所
            FixedPremisesUnknown => msg("fixed_premises", "unknown", Outcome::Unknown, &[], Needed::Always),
            /// 郑州高新区新闻（2024年11月） 5项标准：真实融资需求（`financing.real_need`, with
            /// `loan.amount`, `financing.purpose`, `loan.term_months`）
            RealNeedPass => msg("real_need", "pass", Outcome::Pass, &["amount", "purpose", "term"], Needed::Always),
            /// 郑州高新区新闻（2024年11月） 5项标准：真实融资需求
            RealNeedFail => msg("real_need", "fail", Outcome::Fail, &[], Needed::Always),
            /// 郑州高新区新闻（2024年11月） 5项标准：真实融资需求
            RealNeedUnknown => msg("real_need", "unknown", Outcome::Unknown, &[], Needed::Always),
            /// 郑州日报（2025年5月） 区县工作专班与两张清单（全面摸排融资需求）: a need the team
            /// can record has an amount, a use and a term.
            RealNeedUnknownDetails => msg("real_need", "unknown_details", Outcome::Unknown, &[], Needed::Always),
            /// 郑州高新区新闻（2024年11月） 5项标准：信用状况良好（`financing.good_credit`）
            GoodCreditPass => msg("good_credit", "pass", Outcome::Pass, &[], Needed::Always),
            /// 郑州高新区新闻（2024年11月） 5项标准：信用状况良好
            GoodCreditFail => msg("good_credit", "fail", Outcome::Fail, &[], Needed::Always),
            /// 郑州高新区新闻（2024年11月） 5项标准：信用状况良好
            GoodCreditUnknown => msg("good_credit", "unknown", Outcome::Unknown, &[], Needed::Always),
            /// 郑州高新区新闻（2024年11月） 5项标准：贷款用途依法合规（`financing.lawful_use`）
            LawfulUsePass => msg("lawful_use", "pass", Outcome::Pass, &[], Needed::Always),
            /// 郑州高新区新闻（2024年11月） 5项标准：贷款用途依法合规
            LawfulUseFail => msg("lawful_use", "fail", Outcome::Fail, &[], Needed::Always),
            /// 郑州高新区新闻（2024年11月） 5项标准：贷款用途依法合规
            LawfulUseUnknown => msg("lawful_use", "unknown", Outcome::Unknown, &[], Needed::Always),
        }
    }

    /// The self-check computes no figure (a place on a list is not an amount), so it
    /// explains none: no figure where nothing is due.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Explain {}

    impl Explain {
        pub const ALL: &'static [Explain] = &[];
        pub const SPECS: &'static [ExplainSpec] = &[];
    }

    impl Id for Explain {
        type Spec = ExplainSpec;
        fn index(self) -> usize {
            match self {}
        }
        fn spec(self) -> &'static ExplainSpec {
            match self {}
        }
    }

    ids! {
        /// What the firm does next, and how it gets on the list.
        Hint: HintSpec {
            /// 郑州高新区新闻（2024年11月） 推荐给银行机构; 郑州日报（2025年5月） 区县工作专班与两张清单
            NextSteps => hint("next_steps", &["region"], Needed::Always),
            /// 郑州日报（2025年5月） 区县（市）工作专班; 区县工作专班与两张清单（千企万户大走访）;
            /// a portal names its own channel by overriding this text.
            JoinList => hint("join_list", &["region"], Needed::Always),
        }
    }
}

/// The texts a logic (by its name in the policy data) may carry: its own and the common ones.
pub fn specs_for(logic: &str) -> Option<(&'static [MsgSpec], &'static [ExplainSpec], &'static [HintSpec])> {
    match logic {
        "henan_tech_loan" => Some((tech::Msg::SPECS, tech::Explain::SPECS, tech::Hint::SPECS)),
        "zhengzhou_trade_loan" => Some((trade::Msg::SPECS, trade::Explain::SPECS, trade::Hint::SPECS)),
        "startup_guarantee_loan" => Some((startup::Msg::SPECS, startup::Explain::SPECS, startup::Hint::SPECS)),
        "rent_relief" => Some((rent::Msg::SPECS, rent::Explain::SPECS, rent::Hint::SPECS)),
        "financing_coordination" => Some((coord::Msg::SPECS, coord::Explain::SPECS, coord::Hint::SPECS)),
        _ => None,
    }
}

/// The `{name}` placeholders of a text (`{{` and `}}` are literal braces).
fn placeholders(text: &str) -> Vec<String> {
    let plain = text.replace("{{", "").replace("}}", "");
    plain
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name.to_string()))
        .collect()
}

fn check_text(v: Option<&Value>, args: &[&str], at: &str, problems: &mut Vec<String>) {
    let Some(v) = v else {
        problems.push(format!("{at}: the text is missing"));
        return;
    };
    for lang in ["zh", "en"] {
        match v.get(lang).and_then(Value::as_str) {
            Some(t) if !t.trim().is_empty() => {
                for p in placeholders(t) {
                    if !args.contains(&p.as_str()) {
                        problems.push(format!("{at}.{lang}: the placeholder {{{p}}} is not one of {args:?}"));
                    }
                }
            }
            _ => problems.push(format!("{at}.{lang}: the text is missing or empty")),
        }
    }
}

/// What is wrong with a rule set's texts against its logic's specs, as sentences; empty
/// when nothing is. `rule_set` is the rule set as compiled in (`extends` resolved, the
/// common texts applied). Texts needed only under some parameters (`Needed` other than
/// `Always`) are checked where the parameters are read, at load; everything else here.
pub fn problems(rule_set: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let id = rule_set.get("id").and_then(Value::as_str).unwrap_or("?").to_string();
    let Some(logic) = rule_set.get("logic").and_then(Value::as_str) else {
        return vec![format!("{id}: no logic")];
    };
    let Some((messages, explanations, hints)) = specs_for(logic) else {
        return vec![format!("{id}: the logic {logic} does not exist")];
    };
    let citations = rule_set.get("citations").and_then(Value::as_object);
    let cited = |key: Option<&str>, at: &str, problems: &mut Vec<String>| match key {
        Some(k) if citations.is_some_and(|c| c.contains_key(k)) => {}
        Some(k) => problems.push(format!("{id} {at}: cites {k}, which is not among its citations")),
        None => problems.push(format!("{id} {at}: no citation")),
    };
    let all_messages: Vec<&MsgSpec> = messages.iter().chain(common::Msg::SPECS.iter()).collect();
    let checks = rule_set.get("checks").and_then(Value::as_object);
    for (check, body) in checks.into_iter().flatten() {
        let at = format!("checks.{check}");
        if !all_messages.iter().any(|m| m.check == check) {
            problems.push(format!("{id} {at}: the logic {logic} has no such check"));
            continue;
        }
        cited(body.get("citation").and_then(Value::as_str), &at, &mut problems);
        for (key, text) in body.get("messages").and_then(Value::as_object).into_iter().flatten() {
            let at = format!("{at}.messages.{key}");
            match all_messages.iter().find(|m| m.check == check && m.key == key) {
                None => problems.push(format!("{id} {at}: the check {check} has no message {key}")),
                Some(spec) => {
                    check_text(Some(text), spec.args, &format!("{id} {at}"), &mut problems);
                    if let Some(k) = text.get("citation") {
                        cited(k.as_str(), &at, &mut problems);
                    }
                    if spec.outcome == Outcome::Fail {
                        match text.get("hint") {
                            Some(h) => check_text(Some(h), spec.args, &format!("{id} {at}.hint"), &mut problems),
                            None => problems.push(format!("{id} {at}: a failing message needs a hint saying what would change it")),
                        }
                    }
                }
            }
        }
    }
    for spec in all_messages.iter().filter(|m| m.needed == Needed::Always) {
        let present = checks.and_then(|c| c.get(spec.check)).and_then(|c| c.get("messages")).and_then(|m| m.get(spec.key)).is_some();
        if !present {
            problems.push(format!("{id} checks.{}.messages.{}: the text is missing", spec.check, spec.key));
        }
    }
    let given = rule_set.get("explanations").and_then(Value::as_object);
    for (key, body) in given.into_iter().flatten() {
        let at = format!("explanations.{key}");
        match explanations.iter().find(|e| e.key == key) {
            None => problems.push(format!("{id} {at}: the logic {logic} has no such explanation")),
            Some(spec) => {
                check_text(Some(body), spec.args, &format!("{id} {at}"), &mut problems);
                cited(body.get("citation").and_then(Value::as_str), &at, &mut problems);
            }
        }
    }
    for spec in explanations.iter().filter(|e| e.needed == Needed::Always) {
        if given.and_then(|g| g.get(spec.key)).is_none() {
            problems.push(format!("{id} explanations.{}: the text is missing", spec.key));
        }
    }
    let given = rule_set.get("hints").and_then(Value::as_object);
    let all_hints: Vec<&HintSpec> = hints.iter().chain(common::Hint::SPECS.iter()).collect();
    for (key, body) in given.into_iter().flatten() {
        match all_hints.iter().find(|h| h.key == key) {
            None => problems.push(format!("{id} hints.{key}: the logic {logic} has no such hint")),
            Some(spec) => check_text(Some(body), spec.args, &format!("{id} hints.{key}"), &mut problems),
        }
    }
    for spec in all_hints.iter().filter(|h| h.needed == Needed::Always) {
        if given.and_then(|g| g.get(spec.key)).is_none() {
            problems.push(format!("{id} hints.{}: the text is missing", spec.key));
        }
    }
    problems
}
