//! The browser's list screening (`--features screen`, a second wasm the page loads only
//! when its 名单筛查 tab opens): the same `screen` module as `huiqi screen`, fed a few
//! rows at a time so the page can draw between chunks. Converts at the boundary only.
//!
//! A list is read from its bytes (CSV, XLSX or XLS, sniffed), screened in `step`s, and
//! written as XLSX or CSV from the results it keeps. Nothing here does any I/O.

use crate::screen::read::{self, RawRow, ReadError};
use crate::screen::write::{self, result_cells, result_headers, CsvSink, Sink, XlsxSink};
use crate::screen::{Options, RowResult, RunInfo, ScreenError, Session, PROGRAMMES};
use crate::wasm::to_js_error;
use crate::Engine;
use serde::Serialize;
use std::cell::RefCell;
use std::io::Cursor;
use wasm_bindgen::prelude::*;

fn js_error(zh: &str, en: &str) -> JsValue {
    to_js_error(&crate::Error::new(crate::ErrorCode::InvalidValue, "", zh.to_string(), en.to_string()))
}

fn screen_error(e: ScreenError) -> JsValue {
    js_error(&e.message_zh, &e.message_en)
}

fn write_error(e: write::WriteError) -> JsValue {
    js_error(&format!("写入结果出错：{}", e.0), &format!("writing the results failed: {}", e.0))
}

thread_local! {
    /// One engine per policy data (built-in, or with a portal's override), made once and
    /// kept for the page's life: a session borrows it for as long as a list is open.
    static ENGINES: RefCell<Vec<(Option<String>, &'static Engine)>> = const { RefCell::new(Vec::new()) };
}

fn engine_for(override_json: Option<String>) -> Result<&'static Engine, JsValue> {
    if let Some(e) = ENGINES.with(|c| c.borrow().iter().find(|(k, _)| *k == override_json).map(|(_, e)| *e)) {
        return Ok(e);
    }
    let to_js = |e: crate::Error| to_js_error(&e);
    let builtin = Engine::builtin().map_err(to_js)?;
    let engine = match &override_json {
        None => builtin,
        Some(text) => builtin.with_override(text).map_err(to_js)?,
    };
    let engine: &'static Engine = Box::leak(Box::new(engine));
    ENGINES.with(|c| c.borrow_mut().push((override_json, engine)));
    Ok(engine)
}

enum Source {
    Csv(read::CsvRows<Cursor<Vec<u8>>>, u64),
    Book(std::vec::IntoIter<RawRow>, usize),
}

/// A row as the page gets it: the row's result, and the texts of its result columns
/// (the same texts the XLSX and CSV write, in `resultHeaders` order).
#[derive(Serialize)]
struct RowOut<'a> {
    #[serde(flatten)]
    result: &'a RowResult,
    out: Vec<String>,
}

/// A list being screened.
#[wasm_bindgen]
pub struct ScreenJob {
    source: Source,
    session: Option<Session<'static>>,
    results: Vec<RowResult>,
    info: Option<RunInfo>,
    header: Option<crate::screen::row::Header>,
}

#[wasm_bindgen]
impl ScreenJob {
    /// Start screening the file `bytes` (CSV, XLSX or XLS) as of `as_of` (`YYYY-MM-DD`),
    /// with the built-in policy data or a portal's override (JSON text).
    #[wasm_bindgen(constructor)]
    pub fn new(bytes: Vec<u8>, as_of: String, override_json: Option<String>) -> Result<ScreenJob, JsValue> {
        let engine = engine_for(override_json)?;
        let options = Options { threads: 1, ..Options::new(as_of) };
        let source = match read::sniff(&bytes) {
            read::Format::Csv => {
                let total = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
                Source::Csv(read::CsvRows::new(Cursor::new(bytes)).map_err(|e: ReadError| js_error(&e.message_zh, &e.message_en))?, total)
            }
            _ => {
                let rows = read::workbook_rows(&bytes).map_err(|e| js_error(&e.message_zh, &e.message_en))?;
                let total = rows.len();
                Source::Book(rows.into_iter(), total)
            }
        };
        Ok(ScreenJob { source, session: Some(Session::new(engine, &options)), results: Vec::new(), info: None, header: None })
    }

    /// Screen up to `max_rows` more rows of the file; their results as a JSON array
    /// (title rows and the header give none). After the last rows, `done` is true.
    pub fn step(&mut self, max_rows: u32) -> Result<String, JsValue> {
        let Some(mut session) = self.session.take() else { return Ok("[]".to_string()) };
        let mut rows = Vec::new();
        let want = usize::try_from(max_rows).unwrap_or(usize::MAX).max(1);
        let mut ended = false;
        while rows.len() < want {
            let next = match &mut self.source {
                Source::Csv(r, _) => r.next(),
                Source::Book(r, _) => r.next().map(Ok),
            };
            match next {
                Some(Ok(r)) => rows.push(r),
                Some(Err(e)) => return Err(js_error(&e.message_zh, &e.message_en)),
                None => {
                    ended = true;
                    break;
                }
            }
        }
        let mut out = session.feed(rows).map_err(screen_error)?;
        if ended {
            // A list of fewer than 10 rows is screened only now.
            out.extend(session.flush().map_err(screen_error)?);
        }
        if self.header.is_none() {
            self.header = session.header().cloned();
        }
        if ended {
            let (last, info) = session.finish().map_err(screen_error)?;
            out.extend(last);
            self.info = Some(info);
        } else {
            self.session = Some(session);
        }
        let text = serde_json::to_string(&out.iter().map(|r| RowOut { result: r, out: cells_text(r) }).collect::<Vec<_>>())
            .unwrap_or_else(|_| "[]".to_string());
        self.results.extend(out);
        Ok(text)
    }

