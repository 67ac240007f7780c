//! Regions by GB/T 2260 code: every city and county of Henan, and every province.
//! Data: `policies/reference/regions.json` (source and vintage in `regions.md`).

use crate::error::{Error, ErrorCode, Result};
use crate::data::Obj;
use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub code: String,
    pub name_zh: String,
    pub name_en: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct City {
    pub place: Place,
    pub counties: Vec<Place>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Regions {
    pub vintage: String,
    pub provinces: Vec<Place>,
    pub henan: Vec<City>,
    /// Every known code with its full name, sorted by code (built once at load).
    index: Vec<Region>,
}

/// A validated region of a request.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Region {
    pub code: String,
    /// Full name: `河南省新乡市获嘉县`, `广东省`.
    pub name_zh: String,
    pub name_en: String,
}

impl Region {
    /// Does the code fall under a prefix such as `41` (Henan) or `4107` (新乡)?
    /// The empty prefix matches everywhere.
    pub fn within(&self, prefix: &str) -> bool {
        self.code.starts_with(prefix)
    }

    /// The part of the code that says where: `41` for a province (`410000`), `4107` for a
    /// city (`410700`), all six digits for a county.
    pub fn significant(&self) -> &str {
        let code = self.code.as_str();
        let trimmed = code.strip_suffix("0000").or_else(|| code.strip_suffix("00")).unwrap_or(code);
        if trimmed.len().is_multiple_of(2) { trimmed } else { code }
    }

    /// Could the region lie under `prefix` without being known to? A province or city
    /// given where the prefix names a city or county inside it (`410000` and `4107`).
    pub fn may_be_within(&self, prefix: &str) -> bool {
        let known = self.significant();
        !self.within(prefix) && prefix.len() > known.len() && prefix.starts_with(known)
    }
}

pub const HENAN: &str = "410000";

fn read_place(v: &Value, path: &str) -> Result<Place> {
    let o = Obj::new(v, path)?;
    let code = o.req_str("code")?;
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::new(
            ErrorCode::InvalidOverride,
            o.field_path("code"),
            "行政区划代码应为6位数字",
            "region codes have 6 digits",
        ));
    }
    Ok(Place {
        code: code.to_string(),
        name_zh: o.req_str("name_zh")?.to_string(),
        name_en: o.req_str("name_en")?.to_string(),
    })
}

impl Regions {
    pub fn parse_json(text: &str) -> Result<Regions> {
        let v = serde_json::from_str::<serde_json::Value>(text).map_err(|e| {
            Error::new(ErrorCode::InvalidOverride, "", "行政区划数据不是有效 JSON", format!("regions data: {e}"))
        })?;
        let root = Obj::new(&v, "")?;
        let mut provinces = Vec::new();
        for (i, p) in root.opt_array("provinces")?.into_iter().flatten().enumerate() {
            provinces.push(read_place(p, &crate::data::index("provinces", i))?);
        }
        let mut henan = Vec::new();
        for (i, c) in root.opt_array("henan")?.into_iter().flatten().enumerate() {
            let path = crate::data::index("henan", i);
            let o = Obj::new(c, &path)?;
            let mut counties = Vec::new();
            for (j, county) in o.opt_array("counties")?.into_iter().flatten().enumerate() {
                counties.push(read_place(county, &crate::data::index(&o.field_path("counties"), j))?);
            }
            henan.push(City {
                place: read_place(c, &path)?,
                counties,
            });
        }
        let mut regions = Regions {
            vintage: root.opt_str("vintage")?.unwrap_or_default().to_string(),
            provinces,
            henan,
            index: Vec::new(),
        };
        regions.index = regions.build_index();
        Ok(regions)
    }

    fn build_index(&self) -> Vec<Region> {
        let mut index: Vec<Region> = self
            .provinces
            .iter()
            .map(|p| Region {
                code: p.code.clone(),
                name_zh: p.name_zh.clone(),
                name_en: p.name_en.clone(),
            })
            .collect();
        let henan = self.provinces.iter().find(|p| p.code == HENAN);
        let (hz, he) = henan.map_or(("", ""), |p| (p.name_zh.as_str(), p.name_en.as_str()));
        for city in &self.henan {
            index.push(Region {
                code: city.place.code.clone(),
                name_zh: format!("{hz}{}", city.place.name_zh),
                name_en: format!("{}, {he}", city.place.name_en),
            });
            for county in &city.counties {
                index.push(Region {
                    code: county.code.clone(),
                    name_zh: format!("{hz}{}{}", city.place.name_zh, county.name_zh),
                    name_en: format!("{}, {}, {he}", county.name_en, city.place.name_en),
                });
            }
        }
        crate::sort_small(&mut index, |a, b| a.code < b.code);
        index.dedup_by(|a, b| a.code == b.code);
        index
    }

