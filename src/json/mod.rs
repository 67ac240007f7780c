//! JSON in and out.
//!
//! Input: a strict parser ([`value`]) whose numbers keep their exact text, and a reader
//! over its values ([`Obj`]) that reports every problem as an [`Error`] carrying the
//! JSON path of the field. Output: a small streaming writer, so responses are written
//! in a fixed field order without an intermediate tree.

pub mod value;

use crate::error::{Error, ErrorCode, Result};
pub use value::{Object, Value};

/// Largest request the engine reads (one evaluate or schedule request, or one override).
/// Real requests are under 4 KiB; the bound keeps memory flat whatever arrives.
pub const MAX_INPUT_BYTES: usize = 1 << 20;

/// `,"name":` for [`JsonWriter::key_lit`], built at compile time.
macro_rules! lit_key {
    ($name:literal) => {
        concat!(",\"", $name, "\":")
    };
}
pub(crate) use lit_key;

/// Parse one JSON document from text, with size and emptiness checks.
pub fn parse_document(text: &str) -> Result<Value<'_>> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(too_large(text.len()));
    }
    if text.trim().is_empty() {
        return Err(Error::new(
            ErrorCode::EmptyInput,
            "",
            "输入为空：请提供一个 JSON 对象",
            "the input is empty: expected one JSON object",
        ));
    }
    value::parse(text).map_err(|e| {
        Error::new(
            ErrorCode::InvalidJson,
            "",
            format!("不是有效的 JSON（第{}行第{}列：{}）", e.line, e.column, reason_zh(e.reason)),
            format!("not valid JSON: {e}"),
        )
    })
}

fn reason_zh(reason: &str) -> &'static str {
    match reason {
        "unexpected end of input" | "unterminated string" => "内容不完整",
        "duplicate key" => "字段重复",
        "nested too deeply" => "嵌套层级过深",
        "control character in a string" => "字符串中有控制字符",
        _ => "格式错误",
    }
}

/// Parse from bytes: UTF-8 is checked first so binary garbage gets a clear message.
pub fn parse_bytes(bytes: &[u8]) -> Result<Value<'_>> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(too_large(bytes.len()));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        Error::new(
            ErrorCode::InvalidUtf8,
            "",
            format!("输入不是 UTF-8 文本（第{}字节处）", e.valid_up_to()),
            format!("the input is not UTF-8 text (at byte {})", e.valid_up_to()),
        )
    })?;
    // A UTF-8 byte-order mark is common in files saved by Windows editors.
    parse_document(text.strip_prefix('\u{feff}').unwrap_or(text))
}

pub fn too_large(len: usize) -> Error {
    Error::new(
        ErrorCode::InputTooLarge,
        "",
        format!(
            "输入过大（{len}字节），单个请求不得超过{}字节",
            MAX_INPUT_BYTES
        ),
        format!(
            "the input is too large ({len} bytes); one request may be at most {} bytes",
            MAX_INPUT_BYTES
        ),
    )
}

/// Join a path and a key: `applicant` + `revenue` → `applicant.revenue`.
pub fn join(path: &str, key: &str) -> String {
    // Built on every field read (an error must name it), so without `format!`.
    if path.is_empty() {
        return key.to_string();
    }
    let mut s = String::with_capacity(path.len().saturating_add(key.len()).saturating_add(1));
    s.push_str(path);
    s.push('.');
    s.push_str(key);
    s
}

/// `programmes` + 2 → `programmes[2]`.
pub fn index(path: &str, i: usize) -> String {
    let mut s = String::with_capacity(path.len().saturating_add(6));
    s.push_str(path);
    s.push('[');
    crate::money::write_uint(&mut s, u64::try_from(i).unwrap_or(u64::MAX));
    s.push(']');
    s
}

fn type_zh(expected: &str) -> &'static str {
    match expected {
        "object" => "对象",
        "array" => "数组",
        "string" => "字符串",
        "boolean" => "布尔值（true 或 false）",
        "integer" => "整数",
        "number" => "数字",
        _ => "其他类型",
    }
}

pub fn wrong_type(path: &str, expected: &str, got: &Value<'_>) -> Error {
    Error::new(
        ErrorCode::InvalidType,
        path,
        format!("{path} 应为{}", type_zh(expected)),
        format!("{path} must be {expected}, not {}", got.type_name()),
    )
}

/// A JSON object being read, with its path; knows which keys it allows.
pub struct Obj<'a> {
    pub map: &'a Object<'a>,
    pub path: String,
}

