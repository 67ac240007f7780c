//! 名单筛查: screening a 走访 list (CSV or XLSX) offline, one row = one firm.
//!
//! Each row becomes an evaluate request (built typed exactly as the engine's JSON door
//! would read it from the row's JSON text, and read by that door when a value is one it
//! refuses), evaluated for the decision and the main hint only, and summed up per programme:
//! status, key figures, what is missing, the main hint. A bad row gets its own errors (row, column, message in Chinese) and the rest go
//! on. The entry point is [`screen`]: rows in (a stream), results out (a [`Sink`]), in
//! chunks evaluated in parallel with their order kept, so memory stays bounded for a CSV
//! of any length. [`Session`] is the same, fed a few rows at a time on the calling
//! thread (for the browser, which must yield between chunks).
//!
//! This module does no I/O of its own beyond the `Read` and `Write` it is handed. It is
//! built natively (the CLI) and, with `--features screen`, into the browser's second wasm
//! (`src/wasm_screen.rs`).

pub mod columns;
pub mod read;
pub mod regions;
pub mod row;
pub mod write;

use crate::response::{Response, Texts};
use crate::Engine;
use read::{RawRow, ReadError};
use regions::RegionIndex;
use row::{build_request, find_header, Built, Header, RequestSettings, RowError, RowRequest, HEADER_SEARCH_ROWS};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::borrow::Cow;
pub use write::{CsvSink, Sink, XlsxSink};

/// How a figure is written in the results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureKind {
    /// 元: an XLSX number cell with thousands separators; CSV as the exact decimal.
    Money,
    /// A fraction: an XLSX number shown as %; CSV "55%".
    Percent,
}

/// One programme in the results: its status column, the figures worth a column, its rule
/// set and its main hint. The results' programme columns are made from [`PROGRAMMES`]
/// alone: adding a programme is adding an entry.
#[derive(Debug)]
pub struct ProgrammeColumns {
    /// The programme's key in the response (`tech_loan`).
    pub programme: &'static str,
    /// Its name, the header of its status column (创业担保贷款).
    pub name_zh: &'static str,
    /// The prefix of its other columns (创业担保 规则集).
    pub short_zh: &'static str,
    /// (figure key, column header after the prefix, how it is written).
    pub figures: &'static [(&'static str, &'static str, FigureKind)],
}

/// The programmes, in response order, with the columns the results give each.
pub const PROGRAMMES: &[ProgrammeColumns] = &[
    ProgrammeColumns {
        programme: "tech_loan",
        name_zh: "科技贷",
        short_zh: "科技贷",
        figures: &[
            ("compensation_share", "补偿比例", FigureKind::Percent),
            ("max_compensation", "最高补偿（元）", FigureKind::Money),
        ],
    },
    ProgrammeColumns { programme: "trade_loan", name_zh: "外贸贷", short_zh: "外贸贷", figures: &[] },
    ProgrammeColumns {
        programme: "startup_guarantee_loan",
        name_zh: "创业担保贷款",
        short_zh: "创业担保",
        figures: &[
            ("max_amount", "额度（元）", FigureKind::Money),
            ("borrower_rate", "自付利率", FigureKind::Percent),
            ("subsidy_rate", "贴息率", FigureKind::Percent),
            ("subsidy_amount", "贴息（元）", FigureKind::Money),
        ],
    },
    ProgrammeColumns {
        programme: "rent_relief",
        name_zh: "房租减免",
        short_zh: "房租减免",
        figures: &[("relief_amount", "减免金额（元）", FigureKind::Money)],
    },
    ProgrammeColumns { programme: "financing_coordination", name_zh: "推荐清单自查", short_zh: "推荐清单", figures: &[] },
];

/// A programme's Chinese name (its key if it is not in [`PROGRAMMES`]).
pub fn programme_zh(key: &str) -> &str {
    PROGRAMMES.iter().find(|p| p.programme == key).map_or(key, |p| p.name_zh)
}

/// How a list is screened.
#[derive(Debug, Clone)]
pub struct Options {
    /// The date every request is evaluated at (`YYYY-MM-DD`).
    pub as_of: String,
    /// Ask the engine for explained answers (its texts give the main hint). Off sends
    /// `"explain": false` (decision only), for when the engine supports it.
    pub explain: bool,
    /// Threads evaluating rows (1: on the calling thread).
    pub threads: usize,
    /// Rows per chunk: read, evaluated in parallel, written, in order.
    pub chunk_rows: usize,
    /// Keep each row's request as JSON text in its result ([`RowResult::request`]), for
    /// opening a row as its full answer (the browser does). The CLI's files do not show
    /// it, and it goes without: the text is then written only for a row whose request the
    /// JSON door must read itself (see [`Screener`]).
    pub keep_requests: bool,
}

