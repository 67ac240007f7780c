//! Writing results: XLSX (rust_xlsxwriter; the workbook is held in memory until the
//! end, so XLSX output is for lists that fit in memory and in Excel's 1,048,576 rows)
//! and CSV with a BOM (streamed row by row: any length). Also the template.

use super::columns::{template_header, Kind, COLUMNS};
use super::row::Header;
use super::{programme_zh, FigureKind, ProgrammeOutcome, RowResult, RowStatus, RunInfo, PROGRAMMES};
use rust_xlsxwriter::{Format, FormatAlign, Workbook, Worksheet, XlsxError};
use std::io::Write;

/// A failure writing results.
#[derive(Debug)]
pub struct WriteError(pub String);

impl From<std::io::Error> for WriteError {
    fn from(e: std::io::Error) -> WriteError {
        WriteError(e.to_string())
    }
}
impl From<XlsxError> for WriteError {
    fn from(e: XlsxError) -> WriteError {
        WriteError(e.to_string())
    }
}

/// Where results go.
pub trait Sink {
    fn begin(&mut self, header: &Header) -> Result<(), WriteError>;
    fn row(&mut self, r: &RowResult) -> Result<(), WriteError>;
    fn finish(&mut self, info: &RunInfo) -> Result<(), WriteError>;
}

/// Results kept in memory (for tests and the browser).
#[derive(Debug, Default)]
pub struct VecSink {
    pub header: Option<Header>,
    pub rows: Vec<RowResult>,
}

impl Sink for VecSink {
    fn begin(&mut self, header: &Header) -> Result<(), WriteError> {
        self.header = Some(header.clone());
        Ok(())
    }
    fn row(&mut self, r: &RowResult) -> Result<(), WriteError> {
        self.rows.push(r.clone());
        Ok(())
    }
    fn finish(&mut self, _: &RunInfo) -> Result<(), WriteError> {
        Ok(())
    }
}

/// One output cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutCell {
    Text(String),
    /// 元, an exact decimal string (an XLSX number cell; CSV text as is).
    Money(String),
    /// A fraction as an exact decimal string (XLSX: a number shown as %; CSV: "55%").
    Percent(String),
    Int(u64),
}

/// A programme status in Chinese.
pub fn status_zh(status: &str) -> &'static str {
    match status {
        "eligible" => "符合",
        "ineligible" => "不符合",
        "needs_info" => "需补充信息",
        "not_in_force" => "不在有效期",
        _ => "",
    }
}

/// An enterprise size class in Chinese.
pub fn size_zh(class: &str) -> &'static str {
    match class {
        "micro" => "微型",
        "small" => "小型",
        "medium" => "中型",
        "large" => "大型",
        "unknown" => "未能判断",
        _ => "",
    }
}

/// Chinese labels of request fields, for 需补充信息.
pub fn field_label_zh(path: &str) -> &str {
    match path {
        "applicant.industry" => "所属行业",
        "applicant.employees" => "从业人员",
        "applicant.revenue" => "上年度营业收入",
        "applicant.total_assets" => "资产总额",
        "applicant.tech_status" => "科技企业资质",
        "applicant.research_cooperation" => "产学研合作",
        "applicant.foreign_trade.trades_abroad" => "有无进出口业务",
        "applicant.foreign_trade.credit_insurance" => "是否投保出口信用保险",
        "applicant.new_hires.count" => "当年新招用人数",
        "applicant.new_hires.contract_years" => "新招用劳动合同年限",
        "applicant.startup_groups" => "创业者所属群体",
        "applicant.subsidised_loans_before" => "已享受创业担保贷款贴息次数",
        "loan.amount" => "贷款金额",
        "loan.term_months" => "贷款期限",
        "loan.annual_rate" => "贷款年利率",
        "loan.collateral_value" => "抵质押物评估值",
        "loan.single_asset_collateral" => "是否单一资产抵押",
        "loan.guarantee" => "担保方式",
        "loan.repayment" => "还款方式",
        "loan.start_date" => "贷款发放日",
        "premises.owner" => "经营场所产权",
        "premises.monthly_rent" => "月租金",
        "premises.sublet" => "是否转租",
        "premises.cannot_operate_normally" => "是否受疫情影响不能正常经营",
        "premises.county_medium_high_risk_2022" => "所在县2022年有无中高风险地区",
        other => other,
    }
}

