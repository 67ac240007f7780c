//! The evaluate response (CONTRACT.md) and its JSON form.
//!
//! Results borrow texts and citations from the engine's rule sets, so evaluating
//! copies little; citations are written from JSON rendered once at load.

use crate::dates::Date;
use crate::json::JsonWriter;
use crate::policy::{Citation, RuleSet};
use crate::region::Region;
use crate::request::Programme;
use crate::size::SizeAssessment;
use crate::text::{Arg, Bilingual, Lang};
use rust_decimal::Decimal;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    Pass,
    Fail,
    Unknown,
    /// Shown, but does not change the status.
    Warn,
}

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

/// Where a message's values sit in its result's `args`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ArgSpan {
    pub start: u16,
    pub len: u16,
}

/// A message: a bilingual template from the rule set and the values that fill it.
/// Rendering waits until the text is wanted (JSON output or [`ProgrammeResult::text`]).
#[derive(Debug, Clone, Copy)]
pub struct Msg<'a> {
    pub text: &'a Bilingual,
    pub args: ArgSpan,
}

#[derive(Debug, Clone)]
pub struct CheckResult<'a> {
    pub id: &'a str,
    pub outcome: Outcome,
    pub message: Msg<'a>,
    pub citation: &'a Citation,
    /// Request fields that would settle an `unknown` check.
    pub missing_fields: Vec<&'static str>,
}

/// How one figure was reached, with the clause it rests on.
#[derive(Debug, Clone)]
pub struct Explanation<'a> {
    pub figure: &'static str,
    pub message: Msg<'a>,
    pub citation: &'a Citation,
}

/// A figure's value: money and rates are decimal strings, month counts integers as strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureValue {
    /// 元, rounded half-up to 0.01: `2750000`, `4646.90`.
    Money(Decimal),
    /// A fraction (share or rate), exact.
    Rate(Decimal),
    /// A count (months).
    Count(u32),
    Date(Date),
}