impl<'a> Obj<'a> {
    pub fn new(v: &'a Value<'a>, path: &str) -> Result<Obj<'a>> {
        match v {
            Value::Object(map) => Ok(Obj {
                map,
                path: path.to_string(),
            }),
            other => Err(wrong_type(if path.is_empty() { "(root)" } else { path }, "object", other)
                .with_field(path)),
        }
    }

    pub fn field_path(&self, key: &str) -> String {
        join(&self.path, key)
    }

    /// Reject keys outside `allowed`: a typo must not silently become "not provided".
    pub fn allow_only(&self, allowed: &[&str]) -> Result<()> {
        for key in self.map.keys() {
            if !allowed.contains(&key) {
                let path = self.field_path(key);
                let suggestion = closest(key, allowed);
                let (zh_hint, en_hint) = match suggestion {
                    Some(s) => (format!("，是否想写 {s}？"), format!("; did you mean {s}?")),
                    None => (
                        format!("；可用字段：{}", allowed.join(", ")),
                        format!("; allowed: {}", allowed.join(", ")),
                    ),
                };
                return Err(Error::new(
                    ErrorCode::UnknownField,
                    path.clone(),
                    format!("未知字段 {path}{zh_hint}"),
                    format!("unknown field {path}{en_hint}"),
                ));
            }
        }
        Ok(())
    }

    /// The value of `key`, treating `null` as absent.
    pub fn get(&self, key: &str) -> Option<&'a Value<'a>> {
        match self.map.get(key) {
            None | Some(Value::Null) => None,
            Some(v) => Some(v),
        }
    }

    pub fn required(&self, key: &str) -> Result<&'a Value<'a>> {
        self.get(key).ok_or_else(|| Error::missing(&self.field_path(key)))
    }

    pub fn opt_obj(&self, key: &str) -> Result<Option<Obj<'a>>> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => Obj::new(v, &self.field_path(key)).map(Some),
        }
    }

    pub fn opt_str(&self, key: &str) -> Result<Option<&'a str>> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.as_ref())),
            Some(other) => Err(wrong_type(&self.field_path(key), "string", other)),
        }
    }

    pub fn req_str(&self, key: &str) -> Result<&'a str> {
        self.opt_str(key)?
            .ok_or_else(|| Error::missing(&self.field_path(key)))
    }

    pub fn opt_bool(&self, key: &str) -> Result<Option<bool>> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(other) => Err(wrong_type(&self.field_path(key), "boolean", other)),
        }
    }

    /// A whole number in `[min, max]`. Accepts `7` and `7.0`, rejects `7.5` and `"7"`.
    pub fn opt_u32(&self, key: &str, min: u32, max: u32) -> Result<Option<u32>> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => read_u32(v, &self.field_path(key), min, max).map(Some),
        }
    }

    pub fn opt_array(&self, key: &str) -> Result<Option<&'a Vec<Value<'a>>>> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Array(a)) => Ok(Some(a)),
            Some(other) => Err(wrong_type(&self.field_path(key), "array", other)),
        }
    }

    /// One of a closed set of string values.
    pub fn opt_enum<T: Copy>(&self, key: &str, allowed: &[(&str, T)]) -> Result<Option<T>> {
        match self.opt_str(key)? {
            None => Ok(None),
            Some(s) => read_enum(s, &self.field_path(key), allowed).map(Some),
        }
    }
}

pub fn read_u32(v: &Value<'_>, path: &str, min: u32, max: u32) -> Result<u32> {
    let Value::Number(text) = v else {
        return Err(wrong_type(path, "integer", v));
    };
    // Plain integers (the usual case) without going through a decimal.
    if let Ok(i) = text.parse::<u32>() {
        if (min..=max).contains(&i) {
            return Ok(i);
        }
    }
    let value = crate::money::parse_decimal_text(text, path)?;
    if !value.fract().is_zero() {
        return Err(Error::new(
            ErrorCode::InvalidType,
            path,
            format!("{path} 应为整数"),
            format!("{path} must be a whole number"),
        ));
    }
    let in_range = value >= rust_decimal::Decimal::from(min) && value <= rust_decimal::Decimal::from(max);
    let as_int = rust_decimal::prelude::ToPrimitive::to_u32(&value);
    match (in_range, as_int) {
        (true, Some(i)) => Ok(i),
        _ => Err(Error::new(
            ErrorCode::OutOfRange,
            path,
            format!("{path} 应在 {min} 到 {max} 之间"),
            format!("{path} must be between {min} and {max}"),
        )),
    }
}

pub fn read_enum<T: Copy>(s: &str, path: &str, allowed: &[(&str, T)]) -> Result<T> {
    for (name, value) in allowed {
        if *name == s {
            return Ok(*value);
        }
    }
    let names: Vec<&str> = allowed.iter().map(|(n, _)| *n).collect();
    let hint = closest(s, &names)
        .map(|c| (format!("，是否想写 {c}？"), format!("; did you mean {c}?")))
        .unwrap_or_default();
    Err(Error::new(
        ErrorCode::InvalidValue,
        path,
        format!("{path} 的值 \"{s}\" 无效，可选：{}{}", names.join(", "), hint.0),
        format!("{path}: \"{s}\" is not one of {}{}", names.join(", "), hint.1),
    ))
}

