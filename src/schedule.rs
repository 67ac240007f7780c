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

use crate::dates::Date;
use crate::error::{Error, ErrorCode, Result};
use crate::json::{JsonWriter, Obj};
use crate::money::{add, div_round_money, fmt_money_2dp, read_money, read_rate, round_money, sub, TWELVE};
use crate::request::{Repayment, MAX_TERM_MONTHS};
use rust_decimal::Decimal;
use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleRequest {
    pub principal: Decimal,
    pub annual_rate: Decimal,
    pub term_months: u32,
    pub method: Repayment,
    pub start_date: Date,
    pub borrower_rate: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    pub n: u32,
    pub date: Date,
    pub payment: Decimal,
    pub principal: Decimal,
    pub interest: Decimal,
    pub subsidy: Decimal,
    pub borrower_interest: Decimal,
    pub balance: Decimal,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Totals {
    pub payment: Decimal,
    pub principal: Decimal,
    pub interest: Decimal,
    pub subsidy: Decimal,
    pub borrower_interest: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    pub periods: Vec<Period>,
    pub totals: Totals,
}

impl ScheduleRequest {
    pub fn parse(v: &Value) -> Result<ScheduleRequest> {
        let o = Obj::new(v, "")?;
        o.allow_only(&["principal", "annual_rate", "term_months", "method", "start_date", "borrower_rate"])?;
        let principal = read_money(o.required("principal")?, "principal")?;
        if principal.is_zero() {
            return Err(Error::new(ErrorCode::OutOfRange, "principal", "principal 应大于0", "principal must be greater than 0"));
        }
        let annual_rate = read_rate(o.required("annual_rate")?, "annual_rate")?;
        let term_months = o
            .opt_u32("term_months", 1, MAX_TERM_MONTHS)?
            .ok_or_else(|| Error::missing("term_months"))?;
        let method = o
            .opt_enum("method", Repayment::NAMES)?
            .ok_or_else(|| Error::missing("method"))?;
        let start_date = Date::read(o.required("start_date")?, "start_date")?;
        let borrower_rate = o.get("borrower_rate").map(|v| read_rate(v, "borrower_rate")).transpose()?;
        let req = ScheduleRequest {
            principal,
            annual_rate,
            term_months,
            method,
            start_date,
            borrower_rate,
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
            result = result.checked_mul(b)?;
        }
        exp >>= 1;
        if exp > 0 {
            b = b.checked_mul(b)?;
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
        return Some(round_money(principal.checked_div(Decimal::from(n))?));
    }
    let i = annual_rate.checked_div(TWELVE)?;
    let f = pow(Decimal::ONE.checked_add(i)?, n)?;
    let numerator = principal.checked_mul(i)?.checked_mul(f)?;
    let denominator = f.checked_sub(Decimal::ONE)?;
    if denominator.is_zero() {
        return None;
    }
    Some(round_money(numerator.checked_div(denominator)?))
}

/// Walk the schedule, calling `each` per period; returns the totals. Used both to build
/// the full table and, allocation-free, for the totals the evaluate figures need.
pub fn walk(req: &ScheduleRequest, mut each: impl FnMut(&Period)) -> Result<Totals> {
    req.validate()?;
    let n = req.term_months;
    let f = "schedule";
    let payment_level = match req.method {
        Repayment::EqualInstallment => {
            Some(level_payment(req.principal, req.annual_rate, n).ok_or_else(|| Error::overflow("annual_rate"))?)
        }
        _ => None,
    };
    let principal_level = match req.method {
        Repayment::EqualPrincipal => Some(round_money(req.principal.checked_div(Decimal::from(n)).ok_or_else(|| Error::overflow(f))?)),
        _ => None,
    };
    let mut balance = req.principal;
    let mut totals = Totals::default();
    for k in 1..=n {
        let interest = balance
            .checked_mul(req.annual_rate)
            .and_then(|x| div_round_money(x, 12))
            .ok_or_else(|| Error::overflow(f))?;
        let borrower_interest = match req.borrower_rate {
            Some(br) => balance.checked_mul(br).and_then(|x| div_round_money(x, 12)).ok_or_else(|| Error::overflow(f))?,
            None => interest,
        };
        let subsidy = sub(interest, borrower_interest, f)?;
        let principal = if k == n {
            balance
        } else {
            match req.method {
                Repayment::EqualInstallment => {
                    let level = payment_level.unwrap_or_default();
                    // Tiny loans can round the instalment below the interest; never lend back.
                    sub(level, interest, f)?.max(Decimal::ZERO).min(balance)
                }
                Repayment::EqualPrincipal => principal_level.unwrap_or_default().min(balance),
                Repayment::InterestOnly => Decimal::ZERO,
            }
        };
        balance = sub(balance, principal, f)?;
        let payment = add(principal, interest, f)?;
        let date = req.start_date.add_months(k).ok_or_else(|| Error::overflow("term_months"))?;
        let period = Period {
            n: k,
            date,
            payment,
            principal,
            interest,
            subsidy,
            borrower_interest,
            balance,
        };
        totals.payment = add(totals.payment, payment, f)?;
        totals.principal = add(totals.principal, principal, f)?;
        totals.interest = add(totals.interest, interest, f)?;
        totals.subsidy = add(totals.subsidy, subsidy, f)?;
        totals.borrower_interest = add(totals.borrower_interest, borrower_interest, f)?;
        each(&period);
    }
    Ok(totals)
}

pub fn compute(req: &ScheduleRequest) -> Result<Schedule> {
    let capacity = usize::try_from(req.term_months).unwrap_or(0);
    let mut periods = Vec::with_capacity(capacity);
    let totals = walk(req, |p| periods.push(p.clone()))?;
    Ok(Schedule { periods, totals })
}

impl Schedule {
    pub fn to_json(&self) -> String {
        let mut w = JsonWriter::with_capacity(self.periods.len().saturating_mul(180).saturating_add(256));
        w.begin_object();
        w.key("periods");
        w.begin_array();
        for p in &self.periods {
            w.begin_object();
            w.key("n");
            w.uint(u64::from(p.n));
            w.field_str("date", &p.date.to_string());
            w.field_str("payment", &fmt_money_2dp(p.payment));
            w.field_str("principal", &fmt_money_2dp(p.principal));
            w.field_str("interest", &fmt_money_2dp(p.interest));
            w.field_str("subsidy", &fmt_money_2dp(p.subsidy));
            w.field_str("borrower_interest", &fmt_money_2dp(p.borrower_interest));
            w.field_str("balance", &fmt_money_2dp(p.balance));
            w.end_object();
        }
        w.end_array();
        w.key("totals");
        w.begin_object();
        w.field_str("payment", &fmt_money_2dp(self.totals.payment));
        w.field_str("principal", &fmt_money_2dp(self.totals.principal));
        w.field_str("interest", &fmt_money_2dp(self.totals.interest));
        w.field_str("subsidy", &fmt_money_2dp(self.totals.subsidy));
        w.field_str("borrower_interest", &fmt_money_2dp(self.totals.borrower_interest));
        w.end_object();
        w.end_object();
        w.finish()
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
