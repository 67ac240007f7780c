//! Test cases carried by the policy data files (gorules/zen style): each rule set
//! holds examples with their expected verdict and figures. `cargo test` runs every
//! case of every file, and a portal override carrying cases is checked against them
//! before it is accepted.
//!
//! A case:
//! ```json
//! { "name": "…", "source": "policy README §2 example 1",
//!   "request": { …evaluate request… },
//!   "expect": { "status": "eligible", "figures": {"compensation_share": "0.55"},
//!               "absent_figures": ["compensation_cap"], "checks": {"collateral": "pass"},
//!               "citations": {"target_group": "银保监发〔2022〕4号"},
//!               "figures_if_eligible": {"compensation_share": "0.6"},
//!               "hints_contain": ["60%"], "hints_absent": ["80%"], "size": "small", "rule_set": "…", "headline": true,
//!               "error": "invalid_region" } }
//! ```
//! `rule_set` defaults to the file's own rule set; `programmes` defaults to its programme.

use crate::engine::Engine;
use serde_json::{Map, Value};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseFailure {
    pub rule_set: String,
    pub case: String,
    pub problem: String,
}

/// Run a rule set's cases; an empty list means they all pass.
pub fn run_cases(engine: &Engine, rule_set_id: &str, cases: &Value) -> Vec<CaseFailure> {
    let mut failures = Vec::new();
    let Value::Array(list) = cases else {
        failures.push(CaseFailure {
            rule_set: rule_set_id.to_string(),
            case: String::new(),
            problem: "cases must be an array".into(),
        });
        return failures;
    };
    for (i, case) in list.iter().enumerate() {
        let name = case
            .get("name")
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_else(|| format!("#{i}"));
        if let Err(problem) = run_case(engine, rule_set_id, case) {
            failures.push(CaseFailure {
                rule_set: rule_set_id.to_string(),
                case: name,
                problem,
            });
        }
    }
    failures
}

/// The request of a case, with the programme filter defaulted to the rule set's.
pub fn case_request(engine: &Engine, rule_set_id: &str, case: &Value) -> Result<Value, String> {
    let programme = engine
        .rule_set(rule_set_id)
        .map(|r| r.programme.as_str())
        .ok_or_else(|| format!("no rule set {rule_set_id}"))?;
    let mut request = case.get("request").cloned().ok_or("the case has no request")?;
    if let Value::Object(m) = &mut request {
        if !m.contains_key("programmes") {
            m.insert("programmes".into(), Value::Array(vec![Value::String(programme.to_string())]));
        }
    }
    Ok(request)
}

fn run_case(engine: &Engine, rule_set_id: &str, case: &Value) -> Result<(), String> {
    let expect = case.get("expect").and_then(Value::as_object).ok_or("the case has no expect object")?;
    let request = case_request(engine, rule_set_id, case)?;
    let programme = engine
        .rule_set(rule_set_id)
        .map(|r| r.programme.as_str())
        .ok_or_else(|| format!("no rule set {rule_set_id}"))?;
    let output = match engine.evaluate_json(&json_text(&request)) {
        Ok(json) => json,
        Err(e) => {
            return match expect.get("error").and_then(Value::as_str) {
                Some(code) if code == e.code.as_str() => Ok(()),
                _ => Err(format!("the request was refused: {e}")),
            }
        }
    };
    if let Some(code) = expect.get("error").and_then(Value::as_str) {
        return Err(format!("expected error {code}, got a response"));
    }
    let response = serde_json::from_str::<serde_json::Value>(&output).map_err(|e| format!("the output is not JSON: {e}"))?;
    if let Some(size) = expect.get("size").and_then(Value::as_str) {
        let got = response.pointer("/size/class").and_then(Value::as_str).unwrap_or("");
        if got != size {
            return Err(format!("size: expected {size}, got {got}"));
        }
    }
    let headline = response
        .get("results")
        .and_then(Value::as_array)
        .and_then(|rs| rs.iter().find(|r| r.get("programme").and_then(Value::as_str) == Some(programme)))
        .ok_or_else(|| format!("no result for {programme}"))?;
    check_invariants(headline)?;
    let target = expect.get("rule_set").and_then(Value::as_str).unwrap_or(rule_set_id);
    let result = if headline.get("rule_set").and_then(Value::as_str) == Some(target) {
        headline
    } else {
        if expect.get("headline").and_then(Value::as_bool) == Some(true) {
            return Err(format!(
                "expected {target} as the headline, got {}",
                headline.get("rule_set").and_then(Value::as_str).unwrap_or("?")
            ));
        }
        headline
            .get("other_rule_sets")
            .and_then(Value::as_array)
            .and_then(|o| o.iter().find(|r| r.get("rule_set").and_then(Value::as_str) == Some(target)))
            .ok_or_else(|| {
                format!(
                    "{target} is neither the headline ({}) nor among other_rule_sets",
                    headline.get("rule_set").and_then(Value::as_str).unwrap_or("?")
                )
            })?
    };
    if expect.get("headline").and_then(Value::as_bool) == Some(false) && std::ptr::eq(result, headline) {
        return Err(format!("expected {target} not to be the headline"));
    }
    compare(result, expect)
}