impl Options {
    pub fn new(as_of: impl Into<String>) -> Options {
        Options { as_of: as_of.into(), explain: true, threads: 1, chunk_rows: 1024, keep_requests: true }
    }
}

/// One programme's answer for one row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProgrammeOutcome {
    pub programme: String,
    pub rule_set: String,
    /// `eligible` | `ineligible` | `needs_info` | `not_in_force`.
    pub status: String,
    /// The figures the engine gave, in its order (exact decimal strings).
    pub figures: Vec<(String, String)>,
    /// Request fields that would settle it (JSON paths).
    pub missing_fields: Vec<String>,
    /// The first hint's Chinese text.
    pub hint_zh: Option<String>,
    /// Rule sets that also apply (新乡 rent relief beside the national one).
    pub other_rule_sets: Vec<String>,
}

impl ProgrammeOutcome {
    pub fn figure(&self, key: &str) -> Option<&str> {
        self.figures.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

/// The summary of one response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Outcome {
    /// The region as the engine read it (河南省新乡市获嘉县).
    pub region_zh: String,
    pub region_code: String,
    /// `micro` | `small` | `medium` | `large` | `unknown`.
    pub size_class: String,
    pub programmes: Vec<ProgrammeOutcome>,
    /// Every missing field of every programme and of the size, deduplicated, in order.
    pub missing_fields: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RowStatus {
    /// Evaluated: see `outcome`.
    Screened,
    /// The row could not be made into a request: see `errors`.
    Invalid,
    /// A blank row, skipped.
    Empty,
}

/// One row of the list, screened.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RowResult {
    /// The row number a spreadsheet shows.
    pub row: u64,
    pub status: RowStatus,
    /// The row's cells as read (one per header column).
    pub cells: Vec<String>,
    /// The request built from the row, as JSON text (for opening the full explained
    /// answer); `None` unless [`Options::keep_requests`].
    pub request: Option<String>,
    pub outcome: Option<Outcome>,
    pub errors: Vec<RowError>,
}

// What is read from a response: the rest of it is skipped unparsed.
#[derive(Deserialize)]
struct RespRegion<'a> {
    #[serde(borrow, default)]
    code: Cow<'a, str>,
    #[serde(borrow, default)]
    name_zh: Cow<'a, str>,
}
#[derive(Deserialize)]
struct RespSize<'a> {
    #[serde(borrow, default)]
    class: Cow<'a, str>,
    #[serde(borrow, default)]
    missing_fields: Vec<Cow<'a, str>>,
}
#[derive(Deserialize)]
struct RespHint<'a> {
    #[serde(borrow, default)]
    message_zh: Option<Cow<'a, str>>,
}
#[derive(Deserialize)]
struct RespOther<'a> {
    #[serde(borrow, default)]
    rule_set: Cow<'a, str>,
}
#[derive(Deserialize)]
struct RespResult<'a> {
    #[serde(borrow, default)]
    programme: Cow<'a, str>,
    #[serde(borrow, default)]
    rule_set: Cow<'a, str>,
    #[serde(borrow, default)]
    status: Cow<'a, str>,
    #[serde(default, deserialize_with = "figures_in_order")]
    figures: Vec<(String, String)>,
    #[serde(borrow, default)]
    hints: Vec<RespHint<'a>>,
    #[serde(borrow, default)]
    missing_fields: Vec<Cow<'a, str>>,
    #[serde(borrow, default)]
    other_rule_sets: Vec<RespOther<'a>>,
}
#[derive(Deserialize)]
struct Resp<'a> {
    #[serde(borrow, default)]
    region: Option<RespRegion<'a>>,
    #[serde(borrow, default)]
    size: Option<RespSize<'a>>,
    #[serde(borrow, default)]
    results: Vec<RespResult<'a>>,
}

