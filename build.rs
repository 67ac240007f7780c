//! Bundles the policy data files into one JSON document compiled into the engine.
//!
//! Every `policies/**/*.json` rule set file (and the size table) is read, checked to
//! be JSON, stripped of its test `cases` (they are for `cargo test`, not for users'
//! downloads) and written to `$OUT_DIR/policies.json`.

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
    let mut rule_sets = Vec::new();
    let mut common = Value::Object(Map::new());
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        if f.file_name().and_then(|n| n.to_str()) == Some("common.json") {
            common = load(f, &["comment"]);
        } else {
            rule_sets.push(load(f, &["cases", "comment"]));
        }
    }
    let size_path = root.join("reference").join("enterprise-size-2011.json");
    println!("cargo:rerun-if-changed={}", size_path.display());
    let mut bundle = Map::new();
    bundle.insert("common".into(), common);
    bundle.insert("rule_sets".into(), Value::Array(rule_sets));
    bundle.insert("enterprise_size".into(), load(&size_path, &["cases", "reading", "units", "source", "standard"]));
    write("policies.json", &Value::Object(bundle));
    let regions_path = root.join("reference").join("regions.json");
    println!("cargo:rerun-if-changed={}", regions_path.display());
    write("regions.json", &load(&regions_path, &["source"]));
}
