//! Writes into `OUT_DIR` what the library includes: `lower.rs` (see
//! `lowercase_runs`), the browser's stylesheets without their comments
//! (`css`), and each language's tables, `lang/<code>.rs`, compiled from its
//! word lists (`src/lang/<code>/*.txt`) by `src/lang/compile.rs` with the
//! library's own folding (`src/text/normalize.rs`), so the wasm carries the
//! tables as data and builds none at run time. The lists are also copied
//! without their comment and blank lines, for the tests that compile them
//! again.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::fs;
use std::path::Path;

#[allow(dead_code)]
#[path = "src/lang/compile.rs"]
mod compile;
#[allow(dead_code)]
#[path = "src/lang/hash.rs"]
mod hash;
#[allow(dead_code)]
#[path = "src/text/normalize.rs"]
mod normalize;

/// What `compile` and `normalize` find at `crate::text` in the library.
mod text {
    pub use super::normalize::fold_str;
}

/// `text::lower` in the library (a table of runs, checked against this).
fn lower(c: char) -> Option<char> {
    let mut lower = c.to_lowercase();
    match (c.is_uppercase(), lower.next(), lower.next()) {
        (true, Some(l), None) if l != c => Some(l),
        _ => None,
    }
}

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out).join("lower.rs"), lowercase_runs()).expect("OUT_DIR is writable");
    for name in ["box.css", "highlight.css"] {
        let path = Path::new("src/web").join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("the stylesheets are UTF-8");
        fs::write(Path::new(&out).join(name), css(&text)).expect("OUT_DIR is writable");
    }
    for path in ["src/lang/compile.rs", "src/lang/hash.rs", "src/text/normalize.rs"] {
        println!("cargo:rerun-if-changed={path}");
    }
    let lang = Path::new("src/lang");
    println!("cargo:rerun-if-changed=src/lang");
    for dir in fs::read_dir(lang).expect("src/lang").flatten().filter(|e| e.path().is_dir()) {
        let mut lists = BTreeMap::new();
        let target = Path::new(&out).join("lang").join(dir.file_name());
        fs::create_dir_all(&target).expect("OUT_DIR is writable");
        println!("cargo:rerun-if-changed={}", dir.path().display());
        for file in fs::read_dir(dir.path()).expect("a language folder").flatten() {
            let path = file.path();
            if path.extension().is_none_or(|x| x != "txt") {
                continue;
            }
            println!("cargo:rerun-if-changed={}", path.display());
            let text = fs::read_to_string(&path).expect("word lists are UTF-8");
            let kept: String =
                text.lines().filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#')).flat_map(|l| [l, "\n"]).collect();
            fs::write(target.join(file.file_name()), &kept).expect("OUT_DIR is writable");
            let name = path.file_stem().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
            lists.insert(name, kept);
        }
        let code = dir.file_name().to_string_lossy().into_owned();
        fs::write(Path::new(&out).join("lang").join(format!("{code}.rs")), tables(&code, &lists)).expect("OUT_DIR is writable");
    }
}

