//! The programmes: one module per programme, each a logic over its rule set's
//! parameters, plus what they share (the result builder, parameter readers).

pub mod financing_coordination;
pub mod rent_relief;
pub mod startup_loan;
pub mod tech_loan;
pub mod trade_loan;

use crate::dates::Date;
use crate::error::{Error, ErrorCode, Result};
use crate::data::{index, Obj};
use crate::money::{read_decimal, read_money};
use crate::policy::{Citation, LogicKind, RuleSet};
use crate::rules::{self, common, Id, Needed};
use crate::request::ApplicantKind;
use crate::tri::Tri;
use crate::rates::{BenchmarkTable, LprTable};
use crate::request::EvaluateRequest;
use crate::policy::MessageTexts;
use crate::response::{Change, CheckResult, Explanation, Figures, FigureValue, Hint, Outcome, ProgrammeResult, Status, Texts};
use crate::size::{SizeAssessment, SizeClass, SizeTable};
use crate::text::{Arg, Bilingual, Lang};
use rust_decimal::Decimal;
use serde_json::Value;
use std::borrow::Cow;

/// Parameters of a rule set, by logic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Params {
    TechLoan(tech_loan::TechLoanParams),
    TradeLoan(trade_loan::TradeLoanParams),
    StartupLoan(startup_loan::StartupLoanParams),
    RentRelief(rent_relief::RentReliefParams),
    FinancingCoordination(financing_coordination::CoordParams),
}

/// A programme's logic and the vocabulary of its texts (`crate::rules`): a `Builder`
/// for one logic takes only that logic's messages, explanations and hints.
pub trait Logic {
    /// Only the common texts (`rules::common`), stored apart from any logic's own.
    const COMMON: bool = false;
    type Msg: Id<Spec = rules::MsgSpec>;
    type Explain: Id<Spec = rules::ExplainSpec>;
    type Hint: Id<Spec = rules::HintSpec>;
}

/// A programme's logic: its own messages, explanations and hints (`rules::$module`).
macro_rules! logic {
    ($($name:ident => $module:ident),* $(,)?) => {$(
        pub struct $name;
        impl Logic for $name {
            type Msg = rules::$module::Msg;
            type Explain = rules::$module::Explain;
            type Hint = rules::$module::Hint;
        }
    )*};
}
logic! {
    TechLogic => tech,
    TradeLogic => trade,
    StartupLogic => startup,
    RentLogic => rent,
    CoordLogic => coord,
}
/// For results that carry only the common texts (not in force, outside the region).
pub struct NoLogic;
impl Logic for NoLogic {
    const COMMON: bool = true;
    type Msg = common::Msg;
    type Explain = NoExplain;
    type Hint = common::Hint;
}
#[derive(Debug, Clone, Copy)]
pub enum NoExplain {}
impl Id for NoExplain {
    type Spec = rules::ExplainSpec;
    fn index(self) -> usize {
        match self {}
    }
    fn spec(self) -> &'static rules::ExplainSpec {
        match self {}
    }
}

impl Params {
    /// The region prefixes the parameters name (where the programme's applicants must be).
    pub fn region_prefixes(&self) -> &[String] {
        match self {
            Params::TechLoan(t) => &t.eligible_regions,
            Params::TradeLoan(t) => &t.eligible_regions,
            Params::StartupLoan(_) | Params::RentRelief(_) | Params::FinancingCoordination(_) => &[],
        }
    }
}

