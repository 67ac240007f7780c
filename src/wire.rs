//! The JSON boundary: text in, typed values out.
//!
//! serde reads every request; this module bounds the input, maps serde's errors onto
//! the contract's stable codes with the field's JSON path (`path_at`), and gives the
//! field types that read money, rates, dates and counts exactly as written (a JSON number
//! keeps its text: serde_json's `arbitrary_precision`). The same rules hold at every door:
//! the CLI, `evaluateJson`, and `evaluate` with an object (which `js/index.js` checks,
//! then stringifies).

use crate::error::{Error, ErrorCode, Result};
use serde::de::{self, Deserialize, DeserializeOwned, Deserializer, MapAccess, Visitor};
use std::fmt;

/// The largest input the engine reads as one request (or one NDJSON line).
pub const MAX_INPUT_BYTES: usize = 1 << 20;

/// How long a quoted input value may get inside an error message: an error about a
/// 1 MiB string quotes its start, never all of it.
const QUOTE_CHARS: usize = 40;

/// The key serde_json uses to hand a number's exact text to a visitor
/// (`arbitrary_precision`); `serde_json::Number` reads it the same way.
const NUMBER_TOKEN: &str = "$serde_json::private::Number";

pub fn too_large(len: usize) -> Error {
    Error::new(
        ErrorCode::InputTooLarge,
        "",
        format!("输入过大（{len}字节），单个请求不得超过{MAX_INPUT_BYTES}字节"),
        format!("the input is too large ({len} bytes); one request may be at most {MAX_INPUT_BYTES} bytes"),
    )
}

fn empty_input() -> Error {
    Error::new(ErrorCode::EmptyInput, "", "输入为空：请提供一个 JSON 对象", "the input is empty: expected one JSON object")
}

/// Bytes as text: UTF-8 (a leading BOM dropped), at most [`MAX_INPUT_BYTES`].
pub fn text_of(bytes: &[u8]) -> Result<&str> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(too_large(bytes.len()));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        Error::new(
            ErrorCode::InvalidUtf8,
            "",
            format!("输入不是 UTF-8 文本（第{}字节处）", e.valid_up_to()),
            format!("the input is not UTF-8 text (at byte {})", e.valid_up_to()),
        )
    })
}

/// The one rule for every door: at most 1 MiB, a leading BOM is dropped, not empty.
pub fn prepare(text: &str) -> Result<&str> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(too_large(text.len()));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(empty_input());
    }
    Ok(text)
}

/// Read one JSON document into `T`.
pub fn from_text<T: DeserializeOwned>(text: &str) -> Result<T> {
    let text = prepare(text)?;
    // Requests are objects (serde would also read a struct from an array, by position).
    if !text.trim_start().starts_with('{') {
        return Err(match serde_json::from_str::<serde::de::IgnoredAny>(text) {
            Ok(_) => Error::new(ErrorCode::InvalidType, "", "请求应为 JSON 对象 {…}", "the request must be a JSON object {…}"),
            Err(e) => syntax_error(&e),
        });
    }
    let mut de = serde_json::Deserializer::from_str(text);
    T::deserialize(&mut de).and_then(|v| de.end().map(|()| v)).map_err(|e| json_error(text, &e))
}

/// A nested request object (`applicant`, `loan`, …) read only from a JSON object. serde's
/// derived structs also read an array by position, so `"premises": ["state", "5000",
/// false]` would be answered as if its fields were named; a request must name them.
/// Use as `#[serde(deserialize_with = "crate::wire::object")]` (`object_opt` for an
/// optional one, with `default`).
pub fn object<'de, D: Deserializer<'de>, T: de::Deserialize<'de>>(d: D) -> std::result::Result<T, D::Error> {
    struct ObjectOnly<T>(std::marker::PhantomData<T>);
    impl<'de, T: de::Deserialize<'de>> Visitor<'de> for ObjectOnly<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> std::result::Result<T, A::Error> {
            T::deserialize(de::value::MapAccessDeserializer::new(map))
        }
    }
    d.deserialize_map(ObjectOnly(std::marker::PhantomData))
}

