//! 科技贷: the Henan tech-enterprise loan with loss compensation from the
//! provincial 科技信贷准备金 (豫科金〔2021〕11号; revised by 豫科〔2025〕45号).
//!
//! Eligibility: a 科技企业 registered in Henan; the loan's physical collateral at
//! most 30% of the amount (unless one indivisible asset); the rate at most the
//! same-term PBoC benchmark × 1.3. Figures: the compensation share (revenue tiers,
//! the credit-loan tier, a research tier in 2025, the term bonus in 2021, all capped),
//! the most the reserve pays on this loan, the rate cap and the collateral limit.

use crate::money::DecimalOps;
use super::{enum_list, region_prefixes, req_bool, req_share, req_u32, Builder, Ctx};
use crate::error::{Error, ErrorCode, Result};
use crate::data::Obj;
use crate::money::{fmt_money_en, fmt_money_zh, read_money, round_money};
use crate::rules::tech::{Explain, Hint, Msg};
use crate::request::{ApplicantKind, Guarantee, TechStatus};
use crate::response::{Change, ProgrammeResult};
use super::dec_value;
use serde_json::Value;
use crate::text::Arg;
use rust_decimal::Decimal;
use std::borrow::Cow;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevenueTier {
    /// Inclusive upper bound in 元; `None` for the top tier.
    pub max: Option<Decimal>,
    pub share: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResearchTier {
    pub share: Decimal,
    /// Revenue strictly below this (元).
    pub revenue_below: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TechLoanParams {
    pub eligible_regions: Vec<String>,
    pub eligible_kinds: Vec<ApplicantKind>,
    pub eligible_tech_status: Vec<TechStatus>,
    pub collateral_max_ratio: Decimal,
    pub single_asset_exception: bool,
    pub rate_benchmark_markup: Decimal,
    pub min_term_months: u32,
    pub revenue_tiers: Vec<RevenueTier>,
    pub credit_loan_share: Decimal,
    pub credit_loan_guarantees: Vec<Guarantee>,
    pub research_tier: Option<ResearchTier>,
    /// Percentage points added per whole year beyond the first.
    pub term_bonus_per_year: Option<Decimal>,
    pub share_cap: Decimal,
    /// Most paid on one loan; `None` where the cap is per bank instead.
    pub compensation_cap: Option<Decimal>,
    /// Most paid to one bank in a year (2025: 1000万): no single loan can be paid more.
    pub bank_annual_cap: Option<Decimal>,
    /// "每年6月1日前申请的企业可采用上上年度数据": the month and day before which the
    /// year-before-last revenue may be used.
    pub earlier_revenue_before: Option<(u8, u8)>,
}

fn bad(path: &str, zh: &str, en: &str) -> Error {
    Error::new(ErrorCode::InvalidOverride, path, zh, en)
}

impl TechLoanParams {
    pub fn parse(o: &Obj<'_>) -> Result<Self> {
        o.allow_only(&[
            "eligible_regions",
            "eligible_kinds",
            "eligible_tech_status",
            "collateral_max_ratio",
            "single_asset_exception",
            "rate_benchmark_markup",
            "min_term_months",
            "revenue_tiers",
            "credit_loan_share",
            "credit_loan_guarantees",
            "research_tier",
            "term_bonus_per_year",
            "share_cap",
            "compensation_cap",
            "bank_annual_cap",
            "earlier_revenue_before",
        ])?;
        let tiers_path = o.field_path("revenue_tiers");
        let tiers_raw = o.opt_array("revenue_tiers")?.ok_or_else(|| Error::missing(&tiers_path))?;
        let mut revenue_tiers = Vec::new();
        for (i, t) in tiers_raw.iter().enumerate() {
            let to = Obj::new(t, &crate::data::index(&tiers_path, i))?;
            to.allow_only(&["max", "share"])?;
            revenue_tiers.push(RevenueTier {
                max: to.get("max").map(|v| read_money(v, &to.field_path("max"))).transpose()?,
                share: req_share(&to, "share")?,
            });
        }
        // Ascending bounds, the last one open: every revenue falls in exactly one tier.
        let ordered = revenue_tiers.windows(2).all(|w| match w {
            [a, b] => match (a.max, b.max) {
                (Some(x), Some(y)) => x < y,
                (Some(_), None) => true,
                _ => false,
            },
            _ => true,
        });
        if revenue_tiers.is_empty() || !ordered || revenue_tiers.last().is_some_and(|t| t.max.is_some()) {
            return Err(bad(
                &tiers_path,
                "营业收入分档须按上限递增排列，最后一档不设上限",
                "revenue tiers must have increasing upper bounds and an open last tier",
            ));
        }
        let research_tier = match o.opt_obj("research_tier")? {
            None => None,
            Some(r) => {
                r.allow_only(&["share", "revenue_below"])?;
                Some(ResearchTier {
                    share: req_share(&r, "share")?,
                    revenue_below: read_money(r.required("revenue_below")?, &r.field_path("revenue_below"))?,
                })
            }
        };
        let earlier_revenue_before = match o.opt_str("earlier_revenue_before")? {
            None => None,
            Some(s) => {
                let parsed = crate::dates::Date::parse(&format!("2000-{s}")).map(|d| (d.month(), d.day()));
                Some(parsed.ok_or_else(|| {
                    bad(&o.field_path("earlier_revenue_before"), "应为 MM-DD，如 06-01", "expected MM-DD such as 06-01")
                })?)
            }
        };
        let markup_path = o.field_path("rate_benchmark_markup");
        let markup = crate::money::read_decimal(o.required("rate_benchmark_markup")?, &markup_path)?;
        if markup < Decimal::ONE || markup > Decimal::from(3) {
            return Err(bad(&markup_path, "基准利率上浮倍数应在 1 到 3 之间", "the benchmark markup must be between 1 and 3"));
        }
        let params = TechLoanParams {
            eligible_regions: region_prefixes(o, "eligible_regions")?,
            eligible_kinds: enum_list(o, "eligible_kinds", ApplicantKind::NAMES)?,
            eligible_tech_status: enum_list(o, "eligible_tech_status", TechStatus::NAMES)?,
            collateral_max_ratio: req_share(o, "collateral_max_ratio")?,
            single_asset_exception: req_bool(o, "single_asset_exception")?,
            rate_benchmark_markup: markup,
            min_term_months: req_u32(o, "min_term_months", 0, crate::request::MAX_TERM_MONTHS)?,
            revenue_tiers,
            credit_loan_share: req_share(o, "credit_loan_share")?,
            credit_loan_guarantees: enum_list(o, "credit_loan_guarantees", Guarantee::NAMES)?,
            research_tier,
            term_bonus_per_year: super::opt_share(o, "term_bonus_per_year")?,
            share_cap: req_share(o, "share_cap")?,
            compensation_cap: super::opt_money(o, "compensation_cap")?,
            bank_annual_cap: super::opt_money(o, "bank_annual_cap")?,
            earlier_revenue_before,
        };
        Ok(params)
    }
}

/// Words for a revenue tier: `2000万元—5000万元（含）` / `over CNY 20,000,000 up to CNY 50,000,000`.
fn tier_words(tiers: &[RevenueTier], idx: usize) -> Arg<'static> {
    let lower = idx.checked_sub(1).and_then(|i| tiers.get(i)).and_then(|t| t.max);
    let upper = tiers.get(idx).and_then(|t| t.max);
    let (zh, en) = match (lower, upper) {
        (None, Some(u)) => (format!("{}（含）以下", fmt_money_zh(u)), format!("up to {}", fmt_money_en(u))),
        (Some(l), Some(u)) => (
            format!("{}—{}（含）", fmt_money_zh(l), fmt_money_zh(u)),
            format!("over {} up to {}", fmt_money_en(l), fmt_money_en(u)),
        ),
        (Some(l), None) => (format!("{}以上", fmt_money_zh(l)), format!("over {}", fmt_money_en(l))),
        (None, None) => ("全部".to_string(), "any".to_string()),
    };
    Arg::Words(Cow::Owned(zh), Cow::Owned(en))
}

fn tier_for(tiers: &[RevenueTier], revenue: Decimal) -> Option<(usize, &RevenueTier)> {
    tiers.iter().enumerate().find(|(_, t)| t.max.is_none_or(|m| revenue <= m))
}

pub fn evaluate<'a>(ctx: &Ctx<'a, '_>, p: &TechLoanParams, mut b: Builder<'a, super::TechLogic>) -> ProgrammeResult<'a> {
    let req = ctx.req;
    let a = &req.applicant;
    let loan = req.loan.as_ref();
    let amount = loan.and_then(|l| l.amount);
    let term = loan.and_then(|l| l.term_months);
    let rate = loan.and_then(|l| l.annual_rate);
    let collateral = loan.and_then(|l| l.collateral_value);
    let guarantee = loan.and_then(|l| l.guarantee);

    // Who: a 科技企业 registered in Henan (二（一）, 三（一）).
    super::check_region(&mut b, ctx, &p.eligible_regions, [Msg::RegionPass, Msg::RegionFail, Msg::RegionUnknown]);
    super::check_kind(&mut b, a.kind, &p.eligible_kinds, [Msg::ApplicantKindPass, Msg::ApplicantKindFail]);
    match &a.tech_status {
        None => b.unknown(Msg::TechStatusUnknown, &["applicant.tech_status"], []),
        Some(list) => {
            let held: Vec<TechStatus> = list.iter().copied().filter(|s| p.eligible_tech_status.contains(s)).collect();
            if held.is_empty() {
                b.check(Msg::TechStatusFail, []);
                if let Some(s) = p.eligible_tech_status.first() {
                    b.change(Change::Value("applicant.tech_status", Value::Array(vec![Value::String(s.as_str().into())])));
                }
            } else {
                b.check_with(Msg::TechStatusPass, || {
                    let zh: Vec<&str> = held.iter().map(|s| tech_status_zh(*s)).collect();
                    let en: Vec<&str> = held.iter().map(|s| tech_status_en(*s)).collect();
                    [("statuses", Arg::Words(Cow::Owned(zh.join("、")), Cow::Owned(en.join(" and "))))]
                });
            }
        }
    }

    // Loan form: physical collateral ≤ 30% of the amount, unless one indivisible asset.
    let limit = amount.map(|amt| b.exact("collateral_limit", amt.c_mul(p.collateral_max_ratio)));
    match (amount, collateral, limit) {
        (Some(amt), Some(c), Some(lim)) => {
            let args = [
                ("collateral", Arg::Money(c)),
                ("limit", Arg::Money(round_money(lim))),
                ("ratio", Arg::Percent(p.collateral_max_ratio)),
                ("amount", Arg::Money(amt)),
            ];
            if c.is_zero() {
                b.check(Msg::CollateralPassNone, []);
            } else if c <= lim {
                b.check(Msg::CollateralPass, args);
            } else if p.single_asset_exception {
                match loan.and_then(|l| l.single_asset_collateral) {
                    Some(true) => b.check(Msg::CollateralWarnSingleAsset, args),
                    Some(false) => b.check(Msg::CollateralFail, args),
                    None => b.unknown(Msg::CollateralUnknownSingleAsset, &["loan.single_asset_collateral"], args),
                }
            } else {
                b.check(Msg::CollateralFail, args);
            }
            // Within the limit the check passes (the limit is rounded down to the fen).
            b.change(Change::Max("loan.collateral_value", dec_value(lim.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::ToZero))));
        }
        _ => {
            let mut missing = Vec::new();
            if amount.is_none() {
                missing.push("loan.amount");
            }
            if collateral.is_none() {
                missing.push("loan.collateral_value");
            }
            b.unknown(Msg::CollateralUnknown, &missing, []);
        }
    }

    // Rate ≤ same-term benchmark × markup (二（一）; benchmark table in reference data).
    let benchmark = term.and_then(|t| ctx.benchmark.for_term(t, req.as_of));
    let rate_cap = benchmark.and_then(|bm| bm.rate.c_mul(p.rate_benchmark_markup)).map(|d| d.normalize());
    match (term, rate, benchmark, rate_cap) {
        (Some(t), Some(r), Some(bm), Some(cap)) => {
            let args = [
                ("rate", Arg::Percent(r)),
                ("cap", Arg::Percent(cap)),
                ("benchmark", Arg::Percent(bm.rate)),
                ("markup", Arg::Decimal(p.rate_benchmark_markup)),
                ("term", Arg::Months(t)),
            ];
            if r <= cap {
                b.check(Msg::InterestRatePass, args);
            } else {
                b.check(Msg::InterestRateFail, args);
                b.change(Change::Max("loan.annual_rate", dec_value(cap)));
            }
        }
        _ => {
            let mut missing = Vec::new();
            if term.is_none() {
                missing.push("loan.term_months");
            }
            if rate.is_none() {
                missing.push("loan.annual_rate");
            }
            b.unknown(Msg::InterestRateUnknown, &missing, []);
        }
    }
    match term {
        Some(t) if t >= p.min_term_months => {
            b.check(Msg::TermPass, [("term", Arg::Months(t)), ("min", Arg::Months(p.min_term_months))])
        }
        Some(t) => {
            b.check(Msg::TermWarnShort, [("term", Arg::Months(t)), ("min", Arg::Months(p.min_term_months))]);
            b.change(Change::Min("loan.term_months", Value::from(p.min_term_months)));
        }
        None => b.unknown(Msg::TermUnknown, &["loan.term_months"], []),
    }

    // Compensation share: the most favourable base that applies, then the term bonus, capped.
    let tier = a.revenue.and_then(|r| tier_for(&p.revenue_tiers, r).map(|(i, t)| (r, i, t)));
    let is_credit = match (collateral, guarantee) {
        (Some(c), _) if !c.is_zero() => Some(false),
        (_, Some(g)) if !p.credit_loan_guarantees.contains(&g) => Some(false),
        (Some(_), Some(_)) => Some(true),
        _ => None,
    };
    // A field still missing that could move the share makes it a range, never one number.
    let range = share_range(p, a.revenue, (is_credit, guarantee.is_none()), a.research_cooperation, term);
    let research = p.research_tier.as_ref().and_then(|rt| match (a.research_cooperation, a.revenue) {
        (Some(true), Some(r)) if r < rt.revenue_below => Some(rt),
        _ => None,
    });
    enum Base<'t> {
        Tier(Decimal, usize, &'t RevenueTier),
        Credit,
        Research(&'t ResearchTier),
    }
    let mut base: Option<(Decimal, Base<'_>)> = tier.map(|(r, i, t)| (t.share, Base::Tier(r, i, t)));
    if is_credit == Some(true) && base.as_ref().is_none_or(|(s, _)| p.credit_loan_share > *s) {
        base = Some((p.credit_loan_share, Base::Credit));
    }
    if let Some(rt) = research {
        if base.as_ref().is_none_or(|(s, _)| rt.share > *s) {
            base = Some((rt.share, Base::Research(rt)));
        }
    }
    let mut share = None;
    if let Some(r) = &range {
        b.unknown(Msg::CompensationShareUnknown, &r.fields, [("min", Arg::Percent(r.min)), ("max", Arg::Percent(r.max))]);
        b.share("compensation_share_min", r.min);
        b.share("compensation_share_max", r.max);
        b.set_benefit(r.min);
        base = None;
    }
    if let Some((base_share, how)) = base {
        match how {
            // The tier in words is formatted only for an explained answer.
            Base::Tier(revenue, idx, t) if b.explains() => b.explain(Explain::ShareTier, [("revenue", Arg::Money(revenue)), ("tier", tier_words(&p.revenue_tiers, idx)), ("share", Arg::Percent(t.share))],),
            Base::Credit => b.explain(Explain::ShareCredit, [("share", Arg::Percent(p.credit_loan_share))]),
            Base::Research(rt) => b.explain(Explain::ShareResearch, [("share", Arg::Percent(rt.share)), ("threshold", Arg::Money(rt.revenue_below))],),
            Base::Tier(..) => {}
        }
        let mut total = base_share;
        if let (Some(per_year), Some(t)) = (p.term_bonus_per_year, term) {
            // "期限每增加1年": whole years beyond the first (policy README §2.3).
            let years = t.saturating_sub(12) / 12;
            if years > 0 {
                let points = b.exact("compensation_share", per_year.c_mul(Decimal::from(years)));
                total = b.exact("compensation_share", points.c_add(base_share));
                b.explain(Explain::ShareTermBonus, [
                        ("term", Arg::Months(t)),
                        ("years", Arg::Int(i64::from(years))),
                        ("points", Arg::Points(points)),
                        ("share", Arg::Percent(total)),
                    ],);
            }
        }
        if total > p.share_cap {
            b.explain(Explain::ShareCapped, [("share", Arg::Percent(total)), ("cap", Arg::Percent(p.share_cap))]);
            total = p.share_cap;
        }
        share = Some(total.normalize());
    }

    if let Some(s) = share {
        b.share("compensation_share", s);
        b.set_benefit(s);
        if let Some(raw) = amount.map(|amt| b.exact("max_compensation", amt.c_mul(s))) {
            let amt = amount.unwrap_or_default();
            match (p.compensation_cap, p.bank_annual_cap) {
                (Some(cap), _) if raw > cap => {
                    b.explain(Explain::MaxCompensationCapped, [("share", Arg::Percent(s)), ("amount", Arg::Money(amt)), ("raw", Arg::Money(round_money(raw))), ("cap", Arg::Money(cap))],);
                    b.money("max_compensation", cap);
                }
                // A bank is paid at most its annual cap, so one loan can be paid no more.
                (_, Some(cap)) if raw > cap => {
                    b.explain(Explain::MaxCompensationBankCapped, [("share", Arg::Percent(s)), ("amount", Arg::Money(amt)), ("raw", Arg::Money(round_money(raw))), ("cap", Arg::Money(cap))],);
                    b.money("max_compensation", cap);
                }
                _ => {
                    b.explain(Explain::MaxCompensation, [("share", Arg::Percent(s)), ("amount", Arg::Money(amt)), ("value", Arg::Money(round_money(raw)))],);
                    b.money("max_compensation", round_money(raw));
                }
            }
        }
    }
    if let Some(cap) = p.compensation_cap {
        b.money("compensation_cap", cap);
        b.explain(Explain::CompensationCap, [("cap", Arg::Money(cap))]);
    }
    if let (Some(cap), Some(bm), Some(t)) = (rate_cap, benchmark, term) {
        b.rate("rate_cap", cap);
        if b.explains() {
            b.explain(Explain::RateCap, [
                ("benchmark", Arg::Percent(bm.rate)),
                ("markup", Arg::Decimal(p.rate_benchmark_markup)),
                ("cap", Arg::Percent(cap)),
                ("term", Arg::Months(t)),
                ("tier", Arg::Words(Cow::Owned(bm.label_zh.clone()), Cow::Owned(benchmark_label_en(bm.max_term_months)))),
            ],);
        }
    }
    if let (Some(amt), Some(lim)) = (amount, limit) {
        b.money("collateral_limit", round_money(lim));
        b.explain(Explain::CollateralLimit, [("amount", Arg::Money(amt)), ("ratio", Arg::Percent(p.collateral_max_ratio)), ("limit", Arg::Money(round_money(lim)))],);
    }
    if let Some(bm) = benchmark {
        b.rate("benchmark_rate", bm.rate);
    }

    // Revenue reference year (合作银行细则 第九条).
    if let (Some((month, day)), Some(_)) = (p.earlier_revenue_before, tier) {
        if (req.as_of.month(), req.as_of.day()) < (month, day) {
            let year = i64::from(req.as_of.year());
            b.check(Msg::RevenueYearWarn, [
                    ("cutoff", Arg::Words(Cow::Owned(format!("{year}年{month}月{day}日")), Cow::Owned(format!("{year}-{month:02}-{day:02}")))),
                    ("prior_year", Arg::Int(year.saturating_sub(1))),
                    ("year_before_prior", Arg::Int(year.saturating_sub(2))),
                ],);
        }
    }

    // What would raise the share.
    match share {
        None if range.is_some() => {}
        None => {
            b.hint(Hint::ShareNeedsRevenue, []);
            b.change(Change::Provide(vec!["applicant.revenue"]));
        }
        Some(s) if s < p.share_cap => {
            if let Some(rt) = &p.research_tier {
                // Only where it could help: revenue below the threshold.
                let could = a.revenue.is_some_and(|r| r < rt.revenue_below);
                if s < rt.share && a.research_cooperation != Some(true) && could {
                    b.hint(Hint::ImproveResearch, [("share", Arg::Percent(rt.share)), ("threshold", Arg::Money(rt.revenue_below))]);
                    b.change(Change::Value("applicant.research_cooperation", Value::Bool(true)));
                }
            }
            if s < p.credit_loan_share && is_credit != Some(true) {
                b.hint(Hint::ImproveCredit, [("share", Arg::Percent(p.credit_loan_share))]);
                let mut set = Vec::new();
                if collateral.is_none_or(|c| !c.is_zero()) {
                    set.push(("loan.collateral_value", Value::String("0".into())));
                }
                if let Some(g) = p.credit_loan_guarantees.first().filter(|_| guarantee.is_none_or(|g| !p.credit_loan_guarantees.contains(&g))) {
                    set.push(("loan.guarantee", Value::String(g.as_str().into())));
                }
                b.change(Change::Set(set));
            }
            if let (Some((_, idx, _)), Some(first)) = (tier, p.revenue_tiers.first()) {
                if idx > 0 && s < first.share {
                    if let Some(max) = first.max {
                        b.hint(Hint::ImproveRevenue, [("threshold", Arg::Money(max)), ("share", Arg::Percent(first.share))]);
                        b.change(Change::Max("applicant.revenue", dec_value(max)));
                    }
                }
            }
            // The shortest term that reaches the cap, where a longer term than this one gets there.
            let reach = p.term_bonus_per_year.and_then(|per_year| {
                let years = (1..=20u32).find(|y| share_for(p, a.revenue, is_credit == Some(true), a.research_cooperation == Some(true), Some(y.saturating_add(1).saturating_mul(12))) >= Some(p.share_cap))?;
                Some((per_year, years.saturating_add(1).saturating_mul(12)))
            });
            if let Some((per_year, months)) = reach.filter(|(_, m)| term.is_none_or(|t| t < *m)) {
                b.hint(Hint::ImproveTerm, [("points", Arg::Points(per_year)), ("cap", Arg::Percent(p.share_cap))]);
                b.change(Change::Min("loan.term_months", Value::from(months)));
            }
        }
        Some(_) => {}
    }
    b.finish()
}

/// The share for fully known inputs (the same reading as `evaluate`): the most
/// favourable base that applies, plus the term bonus, capped. `None` without a base.
fn share_for(p: &TechLoanParams, revenue: Option<Decimal>, credit: bool, research: bool, term: Option<u32>) -> Option<Decimal> {
    with_points(p, base_share(p, revenue, credit, research)?, term_points(p, term))
}

/// `share_for`'s base: the most favourable that applies.
fn base_share(p: &TechLoanParams, revenue: Option<Decimal>, credit: bool, research: bool) -> Option<Decimal> {
    let mut base = revenue.and_then(|r| tier_for(&p.revenue_tiers, r)).map(|(_, t)| t.share);
    if credit && base.is_none_or(|s| p.credit_loan_share > s) {
        base = Some(p.credit_loan_share);
    }
    if let (Some(rt), true, Some(r)) = (&p.research_tier, research, revenue) {
        if r < rt.revenue_below && base.is_none_or(|s| rt.share > s) {
            base = Some(rt.share);
        }
    }
    base
}

/// `share_for`'s term bonus: none without a bonus or a term, `Some(None)` past exact
/// arithmetic.
fn term_points(p: &TechLoanParams, term: Option<u32>) -> Option<Option<Decimal>> {
    match (p.term_bonus_per_year, term) {
        (Some(per_year), Some(t)) => {
            let years = t.saturating_sub(12) / 12;
            Some(per_year.c_mul(Decimal::from(years)))
        }
        _ => None,
    }
}

/// `share_for` from its base and term bonus.
fn with_points(p: &TechLoanParams, base: Decimal, points: Option<Option<Decimal>>) -> Option<Decimal> {
    let total = match points {
        Some(pts) => pts?.c_add(base)?,
        None => base,
    };
    Some(total.min(p.share_cap).normalize())
}

/// The share when a missing field could move it: its least and greatest values over
/// every value the missing fields could take, and which of them matter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareRange {
    pub min: Decimal,
    pub max: Decimal,
    pub fields: Vec<&'static str>,
}