impl FigureValue {
    pub fn to_json_string(self) -> String {
        match self {
            // Whole yuan as an integer (`2750000`), otherwise with both decimals (`4646.90`).
            FigureValue::Money(d) => {
                let r = crate::money::round_money(d);
                if r.fract().is_zero() {
                    crate::money::fmt_decimal(r)
                } else {
                    crate::money::fmt_money_2dp(r)
                }
            }
            FigureValue::Rate(d) => crate::money::fmt_decimal(d),
            FigureValue::Count(n) => n.to_string(),
            FigureValue::Date(d) => d.to_string(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct ProgrammeResult<'a> {
    pub programme: Programme,
    pub rule_set: &'a RuleSet,
    pub status: Status,
    pub checks: Vec<CheckResult<'a>>,
    pub figures: Vec<(&'static str, FigureValue)>,
    pub explanations: Vec<Explanation<'a>>,
    pub hints: Vec<Msg<'a>>,
    pub missing_fields: Vec<&'static str>,
    pub other_rule_sets: Vec<ProgrammeResult<'a>>,
    /// How favourable the result is for the applicant, to pick the headline among
    /// rule sets in force (higher is better). Not part of the JSON.
    pub benefit: Decimal,
    /// The values every message of this result is filled with.
    pub args: Vec<(&'static str, Arg<'a>)>,
}

impl<'a> ProgrammeResult<'a> {
    pub fn figure(&self, name: &str) -> Option<FigureValue> {
        self.figures.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
    }

    pub fn check(&self, id: &str) -> Option<&CheckResult<'a>> {
        self.checks.iter().find(|c| c.id == id)
    }

    fn args_of(&self, span: ArgSpan) -> &[(&'static str, Arg<'a>)] {
        let start = usize::from(span.start);
        self.args
            .get(start..start.saturating_add(usize::from(span.len)))
            .unwrap_or_default()
    }

    /// A message's Chinese and English text.
    pub fn text(&self, m: &Msg<'a>) -> (String, String) {
        let args = self.args_of(m.args);
        (
            m.text.zh.render(Lang::Zh, args).into_owned(),
            m.text.en.render(Lang::En, args).into_owned(),
        )
    }

    fn write_msg(&self, w: &mut JsonWriter, m: &Msg<'a>) {
        let args = self.args_of(m.args);
        w.key("message_zh");
        w.template(&m.text.zh, Lang::Zh, args);
        w.key("message_en");
        w.template(&m.text.en, Lang::En, args);
    }

    fn write_json(&self, w: &mut JsonWriter) {
        let rs = self.rule_set;
        w.begin_object();
        w.members_raw(&rs.header_json);
        w.field_str("status", self.status.as_str());
        w.key("checks");
        w.begin_array();
        for c in &self.checks {
            w.begin_object();
            w.field_str("id", c.id);
            w.field_str("outcome", c.outcome.as_str());
            self.write_msg(w, &c.message);
            w.field_raw("citation", citation_json(c.citation));
            if !c.missing_fields.is_empty() {
                w.key("missing_fields");
                w.begin_array();
                for f in &c.missing_fields {
                    w.string(f);
                }
                w.end_array();
            }
            w.end_object();
        }
        w.end_array();
        w.key("figures");
        w.begin_object();
        for (name, value) in &self.figures {
            w.field_str(name, &value.to_json_string());
        }
        w.end_object();
        w.key("explanations");
        w.begin_array();
        for e in &self.explanations {
            w.begin_object();
            w.field_str("figure", e.figure);
            self.write_msg(w, &e.message);
            w.field_raw("citation", citation_json(e.citation));
            w.end_object();
        }
        w.end_array();
        w.key("hints");
        w.begin_array();
        for h in &self.hints {
            w.begin_object();
            self.write_msg(w, h);
            w.end_object();
        }
        w.end_array();
        w.key("missing_fields");
        w.begin_array();
        for f in &self.missing_fields {
            w.string(f);
        }
        w.end_array();
        w.key("other_rule_sets");
        w.begin_array();
        for o in &self.other_rule_sets {
            o.write_json(w);
        }
        w.end_array();
        w.end_object();
    }
}

fn citation_json(c: &Citation) -> &str {
    if c.json.is_empty() {
        "{}"
    } else {
        &c.json
    }
}

#[derive(Debug, Clone)]
pub struct Response<'a> {
    pub as_of: Date,
    pub engine: &'static str,
    pub region: Region,
    pub size: SizeAssessment,
    pub size_document: &'a str,
    pub size_industry: Option<&'a str>,
    pub results: Vec<ProgrammeResult<'a>>,
}

impl Response<'_> {
    pub fn result(&self, programme: Programme) -> Option<&ProgrammeResult<'_>> {
        self.results.iter().find(|r| r.programme == programme)
    }

    pub fn to_json(&self) -> String {
        let mut w = JsonWriter::with_capacity(32 * 1024);
        self.write_json(&mut w);
        w.finish()
    }

    pub fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object();
        w.field_str("as_of", &self.as_of.to_string());
        w.field_str("engine", self.engine);
        w.key("region");
        w.begin_object();
        w.field_str("code", &self.region.code);
        w.field_str("name_zh", &self.region.name_zh);
        w.field_str("name_en", &self.region.name_en);
        w.end_object();
        w.key("size");
        w.begin_object();
        w.field_str("class", self.size.class_str());
        w.key("citation");
        w.begin_object();
        w.field_str("document", self.size_document);
        w.end_object();
        w.key("applicable");
        w.bool(self.size.applicable);
        if let Some(ind) = self.size_industry {
            w.field_str("industry", ind);
        }
        w.key("possible");
        w.begin_array();
        for c in &self.size.possible {
            w.string(c.as_str());
        }
        w.end_array();
        w.key("missing_fields");
        w.begin_array();
        for f in &self.size.missing {
            w.string(f);
        }
        w.end_array();
        w.end_object();
        w.key("results");
        w.begin_array();
        for r in &self.results {
            r.write_json(w);
        }
        w.end_array();
        w.end_object();
    }
}
