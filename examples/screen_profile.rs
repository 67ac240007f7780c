//! Where screening time goes, per row (temporary measurement helper).
use huiqi::screen::{read, row, summarize, Options, Screener};
use std::time::Instant;

fn main() {
    let engine = huiqi::Engine::builtin().unwrap();
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/screen/list-50.utf8.csv")).unwrap();
    let rows: Vec<read::RawRow> = read::CsvRows::new(&bytes[..]).unwrap().map(|r| r.unwrap()).collect();
    let header = row::Header::from_row(&rows[1]);
    let data = &rows[2..];
    let opts = Options::new("2022-09-15");
    let s = Screener::new(&engine, &opts);
    let n = 20000;
    let t = Instant::now();
    let mut reqs = Vec::new();
    for i in 0..n { if let row::Built::Request(v) = s.request(&header, &data[i % data.len()]) { reqs.push(v.to_string()); } }
    let d = t.elapsed(); println!("build+serialise request: {:.2} µs", d.as_secs_f64() * 1e6 / n as f64);
    let t = Instant::now();
    let mut resps = Vec::new();
    for r in &reqs { resps.push(engine.evaluate_json(r).unwrap()); }
    let d = t.elapsed(); println!("evaluate_json (zh): {:.2} µs, {} bytes avg", d.as_secs_f64() * 1e6 / reqs.len() as f64, resps.iter().map(String::len).sum::<usize>() / resps.len());
    let t = Instant::now();
    for r in &resps { summarize(r).unwrap(); }
    let d = t.elapsed(); println!("summarize: {:.2} µs", d.as_secs_f64() * 1e6 / resps.len() as f64);
    let t = Instant::now();
    for i in 0..n { let _ = s.screen_row(&header, data[i % data.len()].clone()); }
    let d = t.elapsed(); println!("screen_row: {:.2} µs", d.as_secs_f64() * 1e6 / n as f64);
    let t = Instant::now();
    for i in 0..n { let r = s.screen_row(&header, data[i % data.len()].clone()); let _ = huiqi::screen::write::result_cells(&r); }
    let d = t.elapsed(); println!("screen_row+cells: {:.2} µs", d.as_secs_f64() * 1e6 / n as f64);
}
