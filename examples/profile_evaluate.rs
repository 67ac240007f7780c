//! Tight loop over `evaluate` for profiling (`perf record`); not a test.
fn main() {
    let engine = huiqi::Engine::builtin().unwrap();
    let v = huiqi::json::value::parse(include_str!("../tests/fixtures/full-request.json")).unwrap();
    let req = engine.parse_request(&v).unwrap();
    let mode = std::env::args().nth(1).unwrap_or_default();
    let mut n = 0usize;
    for _ in 0..300_000 {
        if mode == "json" {
            n += engine.evaluate(&req).to_json().len();
        } else {
            n += engine.evaluate(&req).results.len();
        }
    }
    println!("{n}");
}
