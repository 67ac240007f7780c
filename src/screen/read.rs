//! Reading a list: CSV (UTF-8 with or without BOM, else GB18030 as WPS and older Excel
//! write it; comma, semicolon or tab) as a stream of rows, and XLSX/XLS from bytes.
//!
//! Every row comes out as text cells: an XLSX number as Rust's shortest round-trip
//! text of its f64, a date cell as `YYYY-MM-DD`, a boolean as 是/否.

use calamine::{Data, Reader};
use std::io::{self, Cursor, Read};

/// One row as the spreadsheet shows it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RawRow {
    /// The row number a spreadsheet shows (the first row is 1).
    pub line: u64,
    pub cells: Vec<String>,
}

/// What kind of file the bytes are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    /// A zip: XLSX.
    Zip,
    /// An OLE compound file: XLS.
    Ole,
}

/// Sniff the format from the first bytes.
pub fn sniff(head: &[u8]) -> Format {
    if head.starts_with(b"PK\x03\x04") {
        Format::Zip
    } else if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        Format::Ole
    } else {
        Format::Csv
    }
}

/// The text encoding of a CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Gb18030,
}

impl Encoding {
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Gb18030 => "GB18030",
        }
    }
}

/// A reading failure that stops the whole list (the file itself cannot be read).
#[derive(Debug)]
pub struct ReadError {
    pub message_zh: String,
    pub message_en: String,
}

impl ReadError {
    fn new(zh: impl Into<String>, en: impl Into<String>) -> ReadError {
        ReadError { message_zh: zh.into(), message_en: en.into() }
    }
}

impl From<io::Error> for ReadError {
    fn from(e: io::Error) -> ReadError {
        ReadError::new(format!("读取文件出错：{e}"), format!("reading the file failed: {e}"))
    }
}

/// Valid UTF-8, allowing a sequence cut off at the end of the sample.
fn looks_utf8(sample: &[u8]) -> bool {
    match std::str::from_utf8(sample) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none(),
    }
}

/// The delimiter of the first line: the most frequent of `,`, `;` and tab outside quotes.
fn sniff_delimiter(sample: &[u8]) -> u8 {
    let (mut c, mut s, mut t) = (0usize, 0usize, 0usize);
    let mut quoted = false;
    for &b in sample {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            b',' if !quoted => c = c.saturating_add(1),
            b';' if !quoted => s = s.saturating_add(1),
            b'\t' if !quoted => t = t.saturating_add(1),
            _ => {}
        }
    }
    if t > c && t >= s {
        b'\t'
    } else if s > c {
        b';'
    } else {
        b','
    }
}

/// Makes each blank line (outside quotes) a record of two empty cells: the CSV reader
/// skips blank lines, but a spreadsheet shows them as rows, and row numbers must match
/// what the user sees. Quoted line breaks stay inside their cell.
pub struct BlankLines<R: Read> {
    inner: R,
    delimiter: u8,
    in_quotes: bool,
    /// Bytes on the current line so far (a `\r` does not count).
    line_len: usize,
    buf: Vec<u8>,
}

impl<R: Read> BlankLines<R> {
    pub fn new(inner: R, delimiter: u8) -> BlankLines<R> {
        BlankLines { inner, delimiter, in_quotes: false, line_len: 0, buf: vec![0; 64 * 1024] }
    }
}

impl<R: Read> Read for BlankLines<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        // Each input byte becomes at most two: read at most half of what fits.
        let want = (out.len() / 2).clamp(1, self.buf.len());
        let Some(buf) = self.buf.get_mut(..want) else { return Ok(0) };
        let n = self.inner.read(buf)?;
        let mut rest = buf.get(..n).unwrap_or_default();
        let mut w = 0usize;
        let mut put = |bytes: &[u8]| {
            let fit = bytes.len().min(out.len().saturating_sub(w));
            if let (Some(to), Some(from)) = (out.get_mut(w..w.saturating_add(fit)), bytes.get(..fit)) {
                to.copy_from_slice(from);
                w = w.saturating_add(fit);
            }
        };
        while !rest.is_empty() {
            // The bytes up to the next quote or line break are copied as they are.
            let run = memchr::memchr3(b'"', b'\n', b'\r', rest).unwrap_or(rest.len());
            let (plain, tail) = rest.split_at(run);
            put(plain);
            self.line_len = self.line_len.saturating_add(run);
            let Some((&b, after)) = tail.split_first() else { break };
            rest = after;
            match b {
                b'"' => {
                    self.in_quotes = !self.in_quotes;
                    self.line_len = self.line_len.saturating_add(1);
                }
                b'\n' if !self.in_quotes => {
                    if self.line_len == 0 {
                        put(&[self.delimiter]);
                    }
                    self.line_len = 0;
                }
                b'\r' => {}
                // A line break inside quotes.
                _ => self.line_len = self.line_len.saturating_add(1),
            }
            put(&[b]);
        }
        Ok(w)
    }
}

