//! Repayment schedules: 等额本息, 等额本金, 按月付息到期还本, with 贴息 per period.
//!
//! Conventions (CONTRACT.md, the common practice of Chinese banks):
//! - interest = opening balance × annual rate / 12, computed exactly, rounded half-up to 0.01;
//! - 等额本息 payment = P·i(1+i)^n / ((1+i)^n − 1) with i = rate / 12, rounded half-up;
//!   principal = payment − interest; the last period repays the remaining balance;
//! - 等额本金 principal = P / n rounded half-up, the last period takes the remainder;
//! - with `borrower_rate`, borrower interest = balance × borrower_rate / 12 rounded
//!   half-up and subsidy = interest − borrower interest;
//! - dates step by calendar month from the start date (the 31st becomes the month's end).

use crate::money::DecimalOps;
use crate::dates::Date;
use crate::error::{Error, ErrorCode, Result};
use crate::money::{round_money, TWELVE};
use crate::request::{Repayment, MAX_TERM_MONTHS};
use crate::wire::{DateField, Int, Money, Rate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize, Serializer};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleRequest {
    pub principal: Decimal,
    pub annual_rate: Decimal,
    pub term_months: u32,
    pub method: Repayment,
    pub start_date: Date,
    pub borrower_rate: Option<Decimal>,
}

/// Money in a schedule: always two decimals, `"1023718.79"`.
fn fen<S: Serializer>(d: &Decimal, s: S) -> std::result::Result<S::Ok, S::Error> {
    s.serialize_str(&crate::money::fmt_money_2dp(*d))
}