/// Whether a rule set with these parameters uses the texts marked `needed`.
pub fn needed(needed: Needed, p: &Params) -> bool {
    match (needed, p) {
        (Needed::Always, _) => true,
        (Needed::TermBonus, Params::TechLoan(t)) => t.term_bonus_per_year.is_some(),
        (Needed::ResearchTier, Params::TechLoan(t)) => t.research_tier.is_some(),
        (Needed::CompensationCap, Params::TechLoan(t)) => t.compensation_cap.is_some(),
        (Needed::BankAnnualCap, Params::TechLoan(t)) => t.bank_annual_cap.is_some(),
        (Needed::EarlierRevenue, Params::TechLoan(t)) => t.earlier_revenue_before.is_some(),
        (Needed::Person, Params::StartupLoan(s)) => s.borrowers.contains(&startup_loan::Borrower::Person),
        (Needed::Enterprise, Params::StartupLoan(s)) => s.borrowers.contains(&startup_loan::Borrower::Enterprise),
        (Needed::LprBand, Params::StartupLoan(s)) => matches!(s.subsidy, startup_loan::Subsidy::LprBand { .. }),
        (Needed::FullSubsidy, Params::StartupLoan(s)) => s.subsidy == startup_loan::Subsidy::Full,
        (Needed::GroupLimit, Params::StartupLoan(s)) => s.full_subsidy_groups.is_some(),
        (Needed::GroupDates, Params::StartupLoan(s)) => !s.group_start_dates.is_empty(),
        (Needed::MaxAmount, Params::TradeLoan(t)) => t.max_amount.is_some(),
        (Needed::RateCap, Params::TradeLoan(t)) => t.rate_cap.is_some(),
        (Needed::LossShares, Params::TradeLoan(t)) => t.loss_shares.is_some(),
        (Needed::ServiceSector, Params::RentRelief(r)) => r.service_sector_only,
        (Needed::CannotOperate, Params::RentRelief(r)) => r.requires_cannot_operate,
        (Needed::CountyRisk, Params::RentRelief(r)) => r.free_months_if_county_risk.is_some(),
        (Needed::FixedMonths, Params::RentRelief(r)) => r.free_months_if_county_risk.is_none(),
        (Needed::HalfMonths, Params::RentRelief(r)) => r.half_months > 0,
        _ => false,
    }
}

pub fn parse_params(logic: LogicKind, v: &Value, path: &str) -> Result<Params> {
    let o = Obj::new(v, path)?;
    Ok(match logic {
        LogicKind::HenanTechLoan => Params::TechLoan(tech_loan::TechLoanParams::parse(&o)?),
        LogicKind::ZhengzhouTradeLoan => Params::TradeLoan(trade_loan::TradeLoanParams::parse(&o)?),
        LogicKind::StartupGuaranteeLoan => Params::StartupLoan(startup_loan::StartupLoanParams::parse(&o)?),
        LogicKind::RentRelief => Params::RentRelief(rent_relief::RentReliefParams::parse(&o)?),
        LogicKind::FinancingCoordination => Params::FinancingCoordination(financing_coordination::CoordParams::parse(&o)?),
    })
}

/// What a logic reads besides its parameters.
pub struct Ctx<'a, 's> {
    pub req: &'a EvaluateRequest,
    /// The texts to render (`texts_for(req)`, or what a typed caller asked for).
    pub texts: Texts,
    pub size: &'s SizeAssessment,
    pub sizes: &'a SizeTable,
    pub lpr: &'a LprTable,
    pub benchmark: &'a BenchmarkTable,
    pub regions: &'a crate::region::Regions,
}

impl Ctx<'_, '_> {
    /// The texts the request asked for.
    pub fn texts(&self) -> Texts {
        self.texts
    }
}

/// The texts a request asks for: none with `explain: false`, else its `lang`, else both.
pub fn texts_for(req: &EvaluateRequest) -> Texts {
    match (req.explain, req.lang) {
        (false, _) => Texts::NONE,
        (true, None) => Texts::BOTH,
        (true, Some(Lang::Zh)) => Texts::ZH,
        (true, Some(Lang::En)) => Texts::EN,
    }
}

/// Evaluate one rule set that is in force for the request.
pub fn evaluate<'a>(ctx: &Ctx<'a, '_>, rs: &'a RuleSet) -> ProgrammeResult<'a> {
    let texts = ctx.texts();
    match &rs.params {
        Params::TechLoan(p) => tech_loan::evaluate(ctx, p, Builder::new(rs, texts)),
        Params::TradeLoan(p) => trade_loan::evaluate(ctx, p, Builder::new(rs, texts)),
        Params::StartupLoan(p) => startup_loan::evaluate(ctx, p, Builder::new(rs, texts)),
        Params::RentRelief(p) => rent_relief::evaluate(ctx, p, Builder::new(rs, texts)),
        Params::FinancingCoordination(p) => financing_coordination::evaluate(ctx, p, Builder::new(rs, texts)),
    }
}

