//! 名单筛查 (`huiqi screen`, `huiqi::screen`): the 50-row list in XLSX, XLS, CSV-UTF-8 and
//! CSV-GB18030 (tests/screen/, made by make_lists.py, the screen_testdata example and
//! make_xls.py).
//!
//! - the four files give identical results;
//! - each row makes exactly the request make_lists.py built from the row's true values;
//! - each good row's result equals evaluating that request alone with `evaluate_json`;
//! - bad rows carry the right row number and column; the empty row is skipped;
//! - the XLSX output reads back (calamine) with the expected cells; so does the CSV;
//! - the CLI does the same end to end, and screens its own template.

#![cfg(not(target_arch = "wasm32"))]

use calamine::{Data, Reader};
use huiqi::screen::write::{result_headers, status_zh, VecSink};
use huiqi::screen::{self, summarize, CsvSink, Options, RowResult, RowStatus, XlsxSink};
use huiqi::Engine;
use serde_json::Value;
use std::collections::BTreeSet;
use std::io::Cursor;
use std::process::Command;

const AS_OF: &str = "2022-09-15";
const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/screen");

fn file(name: &str) -> Vec<u8> {
    std::fs::read(format!("{DIR}/{name}")).unwrap()
}

fn options() -> Options {
    // Small chunks on two threads: chunking and order are exercised on 50 rows.
    Options { threads: 2, chunk_rows: 7, ..Options::new(AS_OF) }
}

fn screen_file(engine: &Engine, name: &str) -> Vec<RowResult> {
    let mut sink = VecSink::default();
    let info = screen::screen_bytes(engine, &options(), &file(name), &mut sink, &mut |_| {}).unwrap();
    assert_eq!(info.summary.rows, 50, "{name}");
    assert_eq!(info.summary.screened, 44, "{name}");
    assert_eq!(info.summary.invalid, 5, "{name}");
    assert_eq!(info.summary.empty, 1, "{name}");
    assert_eq!(info.as_of, AS_OF);
    assert!(info.notes.iter().any(|n| n.contains("表头为空")), "{name}: {:?}", info.notes);
    assert!(info.notes.iter().any(|n| n.contains("联系电话")), "{name}: {:?}", info.notes);
    // On 2022-09-15 the 推荐清单 (from October 2024) was in force for no row: the summary
    // says so rather than "0 eligible"; the other programmes were.
    assert!(info.summary.out_of_period("financing_coordination"), "{name}");
    assert!(!info.summary.out_of_period("tech_loan") && !info.summary.out_of_period("rent_relief"), "{name}");
    sink.rows
}

