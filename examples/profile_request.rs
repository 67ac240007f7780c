//! Where one request's time goes, natively (a quick look; criterion has the real figures):
//! `cargo run --release --example profile_request`.
use std::time::Instant;

fn main() {
    let engine = huiqi::Engine::builtin().unwrap();
    let base: serde_json::Value = serde_json::from_str(include_str!("../tests/fixtures/full-request.json")).unwrap();
    for (label, programmes) in [("tech", vec!["tech_loan"]), ("startup", vec!["startup_guarantee_loan"]), ("both", vec!["tech_loan", "startup_guarantee_loan"])] {
        let mut req = base.clone();
        req["programmes"] = serde_json::json!(programmes);
        req["explain"] = false.into();
        let text = req.to_string();
        let n = 20000;
        let time = |name: &str, f: &dyn Fn()| {
            for _ in 0..1000 {
                f();
            }
            let t = Instant::now();
            for _ in 0..n {
                f();
            }
            println!("{label} decision-only {name}: {:.2} µs", t.elapsed().as_secs_f64() * 1e6 / f64::from(n));
        };
        let parsed = engine.parse_request(&text).unwrap();
        time("parse", &|| drop(std::hint::black_box(engine.parse_request(&text).unwrap())));
        time("evaluate", &|| drop(std::hint::black_box(engine.evaluate(&parsed))));
        let resp = engine.evaluate(&parsed);
        time("serialize", &|| drop(std::hint::black_box(resp.to_json())));
        println!("{label}: {} bytes", resp.to_json().len());
    }
}