/// The result for a programme whose rule set is not in force on `as_of`.
pub fn not_in_force<'a>(rs: &'a RuleSet, as_of: Date, texts: Texts) -> ProgrammeResult<'a> {
    let mut b: Builder<'a, NoLogic> = Builder::new(rs, texts);
    let title = Arg::Words(Cow::Borrowed(rs.title_zh.as_str()), Cow::Borrowed(rs.title_en.as_str()));
    match rs.effective_to {
        Some(to) if to < as_of => b.check(
            common::Msg::InForceExpired,
            [
                ("title", title),
                ("from", Arg::Date(rs.effective_from)),
                ("to", Arg::Date(to)),
                ("as_of", Arg::Date(as_of)),
            ],),
        _ => b.check(
            common::Msg::InForceNotYet,
            [("title", title), ("from", Arg::Date(rs.effective_from)), ("as_of", Arg::Date(as_of))],),
    }
    // The date on which it is (or was last) in force.
    let on = rs.effective_to.filter(|to| *to < as_of).unwrap_or(rs.effective_from);
    b.change(Change::Value("as_of", Value::String(on.to_string())));
    let mut r = b.finish();
    r.status = Status::NotInForce;
    r
}

/// Collects checks, figures, explanations and hints, rendering each message in the
/// languages the request asked for (none for the decision-only form).
pub struct Builder<'a, L: Logic> {
    rs: &'a RuleSet,
    r: ProgrammeResult<'a>,
    /// The hint the last check or hint added, which `change` completes.
    last_hint: Option<usize>,
    logic: std::marker::PhantomData<L>,
}