/// The schedule request as it arrives; unknown fields are refused.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScheduleRequestIn {
    pub principal: Money,
    pub annual_rate: Rate,
    pub term_months: Int<1, MAX_TERM_MONTHS>,
    pub method: Repayment,
    pub start_date: DateField,
    pub borrower_rate: Option<Rate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Period {
    pub n: u32,
    pub date: Date,
    #[serde(serialize_with = "fen")]
    pub payment: Decimal,
    #[serde(serialize_with = "fen")]
    pub principal: Decimal,
    #[serde(serialize_with = "fen")]
    pub interest: Decimal,
    #[serde(serialize_with = "fen")]
    pub subsidy: Decimal,
    #[serde(serialize_with = "fen")]
    pub borrower_interest: Decimal,
    #[serde(serialize_with = "fen")]
    pub balance: Decimal,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    #[serde(serialize_with = "fen")]
    pub payment: Decimal,
    #[serde(serialize_with = "fen")]
    pub principal: Decimal,
    #[serde(serialize_with = "fen")]
    pub interest: Decimal,
    #[serde(serialize_with = "fen")]
    pub subsidy: Decimal,
    #[serde(serialize_with = "fen")]
    pub borrower_interest: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Schedule {
    pub periods: Vec<Period>,
    pub totals: Totals,
}

impl ScheduleRequest {
    /// The schedule request from its JSON text.
    pub fn parse(text: &str) -> Result<ScheduleRequest> {
        ScheduleRequest::resolve(crate::wire::from_text(text)?)
    }

    pub fn resolve(r: ScheduleRequestIn) -> Result<ScheduleRequest> {
        if r.principal.0.is_zero() {
            return Err(Error::new(ErrorCode::OutOfRange, "principal", "principal 应大于0", "principal must be greater than 0"));
        }
        let req = ScheduleRequest {
            principal: r.principal.0,
            annual_rate: r.annual_rate.0,
            term_months: r.term_months.0,
            method: r.method,
            start_date: r.start_date.0,
            borrower_rate: r.borrower_rate.map(|b| b.0),
        };
        req.validate()?;
        Ok(req)
    }

    pub fn validate(&self) -> Result<()> {
        if let Some(br) = self.borrower_rate {
            if br > self.annual_rate {
                return Err(Error::new(
                    ErrorCode::OutOfRange,
                    "borrower_rate",
                    "borrower_rate（借款人承担的利率）不能高于 annual_rate（合同利率）",
                    "borrower_rate (what the borrower bears) cannot exceed annual_rate",
                ));
            }
        }
        if self.start_date.add_months(self.term_months).is_none() {
            return Err(Error::new(
                ErrorCode::OutOfRange,
                "term_months",
                "还款日期超出可计算的年份范围（2199年）",
                "the repayment dates run past the supported years (2199)",
            ));
        }
        Ok(())
    }
}

/// (1 + i)^n by squaring, with checked multiplication.
fn pow(base: Decimal, mut exp: u32) -> Option<Decimal> {
    let mut result = Decimal::ONE;
    let mut b = base;
    while exp > 0 {
        if exp & 1 == 1 {
            result = result.c_mul(b)?;
        }
        exp >>= 1;
        if exp > 0 {
            b = b.c_mul(b)?;
        }
    }
    Some(result)
}

/// The rounded 等额本息 instalment.
pub fn level_payment(principal: Decimal, annual_rate: Decimal, n: u32) -> Option<Decimal> {
    if n == 0 {
        return None;
    }
    if annual_rate.is_zero() {
        return Some(round_money(principal.c_div(Decimal::from(n))?));
    }
    let i = annual_rate.c_div(TWELVE)?;
    let f = pow(Decimal::ONE.c_add(i)?, n)?;
    let numerator = principal.c_mul(i)?.c_mul(f)?;
    let denominator = f.c_sub(Decimal::ONE)?;
    if denominator.is_zero() {
        return None;
    }
    Some(round_money(numerator.c_div(denominator)?))
}

/// An annual rate as integers: per-period interest in 分 is
/// `round(balance_fen × numerator / denominator)`, i.e. balance × rate / 12 exactly.
#[derive(Clone, Copy)]
struct MonthlyRate {
    numerator: i128,
    denominator: i128,
}

impl MonthlyRate {
    fn new(rate: Decimal, field: &str) -> Result<MonthlyRate> {
        let r = rate.normalize();
        // Rates come in with at most 8 decimals; 18 keeps every product inside i128.
        if r.scale() > 18 {
            return Err(Error::new(
                ErrorCode::InvalidDecimal,
                field,
                format!("{field} 的小数位过多"),
                format!("{field} has too many decimals"),
            ));
        }
        let denominator = 10i128
            .checked_pow(r.scale())
            .and_then(|p| p.checked_mul(12))
            .ok_or_else(|| Error::overflow(field))?;
        Ok(MonthlyRate {
            numerator: r.mantissa(),
            denominator,
        })
    }

    fn interest(self, balance_fen: i128) -> Option<i128> {
        // Nearly always the product fits 64 bits (a 128-bit multiplication is a library
        // call): the same quotient, a third of the instructions of a screened row's walk.
        if let (Ok(b), Ok(n)) = (u64::try_from(balance_fen), u64::try_from(self.numerator)) {
            if let Some(p) = b.checked_mul(n) {
                return div_round_half_up(i128::from(p), self.denominator);
            }
        }
        div_round_half_up(balance_fen.checked_mul(self.numerator)?, self.denominator)
    }
}

/// `num / den` rounded half-up, for non-negative `num` and positive `den`.
fn div_round_half_up(num: i128, den: i128) -> Option<i128> {
    // Nearly always both fit 64 bits: a 64-bit division is one instruction, a 128-bit
    // one a library call (slowest in wasm).
    if let (Ok(n), Ok(d)) = (u64::try_from(num), u64::try_from(den)) {
        let q = n.checked_div(d)?;
        let r = n.checked_rem(d)?;
        let q = if r >= d.saturating_sub(r) { q.checked_add(1)? } else { q };
        return Some(i128::from(q));
    }
    let q = num.checked_div(den)?;
    let r = num.checked_rem(den)?;
    if r.checked_mul(2)? >= den {
        q.checked_add(1)
    } else {
        Some(q)
    }
}

fn to_fen(amount: Decimal, field: &str) -> Result<i128> {
    let a = amount.normalize();
    let scale = a.scale();
    if scale > 2 || a.is_sign_negative() {
        return Err(Error::new(
            ErrorCode::InvalidDecimal,
            field,
            format!("{field} 应为不小于0、最多两位小数的金额"),
            format!("{field} must be a non-negative amount with at most two decimals"),
        ));
    }
    let factor = 10i128.checked_pow(2u32.saturating_sub(scale)).ok_or_else(|| Error::overflow(field))?;
    a.mantissa().checked_mul(factor).ok_or_else(|| Error::overflow(field))
}

fn from_fen(fen: i128) -> Decimal {
    Decimal::try_from_i128_with_scale(fen, 2).unwrap_or_default()
}

/// One period in 分.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeriodFen {
    pub n: u32,
    pub date: Date,
    pub payment: i128,
    pub principal: i128,
    pub interest: i128,
    pub subsidy: i128,
    pub borrower_interest: i128,
    pub balance: i128,
}