    /// Every row has been screened.
    pub fn done(&self) -> bool {
        self.info.is_some()
    }

    /// How far through the file (0 to 1).
    pub fn progress(&self) -> f64 {
        if self.info.is_some() {
            return 1.0;
        }
        let (at, total) = match &self.source {
            Source::Csv(r, total) => (r.position() as f64, *total as f64),
            Source::Book(r, total) => ((*total).saturating_sub(r.len()) as f64, *total as f64),
        };
        if total > 0.0 { (at / total).min(1.0) } else { 0.0 }
    }

    /// The list's header (JSON): `{"line", "names", "keys"}`, `keys` naming the template
    /// column each file column matched (or null); null before it is found.
    #[wasm_bindgen(js_name = headerJson)]
    pub fn header_json(&self) -> String {
        #[derive(Serialize)]
        struct H<'a> {
            line: u64,
            names: &'a [String],
            keys: Vec<Option<&'static str>>,
        }
        match &self.header {
            None => "null".to_string(),
            Some(h) => serde_json::to_string(&H {
                line: h.line,
                names: &h.names,
                keys: h.uses.iter().map(|u| u.map(|(d, _)| d.key)).collect(),
            })
            .unwrap_or_else(|_| "null".to_string()),
        }
    }

    /// The run (JSON, once done): `{"as_of", "engine", "summary", "notes", "used"}`.
    #[wasm_bindgen(js_name = infoJson)]
    pub fn info_json(&self) -> String {
        #[derive(Serialize)]
        struct I<'a> {
            as_of: &'a str,
            engine: &'a str,
            summary: &'a crate::screen::Summary,
            notes: &'a [String],
            used: &'a [String],
        }
        match &self.info {
            None => "null".to_string(),
            Some(i) => serde_json::to_string(&I { as_of: &i.as_of, engine: &i.engine, summary: &i.summary, notes: &i.notes, used: &i.used })
                .unwrap_or_else(|_| "null".to_string()),
        }
    }

    /// The results as XLSX (sheets 筛查结果 and 规则集), as `huiqi screen -o x.xlsx` writes them.
    pub fn xlsx(&self) -> Result<Vec<u8>, JsValue> {
        let mut bytes = Vec::new();
        {
            let mut sink = XlsxSink::new(&mut bytes);
            self.write_all(&mut sink)?;
        }
        Ok(bytes)
    }

    /// The results as CSV (UTF-8 with BOM), as `huiqi screen -o x.csv` writes them.
    pub fn csv(&self) -> Result<Vec<u8>, JsValue> {
        let mut bytes = Vec::new();
        {
            let mut sink = CsvSink::new(&mut bytes).map_err(write_error)?;
            self.write_all(&mut sink)?;
            sink.into_inner().map_err(write_error)?;
        }
        Ok(bytes)
    }
}

impl ScreenJob {
    fn write_all<S: Sink>(&self, sink: &mut S) -> Result<(), JsValue> {
        let (Some(header), Some(info)) = (&self.header, &self.info) else {
            return Err(js_error("名单尚未筛查完", "the list is not screened yet"));
        };
        sink.begin(header).map_err(write_error)?;
        for r in &self.results {
            sink.row(r).map_err(write_error)?;
        }
        sink.finish(info).map_err(write_error)
    }
}

fn cells_text(r: &RowResult) -> Vec<String> {
    result_cells(r).iter().map(write::csv_cell).collect()
}

/// The headers of the result columns (JSON array), after the list's own columns.
#[wasm_bindgen(js_name = resultHeaders)]
pub fn result_headers_json() -> String {
    serde_json::to_string(&result_headers()).unwrap_or_else(|_| "[]".to_string())
}

/// The programmes and the columns the results give each (JSON): the page's table is
/// made from the same list as the XLSX.
#[wasm_bindgen(js_name = programmesJson)]
pub fn programmes_json() -> String {
    #[derive(Serialize)]
    struct P {
        programme: &'static str,
        name_zh: &'static str,
        short_zh: &'static str,
        figures: Vec<(&'static str, &'static str, &'static str)>,
    }
    let list: Vec<P> = PROGRAMMES
        .iter()
        .map(|p| P {
            programme: p.programme,
            name_zh: p.name_zh,
            short_zh: p.short_zh,
            figures: p
                .figures
                .iter()
                .map(|(k, h, kind)| (*k, *h, if *kind == crate::screen::FigureKind::Money { "money" } else { "percent" }))
                .collect(),
        })
        .collect();
    serde_json::to_string(&list).unwrap_or_else(|_| "[]".to_string())
}

/// The template as XLSX (sheet 名单 with two example rows, sheet 说明).
#[wasm_bindgen(js_name = templateXlsx)]
pub fn template_xlsx() -> Result<Vec<u8>, JsValue> {
    let mut bytes = Vec::new();
    write::write_template_xlsx(&mut bytes).map_err(write_error)?;
    Ok(bytes)
}

/// The template as CSV (UTF-8 with BOM).
#[wasm_bindgen(js_name = templateCsv)]
pub fn template_csv() -> Result<Vec<u8>, JsValue> {
    let mut bytes = Vec::new();
    write::write_template_csv(&mut bytes).map_err(write_error)?;
    Ok(bytes)
}
