//! 外贸贷: Zhengzhou's 政府+银行+信保 credit loan for 中小微 foreign-trade firms
//! (002 L37; 000 L166). The public texts give no amount, rate or loss-share numbers,
//! so none ship: a portal configures them, and until then the answer says the bank
//! sets them (policy README §3).

use crate::money::DecimalOps;
use super::{enum_list, region_prefixes, size_list, Builder, Ctx, Params};
use crate::error::{Error, ErrorCode, Result};
use crate::data::Obj;
use crate::money::read_rate;
use crate::policy::{CheckSpec, ExplainSpec, HintSpec, LogicSpec, MsgSpec};
use crate::request::ApplicantKind;
use crate::response::{Outcome, ProgrammeResult};
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

fn has_max_amount(p: &Params) -> bool {
    matches!(p, Params::TradeLoan(t) if t.max_amount.is_some())
}
fn has_rate_cap(p: &Params) -> bool {
    matches!(p, Params::TradeLoan(t) if t.rate_cap.is_some())
}
fn has_loss_shares(p: &Params) -> bool {
    matches!(p, Params::TradeLoan(t) if t.loss_shares.is_some())
}

pub static SPEC: LogicSpec = LogicSpec {
    checks: &[
        CheckSpec { id: "region", when: None, messages: super::REGION_MESSAGES },
        CheckSpec { id: "applicant_kind", when: None, messages: super::KIND_MESSAGES },
        CheckSpec { id: "enterprise_size", when: None, messages: super::SIZE_MESSAGES },
        CheckSpec {
            id: "trades_abroad",
            when: None,
            messages: &[
                MsgSpec { key: "pass", outcome: Outcome::Pass, args: &[] },
                MsgSpec { key: "fail", outcome: Outcome::Fail, args: &[] },
                MsgSpec { key: "unknown", outcome: Outcome::Unknown, args: &[] },
            ],
        },
        CheckSpec {
            id: "credit_insurance",
            when: None,
            messages: &[
                MsgSpec { key: "pass", outcome: Outcome::Pass, args: &[] },
                MsgSpec { key: "warn", outcome: Outcome::Warn, args: &[] },
                MsgSpec { key: "warn_unknown", outcome: Outcome::Warn, args: &[] },
            ],
        },
        CheckSpec {
            id: "collateral",
            when: None,
            messages: &[
                MsgSpec { key: "pass", outcome: Outcome::Pass, args: &[] },
                MsgSpec { key: "warn", outcome: Outcome::Warn, args: &["collateral"] },
            ],
        },
        CheckSpec {
            id: "loan_amount",
            when: Some(has_max_amount),
            messages: &[
                MsgSpec { key: "pass", outcome: Outcome::Pass, args: &["amount", "max"] },
                MsgSpec { key: "fail", outcome: Outcome::Fail, args: &["amount", "max"] },
            ],
        },
        CheckSpec {
            id: "interest_rate",
            when: Some(has_rate_cap),
            messages: &[
                MsgSpec { key: "pass", outcome: Outcome::Pass, args: &["rate", "cap"] },
                MsgSpec { key: "fail", outcome: Outcome::Fail, args: &["rate", "cap"] },
            ],
        },
    ],
    explanations: &[
        ExplainSpec { key: "max_amount", figure: "max_amount", when: Some(has_max_amount), args: &["max"] },
        ExplainSpec { key: "rate_cap", figure: "rate_cap", when: Some(has_rate_cap), args: &["cap"] },
        ExplainSpec {
            key: "loss_shares",
            figure: "government_share",
            when: Some(has_loss_shares),
            args: &["government", "bank", "insurer"],
        },
    ],
    hints: &[HintSpec { key: "terms_from_bank", when: None, args: &[] }],
};

pub fn evaluate<'a>(ctx: &Ctx<'a, '_>, p: &TradeLoanParams, mut b: Builder<'a>) -> ProgrammeResult<'a> {
    let req = ctx.req;
    let a = &req.applicant;
    let loan = req.loan.as_ref();

    super::check_region(&mut b, ctx, &p.eligible_regions);
    if super::check_kind(&mut b, a.kind, &p.eligible_kinds) {
        super::check_size(&mut b, ctx, &p.eligible_sizes);
    }

    let trade = a.foreign_trade.as_ref();
    match trade.and_then(|t| t.trades_abroad) {
        Some(true) => b.check("trades_abroad", Outcome::Pass, "pass", []),
        Some(false) => b.check("trades_abroad", Outcome::Fail, "fail", []),
        None => b.unknown("trades_abroad", "unknown", &["applicant.foreign_trade.trades_abroad"], []),
    }
    match trade.and_then(|t| t.credit_insurance) {
        Some(true) => b.check("credit_insurance", Outcome::Pass, "pass", []),
        Some(false) => b.check("credit_insurance", Outcome::Warn, "warn", []),
        None => b.check("credit_insurance", Outcome::Warn, "warn_unknown", []),
    }
    match loan.and_then(|l| l.collateral_value) {
        Some(c) if c.is_zero() => b.check("collateral", Outcome::Pass, "pass", []),
        Some(c) => b.check("collateral", Outcome::Warn, "warn", [("collateral", Arg::Money(c))]),
        None => {}
    }
    if let Some(max) = p.max_amount {
        if let Some(amount) = loan.and_then(|l| l.amount) {
            let args = [("amount", Arg::Money(amount)), ("max", Arg::Money(max))];
            if amount <= max {
                b.check("loan_amount", Outcome::Pass, "pass", args);
            } else {
                b.check("loan_amount", Outcome::Fail, "fail", args);
            }
        }
    }
    if let Some(cap) = p.rate_cap {
        if let Some(rate) = loan.and_then(|l| l.annual_rate) {
            let args = [("rate", Arg::Percent(rate)), ("cap", Arg::Percent(cap))];
            if rate <= cap {
                b.check("interest_rate", Outcome::Pass, "pass", args);
            } else {
                b.check("interest_rate", Outcome::Fail, "fail", args);
            }
        }
    }

    if let Some(max) = p.max_amount {
        b.money("max_amount", max);
        b.explain("max_amount", [("max", Arg::Money(max))]);
    }
    if let Some(cap) = p.rate_cap {
        b.rate("rate_cap", cap);
        b.explain("rate_cap", [("cap", Arg::Percent(cap))]);
    }
    if let Some(ls) = &p.loss_shares {
        b.share("government_share", ls.government);
        b.share("bank_share", ls.bank);
        b.share("insurer_share", ls.insurer);
        b.explain(
            "loss_shares",
            [
                ("government", Arg::Percent(ls.government)),
                ("bank", Arg::Percent(ls.bank)),
                ("insurer", Arg::Percent(ls.insurer)),
            ],);
    }
    if p.max_amount.is_none() || p.rate_cap.is_none() {
        b.hint("terms_from_bank", []);
    }
    b.finish()
}
