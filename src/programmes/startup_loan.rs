//! 创业担保贷款: guaranteed loans with 贴息 for people starting a business and for
//! small and micro enterprises that hire them.
//!
//! Subsidy readings (policy README §4): on the LPR band, the part of the contract
//! rate between LPR − 150BP and LPR + 150BP is subsidised, so the borrower bears up
//! to LPR − 150BP plus anything above LPR + 150BP; under a full subsidy the borrower
//! bears nothing up to the rate cap. The LPR is the 1-year LPR in force on `as_of`.
//! The interest figures come from the repayment schedule of `loan.repayment`.

use crate::money::DecimalOps;
use super::{enum_list, req_money, req_share, req_u32, size_list, words, Builder, Ctx};
use crate::error::{Error, ErrorCode, Result};
use crate::data::Obj;
use crate::money::read_decimal;
use crate::rules::startup::{Explain, Hint, Msg};
use crate::request::{ApplicantKind, Repayment, StartupGroup};
use crate::response::{Change, FigureValue, ProgrammeResult};
use super::dec_value;
use serde_json::Value;
use crate::schedule::{totals, ScheduleRequest};
use crate::size::SizeClass;
use crate::text::Arg;
use rust_decimal::Decimal;
use std::borrow::Cow;

/// Who may borrow under a rule set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Borrower {
    /// A person starting a business, or a 个体工商户.
    Person,
    /// A small or micro enterprise that hires.
    Enterprise,
}