/// Rows of a CSV, read as a stream: memory stays bounded however long the file.
pub struct CsvRows<R: Read> {
    reader: csv::Reader<BlankLines<io::Chain<Cursor<Vec<u8>>, R>>>,
    line: u64,
    record: csv::ByteRecord,
    encoding: Encoding,
}

const SNIFF_BYTES: usize = 64 * 1024;

impl<R: Read> CsvRows<R> {
    /// Start reading: the first 64 KiB decide the encoding and the delimiter.
    pub fn new(mut input: R) -> Result<CsvRows<R>, ReadError> {
        let mut head = Vec::with_capacity(SNIFF_BYTES);
        (&mut input).take(u64::try_from(SNIFF_BYTES).unwrap_or(u64::MAX)).read_to_end(&mut head)?;
        if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
            return Err(ReadError::new(
                "这是 UTF-16 编码的文本（Excel 的“Unicode 文本”）：请在 Excel 或 WPS 中另存为“CSV UTF-8（逗号分隔）”或 .xlsx 后再筛查",
                "the file is UTF-16 text (Excel's Unicode Text); save it as CSV UTF-8 or .xlsx",
            ));
        }
        let encoding = if head.starts_with(&[0xEF, 0xBB, 0xBF]) {
            head.drain(..3);
            Encoding::Utf8
        } else if looks_utf8(&head) {
            Encoding::Utf8
        } else {
            Encoding::Gb18030
        };
        let delimiter = sniff_delimiter(&head);
        let reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .buffer_capacity(256 * 1024)
            .from_reader(BlankLines::new(Cursor::new(head).chain(input), delimiter));
        Ok(CsvRows { reader, line: 0, record: csv::ByteRecord::new(), encoding })
    }

    pub fn encoding(&self) -> Encoding {
        self.encoding
    }

    /// Bytes read so far (about: blank lines count twice), for a progress bar.
    pub fn position(&self) -> u64 {
        self.reader.position().byte()
    }

    fn decode(&self, bytes: &[u8]) -> String {
        match self.encoding {
            Encoding::Utf8 => match std::str::from_utf8(bytes) {
                Ok(s) => s.to_string(),
                // A stray GB18030 cell in a UTF-8 file (pasted in another editor).
                Err(_) => encoding_rs::GB18030.decode_without_bom_handling(bytes).0.into_owned(),
            },
            Encoding::Gb18030 => encoding_rs::GB18030.decode_without_bom_handling(bytes).0.into_owned(),
        }
    }
}

impl<R: Read> Iterator for CsvRows<R> {
    type Item = Result<RawRow, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        match self.reader.read_byte_record(&mut self.record) {
            Ok(false) => None,
            Ok(true) => {
                // One record is one row, as a spreadsheet shows it (blank lines are
                // records too, see `BlankLines`; a quoted line break is inside its cell).
                self.line = self.line.saturating_add(1);
                let line = self.line;
                // A UTF-8 record is checked once, not cell by cell: a cell of it is
                // valid UTF-8 exactly when it starts and ends on a character boundary.
                let whole = match self.encoding {
                    Encoding::Utf8 => std::str::from_utf8(self.record.as_slice()).ok(),
                    Encoding::Gb18030 => None,
                };
                let cells = (0..self.record.len())
                    .map(|i| {
                        let range = self.record.range(i).unwrap_or_default();
                        match whole.and_then(|text| text.get(range.clone())) {
                            Some(cell) => cell.to_string(),
                            None => self.decode(self.record.as_slice().get(range).unwrap_or_default()),
                        }
                    })
                    .collect();
                Some(Ok(RawRow { line, cells }))
            }
            Err(e) => Some(Err(match e.into_kind() {
                csv::ErrorKind::Io(io) => ReadError::from(io),
                other => ReadError::new(format!("CSV 格式有误：{other:?}"), format!("bad CSV: {other:?}")),
            })),
        }
    }
}

