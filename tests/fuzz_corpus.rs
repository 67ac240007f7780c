//! Replay the fuzz seed corpus (and any crash artifacts kept in the tree) through the
//! same checks as the fuzz target, so every `cargo test` covers them.

#![cfg(not(target_arch = "wasm32"))]

use huiqi::json::{parse_bytes, value::parse};
use huiqi::Engine;
use std::path::PathBuf;

#[test]
fn fuzz_seeds_and_artifacts_replay_cleanly() {
    let engine = Engine::builtin().unwrap();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut n = 0;
    for dir in ["corpus-seed/request", "artifacts/request"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else { continue };
        for e in entries {
            let bytes = std::fs::read(e.unwrap().path()).unwrap();
            n += 1;
            let Ok(value) = parse_bytes(&bytes) else { continue };
            if let Ok(out) = engine.evaluate_value(&value) {
                assert!(parse(&out).is_ok());
                assert!(parse(&engine.evaluate_compact_value(&value).unwrap()).is_ok());
            }
            if let Ok(out) = engine.schedule_value(&value) {
                assert!(parse(&out).is_ok());
            }
            let _ = engine.with_override_value(&value);
        }
    }
    assert!(n >= 100, "expected the seed corpus, found {n} inputs");
}