/// [`object`] for an optional field: `null` or absent is `None`.
pub fn object_opt<'de, D: Deserializer<'de>, T: de::Deserialize<'de>>(d: D) -> std::result::Result<Option<T>, D::Error> {
    struct Given<T>(T);
    impl<'de, T: de::Deserialize<'de>> de::Deserialize<'de> for Given<T> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
            object(d).map(Given)
        }
    }
    Option::<Given<T>>::deserialize(d).map(|o| o.map(|g| g.0))
}

/// serde_json's error as the contract's: syntax errors as `invalid_json`, data errors
/// with the JSON path of the field at fault.
pub fn json_error(text: &str, e: &serde_json::Error) -> Error {
    match e.classify() {
        serde_json::error::Category::Data => {
            // serde_json appends " at line L column C" to data errors: not part of the message.
            let message = e.to_string();
            let cut = message.rfind(" at line ").map_or(message.as_str(), |i| message.get(..i).unwrap_or(&message));
            data_error(&path_at(text, e.line(), e.column()), cut)
        }
        _ => syntax_error(e),
    }
}

/// The JSON path of what the reader was at when it stopped, at `line` and byte `column`
/// (1-based, as serde_json reports them): `applicant.revenue`, `programmes[1]`, or the
/// object a `missing field` belongs to (serde_json stops just past its `}`).
///
/// Why not serde_path_to_error: it wraps the deserializer, so every request type is
/// compiled a second time; measured, that is 20.7 KB more gzipped wasm (10% of the
/// budget), and tracking on every read costs a third of the parse time. Errors are the
/// rare path: this scan runs only for them, over text serde_json has already read as
/// valid up to that point.
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let mut offset = 0usize;
    for _ in 1..line {
        match text.get(offset..).and_then(|rest| rest.find('\n')) {
            Some(i) => offset = offset.saturating_add(i).saturating_add(1),
            None => break,
        }
    }
    let end = offset.saturating_add(column).min(text.len());
    let bytes = text.as_bytes();
    enum Frame {
        Object { key: Option<String>, expect_key: bool },
        Array { index: usize },
    }
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0usize;
    while i < end {
        let Some(&b) = bytes.get(i) else { break };
        match b {
            b'"' => {
                // A string: find its closing quote, skipping escapes.
                let start = i.saturating_add(1);
                let mut j = start;
                while let Some(&c) = bytes.get(j) {
                    match c {
                        b'\\' => j = j.saturating_add(2),
                        b'"' => break,
                        _ => j = j.saturating_add(1),
                    }
                }
                if let Some(Frame::Object { key, expect_key: expect @ true }) = stack.last_mut() {
                    let raw = text.get(start..j.min(text.len())).unwrap_or("");
                    *key = Some(serde_json::from_str::<String>(&format!("\"{raw}\"")).unwrap_or_else(|_| raw.to_string()));
                    *expect = false;
                }
                i = j.saturating_add(1);
                continue;
            }
            b'{' => stack.push(Frame::Object { key: None, expect_key: true }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index = index.saturating_add(1),
                Some(Frame::Object { expect_key, .. }) => *expect_key = true,
                None => {}
            },
            _ => {}
        }
        i = i.saturating_add(1);
    }
    let mut out = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(k), .. } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(&clip(k));
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => {
                out.push('[');
                out.push_str(&index.to_string());
                out.push(']');
            }
        }
    }
    out
}

