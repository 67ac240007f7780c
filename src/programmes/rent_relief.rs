//! 房租减免: relief of rent on state-owned premises (2022 national round, 新乡 2022
//! plan). Relief = free months × rent + half-rent months × rent / 2. A portal can add
//! a new round as data with the same parameters.

use crate::money::DecimalOps;
use super::{enum_list, req_bool, req_u32, size_list, Builder, Ctx, Params};
use crate::error::Result;
use crate::data::Obj;
use crate::policy::{CheckSpec, ExplainSpec, HintSpec, LogicSpec, MsgSpec};
use crate::request::{ApplicantKind, PremisesOwner};
use crate::response::{FigureValue, Outcome, ProgrammeResult};
use crate::size::SizeClass;
use crate::text::Arg;
use rust_decimal::Decimal;
use std::borrow::Cow;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RentReliefParams {
    pub eligible_kinds: Vec<ApplicantKind>,
    /// Sizes an enterprise must have (个体工商户 have no size condition).
    pub enterprise_sizes: Vec<SizeClass>,
    /// Enterprises must be in the service sector (服务业).
    pub service_sector_only: bool,
    pub premises_owners: Vec<PremisesOwner>,
    /// "受疫情影响不能正常经营".
    pub requires_cannot_operate: bool,
    pub free_months: u32,
    /// Free months instead where the county had a medium or high risk area.
    pub free_months_if_county_risk: Option<u32>,
    pub half_months: u32,
}

impl RentReliefParams {
    pub fn parse(o: &Obj<'_>) -> Result<Self> {
        o.allow_only(&[
            "eligible_kinds",
            "enterprise_sizes",
            "service_sector_only",
            "premises_owners",
            "requires_cannot_operate",
            "free_months",
            "free_months_if_county_risk",
            "half_months",
        ])?;
        Ok(RentReliefParams {
            eligible_kinds: enum_list(o, "eligible_kinds", ApplicantKind::NAMES)?,
            enterprise_sizes: size_list(o, "enterprise_sizes")?,
            service_sector_only: req_bool(o, "service_sector_only")?,
            premises_owners: enum_list(o, "premises_owners", PremisesOwner::NAMES)?,
            requires_cannot_operate: req_bool(o, "requires_cannot_operate")?,
            free_months: req_u32(o, "free_months", 0, 120)?,
            free_months_if_county_risk: o.opt_u32("free_months_if_county_risk", 0, 120)?,
            half_months: req_u32(o, "half_months", 0, 120)?,
        })
    }
}

fn has_sector(p: &Params) -> bool {
    matches!(p, Params::RentRelief(r) if r.service_sector_only)
}
fn has_operation(p: &Params) -> bool {
    matches!(p, Params::RentRelief(r) if r.requires_cannot_operate)
}
fn has_risk(p: &Params) -> bool {
    matches!(p, Params::RentRelief(r) if r.free_months_if_county_risk.is_some())
}
fn fixed_months(p: &Params) -> bool {
    matches!(p, Params::RentRelief(r) if r.free_months_if_county_risk.is_none())
}
fn has_half(p: &Params) -> bool {
    matches!(p, Params::RentRelief(r) if r.half_months > 0)
}

pub static SPEC: LogicSpec = LogicSpec {
    checks: &[
        CheckSpec { id: "applicant_kind", when: None, messages: super::KIND_MESSAGES },
        CheckSpec { id: "enterprise_size", when: None, messages: super::SIZE_MESSAGES },
        CheckSpec {
            id: "service_sector",
            when: Some(has_sector),
            messages: &[
                MsgSpec { key: "pass", outcome: Outcome::Pass, args: &["industry"] },
                MsgSpec { key: "fail", outcome: Outcome::Fail, args: &["industry"] },
                MsgSpec { key: "unknown", outcome: Outcome::Unknown, args: &[] },
            ],
        },
        CheckSpec {
            id: "premises_owner",
            when: None,
            messages: &[
                MsgSpec { key: "pass", outcome: Outcome::Pass, args: &[] },
                MsgSpec { key: "fail", outcome: Outcome::Fail, args: &[] },
                MsgSpec { key: "unknown", outcome: Outcome::Unknown, args: &[] },
            ],
        },
        CheckSpec {
            id: "cannot_operate",
            when: Some(has_operation),
            messages: &[
                MsgSpec { key: "pass", outcome: Outcome::Pass, args: &[] },
                MsgSpec { key: "fail", outcome: Outcome::Fail, args: &[] },
                MsgSpec { key: "unknown", outcome: Outcome::Unknown, args: &[] },
            ],
        },
        CheckSpec {
            id: "sublet",
            when: None,
            messages: &[MsgSpec { key: "warn", outcome: Outcome::Warn, args: &[] }],
        },
    ],
    explanations: &[
        ExplainSpec { key: "free_months_risk", figure: "free_months", when: Some(has_risk), args: &["months"] },
        ExplainSpec { key: "free_months_no_risk", figure: "free_months", when: Some(has_risk), args: &["months"] },
        ExplainSpec { key: "free_months_fixed", figure: "free_months", when: Some(fixed_months), args: &["months"] },
        ExplainSpec { key: "half_months", figure: "half_months", when: Some(has_half), args: &["months"] },
        ExplainSpec { key: "relief_amount", figure: "relief_amount", when: None, args: &["rent", "free", "half", "amount"] },
    ],
    hints: &[
        HintSpec { key: "needs_county_risk", when: Some(has_risk), args: &["risk_months", "months"] },
        HintSpec { key: "needs_rent", when: None, args: &[] },
    ],
};

