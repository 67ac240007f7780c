//! `huiqi`: the command-line door onto the engine (CONTRACT.md).
//!
//! Reads JSON from a file or stdin, writes JSON to stdout. Exit 0 whatever the
//! verdict; exit 2 with `{"error": {...}}` on stdout for any input it cannot use
//! (bad JSON, bad fields, a missing or unreadable file, binary data, too much input).

#![forbid(unsafe_code)]
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use huiqi::error::{Error, ErrorCode};

// The CLI's allocator: screening a list allocates a few hundred small strings a row, and
// glibc's malloc took a third of the instructions (BENCHMARKS.md). The library and the
// wasm build are untouched (this is the binary's choice alone).
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use huiqi::wire::{text_of, too_large, MAX_INPUT_BYTES};
use huiqi::Engine;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::process::ExitCode;

// List screening is native only (its spreadsheet crates are not built for wasm).
#[cfg(not(target_arch = "wasm32"))]
mod screen_cli;

const HELP: &str = "\
huiqi — 惠企: eligibility and figures for Henan SME finance policies

USAGE:
    huiqi evaluate [OPTIONS] [FILE]          one request in, one response out
    huiqi evaluate --batch [OPTIONS] [FILE]  NDJSON in, NDJSON out (one line per line, in order)
    huiqi schedule [OPTIONS] [FILE]          a repayment schedule
    huiqi policies [OPTIONS]                 every rule set: programme, period, documents, quality
    huiqi check-override FILE                validate a portal override and run its cases
    huiqi screen LIST -o RESULTS.xlsx        screen a 走访 list (CSV/XLSX) offline (huiqi screen --help)
    huiqi --help | --version

FILE is a path, or - (the default) for stdin.

OPTIONS:
    --override FILE   apply a portal's policy override (JSON) before answering
    --pretty          indent the JSON output (evaluate, schedule, policies)

EXIT STATUS:
    0  answered (whatever the verdict)
    2  the input could not be used; stdout holds {\"error\": {\"code\", \"field\", \"message_zh\", \"message_en\"}}

EXAMPLES:
    echo '{\"as_of\":\"2022-06-30\",\"region\":\"410724\",\"applicant\":{\"kind\":\"person\"}}' | huiqi evaluate
    huiqi schedule --pretty loan.json
    huiqi evaluate --batch requests.ndjson > responses.ndjson
";

/// Largest NDJSON line read in batch mode; longer lines are skipped with an error line.
const MAX_LINE_BYTES: usize = MAX_INPUT_BYTES;

#[derive(Default)]
struct Args {
    command: Option<String>,
    file: Option<String>,
    override_file: Option<String>,
    batch: bool,
    pretty: bool,
}

fn usage(msg: &str) -> Error {
    Error::new(
        ErrorCode::Usage,
        "",
        format!("命令行参数有误：{msg}（huiqi --help 查看用法）"),
        format!("{msg} (see huiqi --help)"),
    )
}

fn parse_args(raw: &[String]) -> Result<Args, Error> {
    let mut args = Args::default();
    let mut it = raw.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--batch" => args.batch = true,
            "--pretty" => args.pretty = true,
            "--override" => {
                args.override_file = Some(it.next().ok_or_else(|| usage("--override needs a FILE"))?.clone());
            }
            "-" => args.file = Some("-".into()),
            s if s.starts_with("--") => return Err(usage(&format!("unknown option {s}"))),
            s if args.command.is_none() => args.command = Some(s.to_string()),
            s if args.file.is_none() => args.file = Some(s.to_string()),
            s => return Err(usage(&format!("unexpected argument {s}"))),
        }
    }
    Ok(args)
}

fn io_error(path: &str, e: &io::Error) -> Error {
    let (zh, en) = match e.kind() {
        io::ErrorKind::NotFound => ("文件不存在", "no such file"),
        io::ErrorKind::PermissionDenied => ("没有读取权限", "permission denied"),
        io::ErrorKind::IsADirectory => ("这是一个目录，不是文件", "is a directory"),
        _ => ("无法读取", "cannot be read"),
    };
    Error::new(
        ErrorCode::Io,
        "",
        format!("{path}：{zh}"),
        format!("{path}: {en} ({e})"),
    )
}

fn open_input(path: Option<&str>) -> Result<Box<dyn Read>, Error> {
    match path {
        None | Some("-") => Ok(Box::new(io::stdin().lock())),
        Some(p) => match File::open(p) {
            Ok(f) => {
                if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
                    return Err(io_error(p, &io::Error::from(io::ErrorKind::IsADirectory)));
                }
                Ok(Box::new(f))
            }
            Err(e) => Err(io_error(p, &e)),
        },
    }
}

