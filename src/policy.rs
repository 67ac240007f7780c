//! Policies as data: rule sets loaded from `policies/**.json`, validated, and
//! overridable by a portal at init.
//!
//! A rule set file holds one programme version: its effective period, documents,
//! clause citations (with seed line numbers and quotes), the zh/en text of every
//! check, explanation and hint, the parameters its logic reads, and its own test
//! cases. The logic (which condition reads which parameter) lives in code, in one
//! module per programme; the texts each logic can emit are named in `crate::rules`, and a
//! rule set is refused unless it supplies every one it needs, each with a citation.

use crate::dates::Date;
use crate::error::{Error, ErrorCode, Result};
use crate::data::{index, Obj};
use crate::wire::join;
use crate::programmes::{self, Params};
use crate::request::Programme;
use crate::text::{Bilingual, Template};
use serde_json::{Map, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SourceQuality {
    Official,
    Draft,
    PressSummary,
}

impl SourceQuality {
    pub const NAMES: &'static [(&'static str, SourceQuality)] = &[
        ("official", SourceQuality::Official),
        ("draft", SourceQuality::Draft),
        ("press_summary", SourceQuality::PressSummary),
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SourceQuality::Official => "official",
            SourceQuality::Draft => "draft",
            SourceQuality::PressSummary => "press_summary",
        }
    }
}

/// The logics the engine implements; a rule set names one in `logic`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogicKind {
    HenanTechLoan,
    ZhengzhouTradeLoan,
    StartupGuaranteeLoan,
    RentRelief,
    FinancingCoordination,
}

impl LogicKind {
    pub const NAMES: &'static [(&'static str, LogicKind)] = &[
        ("henan_tech_loan", LogicKind::HenanTechLoan),
        ("zhengzhou_trade_loan", LogicKind::ZhengzhouTradeLoan),
        ("startup_guarantee_loan", LogicKind::StartupGuaranteeLoan),
        ("rent_relief", LogicKind::RentRelief),
        ("financing_coordination", LogicKind::FinancingCoordination),
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            LogicKind::HenanTechLoan => "henan_tech_loan",
            LogicKind::ZhengzhouTradeLoan => "zhengzhou_trade_loan",
            LogicKind::StartupGuaranteeLoan => "startup_guarantee_loan",
            LogicKind::RentRelief => "rent_relief",
            LogicKind::FinancingCoordination => "financing_coordination",
        }
    }

    pub fn programme(self) -> Programme {
        match self {
            LogicKind::HenanTechLoan => Programme::TechLoan,
            LogicKind::ZhengzhouTradeLoan => Programme::TradeLoan,
            LogicKind::StartupGuaranteeLoan => Programme::StartupGuaranteeLoan,
            LogicKind::RentRelief => Programme::RentRelief,
            LogicKind::FinancingCoordination => Programme::FinancingCoordination,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub key: String,
    pub number: String,
    pub title_zh: String,
    pub issuer_zh: String,
    pub date: String,
    pub source: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    pub key: String,
    pub document: String,
    pub clause: String,
    pub source: String,
    pub quote: String,
    pub url: String,
}

/// A check message's texts, at the place of its variant in the logic's `Msg::SPECS`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageTexts {
    pub text: Bilingual,
    /// What would change it (required for a failing message).
    pub hint: Option<Bilingual>,
    /// The clause it rests on: its own, or its check's.
    pub citation: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExplainTexts {
    pub citation: usize,
    pub text: Bilingual,
}

/// A rule set's texts, each at the place of its variant in `crate::rules` (a variant's
/// `index()`), so the code that names a variant finds its text without a lookup by name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Texts {
    pub messages: Vec<Option<MessageTexts>>,
    pub common: Vec<Option<MessageTexts>>,
    pub explanations: Vec<Option<ExplainTexts>>,
    pub hints: Vec<Option<Bilingual>>,
    pub common_hints: Vec<Option<Bilingual>>,
}

