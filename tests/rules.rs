//! The rules' vocabulary (src/rules.rs) and the policy data fit each other: the same
//! check `build.rs` runs before it compiles the data in, and what it catches.

#![cfg(not(target_arch = "wasm32"))]

use huiqi::rules::{self, problems, Id};
use serde_json::{json, Value};

fn rule_set(path: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(format!("{}/policies/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()).unwrap()
}

fn with_common(mut rs: Value) -> Value {
    let common = rule_set("common.json");
    for section in ["checks", "hints"] {
        for (k, v) in common[section].as_object().unwrap() {
            if rs[section].get(k).is_none() {
                rs[section][k] = v.clone();
            }
        }
    }
    rs
}

#[test]
fn shipped_rule_sets_have_no_problems() {
    for path in ["tech_loan/henan-tech-loan-2021.json", "trade_loan/zhengzhou-trade-loan.json", "startup_guarantee_loan/national-startup-loan-2020.json", "rent_relief/national-rent-relief-2022.json"] {
        assert_eq!(problems(&with_common(rule_set(path))), Vec::<String>::new(), "{path}");
    }
}

#[test]
fn a_missing_text_an_unknown_name_a_bad_placeholder_and_a_missing_citation_are_found() {
    let base = with_common(rule_set("tech_loan/henan-tech-loan-2021.json"));
    type Doctor = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(Doctor, &str)> = vec![
        (Box::new(|v| { v["checks"]["collateral"]["messages"].as_object_mut().unwrap().remove("pass_none"); }), "checks.collateral.messages.pass_none: the text is missing"),
        (Box::new(|v| v["checks"]["colateral"] = json!({"citation": "applicants", "messages": {}})), "checks.colateral: the logic henan_tech_loan has no such check"),
        (Box::new(|v| v["checks"]["collateral"]["messages"]["pass_nothing"] = json!({"zh": "x", "en": "x"})), "the check collateral has no message pass_nothing"),
        (Box::new(|v| v["explanations"]["share_tier"]["zh"] = json!("{revenue}{tier}{shares}")), "the placeholder {shares}"),
        (Box::new(|v| v["explanations"]["share_tier"]["citation"] = json!("nowhere")), "cites nowhere, which is not among its citations"),
        (Box::new(|v| { v["checks"]["region"]["messages"]["fail"].as_object_mut().unwrap().remove("hint"); }), "a failing message needs a hint"),
        (Box::new(|v| v["hints"]["improve_credti"] = json!({"zh": "x", "en": "x"})), "hints.improve_credti: the logic henan_tech_loan has no such hint"),
    ];
    for (doctor, expected) in cases {
        let mut v = base.clone();
        doctor(&mut v);
        let found = problems(&v);
        assert!(found.iter().any(|p| p.contains(expected)), "expected “{expected}” among {found:?}");
    }
}

#[test]
fn every_variant_has_its_spec_in_order() {
    for (i, m) in rules::tech::Msg::ALL.iter().enumerate() {
        assert_eq!(m.index(), i);
        assert_eq!(m.spec(), &rules::tech::Msg::SPECS[i]);
    }
    assert_eq!(rules::startup::Explain::ALL.len(), rules::startup::Explain::SPECS.len());
    assert_eq!(rules::common::Msg::InForceExpired.spec().check, "in_force");
}
