#!/usr/bin/env python3
"""Independent reference for CONTRACT.md's repayment schedules, in Python's decimal.

Written separately from the Rust engine so the golden vectors it produces check the
engine against a second reading of the conventions, not against itself.

  python3 tests/reference/schedule_ref.py '{"principal": "1000000", ...}'   # one schedule as JSON
  python3 tests/reference/schedule_ref.py --vectors > tests/golden/schedules.csv
"""
import calendar
import csv
import datetime as dt
import json
import sys
from decimal import ROUND_HALF_UP, Decimal, getcontext

getcontext().prec = 60  # far more than needed: every rounding below is explicit
CENT = Decimal("0.01")


def r2(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def add_months(d: dt.date, n: int) -> dt.date:
    m0 = d.month - 1 + n
    y, m = d.year + m0 // 12, m0 % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def schedule(principal, annual_rate, term_months, method, start_date, borrower_rate=None):
    P, r, n = Decimal(principal), Decimal(annual_rate), int(term_months)
    br = None if borrower_rate is None else Decimal(borrower_rate)
    start = dt.date.fromisoformat(start_date)
    i = r / 12
    if method == "equal_installment":
        if r == 0:
            level = r2(P / n)
        else:
            f = (1 + i) ** n
            level = r2(P * i * f / (f - 1))
    elif method == "equal_principal":
        level = r2(P / n)
    balance, periods = P, []
    for k in range(1, n + 1):
        interest = r2(balance * r / 12)
        b_int = interest if br is None else r2(balance * br / 12)
        if k == n:
            prin = balance
        elif method == "equal_installment":
            prin = min(max(level - interest, Decimal(0)), balance)
        elif method == "equal_principal":
            prin = min(level, balance)
        else:
            prin = Decimal(0)
        balance -= prin
        periods.append(dict(n=k, date=add_months(start, k).isoformat(), payment=prin + interest, principal=prin,
                            interest=interest, subsidy=interest - b_int, borrower_interest=b_int, balance=balance))
    keys = ["payment", "principal", "interest", "subsidy", "borrower_interest"]
    totals = {k: sum((p[k] for p in periods), Decimal(0)) for k in keys}
    return periods, totals


def fmt(d: Decimal) -> str:
    return str(d.quantize(CENT))


# Loans people take: every method, short and 30-year terms, subsidised or not, month ends.
VECTORS = [
    ("1000000", "0.0435", 12, "equal_installment", "2022-07-01", None),
    ("1000000", "0.0435", 12, "equal_principal", "2022-07-01", "0.0220"),
    ("1000000", "0.0435", 12, "interest_only", "2022-07-01", "0.0220"),
    ("200000", "0.0435", 24, "equal_installment", "2022-07-01", "0"),
    ("200000", "0.0435", 36, "equal_principal", "2022-01-31", "0.022"),
    ("300000", "0.045", 36, "equal_installment", "2026-11-24", "0.015"),
    ("3000000", "0.055", 24, "equal_installment", "2022-06-30", "0.025"),
    ("3000000", "0.0435", 12, "interest_only", "2022-06-30", "0.022"),
    ("4000000", "0.0345", 24, "equal_principal", "2023-10-31", "0.0195"),
    ("1200000", "0.0335", 12, "equal_installment", "2025-05-29", "0.0185"),
    ("8000000", "0.035", 36, "equal_installment", "2025-05-15", None),
    ("2000000", "0.049", 360, "equal_installment", "2024-02-29", None),
    ("2000000", "0.049", 360, "equal_principal", "2024-02-29", "0.031"),
    ("999999.99", "0.0615", 60, "equal_installment", "2021-12-31", "0.0215"),
    ("0.15", "0.36", 9, "equal_principal", "2022-01-31", None),
    ("1.00", "0.04", 360, "equal_installment", "2022-01-01", "0.01"),
    ("1200", "0", 12, "equal_installment", "2022-03-15", None),
    ("50000", "0.12", 7, "interest_only", "2022-08-31", "0.06"),
]


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--vectors":
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(["case", "principal", "annual_rate", "term_months", "method", "start_date", "borrower_rate",
                    "n", "date", "payment", "principal_part", "interest", "subsidy", "borrower_interest", "balance"])
        for idx, v in enumerate(VECTORS):
            periods, totals = schedule(*v)
            for p in periods:
                w.writerow([idx, *[("" if x is None else x) for x in v], p["n"], p["date"], fmt(p["payment"]),
                            fmt(p["principal"]), fmt(p["interest"]), fmt(p["subsidy"]), fmt(p["borrower_interest"]),
                            fmt(p["balance"])])
        return
    req = json.loads(sys.argv[1])
    periods, totals = schedule(req["principal"], req["annual_rate"], req["term_months"], req["method"],
                               req["start_date"], req.get("borrower_rate"))
    out = {"periods": [{k: (fmt(v) if isinstance(v, Decimal) else v) for k, v in p.items()} for p in periods],
           "totals": {k: fmt(v) for k, v in totals.items()}}
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