#[derive(Debug, Clone)]
pub struct RuleSet {
    pub id: String,
    pub programme: Programme,
    pub logic: LogicKind,
    pub version: String,
    pub title_zh: String,
    pub title_en: String,
    pub source_quality: SourceQuality,
    pub effective_from: Date,
    pub effective_to: Option<Date>,
    /// GB/T 2260 prefixes where the rule set applies; empty: everywhere.
    pub scope_regions: Vec<String>,
    pub documents: Vec<Document>,
    pub citations: Vec<Citation>,
    pub texts: Texts,
    pub notes: Vec<Bilingual>,
    /// Where the answer rests on our reading rather than a text (an assumed end date, a
    /// band attributed to an article not seen): each result of the rule set lists them.
    pub assumptions: Vec<(String, Bilingual)>,
    pub params: Params,
    /// Its parameters as written in its data, for `policies`.
    pub raw_parameters: Value,
    /// The numbers of its documents, as every result lists them.
    pub document_numbers: Vec<String>,
}

impl RuleSet {
    pub fn in_force(&self, on: Date) -> bool {
        self.effective_from <= on && self.effective_to.is_none_or(|to| on <= to)
    }

    pub fn in_scope(&self, region: &crate::region::Region) -> bool {
        self.scope_regions.is_empty() || self.scope_regions.iter().any(|p| region.within(p))
    }

    pub fn citation(&self, idx: usize) -> Option<&Citation> {
        self.citations.get(idx)
    }

    pub fn citation_by_key(&self, key: &str) -> Option<&Citation> {
        self.citations.iter().find(|c| c.key == key)
    }
}

fn invalid(path: &str, zh: impl Into<String>, en: impl Into<String>) -> Error {
    Error::new(ErrorCode::InvalidOverride, path, zh, en)
}

/// One key of a merge patch: `null` removes it, an object merges, anything else replaces.
fn merge_key(base: &mut Map<String, Value>, k: &str, v: &Value) {
    if v.is_null() {
        base.shift_remove(k);
        return;
    }
    match base.get_mut(k) {
        Some(slot) => deep_merge(slot, v),
        None => {
            base.insert(k.to_string(), without_nulls(v));
        }
    }
}

/// A copy of `v` as merging it into nothing gives: `null` members of its objects left
/// out. Each map is made at its final size (growing them one insert at a time was an
/// eighth of the engine's start natively).
fn without_nulls(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut out = Map::with_capacity(m.len());
            for (k, item) in m.iter().filter(|(_, item)| !item.is_null()) {
                out.insert(k.to_string(), without_nulls(item));
            }
            Value::Object(out)
        }
        other => other.clone(),
    }
}

/// Merge `patch` into `base` as a JSON merge patch (RFC 7396): objects merge key by
/// key, `null` removes a key, anything else replaces.
pub fn deep_merge(base: &mut Value, patch: &Value) {
    match (base, patch) {
        (Value::Object(b), Value::Object(p)) => {
            for (k, v) in p.iter() {
                merge_key(b, k, v);
            }
        }
        (slot, v) => *slot = without_nulls(v),
    }
}

/// A text's Chinese and English. `english` is whether the engine has its English texts:
/// an engine made without them (`crate::english`) reads a text without `en` as Chinese
/// only ([`Template::EMPTY`] in its place, never shown: that engine refuses English);
/// an `en` that is given is read and checked either way.
fn read_bilingual(v: &Value, path: &str, english: bool) -> Result<Bilingual> {
    let o = Obj::new(v, path)?;
    let tpl = |key: &str| -> Result<Template> {
        let s = o.req_str(key)?;
        if s.trim().is_empty() {
            return Err(invalid(&o.field_path(key), "文本不能为空", "text must not be empty"));
        }
        Template::parse(s).map_err(|e| invalid(&o.field_path(key), format!("文本模板有误：{e}"), e))
    };
    Ok(Bilingual {
        zh: tpl("zh")?,
        en: if english || o.get("en").is_some() { tpl("en")? } else { Template::EMPTY },
    })
}

fn check_args(b: &Bilingual, allowed: &[&str], path: &str) -> Result<()> {
    for a in b.args() {
        if !allowed.contains(&a) {
            return Err(invalid(
                path,
                format!("文本使用了未定义的占位符 {{{a}}}；可用：{}", allowed.join(", ")),
                format!("the text uses the undefined placeholder {{{a}}}; available: {}", allowed.join(", ")),
            ));
        }
    }
    Ok(())
}