fn expected() -> Vec<Value> {
    String::from_utf8(file("list-50.expected.ndjson"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn three_formats_same_results_as_one_by_one() {
    let engine = Engine::builtin().unwrap();
    let xlsx = screen_file(&engine, "list-50.xlsx");
    let utf8 = screen_file(&engine, "list-50.utf8.csv");
    let gb = screen_file(&engine, "list-50.gb18030.csv");
    let xls = screen_file(&engine, "list-50.xls");
    assert_eq!(utf8, gb, "UTF-8 and GB18030 CSV differ");
    assert_eq!(utf8, xlsx, "CSV and XLSX differ");
    assert_eq!(utf8, xls, "CSV and XLS (Excel 97-2003) differ");

    let expected = expected();
    assert_eq!(utf8.len(), expected.len());
    let mut eligible = 0;
    for (r, e) in utf8.iter().zip(&expected) {
        assert_eq!(r.row, e["row"].as_u64().unwrap(), "rows out of order");
        if e.get("empty").is_some() {
            assert_eq!(r.status, RowStatus::Empty, "row {}", r.row);
            assert!(r.request.is_none() && r.errors.is_empty());
            continue;
        }
        if let Some(cols) = e.get("error_columns") {
            assert_eq!(r.status, RowStatus::Invalid, "row {}: {:?}", r.row, r.outcome);
            let want: BTreeSet<&str> = cols.as_array().unwrap().iter().map(|c| c.as_str().unwrap()).collect();
            let got: BTreeSet<&str> = r.errors.iter().map(|e| e.column.as_str()).collect();
            assert_eq!(got, want, "row {}: {:?}", r.row, r.errors);
            for err in &r.errors {
                assert_eq!(err.row, r.row);
                assert!(!err.message_zh.is_empty() && !err.message_zh.is_ascii(), "{err:?}");
            }
            continue;
        }
        assert_eq!(r.status, RowStatus::Screened, "row {}: {:?}", r.row, r.errors);
        let request: Value = serde_json::from_str(r.request.as_ref().unwrap()).unwrap();
        // Every row asks for every programme of the results, the self-check included.
        let mut want = e["request"].clone();
        want["programmes"] = huiqi::screen::PROGRAMMES.iter().map(|p| Value::from(p.programme)).collect();
        assert_eq!(&request, &want, "row {}: the request differs", r.row);
        // The same request evaluated alone, through the JSON door.
        let alone = engine.evaluate_json(&want.to_string()).unwrap();
        let outcome = summarize(&alone).unwrap();
        assert_eq!(r.outcome.as_ref(), Some(&outcome), "row {}", r.row);
        assert_eq!(outcome.programmes.len(), huiqi::screen::PROGRAMMES.len());
        eligible += outcome.programmes.iter().filter(|p| p.status == "eligible").count();
    }
    assert!(eligible > 10, "a realistic list has eligible firms ({eligible})");
}

#[test]
fn bad_rows_say_why_in_chinese() {
    let engine = Engine::builtin().unwrap();
    let rows = screen_file(&engine, "list-50.utf8.csv");
    let row = |n: u64| rows.iter().find(|r| r.row == n).unwrap();
    let msg = |n: u64| row(n).errors.iter().map(|e| e.message_zh.clone()).collect::<Vec<_>>().join("；");
    assert!(msg(9).contains("约三千万") && msg(9).contains("不是金额"), "{}", msg(9));
    assert!(msg(17).contains("火星县"), "{}", msg(17));
    assert!(msg(38).contains("可能有"), "{}", msg(38));
    assert!(msg(44).contains("长期"), "{}", msg(44));
    assert!(msg(48).contains("必填"), "{}", msg(48));
    assert_eq!(row(30).status, RowStatus::Empty);
}

fn cell_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) => format!("{f}"),
        Data::Int(i) => i.to_string(),
        other => format!("{other:?}"),
    }
}

fn check_xlsx_output(bytes: &[u8], rows: &[RowResult]) {
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).unwrap();
    assert_eq!(book.sheet_names(), vec!["筛查结果".to_string(), "规则集".to_string()]);
    let sheet = book.worksheet_range("筛查结果").unwrap();
    let grid: Vec<Vec<String>> = sheet.rows().map(|r| r.iter().map(cell_text).collect()).collect();
    let header = &grid[0];
    assert_eq!(header[0], "行号");
    assert_eq!(header[1], "序号");
    assert_eq!(header[4], "所在县区");
    let col = |name: &str| header.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name}"));
    let results_at = header.len() - result_headers().len();
    assert_eq!(header[results_at], "筛查结果");
    assert_eq!(grid.len(), 51, "header + 50 rows");
    for (line, r) in grid.iter().skip(1).zip(rows) {
        assert_eq!(line[0], r.row.to_string());
        // The inputs as read.
        for (i, c) in r.cells.iter().take(results_at - 1).enumerate() {
            assert_eq!(&line[i + 1], c, "row {} column {}", r.row, header[i + 1]);
        }
        let status = &line[col("筛查结果")];
        match r.status {
            RowStatus::Screened => assert_eq!(status, "已筛查"),
            RowStatus::Invalid => {
                assert_eq!(status, "有错误");
                assert!(line[col("错误说明")].contains(&r.errors[0].column));
            }
            RowStatus::Empty => assert!(status.starts_with("空行")),
        }
        let Some(o) = &r.outcome else { continue };
        for (programme, column) in [("tech_loan", "科技贷"), ("trade_loan", "外贸贷"), ("startup_guarantee_loan", "创业担保贷款"), ("rent_relief", "房租减免")] {
            let p = o.programmes.iter().find(|p| p.programme == programme).unwrap();
            assert_eq!(line[col(column)], status_zh(&p.status), "row {} {column}", r.row);
        }
        let tech = &o.programmes[0];
        let money = |v: Option<&str>| v.map(|s| format!("{}", s.parse::<f64>().unwrap())).unwrap_or_default();
        assert_eq!(line[col("科技贷 最高补偿（元）")], money(tech.figure("max_compensation")), "row {}", r.row);
        assert_eq!(line[col("科技贷 补偿比例")], money(tech.figure("compensation_share")), "row {}", r.row);
        let rent = &o.programmes[3];
        assert_eq!(line[col("房租减免 减免金额（元）")], money(rent.figure("relief_amount")), "row {}", r.row);
        let startup = &o.programmes[2];
        assert_eq!(line[col("创业担保 贴息（元）")], money(startup.figure("subsidy_amount")), "row {}", r.row);
        assert_eq!(line[col("创业担保 提示")], startup.hint_zh.clone().unwrap_or_default());
    }
    let rules = book.worksheet_range("规则集").unwrap();
    let rules: Vec<Vec<String>> = rules.rows().map(|r| r.iter().map(cell_text).collect()).collect();
    assert_eq!(rules[0][..2], ["筛查日期（as_of）".to_string(), AS_OF.to_string()]);
    let national_rent = rules.iter().find(|r| r[0] == "national-rent-relief-2022").unwrap();
    assert_eq!(national_rent[1], "房租减免");
    assert_eq!(national_rent[3], "2022-01-01");
    assert_eq!(national_rent[4], "2022-12-31");
    assert_eq!(national_rent[5], "正式文件");
    assert_eq!(national_rent[6], "是");
}

