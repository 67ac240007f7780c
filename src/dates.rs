//! Calendar dates. The core never reads the clock: every date comes in with a request.

use crate::error::{Error, ErrorCode, Result};
use serde_json::Value;
use std::fmt;

/// A proleptic Gregorian date, years 1900–2199 (far outside any rule set, so every
/// computation on it stays in range).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

pub const MIN_YEAR: u16 = 1900;
pub const MAX_YEAR: u16 = 2199;

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let valid = (MIN_YEAR..=MAX_YEAR).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    pub fn year(self) -> u16 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }

    /// Strict `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return None;
        }
        let year: u16 = digits(s.get(0..4)?)?;
        let month: u8 = digits(s.get(5..7)?)?;
        let day: u8 = digits(s.get(8..10)?)?;
        Date::new(year, month, day)
    }

    /// Read a date field from policy data.
    pub fn read(v: &Value, field: &str) -> Result<Date> {
        let Value::String(s) = v else {
            return Err(crate::data::wrong_type(field, "string", v));
        };
        Date::from_text(s, field)
    }

    /// A date from its text, or the contract's `invalid_date` error for `field`.
    pub fn from_text(s: &str, field: &str) -> Result<Date> {
        Date::parse(s).ok_or_else(|| {
            let shown = crate::wire::clip(s);
            Error::new(
                ErrorCode::InvalidDate,
                field,
                format!("{field} 的值 \"{shown}\" 不是有效日期，格式应为 YYYY-MM-DD，如 2022-06-30"),
                format!("{field}: \"{shown}\" is not a valid date; expected YYYY-MM-DD such as 2022-06-30"),
            )
        })
    }

    /// The same day `months` calendar months later; a day past the month's end becomes
    /// its last day (2022-01-31 + 1 month = 2022-02-28). Always measured from `self`,
    /// so a schedule never drifts (2022-01-31 + 2 months = 2022-03-31).
    pub fn add_months(self, months: u32) -> Option<Date> {
        let zero_based = u32::from(self.month).checked_sub(1)?;
        let total = zero_based.checked_add(months)?;
        let year = u32::from(self.year).checked_add(total / 12)?;
        let year = u16::try_from(year).ok()?;
        let month = u8::try_from(total % 12).ok()?.checked_add(1)?;
        if year > MAX_YEAR {
            return None;
        }
        let day = self.day.min(days_in_month(year, month));
        Date::new(year, month, day)
    }

    /// Days since 1900-01-01 (day 0). Years are bounded (1900–2199), so the
    /// saturating operations never saturate.
    pub fn ordinal(self) -> i64 {
        let y = i64::from(self.year);
        let leaps_before = |yr: i64| {
            let p = yr.saturating_sub(1);
            (p / 4).saturating_sub(p / 100).saturating_add(p / 400)
        };
        let leap_days = leaps_before(y).saturating_sub(leaps_before(1900));
        let mut days = y.saturating_sub(1900).saturating_mul(365).saturating_add(leap_days);
        for m in 1..self.month {
            days = days.saturating_add(i64::from(days_in_month(self.year, m)));
        }
        days.saturating_add(i64::from(self.day)).saturating_sub(1)
    }

    /// Calendar days from `earlier` to `self` (negative if `self` is earlier).
    pub fn days_since(self, earlier: Date) -> i64 {
        self.ordinal().saturating_sub(earlier.ordinal())
    }

    /// `YYYY-MM` of this date.
    pub fn month_string(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }
}

fn digits<T: std::str::FromStr>(s: &str) -> Option<T> {
    if s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

impl Date {
    /// Append `YYYY-MM-DD` (without the formatting machinery: dates are written on every
    /// response).
    pub fn write_to(&self, out: &mut String) {
        let digit = |n: u32| char::from(b'0'.saturating_add(u8::try_from(n % 10).unwrap_or(0)));
        let year = u32::from(self.year);
        for n in [year / 1000, year / 100, year / 10, year] {
            out.push(digit(n));
        }
        out.push('-');
        out.push(digit(u32::from(self.month) / 10));
        out.push(digit(u32::from(self.month)));
        out.push('-');
        out.push(digit(u32::from(self.day) / 10));
        out.push(digit(u32::from(self.day)));
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::with_capacity(10);
        self.write_to(&mut s);
        f.write_str(&s)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let mut text = String::with_capacity(10);
        self.write_to(&mut text);
        s.serialize_str(&text)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::arithmetic_side_effects)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn parses_strictly() {
        assert_eq!(d("2022-06-30").to_string(), "2022-06-30");
        for bad in ["2022-6-30", "2022-02-29", "2022-13-01", "20220630", "2022-06-31", "+022-06-30", "1899-12-31", "２０２２-06-30"] {
            assert!(Date::parse(bad).is_none(), "{bad}");
        }
        assert!(Date::parse("2024-02-29").is_some());
    }

    #[test]
    fn month_steps_clamp_to_month_end_without_drift() {
        let start = d("2022-01-31");
        assert_eq!(start.add_months(1).unwrap(), d("2022-02-28"));
        assert_eq!(start.add_months(2).unwrap(), d("2022-03-31"));
        assert_eq!(start.add_months(13).unwrap(), d("2023-02-28"));
        assert_eq!(d("2023-01-31").add_months(13).unwrap(), d("2024-02-29"));
        assert_eq!(d("2022-07-01").add_months(12).unwrap(), d("2023-07-01"));
        assert!(d("2199-12-01").add_months(1).is_none());
    }

    #[test]
    fn counts_days_like_the_claim_formula() {
        // TV-C02 (sources/policy/extracts/B.md §11.4): 2022-03-21 → 2022-06-20 = 91 days.
        assert_eq!(d("2022-06-20").days_since(d("2022-03-21")), 91);
        assert_eq!(d("1900-01-01").ordinal(), 0);
        assert_eq!(d("2000-03-01").days_since(d("2000-02-28")), 2);
        assert_eq!(d("2100-03-01").days_since(d("2100-02-28")), 1);
    }
}