trait WithField {
    fn with_field(self, path: &str) -> Self;
}

impl WithField for Error {
    fn with_field(mut self, path: &str) -> Self {
        self.field = path.to_string();
        self
    }
}

/// The allowed name nearest to a typo (edit distance ≤ 2), if any.
fn closest<'b>(word: &str, candidates: &[&'b str]) -> Option<&'b str> {
    let mut best: Option<(usize, &'b str)> = None;
    for c in candidates {
        let d = edit_distance(word, c);
        if d <= 2 && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().take(64).collect();
    let b: Vec<char> = b.chars().take(64).collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0usize; b.len().saturating_add(1)];
    for (i, ca) in a.iter().enumerate() {
        if let Some(first) = cur.first_mut() {
            *first = i.saturating_add(1);
        }
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            let del = prev.get(j.saturating_add(1)).copied().unwrap_or(usize::MAX).saturating_add(1);
            let ins = cur.get(j).copied().unwrap_or(usize::MAX).saturating_add(1);
            let sub = prev.get(j).copied().unwrap_or(usize::MAX).saturating_add(cost);
            if let Some(slot) = cur.get_mut(j.saturating_add(1)) {
                *slot = del.min(ins).min(sub);
            }
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev.last().copied().unwrap_or(usize::MAX)
}

/// A streaming JSON writer. Keys and values are written in call order; commas are
/// inserted automatically. The caller is responsible for balanced begin/end calls.
pub struct JsonWriter {
    out: String,
    needs_comma: bool,
}

impl JsonWriter {
    pub fn with_capacity(cap: usize) -> Self {
        JsonWriter {
            out: String::with_capacity(cap),
            needs_comma: false,
        }
    }

    fn sep(&mut self) {
        if self.needs_comma {
            self.out.push(',');
        }
    }

    pub fn begin_object(&mut self) {
        self.sep();
        self.out.push('{');
        self.needs_comma = false;
    }

    pub fn end_object(&mut self) {
        self.out.push('}');
        self.needs_comma = true;
    }

    pub fn begin_array(&mut self) {
        self.sep();
        self.out.push('[');
        self.needs_comma = false;
    }

    pub fn end_array(&mut self) {
        self.out.push(']');
        self.needs_comma = true;
    }

    /// `,"` or `"`: the separator and opening quote in one append (the writer's hot path
    /// is many short pieces, so fewer calls matter in the size-optimised wasm build).
    fn open_quote(&mut self) {
        self.out.push_str(if self.needs_comma { ",\"" } else { "\"" });
    }

    /// A key that needs no escaping, given with a leading comma and quotes, `,"name":`
    /// (what `lit_key!("name")` writes): one append on the writer's hottest path.
    pub fn key_lit(&mut self, comma_key: &'static str) {
        let text = if self.needs_comma { comma_key } else { comma_key.get(1..).unwrap_or_default() };
        self.out.push_str(text);
        self.needs_comma = false;
    }

    /// A string value that needs no escaping: an enum's name (`eligible`, `pass`).
    pub fn plain_str(&mut self, s: &'static str) {
        self.open_quote();
        self.out.push_str(s);
        self.out.push('"');
        self.needs_comma = true;
    }

    /// A date as a string value, `"2022-06-30"`.
    pub fn date(&mut self, d: crate::dates::Date) {
        self.open_quote();
        d.write_to(&mut self.out);
        self.out.push('"');
        self.needs_comma = true;
    }

    pub fn key(&mut self, key: &str) {
        self.open_quote();
        escape_body(&mut self.out, key);
        self.out.push_str("\":");
        self.needs_comma = false;
    }

    pub fn string(&mut self, s: &str) {
        self.open_quote();
        escape_body(&mut self.out, s);
        self.out.push('"');
        self.needs_comma = true;
    }

    /// Write pre-serialised JSON (a value produced by this writer or `escape`).
    pub fn raw(&mut self, json: &str) {
        self.sep();
        self.out.push_str(json);
        self.needs_comma = true;
    }

    pub fn bool(&mut self, b: bool) {
        self.raw(if b { "true" } else { "false" });
    }

    pub fn uint(&mut self, n: u64) {
        self.sep();
        crate::money::write_uint(&mut self.out, n);
        self.needs_comma = true;
    }

    pub fn field_str(&mut self, key: &str, value: &str) {
        self.key(key);
        self.string(value);
    }

    pub fn field_raw(&mut self, key: &str, json: &str) {
        self.key(key);
        self.raw(json);
    }

    /// Pre-rendered object members (`"a":1,"b":2`, without braces).
    pub fn members_raw(&mut self, members: &str) {
        if members.is_empty() {
            return;
        }
        self.sep();
        self.out.push_str(members);
        self.needs_comma = true;
    }

    /// A filled template as a string value.
    pub fn template(&mut self, t: &crate::text::Template, lang: crate::text::Lang, args: &[(&str, crate::text::Arg<'_>)]) {
        self.sep();
        t.write_json(&mut self.out, lang, args);
        self.needs_comma = true;
    }

    pub fn finish(self) -> String {
        self.out
    }
}

/// `s` as a JSON string literal, quotes included.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len().saturating_add(2));
    escape_into(&mut out, s);
    out
}

/// Append `s` as a JSON string literal.
pub fn escape_append(out: &mut String, s: &str) {
    escape_into(out, s);
}

fn escape_into(out: &mut String, s: &str) {
    out.push('"');
    escape_body(out, s);
    out.push('"');
}

fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// Escape, in place, what was appended to `out` since `start` (the common case of
/// nothing to escape costs one scan).
pub fn escape_tail(out: &mut String, start: usize) {
    let Some(tail) = out.get(start..) else { return };
    if first_escape(tail.as_bytes()).is_none() {
        return;
    }
    let tail = tail.to_string();
    out.truncate(start);
    escape_body(out, &tail);
}

/// The index of the first byte that needs escaping, eight bytes at a time.
fn first_escape(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Whether some byte of `w` is below `n` (n ≤ 128; exact, Bit Twiddling Hacks "hasless").
    let has_less = |w: u64, n: u64| w.wrapping_sub(ONES.wrapping_mul(n)) & !w & HIGH != 0;
    let has_byte = |w: u64, b: u64| has_less(w ^ ONES.wrapping_mul(b), 1);
    let mut chunks = bytes.chunks_exact(8);
    let mut offset = 0usize;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        if has_less(w, 0x20) || has_byte(w, u64::from(b'"')) || has_byte(w, u64::from(b'\\')) {
            return chunk.iter().position(|&b| needs_escape(b)).map(|i| offset.saturating_add(i));
        }
        offset = offset.saturating_add(8);
    }
    chunks.remainder().iter().position(|&b| needs_escape(b)).map(|i| offset.saturating_add(i))
}

fn escape_body(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    // Most strings need no escaping: find the first byte that does, copy the run before it.
    let mut start = 0;
    while let Some(offset) = bytes.get(start..).and_then(first_escape) {
        let i = start.saturating_add(offset);
        // `i` is at an ASCII byte, hence on a char boundary.
        out.push_str(s.get(start..i).unwrap_or(""));
        let b = bytes.get(i).copied().unwrap_or(b' ');
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            _ => {
                out.push_str("\\u00");
                out.push(char::from(HEX.get(usize::from(b >> 4)).copied().unwrap_or(b'0')));
                out.push(char::from(HEX.get(usize::from(b & 0xf)).copied().unwrap_or(b'0')));
            }
        }
        start = i.saturating_add(1);
    }
    out.push_str(s.get(start..).unwrap_or(""));
}

