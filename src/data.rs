//! Reading policy data (rule sets, reference tables, a portal's override) from
//! `serde_json::Value`, with every error naming its path.
//!
//! Requests are typed serde models (`request.rs`); policy data is merged as JSON
//! first (`extends`, a portal's override as a merge patch) and read after, so it is
//! read from a `Value` with these helpers.

use crate::error::{Error, ErrorCode, Result};
use crate::wire::{clip, closest, join, json_error, prepare};
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::fmt;

pub use crate::wire::index;

/// A JSON document whose objects have no key twice (serde_json's `Value` would keep
/// the last silently). Checking is one hash lookup per key: linear in the input.
pub struct StrictValue(pub Value);

impl<'de> de::Deserialize<'de> for StrictValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        d.deserialize_any(StrictVisitor).map(StrictValue)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> std::result::Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> std::result::Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> std::result::Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> std::result::Result<Value, E> {
        serde_json::Number::from_f64(v).map(Value::Number).ok_or_else(|| E::custom("a number must be finite"))
    }
    fn visit_str<E>(self, v: &str) -> std::result::Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> std::result::Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> std::result::Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> std::result::Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> std::result::Result<Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<Value, A::Error> {
        let mut out = Vec::new();
        while let Some(StrictValue(v)) = seq.next_element()? {
            out.push(v);
        }
        Ok(Value::Array(out))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<Value, A::Error> {
        let mut out = Map::new();
        let mut first = true;
        while let Some(key) = map.next_key::<String>()? {
            // serde_json hands a number's exact text over as a one-key map.
            if first && key == "$serde_json::private::Number" {
                let text: String = map.next_value()?;
                return serde_json::from_str::<Value>(&text).map_err(|_| de::Error::custom("a number must be finite"));
            }
            first = false;
            let StrictValue(v) = map.next_value()?;
            if out.contains_key(&key) {
                return Err(de::Error::custom(format_args!("duplicate field `{}`", clip(&key))));
            }
            out.insert(key, v);
        }
        Ok(Value::Object(out))
    }
}

/// Parse policy data or an override: one JSON document, no key twice in an object.
pub fn parse_document(text: &str) -> Result<Value> {
    let text = prepare(text)?;
    let mut de = serde_json::Deserializer::from_str(text);
    let value = StrictValue::deserialize(&mut de).and_then(|v| de.end().map(|()| v)).map_err(|e| json_error(text, &e))?;
    Ok(value.0)
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
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

pub fn wrong_type(path: &str, expected: &str, got: &Value) -> Error {
    Error::new(
        ErrorCode::InvalidType,
        path,
        format!("{path} 应为{}", type_zh(expected)),
        format!("{path} must be {expected}, not {}", type_name(got)),
    )
}

/// A JSON object being read, with its path; knows which keys it allows.
pub struct Obj<'a> {
    pub map: &'a Map<String, Value>,
    pub path: String,
}

impl<'a> Obj<'a> {
    pub fn new(v: &'a Value, path: &str) -> Result<Obj<'a>> {
        match v {
            Value::Object(map) => Ok(Obj { map, path: path.to_string() }),
            other => {
                let mut e = wrong_type(if path.is_empty() { "(root)" } else { path }, "object", other);
                e.field = path.to_string();
                Err(e)
            }
        }
    }

    pub fn field_path(&self, key: &str) -> String {
        join(&self.path, key)
    }

    /// Reject keys outside `allowed`: a typo must not silently become "not provided".
    pub fn allow_only(&self, allowed: &[&str]) -> Result<()> {
        for key in self.map.keys() {
            if !allowed.contains(&key.as_str()) {
                let path = self.field_path(&clip(key));
                let (zh_hint, en_hint) = match closest(key, allowed) {
                    Some(s) => (format!("，是否想写 {s}？"), format!("; did you mean {s}?")),
                    None => (format!("；可用字段：{}", allowed.join(", ")), format!("; allowed: {}", allowed.join(", "))),
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
    pub fn get(&self, key: &str) -> Option<&'a Value> {
        match self.map.get(key) {
            None | Some(Value::Null) => None,
            Some(v) => Some(v),
        }
    }

    pub fn required(&self, key: &str) -> Result<&'a Value> {
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
            Some(Value::String(s)) => Ok(Some(s.as_str())),
            Some(other) => Err(wrong_type(&self.field_path(key), "string", other)),
        }
    }

    pub fn req_str(&self, key: &str) -> Result<&'a str> {
        self.opt_str(key)?.ok_or_else(|| Error::missing(&self.field_path(key)))
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

    pub fn opt_array(&self, key: &str) -> Result<Option<&'a Vec<Value>>> {
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

pub fn read_u32(v: &Value, path: &str, min: u32, max: u32) -> Result<u32> {
    let Value::Number(n) = v else {
        return Err(wrong_type(path, "integer", v));
    };
    crate::wire::whole_number(n.as_str(), path, min, max)
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
        format!("{path} 的值 \"{}\" 无效，可选：{}{}", clip(s), names.join(", "), hint.0),
        format!("{path}: \"{}\" is not one of {}{}", clip(s), names.join(", "), hint.1),
    ))
}