#[test]
fn xlsx_output_reads_back() {
    let engine = Engine::builtin().unwrap();
    let mut out = Vec::new();
    let mut sink = XlsxSink::new(&mut out);
    screen::screen_bytes(&engine, &options(), &file("list-50.xlsx"), &mut sink, &mut |_| {}).unwrap();
    let rows = screen_file(&engine, "list-50.xlsx");
    check_xlsx_output(&out, &rows);
}

#[test]
fn csv_output_reads_back() {
    let engine = Engine::builtin().unwrap();
    let mut sink = CsvSink::new(Vec::new()).unwrap();
    screen::screen_bytes(&engine, &options(), &file("list-50.gb18030.csv"), &mut sink, &mut |_| {}).unwrap();
    let out = sink.into_inner().unwrap();
    assert!(out.starts_with(b"\xEF\xBB\xBF"), "CSV output has a BOM");
    let text = std::str::from_utf8(&out[3..]).unwrap();
    let mut r = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let grid: Vec<Vec<String>> = r.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect();
    assert_eq!(grid.len(), 51);
    let header = &grid[0];
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows = screen_file(&engine, "list-50.utf8.csv");
    for (line, r) in grid.iter().skip(1).zip(&rows) {
        assert_eq!(line[0], r.row.to_string());
        if let Some(o) = &r.outcome {
            let tech = &o.programmes[0];
            // Exact text, not floats.
            assert_eq!(line[col("科技贷 最高补偿（元）")], tech.figure("max_compensation").unwrap_or(""));
            if let Some(share) = tech.figure("compensation_share") {
                assert!(line[col("科技贷 补偿比例")].ends_with('%'), "{share}");
            }
        }
    }
}

fn huiqi(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_huiqi")).args(args).output().unwrap()
}