/// `figures` as (name, text) pairs in the engine's order, without building a map.
fn figures_in_order<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<(String, String)>, D::Error> {
    struct Pairs;
    impl<'de> serde::de::Visitor<'de> for Pairs {
        type Value = Vec<(String, String)>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an object of figures")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = Vec::new();
            while let Some((k, v)) = map.next_entry::<Cow<'de, str>, Value>()? {
                out.push((k.into_owned(), figure_text(&v)));
            }
            Ok(out)
        }
    }
    d.deserialize_map(Pairs)
}

fn figure_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Sum up an evaluate response (JSON text).
pub fn summarize(response: &str) -> Result<Outcome, String> {
    let r: Resp<'_> = serde_json::from_str(response).map_err(|e| format!("引擎的答复无法读取：{e}"))?;
    let mut missing: Vec<String> = Vec::new();
    let mut add_missing = |f: &str| {
        if !missing.iter().any(|m| m == f) {
            missing.push(f.to_string());
        }
    };
    let size_class = match &r.size {
        Some(s) => {
            for f in &s.missing_fields {
                add_missing(f);
            }
            s.class.to_string()
        }
        None => String::new(),
    };
    let mut programmes = Vec::with_capacity(r.results.len());
    for res in r.results {
        for f in &res.missing_fields {
            add_missing(f);
        }
        programmes.push(ProgrammeOutcome {
            programme: res.programme.into_owned(),
            rule_set: res.rule_set.into_owned(),
            status: res.status.into_owned(),
            figures: res.figures,
            missing_fields: res.missing_fields.into_iter().map(Cow::into_owned).collect(),
            hint_zh: res.hints.into_iter().find_map(|h| h.message_zh.map(Cow::into_owned)),
            other_rule_sets: res.other_rule_sets.into_iter().map(|o| o.rule_set.into_owned()).collect(),
        });
    }
    let (region_code, region_zh) = match &r.region {
        Some(g) => (g.code.to_string(), g.name_zh.to_string()),
        None => (String::new(), String::new()),
    };
    Ok(Outcome { region_zh, region_code, size_class, programmes, missing_fields: missing })
}

/// Sum up a response (the typed one: what `summarize` reads from its JSON).
pub fn outcome_of(r: &Response<'_>) -> Outcome {
    let mut missing: Vec<String> = Vec::new();
    let mut add_missing = |f: &str| {
        if !missing.iter().any(|m| m == f) {
            missing.push(f.to_string());
        }
    };
    for f in &r.size.assessment.missing {
        add_missing(f);
    }
    let mut programmes = Vec::with_capacity(r.results.len());
    for res in &r.results {
        for f in &res.missing_fields {
            add_missing(f);
        }
        programmes.push(ProgrammeOutcome {
            programme: res.programme.as_str().to_string(),
            rule_set: res.rule_set.id.clone(),
            status: res.status.as_str().to_string(),
            figures: res.figures.0.iter().map(|(k, v)| ((*k).to_string(), v.to_json_string())).collect(),
            missing_fields: res.missing_fields.iter().map(|f| (*f).to_string()).collect(),
            hint_zh: res.hints.iter().find_map(|h| h.message_zh.clone()),
            other_rule_sets: res.other_rule_sets.iter().map(|o| o.rule_set.id.clone()).collect(),
        });
    }
    Outcome {
        region_zh: r.region.name_zh.clone(),
        region_code: r.region.code.clone(),
        size_class: r.size.assessment.class_str().to_string(),
        programmes,
        missing_fields: missing,
    }
}

/// Screens rows against one engine: the parts every door (CLI, browser) shares.
pub struct Screener<'e> {
    engine: &'e Engine,
    settings: RequestSettings,
    regions: RegionIndex,
    keep_requests: bool,
}

