//! Criterion benchmarks: `evaluate` for a full four-programme request (explained in both
//! languages, in one language, and decision-only), the JSON door around it, and a
//! 360-month schedule; and the engine's start (the built-in policy data loaded, as the
//! element's wasm does when the page has downloaded it). Figures go to BENCHMARKS.md.

use criterion::{criterion_group, criterion_main, Criterion};
use huiqi::schedule::{compute, ScheduleRequest};
use huiqi::Engine;
use std::hint::black_box;

const FULL_REQUEST: &str = include_str!("../tests/fixtures/full-request.json");

/// The full request with `extra` members added at the top.
fn with(extra: &str) -> String {
    format!("{{{extra},{}", FULL_REQUEST.trim_start().strip_prefix('{').unwrap())
}

fn engine_benches(c: &mut Criterion) {
    let engine = Engine::builtin().unwrap();
    let request = engine.parse_request(FULL_REQUEST).unwrap();
    c.bench_function("evaluate (four programmes, typed request → response)", |b| {
        b.iter(|| black_box(engine.evaluate(black_box(&request))))
    });
    c.bench_function("evaluate + serialise response", |b| {
        b.iter(|| black_box(engine.evaluate(black_box(&request)).to_json()))
    });
    c.bench_function("evaluate_json (text in → text out)", |b| {
        b.iter(|| black_box(engine.evaluate_json(black_box(FULL_REQUEST)).unwrap()))
    });
    let zh = with(r#""lang":"zh-CN""#);
    c.bench_function("evaluate_json, lang zh-CN", |b| b.iter(|| black_box(engine.evaluate_json(black_box(&zh)).unwrap())));
    let decision = with(r#""explain":false"#);
    c.bench_function("evaluate_json, decision only (explain: false)", |b| {
        b.iter(|| black_box(engine.evaluate_json(black_box(&decision)).unwrap()))
    });
    c.bench_function("parse request", |b| b.iter(|| black_box(engine.parse_request(black_box(FULL_REQUEST)).unwrap())));
    c.bench_function("engine start (built-in data, Chinese texts only)", |b| b.iter(|| black_box(Engine::chinese_only().unwrap())));
}

fn schedule_benches(c: &mut Criterion) {
    let req = ScheduleRequest::parse(
        r#"{"principal": "2000000", "annual_rate": "0.049", "term_months": 360,
            "method": "equal_installment", "start_date": "2024-02-29", "borrower_rate": "0.031"}"#,
    )
    .unwrap();
    c.bench_function("schedule 360 months (equal_installment, with subsidy)", |b| {
        b.iter(|| black_box(compute(black_box(&req)).unwrap()))
    });
    c.bench_function("schedule 360 months + JSON", |b| {
        b.iter(|| black_box(compute(black_box(&req)).unwrap().to_json()))
    });
}

criterion_group!(benches, engine_benches, schedule_benches);
criterion_main!(benches);
