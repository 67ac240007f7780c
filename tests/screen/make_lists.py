#!/usr/bin/env python3
"""Generate the realistic 50-row 走访 list used by tests/screen.rs (stdlib only).

Writes, next to this file:
  list-50.utf8.csv       CSV UTF-8 with BOM (as Excel's "CSV UTF-8" saves it)
  list-50.gb18030.csv    the same list in GB18030 (as WPS and older Excel save CSV)
  list-50.expected.ndjson  per data row: the request it must make (built here from the
                         row's true values, not by parsing the cells), or the columns
                         its errors must name, or "empty"
The XLSX (list-50.xlsx, with a merged title row and a merged header cell) is made
from the UTF-8 CSV by `cargo run --example screen_testdata`, and the XLS (Excel 97-2003)
by `python3 tests/screen/make_xls.py` (needs xlwt; both files are committed).

Layout (the same in all three): row 1 a title, row 2 the header (备注 followed by an
empty header cell, a merged cell in the XLSX, then an unknown column 联系电话),
rows 3-52 the 50 firms. Cells are written as people type them: 1,800 / 1800万 /
0.18亿 / 18000000元 in a 万元 column, 是/否/有/无/Y/N/√/×, county names with and
without 县/区, with their city, or as codes, dates in three styles.

Run: python3 tests/screen/make_lists.py   (deterministic: a fixed seed)
"""
import csv
import io
import json
import os
import random
from decimal import Decimal

AS_OF = "2022-09-15"
HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20251130)

# (code, full name, city full name): a spread of Henan's counties and districts.
COUNTIES = [
    ("410724", "获嘉县", "新乡市"), ("410702", "红旗区", "新乡市"), ("410721", "新乡县", "新乡市"),
    ("410105", "金水区", "郑州市"), ("410102", "中原区", "郑州市"), ("410104", "管城回族区", "郑州市"),
    ("410184", "新郑市", "郑州市"), ("410122", "中牟县", "郑州市"), ("410305", "涧西区", "洛阳市"),
    ("410323", "新安县", "洛阳市"), ("411002", "魏都区", "许昌市"), ("411302", "宛城区", "南阳市"),
    ("410202", "龙亭区", "开封市"), ("419001", "济源市", "济源市"), ("410522", "安阳县", "安阳市"),
]
SHORT = {"获嘉县": "获嘉", "红旗区": "红旗", "金水区": "金水", "中原区": "中原", "管城回族区": "管城",
         "中牟县": "中牟", "涧西区": "涧西", "新安县": "新安", "魏都区": "魏都", "宛城区": "宛城",
         "龙亭区": "龙亭"}

INDUSTRIES = [("industry", ["工业", "制造业"]), ("wholesale", ["批发业", "批发"]), ("retail", ["零售业", "零售"]),
              ("catering", ["餐饮业", "餐饮"]), ("software_it", ["软件和信息技术服务业", "软件"]),
              ("construction", ["建筑业"]), ("transport", ["交通运输业"]), ("accommodation", ["住宿业"]),
              ("leasing_business", ["租赁和商务服务业"]), ("agriculture", ["农林牧渔业", "农业"])]

GROUPS = [("college_graduate", "高校毕业生"), ("veteran", "退役军人"), ("returning_migrant_worker", "返乡创业农民工"),
          ("registered_unemployed", "城镇登记失业人员"), ("rural_entrepreneur", "农村自主创业农民")]

TRUE_WORDS = ["是", "有", "Y", "√", "是"]
FALSE_WORDS = ["否", "无", "N", "×", "否"]

HEADER = [
    "序号", "企业名称", "统一社会信用代码", "所在县区", "主体类型", "所属行业", " 从业人员 ",
    "营业收入(万元)", "资产总额（万元）", "科技企业资质", "产学研合作", "有进出口业务", "已投保出口信用保险",
    "当年新招用人数（人）", "新招用劳动合同年限（年）", "创业者所属群体", "已享受创业担保贷款贴息次数",
    "贷款金额（万元）", "贷款期限（月）", "贷款年利率%", "抵质押物评估值（万元）", "担保方式", "还款方式",
    "贷款发放日", "经营场所产权", "月租金（元）", "受疫情影响不能正常经营", "所在县2022年有中高风险地区",
    "备注", "", "联系电话",
]
COL = {h: i for i, h in enumerate(HEADER)}


def dec(x):
    """Exact decimal text as the engine normalises it: 18000000, 220500, 0.0435."""
    d = Decimal(x).normalize()
    return format(d, "f")


