//! 房租减免: relief of rent on state-owned premises (2022 national round, 新乡 2022
//! plan). Relief = free months × rent + half-rent months × rent / 2. A portal can add
//! a new round as data with the same parameters.

use crate::money::DecimalOps;
use super::{enum_list, req_bool, req_u32, size_list, Builder, Ctx};
use crate::error::Result;
use crate::data::Obj;
use crate::rules::rent::{Explain, Hint, Msg};
use crate::request::{ApplicantKind, PremisesOwner};
use crate::response::{Change, FigureValue, ProgrammeResult};
use serde_json::Value;
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

pub fn evaluate<'a>(ctx: &Ctx<'a, '_>, p: &RentReliefParams, mut b: Builder<'a, super::RentLogic>) -> ProgrammeResult<'a> {
    let req = ctx.req;
    let a = &req.applicant;
    let premises = req.premises.as_ref();

    if !super::check_kind(&mut b, a.kind, &p.eligible_kinds, [Msg::ApplicantKindPass, Msg::ApplicantKindFail]) {
        // A person renting for a business can rent it as a 个体工商户.
        if let Some(k) = p.eligible_kinds.iter().find(|k| **k == ApplicantKind::IndividualBusiness) {
            b.change(Change::Value("applicant.kind", Value::String(k.as_str().into())));
        }
    }
    if a.kind == ApplicantKind::Enterprise {
        super::check_size(&mut b, ctx, &p.enterprise_sizes, [Msg::EnterpriseSizePass, Msg::EnterpriseSizeFail, Msg::EnterpriseSizeUnknown]);
        if p.service_sector_only {
            match a.industry.and_then(|i| ctx.sizes.industry(i)) {
                Some(ind) => {
                    let industry = Arg::Words(Cow::Borrowed(ind.name_zh.as_str()), Cow::Borrowed(ind.name_en.as_str()));
                    if ind.service_sector {
                        b.check(Msg::ServiceSectorPass, [("industry", industry)]);
                    } else {
                        b.check(Msg::ServiceSectorFail, [("industry", industry)]);
                    }
                }
                None => b.unknown(Msg::ServiceSectorUnknown, &["applicant.industry"], []),
            }
        }
    }
    match premises.and_then(|pr| pr.owner) {
        Some(owner) if p.premises_owners.contains(&owner) => b.check(Msg::PremisesOwnerPass, []),
        Some(_) => b.check(Msg::PremisesOwnerFail, []),
        None => b.unknown(Msg::PremisesOwnerUnknown, &["premises.owner"], []),
    }
    if p.requires_cannot_operate {
        match premises.and_then(|pr| pr.cannot_operate_normally) {
            Some(true) => b.check(Msg::CannotOperatePass, []),
            Some(false) => {
                b.check(Msg::CannotOperateFail, []);
                b.change(Change::Value("premises.cannot_operate_normally", Value::Bool(true)));
            }
            None => b.unknown(Msg::CannotOperateUnknown, &["premises.cannot_operate_normally"], []),
        }
    }
    if premises.and_then(|pr| pr.sublet) == Some(true) {
        b.check(Msg::SubletWarn, []);
    }

    // Figures: months first (they do not depend on the rent), then the amount.
    let free = match p.free_months_if_county_risk {
        None => {
            b.explain(Explain::FreeMonthsFixed, [("months", Arg::Months(p.free_months))]);
            Some(p.free_months)
        }
        Some(risk_months) => match premises.and_then(|pr| pr.county_medium_high_risk_2022) {
            Some(true) => {
                b.explain(Explain::FreeMonthsRisk, [("months", Arg::Months(risk_months))]);
                Some(risk_months)
            }
            Some(false) => {
                b.explain(Explain::FreeMonthsNoRisk, [("months", Arg::Months(p.free_months))]);
                Some(p.free_months)
            }
            None => {
                b.hint(Hint::NeedsCountyRisk, [("risk_months", Arg::Months(risk_months)), ("months", Arg::Months(p.free_months))],);
                b.change(Change::Provide(vec!["premises.county_medium_high_risk_2022"]));
                None
            }
        },
    };
    let half = p.half_months;
    // Months of rent saved: free + half / 2 (ranks rule sets; never summed across them).
    let base_free = free.unwrap_or(p.free_months);
    let half_months = Decimal::from(half).c_div(Decimal::TWO);
    let equivalent = b.exact("relief_amount", half_months.and_then(|h| Decimal::from(base_free).c_add(h)));
    b.set_benefit(equivalent);
    if let Some(f) = free {
        b.figure("free_months", FigureValue::Months(f));
        b.figure("half_months", FigureValue::Months(half));
        if half > 0 {
            b.explain(Explain::HalfMonths, [("months", Arg::Months(half))]);
        }
        match premises.and_then(|pr| pr.monthly_rent) {
            Some(rent) => {
                let months = b.exact("relief_amount", half_months.and_then(|h| Decimal::from(f).c_add(h)));
                let amount = b.exact("relief_amount", rent.c_mul(months));
                {
                    b.money("relief_amount", amount);
                    b.explain(Explain::ReliefAmount, [
                            ("rent", Arg::Money(rent)),
                            ("free", Arg::Months(f)),
                            ("half", Arg::Months(half)),
                            ("amount", Arg::Money(crate::money::round_money(amount))),
                        ],);
                }
            }
            None => {
                b.hint(Hint::NeedsRent, []);
                b.change(Change::Provide(vec!["premises.monthly_rent"]));
            }
        }
    }
    b.finish()
}