/// The headers of the result columns, after the input's own: the row's status and
/// errors, region and size, then each programme of [`PROGRAMMES`] (status, figures, rule
/// set, hint), then what is missing.
pub fn result_headers() -> Vec<String> {
    let mut h: Vec<String> = ["筛查结果", "错误说明", "所在县区（识别为）", "企业规模"].iter().map(|s| (*s).to_string()).collect();
    for p in PROGRAMMES {
        h.push(p.name_zh.to_string());
        for (_, name, _) in p.figures {
            h.push(format!("{} {name}", p.short_zh));
        }
        h.push(format!("{} 规则集", p.short_zh));
        h.push(format!("{} 提示", p.short_zh));
    }
    h.push("需补充信息".to_string());
    h
}

/// The text of a row's status (筛查结果).
pub fn row_status_zh(status: RowStatus) -> &'static str {
    match status {
        RowStatus::Screened => "已筛查",
        RowStatus::Invalid => "有错误",
        RowStatus::Empty => "空行（已跳过）",
    }
}

/// A row's errors as one text: 「column」列：message；…
pub fn errors_zh(r: &RowResult) -> String {
    r.errors
        .iter()
        .map(|e| if e.column.is_empty() { e.message_zh.clone() } else { format!("「{}」列：{}", e.column, e.message_zh) })
        .collect::<Vec<_>>()
        .join("；")
}

/// The rule set a result rests on, with the others that also apply.
pub fn rule_set_text(p: &ProgrammeOutcome) -> String {
    if p.other_rule_sets.is_empty() {
        p.rule_set.clone()
    } else {
        format!("{}（另有 {}）", p.rule_set, p.other_rule_sets.join("、"))
    }
}