/// A cell of a workbook as text.
fn cell_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        // Shortest text that reads back as the same f64: 1800, 0.18, 22.05.
        Data::Float(f) => format!("{f}"),
        Data::Bool(b) => if *b { "是" } else { "否" }.to_string(),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, day, ..) = dt.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{day:02}")
        }
        Data::DateTime(dt) => format!("{}", dt.as_f64()),
        Data::DateTimeIso(s) => s.get(..10).unwrap_or(s).to_string(),
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

/// Rows of the first sheet that holds data (a sheet named 说明 is skipped), with
/// spreadsheet row numbers; columns start at A whatever the used range.
pub fn workbook_rows(bytes: &[u8]) -> Result<Vec<RawRow>, ReadError> {
    let cannot = |e: &dyn std::fmt::Display| {
        ReadError::new(
            format!("无法打开电子表格（{e}）：请确认是 .xlsx 或 .xls 文件且未加密"),
            format!("cannot open the workbook: {e}"),
        )
    };
    // XLSX or XLS only, by their first bytes: the other formats calamine reads (XLSB, ODS)
    // are left out, so the browser's screening wasm does not carry their readers.
    match sniff(bytes) {
        Format::Ole => rows_of(calamine::Xls::new(Cursor::new(bytes)).map_err(|e| cannot(&e))?),
        _ => rows_of(calamine::Xlsx::new(Cursor::new(bytes)).map_err(|e| cannot(&e))?),
    }
}

fn rows_of<RS: std::io::Read + std::io::Seek, R: Reader<RS>>(mut book: R) -> Result<Vec<RawRow>, ReadError>
where
    R::Error: std::fmt::Display,
{
    let names = book.sheet_names();
    for name in names.iter().filter(|n| n.as_str() != "说明") {
        let range = book.worksheet_range(name).map_err(|e| {
            ReadError::new(format!("无法读取工作表「{name}」：{e}"), format!("cannot read sheet {name}: {e}"))
        })?;
        if range.is_empty() {
            continue;
        }
        let (row0, col0) = range.start().unwrap_or((0, 0));
        let pad = usize::try_from(col0).unwrap_or(0);
        let mut out = Vec::with_capacity(range.height());
        for (i, row) in range.rows().enumerate() {
            let mut cells = vec![String::new(); pad];
            cells.extend(row.iter().map(cell_text));
            while cells.last().is_some_and(String::is_empty) {
                cells.pop();
            }
            let line = u64::from(row0).saturating_add(u64::try_from(i).unwrap_or(u64::MAX)).saturating_add(1);
            out.push(RawRow { line, cells });
        }
        return Ok(out);
    }
    Err(ReadError::new("电子表格里没有数据", "the workbook has no data"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(bytes: &[u8]) -> Vec<Vec<String>> {
        CsvRows::new(bytes).unwrap().map(|r| r.unwrap().cells).collect()
    }

    #[test]
    fn encodings_and_delimiters() {
        let text = "企业名称,所在县区\n甲,获嘉县\n";
        let utf8 = rows(text.as_bytes());
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(text.as_bytes());
        assert_eq!(rows(&bom), utf8);
        let (gb, _, _) = encoding_rs::GB18030.encode(text);
        assert_eq!(rows(&gb), utf8);
        assert_eq!(rows("企业名称;所在县区\n甲;获嘉县\n".as_bytes()), utf8);
        assert_eq!(rows("企业名称\t所在县区\n甲\t获嘉县\n".as_bytes()), utf8);
        assert_eq!(utf8[1], vec!["甲", "获嘉县"]);
        assert!(CsvRows::new(&[0xFF, 0xFE, 0x41, 0x00][..]).is_err());
        for text in ["a,b\n\"x\ny\",1\n\nc,2\n", "a,b\r\n\"x\r\ny\",1\r\n\r\nc,2\r\n", "a,b\n\"x\n\ny\",1\n\nc,2"] {
            let rows: Vec<RawRow> = CsvRows::new(text.as_bytes()).unwrap().map(|r| r.unwrap()).collect();
            let lines: Vec<u64> = rows.iter().map(|r| r.line).collect();
            assert_eq!(lines, vec![1, 2, 3, 4], "{text:?}");
            assert!(rows[2].cells.iter().all(String::is_empty));
            assert_eq!(rows[3].cells, vec!["c", "2"]);
        }
    }
}
