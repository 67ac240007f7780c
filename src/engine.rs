//! The engine: compiled-in policy data, optionally overridden by a portal, and the
//! three operations every door offers (evaluate, schedule, policies).

use crate::data::{index, parse_document, Obj};
use crate::error::{Error, ErrorCode, Result};
use crate::money::DecimalOps;
use crate::policy::{apply_common, deep_merge, resolve_extends, RuleSet};
use crate::programmes::{self, Builder, Ctx};
use crate::rates::{BenchmarkTable, LprRow, LprTable};
use crate::region::Regions;
use crate::request::{ApplicantKind, EvaluateRequest, EvaluateRequestIn, Programme};
use crate::response::{ProgrammeResult, Response, SizeOut, Status};
use crate::schedule::{compute, Schedule, ScheduleRequest};
use crate::size::{SizeAssessment, SizeFacts, SizeTable};
use crate::text::Arg;
use serde_json::Value;
use std::borrow::Cow;
use std::cmp::Ordering;

pub const ENGINE: &str = concat!("huiqi ", env!("CARGO_PKG_VERSION"));

/// The policy data without its English texts, and those texts (`crate::english`): the
/// element's wasm is built without them (`--no-default-features`) and gets them from
/// `pkg/huiqi-en.js` when a page asks for English.
const BUNDLE: &str = include_str!(concat!(env!("OUT_DIR"), "/policies.json"));
#[cfg(feature = "english")]
const BUILTIN_ENGLISH: Option<&str> = Some(include_str!(concat!(env!("OUT_DIR"), "/policies-en.json")));
#[cfg(not(feature = "english"))]
const BUILTIN_ENGLISH: Option<&str> = None;
const LPR_CSV: &str = include_str!("../policies/reference/lpr.csv");
const BENCHMARK_CSV: &str = include_str!("../policies/reference/benchmark-rates.csv");
const REGIONS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/regions.json"));

#[derive(Debug, Clone)]
pub struct Engine {
    rule_sets: Vec<RuleSet>,
    /// The rule sets' data before common texts were applied, to merge overrides into.
    sources: Vec<Value>,
    common: Value,
    sizes: SizeTable,
    lpr: LprTable,
    benchmark: BenchmarkTable,
    regions: Regions,
    /// Whether the policy texts are here in English too (`crate::english`); without
    /// them, requests for English texts are refused (`english_not_loaded`).
    english: bool,
}

/// Refused by an engine made without its English texts (the element's wasm on a
/// Chinese page): `when_zh` (a prefix, or empty) and `why_en` say what needed them.
fn english_not_loaded(field: &str, when_zh: &str, why_en: &str) -> Error {
    Error::new(
        ErrorCode::EnglishNotLoaded,
        field,
        format!("{when_zh}须先加载英文文本：本引擎只有中文文本。请求中文答案请设 \"lang\": \"zh-CN\"；需要英文时先调用 loadEnglish()（init() 默认已加载）"),
        format!("{why_en}, but this engine has its texts in Chinese only: set \"lang\": \"zh-CN\", or call loadEnglish() first (init() loads it unless told not to)"),
    )
}

fn internal(what: impl Into<String>) -> Error {
    let what = what.into();
    Error::new(ErrorCode::InvalidOverride, "", format!("内置政策数据有误：{what}"), format!("built-in policy data: {what}"))
}

impl Engine {
    /// The engine with the compiled-in policy data, in Chinese and English (Chinese only
    /// in a build without the `english` feature: see [`Engine::builtin_with_english`]).
    pub fn builtin() -> Result<Engine> {
        Engine::load(BUILTIN_ENGLISH)
    }

    /// The compiled-in policy data with the English texts given as JSON (`pkg/huiqi-en.js`,
    /// `$OUT_DIR/policies-en.json`): for the element's wasm, built without them. Texts
    /// from another build are refused.
    pub fn builtin_with_english(english: &str) -> Result<Engine> {
        Engine::load(Some(english))
    }

    /// The compiled-in policy data in Chinese only, as the element's wasm has it.
    pub fn chinese_only() -> Result<Engine> {
        Engine::load(None)
    }

    /// Whether this engine has the policy texts in English.
    pub fn has_english(&self) -> bool {
        self.english
    }