/// Read a whole input, refusing (without reading on) anything over the size bound.
fn read_bounded(path: Option<&str>) -> Result<Vec<u8>, Error> {
    let input = open_input(path)?;
    let mut buf = Vec::new();
    let limit = u64::try_from(MAX_INPUT_BYTES).unwrap_or(u64::MAX).saturating_add(1);
    input
        .take(limit)
        .read_to_end(&mut buf)
        .map_err(|e| io_error(path.unwrap_or("stdin"), &e))?;
    if buf.len() > MAX_INPUT_BYTES {
        return Err(too_large(buf.len()));
    }
    Ok(buf)
}

fn engine_for(args: &Args) -> Result<Engine, Error> {
    let engine = Engine::builtin()?;
    match &args.override_file {
        None => Ok(engine),
        Some(p) => {
            let bytes = read_bounded(Some(p))?;
            let text = String::from_utf8(bytes).map_err(|_| {
                Error::new(ErrorCode::InvalidUtf8, "", "覆盖文件不是 UTF-8 文本", "the override file is not UTF-8 text")
            })?;
            engine.with_override(&text)
        }
    }
}

fn pretty(json: String, on: bool) -> String {
    if !on {
        return json;
    }
    // Key order and exact number text survive (serde_json preserve_order, arbitrary_precision).
    match serde_json::from_str::<serde_json::Value>(&json).and_then(|v| serde_json::to_string_pretty(&v)) {
        Ok(out) => out,
        Err(_) => json,
    }
}

fn emit(out: &str) -> ExitCode {
    let stdout = io::stdout();
    let mut lock = stdout.lock();
    // A closed pipe (`| head`) is not an error worth a message.
    let _ = writeln!(lock, "{out}").and_then(|_| lock.flush());
    ExitCode::SUCCESS
}

fn fail(e: &Error) -> ExitCode {
    let _ = writeln!(io::stdout().lock(), "{}", e.to_json());
    let _ = writeln!(io::stderr().lock(), "huiqi: {e}");
    ExitCode::from(2)
}

fn run_single(args: &Args, op: fn(&Engine, &str) -> Result<String, Error>) -> ExitCode {
    let result = engine_for(args).and_then(|engine| {
        let bytes = read_bounded(args.file.as_deref())?;
        op(&engine, text_of(&bytes)?)
    });
    match result {
        Ok(json) => emit(&pretty(json, args.pretty)),
        Err(e) => fail(&e),
    }
}

/// Read one line (without its newline) into `buf`, at most `max` bytes. Returns
/// `Ok(None)` at end of input, `Ok(Some(true))` for a line, `Ok(Some(false))` for a line
/// that was too long (its bytes are skipped, never held).
fn read_line_bounded(reader: &mut impl BufRead, buf: &mut Vec<u8>, max: usize) -> io::Result<Option<bool>> {
    buf.clear();
    let mut too_long = false;
    let mut read_any = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(if read_any { Some(!too_long) } else { None });
        }
        read_any = true;
        let (chunk, done) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (available.get(..i).unwrap_or(&[]), Some(i.saturating_add(1))),
            None => (available, None),
        };
        if !too_long {
            if buf.len().saturating_add(chunk.len()) > max {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(chunk);
            }
        }
        let consumed = done.unwrap_or(available.len());
        reader.consume(consumed);
        if done.is_some() {
            return Ok(Some(!too_long));
        }
    }
}

/// Lines per chunk, and the input bytes a chunk may hold: memory stays bounded
/// (a few MiB of input and its responses) however long the stream.
const CHUNK_LINES: usize = 2048;
const CHUNK_BYTES: usize = 4 << 20;

/// One input line: its bytes, or `None` when it was longer than `MAX_LINE_BYTES`.
type Line = Option<Vec<u8>>;

/// `scratch`: each answer is written into this small buffer, reused from line to line
/// (cache-warm, no allocation), then appended to `out`.
fn answer_line(engine: &Engine, n: u64, line: &Line, scratch: &mut Vec<u8>, out: &mut Vec<u8>) {
    scratch.clear();
    let result = match line {
        Some(bytes) => text_of(bytes).and_then(|text| engine.evaluate_json_into(text, scratch)),
        None => Err(too_large(MAX_LINE_BYTES.saturating_add(1))),
    };
    out.extend_from_slice(scratch);
    if let Err(e) = result {
        out.extend_from_slice(format!("{{\"line\":{n},\"error\":").as_bytes());
        out.extend_from_slice(error_object(&e).as_bytes());
        out.push(b'}');
    }
    out.push(b'\n');
}

/// Answer a chunk of lines on every core, keeping their order: part `i` of the chunk
/// goes to `outputs[i]` (buffers reused from chunk to chunk).
fn answer_chunk(engine: &Engine, first_line: u64, lines: &[Line], outputs: &mut [Vec<u8>]) {
    let per = lines.len().div_ceil(outputs.len().max(1)).max(1);
    std::thread::scope(|scope| {
        for (i, (part, out)) in lines.chunks(per).zip(outputs.iter_mut()).enumerate() {
            let start = first_line.saturating_add(u64::try_from(i.saturating_mul(per)).unwrap_or(0));
            scope.spawn(move || {
                let mut scratch = Vec::new();
                for (j, line) in part.iter().enumerate() {
                    answer_line(engine, start.saturating_add(u64::try_from(j).unwrap_or(0)), line, &mut scratch, out);
                }
            });
        }
    });
}

