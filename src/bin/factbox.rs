//! `factbox extract`: the key figures of articles, as JSON or a table;
//! `factbox render`: an article's fact box as HTML, for pages served without JS.
//!
//! Exit status: 0 success; 1 usage error; 2 an input could not be read (missing,
//! a directory, not UTF-8). Every input that can be read is still reported.

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
use std::process::ExitCode;

const HELP: &str = "\
factbox — the key figures of news articles (Arabic, English)

USAGE:
    factbox extract [--lang auto|ar|en] [--format json|jsonl|text] FILE...
    factbox render [--lang auto|ar|en] FILE
    factbox --help

FILE is a UTF-8 text file; '-' reads standard input.

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
    files: Vec<String>,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let mut parsed = Args { render: false, lang: None, format: Format::Json, files: Vec::new() };
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
            "-" => parsed.files.push(a),
            s if s.starts_with('-') => return Err(format!("unknown option '{s}'")),
            _ if command.is_none() => command = Some(a),
            _ => parsed.files.push(a),
        }
    }
    match command.as_deref() {
        Some("extract") if !parsed.files.is_empty() => Ok(Some(parsed)),
        Some("extract") => Err("extract needs a FILE (or '-' for standard input)".into()),
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
    let mut all_read = true;
    let mut first = true;
    for file in &args.files {
        let text = match read_input(file) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("factbox: {e}");
                all_read = false;
                continue;
            }
        };
        let report = extract(&text, &options);
        match args.format {
            Format::Json if several => {
                out.write_all(if first { b"[" } else { b"," })?;
                write_json(&mut out, file, &report, true)?;
            }
            Format::Json => {
                write_json(&mut out, file, &report, false)?;
                writeln!(out)?;
            }
            Format::Jsonl => {
                write_json(&mut out, file, &report, true)?;
                writeln!(out)?;
            }
            Format::Text => text_table(file, &report, &mut out)?,
        }
        first = false;
    }
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