/// A result cell, borrowed: what [`each_result_cell`] hands over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellRef<'c> {
    Text(&'c str),
    Money(&'c str),
    Percent(&'c str),
}

impl CellRef<'_> {
    fn to_owned_cell(self) -> OutCell {
        match self {
            CellRef::Text(s) => OutCell::Text(s.to_string()),
            CellRef::Money(s) => OutCell::Money(s.to_string()),
            CellRef::Percent(s) => OutCell::Percent(s.to_string()),
        }
    }
}

/// The result cells of a row, matching `result_headers`, each handed to `f` as it is
/// made (a cell put together from parts is written in `scratch`): the one definition of
/// the cells, for [`result_cells`] and for the CSV sink, which writes them without a
/// `String` each (about 40 allocations a row fewer).
pub fn each_result_cell<E>(r: &RowResult, scratch: &mut String, f: &mut dyn FnMut(CellRef<'_>) -> Result<(), E>) -> Result<(), E> {
    use std::fmt::Write as _;
    f(CellRef::Text(row_status_zh(r.status)))?;
    scratch.clear();
    for (i, e) in r.errors.iter().enumerate() {
        if i > 0 {
            scratch.push('；');
        }
        if e.column.is_empty() {
            scratch.push_str(&e.message_zh);
        } else {
            let _ = write!(scratch, "「{}」列：{}", e.column, e.message_zh);
        }
    }
    f(CellRef::Text(scratch))?;
    let empty = super::Outcome::default();
    let o = r.outcome.as_ref().unwrap_or(&empty);
    scratch.clear();
    if !o.region_zh.is_empty() {
        let _ = write!(scratch, "{}（{}）", o.region_zh, o.region_code);
    }
    f(CellRef::Text(scratch))?;
    f(CellRef::Text(size_zh(&o.size_class)))?;
    for cols in PROGRAMMES {
        let p = o.programmes.iter().find(|x| x.programme == cols.programme);
        f(CellRef::Text(p.map_or("", |p| status_zh(&p.status))))?;
        for (key, _, kind) in cols.figures {
            f(match p.and_then(|p| p.figure(key)) {
                None => CellRef::Text(""),
                Some(v) => match kind {
                    FigureKind::Money => CellRef::Money(v),
                    FigureKind::Percent => CellRef::Percent(v),
                },
            })?;
        }
        scratch.clear();
        if let Some(p) = p {
            scratch.push_str(&p.rule_set);
            if !p.other_rule_sets.is_empty() {
                let _ = write!(scratch, "（另有 {}）", p.other_rule_sets.join("、"));
            }
        }
        f(CellRef::Text(scratch))?;
        f(CellRef::Text(p.and_then(|p| p.hint_zh.as_deref()).unwrap_or_default()))?;
    }
    scratch.clear();
    for (i, m) in o.missing_fields.iter().enumerate() {
        if i > 0 {
            scratch.push('、');
        }
        scratch.push_str(field_label_zh(m));
    }
    f(CellRef::Text(scratch))
}

/// The result cells of a row, matching `result_headers`.
pub fn result_cells(r: &RowResult) -> Vec<OutCell> {
    let mut out = Vec::with_capacity(32);
    let _ = each_result_cell::<()>(r, &mut String::new(), &mut |c| {
        out.push(c.to_owned_cell());
        Ok(())
    });
    out
}

/// "0.55" → "55%", exactly (the decimal point moved two places).
pub fn percent_text(fraction: &str) -> String {
    let mut out = String::new();
    write_percent(fraction, &mut out);
    out
}

/// `percent_text`, appended to `out`.
fn write_percent(fraction: &str, out: &mut String) {
    match rust_decimal::Decimal::from_str_exact(fraction) {
        Ok(d) => match d.checked_mul(rust_decimal::Decimal::ONE_HUNDRED) {
            Some(p) => {
                // Without trailing zeros, as `p.normalize()` prints.
                crate::money::write_decimal(out, p);
                out.push('%');
            }
            None => out.push_str(fraction),
        },
        Err(_) => out.push_str(fraction),
    }
}

/// A result cell as CSV (and the page) writes it.
pub fn csv_cell(c: &OutCell) -> String {
    match c {
        OutCell::Text(s) | OutCell::Money(s) => s.clone(),
        OutCell::Percent(s) => percent_text(s),
        OutCell::Int(n) => n.to_string(),
    }
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Whether a CSV field needs quotes: it holds a comma, a quote or a line break.
fn needs_quotes(bytes: &[u8]) -> bool {
    // Every byte looked at, without an early exit: branch-free, this took a third fewer
    // instructions than `any` and than memchr (whose set-up outweighs short fields).
    bytes.iter().fold(false, |found, b| found | matches!(b, b',' | b'"' | b'\n' | b'\r'))
}

/// CSV as the csv crate's writer makes it with its defaults: fields joined by commas, a
/// field quoted only when it holds a comma, a quote or a line break (its quotes doubled),
/// each record ended by `\n`, and a record of no bytes at all written `""` (not a blank
/// line). A record is put together in a reused buffer and written whole: the crate's
/// writer, field by field, took 14,000 instructions a result row (about 60 fields, 1 KB).
pub struct CsvWriter<W: Write> {
    out: W,
    record: Vec<u8>,
    fields: usize,
}

impl<W: Write> CsvWriter<W> {
    pub fn new(out: W) -> CsvWriter<W> {
        CsvWriter { out, record: Vec::with_capacity(4096), fields: 0 }
    }

    /// The next field of the record.
    pub fn field(&mut self, text: &str) {
        if self.fields > 0 {
            self.record.push(b',');
        }
        self.fields = self.fields.saturating_add(1);
        let bytes = text.as_bytes();
        if !needs_quotes(bytes) {
            self.record.extend_from_slice(bytes);
            return;
        }
        self.record.push(b'"');
        for (i, part) in bytes.split(|b| *b == b'"').enumerate() {
            if i > 0 {
                self.record.extend_from_slice(b"\"\"");
            }
            self.record.extend_from_slice(part);
        }
        self.record.push(b'"');
    }

    /// End the record and write it.
    pub fn end_record(&mut self) -> std::io::Result<()> {
        if self.record.is_empty() {
            self.record.extend_from_slice(b"\"\"");
        }
        self.record.push(b'\n');
        let written = self.out.write_all(&self.record);
        self.record.clear();
        self.fields = 0;
        written
    }

    /// A whole record.
    pub fn record<T: AsRef<str>>(&mut self, fields: impl IntoIterator<Item = T>) -> std::io::Result<()> {
        for f in fields {
            self.field(f.as_ref());
        }
        self.end_record()
    }

    pub fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }

    /// The writer, flushed.
    pub fn into_inner(mut self) -> std::io::Result<W> {
        self.out.flush()?;
        Ok(self.out)
    }
}

/// Results as CSV (UTF-8 with BOM, so Excel and WPS open it right), streamed. The rule
/// sets go to a second writer when one is given.
pub struct CsvSink<W: Write> {
    out: CsvWriter<W>,
    inputs: usize,
    rule_sets: Option<Box<dyn Write + 'static>>,
    /// Reused for the cells made from parts and for percentages.
    scratch: String,
    percent: String,
}

impl<W: Write> CsvSink<W> {
    pub fn new(mut w: W) -> Result<CsvSink<W>, WriteError> {
        w.write_all(BOM)?;
        Ok(CsvSink { out: CsvWriter::new(w), inputs: 0, rule_sets: None, scratch: String::new(), percent: String::new() })
    }

    /// Also write the rule sets used (and the run's notes) as a CSV there.
    pub fn with_rule_sets(mut self, w: Box<dyn Write + 'static>) -> CsvSink<W> {
        self.rule_sets = Some(w);
        self
    }

    /// The inner writer, flushed (after `finish`).
    pub fn into_inner(self) -> Result<W, WriteError> {
        Ok(self.out.into_inner()?)
    }
}

impl<W: Write> Sink for CsvSink<W> {
    fn begin(&mut self, header: &Header) -> Result<(), WriteError> {
        let mut rec: Vec<String> = vec!["行号".to_string()];
        rec.extend(header.names.iter().cloned());
        rec.extend(result_headers());
        self.inputs = header.names.len();
        self.out.record(&rec)?;
        Ok(())
    }

    // Field by field, as `csv_cell` would write each of `result_cells`, without a
    // `String` per cell.
    fn row(&mut self, r: &RowResult) -> Result<(), WriteError> {
        use std::fmt::Write as _;
        let out = &mut self.out;
        self.percent.clear();
        let _ = write!(self.percent, "{}", r.row);
        out.field(&self.percent);
        for c in r.cells.iter().take(self.inputs) {
            out.field(c);
        }
        for _ in r.cells.len()..self.inputs {
            out.field("");
        }
        let percent = &mut self.percent;
        // Fields go into the record's buffer: nothing here can fail.
        let _ = each_result_cell::<std::convert::Infallible>(r, &mut self.scratch, &mut |c| {
            match c {
                CellRef::Text(s) | CellRef::Money(s) => out.field(s),
                CellRef::Percent(s) => {
                    percent.clear();
                    write_percent(s, percent);
                    out.field(percent.as_str());
                }
            }
            Ok(())
        });
        out.end_record()?;
        Ok(())
    }

    fn finish(&mut self, info: &RunInfo) -> Result<(), WriteError> {
        self.out.flush()?;
        if let Some(w) = self.rule_sets.as_mut() {
            w.write_all(BOM)?;
            let mut c = CsvWriter::new(w);
            for row in run_info_rows(info) {
                c.record(&row)?;
            }
            c.flush()?;
        }
        Ok(())
    }
}

fn quality_zh(q: &str) -> &str {
    match q {
        "official" => "正式文件",
        "draft" => "征求意见稿",
        "press_summary" => "据新闻报道",
        other => other,
    }
}

/// The second sheet: the run, the rule sets (used or not) and the notes.
pub fn run_info_rows(info: &RunInfo) -> Vec<Vec<String>> {
    let s = &info.summary;
    let mut rows = vec![
        vec!["筛查日期（as_of）".to_string(), info.as_of.clone()],
        vec!["引擎".to_string(), info.engine.clone()],
        vec!["数据行".to_string(), s.rows.to_string()],
        vec!["已筛查".to_string(), s.screened.to_string()],
        vec!["有错误".to_string(), s.invalid.to_string()],
        vec!["空行".to_string(), s.empty.to_string()],
    ];
    for (p, n) in &s.eligible {
        let count = if s.out_of_period(p) { "筛查日期不在有效期".to_string() } else { n.to_string() };
        rows.push(vec![format!("{}：符合", programme_zh(p)), count]);
    }
    rows.push(Vec::new());
    rows.push(
        ["规则集", "政策", "名称", "生效日期", "截止日期", "来源", "本次用到"]
            .iter()
            .map(|s| (*s).to_string())
            .collect(),
    );
    for r in &info.rule_sets {
        rows.push(vec![
            r.id.clone(),
            programme_zh(&r.programme).to_string(),
            r.title_zh.clone(),
            r.effective_from.clone().unwrap_or_default(),
            r.effective_to.clone().unwrap_or_else(|| "（长期）".to_string()),
            quality_zh(&r.source_quality).to_string(),
            if info.used.contains(&r.id) { "是" } else { "否" }.to_string(),
        ]);
    }
    if !info.notes.is_empty() {
        rows.push(Vec::new());
        rows.push(vec!["说明".to_string()]);
        for n in &info.notes {
            rows.push(vec![n.clone()]);
        }
    }
    rows
}

/// Excel's last row (0-based).
const MAX_XLSX_ROW: u32 = 1_048_575;

/// Results as XLSX: sheet 筛查结果 (one row per firm) and sheet 规则集.
pub struct XlsxSink<W: Write + Send> {
    out: Option<W>,
    book: Workbook,
    sheet: Worksheet,
    next_row: u32,
    columns: u16,
    inputs: usize,
    bold: Format,
    percent: Format,
    money: Format,
    plain: Format,
}

impl<W: Write + Send> XlsxSink<W> {
    /// The whole workbook is built in memory (about 8 KB per row): for lists of up to a
    /// few hundred thousand rows. Nothing is written before `finish`.
    pub fn new(w: W) -> XlsxSink<W> {
        Self::build(w, Workbook::new(), Worksheet::new())
    }

    /// Rows are written out as they come to a temporary file in the system's temporary
    /// directory (rust_xlsxwriter's constant-memory mode), so memory stays flat up to
    /// Excel's 1,048,576 rows. Native only: for the CLI.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn constant_memory(w: W) -> XlsxSink<W> {
        let mut book = Workbook::new();
        let sheet = book.new_worksheet_with_constant_memory();
        Self::build(w, book, sheet)
    }

    fn build(w: W, book: Workbook, sheet: Worksheet) -> XlsxSink<W> {
        XlsxSink {
            out: Some(w),
            book,
            sheet,
            next_row: 0,
            columns: 0,
            inputs: 0,
            bold: Format::new().set_bold().set_background_color("#DDEBF7").set_text_wrap().set_align(FormatAlign::Top),
            percent: Format::new().set_num_format("0.00%"),
            money: Format::new().set_num_format("#,##0.##"),
            plain: Format::new(),
        }
    }

    fn write_cell(&mut self, row: u32, col: u16, c: &OutCell) -> Result<(), WriteError> {
        match c {
            OutCell::Text(s) if s.is_empty() => {}
            OutCell::Text(s) => {
                self.sheet.write_string_with_format(row, col, s, &self.plain)?;
            }
            OutCell::Money(s) => match s.parse::<f64>() {
                Ok(v) => {
                    self.sheet.write_number_with_format(row, col, v, &self.money)?;
                }
                Err(_) => {
                    self.sheet.write_string(row, col, s)?;
                }
            },
            OutCell::Percent(s) => match s.parse::<f64>() {
                Ok(v) => {
                    self.sheet.write_number_with_format(row, col, v, &self.percent)?;
                }
                Err(_) => {
                    self.sheet.write_string(row, col, s)?;
                }
            },
            OutCell::Int(n) => {
                self.sheet.write_number(row, col, u32::try_from(*n).map(f64::from).unwrap_or(f64::MAX))?;
            }
        }
        Ok(())
    }
}

fn col_index(i: usize) -> u16 {
    u16::try_from(i).unwrap_or(u16::MAX)
}

impl<W: Write + Send> Sink for XlsxSink<W> {
    fn begin(&mut self, header: &Header) -> Result<(), WriteError> {
        self.sheet.set_name("筛查结果")?;
        let mut names: Vec<String> = vec!["行号".to_string()];
        names.extend(header.names.iter().cloned());
        names.extend(result_headers());
        let inputs = header.names.len();
        for (i, n) in names.iter().enumerate() {
            let col = col_index(i);
            self.sheet.write_string_with_format(0, col, n, &self.bold)?;
            let width = if i == 0 {
                6.0
            } else if i <= inputs {
                14.0
            } else if n.ends_with("提示") || n.starts_with("错误") || n.starts_with("需补充") {
                40.0
            } else {
                13.0
            };
            self.sheet.set_column_width(col, width)?;
        }
        self.sheet.set_row_height(0, 32.0)?;
        self.sheet.set_freeze_panes(1, 0)?;
        self.columns = col_index(names.len());
        self.inputs = inputs;
        self.next_row = 1;
        Ok(())
    }

    fn row(&mut self, r: &RowResult) -> Result<(), WriteError> {
        let row = self.next_row;
        if row > MAX_XLSX_ROW {
            return Err(WriteError(
                "超过 Excel 的行数上限（1,048,576 行）：请输出 CSV（-o 结果.csv）".to_string(),
            ));
        }
        self.sheet.write_number(row, 0, u32::try_from(r.row).map(f64::from).unwrap_or(f64::MAX))?;
        let mut col: u16 = 1;
        // Cells beyond the header's columns have no header: left out.
        for c in r.cells.iter().take(self.inputs) {
            if !c.is_empty() {
                self.sheet.write_string(row, col, c)?;
            }
            col = col.saturating_add(1);
        }
        let mut col = col_index(self.inputs.saturating_add(1));
        for c in result_cells(r) {
            self.write_cell(row, col, &c)?;
            col = col.saturating_add(1);
        }
        self.next_row = row.saturating_add(1);
        Ok(())
    }

    fn finish(&mut self, info: &RunInfo) -> Result<(), WriteError> {
        let last = self.next_row.saturating_sub(1);
        if self.columns > 0 {
            self.sheet.autofilter(0, 0, last.max(1), self.columns.saturating_sub(1))?;
        }
        let sheet = std::mem::replace(&mut self.sheet, Worksheet::new());
        self.book.push_worksheet(sheet);
        let mut second = Worksheet::new();
        second.set_name("规则集")?;
        second.set_column_width(0, 34.0)?;
        second.set_column_width(2, 60.0)?;
        for (r, cells) in run_info_rows(info).iter().enumerate() {
            let r = u32::try_from(r).unwrap_or(MAX_XLSX_ROW);
            for (c, v) in cells.iter().enumerate() {
                second.write_string(r, col_index(c), v)?;
            }
        }
        self.book.push_worksheet(second);
        if let Some(mut w) = self.out.take() {
            // Streamed into the writer: the zipped workbook is not held in memory too.
            self.book.save_to_writer(&mut w)?;
            w.flush()?;
        }
        Ok(())
    }
}

/// The template's header row.
pub fn template_headers() -> Vec<String> {
    COLUMNS.iter().map(template_header).collect()
}

/// The template as CSV (UTF-8 with BOM): the header and two example rows.
pub fn write_template_csv(w: &mut dyn Write) -> Result<(), WriteError> {
    w.write_all(BOM)?;
    let mut c = CsvWriter::new(w);
    c.record(template_headers())?;
    for i in 0..2 {
        c.record(COLUMNS.iter().map(|d| d.examples.get(i).copied().unwrap_or("")))?;
    }
    c.flush()?;
    Ok(())
}

fn unit_words(kind: Kind, header: &str) -> &'static str {
    match kind {
        Kind::Money if header.contains("（元）") => "元（表头可改为万元）",
        Kind::Money => "万元（表头可改为元）",
        Kind::Rate => "%",
        Kind::Count => "整数",
        Kind::Months => "月",
        Kind::Years => "年",
        Kind::Bool => "是/否",
        Kind::Date => "日期",
        _ => "",
    }
}