fn syntax_error(e: &serde_json::Error) -> Error {
    let text = e.to_string();
    let reason_zh = if e.is_eof() {
        "内容不完整"
    } else if text.contains("recursion limit") {
        "嵌套层级过深"
    } else if text.contains("control character") {
        "字符串中有控制字符"
    } else if text.contains("trailing characters") {
        "JSON 之后还有多余内容"
    } else {
        "格式错误"
    };
    let reason_en = text.rfind(" at line ").map_or(text.as_str(), |i| text.get(..i).unwrap_or(&text));
    Error::new(
        ErrorCode::InvalidJson,
        "",
        format!("不是有效的 JSON（第{}行第{}列：{reason_zh}）", e.line(), e.column()),
        format!("not valid JSON: {reason_en} at line {} column {}", e.line(), e.column()),
    )
}

// Paths are made for every field the policy data's readers visit, so these two avoid
// `format!`'s machinery (an eighth of the engine's start natively).
pub fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        return key.to_string();
    }
    let mut out = String::with_capacity(path.len().saturating_add(key.len()).saturating_add(1));
    out.push_str(path);
    out.push('.');
    out.push_str(key);
    out
}

pub fn index(path: &str, i: usize) -> String {
    let mut out = String::with_capacity(path.len().saturating_add(8));
    out.push_str(path);
    out.push('[');
    crate::money::write_uint(&mut out, u64::try_from(i).unwrap_or(u64::MAX));
    out.push(']');
    out
}

/// At most [`QUOTE_CHARS`] characters of an input value, for messages.
pub fn clip(s: &str) -> String {
    match s.char_indices().nth(QUOTE_CHARS) {
        Some((end, _)) => format!("{}…", s.get(..end).unwrap_or(s)),
        None => s.to_string(),
    }
}

// ---- Errors raised inside a field's own reader. ----
//
// A field reader does not know its path (`path_at` finds it), so it raises
// the contract error with the placeholder FIELD in its place, coded into serde's
// message text; `data_error` puts the path in.

const FIELD: &str = "\u{1}FIELD\u{1}";
const CODED: char = '\u{2}';

/// A serde error carrying one of our errors; `{field}` is filled in with the path.
pub fn coded<E: de::Error>(make: impl FnOnce(&str) -> Error) -> E {
    let e = make(FIELD);
    E::custom(format!("{CODED}{}{CODED}{}{CODED}{}", e.code.as_str(), e.message_zh, e.message_en))
}

fn decode(path: &str, message: &str) -> Option<Error> {
    let rest = message.strip_prefix(CODED)?;
    let mut parts = rest.splitn(3, CODED);
    let code_text = parts.next()?;
    let code = ErrorCode::ALL.iter().copied().find(|c| c.as_str() == code_text)?;
    let shown = if path.is_empty() { "(root)" } else { path };
    let zh = parts.next()?.replace(FIELD, shown);
    let en = parts.next()?.replace(FIELD, shown);
    Some(Error::new(code, path, zh, en))
}

/// The text between the first pair of backticks after `after`: serde's messages quote
/// names that way (`unknown field \`revenu\``).
fn quoted<'m>(message: &'m str, after: &str) -> Option<&'m str> {
    let rest = message.get(message.find(after)?.checked_add(after.len())?..)?;
    let start = rest.find('`')?.checked_add(1)?;
    let len = rest.get(start..)?.find('`')?;
    rest.get(start..start.checked_add(len)?)
}

/// The names serde lists after "expected one of".
fn expected_names(message: &str) -> Vec<&str> {
    let Some(i) = message.find("expected") else { return Vec::new() };
    message.get(i..).unwrap_or("").split('`').skip(1).step_by(2).collect()
}

fn type_zh(expected: &str) -> &'static str {
    let e = expected.to_ascii_lowercase();
    if e.contains("struct") || e.contains("map") || e.contains("object") {
        "对象"
    } else if e.contains("sequence") || e.contains("array") || e.contains("list") {
        "数组"
    } else if e.contains("bool") {
        "布尔值（true 或 false）"
    } else if e.contains("integer") || e.contains("u32") || e.contains("u64") || e.contains("whole") {
        "整数"
    } else if e.contains("number") || e.contains("decimal") {
        "数字或数字字符串"
    } else if e.contains("string") || e.contains("date") || e.contains("code") {
        "字符串"
    } else {
        "其他类型"
    }
}