#[test]
fn cli_screens_a_list() {
    let dir = std::env::temp_dir().join(format!("huiqi-screen-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let xlsx_out = dir.join("results.xlsx");
    let csv_out = dir.join("results.csv");
    let list = format!("{DIR}/list-50.xlsx");
    let o = huiqi(&["screen", &list, "-o", xlsx_out.to_str().unwrap(), "--as-of", AS_OF]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    assert!(stderr.contains("筛查日期 2022-09-15"), "{stderr}");
    assert!(stderr.contains("50 行，已筛查 44，有错误 5，空行 1"), "{stderr}");
    let engine = Engine::builtin().unwrap();
    let rows = screen_file(&engine, "list-50.xlsx");
    check_xlsx_output(&std::fs::read(&xlsx_out).unwrap(), &rows);

    let list_owned = format!("{DIR}/list-50.gb18030.csv");
    let list = list_owned.as_str();
    let o = huiqi(&["screen", list, "-o", csv_out.to_str().unwrap(), "--as-of", AS_OF, "--threads", "3"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = std::fs::read(&csv_out).unwrap();
    assert!(out.starts_with(b"\xEF\xBB\xBF"));
    let side = std::fs::read_to_string(dir.join("results.规则集.csv")).unwrap();
    assert!(side.contains("henan-tech-loan-2021"), "{side}");

    // Without --as-of the CLI says which date it used.
    let o = huiqi(&["screen", list, "-o", csv_out.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success() && stderr.contains("未指定 --as-of"), "{stderr}");

    // Bad uses: exit 2 with a structured error.
    for args in [
        vec!["screen", "/nonexistent/list.csv", "-o", "x.xlsx"],
        vec!["screen", list, "-o", "x.txt"],
        vec!["screen", list, "-o", "x.csv", "--as-of", "2022/09/15"],
        vec!["screen", list],
        vec!["screen", list, "-o", list],
    ] {
        let o = huiqi(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let v: Value = serde_json::from_slice(&o.stdout).unwrap();
        assert!(v["error"]["message_zh"].as_str().is_some(), "{v}");
    }
    // A file with no header it knows.
    let junk = dir.join("junk.csv");
    std::fs::write(&junk, "a,b,c\n1,2,3\n").unwrap();
    let o = huiqi(&["screen", junk.to_str().unwrap(), "-o", csv_out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stdout).contains("找不到表头"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn template_screens_cleanly() {
    let dir = std::env::temp_dir().join(format!("huiqi-template-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let engine = Engine::builtin().unwrap();
    for name in ["模板.xlsx", "模板.csv"] {
        let path = dir.join(name);
        let o = huiqi(&["screen", "--template", path.to_str().unwrap()]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
        let bytes = std::fs::read(&path).unwrap();
        let mut sink = VecSink::default();
        let info = screen::screen_bytes(&engine, &options(), &bytes, &mut sink, &mut |_| {}).unwrap();
        assert_eq!((info.summary.rows, info.summary.screened), (2, 2), "{name}: {:?}", sink.rows);
        assert!(info.notes.is_empty(), "{name}: {:?}", info.notes);
        let first = sink.rows[0].outcome.as_ref().unwrap();
        assert_eq!(first.region_code, "410724");
        assert_eq!(first.programmes[0].status, "eligible", "the example tech firm qualifies");
    }
    let mut book = calamine::open_workbook_auto(dir.join("模板.xlsx")).unwrap();
    assert_eq!(book.sheet_names(), vec!["名单".to_string(), "说明".to_string()]);
    let help = book.worksheet_range("说明").unwrap();
    assert!(help.rows().any(|r| r.first().map(cell_text).as_deref() == Some("上年度营业收入（万元）")));
    std::fs::remove_dir_all(&dir).unwrap();
}


/// Errors the engine finds (a value out of its range) name the file's column too; units
/// stated in headers apply; a cell's own unit wins.
#[test]
fn engine_errors_and_units() {
    let engine = Engine::builtin().unwrap();
    let csv = "企业名称,所在县（市、区）,从业人员数,营业收入（元）,月租金（万元）,贷款年利率,贷款发放日\n\
               甲,获嘉,99999999,18000000,1.2,4.35,2022-07-01\n\
               乙,410724,10,1800万,12000元,0.0435,2022年7月1日\n\
               丙,新乡市获嘉县,10,1,800,0.5,4.35%,2022-02-30\n";
    let mut sink = VecSink::default();
    screen::screen_bytes(&engine, &Options::new(AS_OF), csv.as_bytes(), &mut sink, &mut |_| {}).unwrap();
    let rows = &sink.rows;
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0].status, RowStatus::Invalid);
    assert_eq!(rows[0].errors[0].column, "从业人员数", "{:?}", rows[0].errors);
    assert_eq!(rows[0].errors[0].row, 2);
    let req: Value = serde_json::from_str(rows[1].request.as_ref().unwrap()).unwrap();
    assert_eq!(req["applicant"]["revenue"], "18000000");
    assert_eq!(req["premises"]["monthly_rent"], "12000");
    assert_eq!(req["loan"]["annual_rate"], "0.0435", "a bare 0.0435 with no % in the header is a fraction");
    assert_eq!(req["loan"]["start_date"], "2022-07-01");
    assert_eq!(rows[1].status, RowStatus::Screened, "{:?}", rows[1].errors);
    // "1,800" unquoted in a CSV is two cells: the row's cells shift, and the shifted
    // rate (0.5 = 50%) and date are caught.
    assert_eq!(rows[2].status, RowStatus::Invalid);
    let cols: Vec<&str> = rows[2].errors.iter().map(|e| e.column.as_str()).collect();
    assert_eq!(cols, vec!["贷款年利率", "贷款发放日"], "{:?}", rows[2].errors);
}

/// The incremental session (for the browser: a few rows at a time on one thread) gives
/// the same rows and counts as `screen`.
#[test]
fn session_in_chunks_matches_screen() {
    let engine = Engine::builtin().unwrap();
    let whole = screen_file(&engine, "list-50.xlsx");
    let rows = screen::read::workbook_rows(&file("list-50.xlsx")).unwrap();
    let mut session = screen::Session::new(&engine, &Options::new(AS_OF));
    let mut got = Vec::new();
    for chunk in rows.chunks(7) {
        got.extend(session.feed(chunk.to_vec()).unwrap());
    }
    assert!(session.header().is_some());
    let (last, info) = session.finish().unwrap();
    got.extend(last);
    assert_eq!(got, whole);
    assert_eq!((info.summary.rows, info.summary.screened, info.summary.invalid, info.summary.empty), (50, 44, 5, 1));

    // A list shorter than the header search: screened at `finish`.
    let short = "企业名称,所在县区,上年度营业收入（万元）\n甲,获嘉,3000\n";
    let rows: Vec<_> = screen::read::CsvRows::new(short.as_bytes()).unwrap().map(Result::unwrap).collect();
    let mut session = screen::Session::new(&engine, &Options::new(AS_OF));
    assert!(session.feed(rows).unwrap().is_empty());
    let (last, info) = session.finish().unwrap();
    assert_eq!(last.len(), 1);
    assert_eq!(last[0].status, RowStatus::Screened);
    assert_eq!(info.summary.screened, 1);
}

/// The screening's decision-and-main-hint evaluation (`Texts::FIRST_HINT_ZH`) sums up to
/// the same outcome as the explained answer, for every golden case in the policy data.
#[test]
fn first_hint_mode_matches_the_explained_answer_on_every_policy_case() {
    use huiqi::response::Texts;
    let engine = Engine::builtin().unwrap();
    let mut files = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/policies"))];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "json") {
                files.push(p);
            }
        }
    }
    let mut compared = 0;
    for f in files {
        let v: Value = serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
        let (Some(id), Some(cases)) = (v["id"].as_str(), v["cases"].as_array()) else { continue };
        for case in cases {
            let Ok(mut req) = huiqi::cases::case_request(&engine, id, case) else { continue };
            req["lang"] = Value::from("zh-CN");
            let text = req.to_string();
            let Ok(explained) = engine.evaluate_json(&text) else { continue };
            let parsed = engine.parse_request(&text).unwrap();
            let fast = screen::outcome_of(&engine.evaluate_with_texts(&parsed, Texts::FIRST_HINT_ZH));
            assert_eq!(fast, summarize(&explained).unwrap(), "{id}: {case}");
            compared += 1;
        }
    }
    assert!(compared > 50, "{compared} cases compared");
}

/// A row's request built typed from its cells (what the screening evaluates) is the one
/// the JSON door reads from the row's JSON text; where the typed build gives up, the door
/// refuses the text too (so the row gets the door's error). Checked on the test list, on
/// the template's example cells, and on values at and past each field's limits.
#[test]
fn typed_request_is_what_the_json_door_reads() {
    use huiqi::screen::columns::{template_header, COLUMNS};
    use huiqi::screen::read::RawRow;
    use huiqi::screen::regions::RegionIndex;
    use huiqi::screen::row::{build_request, find_header, Built, Header, RequestSettings};

    // One column for each field: the door refuses a field given twice, the typed build
    // would keep the last.
    let fields: Vec<&str> = COLUMNS.iter().map(|d| d.field).filter(|f| !f.is_empty()).collect();
    assert_eq!(fields.len(), fields.iter().collect::<BTreeSet<_>>().len(), "a field filled by two columns");

    let engine = Engine::builtin().unwrap();
    let regions = RegionIndex::builtin();
    let (mut typed, mut refused) = (0, 0);
    let mut check = |header: &Header, row: &RawRow, explain: bool| {
        let Built::Request(request) = build_request(header, row, &regions) else { return };
        let settings = RequestSettings { as_of: AS_OF.into(), explain };
        let text = request.to_json(&settings);
        let door = engine.parse_request(&text);
        match request.to_typed(&settings) {
            Some(built) => {
                assert_eq!(engine.resolve_request(built), door, "{text}");
                typed += 1;
            }
            None => {
                assert!(door.is_err(), "the door reads what the typed build gave up on: {text}");
                refused += 1;
            }
        }
    };

    let rows = screen::read::workbook_rows(&file("list-50.xlsx")).unwrap();
    let at = find_header(&rows).unwrap();
    let header = Header::from_row(&rows[at]);
    for row in &rows[at + 1..] {
        check(&header, row, true);
        check(&header, row, false);
    }

    let template = RawRow { line: 1, cells: COLUMNS.iter().map(template_header).collect() };
    let header = Header::from_row(&template);
    let example = |n: usize| RawRow { line: 2, cells: COLUMNS.iter().map(|d| d.examples[n].to_string()).collect() };
    check(&header, &example(0), true);
    check(&header, &example(1), false);
    let limits: &[(&str, &[&str])] = &[
        ("region", &["410724", "419001", "410000", "110000", "新乡"]),
        ("kind", &["个人", "个体户"]),
        ("employees", &["0", "10000000", "10000001", "99999999999"]),
        ("revenue", &["0", "100000000", "100000001", "0.000001"]),
        ("new_hires", &["10000000", "10000001"]),
        ("contract_years", &["0", "50", "50.5", "51"]),
        ("subsidised_loans_before", &["1000", "1001"]),
        ("loan_amount", &["0", "0.01", "100000000", "100000001"]),
        ("term_months", &["0", "1", "600", "601", "50年", "51年"]),
        ("annual_rate", &["0", "36", "0.00000001", "4.35%"]),
        ("start_date", &["1900-01-01", "2199-12-31", "2022-07-01"]),
        ("monthly_rent", &["0", "1000000000000", "1000000000001"]),
        ("tech_status", &["无", "高新技术企业、科技型中小企业"]),
        ("startup_groups", &["无", "化解过剩产能企业职工和失业人员"]),
    ];
    for (key, values) in limits {
        let column = COLUMNS.iter().position(|d| d.key == *key).unwrap();
        for value in *values {
            let mut row = example(0);
            row.cells[column] = (*value).to_string();
            check(&header, &row, true);
        }
    }
    assert!(typed > 100 && refused >= 8, "{typed} typed, {refused} refused");
}

/// `Screener::screen_chunk` on worker threads gives the rows' results in their order, as
/// screening them one by one does.
#[test]
fn a_chunk_on_threads_keeps_the_rows_results_in_order() {
    use huiqi::screen::row::{find_header, Header};
    use huiqi::screen::Screener;
    let engine = Engine::builtin().unwrap();
    let screener = Screener::new(&engine, &Options::new(AS_OF));
    let rows = screen::read::workbook_rows(&file("list-50.xlsx")).unwrap();
    let at = find_header(&rows).unwrap();
    let header = Header::from_row(&rows[at]);
    let data = rows[at + 1..].to_vec();
    let one_by_one: Vec<RowResult> = data.iter().map(|r| screener.screen_row(&header, r.clone())).collect();
    for threads in [1, 2, 3] {
        assert_eq!(screener.screen_chunk(&header, data.clone(), threads), one_by_one, "{threads} threads");
    }
}