fn compare(result: &Value, expect: &Map<String, Value>) -> Result<(), String> {
    if let Some(status) = expect.get("status").and_then(Value::as_str) {
        let got = result.get("status").and_then(Value::as_str).unwrap_or("");
        if got != status {
            return Err(format!("status: expected {status}, got {got}; {}", summary(result)));
        }
    }
    let figures = result.get("figures").and_then(Value::as_object);
    if let Some(Value::Object(want)) = expect.get("figures") {
        for (name, value) in want.iter() {
            let want = value.as_str().map(str::to_string).unwrap_or_else(|| json_text(value));
            let got = figures.and_then(|f| f.get(name)).and_then(Value::as_str);
            if got != Some(want.as_str()) {
                return Err(format!("figure {name}: expected {want}, got {}", got.unwrap_or("(absent)")));
            }
        }
    }
    if let Some(Value::Object(want)) = expect.get("figures_if_eligible") {
        let aside = result.get("figures_if_eligible").and_then(Value::as_object);
        for (name, value) in want.iter() {
            let want = value.as_str().map(str::to_string).unwrap_or_else(|| json_text(value));
            let got = aside.and_then(|f| f.get(name)).and_then(Value::as_str);
            if got != Some(want.as_str()) {
                return Err(format!("figure_if_eligible {name}: expected {want}, got {}", got.unwrap_or("(absent)")));
            }
        }
    }
    if let Some(Value::Array(absent)) = expect.get("absent_figures") {
        for name in absent.iter().filter_map(Value::as_str) {
            if figures.is_some_and(|f| f.contains_key(name)) {
                return Err(format!("figure {name} should be absent"));
            }
        }
    }
    if let Some(Value::Object(want)) = expect.get("checks") {
        let checks = result.get("checks").and_then(Value::as_array).cloned().unwrap_or_default();
        for (id, outcome) in want.iter() {
            let want = outcome.as_str().unwrap_or("");
            let got = checks
                .iter()
                .find(|c| c.get("id").and_then(Value::as_str) == Some(id))
                .and_then(|c| c.get("outcome"))
                .and_then(Value::as_str);
            match (want, got) {
                ("absent", None) => {}
                (w, Some(g)) if w == g => {}
                _ => return Err(format!("check {id}: expected {want}, got {}", got.unwrap_or("(absent)"))),
            }
        }
    }
    // Whether a hint of the result mentions `part`, in either language.
    let hinted = |part: &str| {
        result.get("hints").and_then(Value::as_array).is_some_and(|hints| {
            hints.iter().any(|h| {
                ["message_zh", "message_en"]
                    .iter()
                    .any(|k| h.get(k).and_then(Value::as_str).is_some_and(|m| m.contains(part)))
            })
        })
    };
    if let Some(Value::Array(parts)) = expect.get("hints_contain") {
        for part in parts.iter().filter_map(Value::as_str) {
            if !hinted(part) {
                return Err(format!("no hint contains \"{part}\""));
            }
        }
    }
    if let Some(Value::Object(want)) = expect.get("citations") {
        let checks = result.get("checks").and_then(Value::as_array).cloned().unwrap_or_default();
        for (id, document) in want.iter() {
            let got = checks
                .iter()
                .find(|c| c.get("id").and_then(Value::as_str) == Some(id))
                .and_then(|c| c.pointer("/citation/document"))
                .and_then(Value::as_str);
            if got != document.as_str() {
                return Err(format!("check {id} cites {}, expected {}", got.unwrap_or("(nothing)"), json_text(document)));
            }
        }
    }
    if let Some(Value::Array(ids)) = expect.get("assumptions") {
        let got: Vec<&str> = result
            .get("assumptions")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(|x| x.get("id").or(Some(x)).and_then(Value::as_str)).collect())
            .unwrap_or_default();
        for id in ids.iter().filter_map(Value::as_str) {
            if !got.contains(&id) {
                return Err(format!("assumption {id} not stated (got [{}])", got.join(", ")));
            }
        }
    }
    if let Some(Value::Array(parts)) = expect.get("hints_absent") {
        for part in parts.iter().filter_map(Value::as_str) {
            if hinted(part) {
                return Err(format!("a hint contains \"{part}\", which cannot help here"));
            }
        }
    }
    if let Some(Value::Array(fields)) = expect.get("missing_fields") {
        let got = result.get("missing_fields").cloned().unwrap_or(Value::Null);
        if got != Value::Array(fields.clone()) {
            return Err(format!("missing_fields: expected {}, got {}", json_text(&Value::Array(fields.clone())), json_text(&got)));
        }
    }
    if let Some(Value::Array(ids)) = expect.get("other_rule_sets") {
        let got: Vec<&str> = result
            .get("other_rule_sets")
            .and_then(Value::as_array)
            .map(|o| o.iter().filter_map(|r| r.get("rule_set").and_then(Value::as_str)).collect())
            .unwrap_or_default();
        let want: Vec<&str> = ids.iter().filter_map(Value::as_str).collect();
        if got != want {
            return Err(format!("other_rule_sets: expected [{}], got [{}]", want.join(", "), got.join(", ")));
        }
    }
    Ok(())
}

