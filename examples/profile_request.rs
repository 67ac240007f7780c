//! Where one request's time goes, natively (a quick look; criterion has the real figures):
//! `cargo run --release --example profile_request`. The four-programme lines are the
//! request `huiqi evaluate --batch` is measured on (scripts/bench-batch); "both" is the
//! two-programme request of the team's peers bench (BENCHMARKS.md).
use std::time::Instant;

fn main() {
    let engine = huiqi::Engine::builtin().unwrap();
    let base: serde_json::Value = serde_json::from_str(include_str!("../tests/fixtures/full-request.json")).unwrap();
    let sets: [(&str, Option<Vec<&str>>); 4] = [
        ("tech", Some(vec!["tech_loan"])),
        ("startup", Some(vec!["startup_guarantee_loan"])),
        ("both", Some(vec!["tech_loan", "startup_guarantee_loan"])),
        ("four", None),
    ];
    for (label, programmes) in sets {
        for (mode, key, value) in [("decision-only", "explain", serde_json::json!(false)), ("zh-CN", "lang", serde_json::json!("zh-CN"))] {
            let mut req = base.clone();
            if let Some(p) = &programmes {
                req["programmes"] = serde_json::json!(p);
            }
            req[key] = value;
            let text = req.to_string();
            let n = 20000;
            let time = |f: &dyn Fn()| {
                for _ in 0..1000 {
                    f();
                }
                let t = Instant::now();
                for _ in 0..n {
                    f();
                }
                t.elapsed().as_secs_f64() * 1e6 / f64::from(n)
            };
            let parsed = engine.parse_request(&text).unwrap();
            let parse = time(&|| drop(std::hint::black_box(engine.parse_request(&text).unwrap())));
            let evaluate = time(&|| drop(std::hint::black_box(engine.evaluate(&parsed))));
            let resp = engine.evaluate(&parsed);
            let serialize = time(&|| drop(std::hint::black_box(resp.to_json())));
            println!(
                "{label} {mode}: parse {parse:.2} µs, evaluate {evaluate:.2} µs, serialize {serialize:.2} µs ({} bytes), sum {:.2} µs",
                resp.to_json().len(),
                parse + evaluate + serialize
            );
        }
    }
}
