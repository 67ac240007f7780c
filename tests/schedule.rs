//! Repayment schedules against golden vectors computed by an independent Python
//! reference (tests/reference/schedule_ref.py, `decimal` module), every period and
//! every column, to the 分.

#![cfg(not(target_arch = "wasm32"))]

use huiqi::Engine;

fn parse(s: &str) -> serde_json::Result<serde_json::Value> {
    serde_json::from_str(s)
}


struct Row {
    case: usize,
    request: String,
    fields: Vec<String>,
}

fn rows() -> Vec<Row> {
    let text = include_str!("golden/schedules.csv");
    text.lines()
        .skip(1)
        .map(|line| {
            let c: Vec<&str> = line.split(',').collect();
            let mut req = format!(
                r#"{{"principal":"{}","annual_rate":"{}","term_months":{},"method":"{}","start_date":"{}""#,
                c[1], c[2], c[3], c[4], c[5]
            );
            if !c[6].is_empty() {
                req.push_str(&format!(r#","borrower_rate":"{}""#, c[6]));
            }
            req.push('}');
            Row { case: c[0].parse().unwrap(), request: req, fields: c[7..].iter().map(|s| s.to_string()).collect() }
        })
        .collect()
}

#[test]
fn every_period_matches_the_reference() {
    let engine = Engine::builtin().unwrap();
    let all = rows();
    let mut cases: Vec<usize> = all.iter().map(|r| r.case).collect();
    cases.dedup();
    assert!(cases.len() >= 15);
    for case in cases {
        let expected: Vec<&Row> = all.iter().filter(|r| r.case == case).collect();
        let out = engine.schedule_json(&expected[0].request).unwrap();
        let v = parse(&out).unwrap();
        let periods = v.get("periods").and_then(|p| p.as_array()).unwrap();
        assert_eq!(periods.len(), expected.len(), "case {case}");
        for (p, row) in periods.iter().zip(&expected) {
            let got: Vec<String> = ["n", "date", "payment", "principal", "interest", "subsidy", "borrower_interest", "balance"]
                .iter()
                .map(|k| {
                    let f = p.get(k).unwrap();
                    f.as_str().map(str::to_string).unwrap_or_else(|| f.to_string())
                })
                .collect();
            assert_eq!(got, row.fields, "case {case}: {}", row.request);
        }
    }
}

#[test]
fn totals_add_up() {
    let engine = Engine::builtin().unwrap();
    for row in rows().iter().filter(|r| r.fields[0] == "1") {
        let out = engine.schedule_json(&row.request).unwrap();
        let v = parse(&out).unwrap();
        let principal = parse(&row.request).unwrap().get("principal").unwrap().as_str().unwrap().to_string();
        let total = v.pointer("/totals/principal").unwrap().as_str().unwrap();
        let want: rust_decimal::Decimal = principal.parse().unwrap();
        assert_eq!(total.parse::<rust_decimal::Decimal>().unwrap(), want, "{}", row.request);
    }
}

#[test]
fn contract_example_shape() {
    let engine = Engine::builtin().unwrap();
    let out = engine
        .schedule_json(r#"{ "principal": "1000000", "annual_rate": "0.0435", "term_months": 12, "method": "equal_installment", "start_date": "2022-07-01", "borrower_rate": "0.0220" }"#)
        .unwrap();
    let v = parse(&out).unwrap();
    assert_eq!(v.pointer("/periods/0/date").unwrap().as_str(), Some("2022-08-01"));
    assert_eq!(v.pointer("/periods/0/n").unwrap().to_string(), "1");
    assert_eq!(v.pointer("/totals/principal").unwrap().as_str(), Some("1000000.00"));
    assert_eq!(v.pointer("/periods/0/payment").unwrap().as_str(), Some("85309.90"));
}

#[test]
fn bad_schedules_are_refused_with_a_field() {
    let engine = Engine::builtin().unwrap();
    for (req, field) in [
        (r#"{"principal":"0","annual_rate":"0.04","term_months":12,"method":"equal_installment","start_date":"2022-01-01"}"#, "principal"),
        (r#"{"principal":"100","annual_rate":"4.35","term_months":12,"method":"equal_installment","start_date":"2022-01-01"}"#, "annual_rate"),
        (r#"{"principal":"100","annual_rate":"0.04","term_months":0,"method":"equal_installment","start_date":"2022-01-01"}"#, "term_months"),
        (r#"{"principal":"100","annual_rate":"0.04","term_months":12,"method":"balloon","start_date":"2022-01-01"}"#, "method"),
        (r#"{"principal":"100","annual_rate":"0.04","term_months":12,"method":"interest_only","start_date":"2022-02-30"}"#, "start_date"),
        (r#"{"principal":"100","annual_rate":"0.04","term_months":12,"method":"interest_only","start_date":"2022-02-03","borrower_rate":"0.05"}"#, "borrower_rate"),
        (r#"{"principal":"100.001","annual_rate":"0.04","term_months":12,"method":"interest_only","start_date":"2022-02-03"}"#, "principal"),
    ] {
        let e = engine.schedule_json(req).unwrap_err();
        assert_eq!(e.field, field, "{req}: {e}");
    }
}