    /// Does any known code start with `prefix` (a rule set's region scope such as `4107`)?
    pub fn has_prefix(&self, prefix: &str) -> bool {
        let start = self.index.partition_point(|r| r.code.as_str() < prefix);
        self.index.get(start).is_some_and(|r| r.code.starts_with(prefix))
    }

    fn lookup(&self, code: &str) -> Option<&Region> {
        self.index
            .binary_search_by(|r| r.code.as_str().cmp(code))
            .ok()
            .and_then(|i| self.index.get(i))
    }

    /// The region a code prefix names (`4107`: 河南省新乡市), if it is a known one.
    pub fn named_prefix(&self, prefix: &str) -> Option<&Region> {
        let code = format!("{prefix:0<6}");
        self.lookup(&code)
    }

    /// A code under `prefix`, the first known one (a county of the city, a city of the province).
    pub fn first_within(&self, prefix: &str) -> Option<&Region> {
        let start = self.index.partition_point(|r| r.code.as_str() <= format!("{prefix:0<6}").as_str());
        self.index.get(start).filter(|r| r.code.starts_with(prefix))
    }

    /// Validate a request's region code and name it.
    pub fn resolve(&self, code: &str, field: &str) -> Result<Region> {
        let shown = crate::wire::clip(code);
        let bad = |zh: String, en: String| Error::new(ErrorCode::InvalidRegion, field, zh, en);
        if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad(
                format!("{field} 应为6位行政区划代码（GB/T 2260），如获嘉县 410724，实际为 \"{shown}\""),
                format!("{field} must be a 6-digit GB/T 2260 code such as 410724 (Huojia County), not \"{shown}\""),
            ));
        }
        if let Some(known) = self.lookup(code) {
            return Ok(known.clone());
        }
        let province_code = format!("{}0000", code.get(0..2).unwrap_or("00"));
        let Some(province) = self.lookup(&province_code) else {
            return Err(bad(
                format!("{field} 的前两位 \"{}\" 不是省级行政区划代码", code.get(0..2).unwrap_or("")),
                format!("{field}: \"{shown}\" does not start with a province code"),
            ));
        };
        if province.code != HENAN {
            // Outside Henan the engine only needs the province.
            return Ok(Region {
                code: code.to_string(),
                name_zh: province.name_zh.clone(),
                name_en: province.name_en.clone(),
            });
        }
        Err(bad(
            format!("{field} 的值 {code} 不是河南省现行的市、县级行政区划代码"),
            format!("{field}: {code} is not a current city or county code of Henan"),
        ))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn regions() -> Regions {
        Regions::parse_json(include_str!("../policies/reference/regions.json")).unwrap()
    }

    #[test]
    fn names_henan_counties_and_other_provinces() {
        let r = regions();
        assert_eq!(r.resolve("410724", "region").unwrap().name_zh, "河南省新乡市获嘉县");
        assert_eq!(r.resolve("410100", "region").unwrap().name_zh, "河南省郑州市");
        assert_eq!(r.resolve("410000", "region").unwrap().name_zh, "河南省");
        assert_eq!(r.resolve("440300", "region").unwrap().name_zh, "广东省");
        assert_eq!(r.resolve("419001", "region").unwrap().name_zh, "河南省济源市");
    }

    #[test]
    fn a_province_or_city_may_be_within_a_narrower_scope() {
        let r = regions();
        let henan = r.resolve("410000", "region").unwrap();
        let xinxiang = r.resolve("410700", "region").unwrap();
        let huojia = r.resolve("410724", "region").unwrap();
        assert_eq!((henan.significant(), xinxiang.significant(), huojia.significant()), ("41", "4107", "410724"));
        assert!(henan.may_be_within("4107") && henan.may_be_within("4101"));
        assert!(!henan.may_be_within("41") && !henan.may_be_within("44"));
        assert!(xinxiang.may_be_within("410724") && !xinxiang.may_be_within("4107") && !xinxiang.may_be_within("4101"));
        assert!(!huojia.may_be_within("4107") && !huojia.may_be_within("4101"));
        assert_eq!(r.resolve("419001", "region").unwrap().significant(), "419001");
        assert_eq!(r.named_prefix("4107").unwrap().name_zh, "河南省新乡市");
        assert!(r.first_within("4107").unwrap().code.starts_with("4107"));
        assert_ne!(r.first_within("4107").unwrap().code, "410700");
    }

    #[test]
    fn refuses_unknown_codes() {
        let r = regions();
        for bad in ["41072", "4107244", "990000", "410799", "41O724", ""] {
            let e = r.resolve(bad, "region").unwrap_err();
            assert_eq!(e.code, ErrorCode::InvalidRegion, "{bad}");
        }
    }
}
