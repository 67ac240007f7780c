//! Reading the few parts of an evaluate response that a screening row shows (status,
//! figures, first hint, missing fields) without building the rest.
//!
//! A response explains every check and figure (about 16 KB in Chinese for four
//! programmes); deserialising it with serde, even into a struct that ignores those parts,
//! walks every byte of them through the generic visitor and cost as much as evaluating
//! the request. This skims: it finds token boundaries (strings, brackets) with a tight
//! byte scan and hands the values it keeps to serde_json to decode. Anything unexpected
//! gives `None`, and the caller falls back to serde (`super::summarize_serde`).

use super::{Outcome, ProgrammeOutcome};

struct Skim<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Skim<'a> {
    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    fn peek(&mut self) -> Option<u8> {
        while let Some(&b) = self.bytes().get(self.pos) {
            if matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
                self.pos = self.pos.checked_add(1)?;
            } else {
                return Some(b);
            }
        }
        None
    }

    fn eat(&mut self, c: u8) -> Option<()> {
        if self.peek()? == c {
            self.pos = self.pos.checked_add(1)?;
            Some(())
        } else {
            None
        }
    }

    /// A string token, quotes included; `pos` after it.
    fn string_token(&mut self) -> Option<&'a str> {
        if self.peek()? != b'"' {
            return None;
        }
        self.string_token_at(self.pos)
    }

    fn string_token_at(&mut self, start: usize) -> Option<&'a str> {
        let bytes = self.bytes();
        let mut i = start.checked_add(1)?;
        loop {
            let rest = bytes.get(i..)?;
            let k = rest.iter().position(|&c| c == b'"' || c == b'\\')?;
            i = i.checked_add(k)?;
            if *bytes.get(i)? == b'\\' {
                i = i.checked_add(2)?;
                continue;
            }
            let end = i.checked_add(1)?;
            self.pos = end;
            return self.text.get(start..end);
        }
    }

    /// Skip one value of any kind.
    fn skip_value(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => self.string_token().map(|_| ()),
            b'{' | b'[' => {
                let bytes = self.bytes();
                let mut depth: usize = 0;
                let mut i = self.pos;
                loop {
                    let rest = bytes.get(i..)?;
                    let k = rest.iter().position(|&c| matches!(c, b'"' | b'{' | b'[' | b'}' | b']'))?;
                    i = i.checked_add(k)?;
                    match *bytes.get(i)? {
                        b'"' => {
                            self.string_token_at(i)?;
                            i = self.pos;
                            continue;
                        }
                        b'{' | b'[' => depth = depth.checked_add(1)?,
                        _ => {
                            depth = depth.checked_sub(1)?;
                            if depth == 0 {
                                self.pos = i.checked_add(1)?;
                                return Some(());
                            }
                        }
                    }
                    i = i.checked_add(1)?;
                }
            }
            _ => {
                // A number, true, false or null: up to the next delimiter.
                let rest = self.bytes().get(self.pos..)?;
                let k = rest.iter().position(|&c| matches!(c, b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t'))?;
                if k == 0 {
                    return None;
                }
                self.pos = self.pos.checked_add(k)?;
                Some(())
            }
        }
    }

    /// The raw text of the next value.
    fn raw_value(&mut self) -> Option<&'a str> {
        self.peek()?;
        let start = self.pos;
        self.skip_value()?;
        self.text.get(start..self.pos)
    }

    /// The next value as a string (a JSON string decoded, anything else as its text).
    fn string(&mut self) -> Option<String> {
        let raw = self.raw_value()?;
        decode_text(raw)
    }

    /// Each key of an object; `f` must consume the key's value.
    fn object(&mut self, mut f: impl FnMut(&mut Self, &str) -> Option<()>) -> Option<()> {
        self.eat(b'{')?;
        if self.eat(b'}').is_some() {
            return Some(());
        }
        loop {
            let key_raw = self.string_token()?;
            let key = decode_text(key_raw)?;
            self.eat(b':')?;
            f(self, &key)?;
            if self.eat(b',').is_some() {
                continue;
            }
            return self.eat(b'}');
        }
    }

    /// Each item of an array; `f` must consume the item.
    fn array(&mut self, mut f: impl FnMut(&mut Self) -> Option<()>) -> Option<()> {
        self.eat(b'[')?;
        if self.eat(b']').is_some() {
            return Some(());
        }
        loop {
            f(self)?;
            if self.eat(b',').is_some() {
                continue;
            }
            return self.eat(b']');
        }
    }

    fn strings(&mut self) -> Option<Vec<String>> {
        let mut out = Vec::new();
        self.array(|s| {
            out.push(s.string()?);
            Some(())
        })?;
        Some(out)
    }
}

