//! Money and rates: exact decimals, explicit rounding, checked arithmetic.
//!
//! Amounts are 元 and rates annual fractions, both `rust_decimal::Decimal`. Every
//! rounding names its strategy; money rounds half-up (away from zero) to 0.01 元 at
//! the end of each computed amount, never in between (policy README, conventions).

use crate::error::{Error, ErrorCode, Result};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde_json::Value;

/// Checked decimal arithmetic that is compiled once. rust_decimal inlines its
/// add/sub/mul/div everywhere they are called (`#[inline(always)]`), which multiplies
/// the WebAssembly size; these wrappers keep one copy of each.
pub trait DecimalOps: Sized {
    fn c_add(self, other: Self) -> Option<Self>;
    fn c_sub(self, other: Self) -> Option<Self>;
    fn c_mul(self, other: Self) -> Option<Self>;
    fn c_div(self, other: Self) -> Option<Self>;
}

impl DecimalOps for Decimal {
    #[inline(never)]
    fn c_add(self, other: Decimal) -> Option<Decimal> {
        self.checked_add(other)
    }
    #[inline(never)]
    fn c_sub(self, other: Decimal) -> Option<Decimal> {
        self.checked_sub(other)
    }
    #[inline(never)]
    fn c_mul(self, other: Decimal) -> Option<Decimal> {
        self.checked_mul(other)
    }
    #[inline(never)]
    fn c_div(self, other: Decimal) -> Option<Decimal> {
        self.checked_div(other)
    }
}

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
    a.c_add(b).ok_or_else(|| Error::overflow(field))
}

pub fn sub(a: Decimal, b: Decimal, field: &str) -> Result<Decimal> {
    a.c_sub(b).ok_or_else(|| Error::overflow(field))
}

pub fn mul(a: Decimal, b: Decimal, field: &str) -> Result<Decimal> {
    a.c_mul(b).ok_or_else(|| Error::overflow(field))
}

pub fn div(a: Decimal, b: Decimal, field: &str) -> Result<Decimal> {
    a.c_div(b).ok_or_else(|| Error::overflow(field))
}

/// Read a decimal from the text of a JSON string or number: `"18000000"`, `0.0435`,
/// `1e6`. Digits only (no thousands separators, no percent sign, no spaces), so a
/// mistyped amount is refused rather than guessed.
pub fn parse_decimal_text(text: &str, field: &str) -> Result<Decimal> {
    // The common text, digits with at most one point between them, has the shape the
    // checks below look for and goes to `from_str_exact` as they would send it.
    if is_plain_decimal(text) {
        if let Ok(value) = Decimal::from_str_exact(text) {
            return Ok(value.normalize());
        }
    }
    let bad = |why_zh: &str, why_en: &str| {
        Error::new(
            ErrorCode::InvalidDecimal,
            field,
            format!("{field} 的值 \"{}\" 不是有效的数字{why_zh}", crate::wire::clip(text)),
            format!("{field}: \"{}\" is not a valid decimal{why_en}", crate::wire::clip(text)),
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
            // Move the decimal point by hand (JSON numbers such as 1e6 or 2.5E-3).
            let base = Decimal::from_str_exact(mantissa).map_err(|_| bad("（位数过多）", " (too many digits)"))?;
            let e: i32 = exp.parse().map_err(|_| bad("", ""))?;
            let out_of_range = || bad("（超出范围）", " (out of range)");
            if e >= 0 {
                let factor = 10i128.checked_pow(e.unsigned_abs()).ok_or_else(out_of_range)?;
                let factor = Decimal::try_from_i128_with_scale(factor, 0).map_err(|_| out_of_range())?;
                base.c_mul(factor).ok_or_else(out_of_range)?
            } else {
                let scale = base.scale().checked_add(e.unsigned_abs()).filter(|s| *s <= 28).ok_or_else(out_of_range)?;
                Decimal::try_from_i128_with_scale(base.mantissa(), scale).map_err(|_| out_of_range())?
            }
        }
    };
    Ok(value.normalize())
}

/// Digits, with at most one point, between two digits: `18000000`, `0.0435`.
fn is_plain_decimal(text: &str) -> bool {
    let b = text.as_bytes();
    b.first().is_some_and(u8::is_ascii_digit)
        && b.last().is_some_and(u8::is_ascii_digit)
        && b.iter().all(|c| c.is_ascii_digit() || *c == b'.')
        && b.iter().filter(|c| **c == b'.').count() <= 1
}