/// Resolve `"extends": "<id>"`: the named rule set's data (without its cases) with
/// this one merged over it. Lets a revised rule set or a portal's new round reuse
/// texts and parameters and state only what changes. The result is a fresh value with
/// every `null` read as "not set" (merge-patch rules), built in one pass over the chain:
/// each ancestor, then the rule set, merged into an empty object (copying each layer
/// once; merging into copies of copies made the engine's start 0.6 ms slower natively).
pub fn resolve_extends(sources: &[Value], v: &Value, path: &str) -> Result<Value> {
    fn id(s: &Value) -> Option<&str> {
        s.get("id").and_then(Value::as_str)
    }
    // The chain, the rule set first, then its parent, grandparent, … (at most 7 ancestors).
    let mut chain: Vec<&Value> = vec![v];
    let mut current = v;
    while let Some(parent_id) = current.get("extends").and_then(Value::as_str) {
        let ancestors = chain.get(1..).unwrap_or_default();
        if ancestors.iter().any(|a| id(a) == Some(parent_id)) || ancestors.len() == 7 {
            return Err(invalid(&join(path, "extends"), "extends 形成循环或层级过深", "extends forms a cycle or is nested too deeply"));
        }
        let Some(parent) = sources.iter().find(|s| id(s) == Some(parent_id)) else {
            return Err(invalid(
                &join(path, "extends"),
                format!("extends 指向的规则集 {parent_id} 不存在"),
                format!("extends names {parent_id}, which does not exist"),
            ));
        };
        chain.push(parent);
        current = parent;
    }
    let mut merged = Value::Object(Map::new());
    for (depth, layer) in chain.iter().enumerate().rev() {
        // An ancestor gives neither its cases nor its identity: the rule set's own come
        // from itself alone.
        let skip: &[&str] = if depth == 0 {
            &["extends"]
        } else {
            &["cases", "extends", "id", "effective_from", "effective_to", "title_zh", "title_en", "version", "source_quality", "comment"]
        };
        if let (Value::Object(into), Value::Object(from)) = (&mut merged, layer) {
            for (k, val) in from.iter().filter(|(k, _)| !skip.contains(&k.as_str())) {
                merge_key(into, k, val);
            }
        }
    }
    Ok(merged)
}

/// Shared texts (`policies/common.json`) that every rule set inherits unless it overrides them.
pub fn apply_common(rule_set: &mut Value, common: &Value) {
    if let (Value::Object(rs), Value::Object(c)) = (rule_set, common) {
        for section in ["checks", "hints"] {
            if let Some(Value::Object(common_section)) = c.get(section) {
                if !rs.contains_key(section) {
                    rs.insert(section.to_string(), Value::Object(Map::new()));
                }
                if let Some(Value::Object(target)) = rs.get_mut(section) {
                    for (k, v) in common_section.iter() {
                        if !target.contains_key(k) {
                            target.insert(k.to_string(), v.clone());
                        }
                    }
                }
            }
        }
    }
}

impl RuleSet {
    /// Build and validate a rule set from its JSON data (common texts already applied).
    /// `english`: whether the engine has its English texts ([`read_bilingual`]).
    pub fn from_value(v: &Value, path: &str, english: bool) -> Result<RuleSet> {
        let o = Obj::new(v, path)?;
        o.allow_only(&[
            "id",
            "programme",
            "logic",
            "version",
            "title_zh",
            "title_en",
            "source_quality",
            "effective_from",
            "effective_to",
            "scope_regions",
            "documents",
            "citations",
            "parameters",
            "checks",
            "explanations",
            "hints",
            "notes",
            "assumptions",
            "cases",
            "comment",
            "extends",
        ])?;
        let id = o.req_str("id")?.to_string();
        if id.is_empty() || id.len() > 80 || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            return Err(invalid(
                &o.field_path("id"),
                "规则集 id 只能由小写字母、数字和连字符组成",
                "a rule set id is lowercase letters, digits and hyphens",
            ));
        }
        let programme = crate::data::read_enum(o.req_str("programme")?, &o.field_path("programme"), Programme::NAMES)?;
        let logic = crate::data::read_enum(o.req_str("logic")?, &o.field_path("logic"), LogicKind::NAMES)?;
        if logic.programme() != programme {
            return Err(invalid(
                &o.field_path("logic"),
                format!("逻辑 {} 不属于政策 {}", logic.as_str(), programme.as_str()),
                format!("logic {} does not belong to programme {}", logic.as_str(), programme.as_str()),
            ));
        }
        let effective_from = Date::read(o.required("effective_from")?, &o.field_path("effective_from"))?;
        let effective_to = o
            .get("effective_to")
            .map(|v| Date::read(v, &o.field_path("effective_to")))
            .transpose()?;
        if effective_to.is_some_and(|to| to < effective_from) {
            return Err(invalid(
                &o.field_path("effective_to"),
                "失效日期早于生效日期",
                "effective_to is before effective_from",
            ));
        }
        let source_quality =
            crate::data::read_enum(o.req_str("source_quality")?, &o.field_path("source_quality"), SourceQuality::NAMES)?;
        let mut scope_regions = Vec::new();
        for (i, r) in o.opt_array("scope_regions")?.into_iter().flatten().enumerate() {
            let p = index(&o.field_path("scope_regions"), i);
            match r {
                Value::String(s) if !s.is_empty() && s.len() <= 6 && s.bytes().all(|b| b.is_ascii_digit()) => {
                    scope_regions.push(s.to_string())
                }
                _ => return Err(invalid(&p, "地区范围应为行政区划代码前缀，如 41、4107", "scope regions are code prefixes such as 41 or 4107")),
            }
        }

