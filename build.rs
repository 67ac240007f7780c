//! Bundles the policy data files into one JSON document compiled into the engine, and
//! fails the build if one of them does not fit the rules' vocabulary.
//!
//! Every `policies/**/*.json` rule set file (and the size table) is read, checked to
//! be JSON, checked against `src/rules.rs` (every text the logic can emit is there with
//! a citation and only the placeholders the code fills; no text names a check, message,
//! explanation or hint that does not exist; failing messages say what would change
//! them; each case has a request and an expectation), stripped of its test `cases` (they
//! are for `cargo test`, not for users' downloads) and written to
//! `$OUT_DIR/policies.json` without its English texts, which go to
//! `$OUT_DIR/policies-en.json` (`src/english.rs` says why).

#[allow(dead_code)]
#[path = "src/rules.rs"]
mod rules;

#[allow(dead_code)]
#[path = "src/english.rs"]
mod english;

use serde_json::{Map, Value};
use std::fs;
use std::path::{Path, PathBuf};

fn json_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            if p.file_name().and_then(|n| n.to_str()) != Some("reference") {
                json_files(&p, out);
            }
        } else if p.extension().and_then(|e| e.to_str()) == Some("json") {
            out.push(p);
        }
    }
}

/// Read a data file, dropping what the engine never reads at run time: test cases and
/// maintainers' comments (they stay in the files, and the cases run in `cargo test`).
fn load(path: &Path, drop: &[&str]) -> Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    let mut v: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not valid JSON: {e}", path.display()));
    if let Value::Object(m) = &mut v {
        for key in drop {
            m.remove(*key);
        }
    }
    v
}

/// Merge `patch` into `base`: objects key by key, `null` removes, anything else replaces.
fn merge(base: &mut Value, patch: &Value) {
    match (base, patch) {
        (Value::Object(b), Value::Object(p)) => {
            for (k, v) in p {
                if v.is_null() {
                    b.remove(k);
                } else if let Some(slot) = b.get_mut(k) {
                    merge(slot, v);
                } else {
                    b.insert(k.clone(), v.clone());
                }
            }
        }
        (slot, v) => *slot = v.clone(),
    }
}

/// A rule set as the engine compiles it: its `extends` chain resolved, then the common
/// texts it does not give itself.
fn resolve(rs: &Value, all: &[(PathBuf, Value)], common: &Value) -> Value {
    let mut chain = vec![rs.clone()];
    while let Some(parent) = chain.last().and_then(|v| v.get("extends")).and_then(Value::as_str) {
        let Some((_, p)) = all.iter().find(|(_, v)| v.get("id").and_then(Value::as_str) == Some(parent)) else { break };
        if chain.len() > 8 {
            break;
        }
        chain.push(p.clone());
    }
    let mut out = Value::Object(Map::new());
    for v in chain.iter().rev() {
        merge(&mut out, v);
    }
    for section in ["checks", "hints"] {
        if let (Some(Value::Object(c)), Value::Object(o)) = (common.get(section), &mut out) {
            let target = o.entry(section).or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(t) = target {
                for (k, v) in c {
                    t.entry(k.clone()).or_insert_with(|| v.clone());
                }
            }
        }
    }
    out
}

fn write(name: &str, v: &Value) {
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join(name);
    let text = serde_json::to_string(v).unwrap_or_default();
    fs::write(&out, text).unwrap_or_else(|e| panic!("writing {}: {e}", out.display()));
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into())).join("policies");
    println!("cargo:rerun-if-changed=policies");
    let mut files = Vec::new();
    json_files(&root, &mut files);
    println!("cargo:rerun-if-changed=src/rules.rs");
    println!("cargo:rerun-if-changed=src/english.rs");
    let mut rule_sets = Vec::new();
    let mut common = Value::Object(Map::new());
    let mut whole = Vec::new();
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        if f.file_name().and_then(|n| n.to_str()) == Some("common.json") {
            common = load(f, &["comment"]);
        } else {
            whole.push((f.clone(), load(f, &["comment"])));
            rule_sets.push(load(f, &["cases", "comment"]));
        }
    }
    let mut problems = Vec::new();
    for (path, rs) in &whole {
        let resolved = resolve(rs, &whole, &common);
        for p in rules::problems(&resolved) {
            problems.push(format!("{}: {p}", path.display()));
        }
        for (i, case) in rs.get("cases").and_then(Value::as_array).into_iter().flatten().enumerate() {
            if !case.get("request").is_some_and(Value::is_object) || !case.get("expect").is_some_and(Value::is_object) {
                problems.push(format!("{}: cases[{i}] needs a request object and an expect object", path.display()));
            }
        }
        if rs.get("cases").and_then(Value::as_array).is_none_or(Vec::is_empty) {
            problems.push(format!("{}: a rule set needs its own cases", path.display()));
        }
    }
    if !problems.is_empty() {
        panic!("the policy data does not fit the rules (src/rules.rs):\n  {}", problems.join("\n  "));
    }
    let size_path = root.join("reference").join("enterprise-size-2011.json");
    println!("cargo:rerun-if-changed={}", size_path.display());
    let mut bundle = Map::new();
    bundle.insert("common".into(), common);
    bundle.insert("rule_sets".into(), Value::Array(rule_sets));
    bundle.insert("enterprise_size".into(), load(&size_path, &["cases", "reading", "units", "source", "standard"]));
    let mut bundle = Value::Object(bundle);
    let english = english::split(&mut bundle);
    write("policies.json", &bundle);
    write("policies-en.json", &Value::Object(english));
    let regions_path = root.join("reference").join("regions.json");
    println!("cargo:rerun-if-changed={}", regions_path.display());
    write("regions.json", &load(&regions_path, &["source"]));
}
