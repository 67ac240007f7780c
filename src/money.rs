//! Money and rates: exact decimals, explicit rounding, checked arithmetic.
//!
//! Amounts are 元 and rates annual fractions, both `rust_decimal::Decimal`. Every
//! rounding names its strategy; money rounds half-up (away from zero) to 0.01 元 at
//! the end of each computed amount, never in between (policy README, conventions).

use crate::error::{Error, ErrorCode, Result};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde_json::Value;

/// 1万 = 10,000 元.
pub const WAN: Decimal = Decimal::from_parts(10_000, 0, 0, false, 0);
/// 1亿 = 100,000,000 元.
pub const YI: Decimal = Decimal::from_parts(100_000_000, 0, 0, false, 0);
/// Largest amount accepted on input: 1万亿元. Far above any SME loan, far below overflow.
pub const MAX_MONEY: Decimal = Decimal::from_parts(3_567_587_328, 232, 0, false, 0);
pub const TWELVE: Decimal = Decimal::from_parts(12, 0, 0, false, 0);
pub const HUNDRED: Decimal = Decimal::from_parts(100, 0, 0, false, 0);

/// Half-up to 0.01 元 (positive amounts; away from zero for the rare negative).
pub fn round_money(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// `x / divisor` rounded half-up (away from zero) to 0.01, computed exactly in integers:
/// the contract's "opening balance × annual rate / 12, computed exactly, then rounded".
pub fn div_round_money(x: Decimal, divisor: u32) -> Option<Decimal> {
    if divisor == 0 {
        return None;
    }
    let scale = x.scale();
    let mantissa = x.mantissa();
    let (num, den) = if scale >= 2 {
        let pow = 10i128.checked_pow(scale.checked_sub(2)?)?;
        (mantissa, i128::from(divisor).checked_mul(pow)?)
    } else {
        let pow = 10i128.checked_pow(2u32.checked_sub(scale)?)?;
        (mantissa.checked_mul(pow)?, i128::from(divisor))
    };
    let q = num.checked_div(den)?;
    let r = num.checked_rem(den)?;
    let twice = r.checked_abs()?.checked_mul(2)?;
    let q = if twice >= den {
        if num < 0 {
            q.checked_sub(1)?
        } else {
            q.checked_add(1)?
        }
    } else {
        q
    };
    Decimal::try_from_i128_with_scale(q, 2).ok()
}

pub fn add(a: Decimal, b: Decimal, field: &str) -> Result<Decimal> {
    a.checked_add(b).ok_or_else(|| Error::overflow(field))
}

pub fn sub(a: Decimal, b: Decimal, field: &str) -> Result<Decimal> {
    a.checked_sub(b).ok_or_else(|| Error::overflow(field))
}

pub fn mul(a: Decimal, b: Decimal, field: &str) -> Result<Decimal> {
    a.checked_mul(b).ok_or_else(|| Error::overflow(field))
}

pub fn div(a: Decimal, b: Decimal, field: &str) -> Result<Decimal> {
    a.checked_div(b).ok_or_else(|| Error::overflow(field))
}

/// Read a decimal from the text of a JSON string or number: `"18000000"`, `0.0435`,
/// `1e6`. Digits only (no thousands separators, no percent sign, no spaces), so a
/// mistyped amount is refused rather than guessed.
pub fn parse_decimal_text(text: &str, field: &str) -> Result<Decimal> {
    let bad = |why_zh: &str, why_en: &str| {
        Error::new(
            ErrorCode::InvalidDecimal,
            field,
            format!("{field} 的值 \"{}\" 不是有效的数字{why_zh}", clip(text)),
            format!("{field}: \"{}\" is not a valid decimal{why_en}", clip(text)),
        )
    };
    if text.is_empty() {
        return Err(bad("（为空）", " (empty)"));
    }
    if text.contains(',') || text.contains('，') {
        return Err(bad("：请去掉千位分隔符", ": remove the thousands separators"));
    }
    if text.contains('%') {
        return Err(bad(
            "：比率请写成小数，如 4.35% 写作 0.0435",
            ": write rates as fractions, 4.35% is 0.0435",
        ));
    }
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(i) => (text.get(..i).unwrap_or(""), text.get(i.saturating_add(1)..)),
        None => (text, None),
    };
    let digits = mantissa.strip_prefix('-').unwrap_or(mantissa);
    let mut parts = digits.splitn(2, '.');
    let int_part = parts.next().unwrap_or("");
    let frac_part = parts.next();
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let shape_ok = all_digits(int_part) && frac_part.is_none_or(all_digits);
    if !shape_ok {
        return Err(bad("", ""));
    }
    let value = match exponent {
        None => Decimal::from_str_exact(mantissa).map_err(|_| bad("（位数过多）", " (too many digits)"))?,
        Some(exp) => {
            let exp_ok = {
                let e = exp.strip_prefix(['-', '+']).unwrap_or(exp);
                all_digits(e) && e.len() <= 3
            };
            if !exp_ok {
                return Err(bad("", ""));
            }
            Decimal::from_scientific(text).map_err(|_| bad("（超出范围）", " (out of range)"))?
        }
    };
    Ok(value.normalize())
}