impl<'e> Screener<'e> {
    pub fn new(engine: &'e Engine, options: &Options) -> Screener<'e> {
        Screener {
            engine,
            settings: RequestSettings { as_of: options.as_of.clone(), explain: options.explain },
            regions: RegionIndex::builtin(),
            keep_requests: options.keep_requests,
        }
    }

    /// The request a row makes (or its errors, or `Empty`).
    pub fn request(&self, header: &Header, row: &RawRow) -> Built {
        build_request(header, row, &self.regions)
    }

    /// Screen one row.
    pub fn screen_row(&self, header: &Header, row: RawRow) -> RowResult {
        let built = self.request(header, &row);
        let mut result = RowResult {
            row: row.line,
            status: RowStatus::Invalid,
            cells: row.cells,
            request: None,
            outcome: None,
            errors: Vec::new(),
        };
        // One cell per header column: a short row is padded, a long one keeps its extra cells.
        if result.cells.len() < header.names.len() {
            result.cells.resize(header.names.len(), String::new());
        }
        match built {
            Built::Empty => result.status = RowStatus::Empty,
            Built::Errors(e) => result.errors = e,
            Built::Request(request) => {
                let text = self.keep_requests.then(|| request.to_json(&self.settings));
                match self.evaluate(&request, text.as_deref()) {
                    Ok(o) => {
                        result.status = RowStatus::Screened;
                        result.outcome = Some(o);
                    }
                    Err(e) => {
                        let column = header
                            .column_for_field(&e.field)
                            .map(str::to_string)
                            .unwrap_or_else(|| e.field.clone());
                        result.errors.push(RowError { row: result.row, column, message_zh: e.message_zh });
                    }
                }
                result.request = text;
            }
        }
        result
    }

    /// A row's request evaluated and summed up. The typed request is built from the
    /// row's fields when the JSON door would read them as they are, and resolved by the
    /// door's own checks; otherwise the door reads the request's JSON text (`text`, or
    /// written now), so a row's errors are exactly that door's. It is evaluated rendering
    /// only the main hints (`Texts::FIRST_HINT_ZH`), and summed up from the typed response
    /// (no JSON written or read back): the same summary as
    /// `summarize(evaluate_json(request))`, which `tests/screen.rs` checks row by row, as
    /// it checks that the typed request is the one the door reads.
    fn evaluate(&self, request: &RowRequest, text: Option<&str>) -> Result<Outcome, crate::Error> {
        let typed = request.to_typed(&self.settings).and_then(|r| self.engine.resolve_request(r).ok());
        let req = match typed {
            Some(req) => req,
            None => match text {
                Some(text) => self.engine.parse_request(text)?,
                None => self.engine.parse_request(&request.to_json(&self.settings))?,
            },
        };
        let response = self.engine.evaluate_with_texts(&req, Texts::FIRST_HINT_ZH);
        response.exact()?;
        Ok(outcome_of(&response))
    }

    /// Screen a chunk of rows on `threads` threads, keeping their order.
    pub fn screen_chunk(&self, header: &Header, rows: Vec<RawRow>, threads: usize) -> Vec<RowResult> {
        std::thread::scope(|scope| {
            let pool = Pool::start(scope, self, header, threads);
            let job = pool.submit(rows);
            pool.results(job)
        })
    }
}

/// A rule set as `policies_json` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleSetInfo {
    pub id: String,
    #[serde(default)]
    pub programme: String,
    #[serde(default)]
    pub title_zh: String,
    #[serde(default)]
    pub effective_from: Option<String>,
    #[serde(default)]
    pub effective_to: Option<String>,
    #[serde(default)]
    pub source_quality: String,
}

#[derive(Deserialize)]
struct Policies {
    rule_sets: Vec<RuleSetInfo>,
}

/// Every rule set of the engine.
pub fn rule_sets(engine: &Engine) -> Vec<RuleSetInfo> {
    serde_json::from_str::<Policies>(&engine.policies_json()).map(|p| p.rule_sets).unwrap_or_default()
}

/// Counts for the summary line.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Data rows (after the header), blank ones included.
    pub rows: u64,
    pub screened: u64,
    pub invalid: u64,
    pub empty: u64,
    /// Per programme (response order): rows whose headline status is eligible.
    pub eligible: Vec<(String, u64)>,
    /// Per programme: rows for which no rule set was in force on the screening date.
    pub not_in_force: Vec<(String, u64)>,
}

impl Summary {
    /// Whether `programme` was in force for no screened row (the screening date is outside
    /// every period): its "0 eligible" would read as "no firm qualifies".
    pub fn out_of_period(&self, programme: &str) -> bool {
        let n = self.not_in_force.iter().find(|(k, _)| k == programme).map_or(0, |(_, n)| *n);
        n > 0 && n == self.screened
    }
}

/// What the results' second sheet says about the run.
#[derive(Debug, Clone, Default)]
pub struct RunInfo {
    pub as_of: String,
    pub engine: String,
    pub rule_sets: Vec<RuleSetInfo>,
    /// The rule sets some row's answer named.
    pub used: Vec<String>,
    pub notes: Vec<String>,
    pub summary: Summary,
}

