//! The core and the binding running as WebAssembly in a real browser (headless
//! Chromium through wasm-bindgen-test): `wasm-pack test --headless --chrome`.
#![cfg(target_arch = "wasm32")]

use huiqi::wasm_api::Engine;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const FULL: &str = include_str!("fixtures/full-request.json");

fn parse(s: &str) -> serde_json::Value {
    serde_json::from_str(s).unwrap()
}

fn js_field(v: &JsValue, key: &str) -> String {
    js_sys::Reflect::get(v, &JsValue::from_str(key)).unwrap().as_string().unwrap()
}

#[wasm_bindgen_test]
fn evaluates_the_full_request() {
    let engine = huiqi::Engine::builtin().unwrap();
    let v = parse(&engine.evaluate_json(FULL).unwrap());
    assert_eq!(v.get("results").and_then(|r| r.as_array()).map(Vec::len), Some(4));
    assert_eq!(v.pointer("/results/0/figures/compensation_share").and_then(|s| s.as_str()), Some("0.55"));
    assert_eq!(v.pointer("/results/0/units/compensation_share").and_then(|s| s.as_str()), Some("share"));
}

#[wasm_bindgen_test]
fn golden_cases_hold_in_wasm() {
    let engine = huiqi::Engine::builtin().unwrap();
    for text in [
        include_str!("../policies/tech_loan/henan-tech-loan-2021.json"),
        include_str!("../policies/startup_guarantee_loan/national-startup-loan-2020.json"),
        include_str!("../policies/rent_relief/xinxiang-rent-relief-2022.json"),
    ] {
        let v = parse(text);
        let id = v.get("id").and_then(|i| i.as_str()).unwrap();
        let failures = huiqi::cases::run_cases(&engine, id, v.get("cases").unwrap());
        assert!(failures.is_empty(), "{id}: {:?}", failures.first().map(|f| &f.problem));
    }
}

#[wasm_bindgen_test]
fn schedules_are_exact_in_wasm() {
    let out = Engine::new(None, None)
        .unwrap()
        .schedule_json(
            r#"{"principal":"1000000","annual_rate":"0.0435","term_months":12,"method":"equal_installment","start_date":"2022-07-01","borrower_rate":"0.022"}"#,
        )
        .unwrap();
    assert!(out.contains(r#""payment":"85309.90""#));
    assert!(out.contains(r#""principal":"1000000.00""#));
}

#[wasm_bindgen_test]
fn errors_are_thrown_as_plain_objects() {
    // js/index.js rethrows this object as a HuiqiError (tested in tests/js).
    let err = Engine::new(None, None)
        .unwrap()
        .evaluate_json(r#"{"as_of":"2022-02-30","region":"410724","applicant":{"kind":"person"}}"#)
        .unwrap_err();
    assert_eq!(js_field(&err, "code"), "invalid_date");
    assert_eq!(js_field(&err, "field"), "as_of");
    assert!(js_field(&err, "message_zh").contains("2022-02-30"));
}

#[wasm_bindgen_test]
fn engines_keep_their_own_data_and_a_bad_override_changes_nothing() {
    let mut a = Engine::new(None, None).unwrap();
    let b = Engine::new(Some(r#"{"rule_sets":[{"id":"zhengzhou-trade-loan","parameters":{"rate_cap":"0.045"}}]}"#.into()), None).unwrap();
    assert!(a.configure_json(Some(r#"{"rule_sets":[{"id":"zhengzhou-trade-loan","parameters":{"rate_cap":"9"}}]}"#.into())).is_err());
    assert!(!a.evaluate_json(FULL).unwrap().contains("\"rate_cap\":\"0.045\""));
    assert!(b.evaluate_json(FULL).unwrap().contains("\"rate_cap\":\"0.045\""));
    a.configure_json(Some(r#"{"rule_sets":[{"id":"zhengzhou-trade-loan","parameters":{"rate_cap":"0.045"}}]}"#.into())).unwrap();
    assert!(a.evaluate_json(FULL).unwrap().contains("\"rate_cap\":\"0.045\""));
}
