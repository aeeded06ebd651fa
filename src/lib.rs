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

pub mod facts;
pub mod lang;
pub mod model;
pub mod numbers;
pub mod text;
#[cfg(target_arch = "wasm32")]
pub mod web;

pub use model::{Approx, Category, Fact, Lang, Mention, Qualifier, Report, Span};

/// How to read an article.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The article's language; `None` decides by script.
    pub lang: Option<Lang>,
}

/// The language of `text` by its letters: Arabic when Arabic letters
/// outnumber Latin ones (no statistical detector: it would weigh hundreds of KB).
pub fn detect_lang(text: &str) -> Lang {
    /// Enough letters to tell the scripts apart; a longer look costs time, not accuracy.
    const SAMPLE: usize = 400;
    let (mut arabic, mut latin) = (0usize, 0usize);
    for c in text.chars() {
        match c {
            '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' => arabic += 1,
            'a'..='z' | 'A'..='Z' => latin += 1,
            _ => continue,
        }
        if arabic + latin >= SAMPLE {
            break;
        }
    }
    if arabic > latin {
        Lang::Ar
    } else {
        Lang::En
    }
}

/// Every figure of `text`. Spans are UTF-8 byte offsets into `text`.
pub fn extract(text: &str, options: &Options) -> Report {
    let lang = options.lang.unwrap_or_else(|| detect_lang(text));
    let doc = text::Doc::new(text, lang::LangData::get(lang));
    let quantities = numbers::find(&doc);
    Report { lang, facts: facts::facts(&doc, &quantities) }
}