        // Documents.
        let docs_obj = o
            .opt_obj("documents")?
            .ok_or_else(|| invalid(&o.field_path("documents"), "缺少文件列表", "documents are required"))?;
        let mut documents = Vec::new();
        for (key, dv) in docs_obj.map.iter() {
            let dp = join(&docs_obj.path, key);
            let d = Obj::new(dv, &dp)?;
            d.allow_only(&["number", "title_zh", "issuer_zh", "date", "source", "url"])?;
            documents.push(Document {
                key: key.to_string(),
                number: d.req_str("number")?.to_string(),
                title_zh: d.req_str("title_zh")?.to_string(),
                issuer_zh: d.opt_str("issuer_zh")?.unwrap_or_default().to_string(),
                date: d.opt_str("date")?.unwrap_or_default().to_string(),
                source: d.opt_str("source")?.unwrap_or_default().to_string(),
                url: d.opt_str("url")?.unwrap_or_default().to_string(),
            });
        }
        if documents.is_empty() {
            return Err(invalid(&docs_obj.path, "至少需要一份政策文件", "at least one document is required"));
        }

        // Citations: every one names a document of this rule set, a clause and a source.
        let cit_obj = o
            .opt_obj("citations")?
            .ok_or_else(|| invalid(&o.field_path("citations"), "缺少条款引用", "citations are required"))?;
        let mut citations = Vec::new();
        for (key, cv) in cit_obj.map.iter() {
            let cp = join(&cit_obj.path, key);
            let c = Obj::new(cv, &cp)?;
            c.allow_only(&["document", "clause", "source", "quote", "url"])?;
            let doc_key = c.req_str("document")?;
            let Some(doc) = documents.iter().find(|d| d.key == doc_key) else {
                return Err(invalid(
                    &c.field_path("document"),
                    format!("引用的文件 {doc_key} 不在 documents 中"),
                    format!("the cited document {doc_key} is not among the documents"),
                ));
            };
            let clause = c.req_str("clause")?;
            let source = c.req_str("source")?;
            if clause.trim().is_empty() || source.trim().is_empty() {
                return Err(invalid(&cp, "引用须写明条款和出处", "a citation needs a clause and a source"));
            }
            citations.push(Citation {
                key: key.to_string(),
                document: doc.number.clone(),
                clause: clause.to_string(),
                source: source.to_string(),
                quote: c.opt_str("quote")?.unwrap_or_default().to_string(),
                url: c.opt_str("url")?.unwrap_or_default().to_string(),
            });
        }
        // Only documents a citation names are the rule set's sources (an extended rule
        // set may inherit documents it no longer cites).
        documents.retain(|d| citations.iter().any(|c| c.document == d.number));
        let citation_index = |key: &str, at: &str| -> Result<usize> {
            citations.iter().position(|c| c.key == key).ok_or_else(|| {
                invalid(
                    at,
                    format!("引用 {key} 未在 citations 中定义"),
                    format!("citation {key} is not defined in citations"),
                )
            })
        };
        citation_index("validity", &cit_obj.path)?;

        let params_value = o.required("parameters")?;
        let params = programmes::parse_params(logic, params_value, &o.field_path("parameters"))?;
        let texts = read_texts(&o, logic, &params, &citation_index, english)?;

        let mut notes = Vec::new();
        for (i, nv) in o.opt_array("notes")?.into_iter().flatten().enumerate() {
            let np = index(&o.field_path("notes"), i);
            let n = read_bilingual(nv, &np, english)?;
            check_args(&n, &[], &np)?;
            notes.push(n);
        }

