//! Golden test: every policy data file carries its own cases, and every case passes.
//! A rule set cannot land without examples (gorules/zen style).

#![cfg(not(target_arch = "wasm32"))]

use huiqi::cases::run_cases;
use huiqi::Engine;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn parse(s: &str) -> serde_json::Result<serde_json::Value> {
    serde_json::from_str(s)
}


fn policy_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() && p.file_name().unwrap() != "reference" {
            policy_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "json") && p.file_name().unwrap() != "common.json" {
            out.push(p);
        }
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("policies")
}

#[test]
fn every_rule_set_file_has_cases_and_they_pass() {
    let engine = Engine::builtin().unwrap();
    let mut files = Vec::new();
    policy_files(&root(), &mut files);
    assert!(files.len() >= 9, "expected the nine shipped rule sets, found {}", files.len());
    let mut failures = Vec::new();
    let mut total = 0;
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let v: Value = parse(&text).unwrap();
        let id = v.get("id").and_then(Value::as_str).unwrap();
        assert!(engine.rule_set(id).is_some(), "{} is not compiled in", f.display());
        let cases = v.get("cases").and_then(Value::as_array).unwrap_or_else(|| panic!("{} has no cases", f.display()));
        assert!(!cases.is_empty(), "{} has an empty case list: a rule set cannot land without examples", f.display());
        total += cases.len();
        for fail in run_cases(&engine, id, v.get("cases").unwrap()) {
            failures.push(format!("{} / {}: {}", fail.rule_set, fail.case, fail.problem));
        }
    }
    assert!(failures.is_empty(), "{} of {total} cases fail:\n{}", failures.len(), failures.join("\n"));
    eprintln!("{total} golden cases pass across {} rule sets", files.len());
}

#[test]
fn every_compiled_rule_set_has_a_file() {
    let engine = Engine::builtin().unwrap();
    let mut files = Vec::new();
    policy_files(&root(), &mut files);
    let ids: Vec<String> = files
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(f).unwrap();
            parse(&text).unwrap().get("id").and_then(Value::as_str).unwrap().to_string()
        })
        .collect();
    for rs in engine.rule_sets() {
        assert!(ids.contains(&rs.id), "{} has no data file", rs.id);
    }
}

#[test]
fn enterprise_size_cases_cover_all_sixteen_rows() {
    use huiqi::size::SizeFacts;
    use rust_decimal::Decimal;
    use std::str::FromStr;
    let engine = Engine::builtin().unwrap();
    let text = std::fs::read_to_string(root().join("reference/enterprise-size-2011.json")).unwrap();
    let data = parse(&text).unwrap();
    let cases = data.get("cases").and_then(Value::as_array).unwrap();
    let mut rows_seen = std::collections::BTreeSet::new();
    for c in cases {
        let name = c.get("name").and_then(Value::as_str).unwrap();
        let dec = |k: &str| c.get(k).and_then(Value::as_str).map(|s| Decimal::from_str(s).unwrap());
        let employees = c.get("employees").map(|v| v.to_string().parse::<u32>().unwrap());
        let industry = c.get("industry").and_then(Value::as_str);
        if let Some(i) = industry {
            rows_seen.insert(i.to_string());
        }
        let facts = SizeFacts { employees, revenue: dec("revenue"), total_assets: dec("total_assets") };
        let got = engine.sizes().classify(industry.and_then(|i| engine.sizes().find(i)), facts);
        let want = c.get("expect").and_then(Value::as_str).unwrap();
        assert_eq!(got.class_str(), want, "{name}");
        if let Some(Value::Array(missing)) = c.get("missing") {
            let want: Vec<&str> = missing.iter().filter_map(Value::as_str).collect();
            assert_eq!(got.missing, want, "{name}");
        }
    }
    assert_eq!(rows_seen.len(), 16, "every industry row needs cases");
}

/// Every golden case's request (as the golden test runs it), with its rule set's id.
fn golden_case_requests(engine: &Engine) -> Vec<(String, serde_json::Value)> {
    let mut files = Vec::new();
    policy_files(&root(), &mut files);
    let mut out = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let v: Value = parse(&text).unwrap();
        let id = v.get("id").and_then(Value::as_str).unwrap();
        for case in v.get("cases").and_then(Value::as_array).unwrap() {
            let request = huiqi::cases::case_request(engine, id, case).unwrap();
            out.push((id.to_string(), serde_json::from_str(&request.to_string()).unwrap()));
        }
    }
    out
}

/// `lang` writes one language: the response equals the bilingual one with the other
/// language's messages and titles taken out, for every golden request.
#[test]
fn lang_writes_one_language_and_nothing_else_changes() {
    fn strip(v: &serde_json::Value, drop: &str) -> serde_json::Value {
        match v {
            serde_json::Value::Object(m) => serde_json::Value::Object(
                m.iter()
                    .filter(|(k, _)| *k != &format!("message_{drop}") && *k != &format!("title_{drop}"))
                    .map(|(k, v)| (k.clone(), strip(v, drop)))
                    .collect(),
            ),
            serde_json::Value::Array(a) => serde_json::Value::Array(a.iter().map(|x| strip(x, drop)).collect()),
            other => other.clone(),
        }
    }
    let engine = Engine::builtin().unwrap();
    let mut checked = 0;
    for (id, mut request) in golden_case_requests(&engine) {
        let Ok(both) = engine.evaluate_json(&request.to_string()) else { continue };
        let both: serde_json::Value = serde_json::from_str(&both).unwrap();
        for (lang, drop) in [("zh-CN", "en"), ("zh", "en"), ("en", "zh")] {
            request["lang"] = lang.into();
            let one: serde_json::Value = serde_json::from_str(&engine.evaluate_json(&request.to_string()).unwrap()).unwrap();
            assert_eq!(one, strip(&both, drop), "{id} with lang {lang}");
        }
        checked += 1;
    }
    assert!(checked > 100, "only {checked} requests checked");
}

#[test]
fn an_unknown_lang_is_refused_naming_the_field() {
    let engine = Engine::builtin().unwrap();
    let e = engine
        .evaluate_json(r#"{"as_of":"2022-06-30","region":"410724","applicant":{"kind":"person"},"lang":"fr"}"#)
        .unwrap_err();
    assert_eq!(e.field, "lang");
    assert!(e.message_en.contains("zh-CN") && e.message_en.contains("en"), "{}", e.message_en);
}
