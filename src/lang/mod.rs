//! Language data. Every language fills the same tables from plain text files
//! in its own folder (`src/lang/<code>/*.txt`); the matching logic in
//! `numbers` and `facts` is shared. `build.rs` compiles the files into one
//! text file per language (`compile`, `OUT_DIR/lang/<code>.bin`): each
//! lexicon's lines, searched where they lie, pointing into meanings all
//! languages share (`values`, compiled into the library). The native
//! library includes every file; the browser's wasm includes none and is
//! handed the one of its article's language (`install`), so a page
//! downloads one language's words, not all. Adding a language is adding a
//! folder of files, its `mod.rs` and a `Lang` variant — see the README.

/// The word lists of language `code` as text, as `build.rs` copies them
/// (without comments), for the tests that compile them again.
#[cfg(test)]
macro_rules! files {
    ($code:literal: $($name:ident),*) => {
        crate::lang::compile::Files { $($name: include_str!(concat!(env!("OUT_DIR"), "/lang/", $code, "/", stringify!($name), ".txt"))),* }
    };
    ($code:literal) => {
        files!($code: grammar, numbers, vague, qualifiers, killed, injured, missing, detained, displaced, troops, not_graded,
            military, persons, not_counted, not_counted_before, months, currencies, countries, percent, sources, warm)
    };
}
#[cfg(test)]
use files;

mod ar;
mod codec;
#[cfg(test)]
pub mod compile;
mod en;
pub mod hash;
pub mod lexicon;
mod load;

pub use load::install;

use crate::model::{Approx, Category, Lang, Qualifier};
use crate::text::affix::Affixes;
#[cfg(test)]
use lexicon::Entries;
use lexicon::{Index, Lexicon};

/// What a number word contributes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NumberWord {
    /// A plain value: "five", "خمسة", "twenty", "ثلاثمئة".
    Value(f64),
    /// Multiplies what precedes it, or is itself 1×: "thousand", "مليون".
    Scale(f64),
    /// A dual scale: 2× alone ("ألفين"), the scale after a number ("150 ألفا").
    DualScale(f64),
    /// A fraction of the next scale or of the preceding value: "half", "نصف".
    Fraction(f64),
    /// A written abbreviation that scales a sum only after a currency sign: "$10m".
    Abbrev(f64),
}

/// Where a word stands relative to the number it qualifies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Before,
    After,
}

/// A category trigger. `sentence` triggers reach across the whole sentence
/// before the number ("the death toll … rose to 57"); `force` triggers name
/// a force itself ("a 5,000-strong force", "قوامها"), so the count is
/// `troops` even when no soldier noun follows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Trigger {
    pub category: Category,
    pub sentence: bool,
    pub force: bool,
}

/// A currency word: its candidate ISO codes (the first is the default), the
/// side of the number it stands on, and a multiplier ("p" is 0.01 GBP).
#[derive(Clone, Debug, PartialEq)]
pub struct Currency {
    pub codes: &'static [&'static str],
    pub side: Side,
    pub factor: f64,
    /// Must touch the number ("68p", "$10m"), as in written abbreviations.
    pub attached: bool,
}

/// Closed classes of words from `grammar.txt`, folded.
#[derive(Default)]
pub struct Classes {
    /// The clitics that may be written onto a word: conjunctions (و، ف),
    /// prepositions (ب، ل، ك), the article (ال، لل), and the suffixes tried
    /// when a word is not in a list (pronouns, tanween alef, "'s").
    pub affixes: Affixes,
    /// How many words a subject may take: an Arabic counted noun is one word
    /// (its adjectives follow it), an English one may carry adjectives before it.
    pub subject_words: usize,
}

/// All the tables of one language.
pub struct LangData {
    pub lang: Lang,
    pub words: Classes,
    /// Which lexicons each word starts an entry of.
    pub index: Index,
    /// The lexicons, static (`data.numbers` reads through, by `Deref`).
    pub lexicons: &'static Lexicons,
    /// A sentence of the language the browser extracts before an article's
    /// (`warm.txt`; `web::live`'s `Job::Warm`).
    pub warm: &'static str,
}

impl std::ops::Deref for LangData {
    type Target = Lexicons;
    fn deref(&self) -> &Lexicons {
        self.lexicons
    }
}

