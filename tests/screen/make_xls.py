#!/usr/bin/env python3
"""Make tests/screen/list-50.xls (Excel 97-2003, as older Excel and WPS save) from
list-50.utf8.csv: numbers as number cells, ISO dates as date cells, the title row merged
across the columns and the header cell 备注 merged over the empty one after it, as in
list-50.xlsx. Needs xlwt (pip install xlwt); the .xls is committed, so the tests do not.
"""
import csv
import datetime
import os
import re

import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
rows = list(csv.reader(open(os.path.join(HERE, "list-50.utf8.csv"), encoding="utf-8-sig")))
book = xlwt.Workbook(encoding="utf-8")
sheet = book.add_sheet("走访名单")
date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
width = max(len(r) for r in rows)
sheet.write_merge(0, 0, 0, width - 1, rows[0][0])
header = rows[1]
for c, h in enumerate(header):
    if h == "" and c > 0 and header[c - 1]:
        sheet.write_merge(1, 1, c - 1, c, header[c - 1])
    elif h and not (c + 1 < len(header) and header[c + 1] == ""):
        sheet.write(1, c, h)
number = re.compile(r"^(0|[1-9][0-9]*)(\.[0-9]+)?$")
for r, row in enumerate(rows[2:], start=2):
    for c, cell in enumerate(row):
        if not cell:
            continue
        if c not in (2, len(header) - 1) and len(cell) < 15 and number.match(cell):
            sheet.write(r, c, float(cell))
        elif re.match(r"^\d{4}-\d{2}-\d{2}$", cell):
            sheet.write(r, c, datetime.datetime.strptime(cell, "%Y-%m-%d"), date_style)
        else:
            sheet.write(r, c, cell)
book.save(os.path.join(HERE, "list-50.xls"))
print("wrote", os.path.join(HERE, "list-50.xls"))
