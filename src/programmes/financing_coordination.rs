//! 推荐清单自查: would the firm meet the five standards the county work teams of the
//! 支持小微企业融资协调工作机制 use for their recommendation lists (合规持续经营、固定经营
//! 场所、真实融资需求、信用状况良好、贷款用途依法合规, 001 L93–96)? Each standard is the
//! firm's own answer: an unanswered one is `unknown` naming its field, never a guess.
//! The mechanism serves small and micro firms (001 L65–67) and the small businesses the
//! visits reach, 个体工商户 among them (003 L15, L21). No figure: a place on a list is
//! not an amount. The hints say what the team and the banks do next and how to get on
//! the list (a portal names its own channel by overriding the `join_list` text).

use super::{enum_list, size_list, words, Builder, Ctx};
use crate::data::Obj;
use crate::error::Result;
use crate::request::ApplicantKind;
use crate::response::ProgrammeResult;
use crate::rules::coord::{Hint, Msg};
use crate::size::SizeClass;
use crate::text::Arg;
use std::borrow::Cow;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoordParams {
    pub eligible_kinds: Vec<ApplicantKind>,
    /// Sizes an enterprise must have (个体工商户 have no size condition).
    pub eligible_sizes: Vec<SizeClass>,
}

impl CoordParams {
    pub fn parse(o: &Obj<'_>) -> Result<Self> {
        o.allow_only(&["eligible_kinds", "eligible_sizes"])?;
        Ok(CoordParams {
            eligible_kinds: enum_list(o, "eligible_kinds", ApplicantKind::NAMES)?,
            eligible_sizes: size_list(o, "eligible_sizes")?,
        })
    }
}

/// One yes/no standard: pass, fail, or unknown naming its field. Returns whether it passed.
fn standard(b: &mut Builder<'_, super::CoordLogic>, answer: Option<bool>, field: &'static str, [pass, fail, unknown]: [Msg; 3]) -> bool {
    match answer {
        Some(true) => b.check(pass, []),
        Some(false) => b.check(fail, []),
        None => b.unknown(unknown, &[field], []),
    }
    answer == Some(true)
}

pub fn evaluate<'a>(ctx: &Ctx<'a, '_>, p: &CoordParams, mut b: Builder<'a, super::CoordLogic>) -> ProgrammeResult<'a> {
    let req = ctx.req;
    let a = &req.applicant;
    let f = req.financing.clone().unwrap_or_default();
    let loan = req.loan.as_ref();

    // Whether every check so far passed: then the team can put the firm on its list.
    let mut met = super::check_kind(&mut b, a.kind, &p.eligible_kinds, [Msg::ApplicantKindPass, Msg::ApplicantKindFail]);
    if met && a.kind == ApplicantKind::Enterprise {
        super::check_size(&mut b, ctx, &p.eligible_sizes, [Msg::EnterpriseSizePass, Msg::EnterpriseSizeFail, Msg::EnterpriseSizeUnknown]);
        met = ctx.size.is_one_of(&p.eligible_sizes) == crate::tri::Tri::True;
    }
    met &= standard(&mut b, f.operates_compliantly, "financing.operates_compliantly", [Msg::OperatesCompliantlyPass, Msg::OperatesCompliantlyFail, Msg::OperatesCompliantlyUnknown]);
    met &= standard(&mut b, f.fixed_premises, "financing.fixed_premises", [Msg::FixedPremisesPass, Msg::FixedPremisesFail, Msg::FixedPremisesUnknown]);
    match f.real_need {
        Some(false) => {
            met = false;
            b.check(Msg::RealNeedFail, []);
        }
        None => {
            met = false;
            b.unknown(Msg::RealNeedUnknown, &["financing.real_need"], []);
        }
        Some(true) => {
            // A need the team can record and a bank can match: how much, what for, how long.
            let amount = loan.and_then(|l| l.amount);
            let term = loan.and_then(|l| l.term_months);
            match (amount, f.purpose, term) {
                (Some(amount), Some(purpose), Some(term)) => b.check(Msg::RealNeedPass, [
                    ("amount", Arg::Money(amount)),
                    ("purpose", words(purpose.name_zh(), purpose.name_en())),
                    ("term", Arg::Months(term)),
                ]),
                _ => {
                    met = false;
                    let missing: Vec<&'static str> = [
                        (amount.is_none(), "loan.amount"),
                        (f.purpose.is_none(), "financing.purpose"),
                        (term.is_none(), "loan.term_months"),
                    ]
                    .into_iter()
                    .filter_map(|(absent, field)| absent.then_some(field))
                    .collect();
                    b.unknown(Msg::RealNeedUnknownDetails, &missing, []);
                }
            }
        }
    }
    met &= standard(&mut b, f.good_credit, "financing.good_credit", [Msg::GoodCreditPass, Msg::GoodCreditFail, Msg::GoodCreditUnknown]);
    met &= standard(&mut b, f.lawful_use, "financing.lawful_use", [Msg::LawfulUsePass, Msg::LawfulUseFail, Msg::LawfulUseUnknown]);

    let region = || Arg::Words(Cow::Borrowed(req.region.name_zh.as_str()), Cow::Borrowed(req.region.name_en.as_str()));
    if met {
        b.hint(Hint::NextSteps, [("region", region())]);
    }
    b.hint(Hint::JoinList, [("region", region())]);
    b.finish()
}
