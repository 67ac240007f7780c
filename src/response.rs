//! The evaluate response (the interface in `docs/interface.md`), as serde types.
//!
//! Results borrow titles, documents and citations from the engine's rule sets; their
//! messages are rendered as they are recorded, in the languages the request asked for
//! (`lang`), or not at all (`explain: false`).

use crate::dates::Date;
use crate::policy::{Citation, RuleSet, SourceQuality};
use crate::region::Region;
use crate::request::Programme;
use crate::size::SizeAssessment;
use rust_decimal::Decimal;
use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Eligible,
    NeedsInfo,
    Ineligible,
    NotInForce,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Eligible => "eligible",
            Status::Ineligible => "ineligible",
            Status::NeedsInfo => "needs_info",
            Status::NotInForce => "not_in_force",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        [Status::Eligible, Status::Ineligible, Status::NeedsInfo, Status::NotInForce]
            .into_iter()
            .find(|st| st.as_str() == s)
    }
}

pub use crate::rules::Outcome;

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Pass => "pass",
            Outcome::Fail => "fail",
            Outcome::Unknown => "unknown",
            Outcome::Warn => "warn",
        }
    }

    pub fn parse(s: &str) -> Option<Outcome> {
        [Outcome::Pass, Outcome::Fail, Outcome::Unknown, Outcome::Warn]
            .into_iter()
            .find(|o| o.as_str() == s)
    }
}

impl Serialize for Outcome {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Which texts a response carries: the request's `lang` and `explain`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Texts {
    pub zh: bool,
    pub en: bool,
    /// Decision only, except the hints in Chinese, picked and ordered as in an explained
    /// answer: list screening shows the first (`hints[0].message_zh`) without rendering any
    /// other text. Not reachable from JSON; `Engine::evaluate_with_texts`.
    pub first_hint_zh: bool,
}

impl Texts {
    pub const BOTH: Texts = Texts { zh: true, en: true, first_hint_zh: false };
    pub const NONE: Texts = Texts { zh: false, en: false, first_hint_zh: false };
    pub const ZH: Texts = Texts { zh: true, en: false, first_hint_zh: false };
    pub const EN: Texts = Texts { zh: false, en: true, first_hint_zh: false };
    pub const FIRST_HINT_ZH: Texts = Texts { zh: false, en: false, first_hint_zh: true };

    pub fn any(self) -> bool {
        self.zh || self.en
    }
}

/// A rendered message: Chinese, English, or both, as asked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Text {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_zh: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_en: Option<String>,
}

/// What a hint suggests, as a change to the request a client can apply and evaluate
/// again (a "试试这样" button): the field by its request path and the value, bound or
/// region that meets the hint, or the fields to provide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Set the field to this value (of the field's own JSON type).
    Value(&'static str, serde_json::Value),
    /// The field at least this (a count as a number, money or a rate as a string).
    Min(&'static str, serde_json::Value),
    /// The field at most this.
    Max(&'static str, serde_json::Value),
    /// A region code under this prefix (`4107`: a county of 新乡).
    Within(&'static str, String),
    /// Give these fields (any value settles what they are missing for).
    Provide(Vec<&'static str>),
    /// Set several fields at once (a pure credit loan: no collateral and no guarantee).
    Set(Vec<(&'static str, serde_json::Value)>),
}

impl Serialize for Change {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        match self {
            Change::Value(f, v) => {
                m.serialize_entry("field", f)?;
                m.serialize_entry("value", v)?;
            }
            Change::Min(f, v) => {
                m.serialize_entry("field", f)?;
                m.serialize_entry("min", v)?;
            }
            Change::Max(f, v) => {
                m.serialize_entry("field", f)?;
                m.serialize_entry("max", v)?;
            }
            Change::Within(f, v) => {
                m.serialize_entry("field", f)?;
                m.serialize_entry("within", v)?;
            }
            Change::Provide(fields) => m.serialize_entry("provide", fields)?,
            Change::Set(pairs) => {
                struct Pairs<'p>(&'p [(&'static str, serde_json::Value)]);
                impl Serialize for Pairs<'_> {
                    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                        let mut m = s.serialize_map(Some(self.0.len()))?;
                        for (k, v) in self.0 {
                            m.serialize_entry(k, v)?;
                        }
                        m.end()
                    }
                }
                m.serialize_entry("set", &Pairs(pairs))?;
            }
        }
        m.end()
    }
}

/// A hint: what would change the answer, in words and, where the request can say it,
/// as a `change`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Hint {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_zh: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_en: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change: Option<Change>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CheckResult<'a> {
    pub id: &'static str,
    pub outcome: Outcome,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_zh: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_en: Option<String>,
    /// The clause the check rests on; left out of the decision-only form.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub citation: Option<&'a Citation>,
    /// Request fields that would settle an `unknown` check.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub missing_fields: Vec<&'static str>,
}

/// How one figure was reached, with the clause it rests on.
#[derive(Debug, Clone, Serialize)]
pub struct Explanation<'a> {
    pub figure: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_zh: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_en: Option<String>,
    pub citation: &'a Citation,
}

/// A figure's value. In JSON every value is a string: money and rates as exact decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureValue {
    /// 元, rounded half-up to 0.01: `2750000`, `4646.90`.
    Money(Decimal),
    /// An annual interest rate as a fraction, exact: `0.06175`.
    Rate(Decimal),
    /// A share of a loss or of a loan as a fraction, exact: `0.55`.
    Share(Decimal),
    /// A number of months.
    Months(u32),
    Date(Date),
}

/// What a figure's number means, so no client guesses (`units` in a result).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// 元 (yuan).
    Money,
    /// An annual rate, as a fraction (0.0435 = 4.35% a year).
    Rate,
    /// A share, as a fraction (0.55 = 55%).
    Share,
    /// A number of months.
    Months,
    /// A date, `YYYY-MM-DD`.
    Date,
}

impl FigureValue {
    pub fn unit(self) -> Unit {
        match self {
            FigureValue::Money(_) => Unit::Money,
            FigureValue::Rate(_) => Unit::Rate,
            FigureValue::Share(_) => Unit::Share,
            FigureValue::Months(_) => Unit::Months,
            FigureValue::Date(_) => Unit::Date,
        }
    }

    pub fn to_json_string(self) -> String {
        match self {
            // Whole yuan as an integer (`2750000`), otherwise with both decimals (`4646.90`).
            FigureValue::Money(d) => {
                let r = crate::money::round_money(d);
                if crate::money::is_whole(r) {
                    crate::money::fmt_decimal(r)
                } else {
                    crate::money::fmt_money_2dp(r)
                }
            }
            FigureValue::Rate(d) | FigureValue::Share(d) => crate::money::fmt_decimal(d),
            FigureValue::Months(n) => n.to_string(),
            FigureValue::Date(d) => d.to_string(),
        }
    }
}

/// A result's figures, in the order the logic found them: `{"name": "value"}`.
#[derive(Debug, Clone, Default)]
pub struct Figures(pub Vec<(&'static str, FigureValue)>);

impl Serialize for Figures {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (name, value) in &self.0 {
            m.serialize_entry(name, &value.to_json_string())?;
        }
        m.end()
    }
}

/// The unit of each figure, keyed as `figures` is: `{"name": "money"}`.
struct Units<'f>(&'f Figures);

impl Serialize for Units<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0 .0.len()))?;
        for (name, value) in &self.0 .0 {
            m.serialize_entry(name, &value.unit())?;
        }
        m.end()
    }
}

