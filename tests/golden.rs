//! Golden test: every policy data file carries its own cases, and every case passes.
//! A rule set cannot land without examples (gorules/zen style).

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
