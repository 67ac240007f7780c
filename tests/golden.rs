//! Golden test: every policy data file carries its own cases, and every case passes.
//! A rule set cannot land without examples (gorules/zen style).

#![cfg(not(target_arch = "wasm32"))]

use huiqi::cases::run_cases;
use huiqi::Engine;
use huiqi::json::{value::parse, Value};
use std::path::{Path, PathBuf};

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
