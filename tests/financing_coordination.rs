//! The 推荐清单 self-check's request fields: refused with their JSON path when wrong, and
//! the programme is evaluated only when named (a request without `programmes` keeps its
//! four results).

#![cfg(not(target_arch = "wasm32"))]

use huiqi::error::ErrorCode;
use huiqi::Engine;
use serde_json::Value;

fn evaluate(engine: &Engine, request: &str) -> Result<Value, huiqi::error::Error> {
    engine.evaluate_json(request).map(|t| serde_json::from_str(&t).unwrap())
}

const BASE: &str = r#""as_of": "2026-11-24", "region": "410105", "applicant": {"kind": "individual_business"}"#;

#[test]
fn bad_financing_fields_name_their_path() {
    let engine = Engine::builtin().unwrap();
    for (financing, code, field) in [
        (r#"{"purpose": "speculation"}"#, ErrorCode::InvalidValue, "financing.purpose"),
        (r#"{"good_credit": "yes"}"#, ErrorCode::InvalidType, "financing.good_credit"),
        (r#"{"goodcredit": true}"#, ErrorCode::UnknownField, "financing.goodcredit"),
        (r#""yes""#, ErrorCode::InvalidType, "financing"),
    ] {
        let request = format!(r#"{{{BASE}, "financing": {financing}, "programmes": ["financing_coordination"]}}"#);
        let err = evaluate(&engine, &request).unwrap_err();
        assert_eq!((err.code, err.field.as_str()), (code, field), "{financing}: {err}");
    }
    // A near miss is named.
    let err = evaluate(&engine, &format!(r#"{{{BASE}, "financing": {{"good_credt": true}}}}"#)).unwrap_err();
    assert!(err.message_en.contains("good_credit"), "{}", err.message_en);
}

#[test]
fn the_self_check_is_asked_for_by_name() {
    let engine = Engine::builtin().unwrap();
    let all = evaluate(&engine, &format!("{{{BASE}}}")).unwrap();
    let programmes: Vec<&str> = all["results"].as_array().unwrap().iter().map(|r| r["programme"].as_str().unwrap()).collect();
    assert_eq!(programmes, ["tech_loan", "trade_loan", "startup_guarantee_loan", "rent_relief"]);
    let named = evaluate(&engine, &format!(r#"{{{BASE}, "programmes": ["financing_coordination", "tech_loan"]}}"#)).unwrap();
    let programmes: Vec<&str> = named["results"].as_array().unwrap().iter().map(|r| r["programme"].as_str().unwrap()).collect();
    assert_eq!(programmes, ["tech_loan", "financing_coordination"], "in response order");
}

#[test]
fn no_figure_and_every_check_cited() {
    let engine = Engine::builtin().unwrap();
    let request = format!(
        r#"{{{BASE}, "loan": {{"amount": "300000", "term_months": 12}}, "financing": {{"operates_compliantly": true, "fixed_premises": true, "real_need": true, "purpose": "equipment", "good_credit": true, "lawful_use": true}}, "programmes": ["financing_coordination"]}}"#
    );
    let r = evaluate(&engine, &request).unwrap();
    let result = &r["results"][0];
    assert_eq!(result["status"], "eligible");
    assert_eq!(result["figures"], serde_json::json!({}), "a place on a list is not an amount");
    for c in result["checks"].as_array().unwrap() {
        assert!(c["citation"]["source"].as_str().unwrap().contains(".txt:"), "{c}");
    }
    let need = result["checks"].as_array().unwrap().iter().find(|c| c["id"] == "real_need").unwrap();
    assert!(need["message_zh"].as_str().unwrap().contains("30万元"), "{need}");
    assert!(need["message_zh"].as_str().unwrap().contains("购置设备"), "{need}");
}
