//! Every citation that quotes a seed text must quote it where it says: the quote (with
//! whitespace removed) appears within the cited lines of the cited file.

#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

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

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() && p.file_name().unwrap() != "reference" {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "json") {
            out.push(p);
        }
    }
}

#[test]
fn quotes_match_the_seed_lines_they_cite() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    files(&root.join("policies"), &mut paths);
    let mut checked = 0;
    let mut problems = Vec::new();
    for p in paths {
        let text = std::fs::read_to_string(&p).unwrap();
        let v = parse(&text).unwrap();
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