/// A failure that stops the whole list.
#[derive(Debug)]
pub struct ScreenError {
    pub message_zh: String,
    pub message_en: String,
}

impl From<ReadError> for ScreenError {
    fn from(e: ReadError) -> ScreenError {
        ScreenError { message_zh: e.message_zh, message_en: e.message_en }
    }
}

impl From<write::WriteError> for ScreenError {
    fn from(e: write::WriteError) -> ScreenError {
        ScreenError { message_zh: format!("写入结果出错：{}", e.0), message_en: format!("writing the results failed: {}", e.0) }
    }
}

fn tally(summary: &mut Summary, used: &mut Vec<String>, r: &RowResult) {
    summary.rows = summary.rows.saturating_add(1);
    match r.status {
        RowStatus::Screened => summary.screened = summary.screened.saturating_add(1),
        RowStatus::Invalid => summary.invalid = summary.invalid.saturating_add(1),
        RowStatus::Empty => summary.empty = summary.empty.saturating_add(1),
    }
    if let Some(o) = &r.outcome {
        for p in &o.programmes {
            let counts = match p.status.as_str() {
                "eligible" => Some(&mut summary.eligible),
                "not_in_force" => Some(&mut summary.not_in_force),
                _ => None,
            };
            if let Some(slot) = counts.and_then(|c| c.iter_mut().find(|(k, _)| *k == p.programme)) {
                slot.1 = slot.1.saturating_add(1);
            }
            for id in std::iter::once(&p.rule_set).chain(&p.other_rule_sets) {
                if !id.is_empty() && !used.iter().any(|u| u == id) {
                    used.push(id.clone());
                }
            }
        }
    }
}

/// What a worker that is gone leaves in the results.
fn internal_error_row() -> RowResult {
    RowResult {
        row: 0,
        status: RowStatus::Invalid,
        cells: Vec::new(),
        request: None,
        outcome: None,
        errors: vec![RowError { row: 0, column: String::new(), message_zh: "内部错误".into() }],
    }
}

/// Worker threads that live as long as the list's screening, each with its own queue
/// of parts of chunks (in order) and of their results. Threads started for each chunk
/// instead cost a new thread and allocator heap every 1,024 rows: 2.7% more
/// instructions (callgrind, 30k rows, two threads) and twice the page faults.
struct Pool<'env> {
    workers: Vec<Worker>,
    screener: &'env Screener<'env>,
    header: &'env Header,
}

/// A worker's queue of parts and of their results.
type Worker = (std::sync::mpsc::Sender<Vec<RawRow>>, std::sync::mpsc::Receiver<Vec<RowResult>>);

/// A chunk handed to the pool: done on this thread, or split over the first `n` workers.
enum Submitted {
    Done(Vec<RowResult>),
    Parts(usize),
}

impl<'env> Pool<'env> {
    /// `threads` workers; none when 1 (chunks are then screened on this thread). They
    /// stop when the pool is dropped.
    fn start<'scope>(scope: &'scope std::thread::Scope<'scope, 'env>, screener: &'env Screener<'env>, header: &'env Header, threads: usize) -> Pool<'env> {
        let mut workers = Vec::new();
        if threads > 1 {
            for _ in 0..threads {
                let (job_tx, job_rx) = std::sync::mpsc::channel::<Vec<RawRow>>();
                let (out_tx, out_rx) = std::sync::mpsc::channel::<Vec<RowResult>>();
                scope.spawn(move || {
                    for rows in job_rx {
                        let out: Vec<RowResult> = rows.into_iter().map(|r| screener.screen_row(header, r)).collect();
                        if out_tx.send(out).is_err() {
                            break;
                        }
                    }
                });
                workers.push((job_tx, out_rx));
            }
        }
        Pool { workers, screener, header }
    }

    fn submit(&self, rows: Vec<RawRow>) -> Submitted {
        let threads = self.workers.len();
        if threads == 0 {
            return Submitted::Done(rows.into_iter().map(|r| self.screener.screen_row(self.header, r)).collect());
        }
        let per = rows.len().div_ceil(threads).max(1);
        let mut rest = rows;
        let mut parts = 0usize;
        for (job_tx, _) in &self.workers {
            let tail = if rest.len() > per { rest.split_off(per) } else { Vec::new() };
            let part = std::mem::replace(&mut rest, tail);
            // A worker that is gone shows as a missing result in `results`.
            let _ = job_tx.send(part);
            parts = parts.saturating_add(1);
            if rest.is_empty() {
                break;
            }
        }
        Submitted::Parts(parts)
    }

