//! Reference rates as data: the LPR table and the PBoC benchmark lending rates.
//!
//! Both tables are CSV files under `policies/reference/`, compiled in; a portal can
//! append newer LPR rows through an override.

use crate::money::DecimalOps;
use crate::dates::Date;
use crate::error::{Error, ErrorCode, Result};
use crate::money::HUNDRED;
use rust_decimal::Decimal;

/// One LPR publication (全国银行间同业拆借中心, the 20th of each month or the next working day).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LprRow {
    pub published: Date,
    /// 1-year LPR as a fraction (3.45% → 0.0345).
    pub one_year: Decimal,
    /// Over-5-year LPR as a fraction.
    pub over_five_years: Decimal,
    /// `verified` or how the row was obtained (see `reference/lpr.csv`).
    pub status: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LprTable {
    rows: Vec<LprRow>,
}

/// The LPR that applies on a date, and whether the table may be out of date there.
#[derive(Debug, Clone, Copy)]
pub struct LprLookup<'a> {
    pub row: &'a LprRow,
    /// `as_of` is later than the next expected publication after the table's last row.
    pub beyond_table: bool,
}

/// A month after the last row plus the longest holiday shift: later than this, a newer
/// publication must exist that the table lacks.
const LPR_STALE_AFTER_DAYS: i64 = 38;

impl LprTable {
    pub fn parse_csv(text: &str, origin: &str) -> Result<LprTable> {
        let mut rows = Vec::new();
        for (i, line) in text.lines().enumerate().skip(1) {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            let at = format!("{origin}:{}", i.saturating_add(1));
            let cols: Vec<&str> = line.split(',').collect();
            let (Some(date), Some(one), Some(five)) = (cols.first(), cols.get(1), cols.get(2)) else {
                return Err(table_error(&at, "expected publish_date,lpr_1y_pct,lpr_5y_pct[,status]"));
            };
            let published = Date::parse(date).ok_or_else(|| table_error(&at, "bad date"))?;
            let pct = |s: &str| {
                crate::money::parse_decimal_text(s.trim(), "lpr")
                    .ok()
                    .and_then(|d| d.c_div(HUNDRED))
                    .map(|d| d.normalize())
                    .ok_or_else(|| table_error(&at, "bad percentage"))
            };
            rows.push(LprRow {
                published,
                one_year: pct(one)?,
                over_five_years: pct(five)?,
                status: cols.get(3).map(|s| s.trim().to_string()).unwrap_or_default(),
            });
        }
        let table = LprTable { rows };
        table.validate(origin)?;
        Ok(table)
    }

    fn validate(&self, origin: &str) -> Result<()> {
        if self.rows.is_empty() {
            return Err(table_error(origin, "the LPR table is empty"));
        }
        for pair in self.rows.windows(2) {
            if let [a, b] = pair {
                if a.published >= b.published {
                    return Err(table_error(origin, "LPR rows must be in increasing date order"));
                }
            }
        }
        for row in &self.rows {
            if row.one_year <= Decimal::ZERO || row.one_year > Decimal::new(2, 1) {
                return Err(table_error(origin, "an LPR value is outside (0, 20%]"));
            }
        }
        Ok(())
    }

    /// Add rows (a portal's newer publications), keeping date order. A published row may
    /// be repeated as it is, never rewritten: its rates are history.
    pub fn merge(&mut self, extra: Vec<LprRow>) -> Result<()> {
        for row in extra {
            match self.rows.binary_search_by(|r| r.published.cmp(&row.published)) {
                Ok(i) => {
                    if let Some(old) = self.rows.get(i) {
                        if old.one_year != row.one_year || old.over_five_years != row.over_five_years {
                            return Err(Error::new(
                                ErrorCode::InvalidOverride,
                                "lpr",
                                format!("{} 公布的LPR已在内置数据中，不能改写", row.published),
                                format!("the LPR published on {} is already in the built-in data and cannot be rewritten", row.published),
                            ));
                        }
                    }
                }
                Err(i) => self.rows.insert(i, row),
            }
        }
        self.validate("override lpr")
    }

    /// The latest publication on or before `date`.
    pub fn on(&self, date: Date) -> Option<LprLookup<'_>> {
        let idx = self.rows.partition_point(|r| r.published <= date);
        let row = self.rows.get(idx.checked_sub(1)?)?;
        let is_last = idx == self.rows.len();
        Some(LprLookup {
            row,
            beyond_table: is_last && date.days_since(row.published) > LPR_STALE_AFTER_DAYS,
        })
    }

    pub fn first(&self) -> Option<&LprRow> {
        self.rows.first()
    }

    pub fn last(&self) -> Option<&LprRow> {
        self.rows.last()
    }

    pub fn rows(&self) -> &[LprRow] {
        &self.rows
    }
}

