//! The WebAssembly binding: converts JSON at the boundary and maps errors, nothing more.
//!
//! JS API (CONTRACT.md, same JSON as the CLI): `evaluate(request)`, `schedule(request)`,
//! `policies()`, `configure(override)`, `version()`; a request may be an object or a JSON
//! string. Bad input throws a `HuiqiError` (`code`, `field`, `message_zh`, `message_en`).

use crate::error::{Error, ErrorCode};
use crate::Engine;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/js/huiqi-error.js")]
extern "C" {
    /// `class HuiqiError extends Error` (js/huiqi-error.js).
    #[wasm_bindgen(js_name = HuiqiError)]
    type JsHuiqiError;

    #[wasm_bindgen(constructor, js_class = "HuiqiError")]
    fn new(code: &str, field: &str, message_zh: &str, message_en: &str) -> JsHuiqiError;
}

thread_local! {
    /// The engine in use: the built-in data, or the built-in data with the portal's
    /// override. Wasm in a page is single-threaded; this is one engine per page.
    static ENGINE: RefCell<Option<Engine>> = const { RefCell::new(None) };
}

fn to_js_error(e: &Error) -> JsValue {
    JsHuiqiError::new(e.code.as_str(), &e.field, &e.message_zh, &e.message_en).into()
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

/// A request as JSON text: strings pass through, anything else is `JSON.stringify`d.
fn request_text(request: &JsValue) -> Result<String, JsValue> {
    if let Some(s) = request.as_string() {
        return Ok(s);
    }
    if request.is_undefined() || request.is_null() {
        return Err(to_js_error(&Error::new(
            ErrorCode::EmptyInput,
            "",
            "请求为空：请传入一个请求对象",
            "the request is empty: pass a request object",
        )));
    }
    match js_sys::JSON::stringify(request) {
        Ok(s) => s.as_string().ok_or(()),
        Err(_) => Err(()),
    }
    .map_err(|()| {
        to_js_error(&Error::new(
            ErrorCode::InvalidJson,
            "",
            "请求无法转换为 JSON（是否含有 BigInt 或循环引用？）",
            "the request cannot be turned into JSON (a BigInt or a cycle?)",
        ))
    })
}

fn parse_output(json: &str) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(json)
}

/// Evaluate a request (CONTRACT.md "Evaluate request"); returns the response object.
#[wasm_bindgen(unchecked_return_type = "EvaluateResponse")]
pub fn evaluate(#[wasm_bindgen(unchecked_param_type = "EvaluateRequest | string")] request: JsValue) -> Result<JsValue, JsValue> {
    let text = request_text(&request)?;
    let out = with_engine(|e| e.evaluate_json(&text))?;
    parse_output(&out)
}

/// Evaluate and return the response as JSON text (skips building JS objects).
#[wasm_bindgen(js_name = evaluateJson)]
pub fn evaluate_json(request: &str) -> Result<String, JsValue> {
    with_engine(|e| e.evaluate_json(request))
}

/// A repayment schedule (CONTRACT.md "Schedule request and response").
#[wasm_bindgen(unchecked_return_type = "ScheduleResponse")]
pub fn schedule(#[wasm_bindgen(unchecked_param_type = "ScheduleRequest | string")] request: JsValue) -> Result<JsValue, JsValue> {
    let text = request_text(&request)?;
    let out = with_engine(|e| e.schedule_json(&text))?;
    parse_output(&out)
}

/// Every rule set with its programme, period, documents, citations and source quality.
#[wasm_bindgen(unchecked_return_type = "PoliciesResponse")]
pub fn policies() -> Result<JsValue, JsValue> {
    let out = with_engine(|e| Ok(e.policies_json()))?;
    parse_output(&out)
}

/// Apply a portal's override on top of the built-in data (replacing any earlier one);
/// `null` or `undefined` goes back to the built-in data. A bad override throws and
/// leaves the engine as it was.
#[wasm_bindgen]
pub fn configure(
    #[wasm_bindgen(unchecked_param_type = "PolicyOverride | string | null | undefined")] override_data: JsValue,
) -> Result<(), JsValue> {
    let builtin = Engine::builtin().map_err(|e| to_js_error(&e))?;
    let next = if override_data.is_null() || override_data.is_undefined() {
        builtin
    } else {
        let text = request_text(&override_data)?;
        builtin.with_override(&text).map_err(|e| to_js_error(&e))?
    };
    ENGINE.with(|cell| *cell.borrow_mut() = Some(next));
    Ok(())
}

/// `huiqi 0.1.0`.
#[wasm_bindgen]
pub fn version() -> String {
    crate::ENGINE.to_string()
}

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("../js/types.d.ts");
