//! What several integration tests read: the policy data files as written.

// Each test crate that includes this module uses some of it.
#![allow(dead_code)]

use serde_json::Value;
use std::path::PathBuf;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every JSON file under `policies/`, with its path, parsed; the reference tables
/// (`policies/reference/`) only when `reference` is set.
pub fn policy_files(reference: bool) -> Vec<(PathBuf, Value)> {
    let mut out = Vec::new();
    let mut dirs = vec![root().join("policies")];
    while let Some(dir) = dirs.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() && (reference || p.file_name().unwrap() != "reference") {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "json") {
                let v = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
                out.push((p, v));
            }
        }
    }
    out
}

/// Every rule set file under `policies/` (not the reference tables, not common.json), parsed.
pub fn rule_set_files() -> Vec<Value> {
    policy_files(false).into_iter().filter(|(p, _)| p.file_name().unwrap() != "common.json").map(|(_, v)| v).collect()
}