    #[inline(never)]
    fn load(english: Option<&str>) -> Result<Engine> {
        let mut bundle: Value = serde_json::from_str(BUNDLE).map_err(|e| internal(e.to_string()))?;
        if let Some(text) = english {
            let bad = |what: String| {
                Error::new(
                    ErrorCode::InvalidValue,
                    "english",
                    format!("英文文本与本引擎的政策数据不符（{what}）"),
                    format!("the English texts do not belong to this engine's policy data ({what})"),
                )
            };
            let texts: serde_json::Map<String, Value> = serde_json::from_str(text).map_err(|e| bad(e.to_string()))?;
            crate::english::restore(&mut bundle, &texts).map_err(bad)?;
        }
        let common = bundle.get_mut("common").map(Value::take).unwrap_or(Value::Null);
        let sources = match bundle.get_mut("rule_sets").map(Value::take) {
            Some(Value::Array(a)) => a,
            _ => return Err(internal("no rule sets")),
        };
        let size_value = bundle.get("enterprise_size").ok_or_else(|| internal("no size table"))?;
        let sizes = SizeTable::from_value(size_value)?;
        Engine::assemble(
            sources,
            common,
            sizes,
            LprTable::parse_csv(LPR_CSV, "policies/reference/lpr.csv")?,
            BenchmarkTable::parse_csv(BENCHMARK_CSV, "policies/reference/benchmark-rates.csv")?,
            Regions::parse_json(REGIONS_JSON)?,
            english.is_some(),
        )
    }

    fn assemble(
        sources: Vec<Value>,
        common: Value,
        sizes: SizeTable,
        lpr: LprTable,
        benchmark: BenchmarkTable,
        regions: Regions,
        english: bool,
    ) -> Result<Engine> {
        let mut rule_sets = Vec::with_capacity(sources.len());
        for (i, src) in sources.iter().enumerate() {
            // Name a rule set by its id: an index would be its place in the merged list,
            // which means nothing to the author of an override.
            let label = match src.get("id") {
                Some(Value::String(id)) => format!("rule_set({id})"),
                _ => index("rule_sets", i),
            };
            // Resolve `extends`, and read `null` as "not set" throughout (merge-patch rules).
            let mut v = resolve_extends(&sources, src, &label)?;
            apply_common(&mut v, &common);
            let rs = RuleSet::from_value(&v, &label, english)?;
            // A region a rule set names must exist: a typo would silently match no one.
            for (what, prefixes) in [("scope_regions", &rs.scope_regions[..]), ("parameters.eligible_regions", rs.params.region_prefixes())] {
                if let Some(bad) = prefixes.iter().find(|p| !regions.has_prefix(p)) {
                    return Err(Error::new(
                        ErrorCode::InvalidOverride,
                        format!("{label}.{what}"),
                        format!("地区代码 {bad} 不对应任何已知的行政区划（GB/T 2260）"),
                        format!("the region code {bad} matches no known region (GB/T 2260)"),
                    ));
                }
            }
            if rule_sets.iter().any(|r: &RuleSet| r.id == rs.id) {
                return Err(Error::new(
                    ErrorCode::InvalidOverride,
                    label,
                    format!("规则集 id {} 重复", rs.id),
                    format!("rule set id {} appears twice", rs.id),
                ));
            }
            rule_sets.push(rs);
        }
        for p in Programme::ALL {
            if !rule_sets.iter().any(|r| r.programme == *p) {
                return Err(Error::new(
                    ErrorCode::InvalidOverride,
                    "rule_sets",
                    format!("政策 {} 没有任何规则集", p.as_str()),
                    format!("programme {} has no rule set", p.as_str()),
                ));
            }
        }
        Ok(Engine {
            rule_sets,
            sources,
            common,
            sizes,
            lpr,
            benchmark,
            regions,
            english,
        })
    }

    pub fn rule_sets(&self) -> &[RuleSet] {
        &self.rule_sets
    }

    pub fn rule_set(&self, id: &str) -> Option<&RuleSet> {
        self.rule_sets.iter().find(|r| r.id == id)
    }

    pub fn sizes(&self) -> &SizeTable {
        &self.sizes
    }

    pub fn lpr(&self) -> &LprTable {
        &self.lpr
    }

    pub fn regions(&self) -> &Regions {
        &self.regions
    }

