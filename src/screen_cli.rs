//! `huiqi screen`: screen a 走访 list (CSV/XLSX/XLS) into XLSX or CSV, offline.
//!
//! The file handling, the clock (a default `--as-of`) and the progress line live here;
//! the screening itself is `huiqi::screen` (no I/O of its own).

use huiqi::screen::{self, read, write, CsvSink, Options, ScreenError, XlsxSink};
use huiqi::Engine;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

const HELP: &str = "\
huiqi screen — 名单筛查: screen a 走访 list, one firm per row, offline

USAGE:
    huiqi screen LIST.{csv,xlsx,xls} -o RESULTS.{xlsx,csv} [--as-of YYYY-MM-DD] [--override FILE]
    huiqi screen --template TEMPLATE.{xlsx,csv}

LIST is the list as Excel or WPS save it: .xlsx/.xls (first sheet), or CSV in UTF-8
(with or without BOM) or GB18030. The header row (found within the first 10 rows) names
the columns as in the template: 所在县区 is required, the rest optional; amounts in the
unit their header states (万元 or 元). Every row is evaluated for 科技贷, 外贸贷,
创业担保贷款 and 房租减免; a row with bad cells gets its own errors and the rest go on.

OPTIONS:
    -o, --output FILE   results: .xlsx (sheets 筛查结果 and 规则集), or .csv (UTF-8 with
                        BOM; the rule sets go beside it as FILE-stem.规则集.csv).
                        Both keep memory bounded (XLSX through a temporary file in the
                        system's temporary directory); XLSX holds at most 1,048,576 rows
                        and is slower to write: for very long lists write CSV.
    --as-of DATE        the date every row is evaluated at (default: today, Beijing time;
                        the date used is printed on stderr)
    --override FILE     a portal's policy override (JSON), as for evaluate
    --threads N         evaluating threads (default: the cores, at most 8)
    --quiet             no progress line and no summary on stderr
    --template FILE     write the template (.xlsx with a 说明 sheet, or .csv) and stop

Nothing is sent anywhere: the list is read and the results are written on this machine.

EXIT STATUS:
    0  the list was screened (rows with errors are reported in the results)
    2  the list or an option could not be used; stdout holds {\"error\": {...}}
";

struct Fatal {
    code: &'static str,
    zh: String,
    en: String,
}

fn fatal(code: &'static str, zh: impl Into<String>, en: impl Into<String>) -> Fatal {
    Fatal { code, zh: zh.into(), en: en.into() }
}

impl From<ScreenError> for Fatal {
    fn from(e: ScreenError) -> Fatal {
        fatal("invalid_value", e.message_zh, e.message_en)
    }
}

impl From<write::WriteError> for Fatal {
    fn from(e: write::WriteError) -> Fatal {
        fatal("io", format!("写入出错：{}", e.0), format!("writing failed: {}", e.0))
    }
}

fn fail(f: &Fatal) -> ExitCode {
    let json = serde_json::json!({"error": {"code": f.code, "field": "", "message_zh": f.zh, "message_en": f.en}});
    let _ = writeln!(io::stdout().lock(), "{json}");
    let _ = writeln!(io::stderr().lock(), "huiqi screen: {}", f.zh);
    ExitCode::from(2)
}

fn usage(msg: &str) -> Fatal {
    fatal("usage", format!("命令行参数有误：{msg}（huiqi screen --help 查看用法）"), format!("{msg} (see huiqi screen --help)"))
}

#[derive(Default)]
struct Args {
    list: Option<String>,
    output: Option<String>,
    as_of: Option<String>,
    override_file: Option<String>,
    template: Option<String>,
    threads: Option<usize>,
    quiet: bool,
    help: bool,
}

fn parse_args(raw: &[String]) -> Result<Args, Fatal> {
    let mut a = Args::default();
    let mut it = raw.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or_else(|| usage(&format!("{name} needs a value")));
        match arg.as_str() {
            "-h" | "--help" => a.help = true,
            "-o" | "--output" => a.output = Some(value("--output")?),
            "--as-of" => a.as_of = Some(value("--as-of")?),
            "--override" => a.override_file = Some(value("--override")?),
            "--template" => a.template = Some(value("--template")?),
            "--threads" => {
                let v = value("--threads")?;
                a.threads = Some(v.parse().ok().filter(|n| *n >= 1).ok_or_else(|| usage("--threads needs a number ≥ 1"))?);
            }
            "--quiet" | "-q" => a.quiet = true,
            s if s.starts_with('-') && s != "-" => return Err(usage(&format!("unknown option {s}"))),
            s if a.list.is_none() => a.list = Some(s.to_string()),
            s => return Err(usage(&format!("unexpected argument {s}"))),
        }
    }
    Ok(a)
}

fn io_fatal(path: &str, e: &io::Error) -> Fatal {
    let zh = match e.kind() {
        io::ErrorKind::NotFound => "文件不存在",
        io::ErrorKind::PermissionDenied => "没有权限",
        _ => "无法读写",
    };
    fatal("io", format!("{path}：{zh}"), format!("{path}: {e}"))
}

/// Days since 1970-01-01 → (year, month, day) (proleptic Gregorian).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z.saturating_add(719_468);
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Today in Beijing time (UTC+8), from the system clock.
fn today_beijing() -> String {
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let days = i64::try_from((secs + 8 * 3600) / 86_400).unwrap_or(0);
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

fn valid_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() })
}