pub fn evaluate<'a>(ctx: &Ctx<'a, '_>, p: &RentReliefParams, mut b: Builder<'a>) -> ProgrammeResult<'a> {
    let req = ctx.req;
    let a = &req.applicant;
    let premises = req.premises.as_ref();

    super::check_kind(&mut b, a.kind, &p.eligible_kinds);
    if a.kind == ApplicantKind::Enterprise {
        super::check_size(&mut b, ctx, &p.enterprise_sizes);
        if p.service_sector_only {
            match a.industry.and_then(|i| ctx.sizes.industry(i)) {
                Some(ind) => {
                    let industry = Arg::Words(Cow::Borrowed(ind.name_zh.as_str()), Cow::Borrowed(ind.name_en.as_str()));
                    if ind.service_sector {
                        b.check("service_sector", Outcome::Pass, "pass", [("industry", industry)]);
                    } else {
                        b.check("service_sector", Outcome::Fail, "fail", [("industry", industry)]);
                    }
                }
                None => b.unknown("service_sector", "unknown", &["applicant.industry"], []),
            }
        }
    }
    match premises.and_then(|pr| pr.owner) {
        Some(owner) if p.premises_owners.contains(&owner) => b.check("premises_owner", Outcome::Pass, "pass", []),
        Some(_) => b.check("premises_owner", Outcome::Fail, "fail", []),
        None => b.unknown("premises_owner", "unknown", &["premises.owner"], []),
    }
    if p.requires_cannot_operate {
        match premises.and_then(|pr| pr.cannot_operate_normally) {
            Some(true) => b.check("cannot_operate", Outcome::Pass, "pass", []),
            Some(false) => b.check("cannot_operate", Outcome::Fail, "fail", []),
            None => b.unknown("cannot_operate", "unknown", &["premises.cannot_operate_normally"], []),
        }
    }
    if premises.and_then(|pr| pr.sublet) == Some(true) {
        b.check("sublet", Outcome::Warn, "warn", []);
    }

    // Figures: months first (they do not depend on the rent), then the amount.
    let free = match p.free_months_if_county_risk {
        None => {
            b.explain("free_months_fixed", [("months", Arg::Months(p.free_months))]);
            Some(p.free_months)
        }
        Some(risk_months) => match premises.and_then(|pr| pr.county_medium_high_risk_2022) {
            Some(true) => {
                b.explain("free_months_risk", [("months", Arg::Months(risk_months))]);
                Some(risk_months)
            }
            Some(false) => {
                b.explain("free_months_no_risk", [("months", Arg::Months(p.free_months))]);
                Some(p.free_months)
            }
            None => {
                b.hint(
                    "needs_county_risk",
                    [("risk_months", Arg::Months(risk_months)), ("months", Arg::Months(p.free_months))],);
                None
            }
        },
    };
    let half = p.half_months;
    // Months of rent saved: free + half / 2 (ranks rule sets; never summed across them).
    let base_free = free.unwrap_or(p.free_months);
    let equivalent = Decimal::from(base_free)
        .c_add(Decimal::from(half).c_div(Decimal::TWO).unwrap_or_default())
        .unwrap_or_default();
    b.set_benefit(equivalent);
    if let Some(f) = free {
        b.figure("free_months", FigureValue::Months(f));
        b.figure("half_months", FigureValue::Months(half));
        if half > 0 {
            b.explain("half_months", [("months", Arg::Months(half))]);
        }
        match premises.and_then(|pr| pr.monthly_rent) {
            Some(rent) => {
                let months = Decimal::from(f)
                    .c_add(Decimal::from(half).c_div(Decimal::TWO).unwrap_or_default())
                    .unwrap_or_default();
                if let Some(amount) = rent.c_mul(months) {
                    b.money("relief_amount", amount);
                    b.explain(
                        "relief_amount",
                        [
                            ("rent", Arg::Money(rent)),
                            ("free", Arg::Months(f)),
                            ("half", Arg::Months(half)),
                            ("amount", Arg::Money(crate::money::round_money(amount))),
                        ],);
                }
            }
            None => b.hint("needs_rent", []),
        }
    }
    b.finish()
}
