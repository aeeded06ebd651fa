//! Writes `lower.rs` (see `lowercase_runs`) and the browser's stylesheets
//! without their comments (`css`), and copies each language's word lists (`src/lang/<code>/*.txt`) into
//! `OUT_DIR` without their comment and blank lines, which the library then
//! includes: the comments are for the linguists who edit the lists, and
//! would otherwise ship in every wasm download.

use std::fs;
use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out).join("lower.rs"), lowercase_runs()).expect("OUT_DIR is writable");
    for name in ["box.css", "highlight.css"] {
        let path = Path::new("src/web").join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("the stylesheets are UTF-8");
        fs::write(Path::new(&out).join(name), css(&text)).expect("OUT_DIR is writable");
    }
    let lang = Path::new("src/lang");
    println!("cargo:rerun-if-changed=src/lang");
    for dir in fs::read_dir(lang).expect("src/lang").flatten().filter(|e| e.path().is_dir()) {
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
            fs::write(target.join(file.file_name()), kept).expect("OUT_DIR is writable");
        }
    }
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