/// A decimal from a JSON string or number value (policy data and overrides).
pub fn read_decimal(v: &Value, field: &str) -> Result<Decimal> {
    match v {
        Value::String(s) => parse_decimal_text(s, field),
        Value::Number(n) => parse_decimal_text(n.as_str(), field),
        _ => Err(crate::data::wrong_type(field, "string", v)),
    }
}

fn non_negative(d: Decimal, field: &str) -> Result<Decimal> {
    if d.is_sign_negative() && !d.is_zero() {
        return Err(Error::new(
            ErrorCode::OutOfRange,
            field,
            format!("{field} 不能为负数"),
            format!("{field} must not be negative"),
        ));
    }
    Ok(d)
}

/// An amount in 元 from policy data: the rules of [`money_from_text`].
pub fn read_money(v: &Value, field: &str) -> Result<Decimal> {
    money_rules(read_decimal(v, field)?, field)
}

/// An amount in 元: ≥ 0, at most two decimals (分), at most 1万亿.
pub fn money_from_text(text: &str, field: &str) -> Result<Decimal> {
    money_rules(parse_decimal_text(text, field)?, field)
}

fn money_rules(d: Decimal, field: &str) -> Result<Decimal> {
    let d = non_negative(d, field)?;
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

/// An annual rate from policy data: the rules of [`rate_from_text`].
pub fn read_rate(v: &Value, field: &str) -> Result<Decimal> {
    rate_rules(read_decimal(v, field)?, field)
}

/// An annual rate as a fraction: 0 ≤ r ≤ 1, at most 8 decimals.
pub fn rate_from_text(text: &str, field: &str) -> Result<Decimal> {
    rate_rules(parse_decimal_text(text, field)?, field)
}

fn rate_rules(d: Decimal, field: &str) -> Result<Decimal> {
    let d = non_negative(d, field)?;
    if d > Decimal::ONE {
        // `fmt_decimal` writes what `d.normalize()` displays; rust_decimal's `Display` was
        // used here alone (0.7 KB less gzipped wasm without it, 2026-11-30).
        let shown = fmt_decimal(d);
        return Err(Error::new(
            ErrorCode::OutOfRange,
            field,
            format!("{field} 应为年利率小数，如 4.35% 写作 0.0435；{shown} 大于 1"),
            format!("{field} is an annual rate as a fraction (4.35% is 0.0435); {shown} is above 1"),
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

/// Append `d` as a plain decimal without trailing zeros: `2750000`, `0.55`, `-3`.
///
/// Trailing zeros are dropped from the printed digits rather than by `Decimal::normalize`,
/// which divides the 96-bit mantissa by ten once per zero (the hot path of every message).
pub fn write_decimal(out: &mut String, d: Decimal) {
    let mut digits = [0u8; 40];
    let len = unsigned_digits(d.mantissa().unsigned_abs(), &mut digits);
    let start = digits.len().saturating_sub(len);
    let mut end = digits.len();
    let mut scale = usize::try_from(d.scale()).unwrap_or(0);
    while scale > 0 && end > start.saturating_add(1) && digits.get(end.saturating_sub(1)) == Some(&b'0') {
        end = end.saturating_sub(1);
        scale = scale.saturating_sub(1);
    }
    let all = digits.get(start..end).unwrap_or_default();
    if all == b"0" {
        out.push('0');
        return;
    }
    if d.is_sign_negative() {
        out.push('-');
    }
    fn as_str(b: &[u8]) -> &str {
        std::str::from_utf8(b).unwrap_or_default()
    }
    let len = all.len();
    if scale == 0 {
        out.push_str(as_str(all));
    } else if len > scale {
        let (int_part, frac) = all.split_at(len.saturating_sub(scale));
        out.push_str(as_str(int_part));
        out.push('.');
        out.push_str(as_str(frac));
    } else {
        out.push_str("0.");
        for _ in len..scale {
            out.push('0');
        }
        out.push_str(as_str(all));
    }
}

/// Decimal digits of `v`, right-aligned in `buf`; returns how many (at least one).
fn unsigned_digits(v: u128, buf: &mut [u8; 40]) -> usize {
    // Peel nine-digit chunks off, printing each with 32-bit arithmetic where division by
    // ten is a multiply and a shift. (The size-optimised build keeps real divisions for
    // `/ 10` on wider integers, and those are the slow instructions here.)
    const CHUNK: u32 = 1_000_000_000; // the literals below are this
    let mut i = buf.len();
    let mut rest = v;
    loop {
        let (mut chunk, next) = match u32::try_from(rest) {
            Ok(small) if small < CHUNK => (small, 0),
            _ => match u64::try_from(rest) {
                Ok(r) => (u32::try_from(r % 1_000_000_000u64).unwrap_or(0), u128::from(r / 1_000_000_000u64)),
                Err(_) => (u32::try_from(rest % 1_000_000_000u128).unwrap_or(0), rest / 1_000_000_000u128),
            },
        };
        let mut written = 0u32;
        loop {
            // x / 10 == (x · 0xCCCCCCCD) >> 35 for every u32 x.
            let quotient = u32::try_from((u64::from(chunk) * 0xCCCC_CCCD) >> 35).unwrap_or(0);
            let digit = chunk.wrapping_sub(quotient.wrapping_mul(10));
            i = i.saturating_sub(1);
            if let Some(slot) = buf.get_mut(i) {
                *slot = b'0'.saturating_add(u8::try_from(digit).unwrap_or(0));
            }
            chunk = quotient;
            written = written.saturating_add(1);
            // A chunk below the top one is printed with all nine digits (its zeros matter).
            if (chunk == 0 && (next == 0 || written == 9)) || i == 0 {
                break;
            }
        }
        rest = next;
        if rest == 0 || i == 0 {
            break;
        }
    }
    buf.len().saturating_sub(i)
}

/// Append an unsigned integer.
pub fn write_uint(out: &mut String, n: u64) {
    let mut digits = [0u8; 40];
    let len = unsigned_digits(u128::from(n), &mut digits);
    let all = digits.get(digits.len().saturating_sub(len)..).unwrap_or_default();
    out.push_str(std::str::from_utf8(all).unwrap_or_default());
}

/// Whether `d` has no fractional part: `d.fract().is_zero()`, without rust_decimal's
/// `fract`, whose subtraction (the panicking `Sub`) the wasm then needs besides the
/// checked one (0.8 KB less gzipped, 2026-11-30).
pub fn is_whole(d: Decimal) -> bool {
    d.trunc() == d
}

/// Plain decimal string without trailing zeros: `2750000`, `0.55`, `1004166.67`.
pub fn fmt_decimal(d: Decimal) -> String {
    let mut s = String::with_capacity(24);
    write_decimal(&mut s, d);
    s
}

/// Append money with exactly two decimals, like a bank statement: `1000000.00`.
pub fn write_money_2dp(out: &mut String, d: Decimal) {
    // Amounts already in 分 (every schedule figure) need no rounding.
    let r = if d.scale() == 2 {
        d
    } else {
        let mut r = round_money(d);
        r.rescale(2);
        r
    };
    let mut digits = [0u8; 40];
    let len = unsigned_digits(r.mantissa().unsigned_abs(), &mut digits);
    let all = std::str::from_utf8(digits.get(digits.len().saturating_sub(len)..).unwrap_or_default()).unwrap_or_default();
    if r.is_sign_negative() && !r.is_zero() {
        out.push('-');
    }
    // The mantissa's digits with the point before the last two: `0.05`, `85309.90`.
    if len > 2 {
        let (int_part, frac) = all.split_at(len.saturating_sub(2));
        out.push_str(int_part);
        out.push('.');
        out.push_str(frac);
    } else {
        out.push_str(if len == 2 { "0." } else { "0.0" });
        out.push_str(all);
    }
}

pub fn fmt_money_2dp(d: Decimal) -> String {
    let mut s = String::with_capacity(24);
    write_money_2dp(&mut s, d);
    s
}

/// `d` divided by 10^k exactly, by moving the decimal point.
fn shift(d: Decimal, k: u32) -> Option<Decimal> {
    let scale = d.scale().checked_add(k)?;
    Decimal::try_from_i128_with_scale(d.mantissa(), scale).ok().map(|x| x.normalize())
}

/// Chinese amount for messages: `2000万元`, `22.05万元`, `1.5亿元`, `1004166.67元`.
pub fn write_money_zh(out: &mut String, d: Decimal) {
    let d = d.normalize();
    if d >= YI {
        if let Some(y) = shift(d, 8).filter(|y| y.scale() <= 4) {
            write_decimal(out, y);
            out.push_str("亿元");
            return;
        }
    }
    if d >= WAN && is_whole(d) {
        if let Some(w) = shift(d, 4) {
            write_decimal(out, w);
            out.push_str("万元");
            return;
        }
    }
    write_decimal(out, d);
    out.push('元');
}

pub fn fmt_money_zh(d: Decimal) -> String {
    let mut s = String::with_capacity(24);
    write_money_zh(&mut s, d);
    s
}

/// English amount for messages: `CNY 20,000,000`, `CNY 1,004,166.67`.
pub fn write_money_en(out: &mut String, d: Decimal) {
    let plain = fmt_decimal(d.normalize());
    let (sign, body) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain.as_str()),
    };
    let (int_part, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    out.push_str("CNY ");
    out.push_str(sign);
    let len = int_part.len();
    for (i, ch) in int_part.chars().enumerate() {
        if i > 0 && len.saturating_sub(i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
}

pub fn fmt_money_en(d: Decimal) -> String {
    let mut s = String::with_capacity(24);
    write_money_en(&mut s, d);
    s
}

/// A fraction as a percentage: `0.06175` → `6.175%`, `0.55` → `55%`.
pub fn fmt_percent(d: Decimal) -> String {
    match d.c_mul(HUNDRED) {
        Some(p) => format!("{}%", fmt_decimal(p)),
        None => fmt_decimal(d),
    }
}

/// Percentage points for messages: `0.05` → `5`.
pub fn fmt_points(d: Decimal) -> String {
    match d.c_mul(HUNDRED) {
        Some(p) => fmt_decimal(p),
        None => fmt_decimal(d),
    }
}

/// Basis points: `0.015` → `150`.
pub fn to_basis_points(d: Decimal) -> Option<i64> {
    d.c_mul(Decimal::from(10_000))?.normalize().to_i64()
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
        assert_eq!(parse_decimal_text("2.5E-3", "r").unwrap(), dec("0.0025"));
        assert_eq!(parse_decimal_text("-1.5e+2", "r").unwrap(), dec("-150"));
        assert!(parse_decimal_text("1e29", "r").is_err());
        assert!(parse_decimal_text("1e-29", "r").is_err());
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
        assert_eq!(div_round_money(dec("1000000.00").c_mul(dec("0.0475")).unwrap(), 12).unwrap(), dec("3958.33"));
        assert_eq!(div_round_money(dec("7"), 3).unwrap(), dec("2.33"));
        assert_eq!(div_round_money(dec("-0.06"), 12).unwrap(), dec("-0.01"));
        assert!(div_round_money(dec("1"), 0).is_none());
    }

    #[test]
    fn plain_decimals_match_normalize_at_every_size() {
        let cases = [
            "0", "-0", "0.000", "1", "-1", "10", "100.00", "0.0435", "0.04350000", "-0.5", "2750000", "1004166.67",
            "79228162514264337593543950335", "-79228162514264337593543950335", "7.9228162514264337593543950335",
            "0.0000000000000000000000000001", "10000000000000000000", "10000000000000000000.0", "9999999999999999999",
            "18446744073709551616", "1844674407370955161.6", "100000000000000000000000000", "123456789012345678901234.5670",
        ];
        for c in cases {
            let d = dec(c);
            assert_eq!(fmt_decimal(d), d.normalize().to_string(), "{c}");
        }
    }

    #[test]
    fn whole_is_fract_zero() {
        for c in ["0", "-0", "0.000", "1.00", "-1.50", "12.01", "0.0000000000000000000000000001", "79228162514264337593543950335", "-7.9228162514264337593543950335", "10000.0"] {
            let d = dec(c);
            assert_eq!(is_whole(d), d.fract().is_zero(), "{c}");
        }
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
        assert_eq!(fmt_money_2dp(dec("0")), "0.00");
        assert_eq!(fmt_money_2dp(dec("0.05")), "0.05");
        for (input, shown) in [
            ("0.00", "0.00"), ("0.5", "0.50"), ("-0.01", "-0.01"), ("-0.001", "0.00"), ("12.345", "12.35"),
            ("85309.90", "85309.90"), ("1.005", "1.01"), ("999999999999.99", "999999999999.99"), ("-1234.5", "-1234.50"),
        ] {
            assert_eq!(fmt_money_2dp(dec(input)), shown, "{input}");
        }
        assert_eq!(fmt_money_2dp(dec("4646.9")), "4646.90");
        assert_eq!(fmt_money_2dp(dec("-1.005")), "-1.01");
        assert_eq!(fmt_decimal(dec("2750000.00")), "2750000");
        assert_eq!(fmt_decimal(dec("0.0435")), "0.0435");
        assert_eq!(fmt_decimal(dec("-0.5")), "-0.5");
        assert_eq!(fmt_decimal(dec("0")), "0");
        assert_eq!(fmt_decimal(dec("123456789012345678901234.5678")), "123456789012345678901234.5678");
        assert_eq!(fmt_decimal(dec("79228162514264337593543950335")), "79228162514264337593543950335");
    }
}