/// serde's own data errors (missing, unknown, duplicate, wrong type, unknown value),
/// or one of ours coded by [`coded`].
fn data_error(path: &str, message: &str) -> Error {
    if let Some(e) = decode(path, message) {
        return e;
    }
    let shown = if path.is_empty() { "(root)" } else { path };
    if message.starts_with("invalid type: null") {
        // `null` reads as absent: a required field given as null is missing.
        return Error::missing(shown);
    }
    if let Some(name) = quoted(message, "missing field") {
        let field = join(path, name);
        return Error::missing(&field);
    }
    if let Some(name) = quoted(message, "unknown field") {
        // The reader stops just past the unknown key, so the path ends in it.
        let name = clip(name);
        let field = ends_in(path, &name);
        let allowed = expected_names(message);
        let (zh_hint, en_hint) = match closest(&name, &allowed) {
            Some(s) => (format!("，是否想写 {s}？"), format!("; did you mean {s}?")),
            None => (format!("；可用字段：{}", allowed.join(", ")), format!("; allowed: {}", allowed.join(", "))),
        };
        let shown_field = clip(&field);
        return Error::new(
            ErrorCode::UnknownField,
            field,
            format!("未知字段 {shown_field}{zh_hint}"),
            format!("unknown field {shown_field}{en_hint}"),
        );
    }
    if let Some(name) = quoted(message, "duplicate field") {
        let field = ends_in(path, &clip(name));
        return Error::new(
            ErrorCode::InvalidJson,
            field.clone(),
            format!("字段 {field} 重复出现"),
            format!("the field {field} appears twice"),
        );
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (got, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let got = got.split_once(' ').map_or(got, |(kind, _)| kind);
        // serde's names for JSON's kinds, in the words of the JSON text
        let got = match got {
            "sequence" => "an array",
            "map" => "an object",
            "string" => "a string",
            "integer" | "floating" => "a number",
            "boolean" => "true or false",
            other => other,
        };
        return Error::new(
            ErrorCode::InvalidType,
            path,
            format!("{shown} 应为{}", type_zh(expected)),
            format!("{shown} must be {}, not {got}", clip(expected)),
        );
    }
    if message.starts_with("unknown variant") || message.starts_with("invalid value") || message.starts_with("invalid length") {
        let value = quoted(message, "variant").unwrap_or("");
        let names = expected_names(message);
        return Error::new(
            ErrorCode::InvalidValue,
            path,
            format!("{shown} 的值 \"{}\" 无效，可选：{}", clip(value), names.join(", ")),
            format!("{shown}: \"{}\" is not one of {}", clip(value), names.join(", ")),
        );
    }
    Error::new(ErrorCode::InvalidValue, path, format!("{shown} 的值无效：{}", clip(message)), format!("{shown}: {}", clip(message)))
}

/// `path` if it already ends in the key `name`, else `path.name`.
fn ends_in(path: &str, name: &str) -> String {
    if path == name || path.ends_with(&format!(".{name}")) {
        path.to_string()
    } else {
        join(path, name)
    }
}

/// The allowed name nearest to a typo (edit distance ≤ 2), if any.
pub fn closest<'b>(word: &str, candidates: &[&'b str]) -> Option<&'b str> {
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

// ---- Field readers. ----
//
// Each reads a value's text and checks it inside the visitor: serde_json stamps an
// error with its position only there (one raised after `deserialize` returns is placed
// at the end of the enclosing object, and `path_at` would name the object, not the field).