/// A value as compact JSON text, as its `Display` writes it, but through the serializer
/// the engine writes its answers with: `Display` would compile a second one for values
/// (and a pretty one) into the wasm (1.3 KB less gzipped, 2026-11-30).
fn json_text(v: &Value) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

/// What every result must satisfy, whatever the case says.
fn check_invariants(result: &Value) -> Result<(), String> {
    let status = result.get("status").and_then(Value::as_str).unwrap_or("");
    let hints = result.get("hints").and_then(Value::as_array).map_or(0, Vec::len);
    if matches!(status, "ineligible" | "needs_info" | "not_in_force") && hints == 0 {
        return Err(format!("a {status} result must carry at least one hint"));
    }
    // Nothing is due on an ineligible or expired result: no figure may read as one.
    let has_figures = result.get("figures").and_then(Value::as_object).is_some_and(|f| !f.is_empty());
    if matches!(status, "ineligible" | "not_in_force") && has_figures {
        return Err(format!("a {status} result carries figures (they belong in figures_if_eligible)"));
    }
    let entries = result
        .get("checks")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .chain(result.get("explanations").and_then(Value::as_array).into_iter().flatten());
    for c in entries {
        let source = c.pointer("/citation/source").and_then(Value::as_str).unwrap_or("");
        let document = c.pointer("/citation/document").and_then(Value::as_str).unwrap_or("");
        if source.is_empty() || document.is_empty() {
            return Err(format!("an entry has no citation: {}", json_text(c)));
        }
    }
    for o in result.get("other_rule_sets").and_then(Value::as_array).into_iter().flatten() {
        check_invariants(o)?;
    }
    Ok(())
}

fn summary(result: &Value) -> String {
    let checks: Vec<String> = result
        .get("checks")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|c| {
            format!(
                "{}={}",
                c.get("id").and_then(Value::as_str).unwrap_or("?"),
                c.get("outcome").and_then(Value::as_str).unwrap_or("?")
            )
        })
        .collect();
    format!("checks [{}]", checks.join(", "))
}
