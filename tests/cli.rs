//! The CLI as users run it: exit codes, structured errors, batch streaming, bounded
//! input, overrides.

#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn parse(s: &str) -> serde_json::Result<serde_json::Value> {
    serde_json::from_str(s)
}


fn huiqi(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_huiqi"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    // Write from a thread: the child may stop reading (too large) before we finish.
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    let _ = writer.join();
    out
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn json(o: &Output) -> serde_json::Value {
    let text = stdout(o);
    parse(text.trim())
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {text}"))
        
}

fn error_code(o: &Output) -> String {
    json(o).pointer("/error/code").and_then(|c| c.as_str()).unwrap().to_string()
}

const REQUEST: &str = include_str!("fixtures/full-request.json");

#[test]
fn evaluates_from_stdin_and_file() {
    let o = huiqi(&["evaluate"], REQUEST.as_bytes());
    assert!(o.status.success());
    let v = json(&o);
    assert_eq!(v.get("results").and_then(|r| r.as_array()).map(Vec::len), Some(4));
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/full-request.json");
    let o = huiqi(&["evaluate", path], b"");
    assert!(o.status.success());
    let o = huiqi(&["evaluate", "--pretty", "-"], REQUEST.as_bytes());
    assert!(stdout(&o).starts_with("{\n  \"as_of\""));
}

#[test]
fn invalid_input_exits_2_with_a_structured_error() {
    for (input, code) in [
        (&b"{not json"[..], "invalid_json"),
        (b"", "empty_input"),
        (b"\xff\xfe\x00garbage\x9c", "invalid_utf8"),
        (br#"{"as_of":"2022-06-30","region":"410724","applicant":{"kind":"robot"}}"#, "invalid_value"),
        (br#"{"as_of":"2022-06-30","region":"410724","applicant":{"kind":"person","revenu":"1"}}"#, "unknown_field"),
        (br#"{"as_of":"2022-06-30","region":"410724"}"#, "missing_field"),
    ] {
        let o = huiqi(&["evaluate"], input);
        assert_eq!(o.status.code(), Some(2), "{}", String::from_utf8_lossy(input));
        assert_eq!(error_code(&o), code);
        let v = json(&o);
        for k in ["code", "field", "message_zh", "message_en"] {
            assert!(v.pointer(&format!("/error/{k}")).is_some(), "{k}");
        }
    }
    let o = huiqi(&["evaluate"], br#"{"as_of":"2022-06-30","region":"410724","applicant":{"kind":"person","revenu":"1"}}"#);
    let v = json(&o);
    assert_eq!(v.pointer("/error/field").and_then(|f| f.as_str()), Some("applicant.revenu"));
    assert!(v.pointer("/error/message_zh").and_then(|f| f.as_str()).unwrap().contains("revenue"));
}

#[test]
fn files_that_cannot_be_read() {
    let o = huiqi(&["evaluate", "/no/such/file.json"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(error_code(&o), "io_error");
    let o = huiqi(&["evaluate", env!("CARGO_MANIFEST_DIR")], b"");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(error_code(&o), "io_error");
}

#[test]
fn a_hundred_megabytes_is_refused_without_reading_it_all() {
    let big = vec![b' '; 100 << 20];
    let started = std::time::Instant::now();
    let o = huiqi(&["evaluate"], &big);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(error_code(&o), "input_too_large");
    // Not a timing assertion on speed: a generous bound that only a full read-and-parse
    // loop (or a hang) would exceed.
    assert!(started.elapsed().as_secs() < 60);
}

#[test]
fn batch_keeps_one_line_per_line_in_order() {
    let good = REQUEST.replace('\n', "");
    let huge = format!("{{\"as_of\":\"{}\"}}", "x".repeat(2 << 20));
    let input = format!(
        "{good}\n{{bad json\n\n{good}\r\n{huge}\n{}\n{good}",
        r#"{"as_of":"2022-06-30","region":"000000","applicant":{"kind":"person"}}"#
    );
    let o = huiqi(&["evaluate", "--batch"], input.as_bytes());
    assert!(o.status.success());
    let lines: Vec<String> = stdout(&o).lines().map(str::to_string).collect();
    assert_eq!(lines.len(), 7);
    let codes: Vec<String> = lines
        .iter()
        .map(|l| {
            let v = parse(l).unwrap();
            match v.pointer("/error/code").and_then(|c| c.as_str()) {
                Some(c) => format!("{}:{c}", v.get("line").unwrap()),
                None => "ok".to_string(),
            }
        })
        .collect();
    assert_eq!(
        codes,
        ["ok", "2:invalid_json", "3:empty_input", "ok", "5:input_too_large", "6:invalid_region", "ok"]
    );
}

#[test]
fn batch_streams_many_lines() {
    let line = REQUEST.replace('\n', "");
    let mut input = String::new();
    for i in 0..5000 {
        if i % 7 == 3 {
            input.push_str("[]\n");
        } else {
            input.push_str(&line);
            input.push('\n');
        }
    }
    let o = huiqi(&["evaluate", "--batch"], input.as_bytes());
    assert!(o.status.success());
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 5000);
    for (i, l) in lines.iter().enumerate() {
        let is_error = l.starts_with("{\"line\":");
        assert_eq!(is_error, i % 7 == 3, "line {}", i + 1);
        if is_error {
            assert!(l.starts_with(&format!("{{\"line\":{},", i + 1)));
        }
    }
}

#[test]
fn schedule_policies_help_version() {
    let o = huiqi(
        &["schedule"],
        br#"{"principal":"1000000","annual_rate":"0.0435","term_months":12,"method":"equal_installment","start_date":"2022-07-01","borrower_rate":"0.0220"}"#,
    );
    assert!(o.status.success());
    assert!(stdout(&o).contains(r#""principal":"1000000.00""#));
    let o = huiqi(&["policies"], b"");
    let v = json(&o);
    let sets = v.get("rule_sets").and_then(|r| r.as_array()).unwrap();
    assert!(sets.len() >= 9);
    for s in sets {
        for k in ["programme", "effective_from", "documents", "source_quality"] {
            assert!(s.get(k).is_some());
        }
    }
    assert!(stdout(&huiqi(&["--help"], b"")).contains("evaluate --batch"));
    assert!(stdout(&huiqi(&["--version"], b"")).starts_with("huiqi "));
    let o = huiqi(&["frobnicate"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(error_code(&o), "usage");
    let o = huiqi(&[], b"");
    assert_eq!(o.status.code(), Some(2));
}

fn write_temp(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("huiqi-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

const ZHENGZHOU_OVERRIDE: &str = r#"{
  "rule_sets": [{
    "id": "zhengzhou-trade-loan",
    "parameters": { "max_amount": "5000000", "rate_cap": "0.045",
                    "loss_shares": { "government": "0.4", "bank": "0.2", "insurer": "0.4" } },
    "cases": [{
      "name": "portal numbers apply",
      "request": { "as_of": "2026-11-24", "region": "410105",
                   "applicant": { "kind": "enterprise", "industry": "wholesale", "employees": 12, "revenue": "18000000",
                                  "foreign_trade": { "trades_abroad": true, "credit_insurance": true } },
                   "loan": { "amount": "6000000", "annual_rate": "0.04" } },
      "expect": { "status": "ineligible", "figures_if_eligible": { "max_amount": "5000000", "rate_cap": "0.045", "government_share": "0.4" },
                  "checks": { "loan_amount": "fail", "interest_rate": "pass" } }
    }]
  }]
}"#;

#[test]
fn overrides_apply_whole_or_not_at_all() {
    let good = write_temp("good.json", ZHENGZHOU_OVERRIDE);
    let o = huiqi(&["check-override", good.to_str().unwrap()], b"");
    assert!(o.status.success(), "{}", stdout(&o));
    let req = br#"{"as_of":"2026-11-24","region":"410105","programmes":["trade_loan"],"applicant":{"kind":"enterprise","industry":"wholesale","employees":12,"revenue":"18000000","foreign_trade":{"trades_abroad":true,"credit_insurance":true}}}"#;
    let o = huiqi(&["evaluate", "--override", good.to_str().unwrap()], req);
    assert!(stdout(&o).contains(r#""max_amount":"5000000""#));

    // A case that does not hold: refused, with the case named.
    let bad_case = write_temp("bad-case.json", &ZHENGZHOU_OVERRIDE.replace(r#""status": "ineligible""#, r#""status": "eligible""#));
    let o = huiqi(&["check-override", bad_case.to_str().unwrap()], b"");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(error_code(&o), "invalid_override");
    assert!(stdout(&o).contains("portal numbers apply"));

    // Shares that do not add up: refused before anything is applied.
    let bad = write_temp("bad.json", &ZHENGZHOU_OVERRIDE.replace(r#""insurer": "0.4""#, r#""insurer": "0.5""#));
    let o = huiqi(&["evaluate", "--override", bad.to_str().unwrap()], req);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(error_code(&o), "invalid_override");
}
