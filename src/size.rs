//! Enterprise size (大中小微) by 工信部联企业〔2011〕300号, from the data table
//! `policies/reference/enterprise-size-2011.json`.
//!
//! Reading (reference/enterprise-size-2011.md): medium and small need both lower
//! bounds of their row; micro is below either lower bound of small; large needs every
//! ceiling of the row. With some figures missing the class is still decided when the
//! known figures settle it (5 employees in industry is micro whatever the revenue);
//! otherwise it is `unknown` and the missing fields are named.

use crate::money::DecimalOps;
use crate::error::{Error, ErrorCode, Result};
use crate::data::{read_u32, Obj};
use crate::money::{read_decimal, WAN};
use crate::tri::Tri;
use rust_decimal::Decimal;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SizeClass {
    Micro,
    Small,
    Medium,
    Large,
}

impl serde::Serialize for SizeClass {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl SizeClass {
    pub const ALL: [SizeClass; 4] = [SizeClass::Micro, SizeClass::Small, SizeClass::Medium, SizeClass::Large];

    pub fn as_str(self) -> &'static str {
        match self {
            SizeClass::Micro => "micro",
            SizeClass::Small => "small",
            SizeClass::Medium => "medium",
            SizeClass::Large => "large",
        }
    }

    pub fn name_zh(self) -> &'static str {
        match self {
            SizeClass::Micro => "微型",
            SizeClass::Small => "小型",
            SizeClass::Medium => "中型",
            SizeClass::Large => "大型",
        }
    }

    pub fn name_en(self) -> &'static str {
        match self {
            SizeClass::Micro => "micro",
            SizeClass::Small => "small",
            SizeClass::Medium => "medium-sized",
            SizeClass::Large => "large",
        }
    }

    pub fn parse(s: &str) -> Option<SizeClass> {
        SizeClass::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// Lower bounds (or ceilings) of one class in one industry row; absent metrics do not apply.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bounds {
    pub employees: Option<u32>,
    /// 元 (the table's 万元 × 10,000).
    pub revenue: Option<Decimal>,
    /// 元.
    pub total_assets: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Industry {
    pub key: String,
    pub name_zh: String,
    pub name_en: String,
    /// 服务业 (tertiary industry), used by the 2022 rent relief.
    pub service_sector: bool,
    pub large_at: Bounds,
    pub medium_from: Bounds,
    pub small_from: Bounds,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SizeTable {
    pub document: String,
    pub industries: Vec<Industry>,
}

/// What the applicant told us that the size rule reads.
#[derive(Debug, Clone, Copy, Default)]
pub struct SizeFacts {
    pub employees: Option<u32>,
    pub revenue: Option<Decimal>,
    pub total_assets: Option<Decimal>,
}

/// The outcome of classifying one applicant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SizeAssessment {
    /// The class when it is settled.
    pub class: Option<SizeClass>,
    /// Every class the known figures still allow, smallest first.
    pub possible: Vec<SizeClass>,
    /// Request fields that would settle an unknown class.
    pub missing: Vec<&'static str>,
    /// Index of the industry row used.
    pub industry: Option<usize>,
    /// False for a person (no enterprise to classify).
    pub applicable: bool,
}

impl SizeAssessment {
    pub fn not_applicable() -> Self {
        SizeAssessment {
            class: None,
            possible: Vec::new(),
            missing: Vec::new(),
            industry: None,
            applicable: false,
        }
    }

    /// Is the class one of `allowed`? Unknown while some possible classes are in and some out.
    pub fn is_one_of(&self, allowed: &[SizeClass]) -> Tri {
        if !self.applicable || self.possible.is_empty() {
            return Tri::False;
        }
        let inside = self.possible.iter().filter(|c| allowed.contains(c)).count();
        if inside == self.possible.len() {
            Tri::True
        } else if inside == 0 {
            Tri::False
        } else {
            Tri::Unknown
        }
    }

    pub fn class_str(&self) -> &'static str {
        self.class.map(SizeClass::as_str).unwrap_or("unknown")
    }
}

