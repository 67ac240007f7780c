//! The README's CLI examples are run as written: every ```console block is a list of
//! `$ command` lines, each followed by its expected output (a line `...` matches any
//! number of lines). The commands run in bash from the repository root, with the
//! freshly built `huiqi` first on PATH.

#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use std::process::Command;

struct Example {
    command: String,
    expected: Vec<String>,
}

fn examples(readme: &str) -> Vec<Example> {
    let mut out = Vec::new();
    let mut in_block = false;
    let mut current: Option<Example> = None;
    for line in readme.lines() {
        if line.trim_start().starts_with("```") {
            if in_block {
                out.extend(current.take());
                in_block = false;
            } else if line.trim() == "```console" {
                in_block = true;
            }
            continue;
        }
        if !in_block {
            continue;
        }
        if let Some(cmd) = line.strip_prefix("$ ") {
            out.extend(current.take());
            current = Some(Example { command: cmd.to_string(), expected: Vec::new() });
        } else if let Some(ex) = current.as_mut() {
            if ex.expected.is_empty() && ex.command.ends_with('\\') {
                ex.command.push('\n');
                ex.command.push_str(line);
            } else {
                ex.expected.push(line.to_string());
            }
        }
    }
    out
}

fn matches(expected: &[String], actual: &[&str]) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((first, rest)) if first == "..." => (0..=actual.len()).any(|skip| matches(rest, &actual[skip..])),
        Some((first, rest)) => actual.first().is_some_and(|a| a == first) && matches(rest, &actual[1..]),
    }
}

#[test]
fn readme_cli_examples_run_as_written() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let list = examples(&readme);
    assert!(list.len() >= 5, "expected the README's CLI examples, found {}", list.len());
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_huiqi")).parent().unwrap();
    let path = format!("{}:{}", bin_dir.display(), std::env::var("PATH").unwrap_or_default());
    for ex in list {
        let out = Command::new("bash")
            .arg("-o")
            .arg("pipefail")
            .arg("-c")
            .arg(&ex.command)
            .current_dir(root)
            .env("PATH", &path)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let actual: Vec<&str> = stdout.lines().collect();
        assert!(
            matches(&ex.expected, &actual),
            "README example\n$ {}\nexpected:\n{}\ngot (exit {:?}):\n{}\n{}",
            ex.command,
            ex.expected.join("\n"),
            out.status.code(),
            stdout,
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// The README's embed snippet is what the demo page uses, line for line.
#[test]
fn readme_embed_snippet_is_what_the_demo_page_uses() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let page = std::fs::read_to_string(root.join("www/index.html")).unwrap();
    let section = readme.split("### Embedding").nth(1).expect("an Embedding section");
    let snippet = section.split("```html").nth(1).and_then(|s| s.split("```").next()).expect("an html block");
    let lines: Vec<&str> = snippet.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    assert!(lines.len() >= 2, "{lines:?}");
    let page_lines: Vec<&str> = page.lines().map(str::trim).collect();
    let at = page_lines.iter().position(|l| *l == lines[0]).unwrap_or_else(|| panic!("www/index.html lacks {:?}", lines[0]));
    assert_eq!(&page_lines[at..at + lines.len()], &lines[..], "www/index.html has the snippet, in order");
}
