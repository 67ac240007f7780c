//! The WebAssembly binding: converts JSON at the boundary and maps errors, nothing more.
//!
//! JSON text in, JSON text out; bad input throws the CLI's error JSON as a string,
//! `{"error":{"code","field","message_zh","message_en"}}`, which `js/index.js` (the entry
//! users import) rethrows as its `HuiqiError` class. Throwing text rather than importing
//! the class keeps the glue free of imports (one module fewer to fetch before the engine
//! can start) and the wasm free of the JS object plumbing. The object API (`evaluate`, `schedule`, `policies`,
//! `configure`) is `js/index.js`, a few lines of `JSON.parse`/`JSON.stringify` over these:
//! converting in JS is faster than calling back into JS from wasm.

use crate::error::{Error, ErrorCode};
use crate::Engine;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;


thread_local! {
    /// The engine in use: the built-in data, or the built-in data with the portal's
    /// override. Wasm in a page is single-threaded; this is one engine per page.
    static ENGINE: RefCell<Option<Engine>> = const { RefCell::new(None) };
}

fn to_js_error(e: &Error) -> JsValue {
    JsValue::from_str(&e.to_json())
}

fn with_engine<T>(f: impl FnOnce(&Engine) -> Result<T, Error>) -> Result<T, JsValue> {
    ENGINE.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            *slot = Some(Engine::builtin().map_err(|e| to_js_error(&e))?);
        }
        match slot.as_ref() {
            Some(engine) => f(engine).map_err(|e| to_js_error(&e)),
            None => Err(to_js_error(&Error::new(ErrorCode::InvalidOverride, "", "引擎未能加载", "the engine did not load"))),
        }
    })
}

/// Evaluate a request given as JSON text; the response as JSON text.
#[wasm_bindgen(js_name = evaluateJson)]
pub fn evaluate_json(request: &str) -> Result<String, JsValue> {
    with_engine(|e| e.evaluate_json(request))
}

/// `evaluate()`'s own door (js/index.js): the response in the engine's compact form,
/// citations and result headers as numbers into `compactTablesJson()`. Not for portals:
/// use `evaluate` or `evaluateJson`.
#[wasm_bindgen(js_name = evaluateCompactJson)]
pub fn evaluate_compact_json(request: &str) -> Result<String, JsValue> {
    with_engine(|e| e.evaluate_compact_json(request))
}

/// The tables `evaluateCompactJson` numbers into (read once by js/index.js).
#[wasm_bindgen(js_name = compactTablesJson)]
pub fn compact_tables_json() -> Result<String, JsValue> {
    with_engine(|e| Ok(e.compact_tables_json().to_string()))
}

/// A repayment schedule, JSON text in and out.
#[wasm_bindgen(js_name = scheduleJson)]
pub fn schedule_json(request: &str) -> Result<String, JsValue> {
    with_engine(|e| e.schedule_json(request))
}

/// Every rule set, as JSON text.
#[wasm_bindgen(js_name = policiesJson)]
pub fn policies_json() -> Result<String, JsValue> {
    with_engine(|e| Ok(e.policies_json()))
}

/// Apply a portal's override (JSON text) on top of the built-in data, replacing any
/// earlier one; `None` goes back to the built-in data. A bad override throws and leaves
/// the engine as it was.
#[wasm_bindgen(js_name = configureJson)]
pub fn configure_json(override_json: Option<String>) -> Result<(), JsValue> {
    let builtin = Engine::builtin().map_err(|e| to_js_error(&e))?;
    let next = match override_json {
        None => builtin,
        Some(text) => builtin.with_override(&text).map_err(|e| to_js_error(&e))?,
    };
    ENGINE.with(|cell| *cell.borrow_mut() = Some(next));
    Ok(())
}

/// `huiqi 0.1.0`.
#[wasm_bindgen]
pub fn version() -> String {
    crate::ENGINE.to_string()
}