    /// A new engine with a portal's override applied; `self` is untouched, and a bad
    /// override is refused whole (never half-applied).
    ///
    /// The override is `{"rule_sets": [...], "lpr": [...]}`, or one rule set object, or
    /// an array of them. A rule set with a known `id` is merged into it (objects key by
    /// key, other values replaced); a new `id` must be complete. Rule sets that carry
    /// `cases` are checked against them before the override is accepted.
    pub fn with_override(&self, text: &str) -> Result<Engine> {
        let v = parse_document(text).map_err(|e| override_error(e, ""))?;
        self.with_override_value(&v)
    }

    #[inline(never)]
    pub fn with_override_value(&self, v: &Value) -> Result<Engine> {
        // An override's own cases may look for a hint in either language, so they run
        // with both: an engine without English would accept what another refuses.
        if !self.english {
            return Err(english_not_loaded("", "应用覆盖数据前", "an override is checked in both languages"));
        }
        let (rule_sets, lpr_rows): (Vec<&Value>, Option<&Value>) = match v {
            Value::Array(items) => (items.iter().collect(), None),
            Value::Object(m) if m.contains_key("id") => (vec![v], None),
            Value::Object(_) => {
                let o = Obj::new(v, "")?;
                o.allow_only(&["rule_sets", "lpr", "comment"]).map_err(|e| override_error(e, ""))?;
                let list = o.opt_array("rule_sets").map_err(|e| override_error(e, ""))?;
                (list.map(|a| a.iter().collect()).unwrap_or_default(), o.get("lpr"))
            }
            other => {
                let mut e = crate::data::wrong_type("(root)", "object", other);
                e.field = String::new();
                return Err(override_error(e, ""));
            }
        };
        if rule_sets.is_empty() && lpr_rows.is_none() {
            return Err(override_error(Error::new(
                ErrorCode::InvalidOverride,
                "",
                "覆盖数据为空：请提供 rule_sets 或 lpr",
                "the override is empty: give rule_sets or lpr",
            ), ""));
        }
        let mut sources = self.sources.clone();
        let mut with_cases: Vec<(String, &Value)> = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        for (i, patch) in rule_sets.iter().enumerate() {
            let path = index("rule_sets", i);
            if !patch.is_object() {
                return Err(override_error(crate::data::wrong_type(&path, "object", patch), ""));
            }
            let id = match patch.get("id") {
                Some(Value::String(s)) => s.to_string(),
                _ => return Err(override_error(Error::missing("id"), &path)),
            };
            if seen.contains(&id) {
                return Err(override_error(Error::new(
                    ErrorCode::InvalidOverride,
                    format!("{path}.id"),
                    format!("规则集 {id} 在覆盖数据中出现两次"),
                    format!("the rule set {id} appears twice in the override"),
                ), ""));
            }
            seen.push(id.clone());
            let is_new = !self.sources.iter().any(|s| s.get("id").and_then(Value::as_str) == Some(id.as_str()));
            let has_cases = patch.get("cases").and_then(Value::as_array).is_some_and(|c| !c.is_empty());
            if is_new && !has_cases {
                return Err(override_error(Error::new(
                    ErrorCode::InvalidOverride,
                    format!("{path}.cases"),
                    format!("新规则集 {id} 须附带自己的测试用例（cases），说明它应当给出的答案"),
                    format!("the new rule set {id} needs its own cases, saying what it should answer"),
                ), ""));
            }
            if let Some(cases) = patch.get("cases") {
                with_cases.push((id.clone(), cases));
            }
            match sources.iter_mut().find(|s| s.get("id").and_then(Value::as_str) == Some(id.as_str())) {
                Some(existing) => deep_merge(existing, patch),
                None => sources.push((*patch).clone()),
            }
        }
        for s in &mut sources {
            if let Value::Object(m) = s {
                m.shift_remove("cases");
            }
        }
        let mut lpr = self.lpr.clone();
        if let Some(rows) = lpr_rows {
            lpr.merge(parse_lpr_rows(rows)?).map_err(|e| override_error(e, "lpr"))?;
        }
        let engine = Engine::assemble(sources, self.common.clone(), self.sizes.clone(), lpr, self.benchmark.clone(), self.regions.clone(), self.english)
            .map_err(|e| override_error(e, ""))?;
        for (id, cases) in with_cases {
            let failures = crate::cases::run_cases(&engine, &id, cases);
            if let Some(f) = failures.first() {
                return Err(Error::new(
                    ErrorCode::InvalidOverride,
                    format!("rule_set({id}).cases"),
                    format!("覆盖数据自带的测试用例未通过（{}）：{}；覆盖未生效", f.case, f.problem),
                    format!("the override's own test case {} fails: {}; nothing was applied", f.case, f.problem),
                ));
            }
        }
        Ok(engine)
    }