/// One tier of the PBoC benchmark lending rates (unchanged since 2015-10-24).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BenchmarkRow {
    pub effective: Date,
    /// Upper bound of the tier in months, inclusive; `None` for the open top tier.
    pub max_term_months: Option<u32>,
    pub rate: Decimal,
    pub label_zh: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BenchmarkTable {
    rows: Vec<BenchmarkRow>,
}

impl BenchmarkTable {
    pub fn parse_csv(text: &str, origin: &str) -> Result<BenchmarkTable> {
        let mut rows = Vec::new();
        for (i, line) in text.lines().enumerate().skip(1) {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            let at = format!("{origin}:{}", i.saturating_add(1));
            let cols: Vec<&str> = line.split(',').collect();
            let (Some(date), Some(max), Some(rate)) = (cols.first(), cols.get(1), cols.get(2)) else {
                return Err(table_error(&at, "expected effective_date,max_term_months,rate[,note]"));
            };
            rows.push(BenchmarkRow {
                effective: Date::parse(date).ok_or_else(|| table_error(&at, "bad date"))?,
                max_term_months: if max.trim().is_empty() {
                    None
                } else {
                    Some(max.trim().parse().map_err(|_| table_error(&at, "bad term"))?)
                },
                rate: crate::money::parse_decimal_text(rate.trim(), "rate").map_err(|_| table_error(&at, "bad rate"))?,
                label_zh: cols.get(3).map(|s| s.trim().to_string()).unwrap_or_default(),
            });
        }
        if rows.is_empty() {
            return Err(table_error(origin, "the benchmark table is empty"));
        }
        Ok(BenchmarkTable { rows })
    }

    /// The benchmark rate for a loan term, from the latest table in effect on `date`.
    pub fn for_term(&self, term_months: u32, date: Date) -> Option<&BenchmarkRow> {
        let latest = self
            .rows
            .iter()
            .filter(|r| r.effective <= date)
            .map(|r| r.effective)
            .max()?;
        let mut tiers: Vec<&BenchmarkRow> = self.rows.iter().filter(|r| r.effective == latest).collect();
        crate::sort_small(&mut tiers, |a, b| a.max_term_months.unwrap_or(u32::MAX) < b.max_term_months.unwrap_or(u32::MAX));
        tiers
            .into_iter()
            .find(|r| r.max_term_months.is_none_or(|max| term_months <= max))
    }

    pub fn rows(&self) -> &[BenchmarkRow] {
        &self.rows
    }
}

fn table_error(at: &str, what: &str) -> Error {
    Error::new(
        ErrorCode::InvalidOverride,
        at,
        format!("参考利率表有误（{at}）：{what}"),
        format!("reference rate table error at {at}: {what}"),
    )
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const LPR: &str = include_str!("../policies/reference/lpr.csv");
    const BENCH: &str = include_str!("../policies/reference/benchmark-rates.csv");

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn lpr_in_force_is_the_latest_publication() {
        let t = LprTable::parse_csv(LPR, "lpr.csv").unwrap();
        assert_eq!(t.on(d("2022-06-30")).unwrap().row.one_year.to_string(), "0.037");
        assert_eq!(t.on(d("2022-08-22")).unwrap().row.one_year.to_string(), "0.0365");
        assert_eq!(t.on(d("2022-08-21")).unwrap().row.one_year.to_string(), "0.037");
        assert!(t.on(d("2019-08-19")).is_none());
        let late = t.on(d("2026-11-24")).unwrap();
        assert!(late.beyond_table);
        assert_eq!(late.row.published, d("2026-01-20"));
        assert!(!t.on(d("2026-02-20")).unwrap().beyond_table);
    }

    #[test]
    fn benchmark_tiers_by_term() {
        let t = BenchmarkTable::parse_csv(BENCH, "bench").unwrap();
        let on = d("2022-06-30");
        assert_eq!(t.for_term(12, on).unwrap().rate.to_string(), "0.0435");
        assert_eq!(t.for_term(13, on).unwrap().rate.to_string(), "0.0475");
        assert_eq!(t.for_term(60, on).unwrap().rate.to_string(), "0.0475");
        assert_eq!(t.for_term(61, on).unwrap().rate.to_string(), "0.049");
        assert!(t.for_term(12, d("2015-10-23")).is_none());
    }
}
