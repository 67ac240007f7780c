//! The evaluate response (CONTRACT.md) and its JSON form.
//!
//! Results borrow texts and citations from the engine's rule sets, so evaluating
//! copies little; citations are written from JSON rendered once at load.

use crate::dates::Date;
use crate::json::{lit_key, JsonWriter};
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

    fn write_msg(&self, w: &mut JsonWriter, m: &Msg<'a>, lang: Option<Lang>) {
        let args = self.args_of(m.args);
        if lang != Some(Lang::En) {
            w.key_lit(lit_key!("message_zh"));
            w.template(&m.text.zh, Lang::Zh, args);
        }
        if lang != Some(Lang::Zh) {
            w.key_lit(lit_key!("message_en"));
            w.template(&m.text.en, Lang::En, args);
        }
    }

    /// `lang`: the one language to write messages and titles in (the request's `lang`);
    /// `None` writes both.
    fn write_json(&self, w: &mut JsonWriter, lang: Option<Lang>, compact: bool) {
        let rs = self.rule_set;
        w.begin_object();
        let variant: u8 = match lang {
            None => 0,
            Some(Lang::Zh) => 1,
            Some(Lang::En) => 2,
        };
        if compact {
            w.key_lit(lit_key!("header"));
            w.uint(u64::from(rs.table_index).saturating_mul(3).saturating_add(u64::from(variant)));
        } else {
            w.members_raw(rs.header_json.get(usize::from(variant)).map(String::as_str).unwrap_or_default());
        }
        w.key_lit(lit_key!("status"));
        w.plain_str(self.status.as_str());
        w.key_lit(lit_key!("checks"));
        w.begin_array();
        for c in &self.checks {
            w.begin_object();
            w.key_lit(lit_key!("id"));
            w.string(c.id);
            w.key_lit(lit_key!("outcome"));
            w.plain_str(c.outcome.as_str());
            self.write_msg(w, &c.message, lang);
            write_citation(w, c.citation, compact);
            if !c.missing_fields.is_empty() {
                w.key_lit(lit_key!("missing_fields"));
                w.begin_array();
                for f in &c.missing_fields {
                    w.string(f);
                }
                w.end_array();
            }
            w.end_object();
        }
        w.end_array();
        w.key_lit(lit_key!("figures"));
        w.begin_object();
        for (name, value) in &self.figures {
            w.field_str(name, &value.to_json_string());
        }
        w.end_object();
        w.key_lit(lit_key!("explanations"));
        w.begin_array();
        for e in &self.explanations {
            w.begin_object();
            w.key_lit(lit_key!("figure"));
            w.plain_str(e.figure);
            self.write_msg(w, &e.message, lang);
            write_citation(w, e.citation, compact);
            w.end_object();
        }
        w.end_array();
        w.key_lit(lit_key!("hints"));
        w.begin_array();
        for h in &self.hints {
            w.begin_object();
            self.write_msg(w, h, lang);
            w.end_object();
        }
        w.end_array();
        w.key_lit(lit_key!("missing_fields"));
        w.begin_array();
        for f in &self.missing_fields {
            w.string(f);
        }
        w.end_array();
        w.key_lit(lit_key!("other_rule_sets"));
        w.begin_array();
        for o in &self.other_rule_sets {
            o.write_json(w, lang, compact);
        }
        w.end_array();
        w.end_object();
    }
}

fn write_citation(w: &mut JsonWriter, c: &Citation, compact: bool) {
    w.key_lit(lit_key!("citation"));
    if compact && c.table_index != u32::MAX {
        w.uint(u64::from(c.table_index));
    } else if c.json.is_empty() {
        w.raw("{}");
    } else {
        w.raw(&c.json);
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
    /// The request's `lang`: messages and titles in that language only.
    pub lang: Option<Lang>,
    /// Write the compact form ([`crate::Engine::evaluate_compact_json`]) for the tables
    /// of this generation.
    pub compact: Option<u32>,
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
        if let Some(generation) = self.compact {
            w.key("tables");
            w.uint(u64::from(generation));
        }
        w.key_lit(lit_key!("as_of"));
        w.date(self.as_of);
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
            r.write_json(w, self.lang, self.compact.is_some());
        }
        w.end_array();
        w.end_object();
    }
}