/// Reads a value's text with `read(text)`: the text of a JSON string, or, when `numbers` is
/// set, of a JSON number as written (serde_json's `arbitrary_precision`).
///
/// One visitor type for every field type: `read` is a `dyn` callback (which keeps what it
/// reads), so serde_json's number and string handling is compiled once, not once per
/// field type (3.2 KB less gzipped wasm, 2026-11-30).
struct TextVisitor<'r> {
    read: &'r mut dyn FnMut(&str) -> Result<()>,
    numbers: bool,
    expecting: &'static str,
}

impl TextVisitor<'_> {
    fn done<E: de::Error>(self, text: &str) -> std::result::Result<(), E> {
        (self.read)(text).map_err(|e| coded(|_| e))
    }

    fn number<E: de::Error>(self, text: &str, unexpected: de::Unexpected<'_>) -> std::result::Result<(), E> {
        if self.numbers {
            self.done(text)
        } else {
            Err(de::Error::invalid_type(unexpected, &self.expecting))
        }
    }
}

impl<'de> Visitor<'de> for TextVisitor<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<(), E> {
        self.done(v)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> std::result::Result<(), E> {
        self.number(&v.to_string(), de::Unexpected::Unsigned(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> std::result::Result<(), E> {
        self.number(&v.to_string(), de::Unexpected::Signed(v))
    }

    /// serde_json hands numbers over as text (`arbitrary_precision`); an f64 comes only
    /// from a reader without text. A whole number is read exactly; any other f64 is
    /// refused rather than printed (an f64 printer adds 10 KB to the wasm, and its
    /// digits are not what anyone typed).
    fn visit_f64<E: de::Error>(self, v: f64) -> std::result::Result<(), E> {
        const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
        if v.is_finite() && v.fract() == 0.0 && v.abs() <= EXACT {
            #[allow(clippy::cast_possible_truncation)] // whole and within ±2^53: exact
            return self.number(&(v as i64).to_string(), de::Unexpected::Float(v));
        }
        Err(coded(|field| {
            Error::new(
                ErrorCode::InvalidDecimal,
                field,
                format!("{field} 请写成十进制数字字符串，如 \"0.0435\""),
                format!("{field}: write it as a decimal string such as \"0.0435\""),
            )
        }))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
        match map.next_key::<std::borrow::Cow<'de, str>>()? {
            Some(k) if k == NUMBER_TOKEN => {
                let text: std::borrow::Cow<'de, str> = map.next_value()?;
                self.number(&text, de::Unexpected::Other("a number"))
            }
            _ => Err(de::Error::invalid_type(de::Unexpected::Map, &self)),
        }
    }
}

/// Run `visit` with a [`TextVisitor`] whose callback applies `read(text, FIELD)`, and
/// return what `read` made (the check runs inside the visitor, as the note above says).
fn read_text<'de, D, T>(
    d: D,
    read: impl FnOnce(&str, &str) -> Result<T>,
    numbers: bool,
    expecting: &'static str,
    visit: impl FnOnce(D, TextVisitor<'_>) -> std::result::Result<(), D::Error>,
) -> std::result::Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    let mut read = Some(read);
    let mut out = None;
    let mut callback = |text: &str| {
        if let Some(read) = read.take() {
            out = Some(read(text, FIELD)?);
        }
        Ok(())
    };
    visit(d, TextVisitor { read: &mut callback, numbers, expecting })?;
    out.ok_or_else(|| de::Error::custom("no value was read"))
}

/// Read a string or number field with `read(text, FIELD)`, its error at the field's path.
pub fn read_with<'de, D, T>(d: D, read: impl FnOnce(&str, &str) -> Result<T>) -> std::result::Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    read_text(d, read, true, "a decimal number or a string of one", |d, v| d.deserialize_any(v))
}

/// A string field read by `read(text, FIELD)` (dates, codes, enum names): numbers are refused.
pub fn read_str_with<'de, D, T>(d: D, read: impl FnOnce(&str, &str) -> Result<T>) -> std::result::Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    read_text(d, read, false, "a string", |d, v| d.deserialize_str(v))
}