    /// Evaluate a request given as JSON text; the response as JSON text.
    #[inline(never)]
    pub fn evaluate_json(&self, text: &str) -> Result<String> {
        self.answer_json(text, |response| response.to_json())
    }

    /// [`Engine::evaluate_json`] appending the response to `out`, a buffer the caller
    /// reuses (`huiqi evaluate --batch`): no new 20 KB `String` per answer; 5–7% less CPU
    /// on the four-programme batch (2026-11-30).
    pub fn evaluate_json_into(&self, text: &str, out: &mut Vec<u8>) -> Result<()> {
        self.answer_json(text, |response| response.write_json(out))
    }

    /// The JSON door's one sequence: read the request, evaluate, refuse an overflowed
    /// figure, then `write` the response.
    fn answer_json<T>(&self, text: &str, write: impl FnOnce(&Response<'_>) -> T) -> Result<T> {
        let req = self.parse_request(text)?;
        let response = self.evaluate(&req);
        response.exact()?;
        Ok(write(&response))
    }

    /// The request from its JSON text, with its region and industry looked up.
    pub fn parse_request(&self, text: &str) -> Result<EvaluateRequest> {
        self.resolve_request(crate::wire::from_text(text)?)
    }

    /// A request as read from JSON (or built as it would be), with its region and
    /// industry looked up and the checks that span fields applied: what
    /// [`Engine::parse_request`] does after reading the text. An engine without its
    /// English texts refuses a request for them here.
    pub fn resolve_request(&self, request: EvaluateRequestIn) -> Result<EvaluateRequest> {
        let req = EvaluateRequest::resolve(request, &self.regions, &self.sizes)?;
        if programmes::texts_for(&req).en && !self.english {
            return Err(english_not_loaded("lang", "", "English texts were asked for"));
        }
        Ok(req)
    }

    pub fn evaluate<'a>(&'a self, req: &'a EvaluateRequest) -> Response<'a> {
        self.evaluate_with_texts(req, programmes::texts_for(req))
    }

    /// `evaluate`, rendering the texts asked for here instead of those the request names
    /// (list screening asks for `Texts::FIRST_HINT_ZH`: the decision and the main hint).
    pub fn evaluate_with_texts<'a>(&'a self, req: &'a EvaluateRequest, texts: crate::response::Texts) -> Response<'a> {
        let a = &req.applicant;
        let size = if a.kind == ApplicantKind::Person {
            SizeAssessment::not_applicable()
        } else {
            self.sizes.classify(
                a.industry,
                SizeFacts {
                    employees: a.employees,
                    revenue: a.revenue,
                    total_assets: a.total_assets,
                },
            )
        };
        let ctx = Ctx {
            req,
            texts,
            size: &size,
            sizes: &self.sizes,
            lpr: &self.lpr,
            benchmark: &self.benchmark,
            regions: &self.regions,
        };
        let results = req.programmes.iter().filter_map(|p| self.evaluate_programme(&ctx, *p)).collect();
        Response {
            as_of: req.as_of,
            engine: ENGINE,
            region: req.region.clone(),
            size: SizeOut {
                assessment: size,
                document: &self.sizes.document,
                industry: a.industry.and_then(|i| self.sizes.industry(i)).map(|i| i.key.as_str()),
            },
            results,
        }
    }

    fn evaluate_programme<'a>(&'a self, ctx: &Ctx<'a, '_>, programme: Programme) -> Option<ProgrammeResult<'a>> {
        let req = ctx.req;
        let region = &req.region;
        let in_scope = || {
            self.rule_sets
                .iter()
                .filter(move |r| r.programme == programme && r.in_scope(region))
        };
        // Rule sets for a city or county inside the province or city the request gives:
        // they may apply, and the answer says so instead of assuming they do not.
        let maybe: Vec<(&'a RuleSet, &'a str)> = self
            .rule_sets
            .iter()
            .filter(|r| r.programme == programme && !r.in_scope(region) && r.in_force(req.as_of))
            .filter_map(|r| r.scope_regions.iter().find(|p| region.may_be_within(p)).map(|p| (r, p.as_str())))
            .collect();
        if in_scope().next().is_none() && maybe.is_empty() {
            // No rule set reaches this region (possible only with portal data).
            let rs = self.rule_sets.iter().find(|r| r.programme == programme)?;
            let mut b: Builder<'_, programmes::NoLogic> = Builder::new(rs, ctx.texts());
            b.check(
                crate::rules::common::Msg::RegionScopeOutside,
                [
                    ("title", Arg::Words(Cow::Borrowed(&rs.title_zh), Cow::Borrowed(&rs.title_en))),
                    ("region", Arg::Words(Cow::Borrowed(&req.region.name_zh), Cow::Borrowed(&req.region.name_en))),
                ],);
            if let Some(p) = rs.scope_regions.first() {
                b.change(crate::response::Change::Within("region", p.clone()));
            }
            return Some(b.finish());
        }
        // Those known to apply, then those that may (one call site: the logics are large).
        let known: Vec<&'a RuleSet> = in_scope().filter(|r| r.in_force(req.as_of)).collect();
        if known.is_empty() && maybe.is_empty() {
            // Name the most recently expired rule set, or failing that the next to start.
            let expired = in_scope()
                .filter(|r| r.effective_to.is_some_and(|to| to < req.as_of))
                .max_by(|a, b| a.effective_to.cmp(&b.effective_to).then_with(|| specificity(a).cmp(&specificity(b))));
            let upcoming = in_scope().min_by_key(|r| r.effective_from);
            let rs = expired.or(upcoming)?;
            return Some(programmes::not_in_force(rs, req.as_of, ctx.texts()));
        }
        let first_maybe = maybe.first().copied();
        let all = known.iter().map(|rs| (*rs, first_maybe, true)).chain(maybe.iter().map(|(rs, p)| (*rs, Some((*rs, *p)), false)));
        let mut results: Vec<ProgrammeResult<'a>> = Vec::with_capacity(known.len().saturating_add(maybe.len()));
        for (rs, unknown, scope_known) in all {
            let mut r = programmes::evaluate(ctx, rs);
            if let Some((other, prefix)) = unknown {
                r = scope_unknown(ctx, r, other, prefix);
            }
            r.scope_known = scope_known;
            results.push(r);
        }
        crate::sort_small(&mut results, |a, b| headline_order(a, b) == Ordering::Less);
        let mut iter = results.into_iter();
        let mut headline = iter.next()?;
        headline.other_rule_sets = iter.collect();
        Some(headline)
    }

    /// A repayment schedule from JSON text.
    #[inline(never)]
    pub fn schedule_json(&self, text: &str) -> Result<String> {
        Ok(self.schedule(&ScheduleRequest::parse(text)?)?.to_json())
    }

    pub fn schedule(&self, req: &ScheduleRequest) -> Result<Schedule> {
        compute(req)
    }

    /// Every rule set with its programme, period, documents and source quality.
    pub fn policies(&self) -> Policies<'_> {
        Policies { engine: self }
    }

    #[inline(never)]
    pub fn policies_json(&self) -> String {
        serde_json::to_string(&self.policies()).unwrap_or_default()
    }
}

