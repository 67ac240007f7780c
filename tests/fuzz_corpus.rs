//! Replay the fuzz seed corpus (and any crash artifacts kept in the tree) through the
//! same checks as the fuzz target, so every `cargo test` covers them.

#![cfg(not(target_arch = "wasm32"))]

use huiqi::Engine;
use std::path::PathBuf;

fn is_json(s: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(s).is_ok()
}

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
            let Ok(text) = huiqi::wire::text_of(&bytes) else { continue };
            match engine.evaluate_json(text) {
                Ok(out) => assert!(is_json(&out)),
                Err(err) => assert!(is_json(&err.to_json())),
            }
            if let Ok(out) = engine.schedule_json(text) {
                assert!(is_json(&out));
            }
            let _ = engine.with_override(text);
        }
    }
    assert!(n >= 100, "expected the seed corpus, found {n} inputs");
}