impl SizeTable {
    pub fn parse_json(text: &str) -> Result<SizeTable> {
        let v = serde_json::from_str::<serde_json::Value>(text).map_err(|e| bad("", &e.to_string()))?;
        SizeTable::from_value(&v)
    }

    pub fn from_value(v: &serde_json::Value) -> Result<SizeTable> {
        let root = Obj::new(v, "")?;
        let document = root.req_str("document")?.to_string();
        let list = root
            .opt_array("industries")?
            .ok_or_else(|| Error::missing("industries"))?;
        let mut industries = Vec::with_capacity(list.len());
        for (i, item) in list.iter().enumerate() {
            let path = crate::data::index("industries", i);
            let o = Obj::new(item, &path)?;
            let bounds = |key: &str| -> Result<Bounds> {
                let b = o.opt_obj(key)?.ok_or_else(|| Error::missing(&o.field_path(key)))?;
                b.allow_only(&["employees", "revenue_wan", "total_assets_wan"])?;
                let wan = |k: &str| -> Result<Option<Decimal>> {
                    match b.get(k) {
                        None => Ok(None),
                        Some(v) => {
                            let d = read_decimal(v, &b.field_path(k))?;
                            d.c_mul(WAN).map(Some).ok_or_else(|| Error::overflow(&b.field_path(k)))
                        }
                    }
                };
                Ok(Bounds {
                    employees: match b.get("employees") {
                        None => None,
                        Some(v) => Some(read_u32(v, &b.field_path("employees"), 0, u32::MAX)?),
                    },
                    revenue: wan("revenue_wan")?,
                    total_assets: wan("total_assets_wan")?,
                })
            };
            industries.push(Industry {
                key: o.req_str("key")?.to_string(),
                name_zh: o.req_str("name_zh")?.to_string(),
                name_en: o.req_str("name_en")?.to_string(),
                service_sector: o.opt_bool("service_sector")?.unwrap_or(false),
                large_at: bounds("large_at")?,
                medium_from: bounds("medium_from")?,
                small_from: bounds("small_from")?,
            });
        }
        if industries.is_empty() {
            return Err(bad("industries", "empty"));
        }
        Ok(SizeTable { document, industries })
    }

    pub fn find(&self, key: &str) -> Option<usize> {
        self.industries.iter().position(|i| i.key == key)
    }

    pub fn industry(&self, idx: usize) -> Option<&Industry> {
        self.industries.get(idx)
    }

    /// Classify by the industry row at `industry` (None: industry not given).
    pub fn classify(&self, industry: Option<usize>, facts: SizeFacts) -> SizeAssessment {
        let Some(row) = industry.and_then(|i| self.industries.get(i)) else {
            return SizeAssessment {
                class: None,
                possible: SizeClass::ALL.to_vec(),
                missing: vec!["applicant.industry"],
                industry: None,
                applicable: true,
            };
        };
        let large = at_least(&row.large_at, facts);
        let medium = large.not().and(at_least(&row.medium_from, facts));
        let small = large.not().and(at_least(&row.medium_from, facts).not()).and(at_least(&row.small_from, facts));
        let micro = large.not().and(at_least(&row.medium_from, facts).not()).and(at_least(&row.small_from, facts).not());
        let verdicts = [
            (SizeClass::Micro, micro),
            (SizeClass::Small, small),
            (SizeClass::Medium, medium),
            (SizeClass::Large, large),
        ];
        let possible: Vec<SizeClass> = verdicts
            .iter()
            .filter(|(_, t)| *t != Tri::False)
            .map(|(c, _)| *c)
            .collect();
        let class = verdicts.iter().find(|(_, t)| *t == Tri::True).map(|(c, _)| *c);
        let mut missing = Vec::new();
        if class.is_none() {
            let uses = |f: fn(&Bounds) -> bool| f(&row.large_at) || f(&row.medium_from) || f(&row.small_from);
            if facts.employees.is_none() && uses(|b| b.employees.is_some()) {
                missing.push("applicant.employees");
            }
            if facts.revenue.is_none() && uses(|b| b.revenue.is_some()) {
                missing.push("applicant.revenue");
            }
            if facts.total_assets.is_none() && uses(|b| b.total_assets.is_some()) {
                missing.push("applicant.total_assets");
            }
        }
        SizeAssessment {
            class,
            possible,
            missing,
            industry,
            applicable: true,
        }
    }
}