fn run_batch(args: &Args) -> ExitCode {
    let engine = match engine_for(args) {
        Ok(e) => e,
        Err(e) => return fail(&e),
    };
    let input = match open_input(args.file.as_deref()) {
        Ok(i) => i,
        Err(e) => return fail(&e),
    };
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
    let mut outputs: Vec<Vec<u8>> = (0..workers).map(|_| Vec::new()).collect();
    let mut reader = BufReader::with_capacity(256 * 1024, input);
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(256 * 1024, stdout.lock());
    let mut buf = Vec::with_capacity(4096);
    let mut next_line: u64 = 1;
    let mut eof = false;
    while !eof {
        let mut lines: Vec<Line> = Vec::with_capacity(CHUNK_LINES);
        let mut bytes = 0usize;
        while lines.len() < CHUNK_LINES && bytes < CHUNK_BYTES {
            match read_line_bounded(&mut reader, &mut buf, MAX_LINE_BYTES) {
                Ok(None) => {
                    eof = true;
                    break;
                }
                Ok(Some(fits)) => {
                    if buf.last() == Some(&b'\r') {
                        buf.pop();
                    }
                    bytes = bytes.saturating_add(buf.len());
                    lines.push(fits.then(|| buf.clone()));
                }
                Err(e) => {
                    let _ = out.flush();
                    return fail(&io_error(args.file.as_deref().unwrap_or("stdin"), &e));
                }
            }
        }
        if lines.is_empty() {
            break;
        }
        for o in outputs.iter_mut() {
            o.clear();
        }
        if outputs.len() > 1 && lines.len() > 1 {
            answer_chunk(&engine, next_line, &lines, &mut outputs);
        } else if let Some(one) = outputs.first_mut() {
            let mut scratch = Vec::new();
            for (j, line) in lines.iter().enumerate() {
                answer_line(&engine, next_line.saturating_add(u64::try_from(j).unwrap_or(0)), line, &mut scratch, one);
            }
        }
        next_line = next_line.saturating_add(u64::try_from(lines.len()).unwrap_or(0));
        for a in &outputs {
            if out.write_all(a).is_err() {
                // The reader of stdout has gone away: stop quietly.
                return ExitCode::SUCCESS;
            }
        }
    }
    let _ = out.flush();
    ExitCode::SUCCESS
}

fn error_object(e: &Error) -> String {
    let full = e.to_json();
    // `{"error":{...}}` → `{...}`
    full.strip_prefix("{\"error\":")
        .and_then(|s| s.strip_suffix('}'))
        .map(str::to_string)
        .unwrap_or(full)
}

fn main() -> ExitCode {
    let raw: Vec<String> = std::env::args().skip(1).collect();
    #[cfg(not(target_arch = "wasm32"))]
    if raw.first().map(String::as_str) == Some("screen") {
        return screen_cli::run(raw.get(1..).unwrap_or(&[]));
    }
    if raw.iter().any(|a| a == "--help" || a == "-h") || raw.first().map(String::as_str) == Some("help") {
        let _ = write!(io::stdout().lock(), "{HELP}");
        return ExitCode::SUCCESS;
    }
    if raw.iter().any(|a| a == "--version" || a == "-V") {
        return emit(huiqi::ENGINE);
    }
    let args = match parse_args(&raw) {
        Ok(a) => a,
        Err(e) => return fail(&e),
    };
    match args.command.as_deref() {
        Some("evaluate") if args.batch => run_batch(&args),
        Some("evaluate") => run_single(&args, Engine::evaluate_json),
        Some("schedule") => run_single(&args, Engine::schedule_json),
        Some("policies") => match engine_for(&args) {
            Ok(engine) => emit(&pretty(engine.policies_json(), args.pretty)),
            Err(e) => fail(&e),
        },
        Some("check-override") => {
            let Some(file) = args.file.clone() else {
                return fail(&usage("check-override needs a FILE"));
            };
            let with = Args {
                override_file: Some(file),
                ..Args::default()
            };
            match engine_for(&with) {
                // The last LPR row says whether a portal's newer LPRs took (README: LPR currency).
                Ok(engine) => emit(&match engine.lpr().last() {
                    Some(last) => format!(
                        "{{\"ok\":true,\"rule_sets\":{},\"lpr_last\":\"{}\",\"lpr_last_1y\":\"{}\"}}",
                        engine.rule_sets().len(),
                        last.published,
                        huiqi::money::fmt_decimal(last.one_year)
                    ),
                    None => format!("{{\"ok\":true,\"rule_sets\":{}}}", engine.rule_sets().len()),
                }),
                Err(e) => fail(&e),
            }
        }
        Some(other) => fail(&usage(&format!("unknown command {other}"))),
        None => {
            let _ = write!(io::stderr().lock(), "{HELP}");
            fail(&usage("no command given"))
        }
    }
}