/// A language's lexicons, in the order of their index bits.
pub struct Lexicons {
    pub numbers: Lexicon<NumberWord>,
    /// `None`: a vague amount the spec does not grade ("hundreds of millions").
    pub vague: Lexicon<Option<Approx>>,
    /// Hedges written before the number ("at least 5", "نحو 10").
    pub qualifiers_before: Lexicon<Qualifier>,
    /// Hedges written after the number or its noun ("5 على الأقل", "5 or more").
    pub qualifiers_after: Lexicon<Qualifier>,
    pub triggers: Lexicon<Trigger>,
    pub military: Lexicon<()>,
    /// Nouns for people; `true` when the sound plural is used, so "-ين" is
    /// not read as a dual.
    pub persons: Lexicon<bool>,
    pub not_counted: Lexicon<()>,
    pub not_counted_before: Lexicon<()>,
    pub months: Lexicon<()>,
    pub currencies: Lexicon<Currency>,
    pub countries: Lexicon<&'static str>,
    pub percent: Lexicon<()>,
    /// Attribution phrases; the side is where the source stands.
    pub sources: Lexicon<Side>,
    pub between: Lexicon<()>,
    pub from: Lexicon<()>,
    pub to: Lexicon<()>,
    pub and: Lexicon<()>,
    pub change: Lexicon<()>,
    /// Introduces a part of the count before it: "including", "بينهم".
    pub subset: Lexicon<()>,
    /// Words that do not separate a trigger from its number ("، الجمعة،").
    pub transparent: Lexicon<()>,
    /// Words that open a new clause, and so separate like a comma ("while", "إنها").
    pub clause: Lexicon<()>,
    /// The indefinite article, which makes "a dozen" a number.
    pub article_a: Lexicon<()>,
    /// Words between a number and its noun ("of", "من").
    pub of: Lexicon<()>,
    /// Words that may follow a number whose noun is left out in a list
    /// ("9,000 in Iraq", "و9 آلاف في العراق"): prepositions, not nouns.
    pub elided: Lexicon<()>,
    /// Groups of people that are no count of people: families, households.
    pub group: Lexicon<()>,
    /// "One of", an explicit one before the people it names: "أحد أفراد".
    pub one_of: Lexicon<()>,
    /// Nouns of cases counted by what happened in them: "687 حالة اعتقال".
    pub case: Lexicon<()>,
    /// Words of comparison that join two sums ("أقل من 25 مليار", "compared with").
    pub compare: Lexicon<()>,
    /// Words never taken as a subject.
    pub stop: Lexicon<()>,
    /// Pronouns, never a source.
    pub pronoun: Lexicon<()>,
    /// Words that end a source's name.
    pub source_end: Lexicon<()>,
    /// Words no source's name opens with: complementizers, times ("أنه", "خلال").
    pub not_source: Lexicon<()>,
    /// Words after which an attribution verb is a participle, no
    /// attribution: "was told", "previously reported", "an estimated".
    pub participle: Lexicon<()>,
    /// A relative word before an attribution verb: "بحسب ما أعلنه…".
    pub relative: Lexicon<()>,
    /// The auxiliary right before a passive participle ("were arrested"):
    /// the predicate of a counted subject however long its noun phrase.
    pub passive: Lexicon<()>,
    /// A word that negates the trigger right after it: "who can't arrest
    /// anyone", "لم يصب"; a negated event happened to no one.
    pub negation: Lexicon<()>,
    /// Words of illness: where one stands, hurt is sickness, no wound
    /// ("أصابت الكوليرا 80 ألفا", "infected 45,000").
    pub illness: Lexicon<()>,
    /// The duals of the nouns for people ("قتيلان", "امرأتين"), each the
    /// number two of what it counts; built from `persons` (see `duals`).
    pub duals: Lexicon<()>,
}

impl LangData {
    /// The tables of `lang`. In the browser's wasm, those `install` was
    /// given; empty ones (no figure found) for a language it was not:
    /// the web layer installs the article's language before it extracts.
    pub fn get(lang: Lang) -> &'static LangData {
        load::get(lang)
    }

    /// Whether `lang`'s tables are there (always, but in the browser's wasm).
    pub fn loaded(lang: Lang) -> bool {
        load::loaded(lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side(s: &str) -> bool {
        matches!(s, "before" | "after")
    }

    /// Every line of every data file parses (a typo would silently drop a word).
    #[test]
    fn every_data_line_parses() {
        for (lang, files) in [(Lang::Ar, &ar::FILES), (Lang::En, &en::FILES)] {
            for (name, data, fields_ok) in [
                ("numbers", files.numbers, &(|f: &[&str]| compile::number_word(f).is_some()) as &dyn Fn(&[&str]) -> bool),
                ("currencies", files.currencies, &|f: &[&str]| compile::currency(f).is_some_and(|c| !c.contains("\"XXX\""))),
                ("qualifiers", files.qualifiers, &|f: &[&str]| f.len() == 2 && side(f[0]) && Qualifier::from_name(f[1]).is_some()),
                ("vague", files.vague, &|f: &[&str]| f.len() == 1 && (f[0] == "-" || Approx::from_name(f[0]).is_some())),
                ("sources", files.sources, &|f: &[&str]| f.len() == 1 && side(f[0])),
                ("countries", files.countries, &|f: &[&str]| f.len() == 1 && compile::intern_code(f[0]) != "XXX"),
            ] {
                for line in data.lines() {
                    let line = line.split('#').next().unwrap_or("").trim();
                    if line.is_empty() {
                        continue;
                    }
                    let fields: Vec<&str> = line.split('|').skip(1).map(str::trim).collect();
                    assert!(fields_ok(&fields), "{lang:?} {name}: bad line {line:?}");
                }
            }
        }
    }

    #[test]
    fn both_languages_load() {
        assert!(LangData::get(Lang::Ar).triggers.contains("مقتل"));
        assert!(LangData::get(Lang::En).triggers.contains("killed"));
    }

    /// The static tables hold every entry the lists compile to: each
    /// phrase is found whole (or a longer one with it), with its first
    /// word in the index under the lexicon's bit.
    #[test]
    fn the_static_tables_are_the_compiled_lists() {
        for (lang, files) in [(Lang::Ar, &ar::FILES), (Lang::En, &en::FILES)] {
            let data = LangData::get(lang);
            let entries = |name: &str| -> Option<&Entries> {
                Some(match name {
                    "numbers" => &data.numbers.entries,
                    "triggers" => &data.triggers.entries,
                    "persons" => &data.persons.entries,
                    "currencies" => &data.currencies.entries,
                    "duals" => &data.duals.entries,
                    "stop" => &data.stop.entries,
                    _ => return None,
                })
            };
            let compiled = compile::language(files);
            for (name, _, lex) in &compiled.lexicons {
                let Some(e) = entries(name) else { continue };
                for (first, list) in &lex.firsts {
                    assert!(data.index.bits(first) & e.bit() != 0, "{lang:?} {name} {first}");
                    for (rest, _) in list {
                        let next = |k: usize| rest.get(k).map(String::as_str);
                        assert!(e.phrase(first, &next).is_some_and(|(n, _)| n > rest.len()), "{lang:?} {name} {first} {rest:?}");
                    }
                }
            }
        }
    }
}
