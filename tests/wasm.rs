//! The core and the binding running as WebAssembly in a real browser (headless
//! Chromium through wasm-bindgen-test): `wasm-pack test --headless --chrome`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const FULL: &str = include_str!("fixtures/full-request.json");

#[wasm_bindgen_test]
fn evaluates_the_full_request() {
    let engine = huiqi::Engine::builtin().unwrap();
    let out = engine.evaluate_json(FULL).unwrap();
    let v = huiqi::json::value::parse(&out).unwrap();
    assert_eq!(v.get("results").and_then(|r| r.as_array()).map(Vec::len), Some(4));
    assert_eq!(v.pointer("/results/0/figures/compensation_share").and_then(|s| s.as_str()), Some("0.55"));
}

#[wasm_bindgen_test]
fn golden_cases_hold_in_wasm() {
    let engine = huiqi::Engine::builtin().unwrap();
    for text in [
        include_str!("../policies/tech_loan/henan-tech-loan-2021.json"),
        include_str!("../policies/startup_guarantee_loan/national-startup-loan-2020.json"),
        include_str!("../policies/rent_relief/xinxiang-rent-relief-2022.json"),
    ] {
        let v = huiqi::json::value::parse(text).unwrap();
        let id = v.get("id").and_then(|i| i.as_str()).unwrap();
        let failures = huiqi::cases::run_cases(&engine, id, v.get("cases").unwrap());
        assert!(failures.is_empty(), "{id}: {:?}", failures.first().map(|f| &f.problem));
    }
}

#[wasm_bindgen_test]
fn schedules_are_exact_in_wasm() {
    let out = huiqi::wasm_api::schedule_json(
        r#"{"principal":"1000000","annual_rate":"0.0435","term_months":12,"method":"equal_installment","start_date":"2022-07-01","borrower_rate":"0.022"}"#,
    )
    .unwrap();
    assert!(out.contains(r#""payment":"85309.90""#));
    assert!(out.contains(r#""principal":"1000000.00""#));
}

#[wasm_bindgen_test]
fn errors_are_thrown_as_the_cli_error_json() {
    // js/index.js rethrows this text as a HuiqiError (tested in tests/js).
    let err = huiqi::wasm_api::evaluate_json(r#"{"as_of":"2022-02-30","region":"410724","applicant":{"kind":"person"}}"#).unwrap_err();
    let text = err.as_string().unwrap();
    assert!(text.starts_with(r#"{"error":{"code":"invalid_date","field":"as_of","#), "{text}");
}

#[wasm_bindgen_test]
fn a_bad_override_leaves_the_engine_as_it_was() {
    assert!(huiqi::wasm_api::configure_json(Some("{\"rule_sets\":[{\"id\":\"zhengzhou-trade-loan\",\"parameters\":{\"rate_cap\":\"9\"}}]}".into())).is_err());
    let out = huiqi::wasm_api::evaluate_json(FULL).unwrap();
    assert!(out.contains("\"programme\":\"trade_loan\""));
    huiqi::wasm_api::configure_json(Some("{\"rule_sets\":[{\"id\":\"zhengzhou-trade-loan\",\"parameters\":{\"rate_cap\":\"0.045\"}}]}".into())).unwrap();
    let out = huiqi::wasm_api::evaluate_json(FULL).unwrap();
    assert!(out.contains("\"rate_cap\":\"0.045\""));
    huiqi::wasm_api::configure_json(None).unwrap();
}