/// What `policies` answers: the reference tables' vintages and every rule set.
pub struct Policies<'e> {
    engine: &'e Engine,
}

impl serde::Serialize for Policies<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        #[derive(serde::Serialize)]
        struct Lpr {
            source: &'static str,
            first: crate::dates::Date,
            last: crate::dates::Date,
            last_1y: String,
            last_5y: String,
        }
        #[derive(serde::Serialize)]
        struct Benchmark {
            effective: crate::dates::Date,
            max_term_months: Option<u32>,
            rate: String,
        }
        #[derive(serde::Serialize)]
        struct Reference<'r> {
            #[serde(skip_serializing_if = "Option::is_none")]
            lpr: Option<Lpr>,
            benchmark_rates: Vec<Benchmark>,
            enterprise_size: &'r str,
            regions_vintage: &'r str,
        }
        let e = self.engine;
        let lpr = match (e.lpr.first(), e.lpr.last()) {
            (Some(first), Some(last)) => Some(Lpr {
                source: "policies/reference/lpr.csv",
                first: first.published,
                last: last.published,
                last_1y: crate::money::fmt_decimal(last.one_year),
                last_5y: crate::money::fmt_decimal(last.over_five_years),
            }),
            _ => None,
        };
        let reference = Reference {
            lpr,
            benchmark_rates: e
                .benchmark
                .rows()
                .iter()
                .map(|b| Benchmark { effective: b.effective, max_term_months: b.max_term_months, rate: crate::money::fmt_decimal(b.rate) })
                .collect(),
            enterprise_size: &e.sizes.document,
            regions_vintage: &e.regions.vintage,
        };
        let mut st = s.serialize_struct("Policies", 3)?;
        st.serialize_field("engine", ENGINE)?;
        st.serialize_field("reference", &reference)?;
        st.serialize_field("rule_sets", &e.rule_sets.iter().map(RuleSet::summary).collect::<Vec<_>>())?;
        st.end()
    }
}

