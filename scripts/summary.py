#!/usr/bin/env python3
"""One line per programme from an evaluate response on stdin (for people at a terminal).

    huiqi evaluate request.json | python3 scripts/summary.py
"""
import json
import sys

KEY_FIGURES = {
    "tech_loan": ["compensation_share", "max_compensation"],
    "startup_guarantee_loan": ["borrower_rate", "subsidy_amount"],
    "rent_relief": ["free_months", "half_months", "relief_amount"],
}


def line(r):
    figures = r.get("figures", {})
    keys = KEY_FIGURES.get(r["programme"], list(figures))
    shown = [f"{k}={figures[k]}" for k in keys if k in figures and not (k == "half_months" and figures[k] == "0")]
    if r["status"] == "not_in_force":
        shown = [f"({r['effective_from']} to {r['effective_to'] or 'open'})"]
    others = [f"{o['rule_set']} {o['status']}" for o in r.get("other_rule_sets", [])]
    text = f"{r['programme']:<23} {r['rule_set']:<35} {r['status']}  {' '.join(shown)}".rstrip()
    if others:
        text += f" (also: {', '.join(others)})"
    return text


doc = json.load(sys.stdin)
if "error" in doc:
    print(f"error {doc['error']['code']} at {doc['error']['field']}: {doc['error']['message_en']}")
    sys.exit(2)
for result in doc["results"]:
    print(line(result))
