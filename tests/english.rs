//! The English policy texts as a part of their own (src/english.rs): the engine the
//! element's wasm makes without them answers Chinese exactly as the whole engine does,
//! refuses English with `english_not_loaded`, and with the texts loaded from their file
//! is the whole engine again.

#![cfg(not(target_arch = "wasm32"))]

use huiqi::Engine;
use serde_json::{json, Value};

const ENGLISH: &str = include_str!(concat!(env!("OUT_DIR"), "/policies-en.json"));

mod common;
use common::root;

/// Every golden case's request (with its programme), and the README's samples.
fn requests() -> Vec<Value> {
    let engine = Engine::builtin().unwrap();
    let mut out = Vec::new();
    for v in common::rule_set_files() {
        let id = v["id"].as_str().unwrap();
        for case in v["cases"].as_array().unwrap() {
            out.push(huiqi::cases::case_request(&engine, id, case).unwrap());
        }
    }
    for e in std::fs::read_dir(root().join("samples")).unwrap() {
        let v: Value = serde_json::from_str(&std::fs::read_to_string(e.unwrap().path()).unwrap()).unwrap();
        if v.get("as_of").is_some() {
            out.push(v);
        }
    }
    assert!(out.len() > 50, "only {} requests", out.len());
    out
}

fn with_lang(request: &Value, lang: Option<&str>) -> String {
    let mut r = request.clone();
    match lang {
        Some(l) => r["lang"] = json!(l),
        None => {
            r.as_object_mut().unwrap().remove("lang");
        }
    }
    r.to_string()
}

fn answer(engine: &Engine, request: &str) -> Result<String, (String, String)> {
    engine.evaluate_json(request).map_err(|e| (e.code.as_str().to_string(), e.field))
}

#[test]
fn chinese_only_answers_chinese_as_the_whole_engine_and_refuses_english() {
    let whole = Engine::builtin().unwrap();
    let chinese = Engine::chinese_only().unwrap();
    assert!(whole.has_english() && !chinese.has_english());
    for r in requests() {
        let zh = with_lang(&r, Some("zh-CN"));
        assert_eq!(answer(&chinese, &zh), answer(&whole, &zh), "{zh}");
        let decision_only = {
            let mut d: Value = serde_json::from_str(&with_lang(&r, None)).unwrap();
            d["explain"] = json!(false);
            d.to_string()
        };
        assert_eq!(answer(&chinese, &decision_only), answer(&whole, &decision_only), "{decision_only}");
        for english in [with_lang(&r, Some("en")), with_lang(&r, None)] {
            // A request the whole engine refuses for its own reasons is refused the same way.
            let expected = match answer(&whole, &english) {
                Ok(_) => Err(("english_not_loaded".to_string(), "lang".to_string())),
                Err(e) => Err(e),
            };
            assert_eq!(answer(&chinese, &english), expected, "{english}");
        }
    }
}

#[test]
fn english_loaded_from_its_file_makes_the_whole_engine() {
    let whole = Engine::builtin().unwrap();
    let loaded = Engine::builtin_with_english(ENGLISH).unwrap();
    assert!(loaded.has_english());
    for r in requests() {
        for lang in [Some("en"), None] {
            let text = with_lang(&r, lang);
            assert_eq!(answer(&loaded, &text), answer(&whole, &text), "{text}");
        }
    }
    assert_eq!(loaded.policies_json(), whole.policies_json());
}

#[test]
fn policies_in_chinese_only_leave_out_only_the_english_notes() {
    let strip = |mut v: Value| {
        for rs in v["rule_sets"].as_array_mut().unwrap() {
            for n in rs["notes"].as_array_mut().unwrap() {
                n.as_object_mut().unwrap().remove("message_en");
            }
        }
        v
    };
    let whole: Value = serde_json::from_str(&Engine::builtin().unwrap().policies_json()).unwrap();
    let chinese: Value = serde_json::from_str(&Engine::chinese_only().unwrap().policies_json()).unwrap();
    assert!(chinese.to_string().contains("message_zh"));
    assert!(!chinese.to_string().contains("message_en"));
    assert_eq!(chinese, strip(whole));
}

#[test]
fn an_override_needs_english_first() {
    let text = std::fs::read_to_string(root().join("samples/zhengzhou-trade-override.json")).unwrap();
    let e = Engine::chinese_only().unwrap().with_override(&text).unwrap_err();
    assert_eq!(e.code.as_str(), "english_not_loaded");
    assert!(e.message_zh.contains("覆盖数据") && e.message_en.contains("override"), "{e:?}");
    let loaded = Engine::builtin_with_english(ENGLISH).unwrap().with_override(&text).unwrap();
    assert_eq!(loaded.policies_json(), Engine::builtin().unwrap().with_override(&text).unwrap().policies_json());
}

#[test]
fn english_from_elsewhere_is_refused() {
    let not_ours = [
        "not json".to_string(),
        "[]".to_string(),
        r#"{"/no/such/text": "x"}"#.to_string(),
        r#"{"/common": "x"}"#.to_string(),
        // A text, not a text's object.
        r#"{"/common/hints/provide_fields/zh": "x"}"#.to_string(),
    ];
    for text in not_ours {
        let e = Engine::builtin_with_english(&text).unwrap_err();
        assert_eq!((e.code.as_str(), e.field.as_str()), ("invalid_value", "english"), "{text}");
    }
}
