//! factbox finds the key figures of a news article — how many were killed,
//! injured, missing, detained, displaced, how many troops were sent, sums of
//! money, percentages — in Arabic and English (`spec/FACTS.md`).
//!
//! The core is pure Rust with no DOM or wasm dependency: the CLI, the tests
//! and the benchmarks run it natively; `web` (wasm only) is a thin layer on top.
//!
//! ```
//! let report = factbox::extract("مقتل 26 محتجاً", &factbox::Options::default());
//! assert_eq!(report.facts[0].value, Some(26.0));
//! ```

/// The wasm's allocator (smaller than std's dlmalloc).
#[cfg(target_arch = "wasm32")]
mod blocks;
pub mod facts;
#[cfg(any(not(target_arch = "wasm32"), feature = "server"))]
pub mod html;
pub mod lang;
pub mod model;
pub mod numbers;
pub mod screen;
/// The server's wasm (`--features server`, for Node) has no DOM layer.
#[cfg(all(target_arch = "wasm32", feature = "server"))]
pub mod server;
pub mod text;
#[cfg(all(target_arch = "wasm32", not(feature = "server")))]
pub mod web;

#[cfg(any(not(target_arch = "wasm32"), feature = "server"))]
pub use html::render;
pub use model::{Approx, Category, Excerpt, Fact, Lang, Mention, Qualifier, Report, Span};

/// How to read an article.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The article's language; `None` decides by script.
    pub lang: Option<Lang>,
}

/// The language of `text` by its letters: Arabic when Arabic letters
/// outnumber Latin ones (no statistical detector: it would weigh hundreds of KB).
/// Read by bytes: ASCII and the main Arabic block (lead bytes 0xD8..=0xDB,
/// U+0600..=U+06FF) are told by their first byte; only other characters are
/// decoded.
pub fn detect_lang(text: &str) -> Lang {
    /// Enough letters to tell the scripts apart; a longer look costs time, not accuracy.
    const SAMPLE: usize = 400;
    let (mut arabic, mut latin) = (0usize, 0usize);
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() && arabic + latin < SAMPLE {
        at += match bytes[at] {
            b'a'..=b'z' | b'A'..=b'Z' => {
                latin += 1;
                1
            }
            0..=0x7F => 1,
            0xD8..=0xDB => {
                arabic += 1;
                2
            }
            _ => {
                let Some(c) = text[at..].chars().next() else { break };
                if matches!(c, '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}') {
                    arabic += 1;
                }
                c.len_utf8()
            }
        };
    }
    if arabic > latin {
        Lang::Ar
    } else {
        Lang::En
    }
}

/// Every figure of `text`. Spans are UTF-8 byte offsets into `text`.
///
/// A long text is read piece by piece (`text::pieces`), each piece whole
/// lines, and the figures of all pieces merged: the tables built per token
/// stay small enough for the cache, so a 10 MB text goes as fast per byte as
/// an article. Nothing a figure's reading needs crosses a line break, but for
/// one thing: which country an ambiguous currency ("dinars") belongs to is
/// decided by the countries its piece names.
///
/// Figures a reader may not see as written (bidi controls, mixed digits,
/// numbers in URLs or hashtags) are left out or `other` (`screen`).
pub fn extract(text: &str, options: &Options) -> Report {
    let lang = options.lang.unwrap_or_else(|| detect_lang(text));
    let data = lang::LangData::get(lang);
    let mut merged = facts::report::Merged::default();
    for (at, piece) in text::pieces(text, text::PIECE) {
        let doc = text::Doc::new(piece, data);
        let mut quantities = numbers::find(&doc);
        let spans = screen::screen(&doc, &mut quantities);
        facts::found(&doc, &quantities, &spans, at, &mut merged);
    }
    let mut facts = merged.finish(text);
    screen::tidy(&mut facts);
    Report { lang, facts }
}