impl Borrower {
    const NAMES: &'static [(&'static str, Borrower)] = &[("person", Borrower::Person), ("enterprise", Borrower::Enterprise)];
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subsidy {
    /// The part of the rate between LPR − below and LPR + above.
    LprBand { below: Decimal, above: Decimal },
    /// The whole rate, up to the rate cap.
    Full,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartupLoanParams {
    pub borrowers: Vec<Borrower>,
    pub eligible_groups: Vec<StartupGroup>,
    /// Groups added to the programme later, with the day from which they are in it
    /// (新市民: 银保监发〔2022〕4号 of 2022-03-04).
    pub group_start_dates: Vec<(StartupGroup, crate::dates::Date)>,
    /// Only persons in these groups are covered (Henan 2022 full subsidy).
    pub full_subsidy_groups: Option<Vec<StartupGroup>>,
    pub person_max_amount: Decimal,
    pub enterprise_max_amount: Decimal,
    pub enterprise_sizes: Vec<SizeClass>,
    pub hiring_ratio: Decimal,
    pub hiring_ratio_large: Decimal,
    /// "超过100人的企业": more than this many staff use `hiring_ratio_large`.
    pub large_employer_over: u32,
    pub min_contract_years: Decimal,
    /// "累计不超过3次".
    pub max_subsidised_loans: u32,
    pub subsidy: Subsidy,
    /// The rate cap is LPR + this.
    pub rate_cap_above_lpr: Decimal,
}

impl StartupLoanParams {
    pub fn parse(o: &Obj<'_>) -> Result<Self> {
        o.allow_only(&[
            "borrowers",
            "eligible_groups",
            "full_subsidy_groups",
            "group_start_dates",
            "person_max_amount",
            "enterprise_max_amount",
            "enterprise_sizes",
            "hiring_ratio",
            "hiring_ratio_large",
            "large_employer_over",
            "min_contract_years",
            "max_subsidised_loans",
            "subsidy",
            "rate_cap_above_lpr",
        ])?;
        let s = o.opt_obj("subsidy")?.ok_or_else(|| Error::missing(&o.field_path("subsidy")))?;
        s.allow_only(&["mode", "below_lpr", "above_lpr"])?;
        let subsidy = match s.req_str("mode")? {
            "lpr_band" => Subsidy::LprBand {
                below: req_share(&s, "below_lpr")?,
                above: req_share(&s, "above_lpr")?,
            },
            "full" => Subsidy::Full,
            other => {
                return Err(Error::new(
                    ErrorCode::InvalidOverride,
                    s.field_path("mode"),
                    format!("贴息方式 {other} 无效，可选 lpr_band、full"),
                    format!("subsidy mode {other} is not one of lpr_band, full"),
                ))
            }
        };
        let full_subsidy_groups = if o.get("full_subsidy_groups").is_some() {
            Some(enum_list(o, "full_subsidy_groups", StartupGroup::NAMES)?)
        } else {
            None
        };
        let mut group_start_dates = Vec::new();
        if let Some(dates) = o.opt_obj("group_start_dates")? {
            for (name, v) in dates.map.iter() {
                let path = dates.field_path(name);
                let group = crate::data::read_enum(name, &path, StartupGroup::NAMES)?;
                group_start_dates.push((group, crate::dates::Date::read(v, &path)?));
            }
        }
        let years_path = o.field_path("min_contract_years");
        Ok(StartupLoanParams {
            borrowers: enum_list(o, "borrowers", Borrower::NAMES)?,
            eligible_groups: enum_list(o, "eligible_groups", StartupGroup::NAMES)?,
            full_subsidy_groups,
            group_start_dates,
            person_max_amount: req_money(o, "person_max_amount")?,
            enterprise_max_amount: req_money(o, "enterprise_max_amount")?,
            enterprise_sizes: size_list(o, "enterprise_sizes")?,
            hiring_ratio: req_share(o, "hiring_ratio")?,
            hiring_ratio_large: req_share(o, "hiring_ratio_large")?,
            large_employer_over: req_u32(o, "large_employer_over", 0, u32::MAX)?,
            min_contract_years: read_decimal(o.required("min_contract_years")?, &years_path)?,
            max_subsidised_loans: req_u32(o, "max_subsidised_loans", 1, 100)?,
            subsidy,
            rate_cap_above_lpr: req_share(o, "rate_cap_above_lpr")?,
        })
    }

    /// (subsidy rate, borrower rate) for contract rate `r` and 1-year LPR `lpr`.
    pub fn split_rate(&self, r: Decimal, lpr: Decimal) -> Option<(Decimal, Decimal)> {
        let cap = lpr.c_add(self.rate_cap_above_lpr)?;
        let subsidy = match &self.subsidy {
            Subsidy::LprBand { below, above } => {
                let floor = lpr.c_sub(*below)?;
                let ceiling = lpr.c_add(*above)?;
                r.min(ceiling).c_sub(floor)?.max(Decimal::ZERO)
            }
            Subsidy::Full => r.min(cap).max(Decimal::ZERO),
        };
        Some((subsidy.normalize(), r.c_sub(subsidy)?.normalize()))
    }
}

fn method_words(m: Repayment) -> Arg<'static> {
    match m {
        Repayment::EqualInstallment => words("等额本息", "equal instalments"),
        Repayment::EqualPrincipal => words("等额本金", "equal principal"),
        Repayment::InterestOnly => words("按月付息、到期还本", "monthly interest, principal at maturity"),
    }
}

fn groups_words(groups: &[StartupGroup]) -> Arg<'static> {
    let zh: Vec<&str> = groups.iter().map(|g| g.name_zh()).collect();
    let en: Vec<&str> = groups.iter().map(|g| g.name_en()).collect();
    Arg::Words(Cow::Owned(zh.join("、")), Cow::Owned(en.join(", ")))
}

/// Smallest whole number ≥ `x` (x ≥ 0). Not `x.ceil()`, which adds one with the
/// panicking `Add` the wasm otherwise does without (1.0 KB less gzipped, 2026-11-30;
/// `money::is_whole` likewise).
fn ceil_count(x: Decimal) -> u64 {
    let whole = x.trunc();
    let n = rust_decimal::prelude::ToPrimitive::to_u64(&whole.max(Decimal::ZERO));
    let n = if whole < x { n.and_then(|n| n.checked_add(1)) } else { n };
    n.unwrap_or(u64::MAX)
}

