//! Hostile input: large, deep or odd documents get a structured error, in time linear in
//! their size. (Their times are measured in BENCHMARKS.md, never asserted here.)

#![cfg(not(target_arch = "wasm32"))]

use huiqi::Engine;

fn engine() -> Engine {
    Engine::builtin().unwrap()
}

/// An object with 80,000 distinct keys (about 730 KB, under the 1 MiB cap).
pub fn many_keys() -> String {
    let mut s = String::from("{");
    for i in 0..80_000 {
        if i > 0 {
            s.push(',');
        }
        s.push_str(&format!("\"k{i}\":1"));
    }
    s.push('}');
    s
}

/// 1 MiB of nested arrays: `[[[[…]]]]`.
pub fn nested_arrays() -> String {
    let half = (1 << 20) / 2;
    format!("{}{}", "[".repeat(half), "]".repeat(half))
}

#[test]
fn eighty_thousand_keys_answer_with_a_structured_error() {
    let e = engine();
    let text = many_keys();
    assert!(text.len() < 1 << 20);
    let err = e.evaluate_json(&text).unwrap_err();
    assert_eq!(err.code.as_str(), "unknown_field");
    assert_eq!(err.field, "k0");
    let err = e.schedule_json(&text).unwrap_err();
    assert_eq!(err.code.as_str(), "unknown_field");
    // An override is read whole before it is checked: every key once, no key twice.
    let err = e.with_override(&text).unwrap_err();
    assert_eq!(err.code.as_str(), "invalid_override");
}