fn clip(s: &str) -> String {
    if s.chars().count() > 40 {
        let head: String = s.chars().take(40).collect();
        format!("{head}…")
    } else {
        s.to_string()
    }
}

/// A decimal from a JSON string or number value.
pub fn read_decimal(v: &Value, field: &str) -> Result<Decimal> {
    match v {
        Value::String(s) => parse_decimal_text(s.trim(), field),
        Value::Number(n) => parse_decimal_text(&n.to_string(), field),
        other => Err(crate::json::wrong_type(field, "string", other)),
    }
}

/// An amount in 元: ≥ 0, at most two decimals (分), at most 1万亿.
pub fn read_money(v: &Value, field: &str) -> Result<Decimal> {
    let d = read_decimal(v, field)?;
    if d.is_sign_negative() && !d.is_zero() {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            field,
            format!("{field} 不能为负数"),
            format!("{field} must not be negative"),
        ));
    }
    if d.scale() > 2 {
        return Err(Error::new(
            ErrorCode::InvalidDecimal,
            field,
            format!("{field} 以元为单位，最多两位小数（分）"),
            format!("{field} is in yuan with at most two decimals"),
        ));
    }
    if d > MAX_MONEY {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            field,
            format!("{field} 超过上限（1万亿元）；金额以元为单位"),
            format!("{field} exceeds the limit of 1,000,000,000,000 yuan; amounts are in yuan"),
        ));
    }
    Ok(d.normalize())
}

/// An annual rate as a fraction: 0 ≤ r ≤ 1, at most 8 decimals.
pub fn read_rate(v: &Value, field: &str) -> Result<Decimal> {
    let d = read_decimal(v, field)?;
    if d.is_sign_negative() && !d.is_zero() {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            field,
            format!("{field} 不能为负数"),
            format!("{field} must not be negative"),
        ));
    }
    if d > Decimal::ONE {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            field,
            format!(
                "{field} 应为年利率小数，如 4.35% 写作 0.0435；{} 大于 1",
                d.normalize()
            ),
            format!(
                "{field} is an annual rate as a fraction (4.35% is 0.0435); {} is above 1",
                d.normalize()
            ),
        ));
    }
    if d.scale() > 8 {
        return Err(Error::new(
            ErrorCode::InvalidDecimal,
            field,
            format!("{field} 最多8位小数"),
            format!("{field} may have at most 8 decimals"),
        ));
    }
    Ok(d.normalize())
}

/// Plain decimal string without trailing zeros: `2750000`, `0.55`, `1004166.67`.
pub fn fmt_decimal(d: Decimal) -> String {
    let n = d.normalize();
    if n.is_zero() {
        return "0".to_string();
    }
    n.to_string()
}

/// Money with exactly two decimals, like a bank statement: `1000000.00`.
pub fn fmt_money_2dp(d: Decimal) -> String {
    let mut r = round_money(d);
    r.rescale(2);
    if r.is_zero() {
        return "0.00".to_string();
    }
    r.to_string()
}

/// Chinese amount for messages: `2000万元`, `22.05万元`, `1.5亿元`, `1004166.67元`.
pub fn fmt_money_zh(d: Decimal) -> String {
    let d = d.normalize();
    if d >= YI {
        if let Some(y) = d.checked_div(YI) {
            if y.normalize().scale() <= 4 {
                return format!("{}亿元", fmt_decimal(y));
            }
        }
    }
    if d >= WAN && d.fract().is_zero() {
        if let Some(w) = d.checked_div(WAN) {
            return format!("{}万元", fmt_decimal(w));
        }
    }
    format!("{}元", fmt_decimal(d))
}