    fn results(&self, job: Submitted) -> Vec<RowResult> {
        match job {
            Submitted::Done(v) => v,
            Submitted::Parts(n) => {
                let mut out = Vec::new();
                for (_, out_rx) in self.workers.iter().take(n) {
                    match out_rx.recv() {
                        Ok(mut v) => out.append(&mut v),
                        // A worker cannot panic (the library denies it); say so if it did.
                        Err(_) => out.push(internal_error_row()),
                    }
                }
                out
            }
        }
    }
}

/// Find the header among the first rows; the header, the run's info so far, and the
/// data rows that were among `head`.
fn start(engine: &Engine, options: &Options, head: Vec<RawRow>) -> Result<(Header, RunInfo, Vec<RawRow>), ScreenError> {
    let Some(at) = find_header(&head) else {
        return Err(ScreenError {
            message_zh: "找不到表头：前10行中没有一行含有模板的列名（如 企业名称、所在县区、上年度营业收入（万元））。请用 huiqi screen --template 生成的模板".into(),
            message_en: "no header found in the first 10 rows; use the template (huiqi screen --template)".into(),
        });
    };
    let header_row = head.get(at).cloned().unwrap_or_default();
    let header = Header::from_row(&header_row);
    if !header.has("region") {
        return Err(ScreenError {
            message_zh: format!("第{}行表头中没有“所在县区”列：每家企业都需要所在县区（名称或6位代码）", header.line),
            message_en: "the header has no 所在县区 (county) column".into(),
        });
    }
    let mut info = RunInfo {
        as_of: options.as_of.clone(),
        engine: crate::ENGINE.to_string(),
        rule_sets: rule_sets(engine),
        used: Vec::new(),
        notes: header.notes.clone(),
        summary: Summary {
            eligible: PROGRAMMES.iter().map(|p| (p.programme.to_string(), 0)).collect(),
            not_in_force: PROGRAMMES.iter().map(|p| (p.programme.to_string(), 0)).collect(),
            ..Summary::default()
        },
    };
    if at > 0 {
        info.notes.insert(0, format!("表头在第{}行；其上的{}行（标题等）未筛查", header.line, at));
    }
    let data = head.into_iter().skip(at.saturating_add(1)).collect();
    Ok((header, info, data))
}

/// Screening fed a few rows at a time, for a caller that must yield between chunks (the
/// browser, which has one thread and a page to keep responsive). Rows are evaluated on
/// the calling thread. The same results as [`screen`], row for row.
pub struct Session<'e> {
    engine: &'e Engine,
    options: Options,
    screener: Screener<'e>,
    /// Rows held until the header is found (the first 10, or all if fewer).
    head: Vec<RawRow>,
    started: Option<(Header, RunInfo)>,
}

