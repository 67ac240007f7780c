//! The WebAssembly binding: converts at the boundary and maps errors, nothing more.
//!
//! `Engine` holds its own policy data (the built-in data, or it with a portal's
//! override), as ruff's `Workspace` does: two widgets on one page each keep theirs.
//!
//! Requests and responses cross as JSON text. Measured in Node (BENCHMARKS.md), reading
//! a JS object field by field with serde-wasm-bindgen was no faster than
//! `JSON.stringify` plus serde_json, and added 21.5 KB to the gzipped wasm; `JSON.parse`
//! builds the response object faster than wasm can. `js/index.js` refuses what JSON
//! cannot carry (NaN, functions, symbols) before stringifying. Errors cross as plain JS
//! objects `{code, field, message_zh, message_en}` (`to_js_error`), which
//! `js/index.js` rethrows as its `HuiqiError` class.

use crate::error::Error;
use wasm_bindgen::prelude::*;

/// `{code, field, message_zh, message_en}`, as `Error` serializes, set field by field
/// (the screening's binding makes its errors here too)
/// through two imports of JS's own (`new Object()`, `Reflect.set`): four strings need
/// neither serde-wasm-bindgen's serializer nor js-sys, whose closure shims come with
/// every wasm that links it (3.2 KB less gzipped wasm, 2026-11-30).
pub(crate) fn to_js_error(e: &Error) -> JsValue {
    let o = JsObject::new();
    for (key, value) in [("code", e.code.as_str()), ("field", &e.field), ("message_zh", &e.message_zh), ("message_en", &e.message_en)] {
        if reflect_set(&o, &JsValue::from_str(key), &JsValue::from_str(value)).is_err() {
            return JsValue::from_str(&e.to_json());
        }
    }
    o.into()
}

// JS's own `Object` and `Reflect.set`, for `to_js_error`.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = Object)]
    type JsObject;
    #[wasm_bindgen(constructor, js_class = "Object")]
    fn new() -> JsObject;
    #[wasm_bindgen(js_namespace = Reflect, js_name = set, catch)]
    fn reflect_set(target: &JsValue, key: &JsValue, value: &JsValue) -> Result<bool, JsValue>;
}

/// One engine: the built-in policy data, or it with a portal's override.
#[wasm_bindgen]
pub struct Engine {
    inner: crate::Engine,
    /// The English texts this engine was given, kept for `configureJson`.
    english: Option<String>,
}

#[wasm_bindgen]
impl Engine {
    /// The built-in data, or it with `override_json` (a portal's override as JSON
    /// text) applied; a bad override throws and no engine is made. `english_json`: the
    /// policy texts in English (`huiqi-en.js`), for the element's build, which has them
    /// in Chinese only (`crate::english`); a build that has them ignores it.
    #[wasm_bindgen(constructor)]
    pub fn new(override_json: Option<String>, english_json: Option<String>) -> Result<Engine, JsValue> {
        let english = english_json.filter(|_| !builtin_english());
        let builtin = match &english {
            Some(text) => crate::Engine::builtin_with_english(text),
            None => crate::Engine::builtin(),
        }
        .map_err(|e| to_js_error(&e))?;
        let inner = match override_json {
            None => builtin,
            Some(text) => builtin.with_override(&text).map_err(|e| to_js_error(&e))?,
        };
        Ok(Engine { inner, english })
    }

    /// Whether this engine has the policy texts in English (without them, requests for
    /// English throw `english_not_loaded`).
    #[wasm_bindgen(getter)]
    pub fn english(&self) -> bool {
        self.inner.has_english()
    }

    /// Evaluate a request given as JSON text; the response as JSON text.
    #[wasm_bindgen(js_name = evaluateJson)]
    pub fn evaluate_json(&self, request: &str) -> Result<String, JsValue> {
        self.inner.evaluate_json(request).map_err(|e| to_js_error(&e))
    }

    /// A repayment schedule, JSON text in and out.
    #[wasm_bindgen(js_name = scheduleJson)]
    pub fn schedule_json(&self, request: &str) -> Result<String, JsValue> {
        self.inner.schedule_json(request).map_err(|e| to_js_error(&e))
    }

    /// Every rule set, as JSON text.
    #[wasm_bindgen(js_name = policiesJson)]
    pub fn policies_json(&self) -> String {
        self.inner.policies_json()
    }

    /// Apply a portal's override (JSON text) on top of the built-in data, replacing any
    /// earlier one; `None` goes back to the built-in data. A bad override throws and
    /// leaves this engine as it was. Other engines are never touched.
    #[wasm_bindgen(js_name = configureJson)]
    pub fn configure_json(&mut self, override_json: Option<String>) -> Result<(), JsValue> {
        *self = Engine::new(override_json, self.english.clone())?;
        Ok(())
    }
}

/// Whether this build has the policy texts in English compiled in (the element's does
/// not: `js/index.js` then loads `huiqi-en.js` for English).
#[wasm_bindgen(js_name = builtinEnglish)]
pub fn builtin_english() -> bool {
    cfg!(feature = "english")
}

/// `huiqi 0.1.0`.
#[wasm_bindgen]
pub fn version() -> String {
    crate::ENGINE.to_string()
}