/// A JSON number only (not a string), read with `read(text, FIELD)`: counts.
fn read_number_with<'de, D, T>(d: D, read: impl FnOnce(&str, &str) -> Result<T>) -> std::result::Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    struct OnlyNumbers<'r>(TextVisitor<'r>);
    impl<'de> Visitor<'de> for OnlyNumbers<'_> {
        type Value = ();
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a whole number (integer)")
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> std::result::Result<(), E> {
            self.0.visit_u64(v)
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> std::result::Result<(), E> {
            self.0.visit_i64(v)
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> std::result::Result<(), E> {
            self.0.visit_f64(v)
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> std::result::Result<(), A::Error> {
            self.0.visit_map(map)
        }
    }
    read_text(d, read, true, "a whole number (integer)", |d, v| d.deserialize_any(OnlyNumbers(v)))
}

/// A whole number in `[MIN, MAX]`: `7` and `7.0` are read, `7.5` and `"7"` refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Int<const MIN: u32, const MAX: u32>(pub u32);

impl<'de, const MIN: u32, const MAX: u32> de::Deserialize<'de> for Int<MIN, MAX> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        read_number_with(d, |text, field| whole_number(text, field, MIN, MAX)).map(Int)
    }
}

impl<const MIN: u32, const MAX: u32> Int<MIN, MAX> {
    /// The count `n`, as the JSON door reads the number `n` (`whole_number`).
    pub fn from_whole(n: u64, field: &str) -> Result<Self> {
        match u32::try_from(n) {
            Ok(i) if (MIN..=MAX).contains(&i) => Ok(Int(i)),
            _ => whole_number(&n.to_string(), field, MIN, MAX).map(Int),
        }
    }
}

/// A whole number in `[min, max]` from a number's text (`7`, `7.0`, `7e0`).
pub fn whole_number(text: &str, field: &str, min: u32, max: u32) -> Result<u32> {
    if let Ok(i) = text.parse::<u32>() {
        if (min..=max).contains(&i) {
            return Ok(i);
        }
    }
    let value = crate::money::parse_decimal_text(text, field)?;
    if !crate::money::is_whole(value) {
        return Err(Error::new(ErrorCode::InvalidType, field, format!("{field} 应为整数"), format!("{field} must be a whole number")));
    }
    let in_range = value >= rust_decimal::Decimal::from(min) && value <= rust_decimal::Decimal::from(max);
    match (in_range, rust_decimal::prelude::ToPrimitive::to_u32(&value)) {
        (true, Some(i)) => Ok(i),
        _ => Err(Error::new(
            ErrorCode::OutOfRange,
            field,
            format!("{field} 应在 {min} 到 {max} 之间"),
            format!("{field} must be between {min} and {max}"),
        )),
    }
}

/// Field types whose reader is a function of the value's text.
macro_rules! text_field {
    ($(#[$m:meta])* $name:ident: $ty:ty = $reader:ident($read:path)) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct $name(pub $ty);
        impl<'de> de::Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
                $reader(d, $read).map($name)
            }
        }
        impl $name {
            /// The value from its text, read as the JSON door reads it.
            pub fn from_text(text: &str, field: &str) -> Result<Self> {
                $read(text, field).map($name)
            }
        }
    };
}

text_field!(
    /// An amount in 元: ≥ 0, at most two decimals (分), at most 1万亿.
    Money: rust_decimal::Decimal = read_with(crate::money::money_from_text)
);
text_field!(
    /// An annual rate as a fraction: 0 ≤ r ≤ 1, at most 8 decimals.
    Rate: rust_decimal::Decimal = read_with(crate::money::rate_from_text)
);
text_field!(
    /// Any exact decimal.
    Dec: rust_decimal::Decimal = read_with(crate::money::parse_decimal_text)
);
text_field!(
    /// `YYYY-MM-DD`, a day that exists.
    DateField: crate::dates::Date = read_str_with(crate::dates::Date::from_text)
);