fn extension(path: &str) -> String {
    Path::new(path).extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase()
}

fn engine(args: &Args) -> Result<Engine, Fatal> {
    let engine = Engine::builtin().map_err(|e| fatal("invalid_override", e.message_zh, e.message_en))?;
    let Some(path) = &args.override_file else { return Ok(engine) };
    let text = std::fs::read_to_string(path).map_err(|e| io_fatal(path, &e))?;
    engine.with_override(&text).map_err(|e| fatal("invalid_override", e.message_zh, e.message_en))
}

fn create(path: &str) -> Result<BufWriter<File>, Fatal> {
    File::create(path).map(|f| BufWriter::with_capacity(256 * 1024, f)).map_err(|e| io_fatal(path, &e))
}

fn write_template(path: &str) -> Result<(), Fatal> {
    let mut out = create(path)?;
    match extension(path).as_str() {
        "xlsx" => write::write_template_xlsx(&mut out)?,
        "csv" => write::write_template_csv(&mut out)?,
        _ => return Err(usage("--template writes .xlsx or .csv")),
    }
    out.flush().map_err(|e| io_fatal(path, &e))
}

/// The progress line on stderr: about once a second, for a terminal or a long list.
struct Progress {
    start: Instant,
    last: Instant,
    tty: bool,
    quiet: bool,
    shown: bool,
}

impl Progress {
    fn tick(&mut self, rows: u64) {
        if self.quiet || self.last.elapsed() < Duration::from_secs(1) {
            return;
        }
        if !self.tty && rows < 10_000 {
            return;
        }
        self.last = Instant::now();
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        let rate = rows as f64 / secs;
        let line = format!("huiqi screen: 已处理 {rows} 行，{rate:.0} 行/秒");
        let mut err = io::stderr().lock();
        let _ = if self.tty { write!(err, "\r{line}") } else { writeln!(err, "{line}") };
        self.shown = true;
    }
}