        let mut assumptions = Vec::new();
        for (i, av) in o.opt_array("assumptions")?.into_iter().flatten().enumerate() {
            let ap = index(&o.field_path("assumptions"), i);
            let a = Obj::new(av, &ap)?;
            a.allow_only(&["id", "zh", "en"])?;
            let id = a.req_str("id")?;
            if id.is_empty() || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_') {
                return Err(invalid(&a.field_path("id"), "假设的 id 只能由小写字母、数字和下划线组成", "an assumption id is lowercase letters, digits and underscores"));
            }
            let text = read_bilingual(av, &ap, english)?;
            check_args(&text, &[], &ap)?;
            assumptions.push((id.to_string(), text));
        }

        let raw_parameters = params_value.clone();

        let document_numbers = documents.iter().map(|d| d.number.clone()).collect();
        Ok(RuleSet {
            id,
            programme,
            logic,
            version: o.opt_str("version")?.unwrap_or_default().to_string(),
            title_zh: o.req_str("title_zh")?.to_string(),
            title_en: o.req_str("title_en")?.to_string(),
            source_quality,
            effective_from,
            effective_to,
            scope_regions,
            documents,
            citations,
            texts,
            notes,
            assumptions,
            params,
            raw_parameters,
            document_numbers,
        })
    }

    /// The rule set for `policies`: identity, period, documents, citations with their
    /// quotes, notes, parameters.
    pub fn summary(&self) -> RuleSetSummary<'_> {
        RuleSetSummary { rs: self }
    }
}

