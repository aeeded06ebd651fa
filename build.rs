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
#[path = "src/lang/codec.rs"]
mod codec;
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
    // Folders sorted, so the shared values (`values`) come in one order.
    let mut dirs: Vec<_> = fs::read_dir(lang).expect("src/lang").flatten().filter(|e| e.path().is_dir()).map(|e| e.path()).collect();
    dirs.sort();
    let mut languages = Vec::new();
    for dir in dirs {
        let mut lists = BTreeMap::new();
        let code = dir.file_name().expect("a folder name").to_string_lossy().into_owned();
        let target = Path::new(&out).join("lang").join(&code);
        fs::create_dir_all(&target).expect("OUT_DIR is writable");
        println!("cargo:rerun-if-changed={}", dir.display());
        for file in fs::read_dir(&dir).expect("a language folder").flatten() {
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
        languages.push((code, language(&lists)));
    }
    let (rs, values) = values(&languages);
    let id = format!("{:016x}", hash::word_hash(rs.as_bytes()));
    fs::write(Path::new(&out).join("lang").join("values.rs"), rs.replace("@ID@", &id)).expect("OUT_DIR is writable");
    for (code, language) in &languages {
        let text = file(code, &id, language, &values);
        fs::write(Path::new(&out).join("lang").join(format!("{code}.bin")), codec::encode(&text)).expect("OUT_DIR is writable");
    }
}

/// A language's lists compiled (`compile::language`).
fn language(lists: &BTreeMap<String, String>) -> compile::Language {
    let list = |name: &str| lists.get(name).map_or("", String::as_str);
    compile::language(&compile::Files {
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
        warm: list("warm"),
    })
}

/// The meanings every language's lines point into, as Rust (`lang/values.rs`):
/// a static array per lexicon, the union of the languages' distinct values
/// (first language first), so a language's file is text alone and the
/// code that reads it is the same for all. Also `lexicons`, which lays a
/// file's parts over them, and the arrays' values per lexicon as source,
/// for `file`. `@ID@` stands for the hash of this source, which a file
/// must carry to be read (a file of another build points elsewhere).
fn values(languages: &[(String, compile::Language)]) -> (String, Vec<Vec<String>>) {
    let mut rs = String::from("// Written by build.rs from the word lists.\n\n/// The build of the values a language file points into.\npub(super) const ID: &str = \"@ID@\";\n\n");
    let Some((_, first)) = languages.first() else { return (rs, Vec::new()) };
    let (mut fields, mut checks, mut entries, mut all) = (String::new(), Vec::new(), String::new(), Vec::new());
    for (k, (field, ty, _)) in first.lexicons.iter().enumerate() {
        let mut union: Vec<String> = Vec::new();
        for (_, language) in languages {
            let lex = &language.lexicons[k].2;
            for v in compile::distinct(&lex.values).0 {
                if !union.contains(v) {
                    union.push(v.clone());
                }
            }
        }
        let name = field.to_uppercase();
        let _ = writeln!(rs, "static {name}: [{}; {}] = [{}];", ty.replace("&'static ", "&"), union.len(), union.join(", "));
        let _ = writeln!(fields, "        {field}: Lexicon::new(part[{k}], {k}, &{name}),");
        checks.push(format!("l.{field}.valid()"));
        let _ = write!(entries, "&l.{field}.entries, ");
        all.push(union);
    }
    let _ = writeln!(rs, "\n/// How many lexicons a language has.\npub(super) const LEXICONS: usize = {};", first.lexicons.len());
    let _ = write!(
        rs,
        "\n/// The lexicons whose lines are `parts`, in index order (a part missing: none).\n\
         pub(super) fn lexicons(parts: &[&'static str]) -> Lexicons {{\n    let part: [&'static str; LEXICONS] = std::array::from_fn(|k| parts.get(k).copied().unwrap_or(\"\"));\n    Lexicons {{\n{fields}    }}\n}}\n\n\
         /// Whether every line of `l` reads (`Lexicon::valid`).\npub(super) fn valid(l: &Lexicons) -> bool {{\n    {}\n}}\n\n\
         /// `l`'s entries in index order, for `Index::new`.\npub(super) fn entries(l: &Lexicons) -> [&Entries; LEXICONS] {{\n    [{entries}]\n}}\n",
        checks.join(" && ")
    );
    (rs, all)
}

/// A language's file: `factbox-lang 2 <code> <values id>`, then each
/// lexicon's lines, then the affixes (`conj`, `prep`, `article`, `suffix`,
/// each a word a line), the subject's word count and the warming sentence
/// (`warm.txt`), parts separated by U+001E. `main` writes it in `codec`'s
/// form; the wasm fetches it (`lang::install`), the native build includes it.
fn file(code: &str, id: &str, language: &compile::Language, values: &[Vec<String>]) -> String {
    let mut parts = vec![format!("factbox-lang 2 {code} {id}")];
    for (k, (_, _, lex)) in language.lexicons.iter().enumerate() {
        let union: Vec<&String> = values[k].iter().collect();
        parts.push(compile::lines_in(lex, &union));
    }
    for class in ["conj", "prep", "article", "suffix"] {
        parts.push(language.classes.get(class).map(|w| w.join("\n")).unwrap_or_default());
    }
    parts.push(language.subject_words.to_string());
    parts.push(language.warm.clone());
    parts.join("\u{1e}")
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