/// The template as XLSX: sheet 名单 (header and two example rows) and sheet 说明.
pub fn write_template_xlsx(w: &mut dyn Write) -> Result<(), WriteError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold().set_background_color("#DDEBF7").set_text_wrap().set_align(FormatAlign::Top);
    let required = Format::new().set_bold().set_background_color("#FCE4D6").set_text_wrap().set_align(FormatAlign::Top);
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let list = book.add_worksheet();
    list.set_name("名单")?;
    for (i, (def, h)) in COLUMNS.iter().zip(template_headers()).enumerate() {
        let col = col_index(i);
        list.write_string_with_format(0, col, &h, if def.required { &required } else { &bold })?;
        list.set_column_width(col, if def.key == "name" { 26.0 } else { 14.0 })?;
        for (r, ex) in def.examples.iter().enumerate() {
            if ex.is_empty() {
                continue;
            }
            let row = u32::try_from(r).unwrap_or(0).saturating_add(1);
            let numeric = matches!(def.kind, Kind::Money | Kind::Rate | Kind::Count | Kind::Months | Kind::Years);
            match ex.parse::<f64>() {
                Ok(v) if numeric => {
                    list.write_number(row, col, v)?;
                }
                _ => {
                    list.write_string(row, col, *ex)?;
                }
            }
        }
    }
    list.set_row_height(0, 32.0)?;
    list.set_freeze_panes(1, 0)?;
    let help = book.add_worksheet();
    help.set_name("说明")?;
    help.write_string_with_format(0, 0, "每行一家企业（个体工商户、创业者），第1行为表头。列的顺序可以调整，不用的列可以删除；表头可写全角或半角，单位写在括号里（万元/元）。只有“所在县区”必填；其余不清楚的留空，结果会列出需补充的信息。所有计算都在本机完成，名单不会上传。", &wrap)?;
    help.set_row_height(0, 48.0)?;
    for (c, h) in ["列名", "必填", "单位", "怎么填", "示例"].iter().enumerate() {
        help.write_string_with_format(2, col_index(c), *h, &bold)?;
    }
    help.set_column_width(0, 30.0)?;
    help.set_column_width(1, 6.0)?;
    help.set_column_width(2, 18.0)?;
    help.set_column_width(3, 70.0)?;
    help.set_column_width(4, 24.0)?;
    for (i, (def, h)) in COLUMNS.iter().zip(template_headers()).enumerate() {
        let row = u32::try_from(i).unwrap_or(0).saturating_add(3);
        help.write_string(row, 0, &h)?;
        help.write_string(row, 1, if def.required { "是" } else { "" })?;
        help.write_string(row, 2, unit_words(def.kind, &h))?;
        help.write_string_with_format(row, 3, def.help, &wrap)?;
        help.write_string(row, 4, def.examples.iter().filter(|e| !e.is_empty()).copied().collect::<Vec<_>>().join(" / "))?;
    }
    let bytes = book.save_to_buffer()?;
    w.write_all(&bytes)?;
    w.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `CsvWriter` writes what the csv crate's writer (its defaults) writes.
    #[test]
    fn csv_writer_matches_the_csv_crate() {
        let records: &[&[&str]] = &[
            &["行号", "企业名称", "备注"],
            &["1", "1,800", "他说\"好\"", "a\nb", "c\rd", "", "获嘉县（410724）"],
            &[""],
            &[],
            &["", ""],
            &["\"", ",", "x,\"y\"\r\n"],
        ];
        let mut ours = CsvWriter::new(Vec::new());
        for r in records {
            ours.record(r.iter()).unwrap();
        }
        let mut theirs = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
        for r in records {
            theirs.write_record(r.iter()).unwrap();
        }
        let theirs = theirs.into_inner().unwrap();
        assert_eq!(String::from_utf8(ours.into_inner().unwrap()).unwrap(), String::from_utf8(theirs).unwrap());
    }

    /// A percentage reads as `normalize` prints the decimal.
    #[test]
    fn percent_text_is_the_normalized_percentage() {
        for fraction in ["0.55", "0.0435", "1", "0", "0.000", "-0", "0.10", "0.00001", "12.5", "0.3333333333333333333333333333"] {
            let d = rust_decimal::Decimal::from_str_exact(fraction).unwrap();
            let normalized = format!("{}%", (d * rust_decimal::Decimal::ONE_HUNDRED).normalize());
            assert_eq!(percent_text(fraction), normalized, "{fraction}");
        }
        assert_eq!(percent_text("0.55"), "55%");
        assert_eq!(percent_text("abc"), "abc");
    }
}