def money_cell(wan):
    """A 万元 amount (Decimal) as someone might type it in a 万元 column."""
    yuan = wan * 10000
    style = rng.choice(["plain", "plain", "comma", "wan", "yi", "yuan"])
    if style == "comma" and wan >= 1000 and wan == wan.to_integral():
        return f"{int(wan):,}"
    if style == "wan":
        return f"{dec(wan)}万"
    if style == "yi" and (wan / 10000) == (wan / 10000).quantize(Decimal("0.0001")):
        return f"{dec(wan / 10000)}亿"
    if style == "yuan":
        return f"{dec(yuan)}元"
    return dec(wan)


def bool_cell(b):
    return rng.choice(TRUE_WORDS if b else FALSE_WORDS)


def region_cell(code, full, city):
    style = rng.choice(["full", "short", "code", "city"])
    if style == "short" and full in SHORT:
        return SHORT[full]
    if style == "code":
        return code
    if style == "city" and city != full:
        return city + full
    return full


def date_cell(y, m, d):
    return rng.choice([f"{y:04}-{m:02}-{d:02}", f"{y}/{m}/{d}", f"{y}年{m}月{d}日", f"{y:04}-{m:02}-{d:02}"])


def make_firm(i):
    """One firm: its cells and the request they must make."""
    cells = [""] * len(HEADER)
    code, full, city = rng.choice(COUNTIES)
    kind = rng.choices(["enterprise", "individual_business", "person"], [6, 3, 1])[0]
    req = {"as_of": AS_OF, "region": code, "applicant": {"kind": kind}}
    app = req["applicant"]
    cells[COL["序号"]] = str(i)
    cells[COL["统一社会信用代码"]] = "9141" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(14))
    cells[COL["所在县区"]] = region_cell(code, full, city)
    cells[COL["主体类型"]] = {"enterprise": rng.choice(["企业", "企业", "公司", ""]), "individual_business": rng.choice(["个体工商户", "个体户"]), "person": "个人"}[kind]
    cells[COL["联系电话"]] = "1" + "".join(rng.choice("0123456789") for _ in range(10))
    ind, names = rng.choice(INDUSTRIES)
    if kind == "person":
        cells[COL["企业名称"]] = rng.choice(["张", "王", "李", "赵", "刘"]) + rng.choice(["某", "某某"])
        group = rng.choice(GROUPS)
        app["startup_groups"] = [group[0]]
        cells[COL["创业者所属群体"]] = group[1]
        app["subsidised_loans_before"] = 0
        cells[COL["已享受创业担保贷款贴息次数"]] = "0"
    else:
        cells[COL["企业名称"]] = full.rstrip("县区市") + rng.choice(["某机械制造有限公司", "某科技有限公司", "某商贸有限公司", "某餐饮店", "某物流有限公司", "某农业专业合作社"])
        app["industry"] = ind
        cells[COL["所属行业"]] = rng.choice(names)
        emp = rng.choice([3, 6, 12, 25, 45, 80, 150, 320] if kind == "enterprise" else [1, 2, 4, 6, 8])
        app["employees"] = emp
        cells[COL[" 从业人员 "]] = str(emp) if rng.random() < 0.8 else f"{emp}人"
        wan = Decimal(rng.choice(["45", "80", "300", "800", "1200", "1800", "3000", "6500", "12000", "22.05"]))
        app["revenue"] = dec(wan * 10000)
        cells[COL["营业收入(万元)"]] = money_cell(wan)
        if rng.random() < 0.6:
            ta = Decimal(rng.choice([100, 500, 2600, 9000]))
            app["total_assets"] = dec(ta * 10000)
            cells[COL["资产总额（万元）"]] = money_cell(ta)
        if kind == "enterprise":
            r = rng.random()
            if r < 0.3:
                app["tech_status"] = ["tech_sme"]
                cells[COL["科技企业资质"]] = "科技型中小企业"
            elif r < 0.45:
                app["tech_status"] = ["high_tech_enterprise", "tech_sme"]
                cells[COL["科技企业资质"]] = "高新技术企业、科技型中小企业"
            elif r < 0.7:
                app["tech_status"] = []
                cells[COL["科技企业资质"]] = "无"
            if rng.random() < 0.4:
                b = rng.random() < 0.3
                app["research_cooperation"] = b
                cells[COL["产学研合作"]] = bool_cell(b)
        if rng.random() < 0.7:
            trades = rng.random() < 0.3
            ft = {"trades_abroad": trades}
            cells[COL["有进出口业务"]] = bool_cell(trades)
            if trades and rng.random() < 0.7:
                ins = rng.random() < 0.6
                ft["credit_insurance"] = ins
                cells[COL["已投保出口信用保险"]] = bool_cell(ins)
            app["foreign_trade"] = ft
        if kind == "enterprise" and rng.random() < 0.4:
            n = rng.choice([2, 5, 12])
            app["new_hires"] = {"count": n, "contract_years": "1"}
            cells[COL["当年新招用人数（人）"]] = str(n)
            cells[COL["新招用劳动合同年限（年）"]] = "1"
        if rng.random() < 0.7:
            app["subsidised_loans_before"] = 0
            cells[COL["已享受创业担保贷款贴息次数"]] = "0"
        if kind == "individual_business" and rng.random() < 0.5:
            group = rng.choice(GROUPS)
            app["startup_groups"] = [group[0]]
            cells[COL["创业者所属群体"]] = group[1]
    # A loan for most.
    if rng.random() < 0.8:
        loan = {}
        amount = Decimal(rng.choice(["20", "50", "100", "300", "500", "800", "22.05"]))
        loan["amount"] = dec(amount * 10000)
        cells[COL["贷款金额（万元）"]] = money_cell(amount)
        term = rng.choice([12, 24, 36])
        loan["term_months"] = term
        cells[COL["贷款期限（月）"]] = rng.choice([str(term), f"{term // 12}年", f"{term}个月"])
        rate = Decimal(rng.choice(["4.35", "4.75", "3.85", "4.15"]))
        loan["annual_rate"] = dec(rate / 100)
        cells[COL["贷款年利率%"]] = rng.choice([dec(rate), dec(rate) + "%"])
        if kind == "enterprise" and rng.random() < 0.6:
            coll = Decimal(rng.choice([0, 50, 100]))
            loan["collateral_value"] = dec(coll * 10000)
            cells[COL["抵质押物评估值（万元）"]] = money_cell(coll) if coll else "0"
            g = rng.choice([("none", "无"), ("third_party", "第三方"), ("guarantee_institution", "担保机构"), ("controlling_shareholder", "控股股东")])
            loan["guarantee"] = g[0]
            cells[COL["担保方式"]] = g[1]
        rp = rng.choice([("equal_installment", "等额本息"), ("equal_principal", "等额本金"), ("interest_only", "按月付息到期还本")])
        loan["repayment"] = rp[0]
        cells[COL["还款方式"]] = rp[1]
        m = rng.choice([7, 8, 10])
        loan["start_date"] = f"2022-{m:02}-01"
        cells[COL["贷款发放日"]] = date_cell(2022, m, 1)
        req["loan"] = loan
    if kind != "person" and rng.random() < 0.6:
        prem = {}
        owner = rng.random() < 0.6
        prem["owner"] = "state" if owner else "non_state"
        cells[COL["经营场所产权"]] = "国有" if owner else "非国有"
        rent = rng.choice([3000, 8000, 12000, 25000])
        prem["monthly_rent"] = str(rent)
        cells[COL["月租金（元）"]] = str(rent) if rng.random() < 0.7 else f"{rent:,}"
        b = rng.random() < 0.7
        prem["cannot_operate_normally"] = b
        cells[COL["受疫情影响不能正常经营"]] = bool_cell(b)
        b = rng.random() < 0.5
        prem["county_medium_high_risk_2022"] = b
        cells[COL["所在县2022年有中高风险地区"]] = bool_cell(b)
        req["premises"] = prem
    if rng.random() < 0.2:
        cells[COL["备注"]] = rng.choice(["走访时企业负责人在场", "有融资需求", "需银行对接"])
    req["lang"] = "zh-CN"
    return cells, req