#[derive(Debug, Clone)]
pub struct ProgrammeResult<'a> {
    pub programme: Programme,
    pub rule_set: &'a RuleSet,
    pub status: Status,
    pub checks: Vec<CheckResult<'a>>,
    pub figures: Figures,
    /// An ineligible result's figures, as they would be were the failing conditions met:
    /// never in `figures`, where they would read as an entitlement.
    pub figures_if_eligible: Figures,
    pub explanations: Vec<Explanation<'a>>,
    pub hints: Vec<Hint>,
    pub missing_fields: Vec<&'static str>,
    pub other_rule_sets: Vec<ProgrammeResult<'a>>,
    /// How favourable the result is for the applicant, to pick the headline among
    /// rule sets in force (higher is better). Not part of the JSON.
    pub benefit: Decimal,
    /// The texts this result carries (from the request).
    pub texts: Texts,
    /// Whether the rule set is known to reach the request's region (false where only a
    /// province or city is given and its scope is narrower). Not part of the JSON.
    pub scope_known: bool,
    /// Whether `hints[0]` is the "please add" hint that `finish` writes. Not part of the JSON.
    pub provide_hint: bool,
    /// A figure whose exact computation overflowed: the request is answered with
    /// `arithmetic_overflow` instead (never a saturated value). Not part of the JSON.
    pub overflow: Option<&'static str>,
}

impl<'a> ProgrammeResult<'a> {
    pub fn figure(&self, name: &str) -> Option<FigureValue> {
        self.figures.0.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
    }

    pub fn check(&self, id: &str) -> Option<&CheckResult<'a>> {
        self.checks.iter().find(|c| c.id == id)
    }
}

