#!/usr/bin/env python3
"""Print every golden case request of policies/**.json as NDJSON, one per line.

The programme filter defaults to the rule set's programme, exactly as the golden
test runs them (src/cases.rs). Used for parity tests (native CLI vs wasm) and for the
batch benchmark's realistic corpus.

    python3 scripts/golden-requests.py [--repeat N] > cases.ndjson
"""
import json
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent / "policies"
repeat = 1
if len(sys.argv) > 2 and sys.argv[1] == "--repeat":
    repeat = int(sys.argv[2])

lines = []
for path in sorted(root.rglob("*.json")):
    if "reference" in path.parts or path.name == "common.json":
        continue
    data = json.loads(path.read_text(encoding="utf-8"))
    for case in data.get("cases", []):
        req = dict(case["request"])
        req.setdefault("programmes", [data["programme"]])
        lines.append(json.dumps(req, ensure_ascii=False, separators=(",", ":")))

out = sys.stdout
for _ in range(repeat):
    for line in lines:
        out.write(line + "\n")
