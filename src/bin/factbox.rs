//! `factbox extract`: the key figures of articles, as JSON or a table;
//! `factbox render`: an article's fact box as HTML, for pages served without JS.
//!
//! Exit status: 0 success; 1 usage error; 2 an input could not be read (missing,
//! a directory, not UTF-8). Every input that can be read is still reported.
//!
//! With several files, `extract` reads, extracts and serializes them on every
//! core (`--jobs`), each file into its own buffer, and writes the buffers in
//! the order given: the output is byte for byte that of one file at a time.

#[cfg(not(target_arch = "wasm32"))]
use factbox::render;
use factbox::{extract, Lang, Options, Report};

/// `cargo test --target wasm32-unknown-unknown --test web` builds this binary
/// for wasm32 too, where the library leaves `render` out (compiled in, it
/// changes the browser's wasm); the binary never runs there.
#[cfg(target_arch = "wasm32")]
fn render(_: &str, _: &Options) -> String {
    String::new()
}
use std::io::{self, Read, Write};
use std::num::NonZeroUsize;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex};

const HELP: &str = "\
factbox — the key figures of news articles (Arabic, English)

USAGE:
    factbox extract [--lang auto|ar|en] [--format json|jsonl|text] [--jobs N] FILE...
    factbox render [--lang auto|ar|en] FILE
    factbox --help

FILE is a UTF-8 text file; '-' reads standard input.
--jobs N extracts N files at a time (default: one per core); the output is the
same, in the order given.

OUTPUT:
    json   (default) one object per file: {\"lang\", \"facts\": [...]}; with several
           files, a JSON array of those objects, in the order given, each with \"file\".
    jsonl  one such object per line, each with \"file\".
    text   a readable table per file.
    Offsets (\"start\", \"end\") are UTF-8 byte offsets into the file.

RENDER:
    prints a <fact-box> element with the box already in its markup (a declarative
    shadow root with the box's styles): visible with JavaScript off. Article text
    in it is escaped. No graded figure: an empty <fact-box></fact-box>.

EXIT STATUS:
    0  every file was read
    1  usage error
    2  a file could not be read (missing, a directory, binary, not UTF-8, over 64 MiB);
       the others are still reported
";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Jsonl,
    Text,
}

struct Args {
    /// `render` rather than `extract`.
    render: bool,
    lang: Option<Lang>,
    format: Format,
    /// Files extracted at a time; `None`: one per core.
    jobs: Option<NonZeroUsize>,
    files: Vec<String>,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let mut parsed = Args { render: false, lang: None, format: Format::Json, jobs: None, files: Vec::new() };
    let mut command = None;
    while let Some(a) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match a.as_str() {
            "-h" | "--help" | "help" => return Ok(None),
            "--lang" => {
                let v = value("--lang")?;
                parsed.lang = match v.as_str() {
                    "auto" => None,
                    tag => Some(Lang::from_tag(tag).ok_or_else(|| format!("unsupported language '{tag}' (auto, ar, en)"))?),
                };
            }
            "--format" => {
                parsed.format = match value("--format")?.as_str() {
                    "json" => Format::Json,
                    "jsonl" => Format::Jsonl,
                    "text" => Format::Text,
                    f => return Err(format!("unknown format '{f}' (json, jsonl, text)")),
                };
            }
            "--jobs" | "-j" => {
                let v = value("--jobs")?;
                parsed.jobs = Some(v.parse().map_err(|_| format!("--jobs needs a whole number of 1 or more, not '{v}'"))?);
            }
            "-" => parsed.files.push(a),
            s if s.starts_with('-') => return Err(format!("unknown option '{s}'")),
            _ if command.is_none() => command = Some(a),
            _ => parsed.files.push(a),
        }
    }
    match command.as_deref() {
        Some("extract") if !parsed.files.is_empty() => Ok(Some(parsed)),
        Some("extract") => Err("extract needs a FILE (or '-' for standard input)".into()),
        Some("render") if parsed.jobs.is_some() => Err("render takes no --jobs".into()),
        Some("render") if parsed.files.len() == 1 && parsed.format == Format::Json => Ok(Some(Args { render: true, ..parsed })),
        Some("render") if parsed.format != Format::Json => Err("render takes no --format".into()),
        Some("render") => Err("render needs one FILE (or '-' for standard input)".into()),
        Some(c) => Err(format!("unknown command '{c}'")),
        None => Err("no command given".into()),
    }
}

/// The largest input read: far beyond any article, small enough that a
/// mistaken path (a disk image, a log) fails at once instead of filling memory.
const MAX_INPUT: u64 = 64 << 20;

fn too_large(path: &str, bytes: u64) -> String {
    format!("{path}: too large ({bytes} bytes; factbox reads at most {} MiB)", MAX_INPUT >> 20)
}

fn read_input(path: &str) -> Result<String, String> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        io::stdin().take(MAX_INPUT + 1).read_to_end(&mut buf).map_err(|e| format!("standard input: {e}"))?;
        if buf.len() as u64 > MAX_INPUT {
            return Err(too_large("standard input", buf.len() as u64));
        }
        buf
    } else {
        let meta = std::fs::metadata(path).map_err(|e| format!("{path}: {e}"))?;
        if meta.is_dir() {
            return Err(format!("{path}: is a directory"));
        }
        if meta.len() > MAX_INPUT {
            return Err(too_large(path, meta.len()));
        }
        std::fs::read(path).map_err(|e| format!("{path}: {e}"))?
    };
    if bytes.contains(&0) {
        return Err(format!("{path}: a binary file, not text (it contains NUL bytes)"));
    }
    String::from_utf8(bytes).map_err(|e| format!("{path}: not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to()))
}

/// A report with the name of its file, for several files and `jsonl`.
#[derive(serde::Serialize)]
struct Named<'a> {
    file: &'a str,
    #[serde(flatten)]
    report: &'a Report,
}