impl Serialize for ProgrammeResult<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let rs = self.rule_set;
        let explained = self.texts.any();
        let mut st = s.serialize_struct("ProgrammeResult", 20)?;
        st.serialize_field("programme", &self.programme)?;
        st.serialize_field("rule_set", &rs.id)?;
        if self.texts.zh {
            st.serialize_field("title_zh", &rs.title_zh)?;
        } else {
            st.skip_field("title_zh")?;
        }
        if self.texts.en {
            st.serialize_field("title_en", &rs.title_en)?;
        } else {
            st.skip_field("title_en")?;
        }
        st.serialize_field("source_quality", &rs.source_quality)?;
        st.serialize_field("effective_from", &rs.effective_from)?;
        st.serialize_field("effective_to", &rs.effective_to)?;
        st.serialize_field("documents", &rs.document_numbers)?;
        st.serialize_field("status", &self.status)?;
        st.serialize_field("checks", &self.checks)?;
        st.serialize_field("figures", &self.figures)?;
        st.serialize_field("units", &Units(&self.figures))?;
        if self.figures_if_eligible.0.is_empty() {
            st.skip_field("figures_if_eligible")?;
            st.skip_field("units_if_eligible")?;
        } else {
            st.serialize_field("figures_if_eligible", &self.figures_if_eligible)?;
            st.serialize_field("units_if_eligible", &Units(&self.figures_if_eligible))?;
        }
        if explained {
            st.serialize_field("explanations", &self.explanations)?;
            st.serialize_field("hints", &self.hints)?;
        } else {
            st.skip_field("explanations")?;
            st.skip_field("hints")?;
        }
        st.serialize_field("missing_fields", &self.missing_fields)?;
        st.serialize_field("assumptions", &Assumptions(rs, self.texts))?;
        st.serialize_field("other_rule_sets", &self.other_rule_sets)?;
        st.end()
    }
}

/// A rule set's assumptions: `{id, message_zh, message_en}` in the languages asked, or
/// only the ids in the decision-only form.
struct Assumptions<'r>(&'r RuleSet, Texts);

impl Serialize for Assumptions<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Explained<'a> {
            id: &'a str,
            #[serde(skip_serializing_if = "Option::is_none")]
            message_zh: Option<&'a str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            message_en: Option<&'a str>,
        }
        let Assumptions(rs, texts) = *self;
        if texts.any() {
            s.collect_seq(rs.assumptions.iter().map(|(id, t)| Explained {
                id,
                message_zh: texts.zh.then(|| t.zh.raw()),
                message_en: texts.en.then(|| t.en.raw()),
            }))
        } else {
            s.collect_seq(rs.assumptions.iter().map(|(id, _)| id))
        }
    }
}

/// The enterprise-size block of a response.
#[derive(Debug, Clone)]
pub struct SizeOut<'a> {
    pub assessment: SizeAssessment,
    pub document: &'a str,
    pub industry: Option<&'a str>,
}

impl Serialize for SizeOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Doc<'d> {
            document: &'d str,
        }
        let a = &self.assessment;
        let mut st = s.serialize_struct("Size", 6)?;
        st.serialize_field("class", a.class_str())?;
        st.serialize_field("citation", &Doc { document: self.document })?;
        st.serialize_field("applicable", &a.applicable)?;
        match self.industry {
            Some(i) => st.serialize_field("industry", i)?,
            None => st.skip_field("industry")?,
        }
        st.serialize_field("possible", &a.possible)?;
        st.serialize_field("missing_fields", &a.missing)?;
        st.end()
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Response<'a> {
    pub as_of: Date,
    pub engine: &'static str,
    pub region: Region,
    pub size: SizeOut<'a>,
    pub results: Vec<ProgrammeResult<'a>>,
}

impl Response<'_> {
    pub fn result(&self, programme: Programme) -> Option<&ProgrammeResult<'_>> {
        self.results.iter().find(|r| r.programme == programme)
    }

    /// An error if a figure's exact computation overflowed in any result (the answer is
    /// then refused, never shown with a saturated or default value).
    pub fn exact(&self) -> crate::error::Result<()> {
        fn first(r: &ProgrammeResult<'_>) -> Option<&'static str> {
            r.overflow.or_else(|| r.other_rule_sets.iter().find_map(first))
        }
        match self.results.iter().find_map(first) {
            Some(figure) => Err(crate::error::Error::overflow(figure)),
            None => Ok(()),
        }
    }

    /// The response as JSON text.
    pub fn to_json(&self) -> String {
        // Serializing these types cannot fail (string keys, no maps of other keys).
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The response as JSON text, appended to `out` (a buffer the caller reuses).
    pub fn write_json(&self, out: &mut Vec<u8>) {
        let start = out.len();
        // As above, this cannot fail; should it, nothing half-written stays.
        if serde_json::to_writer(&mut *out, self).is_err() {
            out.truncate(start);
        }
    }
}

/// Citations as evaluate responses carry them: `document`, `clause`, `source`, `ref`
/// (its key in the rule set's `citations`, where `policies` gives the quote), and `url`
/// for sources outside the seeds. The quote is left out (it would repeat on every check).
impl Serialize for Citation {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_citation(self, false, s)
    }
}

/// A citation, with its quoted text (`policies`) or without (every check of an answer).
pub fn serialize_citation<S: Serializer>(c: &Citation, with_quote: bool, s: S) -> Result<S::Ok, S::Error> {
    let mut st = s.serialize_struct("Citation", 6)?;
    st.serialize_field("document", &c.document)?;
    st.serialize_field("clause", &c.clause)?;
    st.serialize_field("source", &c.source)?;
    st.serialize_field("ref", &c.key)?;
    for (key, value, shown) in [("quote", &c.quote, with_quote), ("url", &c.url, true)] {
        if shown && !value.is_empty() {
            st.serialize_field(key, value)?;
        } else {
            st.skip_field(key)?;
        }
    }
    st.end()
}

impl Serialize for SourceQuality {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
