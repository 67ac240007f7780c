//! 所在县区 by name or code → a GB/T 2260 code, leniently: full names (获嘉县), names
//! without 市/县/区 (获嘉), with their city (新乡市获嘉县, 新乡获嘉县) or province in
//! front, and 6-digit codes. Data: `policies/reference/regions.json`, read as data.

use super::columns::half_width;
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::HashMap;

/// Development zones have no county code of their own: with their city named, they
/// count as the city (郑州高新区 → 410100).
const ZONES: &[&str] = &["新区", "高新区", "开发区", "经开区", "实验区", "示范区", "园区", "港区"];

const REGIONS_JSON: &str = include_str!("../../policies/reference/regions.json");

#[derive(Deserialize)]
struct Place {
    code: String,
    name_zh: String,
    #[serde(default)]
    counties: Vec<Place>,
}

#[derive(Deserialize)]
struct File {
    provinces: Vec<Place>,
    henan: Vec<Place>,
}

/// Names and codes of Henan's cities and counties.
#[derive(Debug, Default)]
pub struct RegionIndex {
    /// Exact full names and codes → code.
    exact: HashMap<String, String>,
    /// Short names (no 市/县/区 suffix) → code; a city's short name wins over a county's.
    short: HashMap<String, String>,
    /// City names (full and short) → (city code, the city's counties by full and short name).
    cities: Vec<(Vec<String>, String, HashMap<String, String>)>,
    /// Every valid code (provinces too: the engine answers for them).
    codes: HashMap<String, String>,
}

/// A name without its administrative suffix: 获嘉县 → 获嘉, 管城回族区 → 管城, 济源市 → 济源.
fn short_name(full: &str) -> Option<String> {
    for suffix in ["回族区", "自治县", "新区", "区", "县", "市"] {
        if let Some(stem) = full.strip_suffix(suffix) {
            if stem.chars().count() >= 2 {
                return Some(stem.to_string());
            }
        }
    }
    None
}

/// Half-width, without spaces, brackets, dashes and middle dots. (A cell that has none
/// of them, the common case, is borrowed, not copied.)
fn clean(raw: &str) -> Cow<'_, str> {
    let dropped = |c: char| c.is_whitespace() || matches!(c, '(' | ')' | '（' | '）' | '-' | '·');
    let trimmed = raw.trim();
    if matches!(half_width(trimmed), Cow::Borrowed(_)) && !trimmed.chars().any(dropped) {
        return Cow::Borrowed(trimmed);
    }
    Cow::Owned(half_width(raw).chars().filter(|c| !dropped(*c)).collect())
}

impl RegionIndex {
    /// The index of the compiled-in table (built once per screening).
    pub fn builtin() -> RegionIndex {
        match serde_json::from_str::<File>(REGIONS_JSON) {
            Ok(f) => RegionIndex::from_file(&f),
            Err(_) => RegionIndex::default(),
        }
    }

    fn from_file(f: &File) -> RegionIndex {
        let mut idx = RegionIndex::default();
        for p in &f.provinces {
            idx.codes.insert(p.code.clone(), p.name_zh.clone());
        }
        // Counties first, so that a city's short name (新乡) replaces a county's (新乡县).
        for city in &f.henan {
            let mut within = HashMap::new();
            for c in &city.counties {
                idx.codes.insert(c.code.clone(), c.name_zh.clone());
                idx.exact.insert(c.name_zh.clone(), c.code.clone());
                within.insert(c.name_zh.clone(), c.code.clone());
                if let Some(s) = short_name(&c.name_zh) {
                    idx.short.insert(s.clone(), c.code.clone());
                    within.insert(s, c.code.clone());
                }
            }
            let mut names = vec![city.name_zh.clone()];
            if let Some(s) = short_name(&city.name_zh) {
                names.push(s);
            }
            idx.cities.push((names, city.code.clone(), within));
        }
        for city in &f.henan {
            idx.codes.insert(city.code.clone(), city.name_zh.clone());
            idx.exact.insert(city.name_zh.clone(), city.code.clone());
            if let Some(s) = short_name(&city.name_zh) {
                idx.short.insert(s, city.code.clone());
            }
        }
        idx
    }

    /// A code for what someone typed, or a message in Chinese.
    pub fn resolve(&self, raw: &str) -> Result<String, String> {
        let s = clean(raw);
        if s.len() == 6 && s.bytes().all(|b| b.is_ascii_digit()) {
            if self.codes.contains_key(s.as_ref()) || !s.starts_with("41") {
                return Ok(s.into_owned());
            }
            return Err(format!("「{}」不是河南省现行的县（市、区）行政区划代码", raw.trim()));
        }
        let s = s.strip_prefix("河南省").or_else(|| s.strip_prefix("河南")).unwrap_or(&s);
        if let Some(code) = self.exact.get(s).or_else(|| self.short.get(s)) {
            return Ok(code.clone());
        }
        // A city in front: 新乡市获嘉县, 新乡获嘉, 郑州市高新区 (a zone with no county code: the city).
        for (names, city_code, within) in &self.cities {
            for name in names {
                if let Some(rest) = s.strip_prefix(name.as_str()) {
                    if rest.is_empty() {
                        return Ok(city_code.clone());
                    }
                    if let Some(code) = within.get(rest).or_else(|| short_name(rest).and_then(|r| within.get(&r))) {
                        return Ok(code.clone());
                    }
                    if ZONES.iter().any(|z| rest.ends_with(z)) {
                        return Ok(city_code.clone());
                    }
                }
            }
        }
        Err(format!(
            "「{}」不是可识别的河南省县（市、区）：请写名称（如 获嘉县、获嘉、新乡市获嘉县）或6位行政区划代码（如 410724）",
            raw.trim()
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_codes() {
        let r = RegionIndex::builtin();
        assert_eq!(r.resolve("获嘉县").unwrap(), "410724");
        assert_eq!(r.resolve("获嘉").unwrap(), "410724");
        assert_eq!(r.resolve("新乡市获嘉县").unwrap(), "410724");
        assert_eq!(r.resolve("新乡获嘉").unwrap(), "410724");
        assert_eq!(r.resolve("河南省新乡市获嘉县").unwrap(), "410724");
        assert_eq!(r.resolve("410724").unwrap(), "410724");
        assert_eq!(r.resolve("４１０７２４").unwrap(), "410724");
        assert_eq!(r.resolve("新乡").unwrap(), "410700");
        assert_eq!(r.resolve("新乡县").unwrap(), "410721");
        assert_eq!(r.resolve("金水区").unwrap(), "410105");
        assert_eq!(r.resolve("管城").unwrap(), "410104");
        assert_eq!(r.resolve("济源市").unwrap(), "419001");
        assert_eq!(r.resolve("郑州市高新区").unwrap(), "410100");
        assert!(r.resolve("火星县").is_err());
        assert!(r.resolve("419999").is_err());
    }
}