impl PeriodFen {
    fn to_period(self) -> Period {
        Period {
            n: self.n,
            date: self.date,
            payment: from_fen(self.payment),
            principal: from_fen(self.principal),
            interest: from_fen(self.interest),
            subsidy: from_fen(self.subsidy),
            borrower_interest: from_fen(self.borrower_interest),
            balance: from_fen(self.balance),
        }
    }
}

/// The totals alone (evaluate's figures): the walk without the periods' dates, which
/// `validate` has already found computable, and without a table (allocation-free).
pub fn totals(req: &ScheduleRequest) -> Result<Totals> {
    walk_periods(req, None)
}

/// Walk the schedule in whole 分 (integer arithmetic, every rounding explicit), adding
/// each period, dated, to `table` when there is one; returns the totals. One walk, not
/// one per caller (1.6 KB less gzipped wasm, 2026-11-30, than a walk generic over what
/// is done with each period).
fn walk_periods(req: &ScheduleRequest, mut table: Option<&mut Vec<Period>>) -> Result<Totals> {
    let dates = table.is_some();
    req.validate()?;
    let f = "schedule";
    let n = req.term_months;
    let principal = to_fen(req.principal, "principal")?;
    let rate = MonthlyRate::new(req.annual_rate, "annual_rate")?;
    let borrower_rate = req.borrower_rate.map(|br| MonthlyRate::new(br, "borrower_rate")).transpose()?;
    let level = match req.method {
        Repayment::EqualInstallment => {
            let p = level_payment(req.principal, req.annual_rate, n).ok_or_else(|| Error::overflow("annual_rate"))?;
            to_fen(p, f)?
        }
        Repayment::EqualPrincipal => div_round_half_up(principal, i128::from(n)).ok_or_else(|| Error::overflow(f))?,
        Repayment::InterestOnly => 0,
    };
    let overflow = || Error::overflow(f);
    let mut balance = principal;
    let mut t = [0i128; 5];
    for k in 1..=n {
        let interest = rate.interest(balance).ok_or_else(overflow)?;
        let borrower_interest = match borrower_rate {
            Some(br) => br.interest(balance).ok_or_else(overflow)?,
            None => interest,
        };
        let principal_part = if k == n {
            balance
        } else {
            match req.method {
                // Tiny loans can round the instalment below the interest; never lend back.
                Repayment::EqualInstallment => level.checked_sub(interest).ok_or_else(overflow)?.clamp(0, balance),
                Repayment::EqualPrincipal => level.min(balance),
                Repayment::InterestOnly => 0,
            }
        };
        balance = balance.checked_sub(principal_part).ok_or_else(overflow)?;
        let period = PeriodFen {
            n: k,
            date: if dates { req.start_date.add_months(k).ok_or_else(|| Error::overflow("term_months"))? } else { req.start_date },
            payment: principal_part.checked_add(interest).ok_or_else(overflow)?,
            principal: principal_part,
            interest,
            subsidy: interest.checked_sub(borrower_interest).ok_or_else(overflow)?,
            borrower_interest,
            balance,
        };
        for (slot, v) in t.iter_mut().zip([
            period.payment,
            period.principal,
            period.interest,
            period.subsidy,
            period.borrower_interest,
        ]) {
            *slot = slot.checked_add(v).ok_or_else(overflow)?;
        }
        if let Some(t) = table.as_deref_mut() {
            t.push(period.to_period());
        }
    }
    let [payment, principal_total, interest, subsidy, borrower_interest] = t;
    Ok(Totals {
        payment: from_fen(payment),
        principal: from_fen(principal_total),
        interest: from_fen(interest),
        subsidy: from_fen(subsidy),
        borrower_interest: from_fen(borrower_interest),
    })
}