/// Writes `report` as JSON straight to `out`: a page dense with figures
/// spent twice the extraction's time building a `serde_json::Value` first.
fn write_json(out: &mut impl Write, file: &str, report: &Report, with_file: bool) -> io::Result<()> {
    if with_file {
        serde_json::to_writer(&mut *out, &Named { file, report })?;
    } else {
        serde_json::to_writer(&mut *out, report)?;
    }
    Ok(())
}

fn text_table(file: &str, report: &Report, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "{file} ({})", report.lang.code())?;
    writeln!(out, "{:<10} {:>16} {:<10} {:<28} {:<28} mentions", "category", "value", "qualifier", "subject", "source")?;
    for f in &report.facts {
        let value = match (f.value, f.value_max, f.approx) {
            (_, _, Some(a)) => format!("{a:?}").to_lowercase(),
            (Some(v), Some(m), _) => format!("{v}-{m}"),
            (Some(v), None, _) => format!("{v}"),
            _ => String::new(),
        };
        let value = match f.unit {
            Some(u) => format!("{value} {u}"),
            None => value,
        };
        let mentions: Vec<&str> = f.mentions.iter().map(|m| m.text.as_str()).collect();
        writeln!(
            out,
            "{:<10} {:>16} {:<10} {:<28} {:<28} {}",
            f.category.name(),
            value,
            serde_json::to_value(f.qualifier).ok().and_then(|q| q.as_str().map(str::to_owned)).unwrap_or_default(),
            f.subject.as_deref().unwrap_or("-"),
            f.source.as_deref().unwrap_or("-"),
            mentions.join(" | ")
        )?;
    }
    writeln!(out)
}

/// Why a file gives no output: it could not be read (reported, the others go
/// on), or its report could not be written.
enum Failure {
    Read(String),
    Write(io::Error),
}

/// One file's part of the `extract` output, as the sequential CLI wrote it,
/// less the `[`/`,` before an object of a JSON array (which depends on the
/// files before it). `stdin` is false for a second `-`, which reads nothing:
/// standard input was all read by the first.
fn extract_one(file: &str, stdin: bool, args: &Args, options: &Options) -> Result<Vec<u8>, Failure> {
    let text = if file == "-" && !stdin { String::new() } else { read_input(file).map_err(Failure::Read)? };
    let report = extract(&text, options);
    let mut out = Vec::with_capacity(text.len() / 2 + 64);
    let several = args.files.len() > 1;
    match args.format {
        Format::Json if several => write_json(&mut out, file, &report, true),
        Format::Json => write_json(&mut out, file, &report, false).and_then(|()| writeln!(out)),
        Format::Jsonl => write_json(&mut out, file, &report, true).and_then(|()| writeln!(out)),
        Format::Text => text_table(file, &report, &mut out),
    }
    .map_err(Failure::Write)?;
    Ok(out)
}

/// What the workers of [`ordered`] share with the thread that writes.
struct Queue<T> {
    /// Results waiting for their turn, by index.
    ready: std::collections::BTreeMap<usize, std::thread::Result<T>>,
    /// The index written next: results before it are written.
    turn: usize,
    /// The writer stopped (a write failed, or it unwinds): workers stop too.
    stop: bool,
}