/// English amount for messages: `CNY 20,000,000`, `CNY 1,004,166.67`.
pub fn fmt_money_en(d: Decimal) -> String {
    let s = fmt_decimal(d.normalize());
    let (int_part, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (s.clone(), None),
    };
    let mut grouped = String::with_capacity(int_part.len().saturating_add(8));
    let len = int_part.len();
    for (i, ch) in int_part.chars().enumerate() {
        let remaining = len.saturating_sub(i);
        if i > 0 && remaining % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    match frac {
        Some(f) => format!("CNY {grouped}.{f}"),
        None => format!("CNY {grouped}"),
    }
}

/// A fraction as a percentage: `0.06175` → `6.175%`, `0.55` → `55%`.
pub fn fmt_percent(d: Decimal) -> String {
    match d.checked_mul(HUNDRED) {
        Some(p) => format!("{}%", fmt_decimal(p)),
        None => format!("{}", fmt_decimal(d)),
    }
}

/// Percentage points for messages: `0.05` → `5`.
pub fn fmt_points(d: Decimal) -> String {
    match d.checked_mul(HUNDRED) {
        Some(p) => fmt_decimal(p),
        None => fmt_decimal(d),
    }
}

/// Basis points: `0.015` → `150`.
pub fn to_basis_points(d: Decimal) -> Option<i64> {
    d.checked_mul(Decimal::from(10_000))?.normalize().to_i64()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn max_money_is_one_trillion() {
        assert_eq!(MAX_MONEY, dec("1000000000000"));
    }

    #[test]
    fn parses_json_number_text_exactly() {
        assert_eq!(parse_decimal_text("0.0435", "r").unwrap(), dec("0.0435"));
        assert_eq!(parse_decimal_text("1e6", "r").unwrap(), dec("1000000"));
        assert_eq!(parse_decimal_text("18000000", "r").unwrap(), dec("18000000"));
        assert_eq!(parse_decimal_text("-3", "r").unwrap(), dec("-3"));
    }

    #[test]
    fn rejects_human_formats_with_advice() {
        for bad in ["18,000,000", "4.35%", "", " 1", "1.2.3", "abc", "1e9999", ".5", "5."] {
            assert!(parse_decimal_text(bad, "x").is_err(), "{bad}");
        }
        let e = parse_decimal_text("4.35%", "loan.annual_rate").unwrap_err();
        assert!(e.message_zh.contains("0.0435"));
    }

    #[test]
    fn rounds_half_up_to_fen() {
        assert_eq!(round_money(dec("1.005")), dec("1.01"));
        assert_eq!(round_money(dec("1.0049")), dec("1.00"));
        assert_eq!(round_money(dec("2228917.7777")), dec("2228917.78"));
    }

    #[test]
    fn divides_and_rounds_exactly() {
        assert_eq!(div_round_money(dec("43500.0000"), 12).unwrap(), dec("3625.00"));
        // 1 × 0.03 / 12 = 0.0025 → 0.00 (below the midpoint 0.005).
        assert_eq!(div_round_money(dec("0.03"), 12).unwrap(), dec("0.00"));
        // 0.06 / 12 = 0.005 exactly → 0.01 (half-up).
        assert_eq!(div_round_money(dec("0.06"), 12).unwrap(), dec("0.01"));
        assert_eq!(div_round_money(dec("1000000.00").checked_mul(dec("0.0475")).unwrap(), 12).unwrap(), dec("3958.33"));
        assert_eq!(div_round_money(dec("7"), 3).unwrap(), dec("2.33"));
        assert_eq!(div_round_money(dec("-0.06"), 12).unwrap(), dec("-0.01"));
        assert!(div_round_money(dec("1"), 0).is_none());
    }

    #[test]
    fn formats_for_people() {
        assert_eq!(fmt_money_zh(dec("20000000")), "2000万元");
        assert_eq!(fmt_money_zh(dec("220500")), "22.05万元");
        assert_eq!(fmt_money_zh(dec("150000000")), "1.5亿元");
        assert_eq!(fmt_money_zh(dec("1004166.67")), "1004166.67元");
        assert_eq!(fmt_money_zh(dec("800")), "800元");
        assert_eq!(fmt_money_en(dec("20000000")), "CNY 20,000,000");
        assert_eq!(fmt_money_en(dec("1004166.67")), "CNY 1,004,166.67");
        assert_eq!(fmt_money_en(dec("999")), "CNY 999");
        assert_eq!(fmt_percent(dec("0.06175")), "6.175%");
        assert_eq!(fmt_percent(dec("0.55")), "55%");
        assert_eq!(fmt_money_2dp(dec("1000000")), "1000000.00");
        assert_eq!(fmt_decimal(dec("2750000.00")), "2750000");
    }
}
