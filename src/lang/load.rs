//! A language's tables from its file (`build.rs` writes `lang/<code>.bin`,
//! its text in the travelling form of `codec`):
//! each lexicon's lines are slices of the file's text, their meanings the
//! shared `values`. The native library and the server's wasm include every
//! file; the browser's wasm includes none, and the page hands it the file
//! of its article's language (`install`), so each download carries one
//! language's words.

use super::lexicon::{Entries, Index, Lexicon};
use super::{Classes, Currency, LangData, Lexicons, NumberWord, Side, Trigger};
use crate::model::{Approx, Category, Lang, Qualifier};
use crate::text::affix::Affixes;
use std::sync::OnceLock;

/// The meanings, each lexicon's an array, and `lexicons`, written by build.rs.
mod values {
    use super::*;
    include!(concat!(env!("OUT_DIR"), "/lang/values.rs"));
}

/// The part separator of a language file.
const SEP: char = '\u{1e}';

/// The affix classes after the lexicons, then the subject's word count and
/// the warming sentence.
const TAIL: usize = 6;

/// The tables in `file`, a language file of this build, or `None` when it
/// is not one (another build's, truncated, not a language file at all).
/// Its text is kept for the program's life: the lexicons are slices of it.
/// (The browser's wasm installs files instead: `install`.)
#[cfg(any(not(target_arch = "wasm32"), feature = "server"))]
pub fn read(file: &[u8]) -> Option<LangData> {
    parse(Box::leak(super::codec::decode(file)?.into_boxed_str()))
}

/// The language of a file's text, if its first part, `factbox-lang 2
/// <code> <values id>`, is of this build.
fn language(text: &str) -> Option<Lang> {
    let mut head = text.split(SEP).next()?.split(' ');
    let ok = head.next() == Some("factbox-lang") && head.next() == Some("2");
    let lang = head.next().and_then(Lang::from_tag).filter(|_| ok)?;
    (head.next() == Some(values::ID) && head.next().is_none()).then_some(lang)
}

/// `read`, past the decoding.
fn parse(text: &'static str) -> Option<LangData> {
    let lang = language(text)?;
    let parts: Vec<&'static str> = text.split(SEP).skip(1).collect();
    if parts.len() != values::LEXICONS + TAIL {
        return None;
    }
    let lexicons = values::lexicons(&parts);
    if !values::valid(&lexicons) {
        return None;
    }
    let class = |k: usize| -> Vec<&str> { parts[values::LEXICONS + k].lines().collect() };
    let subject_words = parts[values::LEXICONS + 4].parse().ok()?;
    let warm = parts[values::LEXICONS + 5];
    let affixes = Affixes::new(&class(0), &class(1), &class(2), &class(3));
    Some(tables(lang, Classes { affixes, subject_words }, lexicons, warm))
}

/// A language's `LangData`: its lexicons kept for the program's life (as
/// the static ones were) and their word index.
fn tables(lang: Lang, words: Classes, lexicons: Lexicons, warm: &'static str) -> LangData {
    let lexicons: &'static Lexicons = Box::leak(Box::new(lexicons));
    LangData { lang, words, index: Index::new(&values::entries(lexicons)), lexicons, warm }
}

/// The tables of a language whose file was not given: no entries at all.
fn empty(lang: Lang) -> LangData {
    tables(lang, Classes::default(), values::lexicons(&[]), "")
}

/// One language's slot.
fn slot(lang: Lang) -> &'static OnceLock<LangData> {
    static AR: OnceLock<LangData> = OnceLock::new();
    static EN: OnceLock<LangData> = OnceLock::new();
    match lang {
        Lang::Ar => &AR,
        Lang::En => &EN,
    }
}

/// The file of `lang` this build includes, where it includes them.
#[cfg(any(not(target_arch = "wasm32"), feature = "server"))]
fn builtin(lang: Lang) -> &'static [u8] {
    match lang {
        Lang::Ar => include_bytes!(concat!(env!("OUT_DIR"), "/lang/ar.bin")),
        Lang::En => include_bytes!(concat!(env!("OUT_DIR"), "/lang/en.bin")),
    }
}

/// See `LangData::get`.
pub fn get(lang: Lang) -> &'static LangData {
    let slot = slot(lang);
    #[cfg(any(not(target_arch = "wasm32"), feature = "server"))]
    return slot.get_or_init(|| read(builtin(lang)).unwrap_or_else(|| empty(lang)));
    #[cfg(all(target_arch = "wasm32", not(feature = "server")))]
    return slot.get().unwrap_or_else(|| {
        static NONE: [OnceLock<LangData>; 2] = [OnceLock::new(), OnceLock::new()];
        NONE[usize::from(lang == Lang::En)].get_or_init(|| empty(lang))
    });
}

/// See `LangData::loaded`.
pub fn loaded(lang: Lang) -> bool {
    cfg!(any(not(target_arch = "wasm32"), feature = "server")) || slot(lang).get().is_some()
}

/// Installs the tables of a language file (kept for the page's life, as
/// the included ones are); the language, or `None` when `file` is no
/// language file of this build. A language given twice keeps the first:
/// the second file is read no further than its first part (its text would
/// otherwise be kept, and a word index built, for nothing).
pub fn install(file: &[u8]) -> Option<Lang> {
    let text = super::codec::decode(file)?;
    let lang = language(&text)?;
    if slot(lang).get().is_none() {
        let _ = slot(lang).set(parse(Box::leak(text.into_boxed_str()))?);
    }
    Some(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_what_is_no_file_of_this_build() {
        let good: &'static str = Box::leak(super::super::codec::decode(builtin(Lang::En)).unwrap().into_boxed_str());
        assert!(parse(good).is_some());
        let before = good.replacen("factbox-lang 2", "factbox-lang 1", 1);
        assert!(read(before.as_bytes()).is_none(), "the first form: plain UTF-8 text");
        for bad in ["", "factbox-lang 2 en", &good[..good.len() / 2], &good.replace(values::ID, "0000000000000000")] {
            assert!(parse(Box::leak(bad.to_owned().into_boxed_str())).is_none());
        }
        let wrong = good.replacen("\t1\n", "\t99999\n", 1);
        assert!(parse(Box::leak(wrong.into_boxed_str())).is_none());
        assert!(empty(Lang::Ar).triggers.word("killed").is_none());
    }

    /// A language given again keeps its tables: the second file is not
    /// read past its first part, which must still be of this build.
    #[test]
    fn a_language_given_twice_keeps_the_first() {
        let first: *const LangData = get(Lang::En);
        assert_eq!(install(builtin(Lang::En)), Some(Lang::En));
        assert!(std::ptr::eq(first, get(Lang::En)));
        assert_eq!(install(b"factbox-lang 2 en 0000000000000000"), None);
    }

    /// Each language's warming sentence is of its language and has figures
    /// to find (a toll, a sum), so extracting it runs the engine's paths.
    #[test]
    fn the_warming_sentences_have_figures() {
        for lang in [Lang::Ar, Lang::En] {
            let warm = get(lang).warm;
            assert_eq!(crate::detect_lang(warm), lang, "{warm}");
            let report = crate::extract(warm, &crate::Options { lang: Some(lang) });
            assert!(report.facts.len() >= 3, "{lang:?}: {:?}", report.facts.iter().map(|f| f.value).collect::<Vec<_>>());
        }
    }
}
