//! The English policy texts as a part of their own.
//!
//! Every text in the policy data is an object with `zh` and `en` (checks, hints,
//! explanations, assumptions, notes). English is about a third of the data (8.3 KB of
//! the 25.8 KB gzipped, 2026-11-30), and most visitors of a Chinese portal never read
//! it, so the element's wasm is built without it (`--no-default-features`) and the JS
//! API loads it when asked (`pkg/huiqi-en.js`). `build.rs` splits the data with
//! [`split`]; the engine puts it back with [`restore`] (the native build and the
//! screening wasm always, the element's when English is loaded).
//!
//! The English part is a JSON object from the JSON pointer of each text's object in the
//! bundle to its English, so a text that is missing or misplaced is an error, never a
//! silent gap. (This file is also compiled into `build.rs`: it uses serde_json only.)

use serde_json::{Map, Value};

/// Take every `en` of a `{"zh": …, "en": …}` object out of `v`, returning them keyed by
/// the JSON pointer of their object.
pub fn split(v: &mut Value) -> Map<String, Value> {
    let mut out = Map::new();
    walk(v, &mut String::new(), &mut out);
    out
}

fn walk(v: &mut Value, path: &mut String, out: &mut Map<String, Value>) {
    let len = path.len();
    match v {
        Value::Object(m) => {
            if m.get("zh").is_some_and(Value::is_string) && m.get("en").is_some_and(Value::is_string) {
                if let Some(en) = m.shift_remove("en") {
                    out.insert(path.clone(), en);
                }
            }
            for (k, child) in m.iter_mut() {
                path.push('/');
                // JSON pointer escaping (RFC 6901): `~` is `~0`, `/` is `~1`.
                path.push_str(&k.replace('~', "~0").replace('/', "~1"));
                walk(child, path, out);
                path.truncate(len);
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter_mut().enumerate() {
                path.push('/');
                path.push_str(&i.to_string());
                walk(child, path, out);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

/// Put the English texts `english` (as [`split`] made them) back into `v`. Each must
/// land on a text object that has its `zh` and no `en` yet: anything else means the two
/// parts are not from the same build, and is refused with the pointer at fault.
pub fn restore(v: &mut Value, english: &Map<String, Value>) -> Result<(), String> {
    for (pointer, en) in english {
        if !en.is_string() {
            return Err(format!("{pointer}: the English text is not a string"));
        }
        match v.pointer_mut(pointer) {
            Some(Value::Object(m)) if m.get("zh").is_some_and(Value::is_string) && !m.contains_key("en") => {
                // Right after its Chinese, where the data files have it.
                let rest = std::mem::take(m);
                for (k, x) in rest {
                    let after_zh = k == "zh";
                    m.insert(k, x);
                    if after_zh {
                        m.insert("en".to_string(), en.clone());
                    }
                }
            }
            _ => return Err(format!("{pointer}: no Chinese text without its English there")),
        }
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn split_then_restore_gives_the_data_back() {
        let whole = json!({
            "common": {"hints": {"a/b~c": {"zh": "请补充", "en": "Please add", "hint": {"zh": "提示", "en": "hint"}}}},
            "rule_sets": [{"id": "x", "notes": [{"zh": "注", "en": "note"}], "title_en": "kept"}],
            "plain": {"zh": "只有中文"}
        });
        let mut zh = whole.clone();
        let en = split(&mut zh);
        assert_eq!(en.len(), 3);
        assert_eq!(en["/common/hints/a~1b~0c"], "Please add");
        assert_eq!(zh["rule_sets"][0]["notes"][0], json!({"zh": "注"}));
        assert_eq!(zh["rule_sets"][0]["title_en"], "kept");
        restore(&mut zh, &en).unwrap();
        assert_eq!(zh, whole);
        // Key order too: the English goes back after its Chinese.
        assert_eq!(serde_json::to_string(&zh).unwrap(), serde_json::to_string(&whole).unwrap());
    }

    #[test]
    fn english_from_another_build_is_refused() {
        let mut v = json!({"t": {"zh": "中", "en": "already"}, "n": 1});
        for bad in [json!({"/t": "again"}), json!({"/missing": "x"}), json!({"/n": "x"}), json!({"/t": 3})] {
            let Value::Object(m) = bad else { unreachable!() };
            assert!(restore(&mut v, &m).is_err(), "{m:?}");
        }
    }
}