fn run_screen(args: &Args) -> Result<(), Fatal> {
    let Some(list) = args.list.as_deref() else { return Err(usage("no LIST given")) };
    let Some(output) = args.output.as_deref() else { return Err(usage("-o RESULTS.xlsx or -o RESULTS.csv is required")) };
    let out_ext = extension(output);
    if out_ext != "xlsx" && out_ext != "csv" {
        return Err(usage("the output must end in .xlsx or .csv"));
    }
    let as_of = match &args.as_of {
        Some(d) if valid_date(d) => d.clone(),
        Some(d) => return Err(usage(&format!("--as-of {d}: expected YYYY-MM-DD"))),
        None => today_beijing(),
    };
    let quiet = args.quiet;
    if !quiet {
        let how = if args.as_of.is_some() { "（--as-of）" } else { "（未指定 --as-of，取今天的日期，北京时间）" };
        let _ = writeln!(io::stderr().lock(), "huiqi screen: 筛查日期 {as_of}{how}");
    }
    let engine = engine(args)?;
    let threads = args.threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()).min(8));
    // The results' files do not show each row's request as JSON: not kept.
    let options = Options { threads, keep_requests: false, ..Options::new(as_of.clone()) };

    if let (Ok(a), Ok(b)) = (std::fs::canonicalize(list), std::fs::canonicalize(output)) {
        if a == b {
            return Err(usage("the output would overwrite the list: choose another -o"));
        }
    }
    let mut file = File::open(list).map_err(|e| io_fatal(list, &e))?;
    if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        return Err(fatal("io", format!("{list}：这是一个目录，不是文件"), format!("{list}: is a directory")));
    }
    let mut head = [0u8; 8];
    let n = file.read(&mut head).map_err(|e| io_fatal(list, &e))?;
    let format = read::sniff(head.get(..n).unwrap_or(&[]));
    let input = io::Cursor::new(head.get(..n).unwrap_or(&[]).to_vec()).chain(BufReader::with_capacity(256 * 1024, file));

    let start = Instant::now();
    let mut progress = Progress { start, last: start, tty: io::stderr().is_terminal(), quiet, shown: false };
    let mut tick = |rows: u64| progress.tick(rows);
    let rows: Box<dyn Iterator<Item = Result<read::RawRow, read::ReadError>>> = match format {
        read::Format::Csv => Box::new(read::CsvRows::new(input).map_err(ScreenError::from)?),
        _ => {
            let mut bytes = Vec::new();
            let mut input = input;
            input.read_to_end(&mut bytes).map_err(|e| io_fatal(list, &e))?;
            Box::new(read::workbook_rows(&bytes).map_err(ScreenError::from)?.into_iter().map(Ok))
        }
    };
    let info = if out_ext == "xlsx" {
        let mut sink = XlsxSink::constant_memory(create(output)?);
        screen::screen(&engine, &options, rows, &mut sink, &mut tick)?
    } else {
        let side = PathBuf::from(output).with_extension("规则集.csv");
        let side_path = side.to_string_lossy().to_string();
        let mut sink = CsvSink::new(create(output)?)?.with_rule_sets(Box::new(create(&side_path)?));
        let info = screen::screen(&engine, &options, rows, &mut sink, &mut tick)?;
        sink.into_inner()?.flush().map_err(|e| io_fatal(output, &e))?;
        info
    };
    if !quiet {
        let secs = start.elapsed().as_secs_f64();
        let s = &info.summary;
        let mut err = io::stderr().lock();
        if progress.shown && progress.tty {
            let _ = writeln!(err);
        }
        let rate = if secs > 0.0 { s.rows as f64 / secs } else { 0.0 };
        let eligible: Vec<String> = s
            .eligible
            .iter()
            .map(|(p, n)| if s.out_of_period(p) { format!("{} 不在有效期", screen::programme_zh(p)) } else { format!("{} {n}", screen::programme_zh(p)) })
            .collect();
        let _ = writeln!(
            err,
            "huiqi screen: {} 行，已筛查 {}，有错误 {}，空行 {}；符合：{}；用时 {:.2} 秒（{:.0} 行/秒）→ {}",
            s.rows,
            s.screened,
            s.invalid,
            s.empty,
            eligible.join("、"),
            secs,
            rate,
            output
        );
        for note in &info.notes {
            let _ = writeln!(err, "huiqi screen: 注意：{note}");
        }
    }
    Ok(())
}

/// `huiqi screen …` (the arguments after `screen`).
pub fn run(raw: &[String]) -> ExitCode {
    let args = match parse_args(raw) {
        Ok(a) => a,
        Err(e) => return fail(&e),
    };
    if args.help {
        let _ = write!(io::stdout().lock(), "{HELP}");
        return ExitCode::SUCCESS;
    }
    let result = match &args.template {
        Some(path) => write_template(path),
        None => run_screen(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&e),
    }
}
