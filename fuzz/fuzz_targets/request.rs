//! Fuzz the JSON entry points: whatever the bytes, the engine answers with a response
//! or a structured error, and never panics, hangs or overflows the stack.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn engine() -> &'static huiqi::Engine {
    static ENGINE: OnceLock<huiqi::Engine> = OnceLock::new();
    ENGINE.get_or_init(|| huiqi::Engine::builtin().expect("built-in data"))
}

fn is_json(s: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(s).is_ok()
}

fuzz_target!(|data: &[u8]| {
    let e = engine();
    let Ok(text) = huiqi::wire::text_of(data) else { return };
    // The request door (evaluate, explained and decision-only), the schedule door, and
    // the portal's override door.
    match e.evaluate_json(text) {
        Ok(out) => assert!(is_json(&out), "evaluate produced invalid JSON"),
        Err(err) => assert!(is_json(&err.to_json()), "an error is invalid JSON"),
    }
    if let Ok(out) = e.schedule_json(text) {
        assert!(is_json(&out), "schedule produced invalid JSON");
    }
    let _ = e.with_override(text);
});
