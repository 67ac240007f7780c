//! 外贸贷: Zhengzhou's 政府+银行+信保 credit loan for 中小微 foreign-trade firms
//! (002 L37; 000 L166). The public texts give no amount, rate or loss-share numbers,
//! so none ship: a portal configures them, and until then the answer says the bank
//! sets them (policy README §3).

use crate::money::DecimalOps;
use super::{enum_list, region_prefixes, size_list, Builder, Ctx};
use crate::error::{Error, ErrorCode, Result};
use crate::data::Obj;
use crate::money::read_rate;
use crate::rules::trade::{Explain, Hint, Msg};
use crate::request::ApplicantKind;
use crate::response::{Change, ProgrammeResult};
use super::dec_value;
use serde_json::Value;
use crate::size::SizeClass;
use crate::text::Arg;
use rust_decimal::Decimal;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LossShares {
    pub government: Decimal,
    pub bank: Decimal,
    pub insurer: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TradeLoanParams {
    pub eligible_regions: Vec<String>,
    pub eligible_kinds: Vec<ApplicantKind>,
    pub eligible_sizes: Vec<SizeClass>,
    /// Portal-configured; none ship.
    pub max_amount: Option<Decimal>,
    pub rate_cap: Option<Decimal>,
    pub loss_shares: Option<LossShares>,
}

impl TradeLoanParams {
    pub fn parse(o: &Obj<'_>) -> Result<Self> {
        o.allow_only(&["eligible_regions", "eligible_kinds", "eligible_sizes", "max_amount", "rate_cap", "loss_shares"])?;
        let loss_shares = match o.opt_obj("loss_shares")? {
            None => None,
            Some(l) => {
                l.allow_only(&["government", "bank", "insurer"])?;
                let shares = LossShares {
                    government: super::req_share(&l, "government")?,
                    bank: super::req_share(&l, "bank")?,
                    insurer: super::req_share(&l, "insurer")?,
                };
                let sum = shares.government.c_add(shares.bank).and_then(|s| s.c_add(shares.insurer));
                if sum != Some(Decimal::ONE) {
                    return Err(Error::new(
                        ErrorCode::InvalidOverride,
                        l.path.clone(),
                        "政府、银行、信保的损失分担比例之和应为 1",
                        "the government, bank and insurer loss shares must add up to 1",
                    ));
                }
                Some(shares)
            }
        };
        Ok(TradeLoanParams {
            eligible_regions: region_prefixes(o, "eligible_regions")?,
            eligible_kinds: enum_list(o, "eligible_kinds", ApplicantKind::NAMES)?,
            eligible_sizes: size_list(o, "eligible_sizes")?,
            max_amount: super::opt_money(o, "max_amount")?,
            rate_cap: o.get("rate_cap").map(|v| read_rate(v, &o.field_path("rate_cap"))).transpose()?,
            loss_shares,
        })
    }
}

pub fn evaluate<'a>(ctx: &Ctx<'a, '_>, p: &TradeLoanParams, mut b: Builder<'a, super::TradeLogic>) -> ProgrammeResult<'a> {
    let req = ctx.req;
    let a = &req.applicant;
    let loan = req.loan.as_ref();

    // Outside Henan the other Henan cities' schemes are no help: another hint.
    let fail = if ctx.req.region.within("41") { Msg::RegionFail } else { Msg::RegionFailOutsideHenan };
    super::check_region(&mut b, ctx, &p.eligible_regions, [Msg::RegionPass, fail, Msg::RegionUnknown]);
    if super::check_kind(&mut b, a.kind, &p.eligible_kinds, [Msg::ApplicantKindPass, Msg::ApplicantKindFail]) {
        super::check_size(&mut b, ctx, &p.eligible_sizes, [Msg::EnterpriseSizePass, Msg::EnterpriseSizeFail, Msg::EnterpriseSizeUnknown]);
    }

    let trade = a.foreign_trade.as_ref();
    match trade.and_then(|t| t.trades_abroad) {
        Some(true) => b.check(Msg::TradesAbroadPass, []),
        Some(false) => {
            b.check(Msg::TradesAbroadFail, []);
            b.change(Change::Value("applicant.foreign_trade.trades_abroad", Value::Bool(true)));
        }
        None => b.unknown(Msg::TradesAbroadUnknown, &["applicant.foreign_trade.trades_abroad"], []),
    }
    match trade.and_then(|t| t.credit_insurance) {
        Some(true) => b.check(Msg::CreditInsurancePass, []),
        Some(false) => {
            b.check(Msg::CreditInsuranceWarn, []);
            b.change(Change::Value("applicant.foreign_trade.credit_insurance", Value::Bool(true)));
        }
        None => {
            b.check(Msg::CreditInsuranceWarnUnknown, []);
            b.change(Change::Value("applicant.foreign_trade.credit_insurance", Value::Bool(true)));
        }
    }
    match loan.and_then(|l| l.collateral_value) {
        Some(c) if c.is_zero() => b.check(Msg::CollateralPass, []),
        Some(c) => b.check(Msg::CollateralWarn, [("collateral", Arg::Money(c))]),
        None => {}
    }
    if let Some(max) = p.max_amount {
        if let Some(amount) = loan.and_then(|l| l.amount) {
            let args = [("amount", Arg::Money(amount)), ("max", Arg::Money(max))];
            if amount <= max {
                b.check(Msg::LoanAmountPass, args);
            } else {
                b.check(Msg::LoanAmountFail, args);
                b.change(Change::Max("loan.amount", dec_value(max)));
            }
        }
    }
    if let Some(cap) = p.rate_cap {
        if let Some(rate) = loan.and_then(|l| l.annual_rate) {
            let args = [("rate", Arg::Percent(rate)), ("cap", Arg::Percent(cap))];
            if rate <= cap {
                b.check(Msg::InterestRatePass, args);
            } else {
                b.check(Msg::InterestRateFail, args);
                b.change(Change::Max("loan.annual_rate", dec_value(cap)));
            }
        }
    }

    if let Some(max) = p.max_amount {
        b.money("max_amount", max);
        b.explain(Explain::MaxAmount, [("max", Arg::Money(max))]);
    }
    if let Some(cap) = p.rate_cap {
        b.rate("rate_cap", cap);
        b.explain(Explain::RateCap, [("cap", Arg::Percent(cap))]);
    }
    if let Some(ls) = &p.loss_shares {
        b.share("government_share", ls.government);
        b.share("bank_share", ls.bank);
        b.share("insurer_share", ls.insurer);
        b.explain(Explain::LossShares, [
                ("government", Arg::Percent(ls.government)),
                ("bank", Arg::Percent(ls.bank)),
                ("insurer", Arg::Percent(ls.insurer)),
            ],);
    }
    if p.max_amount.is_none() || p.rate_cap.is_none() {
        b.hint(Hint::TermsFromBank, []);
    }
    b.finish()
}