fn render(texts: Texts, t: &Bilingual, args: &[(&str, Arg<'_>)]) -> (Option<String>, Option<String>) {
    (
        texts.zh.then(|| t.zh.render(Lang::Zh, args).into_owned()),
        texts.en.then(|| t.en.render(Lang::En, args).into_owned()),
    )
}

impl<'a, L: Logic> Builder<'a, L> {
    pub fn new(rs: &'a RuleSet, texts: Texts) -> Builder<'a, L> {
        Builder {
            rs,
            r: ProgrammeResult {
                programme: rs.programme,
                rule_set: rs,
                status: Status::Eligible,
                checks: Vec::with_capacity(8),
                figures: Figures(Vec::with_capacity(8)),
                figures_if_eligible: Figures(Vec::new()),
                explanations: Vec::new(),
                hints: Vec::new(),
                missing_fields: Vec::new(),
                other_rule_sets: Vec::new(),
                benefit: Decimal::ZERO,
                texts,
                scope_known: true,
                provide_hint: false,
                overflow: None,
            },
            last_hint: None,
            logic: std::marker::PhantomData,
        }
    }

    /// Go on with a finished result (to add a check the engine, not the logic, knows).
    pub fn resume(r: ProgrammeResult<'a>) -> Builder<'a, L> {
        Builder { rs: r.rule_set, r, last_hint: None, logic: std::marker::PhantomData }
    }

    /// The change to the request that meets the hint the last check or hint added (none
    /// in the decision-only form, which has no hints).
    pub fn change(&mut self, change: Change) {
        if let Some(h) = self.last_hint.take().and_then(|i| self.r.hints.get_mut(i)) {
            h.change = Some(change);
        }
    }

    pub fn rule_set(&self) -> &'a RuleSet {
        self.rs
    }

    fn citation(&self, idx: usize) -> Option<&'a Citation> {
        self.rs.citation(idx)
    }

    /// Record a check with its message. A failing, warning or unknown message's hint
    /// (what would change it) joins the result's hints.
    pub fn check(&mut self, m: L::Msg, args: impl IntoIterator<Item = (&'static str, Arg<'a>)>) {
        let (spec, texts) = (m.spec(), self.message_texts(m));
        self.record(spec, texts, &[], &mut args.into_iter());
    }

    /// `check`, building the values only when the message or its hint is rendered (a
    /// passing check renders nothing in the decision-and-main-hint form of screening).
    pub fn check_with<I: IntoIterator<Item = (&'static str, Arg<'a>)>>(&mut self, m: L::Msg, args: impl FnOnce() -> I) {
        if self.r.texts.any() || (self.hint_texts().any() && m.spec().outcome != Outcome::Pass) {
            self.check(m, args());
        } else {
            self.check(m, []);
        }
    }

    /// Whether `explain` renders anything: the caller skips building costly values
    /// (words joined or formatted) when it does not.
    pub fn explains(&self) -> bool {
        self.r.texts.any()
    }

    /// An `unknown` check: the fields that would settle it are named.
    pub fn unknown(&mut self, m: L::Msg, fields: &[&'static str], args: impl IntoIterator<Item = (&'static str, Arg<'a>)>) {
        let (spec, texts) = (m.spec(), self.message_texts(m));
        self.record(spec, texts, fields, &mut args.into_iter());
    }

    /// The value of a checked computation behind `figure`. `None` (it left the range of
    /// exact arithmetic) is recorded, and the whole request then answers
    /// `arithmetic_overflow` naming the figure: a saturated or default value is never shown.
    pub fn exact(&mut self, figure: &'static str, value: Option<Decimal>) -> Decimal {
        match value {
            Some(v) => v,
            None => {
                self.r.overflow.get_or_insert(figure);
                Decimal::ZERO
            }
        }
    }

    /// A logic's own messages are stored at their index; the common ones apart.
    fn message_texts(&self, m: L::Msg) -> Option<&'a MessageTexts> {
        let texts = &self.rs.texts;
        let slots = if L::COMMON { &texts.common } else { &texts.messages };
        slots.get(m.index()).and_then(Option::as_ref)
    }

    // One copy of the body, whatever the number of values (keeps the wasm small).
    fn record(
        &mut self,
        spec: &'static rules::MsgSpec,
        texts: Option<&'a MessageTexts>,
        fields: &[&'static str],
        args: &mut dyn Iterator<Item = (&'static str, Arg<'a>)>,
    ) {
        for f in fields {
            if !self.r.missing_fields.contains(f) {
                self.r.missing_fields.push(f);
            }
        }
        let wanted = self.r.texts;
        let hint_texts = self.hint_texts();
        self.last_hint = None;
        let (mut message_zh, mut message_en, mut citation) = (None, None, None);
        // Nothing to render for a passing check in the decision-and-main-hint form.
        let renders = wanted.any() || (spec.outcome != Outcome::Pass && texts.is_some_and(|m| m.hint.is_some()));
        if let (true, true, Some(m)) = (renders, hint_texts.any(), texts) {
            let args: Vec<(&str, Arg<'a>)> = args.collect();
            if wanted.any() {
                citation = self.citation(m.citation);
                (message_zh, message_en) = render(wanted, &m.text, &args);
            }
            if spec.outcome != Outcome::Pass {
                if let Some(h) = &m.hint {
                    let (zh, en) = render(hint_texts, h, &args);
                    self.last_hint = Some(self.r.hints.len());
                    self.r.hints.push(Hint { message_zh: zh, message_en: en, change: None });
                }
            }
        }
        self.r.checks.push(CheckResult {
            id: spec.check,
            outcome: spec.outcome,
            message_zh,
            message_en,
            citation,
            missing_fields: fields.to_vec(),
        });
    }

    pub fn explain(&mut self, e: L::Explain, args: impl IntoIterator<Item = (&'static str, Arg<'a>)>) {
        if self.r.texts.any() {
            self.explain_at(e.index(), e.spec().figure, &mut args.into_iter());
        }
    }

    // One copy of the body, whatever the values (as `record`).
    fn explain_at(&mut self, index: usize, figure: &'static str, args: &mut dyn Iterator<Item = (&'static str, Arg<'a>)>) {
        if let Some(t) = self.rs.texts.explanations.get(index).and_then(Option::as_ref) {
            let args: Vec<(&str, Arg<'a>)> = args.collect();
            let (message_zh, message_en) = render(self.r.texts, &t.text, &args);
            if let Some(citation) = self.citation(t.citation) {
                self.r.explanations.push(Explanation { figure, message_zh, message_en, citation });
            }
        }
    }

    pub fn figure(&mut self, name: &'static str, value: FigureValue) {
        self.r.figures.0.push((name, value));
    }

    pub fn money(&mut self, name: &'static str, value: Decimal) {
        self.figure(name, FigureValue::Money(value));
    }

    pub fn rate(&mut self, name: &'static str, value: Decimal) {
        self.figure(name, FigureValue::Rate(value));
    }

    pub fn share(&mut self, name: &'static str, value: Decimal) {
        self.figure(name, FigureValue::Share(value));
    }

    pub fn hint(&mut self, h: L::Hint, args: impl IntoIterator<Item = (&'static str, Arg<'a>)>) {
        self.hint_at(h.index(), L::COMMON, &mut args.into_iter());
    }

    // One copy of the body, whatever the values (as `record`).
    fn hint_at(&mut self, index: usize, common: bool, args: &mut dyn Iterator<Item = (&'static str, Arg<'a>)>) {
        self.last_hint = None;
        let texts = self.hint_texts();
        if !texts.any() {
            return;
        };
        let slots = if common { &self.rs.texts.common_hints } else { &self.rs.texts.hints };
        if let Some(t) = slots.get(index).and_then(Option::as_ref) {
            let args: Vec<(&str, Arg<'a>)> = args.collect();
            let (message_zh, message_en) = render(texts, t, &args);
            self.last_hint = Some(self.r.hints.len());
            self.r.hints.push(Hint { message_zh, message_en, change: None });
        }
    }

    pub fn set_benefit(&mut self, benefit: Decimal) {
        self.r.benefit = benefit;
    }

    /// The languages hints are rendered in: the request's, or Chinese alone where only the
    /// main hint is wanted (screening). Every hint is rendered then, so the same rules pick
    /// and order them as in an explained answer; `finish` keeps the first.
    fn hint_texts(&self) -> Texts {
        if self.r.texts.any() {
            self.r.texts
        } else if self.r.texts.first_hint_zh {
            Texts::ZH
        } else {
            Texts::NONE
        }
    }

    pub fn finish(mut self) -> ProgrammeResult<'a> {
        let checks = &self.r.checks;
        self.r.status = if checks.iter().any(|c| c.outcome == Outcome::Fail) {
            Status::Ineligible
        } else if checks.iter().any(|c| c.outcome == Outcome::Unknown) {
            Status::NeedsInfo
        } else {
            Status::Eligible
        };
        if self.r.status == Status::Ineligible {
            // Nothing is due: what the figures would be moves aside, named as such.
            if !self.r.figures.0.is_empty() {
                self.r.figures_if_eligible = std::mem::take(&mut self.r.figures);
            }
            // "Enter the rent to see the amount" cannot help: only what settles a check stays.
            let missing = &self.r.missing_fields;
            let provided_first = self.r.provide_hint;
            let mut i = 0usize;
            self.r.hints.retain(|h| {
                let keep = (provided_first && i == 0)
                    || !matches!(&h.change, Some(Change::Provide(fields)) if fields.iter().any(|f| !missing.contains(f)));
                i = i.saturating_add(1);
                keep
            });
        }
        // One "please add" hint, first, naming every missing field (a resumed result had one).
        if std::mem::take(&mut self.r.provide_hint) && !self.r.hints.is_empty() {
            self.r.hints.remove(0);
        }
        // The region has its own hint (which city or county), with the prefix to choose under.
        let provide: Vec<&'static str> = self.r.missing_fields.iter().copied().filter(|f| *f != "region").collect();
        let hint_texts = self.hint_texts();
        if !provide.is_empty() && hint_texts.any() {
            if let Some(h) = self.rs.texts.common_hints.get(common::Hint::ProvideFields.index()).and_then(Option::as_ref) {
                // Only the languages rendered are put together.
                let zh = if hint_texts.zh { field_list(&provide, |f| crate::request::field_label(f).0, "、", "（", "）") } else { String::new() };
                let en = if hint_texts.en { field_list(&provide, |f| crate::request::field_label(f).1, ", ", " (", ")") } else { String::new() };
                let args = [("fields", Arg::Words(Cow::Owned(zh), Cow::Owned(en)))];
                let (message_zh, message_en) = render(hint_texts, h, &args);
                let change = Some(Change::Provide(provide));
                self.r.hints.insert(0, Hint { message_zh, message_en, change });
                self.r.provide_hint = true;
            }
        }
        self.r
    }
}

// ---- Checks several programmes share (same logic, each programme's own messages). ----

/// `region`: is the applicant registered under one of `prefixes` (e.g. `41`, `4101`)?
/// A province or city given where the prefixes name a city or county inside it is
/// unknown (naming `region`), never read as "not there".
pub(crate) fn check_region<'a, L: Logic>(b: &mut Builder<'a, L>, ctx: &Ctx<'a, '_>, prefixes: &[String], [pass, fail, unknown]: [L::Msg; 3]) {
    let region = &ctx.req.region;
    let words = Arg::Words(Cow::Borrowed(region.name_zh.as_str()), Cow::Borrowed(region.name_en.as_str()));
    if prefixes.iter().any(|p| region.within(p)) {
        b.check(pass, [("region", words)]);
    } else if let Some(p) = prefixes.iter().find(|p| region.may_be_within(p)) {
        b.unknown(unknown, &["region"], [("region", words), ("scope", scope_words(ctx.regions, p))]);
        b.change(Change::Within("region", p.clone()));
    } else {
        // Its hint points elsewhere: no change of this request meets it.
        b.check(fail, [("region", words)]);
    }
}

/// A money amount or a rate as a change's value: a decimal string, as requests give them.
pub(crate) fn dec_value(d: Decimal) -> Value {
    Value::String(crate::money::fmt_decimal(d.normalize()))
}

/// Words for a region prefix: `河南省新乡市` / `Xinxiang, Henan` (the code itself if unknown).
pub(crate) fn scope_words<'a>(regions: &'a crate::region::Regions, prefix: &str) -> Arg<'a> {
    match regions.named_prefix(prefix) {
        Some(r) => Arg::Words(Cow::Borrowed(r.name_zh.as_str()), Cow::Borrowed(r.name_en.as_str())),
        None => Arg::Words(Cow::Owned(prefix.to_string()), Cow::Owned(prefix.to_string())),
    }
}

/// `applicant_kind`: is the applicant one of `kinds`? Returns whether it is.
pub(crate) fn check_kind<L: Logic>(b: &mut Builder<'_, L>, kind: ApplicantKind, kinds: &[ApplicantKind], [pass, fail]: [L::Msg; 2]) -> bool {
    let ok = kinds.contains(&kind);
    b.check(if ok { pass } else { fail }, [("kind", words(kind.name_zh(), kind.name_en()))]);
    ok
}

/// `enterprise_size`: is the size class one of `sizes` (unknown while figures are missing)?
pub(crate) fn check_size<L: Logic>(b: &mut Builder<'_, L>, ctx: &Ctx<'_, '_>, sizes: &[SizeClass], [pass, fail, unknown]: [L::Msg; 3]) {
    // Not settled by the answers, yet each size still possible decides it: name those
    // ("小型或微型企业"), never "未定企业".
    let class = || match ctx.size.class {
        Some(c) => words(c.name_zh(), c.name_en()),
        None if ctx.size.possible.is_empty() => words("规模无法确定的", "of a size that cannot be determined"),
        None => size_words_joined(&ctx.size.possible, "或"),
    };
    match ctx.size.is_one_of(sizes) {
        Tri::True => b.check_with(pass, || [("class", class()), ("sizes", size_words(sizes))]),
        Tri::False => b.check_with(fail, || [("class", class()), ("sizes", size_words(sizes))]),
        Tri::Unknown => b.unknown(unknown, &ctx.size.missing, [("sizes", size_words(sizes))]),
    }
}

// ---- Parameter readers shared by the programme modules. ----

/// Fields in one language's words for the "please add" hint: `label（path）、…`.
fn field_list(fields: &[&str], label: impl Fn(&str) -> &'static str, sep: &str, open: &str, close: &str) -> String {
    let mut out = String::new();
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(label(f));
        out.push_str(open);
        out.push_str(f);
        out.push_str(close);
    }
    out
}

fn bad_param(path: &str, zh: String, en: String) -> Error {
    Error::new(ErrorCode::InvalidOverride, path, zh, en)
}

pub(crate) fn req_share(o: &Obj<'_>, key: &str) -> Result<Decimal> {
    let path = o.field_path(key);
    let d = read_decimal(o.required(key)?, &path)?;
    if d.is_sign_negative() || d > Decimal::ONE {
        return Err(bad_param(&path, format!("{path} 应在 0 到 1 之间"), format!("{path} must be between 0 and 1")));
    }
    Ok(d.normalize())
}

pub(crate) fn opt_share(o: &Obj<'_>, key: &str) -> Result<Option<Decimal>> {
    if o.get(key).is_none() {
        return Ok(None);
    }
    req_share(o, key).map(Some)
}

pub(crate) fn req_money(o: &Obj<'_>, key: &str) -> Result<Decimal> {
    read_money(o.required(key)?, &o.field_path(key))
}

pub(crate) fn opt_money(o: &Obj<'_>, key: &str) -> Result<Option<Decimal>> {
    o.get(key).map(|v| read_money(v, &o.field_path(key))).transpose()
}

pub(crate) fn req_u32(o: &Obj<'_>, key: &str, min: u32, max: u32) -> Result<u32> {
    o.opt_u32(key, min, max)?.ok_or_else(|| Error::missing(&o.field_path(key)))
}

pub(crate) fn req_bool(o: &Obj<'_>, key: &str) -> Result<bool> {
    o.opt_bool(key)?.ok_or_else(|| Error::missing(&o.field_path(key)))
}

pub(crate) fn enum_list<T: Copy + PartialEq>(o: &Obj<'_>, key: &str, names: &[(&str, T)]) -> Result<Vec<T>> {
    let path = o.field_path(key);
    let items = o.opt_array(key)?.ok_or_else(|| Error::missing(&path))?;
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let p = index(&path, i);
        let Value::String(s) = item else {
            return Err(crate::data::wrong_type(&p, "string", item));
        };
        let v = crate::data::read_enum(s.as_str(), &p, names)?;
        if !out.contains(&v) {
            out.push(v);
        }
    }
    Ok(out)
}

