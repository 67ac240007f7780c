//! What several integration tests read: the policy data files as written.

use serde_json::Value;
use std::path::PathBuf;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every rule set file under `policies/` (not the reference tables, not common.json), parsed.
pub fn rule_set_files() -> Vec<Value> {
    let mut out = Vec::new();
    let mut dirs = vec![root().join("policies")];
    while let Some(dir) = dirs.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() && p.file_name().unwrap() != "reference" {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "json") && p.file_name().unwrap() != "common.json" {
                out.push(serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap());
            }
        }
    }
    out
}