impl<'e> Session<'e> {
    pub fn new(engine: &'e Engine, options: &Options) -> Session<'e> {
        Session { engine, options: options.clone(), screener: Screener::new(engine, options), head: Vec::new(), started: None }
    }

    /// The header, once found (after the first 10 rows, or at `finish`).
    pub fn header(&self) -> Option<&Header> {
        self.started.as_ref().map(|(h, _)| h)
    }

    fn run(&mut self, rows: Vec<RawRow>) -> Vec<RowResult> {
        let Some((header, info)) = self.started.as_mut() else { return Vec::new() };
        let out: Vec<RowResult> = rows.into_iter().map(|r| self.screener.screen_row(header, r)).collect();
        for r in &out {
            tally(&mut info.summary, &mut info.used, r);
        }
        out
    }

    fn begin(&mut self) -> Result<Vec<RawRow>, ScreenError> {
        let head = std::mem::take(&mut self.head);
        let (header, info, data) = start(self.engine, &self.options, head)?;
        self.started = Some((header, info));
        Ok(data)
    }

    /// Screen the next rows (as read: title rows and header included at the start).
    pub fn feed(&mut self, rows: Vec<RawRow>) -> Result<Vec<RowResult>, ScreenError> {
        if self.started.is_some() {
            return Ok(self.run(rows));
        }
        let mut rows = rows.into_iter();
        while self.head.len() < HEADER_SEARCH_ROWS {
            match rows.next() {
                Some(r) => self.head.push(r),
                None => return Ok(Vec::new()),
            }
        }
        let mut data = self.begin()?;
        data.extend(rows);
        Ok(self.run(data))
    }

    /// The end of the rows: a list shorter than 10 rows is screened now (its header is
    /// found among them), so `header` is known before `finish`.
    pub fn flush(&mut self) -> Result<Vec<RowResult>, ScreenError> {
        if self.started.is_some() {
            return Ok(Vec::new());
        }
        let data = self.begin()?;
        Ok(self.run(data))
    }

    /// The end of the list: the last results (a list shorter than 10 rows is screened
    /// only now) and the run's info.
    pub fn finish(mut self) -> Result<(Vec<RowResult>, RunInfo), ScreenError> {
        let last = if self.started.is_none() {
            let data = self.begin()?;
            self.run(data)
        } else {
            Vec::new()
        };
        match self.started {
            Some((_, info)) => Ok((last, info)),
            None => Err(ScreenError { message_zh: "内部错误：没有表头".into(), message_en: "internal: no header".into() }),
        }
    }
}

/// Screen a list: rows in (as read, title rows and header included), results out.
/// `progress` is called after each chunk with the data rows done so far.
pub fn screen<I, S>(
    engine: &Engine,
    options: &Options,
    rows: I,
    sink: &mut S,
    progress: &mut dyn FnMut(u64),
) -> Result<RunInfo, ScreenError>
where
    I: IntoIterator<Item = Result<RawRow, ReadError>>,
    S: Sink + ?Sized,
{
    let mut rows = rows.into_iter();
    let mut head: Vec<RawRow> = Vec::with_capacity(HEADER_SEARCH_ROWS);
    for r in rows.by_ref() {
        head.push(r?);
        if head.len() >= HEADER_SEARCH_ROWS {
            break;
        }
    }
    let (header, mut info, data) = start(engine, options, head)?;
    sink.begin(&header)?;
    let screener = Screener::new(engine, options);
    let chunk_rows = options.chunk_rows.max(1);
    let threads = options.threads.max(1);
    let mut pending: Vec<RawRow> = data;
    let mut done: u64 = 0;
    let (screener, header) = (&screener, &header);
    // A pipeline: while chunks k and k+1 are evaluated on the worker threads, this thread
    // writes the results of chunk k−1 and reads chunk k+2, so each worker has a part
    // queued when it finishes one and never waits for this thread (with one chunk ahead,
    // a worker whose half of a chunk went faster sat idle). At most four chunks are held.
    std::thread::scope(|scope| -> Result<(), ScreenError> {
        let pool = Pool::start(scope, screener, header, threads);
        let ahead = if threads > 1 { 2 } else { 0 };
        let mut in_flight: std::collections::VecDeque<(u64, Submitted)> = std::collections::VecDeque::new();
        loop {
            while pending.len() < chunk_rows {
                match rows.next() {
                    Some(r) => pending.push(r?),
                    None => break,
                }
            }
            let last = pending.is_empty();
            if !last {
                let chunk = std::mem::take(&mut pending);
                let n = u64::try_from(chunk.len()).unwrap_or(u64::MAX);
                in_flight.push_back((n, pool.submit(chunk)));
            }
            while in_flight.len() > ahead || (last && !in_flight.is_empty()) {
                let Some((n, job)) = in_flight.pop_front() else { break };
                for r in pool.results(job) {
                    tally(&mut info.summary, &mut info.used, &r);
                    sink.row(&r)?;
                }
                done = done.saturating_add(n);
                progress(done);
            }
            if last {
                break;
            }
        }
        Ok(())
    })?;
    sink.finish(&info)?;
    Ok(info)
}

/// Screen a whole file held in memory (CSV, XLSX or XLS, sniffed from its bytes).
pub fn screen_bytes<S: Sink + ?Sized>(
    engine: &Engine,
    options: &Options,
    bytes: &[u8],
    sink: &mut S,
    progress: &mut dyn FnMut(u64),
) -> Result<RunInfo, ScreenError> {
    match read::sniff(bytes) {
        read::Format::Csv => screen(engine, options, read::CsvRows::new(bytes)?, sink, progress),
        _ => {
            let rows = read::workbook_rows(bytes)?;
            screen(engine, options, rows.into_iter().map(Ok), sink, progress)
        }
    }
}