/// A raw JSON value as text: a string decoded (without escapes: sliced), else as is.
fn decode_text(raw: &str) -> Option<String> {
    match raw.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
        Some(inner) if !inner.contains('\\') => Some(inner.to_string()),
        Some(_) => serde_json::from_str::<String>(raw).ok(),
        None => Some(raw.to_string()),
    }
}

fn result(s: &mut Skim<'_>) -> Option<ProgrammeOutcome> {
    let mut p = ProgrammeOutcome {
        programme: String::new(),
        rule_set: String::new(),
        status: String::new(),
        figures: Vec::new(),
        missing_fields: Vec::new(),
        hint_zh: None,
        other_rule_sets: Vec::new(),
    };
    s.object(|s, key| {
        match key {
            "programme" => p.programme = s.string()?,
            "rule_set" => p.rule_set = s.string()?,
            "status" => p.status = s.string()?,
            "figures" => s.object(|s, k| {
                let v = s.string()?;
                p.figures.push((k.to_string(), v));
                Some(())
            })?,
            "hints" => s.array(|s| {
                s.object(|s, k| {
                    if k == "message_zh" && p.hint_zh.is_none() {
                        p.hint_zh = Some(s.string()?);
                        Some(())
                    } else {
                        s.skip_value()
                    }
                })
            })?,
            "missing_fields" => p.missing_fields = s.strings()?,
            "other_rule_sets" => s.array(|s| {
                s.object(|s, k| {
                    if k == "rule_set" {
                        p.other_rule_sets.push(s.string()?);
                        Some(())
                    } else {
                        s.skip_value()
                    }
                })
            })?,
            _ => s.skip_value()?,
        }
        Some(())
    })?;
    Some(p)
}

/// Sum up an evaluate response, or `None` if it is not shaped as expected.
pub fn summarize(text: &str) -> Option<Outcome> {
    let mut s = Skim { text, pos: 0 };
    let mut o = Outcome::default();
    let mut size_missing: Vec<String> = Vec::new();
    s.object(|s, key| {
        match key {
            "region" => s.object(|s, k| {
                match k {
                    "code" => o.region_code = s.string()?,
                    "name_zh" => o.region_zh = s.string()?,
                    _ => s.skip_value()?,
                }
                Some(())
            })?,
            "size" => s.object(|s, k| {
                match k {
                    "class" => o.size_class = s.string()?,
                    "missing_fields" => size_missing = s.strings()?,
                    _ => s.skip_value()?,
                }
                Some(())
            })?,
            "results" => s.array(|s| {
                o.programmes.push(result(s)?);
                Some(())
            })?,
            _ => s.skip_value()?,
        }
        Some(())
    })?;
    if s.peek().is_some() {
        return None;
    }
    let mut missing: Vec<String> = Vec::new();
    for f in size_missing.iter().chain(o.programmes.iter().flat_map(|p| p.missing_fields.iter())) {
        if !missing.contains(f) {
            missing.push(f.clone());
        }
    }
    o.missing_fields = missing;
    Some(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skims_escapes_and_nesting() {
        let text = r#"{"engine":"x","region":{"code":"410724","name_zh":"获嘉\"县\""},
            "size":{"class":"small","citation":{"a":[1,{"b":"]}"}]},"missing_fields":["applicant.employees"]},
            "results":[{"programme":"tech_loan","checks":[{"m":"\\\"{["}],"status":"eligible","rule_set":"r",
            "figures":{"a":"0.5","n":3},"hints":[{"message_en":"e"},{"message_zh":"第一"},{"message_zh":"第二"}],
            "missing_fields":["applicant.employees","loan.amount"],"other_rule_sets":[{"rule_set":"o","checks":[]}]}]}"#;
        let o = summarize(text).unwrap();
        assert_eq!(o.region_zh, "获嘉\"县\"");
        assert_eq!(o.size_class, "small");
        let p = &o.programmes[0];
        assert_eq!((p.programme.as_str(), p.status.as_str(), p.rule_set.as_str()), ("tech_loan", "eligible", "r"));
        assert_eq!(p.figures, vec![("a".to_string(), "0.5".to_string()), ("n".to_string(), "3".to_string())]);
        assert_eq!(p.hint_zh.as_deref(), Some("第一"));
        assert_eq!(p.other_rule_sets, vec!["o".to_string()]);
        assert_eq!(o.missing_fields, vec!["applicant.employees".to_string(), "loan.amount".to_string()]);
        assert!(summarize("{\"results\":[").is_none());
        assert!(summarize("{} x").is_none());
        assert!(summarize("").is_none());
    }
}
