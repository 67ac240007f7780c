//! Tight loop over `evaluate_json` for profiling (`perf record`); not a test.
//! `cargo run --release --example profile_evaluate [request.json] [iterations]`
fn main() {
    let mut args = std::env::args().skip(1);
    let text = match args.next() {
        Some(path) => std::fs::read_to_string(path).unwrap(),
        None => include_str!("../tests/fixtures/full-request.json").to_string(),
    };
    let iterations: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(300_000);
    let engine = huiqi::Engine::builtin().unwrap();
    let mut bytes = 0usize;
    for _ in 0..iterations {
        bytes += engine.evaluate_json(&text).unwrap().len();
    }
    println!("{bytes}");
}