def main():
    rows = []
    expected = []
    bad = {
        # row (as the spreadsheet shows it) → how it is spoiled, and the columns its errors name
        9: ("营业收入(万元)", "约三千万", ["营业收入(万元)"]),
        17: ("所在县区", "火星县", ["所在县区"]),
        30: ("empty", None, None),
        38: ("有进出口业务", "可能有", ["有进出口业务"]),
        44: ("贷款期限（月）", "长期", ["贷款期限（月）"]),
        48: ("所在县区", "", ["所在县区"]),
    }
    for i in range(1, 51):
        line = i + 2
        cells, req = make_firm(i)
        spoil = bad.get(line)
        if spoil and spoil[0] == "empty":
            rows.append([""] * len(HEADER))
            expected.append({"row": line, "empty": True})
            continue
        if spoil:
            col, value, cols = spoil
            cells[COL[col]] = value
            expected.append({"row": line, "error_columns": [c.strip() for c in cols]})
        else:
            expected.append({"row": line, "request": req})
        rows.append(cells)
    title = ["2022年新乡、郑州等地“千企万户大走访”企业名单（测试数据，纯属虚构）"] + [""] * (len(HEADER) - 1)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(title)
    w.writerow(HEADER)
    w.writerows(rows)
    text = buf.getvalue()
    with open(os.path.join(HERE, "list-50.utf8.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + text.encode("utf-8"))
    with open(os.path.join(HERE, "list-50.gb18030.csv"), "wb") as f:
        f.write(text.encode("gb18030"))
    with open(os.path.join(HERE, "list-50.expected.ndjson"), "w", encoding="utf-8") as f:
        for e in expected:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
