//! Fuzz the JSON entry points: whatever the bytes, the engine answers with a response
//! or a structured error, and never panics, hangs or overflows the stack.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn engine() -> &'static huiqi::Engine {
    static ENGINE: OnceLock<huiqi::Engine> = OnceLock::new();
    ENGINE.get_or_init(|| huiqi::Engine::builtin().expect("built-in data"))
}

fuzz_target!(|data: &[u8]| {
    let e = engine();
    let Ok(value) = huiqi::json::parse_bytes(data) else { return };
    // The request door (evaluate), the schedule door, and the portal's override door.
    if let Ok(out) = e.evaluate_value(&value) {
        assert!(huiqi::json::value::parse(&out).is_ok(), "evaluate produced invalid JSON");
        let compact = e.evaluate_compact_value(&value).expect("the compact form accepts what evaluate accepts");
        assert!(huiqi::json::value::parse(&compact).is_ok(), "the compact form is invalid JSON");
    }
    if let Ok(out) = e.schedule_value(&value) {
        assert!(huiqi::json::value::parse(&out).is_ok(), "schedule produced invalid JSON");
    }
    let _ = e.with_override_value(&value);
});