pub fn compute(req: &ScheduleRequest) -> Result<Schedule> {
    let capacity = usize::try_from(req.term_months).unwrap_or(0);
    let mut periods = Vec::with_capacity(capacity);
    let totals = walk_periods(req, Some(&mut periods))?;
    Ok(Schedule { periods, totals })
}

impl Schedule {
    pub fn to_json(&self) -> String {
        // Serializing these types cannot fail (fixed shapes, string keys).
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn req(method: Repayment, principal: &str, rate: &str, n: u32, br: Option<&str>) -> ScheduleRequest {
        ScheduleRequest {
            principal: dec(principal),
            annual_rate: dec(rate),
            term_months: n,
            method,
            start_date: Date::parse("2022-07-01").unwrap(),
            borrower_rate: br.map(dec),
        }
    }

    #[test]
    fn level_payment_matches_bank_tables() {
        // 100万, 4.35%, 12 months: 85,309.90 a month (standard 等额本息 table).
        assert_eq!(level_payment(dec("1000000"), dec("0.0435"), 12).unwrap(), dec("85309.90"));
        assert_eq!(level_payment(dec("1200"), dec("0"), 12).unwrap(), dec("100.00"));
    }

    #[test]
    fn principals_sum_exactly() {
        for method in Repayment::ALL {
            let s = compute(&req(*method, "1000000", "0.0435", 12, Some("0.022"))).unwrap();
            assert_eq!(s.totals.principal, dec("1000000"));
            assert_eq!(s.periods.last().unwrap().balance, Decimal::ZERO);
            for p in &s.periods {
                assert_eq!(p.subsidy + p.borrower_interest, p.interest);
            }
        }
    }

    #[test]
    fn interest_only_pays_interest_then_principal() {
        let s = compute(&req(Repayment::InterestOnly, "1000000", "0.0435", 12, None)).unwrap();
        assert_eq!(s.periods.first().unwrap().interest, dec("3625.00"));
        assert_eq!(s.totals.interest, dec("43500.00"));
        assert_eq!(s.periods.last().unwrap().principal, dec("1000000"));
    }

    #[test]
    fn tiny_loans_never_go_negative() {
        for method in Repayment::ALL {
            let s = compute(&req(*method, "0.15", "0.36", 9, None)).unwrap();
            assert!(s.periods.iter().all(|p| p.principal >= Decimal::ZERO && p.balance >= Decimal::ZERO));
            assert_eq!(s.totals.principal, dec("0.15"));
        }
    }

    #[test]
    fn dates_clamp_at_month_end() {
        let mut r = req(Repayment::EqualPrincipal, "1000", "0.05", 3, None);
        r.start_date = Date::parse("2022-01-31").unwrap();
        let s = compute(&r).unwrap();
        let dates: Vec<String> = s.periods.iter().map(|p| p.date.to_string()).collect();
        assert_eq!(dates, ["2022-02-28", "2022-03-31", "2022-04-30"]);
    }
}