pub fn evaluate<'a>(ctx: &Ctx<'a, '_>, p: &StartupLoanParams, mut b: Builder<'a, super::StartupLogic>) -> ProgrammeResult<'a> {
    let req = ctx.req;
    let a = &req.applicant;
    let loan = req.loan.as_ref();
    let track = match a.kind {
        ApplicantKind::Person | ApplicantKind::IndividualBusiness => Borrower::Person,
        ApplicantKind::Enterprise => Borrower::Enterprise,
    };
    let kind = words(a.kind.name_zh(), a.kind.name_en());
    let covered = p.borrowers.contains(&track);
    match (covered, track) {
        (true, Borrower::Person) => b.check(Msg::BorrowerKindPassPerson, [("kind", kind)]),
        (true, Borrower::Enterprise) => b.check(Msg::BorrowerKindPassEnterprise, [("kind", kind)]),
        (false, _) => {
            // Nothing else of this rule set applies to this kind of borrower.
            b.check(Msg::BorrowerKindFail, [("kind", kind)]);
            return b.finish();
        }
    }

    if track == Borrower::Person {
        match &a.startup_groups {
            None => b.unknown(Msg::TargetGroupUnknown, &["applicant.startup_groups"], []),
            Some(groups) => {
                // Groups of the founding texts first; one added later (新市民) counts from its
                // own date and is cited to the text that added it.
                let held: Vec<StartupGroup> = groups.iter().copied().filter(|g| p.eligible_groups.contains(g)).collect();
                let added = |g: &StartupGroup| p.group_start_dates.iter().find(|(x, _)| x == g).map(|(_, d)| *d);
                let founding: Vec<StartupGroup> = held.iter().copied().filter(|g| added(g).is_none()).collect();
                let later_in: Vec<StartupGroup> = held.iter().copied().filter(|g| added(g).is_some_and(|d| d <= req.as_of)).collect();
                let later_out: Vec<(StartupGroup, crate::dates::Date)> =
                    held.iter().filter_map(|g| added(g).filter(|d| *d > req.as_of).map(|d| (*g, d))).collect();
                if !founding.is_empty() {
                    b.check_with(Msg::TargetGroupPass, || [("groups", groups_words(&founding))]);
                } else if let Some(from) = later_in.iter().filter_map(added).max() {
                    b.check_with(Msg::TargetGroupPassLater, || [("groups", groups_words(&later_in)), ("from", Arg::Date(from))]);
                } else if let Some((_, from)) = later_out.iter().min_by_key(|(_, d)| *d) {
                    let names: Vec<StartupGroup> = later_out.iter().map(|(g, _)| *g).collect();
                    b.check(Msg::TargetGroupFailNotYet, [("groups", groups_words(&names)), ("from", Arg::Date(*from)), ("as_of", Arg::Date(req.as_of))]);
                    b.change(Change::Value("as_of", Value::String(from.to_string())));
                } else {
                    b.check(Msg::TargetGroupFail, []);
                }
                if let Some(required) = &p.full_subsidy_groups {
                    let in_key: Vec<StartupGroup> = groups.iter().copied().filter(|g| required.contains(g)).collect();
                    if in_key.is_empty() {
                        b.check(Msg::FullSubsidyGroupFail, [("required", groups_words(required))]);
                    } else {
                        b.check_with(Msg::FullSubsidyGroupPass, || [("groups", groups_words(&in_key))]);
                    }
                }
            }
        }
    }

    if track == Borrower::Enterprise {
        super::check_size(&mut b, ctx, &p.enterprise_sizes, [Msg::EnterpriseSizePass, Msg::EnterpriseSizeFail, Msg::EnterpriseSizeUnknown]);
        let hires = a.new_hires.as_ref();
        match (a.employees, hires.and_then(|h| h.count)) {
            (Some(staff), Some(count)) => {
                // "超过100人的企业达到8%": more than 100 uses the lower ratio; "达到" is ≥.
                let ratio = if staff > p.large_employer_over { p.hiring_ratio_large } else { p.hiring_ratio };
                let required = ceil_count(b.exact("hiring", ratio.c_mul(Decimal::from(staff)))).max(1);
                let needed = required.saturating_sub(u64::from(count));
                let actual = if staff == 0 {
                    Decimal::ZERO
                } else {
                    b.exact("hiring", Decimal::from(count).c_div(Decimal::from(staff))).round_dp(4)
                };
                let args = [
                    ("count", Arg::Int(i64::from(count))),
                    ("employees", Arg::Int(i64::from(staff))),
                    ("ratio", Arg::Percent(actual)),
                    ("threshold", Arg::Percent(ratio)),
                    ("required", Arg::Int(i64::try_from(required).unwrap_or(i64::MAX))),
                    ("needed", Arg::Int(i64::try_from(needed).unwrap_or(i64::MAX))),
                ];
                if needed == 0 {
                    b.check(Msg::HiringPass, args);
                } else {
                    b.check(Msg::HiringFail, args);
                    b.change(Change::Min("applicant.new_hires.count", Value::from(required)));
                }
            }
            (staff, count) => {
                let mut missing = Vec::new();
                if staff.is_none() {
                    missing.push("applicant.employees");
                }
                if count.is_none() {
                    missing.push("applicant.new_hires.count");
                }
                b.unknown(Msg::HiringUnknown, &missing, []);
            }
        }
        let min = Arg::Decimal(p.min_contract_years);
        match hires.and_then(|h| h.contract_years) {
            Some(y) if y >= p.min_contract_years => {
                b.check(Msg::ContractYearsPass, [("years", Arg::Decimal(y)), ("min", min)])
            }
            Some(y) => {
                b.check(Msg::ContractYearsFail, [("years", Arg::Decimal(y)), ("min", min)]);
                b.change(Change::Min("applicant.new_hires.contract_years", dec_value(p.min_contract_years)));
            }
            None => b.unknown(Msg::ContractYearsUnknown, &["applicant.new_hires.contract_years"], [("min", min)]),
        }
    }

    let max = Arg::Int(i64::from(p.max_subsidised_loans));
    match a.subsidised_loans_before {
        Some(n) if n < p.max_subsidised_loans => {
            b.check(Msg::SubsidyCountPass, [("count", Arg::Int(i64::from(n))), ("max", max)])
        }
        Some(n) => b.check(Msg::SubsidyCountFail, [("count", Arg::Int(i64::from(n))), ("max", max)]),
        None => b.unknown(Msg::SubsidyCountUnknown, &["applicant.subsidised_loans_before"], [("max", max)]),
    }

    // Figures.
    let max_amount = if track == Borrower::Enterprise { p.enterprise_max_amount } else { p.person_max_amount };
    b.money("max_amount", max_amount);
    let key = if track == Borrower::Enterprise { Explain::MaxAmountEnterprise } else { Explain::MaxAmountPerson };
    b.explain(key, [("max", Arg::Money(max_amount))]);
    let amount = loan.and_then(|l| l.amount);
    if let Some(amt) = amount {
        let args = [("amount", Arg::Money(amt)), ("max", Arg::Money(max_amount))];
        let enterprise = track == Borrower::Enterprise;
        if amt <= max_amount {
            b.check(if enterprise { Msg::LoanAmountPassEnterprise } else { Msg::LoanAmountPass }, args);
        } else {
            b.check(if enterprise { Msg::LoanAmountWarnOverEnterprise } else { Msg::LoanAmountWarnOver }, args);
            b.change(Change::Max("loan.amount", dec_value(max_amount)));
        }
    }
    let rate = loan.and_then(|l| l.annual_rate);
    let Some(lpr) = ctx.lpr.on(req.as_of) else {
        b.unknown(Msg::LprUnknown, &[], [("date", Arg::Date(req.as_of))]);
        return b.finish();
    };
    let l = lpr.row.one_year;
    if lpr.beyond_table {
        b.check(Msg::LprWarnBeyond, [("lpr", Arg::Percent(l)), ("date", Arg::Date(lpr.row.published))]);
    }
    b.rate("lpr", l);
    b.explain(Explain::Lpr, [("lpr", Arg::Percent(l)), ("date", Arg::Date(lpr.row.published))]);
    let cap = b.exact("rate_cap", l.c_add(p.rate_cap_above_lpr)).normalize();
    b.rate("rate_cap", cap);
    b.explain(Explain::RateCap, [("lpr", Arg::Percent(l)), ("spread", Arg::Points(p.rate_cap_above_lpr)), ("cap", Arg::Percent(cap))]);

    // Rank rule sets by the subsidy at the contract rate, or at the cap if none is given.
    if let Some((subsidy_at_cap, _)) = p.split_rate(rate.unwrap_or(cap), l) {
        b.set_benefit(subsidy_at_cap);
    }
    let Some(r) = rate else {
        b.hint(Hint::NeedsRate, []);
        b.change(Change::Provide(vec!["loan.annual_rate"]));
        return b.finish();
    };
    if r <= cap {
        b.check(Msg::InterestRatePass, [("rate", Arg::Percent(r)), ("cap", Arg::Percent(cap))]);
    } else {
        b.check(Msg::InterestRateWarnAbove, [("rate", Arg::Percent(r)), ("cap", Arg::Percent(cap))]);
        b.change(Change::Max("loan.annual_rate", dec_value(cap)));
    }
    let Some((subsidy_rate, borrower_rate)) = p.split_rate(r, l) else {
        return b.finish();
    };
    b.rate("borrower_rate", borrower_rate);
    b.rate("subsidy_rate", subsidy_rate);
    match &p.subsidy {
        Subsidy::LprBand { below, above } => {
            let floor = b.exact("subsidy_rate", l.c_sub(*below)).normalize();
            let ceiling = b.exact("subsidy_rate", l.c_add(*above)).normalize();
            b.explain(Explain::SubsidyBand, [
                    ("rate", Arg::Percent(r)),
                    ("lpr", Arg::Percent(l)),
                    ("floor", Arg::Percent(floor)),
                    ("ceiling", Arg::Percent(ceiling)),
                    ("subsidy", Arg::Percent(subsidy_rate)),
                ],);
        }
        Subsidy::Full => b.explain(Explain::SubsidyFull, [("rate", Arg::Percent(r)), ("cap", Arg::Percent(cap)), ("subsidy", Arg::Percent(subsidy_rate))]),
    }
    b.explain(Explain::BorrowerRate, [("rate", Arg::Percent(r)), ("subsidy", Arg::Percent(subsidy_rate)), ("borrower", Arg::Percent(borrower_rate))],);

    // Interest over the schedule, on the part of the loan the programme covers.
    let term = loan.and_then(|l| l.term_months);
    let method = loan.and_then(|l| l.repayment);
    match (amount, term, method) {
        (Some(amt), Some(n), Some(m)) => {
            let principal = amt.min(max_amount);
            let sreq = ScheduleRequest {
                principal,
                annual_rate: r,
                term_months: n,
                method: m,
                start_date: loan.and_then(|l| l.start_date).unwrap_or(req.as_of),
                borrower_rate: Some(borrower_rate),
            };
            if let Ok(t) = totals(&sreq) {
                b.money("total_interest", t.interest);
                b.money("subsidy_amount", t.subsidy);
                b.money("borrower_interest", t.borrower_interest);
                b.explain(Explain::Interest, [
                        ("principal", Arg::Money(principal)),
                        ("term", Arg::Months(n)),
                        ("method", method_words(m)),
                        ("total", Arg::Money(t.interest)),
                        ("subsidy", Arg::Money(t.subsidy)),
                        ("borrower", Arg::Money(t.borrower_interest)),
                    ],);
                if principal < amt {
                    b.figure("subsidised_principal", FigureValue::Money(principal));
                    let key = if track == Borrower::Enterprise { Explain::SubsidisedPrincipalEnterprise } else { Explain::SubsidisedPrincipalPerson };
                    b.explain(key, [("amount", Arg::Money(amt)), ("max", Arg::Money(max_amount))]);
                }
            }
        }
        _ => {
            // Name only what is missing ("填写还款方式", not all three).
            let terms = [
                ("loan.amount", amount.is_some(), "贷款金额", "amount"),
                ("loan.term_months", term.is_some(), "贷款期限", "term"),
                ("loan.repayment", method.is_some(), "还款方式", "repayment method"),
            ];
            let missing: Vec<_> = terms.iter().filter(|t| !t.1).collect();
            let zh: Vec<&str> = missing.iter().map(|t| t.2).collect();
            let en: Vec<&str> = missing.iter().map(|t| t.3).collect();
            b.hint(Hint::NeedsLoanTerms, [("fields", words(zh.join("、"), en.join(", ")))]);
            b.change(Change::Provide(missing.iter().map(|t| t.0).collect()));
        }
    }
    b.finish()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn band() -> StartupLoanParams {
        StartupLoanParams {
            borrowers: vec![Borrower::Person, Borrower::Enterprise],
            eligible_groups: StartupGroup::ALL.to_vec(),
            full_subsidy_groups: None,
            group_start_dates: Vec::new(),
            person_max_amount: dec("200000"),
            enterprise_max_amount: dec("3000000"),
            enterprise_sizes: vec![SizeClass::Micro, SizeClass::Small],
            hiring_ratio: dec("0.15"),
            hiring_ratio_large: dec("0.08"),
            large_employer_over: 100,
            min_contract_years: dec("1"),
            max_subsidised_loans: 3,
            subsidy: Subsidy::LprBand { below: dec("0.015"), above: dec("0.015") },
            rate_cap_above_lpr: dec("0.015"),
        }
    }

    #[test]
    fn band_vectors_from_extracts() {
        // TV-G08, TV-G09, TV-G10 (sources/policy/extracts/B.md §11.7).
        let p = band();
        assert_eq!(p.split_rate(dec("0.0435"), dec("0.037")).unwrap(), (dec("0.0215"), dec("0.022")));
        assert_eq!(p.split_rate(dec("0.055"), dec("0.037")).unwrap(), (dec("0.03"), dec("0.025")));
        assert_eq!(p.split_rate(dec("0.02"), dec("0.037")).unwrap(), (dec("0"), dec("0.02")));
    }

    #[test]
    fn full_subsidy_up_to_the_cap() {
        let mut p = band();
        p.subsidy = Subsidy::Full;
        assert_eq!(p.split_rate(dec("0.0435"), dec("0.037")).unwrap(), (dec("0.0435"), dec("0")));
        assert_eq!(p.split_rate(dec("0.06"), dec("0.037")).unwrap(), (dec("0.052"), dec("0.008")));
    }

    #[test]
    fn ceil_counts_as_before() {
        // What it was before it stopped using `Decimal::ceil` (the wasm's size).
        fn old(x: Decimal) -> u64 {
            rust_decimal::prelude::ToPrimitive::to_u64(&x.ceil().max(Decimal::ZERO)).unwrap_or(u64::MAX)
        }
        for c in ["-0.5", "-1.5", "-0", "0.000", "0.0000000000000000000000000001", "18446744073709551615", "18446744073709551614.1", "18446744073709551615.1", "79228162514264337593543950335", "-79228162514264337593543950335", "3", "3.000001"] {
            assert_eq!(ceil_count(dec(c)), old(dec(c)), "{c}");
        }
    }

    #[test]
    fn ceil_counts() {
        assert_eq!(ceil_count(dec("12.00")), 12);
        assert_eq!(ceil_count(dec("8.08")), 9);
        assert_eq!(ceil_count(dec("0")), 0);
        assert_eq!(ceil_count(dec("0.0000000000000000000000000001")), 1);
        assert_eq!(ceil_count(dec("18446744073709551614.1")), u64::MAX);
    }
}