/// A language's tables as Rust: a static array per lexicon part, and
/// `tables()`, which gives its `LangData`.
fn tables(code: &str, lists: &BTreeMap<String, String>) -> String {
    let list = |name: &str| lists.get(name).map_or("", String::as_str);
    let files = compile::Files {
        grammar: list("grammar"),
        numbers: list("numbers"),
        vague: list("vague"),
        qualifiers: list("qualifiers"),
        killed: list("killed"),
        injured: list("injured"),
        missing: list("missing"),
        detained: list("detained"),
        displaced: list("displaced"),
        troops: list("troops"),
        not_graded: list("not_graded"),
        military: list("military"),
        persons: list("persons"),
        not_counted: list("not_counted"),
        not_counted_before: list("not_counted_before"),
        months: list("months"),
        currencies: list("currencies"),
        countries: list("countries"),
        percent: list("percent"),
        sources: list("sources"),
    };
    let language = compile::language(&files);
    let mut rs = String::from("// Written by build.rs from the word lists.\nuse super::*;\n\n");
    let (mut fields, mut index) = (String::new(), String::new());
    for (k, (field, _, lex)) in language.lexicons.iter().enumerate() {
        let values: Vec<&str> = compile::distinct(&lex.values).0.into_iter().map(String::as_str).collect();
        let _ = writeln!(
            fields,
            "    {field}: Lexicon {{ entries: Entries {{ lines: {:?}, bit: 1 << {k}, slots: OnceLock::new() }}, values: &[{}] }},",
            compile::lines(lex),
            values.join(", ")
        );
        let _ = write!(index, "&LEXICONS.{field}.entries, ");
    }
    let _ = writeln!(rs, "static LEXICONS: Lexicons = Lexicons {{\n{fields}}};");
    let class = |name: &str| language.classes.get(name).cloned().unwrap_or_default();
    // The `Lang` variant of the folder's code: "ar" is `Lang::Ar`.
    let lang = code[..1].to_uppercase() + &code[1..];
    let _ = write!(
        rs,
        "\n/// The language's tables: the static lexicons, the affixes' bit masks and\n/// the word index (`Index::new`).\n\
         pub(super) fn tables() -> LangData {{\n    LangData {{\n        lang: Lang::{lang},\n        \
         words: Classes {{ affixes: Affixes::new(&{:?}, &{:?}, &{:?}, &{:?}), subject_words: {} }},\n        \
         index: Index::new(&[{index}]),\n        lexicons: &LEXICONS,\n    }}\n}}\n",
        class("conj"),
        class("prep"),
        class("article"),
        class("suffix"),
        language.subject_words,
    );
    rs
}

/// The lower case of every non-ASCII capital that has a one-character lower
/// case other than itself (what `text::normalize` folds), as this toolchain's
/// `char::to_lowercase` gives it: runs `(first, count, stride, delta)` of
/// capitals `first + k * stride` whose lower case is `delta` away: 176 runs,
/// 2.1 KB, where `core`'s table of every mapping weighed 12 KB of the wasm.
fn lowercase_runs() -> String {
    let mut runs: Vec<(u32, u32, u32, i64)> = Vec::new();
    for c in ('\u{80}'..=char::MAX).filter(|c| c.is_uppercase()) {
        let mut lower = c.to_lowercase();
        let (Some(l), None) = (lower.next(), lower.next()) else { continue };
        let (c, delta) = (c as u32, i64::from(l as u32) - i64::from(c as u32));
        if delta == 0 {
            continue;
        }
        if let Some(r) = runs.last_mut().filter(|r| r.3 == delta) {
            if c == r.0 + r.1 * r.2 {
                r.1 += 1;
                continue;
            }
            if r.1 == 1 && c - r.0 <= 2 {
                (r.1, r.2) = (2, c - r.0);
                continue;
            }
        }
        runs.push((c, 1, 1, delta));
    }
    let mut rs =
        format!("/// Written by build.rs (`lowercase_runs`).\npub(crate) static LOWER: [(u32, u16, u8, i32); {}] = [\n", runs.len());
    for (first, count, stride, delta) in runs {
        rs += &format!("    ({first:#x}, {count}, {stride}, {delta}),\n");
    }
    rs + "];\n"
}

/// A stylesheet as the wasm carries it: without comments, whitespace runs
/// one space, none next to `{`, `}` or `;` (strings kept as written). The
/// comments document the source for its editors; the server's `render`
/// writes the source whole, as the hash a CSP allows is of that text.
fn css(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                space = true;
            }
            c if c.is_whitespace() => space = true,
            c => {
                let tight = |c: char| matches!(c, '{' | '}' | ';');
                if space && !out.is_empty() && !tight(c) && !out.ends_with(tight) {
                    out.push(' ');
                }
                space = false;
                out.push(c);
                if c == '"' || c == '\'' {
                    for s in chars.by_ref() {
                        out.push(s);
                        if s == c {
                            break;
                        }
                    }
                }
            }
        }
    }
    out
}