fn share_range(
    p: &TechLoanParams,
    revenue: Option<Decimal>,
    (credit, guarantee_missing): (Option<bool>, bool),
    research: Option<bool>,
    term: Option<u32>,
) -> Option<ShareRange> {
    // Revenues that reach every tier and both sides of the research threshold.
    let revenues: Vec<Option<Decimal>> = match revenue {
        Some(r) => vec![Some(r)],
        None => {
            let mut v = vec![Some(Decimal::ZERO)];
            v.extend(p.revenue_tiers.iter().filter_map(|t| t.max).flat_map(|m| [Some(m), m.c_add(Decimal::ONE)]));
            if let Some(rt) = &p.research_tier {
                v.push(Some(rt.revenue_below));
                v.push(rt.revenue_below.c_sub(Decimal::new(1, 2)));
            }
            v
        }
    };
    let credits: Vec<bool> = credit.map_or(vec![false, true], |c| vec![c]);
    let researches: Vec<bool> = match (research, &p.research_tier) {
        (Some(r), _) => vec![r],
        (None, Some(_)) => vec![false, true],
        (None, None) => vec![false],
    };
    // Whole years up to the longest term a request may give (the bonus is capped well before).
    let terms: Vec<Option<u32>> = match (term, p.term_bonus_per_year) {
        (Some(t), _) => vec![Some(t)],
        (None, Some(_)) => (12..=240u32).step_by(12).map(Some).collect(),
        (None, None) => vec![None],
    };
    let dims = [revenues.len(), credits.len(), researches.len(), terms.len()];
    let mut outcomes = Vec::with_capacity(dims.iter().product());
    // `share_for` over every combination, each base and each term's bonus found once
    // (up to 640 combinations: this was 5% of screening's instructions).
    let points: Vec<Option<Option<Decimal>>> = terms.iter().map(|t| term_points(p, *t)).collect();
    for r in &revenues {
        for c in &credits {
            for res in &researches {
                let base = base_share(p, *r, *c, *res);
                outcomes.extend(points.iter().map(|pts| base.and_then(|b| with_points(p, b, *pts))));
            }
        }
    }
    let shares: Vec<Decimal> = outcomes.iter().filter_map(|s| *s).collect();
    let (min, max) = (shares.iter().min().copied()?, shares.iter().max().copied()?);
    if min == max && outcomes.iter().all(Option::is_some) {
        return None;
    }
    // A field matters when changing it alone changes the share: compare each outcome with
    // the one that differs only by taking that field's first candidate.
    let credit_field = if guarantee_missing { "loan.guarantee" } else { "loan.collateral_value" };
    let names = ["applicant.revenue", credit_field, "applicant.research_cooperation", "loan.term_months"];
    let mut fields = Vec::new();
    let mut stride = 1usize;
    for axis in (0..dims.len()).rev() {
        let len = dims.get(axis).copied().unwrap_or(1);
        let matters = len > 1
            && outcomes.iter().enumerate().any(|(i, s)| {
                let offset = i.checked_div(stride).and_then(|q| q.checked_rem(len)).unwrap_or(0).saturating_mul(stride);
                outcomes.get(i.saturating_sub(offset)) != Some(s)
            });
        if matters {
            if let Some(name) = names.get(axis) {
                fields.insert(0, *name);
            }
        }
        stride = stride.saturating_mul(len);
    }
    Some(ShareRange { min, max, fields })
}

