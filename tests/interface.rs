//! docs/interface.md is the interface: checked here against what the engine really reads
//! and writes, so it cannot drift. Every request field the engine accepts, every member
//! of every response (explained, in each language, decision-only), every figure and its
//! unit, and every error code must appear in it; its examples must run; and nothing in
//! the project's documents may link outside the project.

#![cfg(not(target_arch = "wasm32"))]

use huiqi::error::ErrorCode;
use huiqi::Engine;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

mod common;
use common::root;

fn doc() -> String {
    std::fs::read_to_string(root().join("docs/interface.md")).unwrap()
}

fn mentioned(doc: &str, name: &str) -> bool {
    doc.contains(&format!("`{name}`")) || doc.contains(&format!("\"{name}\""))
}

/// The fields the engine accepts at one level, from its own `unknown_field` error.
fn allowed_fields(engine: &Engine, schedule: bool, path: &[&str]) -> Vec<String> {
    let mut request: Value = if schedule {
        serde_json::json!({"principal": "1000", "annual_rate": "0.04", "term_months": 12, "method": "equal_installment", "start_date": "2022-07-01"})
    } else {
        serde_json::json!({"as_of": "2022-06-30", "region": "410724", "applicant": {"kind": "person"}})
    };
    let mut cur = &mut request;
    for p in path {
        if cur.get(*p).is_none() {
            cur[*p] = serde_json::json!({});
        }
        cur = &mut cur[*p];
    }
    cur["zz_probe_field"] = Value::from(1);
    let text = request.to_string();
    let err = if schedule { engine.schedule_json(&text) } else { engine.evaluate_json(&text) }.unwrap_err();
    assert_eq!(err.code, ErrorCode::UnknownField, "{err}");
    let list = err.message_en.split("allowed: ").nth(1).unwrap_or_else(|| panic!("no list in {}", err.message_en));
    list.split(", ").map(str::to_string).collect()
}

fn golden_requests() -> Vec<Value> {
    common::rule_set_files()
        .iter()
        .flat_map(|v| v.get("cases").and_then(Value::as_array).cloned().unwrap_or_default())
        .map(|case| case["request"].clone())
        .collect()
}

fn keys(v: &Value, parent: &str, out: &mut BTreeSet<String>, figures: &mut BTreeSet<String>, units: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                match parent {
                    // A rule set's parameters are policy data, described by its file.
                    "parameters" => {}
                    "figures" => {
                        figures.insert(k.clone());
                    }
                    "units" => {
                        units.insert(child.as_str().unwrap_or_default().to_string());
                    }
                    // Citations by key: the keys are the rule set's, the members are the interface's.
                    "citations" => keys(child, k, out, figures, units),
                    _ => {
                        out.insert(k.clone());
                        keys(child, k, out, figures, units);
                    }
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|c| keys(c, parent, out, figures, units)),
        _ => {}
    }
}

#[test]
fn every_request_field_is_documented() {
    let engine = Engine::builtin().unwrap();
    let doc = doc();
    let mut missing = Vec::new();
    for (schedule, path) in [
        (false, &[][..]),
        (false, &["applicant"][..]),
        (false, &["applicant", "foreign_trade"][..]),
        (false, &["applicant", "new_hires"][..]),
        (false, &["loan"][..]),
        (false, &["premises"][..]),
        (true, &[][..]),
    ] {
        for f in allowed_fields(&engine, schedule, path) {
            if !mentioned(&doc, &f) {
                missing.push(format!("{}{f}", path.iter().map(|p| format!("{p}.")).collect::<String>()));
            }
        }
    }
    assert!(missing.is_empty(), "docs/interface.md does not mention the request fields {missing:?}");
}

#[test]
fn every_response_member_figure_unit_and_error_code_is_documented() {
    let engine = Engine::builtin().unwrap();
    let doc = doc();
    let (mut members, mut figures, mut units) = (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
    let requests = golden_requests();
    assert!(requests.len() > 100);
    for request in &requests {
        for extra in [None, Some(("lang", Value::from("en"))), Some(("explain", Value::Bool(false)))] {
            let mut r = request.clone();
            if let Some((k, v)) = extra {
                r[k] = v;
            }
            let Ok(out) = engine.evaluate_json(&r.to_string()) else { continue };
            keys(&serde_json::from_str(&out).unwrap(), "", &mut members, &mut figures, &mut units);
        }
    }
    let schedule = engine
        .schedule_json(r#"{"principal":"1000000","annual_rate":"0.0435","term_months":12,"method":"equal_installment","start_date":"2022-07-01","borrower_rate":"0.022"}"#)
        .unwrap();
    keys(&serde_json::from_str(&schedule).unwrap(), "", &mut members, &mut figures, &mut units);
    keys(&serde_json::from_str(&engine.policies_json()).unwrap(), "", &mut members, &mut figures, &mut units);
    let undocumented: Vec<_> = members.iter().chain(&figures).chain(&units).filter(|k| !mentioned(&doc, k)).collect();
    assert!(undocumented.is_empty(), "docs/interface.md does not mention {undocumented:?}");
    let codes: Vec<_> = ErrorCode::ALL.iter().map(|c| c.as_str()).filter(|c| !mentioned(&doc, c)).collect();
    assert!(codes.is_empty(), "docs/interface.md does not list the error codes {codes:?}");
}

#[test]
fn the_examples_run() {
    let engine = Engine::builtin().unwrap();
    let doc = doc();
    let blocks: Vec<&str> = doc.split("```json").skip(1).filter_map(|b| b.split("```").next()).collect();
    let request = blocks.iter().find(|b| b.contains("\"as_of\"") && b.contains("\"applicant\"") && !b.contains("\"results\"")).unwrap();
    let response: Value = serde_json::from_str(&engine.evaluate_json(request).unwrap()).unwrap();
    assert_eq!(response["results"].as_array().map(Vec::len), Some(4));
    let schedule = blocks.iter().find(|b| b.contains("\"principal\"") && !b.contains("\"periods\"")).unwrap();
    assert!(engine.schedule_json(schedule).is_ok());
}

#[test]
fn nothing_links_outside_the_project() {
    let mut files = vec![root().join("README.md"), root().join("BENCHMARKS.md"), root().join("js/PACKAGE.md")];
    for dir in ["docs"] {
        for e in std::fs::read_dir(root().join(dir)).unwrap() {
            files.push(e.unwrap().path());
        }
    }
    for f in files.iter().filter(|f| Path::new(f).exists()) {
        let text = std::fs::read_to_string(f).unwrap();
        for bad in ["../shared", "](shared/", "CONTRACT.md"] {
            assert!(!text.contains(bad), "{} refers to {bad}, outside the project", f.display());
        }
    }
}