#[test]
fn a_mebibyte_of_nested_arrays_answers_with_a_structured_error() {
    let e = engine();
    let text = nested_arrays();
    for err in [e.evaluate_json(&text).unwrap_err(), e.schedule_json(&text).unwrap_err(), e.with_override(&text).unwrap_err()] {
        assert!(["invalid_type", "invalid_json", "invalid_override"].contains(&err.code.as_str()), "{err}");
    }
    // Deep objects inside a known field stop at the recursion limit, not the stack.
    let deep = format!(r#"{{"rule_sets":{}{}}}"#, "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(e.with_override(&deep).unwrap_err().code.as_str(), "invalid_override");
}

#[test]
fn duplicate_keys_are_refused_in_requests_and_overrides() {
    let e = engine();
    let err = e
        .evaluate_json(r#"{"as_of":"2022-06-30","as_of":"2022-07-01","region":"410724","applicant":{"kind":"person"}}"#)
        .unwrap_err();
    assert_eq!((err.code.as_str(), err.field.as_str()), ("invalid_json", "as_of"));
    let err = e.with_override(r#"{"rule_sets":[{"id":"zhengzhou-trade-loan","id":"x"}]}"#).unwrap_err();
    assert_eq!(err.code.as_str(), "invalid_override");
    assert_eq!(err.field, "rule_sets[0].id");
}

#[test]
fn errors_quote_a_short_prefix_of_a_huge_value() {
    let e = engine();
    let huge = "x".repeat(1 << 19);
    for text in [
        format!(r#"{{"as_of":"2022-06-30","region":"410724","applicant":{{"kind":"{huge}"}}}}"#),
        format!(r#"{{"as_of":"{huge}","region":"410724","applicant":{{"kind":"person"}}}}"#),
        format!(r#"{{"as_of":"2022-06-30","region":"{huge}","applicant":{{"kind":"person"}}}}"#),
        format!(r#"{{"as_of":"2022-06-30","region":"410724","applicant":{{"kind":"person","revenue":"{huge}"}}}}"#),
        format!(r#"{{"{huge}":1}}"#),
    ] {
        let err = e.evaluate_json(&text).unwrap_err();
        let json = err.to_json();
        assert!(json.len() < 2_000, "the error quotes {} bytes: {}…", json.len(), &json[..200]);
    }
}

#[test]
fn one_rule_for_a_bom_and_for_whitespace_around_values() {
    let e = engine();
    let text = r#"{"as_of":"2022-06-30","region":"410724","applicant":{"kind":"person"}}"#;
    assert_eq!(e.evaluate_json(&format!("\u{feff}{text}")).unwrap(), e.evaluate_json(text).unwrap());
    for (bad, code) in [
        (r#"{"as_of":"2022-06-30","region":"410724","applicant":{"kind":"person","revenue":" 100"}}"#, "invalid_decimal"),
        (r#"{"as_of":" 2022-06-30","region":"410724","applicant":{"kind":"person"}}"#, "invalid_date"),
        (r#"{"as_of":"2022-06-30","region":" 410724","applicant":{"kind":"person"}}"#, "invalid_region"),
    ] {
        assert_eq!(e.evaluate_json(bad).unwrap_err().code.as_str(), code, "{bad}");
    }
}

#[test]
fn overrides_that_would_be_quietly_wrong_are_refused() {
    let e = engine();
    let refused = |text: &str| {
        let err = e.with_override(text).unwrap_err();
        assert_eq!(err.code.as_str(), "invalid_override", "{text}: {err}");
        assert!(err.message_en.contains("not applied") && err.message_zh.contains("未生效"), "{err}");
        err
    };
    // Nothing at all.
    refused("[]");
    refused(r#"{"rule_sets":[]}"#);
    // A region that does not exist would match no one.
    let err = refused(r#"{"rule_sets":[{"id":"zhengzhou-trade-loan","scope_regions":["9999"]}]}"#);
    assert_eq!(err.field, "rule_set(zhengzhou-trade-loan).scope_regions");
    let err = refused(r#"{"rule_sets":[{"id":"henan-tech-loan-2021","parameters":{"eligible_regions":["4199"]}}]}"#);
    assert!(err.field.ends_with("parameters.eligible_regions"), "{}", err.field);
    // The same rule set twice: which one would win?
    let err = refused(r#"{"rule_sets":[{"id":"zhengzhou-trade-loan","parameters":{"max_amount":"1000"}},{"id":"zhengzhou-trade-loan","parameters":{"max_amount":"2000"}}]}"#);
    assert_eq!(err.field, "rule_sets[1].id");
    // A published LPR is history: repeating it is fine, rewriting it is not.
    assert!(e.with_override(r#"{"lpr":[{"publish_date":"2022-01-20","lpr_1y_pct":"3.70","lpr_5y_pct":"4.60"}]}"#).is_ok());
    refused(r#"{"lpr":[{"publish_date":"2022-01-20","lpr_1y_pct":"3.50","lpr_5y_pct":"4.60"}]}"#);
    // A new rule set must say what it should answer.
    let mut new_rule_set: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/policies/trade_loan/zhengzhou-trade-loan.json")).unwrap()).unwrap();
    new_rule_set["id"] = "kaifeng-trade-loan".into();
    new_rule_set["cases"] = serde_json::json!([]);
    let err = refused(&serde_json::json!({ "rule_sets": [new_rule_set] }).to_string());
    assert_eq!(err.field, "rule_sets[0].cases");
}

#[test]
fn a_loan_running_past_the_last_computable_date_is_an_error_not_missing_figures() {
    let e = engine();
    let err = e
        .evaluate_json(r#"{"as_of":"2022-06-30","region":"410724","applicant":{"kind":"person","startup_groups":["veteran"],"subsidised_loans_before":0},
            "loan":{"amount":"200000","term_months":24,"annual_rate":"0.0435","repayment":"equal_installment","start_date":"2199-06-01"}}"#)
        .unwrap_err();
    assert_eq!((err.code.as_str(), err.field.as_str()), ("out_of_range", "loan.start_date"));
}

#[test]
fn a_nested_object_given_as_an_array_is_refused_not_read_by_position() {
    // serde's derived structs would read `["state", "5000", false, true, true]` as the
    // fields in order; a request must name its fields.
    let e = engine();
    let base = r#""programmes":["rent_relief","startup_guarantee_loan"],"region":"410102","as_of":"2022-06-01""#;
    let applicant = r#"{"kind":"individual_business","industry":"catering"}"#;
    for (field, request) in [
        ("applicant", format!(r#"{{{base},"applicant":["individual_business","catering"]}}"#)),
        ("premises", format!(r#"{{{base},"applicant":{applicant},"premises":["state","5000",false,true,true]}}"#)),
        ("premises", format!(r#"{{{base},"applicant":{applicant},"premises":[]}}"#)),
        ("loan", format!(r#"{{{base},"applicant":{applicant},"loan":["200000",24]}}"#)),
        ("financing", format!(r#"{{{base},"applicant":{applicant},"financing":[true,true,true]}}"#)),
        ("applicant.new_hires", format!(r#"{{{base},"applicant":{{"kind":"enterprise","new_hires":[3,2]}}}}"#)),
        ("applicant.foreign_trade", format!(r#"{{{base},"applicant":{{"kind":"enterprise","foreign_trade":[true,true]}}}}"#)),
    ] {
        let err = e.evaluate_json(&request).unwrap_err();
        assert_eq!((err.code.as_str(), err.field.as_str()), ("invalid_type", field), "{request}");
        assert_eq!(err.message_zh, format!("{field} 应为对象"));
        assert_eq!(err.message_en, format!("{field} must be an object, not an array"));
    }
    // null still reads as absent, and an object as before
    let ok = format!(r#"{{{base},"applicant":{applicant},"premises":null,"loan":{{"amount":"200000"}}}}"#);
    assert!(e.evaluate_json(&ok).is_ok());
}