/// Read a rule set's check, explanation and hint texts into the places of their
/// variants in `crate::rules`: every text it gives must be one its logic can emit, with
/// a citation and only the placeholders the code fills; every text its parameters make
/// the logic use must be there; a failing message needs a hint.
fn read_texts(o: &Obj<'_>, logic: LogicKind, params: &Params, citation_index: &dyn Fn(&str, &str) -> Result<usize>, english: bool) -> Result<Texts> {
    use crate::rules::{common, Outcome as O};
    let (msg_specs, explain_specs, hint_specs) =
        crate::rules::specs_for(logic.as_str()).ok_or_else(|| invalid(&o.field_path("logic"), "未知逻辑", "unknown logic"))?;
    let mut texts = Texts {
        messages: vec![None; msg_specs.len()],
        common: vec![None; common::Msg::SPECS.len()],
        explanations: vec![None; explain_specs.len()],
        hints: vec![None; hint_specs.len()],
        common_hints: vec![None; common::Hint::SPECS.len()],
    };
    let checks_obj = o
        .opt_obj("checks")?
        .ok_or_else(|| invalid(&o.field_path("checks"), "缺少检查项文本", "check texts are required"))?;
    for (id, cv) in checks_obj.map.iter() {
        let cp = join(&checks_obj.path, id);
        let own = msg_specs.iter().any(|m| m.check == id);
        if !own && !common::Msg::SPECS.iter().any(|m| m.check == id) {
            return Err(invalid(&cp, format!("逻辑 {} 没有检查项 {id}", logic.as_str()), format!("logic {} has no check {id}", logic.as_str())));
        }
        let c = Obj::new(cv, &cp)?;
        c.allow_only(&["citation", "messages"])?;
        let check_citation = citation_index(c.req_str("citation")?, &c.field_path("citation"))?;
        let msgs = c.opt_obj("messages")?.ok_or_else(|| invalid(&c.field_path("messages"), "缺少文本", "messages are required"))?;
        for (mk, mv) in msgs.map.iter() {
            let mp = join(&msgs.path, mk);
            let (specs, slots) = if own { (msg_specs, &mut texts.messages) } else { (common::Msg::SPECS, &mut texts.common) };
            let Some(index) = specs.iter().position(|m| m.check == id && m.key == mk) else {
                return Err(invalid(&mp, format!("检查项 {id} 没有 {mk} 这种结果"), format!("check {id} has no message {mk}")));
            };
            let spec = specs.get(index).ok_or_else(|| invalid(&mp, "内部错误", "internal error"))?;
            let m = Obj::new(mv, &mp)?;
            m.allow_only(&["zh", "en", "hint", "citation"])?;
            let text = read_bilingual(mv, &mp, english)?;
            check_args(&text, spec.args, &mp)?;
            let citation = match m.opt_str("citation")? {
                Some(k) => citation_index(k, &m.field_path("citation"))?,
                None => check_citation,
            };
            let hint = m.get("hint").map(|h| read_bilingual(h, &m.field_path("hint"), english)).transpose()?;
            if let Some(h) = &hint {
                check_args(h, spec.args, &m.field_path("hint"))?;
            } else if spec.outcome == O::Fail {
                return Err(invalid(
                    &mp,
                    format!("检查项 {id} 的不符合情形 {mk} 须附提示（hint）：说明怎样才能符合"),
                    format!("check {id}: the failing message {mk} needs a hint saying what would change it"),
                ));
            }
            if let Some(slot) = slots.get_mut(index) {
                *slot = Some(MessageTexts { text, hint, citation });
            }
        }
    }
    for (spec, slot) in msg_specs.iter().zip(&texts.messages).chain(common::Msg::SPECS.iter().zip(&texts.common)) {
        if slot.is_none() && programmes::needed(spec.needed, params) {
            return Err(invalid(
                &format!("{}.{}.messages.{}", checks_obj.path, spec.check, spec.key),
                format!("缺少检查项 {} 的 {} 文本和引用", spec.check, spec.key),
                format!("check {} needs its text and citation for {}", spec.check, spec.key),
            ));
        }
    }

    let expl_path = o.field_path("explanations");
    if let Some(eo) = o.opt_obj("explanations")? {
        for (key, ev) in eo.map.iter() {
            let ep = join(&eo.path, key);
            let Some(index) = explain_specs.iter().position(|s| s.key == key) else {
                return Err(invalid(&ep, format!("逻辑没有说明项 {key}"), format!("the logic has no explanation {key}")));
            };
            let e = Obj::new(ev, &ep)?;
            e.allow_only(&["citation", "zh", "en"])?;
            let citation = citation_index(e.req_str("citation")?, &e.field_path("citation"))?;
            let text = read_bilingual(ev, &ep, english)?;
            check_args(&text, explain_specs.get(index).map_or(&[][..], |s| s.args), &ep)?;
            if let Some(slot) = texts.explanations.get_mut(index) {
                *slot = Some(ExplainTexts { citation, text });
            }
        }
    }
    for (spec, slot) in explain_specs.iter().zip(&texts.explanations) {
        if slot.is_none() && programmes::needed(spec.needed, params) {
            return Err(invalid(
                &join(&expl_path, spec.key),
                format!("缺少说明项 {} （数字 {} 的出处）", spec.key, spec.figure),
                format!("explanation {} (where figure {} comes from) is missing", spec.key, spec.figure),
            ));
        }
    }

    let hints_path = o.field_path("hints");
    if let Some(ho) = o.opt_obj("hints")? {
        for (key, hv) in ho.map.iter() {
            let hp = join(&ho.path, key);
            let text = read_bilingual(hv, &hp, english)?;
            if let Some(index) = hint_specs.iter().position(|s| s.key == key) {
                check_args(&text, hint_specs.get(index).map_or(&[][..], |s| s.args), &hp)?;
                if let Some(slot) = texts.hints.get_mut(index) {
                    *slot = Some(text);
                }
            } else if let Some(index) = common::Hint::SPECS.iter().position(|s| s.key == key) {
                check_args(&text, common::Hint::SPECS.get(index).map_or(&[][..], |s| s.args), &hp)?;
                if let Some(slot) = texts.common_hints.get_mut(index) {
                    *slot = Some(text);
                }
            } else {
                return Err(invalid(&hp, format!("逻辑没有提示 {key}"), format!("the logic has no hint {key}")));
            }
        }
    }
    for (spec, slot) in hint_specs.iter().zip(&texts.hints).chain(common::Hint::SPECS.iter().zip(&texts.common_hints)) {
        if slot.is_none() && programmes::needed(spec.needed, params) {
            return Err(invalid(&join(&hints_path, spec.key), format!("缺少提示 {}", spec.key), format!("hint {} is missing", spec.key)));
        }
    }
    Ok(texts)
}

/// A rule set as `policies` lists it.
pub struct RuleSetSummary<'a> {
    rs: &'a RuleSet,
}

