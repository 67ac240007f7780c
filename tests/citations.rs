//! Every citation that quotes a seed text must quote it where it says: the quote (with
//! whitespace removed) appears within the cited lines of the cited file.

#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

mod common;

fn parse(s: &str) -> serde_json::Result<serde_json::Value> {
    serde_json::from_str(s)
}


fn normalise(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '“' | '”' | '"' => '"',
            '(' => '（',
            ')' => '）',
            other => other,
        })
        .collect()
}

#[test]
fn quotes_match_the_seed_lines_they_cite() {
    let root = common::root();
    let mut checked = 0;
    let mut problems = Vec::new();
    for (p, v) in common::policy_files(false) {
        let Some(cits) = v.get("citations").and_then(|c| c.as_object()) else { continue };
        for (key, c) in cits.iter() {
            let source = c.get("source").and_then(|s| s.as_str()).unwrap_or("");
            let quote = c.get("quote").and_then(|s| s.as_str()).unwrap_or("");
            let Some((file, lines)) = source.split_once(".txt:") else { continue };
            let seed = root.join("sources/seeds").join(format!("{file}.txt"));
            let body = std::fs::read_to_string(&seed).unwrap_or_else(|_| panic!("{}: no seed {}", p.display(), seed.display()));
            let (from, to) = match lines.split_once('-') {
                Some((a, b)) => (a.parse::<usize>().unwrap(), b.parse::<usize>().unwrap()),
                None => (lines.parse().unwrap(), lines.parse().unwrap()),
            };
            let all: Vec<&str> = body.lines().collect();
            assert!(to <= all.len(), "{}: {key} cites line {to} of a {}-line file", p.display(), all.len());
            // The cited lines, and the next few (a sentence may wrap onto them).
            let window = all[from - 1..(to + 3).min(all.len())].join("");
            if quote.is_empty() {
                continue;
            }
            // A quote may elide with …… between exact fragments.
            for fragment in quote.split("……") {
                if !normalise(&window).contains(&normalise(fragment)) {
                    problems.push(format!("{} / {key}: \"{fragment}\" is not at {source}", p.display()));
                }
            }
            checked += 1;
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(checked >= 25, "only {checked} seed quotes checked");
    eprintln!("{checked} seed quotes verified");
}

/// Where a document applies, read from its issuer, title and number: 新乡 (`4107`),
/// 郑州 (`4101`), Henan (`41`), else the whole country (``).
fn jurisdiction(doc: &serde_json::Value) -> &'static str {
    let text = ["number", "title_zh", "issuer_zh"].iter().filter_map(|k| doc.get(*k).and_then(|v| v.as_str())).collect::<Vec<_>>().join(" ");
    let number = doc.get("number").and_then(|v| v.as_str()).unwrap_or("");
    // A press report (no 〔year〕 document number) binds no jurisdiction: it reports rules
    // made elsewhere, such as the national 融资协调机制 described by 郑州's papers.
    if !number.contains('〔') {
        return "";
    }
    // The number's prefix first: a provincial text may name 郑州 among its issuers' seats.
    if number.starts_with("豫") {
        "41"
    } else if number.starts_with("新政") || text.contains("新乡") {
        "4107"
    } else if number.starts_with("郑") || (text.contains("郑州") && !text.contains("河南")) {
        "4101"
    } else if text.contains("河南") {
        "41"
    } else {
        ""
    }
}

/// A rule set cites documents of its own jurisdiction or a wider one: a national rule set
/// national documents, a 新乡 clause only in 新乡's rule sets (issue 8 point 5). A rule
/// set's region is its scope, or else the region its parameters require, or else the country.
#[test]
fn citations_come_from_the_rule_sets_jurisdiction() {
    let engine = huiqi::Engine::builtin().unwrap();
    let policies = parse(&engine.policies_json()).unwrap();
    let mut problems = Vec::new();
    let mut checked = 0;
    for rs in policies["rule_sets"].as_array().unwrap() {
        let id = rs["id"].as_str().unwrap();
        let strings = |v: &serde_json::Value| -> Vec<String> { v.as_array().into_iter().flatten().filter_map(|s| s.as_str().map(str::to_string)).collect() };
        let mut regions = strings(&rs["scope_regions"]);
        if regions.is_empty() {
            regions = strings(&rs["parameters"]["eligible_regions"]);
        }
        if regions.is_empty() {
            regions.push(String::new());
        }
        for (key, c) in rs["citations"].as_object().unwrap() {
            let number = c["document"].as_str().unwrap();
            let doc = rs["documents"].as_array().unwrap().iter().find(|d| d["number"] == number).unwrap();
            let place = jurisdiction(doc);
            if let Some(r) = regions.iter().find(|r| !r.starts_with(place)) {
                problems.push(format!("{id} / {key}: cites {number} (region {place:?}) where the rule set applies in {r:?}"));
            }
            checked += 1;
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(checked > 50, "only {checked} citations checked");
}

/// Every `source` string anywhere in a policy file (documents, citations, cases, the
/// reference tables), with the file it was found in.
fn sources(v: &serde_json::Value, file: &Path, out: &mut Vec<(PathBuf, String)>) {
    match v {
        serde_json::Value::Object(map) => {
            for (key, value) in map {
                match value {
                    serde_json::Value::String(s) if key == "source" => out.push((file.to_path_buf(), s.clone())),
                    other => sources(other, file, out),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|i| sources(i, file, out)),
        _ => {}
    }
}

/// A source names files a reader of this project can open: the seed texts and the team's
/// policy notes under `sources/` (`004_….txt:1491`, `seeds/…`, `policy/…`), or the
/// project's own `policies/` and `docs/`. Never the team's shared folder, which a clone
/// does not have.
#[test]
fn every_source_names_a_file_the_project_has() {
    let root = common::root();
    let mut found = Vec::new();
    for (p, v) in common::policy_files(true) {
        sources(&v, &p, &mut found);
    }
    let mut problems = Vec::new();
    let mut files_checked = 0;
    for (file, source) in &found {
        if source.contains("shared/") || source.contains("CONTRACT.md") {
            problems.push(format!("{}: \"{source}\" names the team's shared folder", file.display()));
        }
        let tokens = source.split(|c: char| c.is_whitespace() || ";,()（）；，".contains(c));
        for token in tokens {
            // `004_….txt:1491-1509`, `external-facts.md §1.2`: the file is what comes before a line number.
            let name = token.split(':').next().unwrap_or("").trim_end_matches('.');
            if ![".md", ".txt", ".csv", ".json"].iter().any(|ext| name.ends_with(ext)) {
                continue;
            }
            let path = if name.starts_with("policies/") || name.starts_with("docs/") {
                root.join(name)
            } else if name.starts_with("seeds/") || name.starts_with("policy/") {
                root.join("sources").join(name)
            } else if name.as_bytes().get(3) == Some(&b'_') && name.bytes().take(3).all(|b| b.is_ascii_digit()) {
                root.join("sources/seeds").join(name)
            } else {
                problems.push(format!("{}: \"{source}\": {name} is not a path in the project", file.display()));
                continue;
            };
            if !path.is_file() {
                problems.push(format!("{}: \"{source}\": no file {}", file.display(), path.display()));
            }
            files_checked += 1;
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(files_checked >= 200, "only {files_checked} named files checked");
    eprintln!("{} sources, {files_checked} named files checked", found.len());
}
