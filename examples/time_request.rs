//! Times one request file natively: parse, evaluate, serialise (µs per call). Not a test.
use std::time::Instant;
fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "tests/fixtures/full-request.json".into());
    let text = std::fs::read_to_string(path).unwrap();
    let engine = huiqi::Engine::builtin().unwrap();
    let v = huiqi::json::value::parse(&text).unwrap();
    let req = engine.parse_request(&v).unwrap();
    let n = 20_000u32;
    let t = Instant::now();
    for _ in 0..n { std::hint::black_box(engine.evaluate(&req)); }
    let typed = t.elapsed() / n;
    let t = Instant::now();
    for _ in 0..n { std::hint::black_box(engine.evaluate(&req).to_json()); }
    let ser = t.elapsed() / n;
    let t = Instant::now();
    for _ in 0..n { std::hint::black_box(engine.evaluate_json(&text).unwrap()); }
    let all = t.elapsed() / n;
    println!("typed {typed:?}  +json {ser:?}  text→text {all:?}  bytes {}", engine.evaluate(&req).to_json().len());
}