impl serde::Serialize for RuleSetSummary<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeStruct};
        struct Documents<'d>(&'d [Document]);
        impl serde::Serialize for Documents<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                s.collect_seq(self.0.iter().map(|d| {
                    let mut m = serde_json::Map::new();
                    m.insert("number".into(), d.number.clone().into());
                    m.insert("title_zh".into(), d.title_zh.clone().into());
                    for (k, v) in [("issuer_zh", &d.issuer_zh), ("date", &d.date), ("source", &d.source), ("url", &d.url)] {
                        if !v.is_empty() {
                            m.insert(k.into(), v.clone().into());
                        }
                    }
                    m
                }))
            }
        }
        struct Quoted<'c>(&'c Citation);
        impl serde::Serialize for Quoted<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                crate::response::serialize_citation(self.0, true, s)
            }
        }
        struct Citations<'c>(&'c [Citation]);
        impl serde::Serialize for Citations<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                let mut m = s.serialize_map(Some(self.0.len()))?;
                for c in self.0 {
                    m.serialize_entry(&c.key, &Quoted(c))?;
                }
                m.end()
            }
        }
        let rs = self.rs;
        let notes: Vec<crate::response::Text> = rs
            .notes
            .iter()
            .map(|n| crate::response::Text { message_zh: Some(n.zh.raw().to_string()), message_en: n.english().map(|t| t.raw().to_string()) })
            .collect();
        let mut st = s.serialize_struct("RuleSet", 15)?;
        st.serialize_field("id", &rs.id)?;
        st.serialize_field("programme", &rs.programme)?;
        st.serialize_field("logic", rs.logic.as_str())?;
        st.serialize_field("version", &rs.version)?;
        st.serialize_field("title_zh", &rs.title_zh)?;
        st.serialize_field("title_en", &rs.title_en)?;
        st.serialize_field("source_quality", &rs.source_quality)?;
        st.serialize_field("effective_from", &rs.effective_from)?;
        st.serialize_field("effective_to", &rs.effective_to)?;
        st.serialize_field("scope_regions", &rs.scope_regions)?;
        st.serialize_field("documents", &Documents(&rs.documents))?;
        st.serialize_field("citations", &Citations(&rs.citations))?;
        st.serialize_field("notes", &notes)?;
        st.serialize_field("parameters", &rs.raw_parameters)?;
        st.end()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn extends_merges_the_chain_without_nulls_cases_or_the_parents_identity() {
        let sources = vec![
            json!({"id": "a", "title_zh": "甲", "cases": [1], "parameters": {"x": 1, "y": 2, "z": null}, "notes": ["a"]}),
            json!({"id": "b", "extends": "a", "version": "2", "parameters": {"y": null, "w": 3}}),
            json!({"id": "c", "extends": "b", "cases": [2], "parameters": {"x": 9}}),
        ];
        let c = resolve_extends(&sources, &sources[2], "rule_set(c)").unwrap();
        assert_eq!(c, json!({"notes": ["a"], "parameters": {"x": 9, "w": 3}, "id": "c", "cases": [2]}));
        // Without `extends`: the rule set itself, nulls left out.
        assert_eq!(resolve_extends(&sources, &sources[0], "").unwrap(), json!({"id": "a", "title_zh": "甲", "cases": [1], "parameters": {"x": 1, "y": 2}, "notes": ["a"]}));
    }

    #[test]
    fn extends_refuses_cycles_depth_and_unknown_parents() {
        let err = |sources: &[Value], at: usize| resolve_extends(sources, &sources[at], "rs").unwrap_err();
        let own = [json!({"id": "a", "extends": "a"})];
        assert!(err(&own, 0).message_en.contains("cycle"));
        let pair = [json!({"id": "a", "extends": "b"}), json!({"id": "b", "extends": "a"})];
        assert!(err(&pair, 0).message_en.contains("cycle"));
        let unknown = [json!({"id": "a", "extends": "nope"})];
        assert_eq!(err(&unknown, 0).field, "rs.extends");
        assert!(err(&unknown, 0).message_en.contains("nope"));
        // Seven ancestors are read; an eighth is refused.
        let chain = |n: usize| (0..=n).map(|i| if i == n { json!({"id": format!("r{i}")}) } else { json!({"id": format!("r{i}"), "extends": format!("r{}", i + 1)}) }).collect::<Vec<_>>();
        assert!(resolve_extends(&chain(7), &chain(7)[0], "rs").is_ok());
        assert!(err(&chain(8), 0).message_en.contains("nested too deeply"));
    }
}