/// Sets `stop` when the writer leaves, however it leaves, so no worker waits for it.
struct StopOnDrop<'a, T>(&'a (Mutex<Queue<T>>, Condvar));

impl<T> Drop for StopOnDrop<'_, T> {
    fn drop(&mut self) {
        let (lock, wake) = self.0;
        lock.lock().unwrap_or_else(|e| e.into_inner()).stop = true;
        wake.notify_all();
    }
}

/// Runs `work(i)` for every `i < n` on `jobs` threads and `emit(i, result)`
/// on this thread, in index order, each as soon as those before it are
/// emitted. A worker runs at most `4 * jobs` items ahead of the writer, so
/// memory stays bounded on an archive of any length. A panic in `work` is
/// resumed here; an error of `emit` stops the workers and is returned.
fn ordered<T: Send>(
    n: usize,
    jobs: usize,
    work: impl Fn(usize) -> T + Sync,
    mut emit: impl FnMut(usize, T) -> io::Result<()>,
) -> io::Result<()> {
    let jobs = jobs.min(n);
    if jobs <= 1 {
        return (0..n).try_for_each(|i| emit(i, work(i)));
    }
    let window = 4 * jobs;
    let shared = (Mutex::new(Queue { ready: Default::default(), turn: 0, stop: false }), Condvar::new());
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            scope.spawn(|| {
                let (lock, wake) = &shared;
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= n {
                        return;
                    }
                    {
                        let mut q = lock.lock().unwrap_or_else(|e| e.into_inner());
                        while !q.stop && i >= q.turn + window {
                            q = wake.wait(q).unwrap_or_else(|e| e.into_inner());
                        }
                        if q.stop {
                            return;
                        }
                    }
                    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(i)));
                    lock.lock().unwrap_or_else(|e| e.into_inner()).ready.insert(i, result);
                    wake.notify_all();
                }
            });
        }
        let _stop = StopOnDrop(&shared);
        let (lock, wake) = &shared;
        for i in 0..n {
            let result = {
                let mut q = lock.lock().unwrap_or_else(|e| e.into_inner());
                loop {
                    if let Some(r) = q.ready.remove(&i) {
                        q.turn = i + 1;
                        break r;
                    }
                    q = wake.wait(q).unwrap_or_else(|e| e.into_inner());
                }
            };
            wake.notify_all();
            match result {
                Ok(t) => emit(i, t)?,
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        Ok(())
    })
}

/// Threads for `extract`: `--jobs`, else one per core.
fn jobs(args: &Args) -> usize {
    args.jobs.or_else(|| std::thread::available_parallelism().ok()).map_or(1, NonZeroUsize::get)
}

fn run(args: Args) -> io::Result<bool> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let options = Options { lang: args.lang };
    if args.render {
        let file = &args.files[0];
        return match read_input(file) {
            Ok(text) => {
                writeln!(out, "{}", render(&text, &options))?;
                out.flush()?;
                Ok(true)
            }
            Err(e) => {
                eprintln!("factbox: {e}");
                Ok(false)
            }
        };
    }
    let several = args.files.len() > 1;
    let stdin_at = args.files.iter().position(|f| f == "-");
    let mut all_read = true;
    let mut first = true;
    ordered(
        args.files.len(),
        jobs(&args),
        |i| extract_one(&args.files[i], stdin_at == Some(i), &args, &options),
        |_, result| {
            match result {
                Ok(bytes) => {
                    if args.format == Format::Json && several {
                        out.write_all(if first { b"[" } else { b"," })?;
                    }
                    out.write_all(&bytes)?;
                    first = false;
                }
                Err(Failure::Read(e)) => {
                    eprintln!("factbox: {e}");
                    all_read = false;
                }
                Err(Failure::Write(e)) => return Err(e),
            }
            Ok(())
        },
    )?;
    if args.format == Format::Json && several {
        // Every file unreadable still gives an (empty) array.
        writeln!(out, "{}", if first { "[]" } else { "]" })?;
    }
    out.flush()?;
    Ok(all_read)
}

fn main() -> ExitCode {
    match parse_args(std::env::args().skip(1)) {
        Ok(None) => {
            print!("{HELP}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("factbox: {e}\n\n{HELP}");
            ExitCode::from(1)
        }
        Ok(Some(args)) => match run(args) {
            Ok(true) => ExitCode::SUCCESS,
            Ok(false) => ExitCode::from(2),
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("factbox: {e}");
                ExitCode::from(2)
            }
        },
    }
}