fn benchmark_label_en(max: Option<u32>) -> String {
    match max {
        Some(12) => "up to one year".to_string(),
        Some(60) => "one to five years".to_string(),
        Some(m) => format!("up to {m} months"),
        None => "over five years".to_string(),
    }
}

pub fn tech_status_zh(s: TechStatus) -> &'static str {
    match s {
        TechStatus::HighTechEnterprise => "国家高新技术企业",
        TechStatus::TechSme => "科技型中小企业",
    }
}

pub fn tech_status_en(s: TechStatus) -> &'static str {
    match s {
        TechStatus::HighTechEnterprise => "a national high-tech enterprise",
        TechStatus::TechSme => "a registered tech SME",
    }
}

/// The bank's claim on the reserve for a 科技贷 loss (合作银行细则 第十二条, L1715):
/// 补偿 = 本金 × [1 + (申请日 − 欠息日) × 合同年利率 / 360] × 比例, at most `cap`,
/// rounded half-up to 0.01 at the end. Penalty and compound interest are excluded
/// by the clause, so only the contract's in-term rate enters.
pub fn claim_amount(
    outstanding_principal: Decimal,
    contract_rate: Decimal,
    arrears_from: crate::dates::Date,
    claim_date: crate::dates::Date,
    share: Decimal,
    cap: Option<Decimal>,
) -> Option<Decimal> {
    let days = claim_date.days_since(arrears_from);
    if days < 0 {
        return None;
    }
    let accrued = Decimal::from(days).c_mul(contract_rate)?.c_div(Decimal::from(360))?;
    let raw = outstanding_principal.c_mul(Decimal::ONE.c_add(accrued)?)?.c_mul(share)?;
    let capped = match cap {
        Some(c) if raw > c => c,
        _ => raw,
    };
    Some(round_money(capped))
}