/// A result whose answer may differ with where in `prefix`'s region the request is: the
/// region is unknown for it, naming `other` (itself or a rule set of narrower scope).
fn scope_unknown<'a>(ctx: &Ctx<'a, '_>, r: ProgrammeResult<'a>, other: &'a RuleSet, prefix: &str) -> ProgrammeResult<'a> {
    let region = &ctx.req.region;
    let mut b: Builder<'a, programmes::NoLogic> = Builder::resume(r);
    b.unknown(
        crate::rules::common::Msg::RegionScopeUnknown,
        &["region"],
        [
            ("title", Arg::Words(Cow::Borrowed(&other.title_zh), Cow::Borrowed(&other.title_en))),
            ("scope", programmes::scope_words(ctx.regions, prefix)),
            ("region", Arg::Words(Cow::Borrowed(&region.name_zh), Cow::Borrowed(&region.name_en))),
        ],
    );
    b.change(crate::response::Change::Within("region", prefix.to_string()));
    b.finish()
}

fn specificity(rs: &RuleSet) -> usize {
    rs.scope_regions.iter().map(String::len).max().unwrap_or(0)
}

/// Eligible before needs-info before ineligible; then the more favourable, the more
/// local, the better sourced.
fn headline_order(a: &ProgrammeResult<'_>, b: &ProgrammeResult<'_>) -> Ordering {
    let rank = |s: Status| match s {
        Status::Eligible => 0,
        Status::NeedsInfo => 1,
        Status::Ineligible => 2,
        Status::NotInForce => 3,
    };
    rank(a.status)
        .cmp(&rank(b.status))
        .then_with(|| b.scope_known.cmp(&a.scope_known))
        .then_with(|| b.benefit.cmp(&a.benefit))
        .then_with(|| specificity(b.rule_set).cmp(&specificity(a.rule_set)))
        .then_with(|| a.rule_set.source_quality.cmp(&b.rule_set.source_quality))
        .then_with(|| a.rule_set.id.cmp(&b.rule_set.id))
}

/// Every error about an override says it was not applied (nothing of it was).
fn override_error(e: Error, prefix: &str) -> Error {
    let e = e.within(prefix);
    if e.message_en.contains("applied") {
        return e;
    }
    Error::new(
        ErrorCode::InvalidOverride,
        e.field.clone(),
        format!("覆盖数据有误，未生效：{}", e.message_zh),
        format!("the override is invalid and was not applied: {}", e.message_en),
    )
}

fn parse_lpr_rows(v: &Value) -> Result<Vec<LprRow>> {
    let Value::Array(items) = v else {
        return Err(override_error(crate::data::wrong_type("lpr", "array", v), ""));
    };
    let mut rows = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let path = index("lpr", i);
        let o = Obj::new(item, &path).map_err(|e| override_error(e, ""))?;
        o.allow_only(&["publish_date", "lpr_1y_pct", "lpr_5y_pct", "status"]).map_err(|e| override_error(e, ""))?;
        let pct = |key: &str| -> Result<rust_decimal::Decimal> {
            let d = crate::money::read_decimal(o.required(key)?, &o.field_path(key))?;
            d.c_div(crate::money::HUNDRED).map(|x| x.normalize()).ok_or_else(|| Error::overflow(key))
        };
        rows.push(LprRow {
            published: crate::dates::Date::read(o.required("publish_date").map_err(|e| override_error(e, ""))?, &o.field_path("publish_date"))
                .map_err(|e| override_error(e, ""))?,
            one_year: pct("lpr_1y_pct").map_err(|e| override_error(e, ""))?,
            over_five_years: pct("lpr_5y_pct").map_err(|e| override_error(e, ""))?,
            status: o.opt_str("status").map_err(|e| override_error(e, ""))?.unwrap_or("portal").to_string(),
        });
    }
    Ok(rows)
}