pub(crate) fn size_list(o: &Obj<'_>, key: &str) -> Result<Vec<SizeClass>> {
    let names: Vec<(&str, SizeClass)> = SizeClass::ALL.iter().map(|c| (c.as_str(), *c)).collect();
    enum_list(o, key, &names)
}

pub(crate) fn region_prefixes(o: &Obj<'_>, key: &str) -> Result<Vec<String>> {
    let path = o.field_path(key);
    let items = o.opt_array(key)?.ok_or_else(|| Error::missing(&path))?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        match item {
            Value::String(s) if !s.is_empty() && s.len() <= 6 && s.bytes().all(|b| b.is_ascii_digit()) => out.push(s.clone()),
            _ => {
                let p = index(&path, i);
                return Err(bad_param(&p, "地区应为行政区划代码前缀，如 41".into(), "regions are code prefixes such as 41".into()));
            }
        }
    }
    Ok(out)
}

/// Words for a list of size classes: `小型、微型` / `small or micro`.
pub(crate) fn size_words(classes: &[SizeClass]) -> Arg<'static> {
    size_words_joined(classes, "、")
}

/// Sizes in words, largest first: `小型、微型` (a list) or `小型或微型` (the one it may be).
fn size_words_joined(classes: &[SizeClass], zh_sep: &str) -> Arg<'static> {
    let zh: Vec<&str> = classes.iter().rev().map(|c| c.name_zh()).collect();
    let en: Vec<&str> = classes.iter().rev().map(|c| c.name_en()).collect();
    Arg::Words(Cow::Owned(zh.join(zh_sep)), Cow::Owned(en.join(" or ")))
}

pub(crate) fn words(zh: impl Into<Cow<'static, str>>, en: impl Into<Cow<'static, str>>) -> Arg<'static> {
    Arg::Words(zh.into(), en.into())
}