/// May the bank claim yet (第十二条, L1711)? Principal overdue two months or more
/// ("以上" includes exactly two months), or a court has accepted the suit.
pub fn claim_allowed(principal_due: crate::dates::Date, claim_date: crate::dates::Date, court_accepted: bool) -> bool {
    court_accepted || principal_due.add_months(2).is_some_and(|two_months| claim_date >= two_months)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod claim_tests {
    use super::*;
    use crate::dates::Date;
    use std::str::FromStr;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }
    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }
    fn claim(p: &str, r: &str, from: &str, to: &str, share: &str) -> String {
        claim_amount(dec(p), dec(r), d(from), d(to), dec(share), Some(dec("5000000"))).unwrap().normalize().to_string()
    }

    #[test]
    fn compensation_vectors_from_extracts() {
        // sources/policy/extracts/B.md §11.4, TV-C01…C06.
        assert_eq!(claim("3000000", "0.0435", "2022-01-01", "2022-03-14", "0.60"), "1815660");
        assert_eq!(claim("4000000", "0.052", "2022-03-21", "2022-06-20", "0.55"), "2228917.78");
        assert_eq!(claim("10000000", "0.05", "2022-01-01", "2022-04-01", "0.50"), "5000000");
        assert_eq!(claim("8000000", "0.045", "2022-01-01", "2022-03-02", "0.60"), "4836000");
        assert_eq!(claim("9000000", "0.045", "2022-01-01", "2022-03-02", "0.60"), "5000000");
        // TV-C06: the penalty rate never enters; only the 5.00% contract rate does.
        assert_eq!(claim("2000000", "0.05", "2022-01-01", "2022-01-31", "0.50"), "1004166.67");
    }

    #[test]
    fn claim_trigger_vectors() {
        // TV-C07, TV-C08, TV-C09.
        assert!(!claim_allowed(d("2022-03-15"), d("2022-05-14"), false));
        assert!(claim_allowed(d("2022-03-15"), d("2022-05-15"), false));
        assert!(claim_allowed(d("2022-03-15"), d("2022-04-04"), true));
    }
}