const HEX: &[u8; 16] = b"0123456789abcdef";

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn escapes_round_trip() {
        for s in ["", "plain", "引号\"和\\反斜杠", "\u{1}\u{1f}\n\t", "混合 text ✓"] {
            let json = escape(s);
            let back = value::parse(&json).unwrap();
            assert_eq!(back.as_str(), Some(s));
        }
    }

    #[test]
    fn word_scan_finds_the_first_byte_to_escape() {
        let naive = |b: &[u8]| b.iter().position(|&x| needs_escape(x));
        let base: Vec<u8> = "混合 text ✓ abcdefghijklmnop".bytes().collect();
        for len in 0..base.len() {
            let prefix = base.get(..len).unwrap();
            assert_eq!(first_escape(prefix), None);
            for special in (0u8..0x20).chain([b'"', b'\\', 0x7f, 0x80, 0xff, b'!', b'#', b'[', b']']) {
                for at in 0..=len {
                    let mut v = prefix.to_vec();
                    v.insert(at, special);
                    assert_eq!(first_escape(&v), naive(&v), "{special:#x} at {at} of {len}");
                }
            }
        }
    }

    #[test]
    fn writer_places_commas() {
        let mut w = JsonWriter::with_capacity(16);
        w.begin_object();
        w.field_str("a", "1");
        w.key("b");
        w.begin_array();
        w.uint(1);
        w.bool(true);
        w.begin_object();
        w.end_object();
        w.end_array();
        w.end_object();
        assert_eq!(w.finish(), r#"{"a":"1","b":[1,true,{}]}"#);
    }

    #[test]
    fn suggests_near_names() {
        assert_eq!(closest("revenu", &["revenue", "employees"]), Some("revenue"));
        assert_eq!(closest("zzz", &["revenue"]), None);
    }
}
