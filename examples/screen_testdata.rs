//! Test data for `huiqi screen`.
//!
//! `cargo run --example screen_testdata` makes `tests/screen/list-50.xlsx` from
//! `tests/screen/list-50.utf8.csv` (run `tests/screen/make_lists.py` first): the same
//! rows, with numbers as number cells, ISO dates as date cells, the title row merged
//! across the columns and the header cell 备注 merged over the empty one after it.
//!
//! `cargo run --release --example screen_testdata -- big N OUT.csv` writes a CSV of N
//! rows (the 50 rows repeated, bad ones included) for the benchmark.

use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, Workbook};
use std::error::Error;
use std::io::{BufWriter, Write};

fn read_csv(path: &str) -> Result<Vec<Vec<String>>, Box<dyn Error>> {
    let mut r = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_path(path)?;
    let mut rows = Vec::new();
    for rec in r.records() {
        let rec = rec?;
        rows.push(rec.iter().map(|s| s.trim_start_matches('\u{feff}').to_string()).collect());
    }
    Ok(rows)
}

fn is_plain_number(s: &str) -> bool {
    !s.is_empty()
        && s.len() < 15
        && s.chars().all(|c| c.is_ascii_digit() || c == '.')
        && s.matches('.').count() <= 1
        && !s.starts_with('0')
        || s == "0"
}

fn xlsx(rows: &[Vec<String>], out: &str) -> Result<(), Box<dyn Error>> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("走访名单")?;
    let title = Format::new().set_bold().set_font_size(14).set_align(FormatAlign::Center);
    let head = Format::new().set_bold().set_background_color("#DDEBF7").set_text_wrap();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let width = rows.iter().map(Vec::len).max().unwrap_or(1);
    let last_col = u16::try_from(width.saturating_sub(1))?;
    for (r, row) in rows.iter().enumerate() {
        let r32 = u32::try_from(r)?;
        if r == 0 {
            sheet.merge_range(0, 0, 0, last_col, row.first().map_or("", String::as_str), &title)?;
            continue;
        }
        for (c, cell) in row.iter().enumerate() {
            let c16 = u16::try_from(c)?;
            if r == 1 {
                let next_empty = row.get(c + 1).is_some_and(String::is_empty);
                if cell.is_empty() {
                    if c > 0 && !row[c - 1].is_empty() {
                        // The empty header cell after 备注: merged into 备注's cell.
                        sheet.merge_range(1, c16 - 1, 1, c16, &row[c - 1], &head)?;
                    }
                } else if !next_empty {
                    sheet.write_string_with_format(1, c16, cell, &head)?;
                }
                continue;
            }
            if cell.is_empty() {
                continue;
            }
            // 序号 (column A) and 统一社会信用代码 stay text where a code, numbers otherwise.
            if c != 2 && c != 30 && is_plain_number(cell) {
                sheet.write_number(r32, c16, cell.parse::<f64>()?)?;
            } else if cell.len() == 10 && cell.as_bytes().get(4) == Some(&b'-') {
                let d = ExcelDateTime::parse_from_str(cell)?;
                sheet.write_datetime_with_format(r32, c16, &d, &date)?;
            } else {
                sheet.write_string(r32, c16, cell)?;
            }
        }
    }
    book.save(out)?;
    Ok(())
}

fn big(n: usize, src: &[Vec<String>], out: &str) -> Result<(), Box<dyn Error>> {
    let mut w = BufWriter::with_capacity(1 << 20, std::fs::File::create(out)?);
    w.write_all(b"\xEF\xBB\xBF")?;
    let mut c = csv::Writer::from_writer(w);
    c.write_record(&src[1])?;
    let body = &src[2..];
    for i in 0..n {
        c.write_record(&body[i % body.len()])?;
    }
    c.flush()?;
    Ok(())
}

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/screen");
    let rows = read_csv(&format!("{dir}/list-50.utf8.csv"))?;
    if args.first().map(String::as_str) == Some("big") {
        let n: usize = args.get(1).ok_or("big N OUT.csv")?.parse()?;
        let out = args.get(2).ok_or("big N OUT.csv")?;
        return big(n, &rows, out);
    }
    xlsx(&rows, &format!("{dir}/list-50.xlsx"))?;
    println!("wrote {dir}/list-50.xlsx");
    Ok(())
}