/// Every bound of `b` is met (three-valued when figures are missing).
fn at_least(b: &Bounds, f: SizeFacts) -> Tri {
    let mut acc = Tri::True;
    if let Some(min) = b.employees {
        acc = acc.and(Tri::from_option(f.employees.map(|e| e >= min)));
    }
    if let Some(min) = b.revenue {
        acc = acc.and(Tri::from_option(f.revenue.map(|r| r >= min)));
    }
    if let Some(min) = b.total_assets {
        acc = acc.and(Tri::from_option(f.total_assets.map(|a| a >= min)));
    }
    acc
}

fn bad(at: &str, what: &str) -> Error {
    Error::new(
        ErrorCode::InvalidOverride,
        at,
        format!("企业划型标准数据有误：{what}"),
        format!("enterprise size table error: {what}"),
    )
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn table() -> SizeTable {
        SizeTable::parse_json(include_str!("../policies/reference/enterprise-size-2011.json")).unwrap()
    }

    fn facts(e: Option<u32>, r: Option<&str>, a: Option<&str>) -> SizeFacts {
        SizeFacts {
            employees: e,
            revenue: r.map(|s| Decimal::from_str(s).unwrap()),
            total_assets: a.map(|s| Decimal::from_str(s).unwrap()),
        }
    }

    #[test]
    fn has_all_sixteen_rows() {
        assert_eq!(table().industries.len(), 16);
    }

    #[test]
    fn contract_example_is_small() {
        let t = table();
        let a = t.classify(t.find("industry"), facts(Some(45), Some("18000000"), None));
        assert_eq!(a.class, Some(SizeClass::Small));
    }

    #[test]
    fn partial_figures_settle_when_they_can() {
        let t = table();
        let a = t.classify(t.find("industry"), facts(Some(5), None, None));
        assert_eq!(a.class, Some(SizeClass::Micro));
        let a = t.classify(t.find("industry"), facts(Some(500), None, None));
        assert_eq!(a.class, None);
        assert_eq!(a.missing, vec!["applicant.revenue"]);
        // 500 persons: micro, small or medium depending on revenue, never large.
        assert_eq!(a.is_one_of(&[SizeClass::Micro, SizeClass::Small]), Tri::Unknown);
        assert_eq!(
            a.is_one_of(&[SizeClass::Micro, SizeClass::Small, SizeClass::Medium]),
            Tri::True
        );
        assert_eq!(a.is_one_of(&[SizeClass::Large]), Tri::False);
    }

    #[test]
    fn boundaries_are_inclusive_lower_bounds() {
        let t = table();
        let ind = t.find("industry");
        // Exactly 20 persons and 300万: small.
        assert_eq!(t.classify(ind, facts(Some(20), Some("3000000"), None)).class, Some(SizeClass::Small));
        assert_eq!(t.classify(ind, facts(Some(19), Some("3000000"), None)).class, Some(SizeClass::Micro));
        // Large needs both ceilings.
        assert_eq!(t.classify(ind, facts(Some(1000), Some("400000000"), None)).class, Some(SizeClass::Large));
        assert_eq!(t.classify(ind, facts(Some(1000), Some("399999999"), None)).class, Some(SizeClass::Medium));
        // Medium needs both bounds: 300 people but 1999万 revenue is small.
        assert_eq!(t.classify(ind, facts(Some(300), Some("19990000"), None)).class, Some(SizeClass::Small));
    }

    #[test]
    fn rows_with_assets() {
        let t = table();
        let c = t.find("construction");
        assert_eq!(t.classify(c, facts(None, Some("3000000"), Some("3000000"))).class, Some(SizeClass::Small));
        assert_eq!(t.classify(c, facts(None, Some("3000000"), Some("2999999"))).class, Some(SizeClass::Micro));
        let a = t.classify(c, facts(None, Some("3000000"), None));
        assert_eq!(a.missing, vec!["applicant.total_assets"]);
    }
}
