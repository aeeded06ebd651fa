//! Language data. Every language fills the same tables from plain text files
//! in its own folder (`src/lang/<code>/*.txt`); the matching logic in
//! `numbers` and `facts` is shared. Adding a language is adding a folder of
//! files, a `Files` constant and a `Lang` variant — see the README.

/// A word list of language `code`, as `build.rs` copies it: without comments.
macro_rules! data {
    ($code:literal, $name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/lang/", $code, "/", $name, ".txt"))
    };
}
use data;

mod ar;
mod en;
pub mod lexicon;

use crate::model::{Approx, Category, Lang, Qualifier};
use crate::text::affix::Affixes;
use lexicon::{before_comment, fields, FxMap, Index, Lexicon};
use std::sync::OnceLock;

/// The raw text of one language's data files.
pub struct Files {
    pub grammar: &'static str,
    pub numbers: &'static str,
    pub vague: &'static str,
    pub qualifiers: &'static str,
    pub killed: &'static str,
    pub injured: &'static str,
    pub missing: &'static str,
    pub detained: &'static str,
    pub displaced: &'static str,
    pub troops: &'static str,
    pub not_graded: &'static str,
    pub military: &'static str,
    pub persons: &'static str,
    pub not_counted: &'static str,
    pub not_counted_before: &'static str,
    pub months: &'static str,
    pub currencies: &'static str,
    pub countries: &'static str,
    pub percent: &'static str,
    pub sources: &'static str,
}

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
    pub codes: Vec<&'static str>,
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
    /// The duals of the nouns for people ("قتيلان", "امرأتين"), each the
    /// number two of what it counts; built from `persons` (see `duals`).
    pub duals: Lexicon<()>,
}

impl LangData {
    /// The data of `lang`, parsed once.
    pub fn get(lang: Lang) -> &'static LangData {
        static AR: OnceLock<LangData> = OnceLock::new();
        static EN: OnceLock<LangData> = OnceLock::new();
        match lang {
            Lang::Ar => AR.get_or_init(|| LangData::load(lang, &ar::FILES)),
            Lang::En => EN.get_or_init(|| LangData::load(lang, &en::FILES)),
        }
    }

    fn load(lang: Lang, f: &Files) -> LangData {
        let grammar = parse_grammar(f.grammar);
        let class = |name: &str| grammar.get(name).map_or(&[][..], Vec::as_slice);
        let role = |name: &str| {
            let lines = grammar.get(name).map(|v| v.join("\n")).unwrap_or_default();
            Lexicon::words(&lines)
        };
        let mut triggers = String::new();
        for (data, cat) in [
            (f.killed, "killed"),
            (f.injured, "injured"),
            (f.missing, "missing"),
            (f.detained, "detained"),
            (f.displaced, "displaced"),
            (f.troops, "troops"),
            (f.not_graded, "other"),
        ] {
            for line in data.lines() {
                let (phrase, flags) = line.split_once('|').unwrap_or((line, ""));
                let phrase = before_comment(phrase);
                if !phrase.is_empty() {
                    for part in [phrase, " | ", cat, " | ", flags.trim(), "\n"] {
                        triggers.push_str(part);
                    }
                }
            }
        }
        let mut data = LangData {
            lang,
            index: Index::default(),
            numbers: Lexicon::parse(f.numbers, parse_number_word),
            vague: Lexicon::parse(f.vague, |fields| match fields.first().copied() {
                Some("-") => Some(None),
                Some(name) => Approx::from_name(name).map(Some),
                None => None,
            }),
            qualifiers_before: qualifiers(f.qualifiers, Side::Before),
            qualifiers_after: qualifiers(f.qualifiers, Side::After),
            triggers: Lexicon::parse(&triggers, |fields| {
                let flags = fields.get(1).copied().unwrap_or("");
                let category = Category::from_name(fields.first()?)?;
                // Words compared whole: a substring search (`str::contains`) would cost 1 KB of wasm.
                let flag = |name: &str| flags.split_ascii_whitespace().any(|f| f == name);
                Some(Trigger { category, sentence: flag("sentence"), force: flag("force") })
            }),
            military: Lexicon::words(f.military),
            persons: Lexicon::parse(f.persons, |fields| Some(fields.first() == Some(&"sound"))),
            not_counted: Lexicon::words(f.not_counted),
            not_counted_before: Lexicon::words(f.not_counted_before),
            months: Lexicon::words(f.months),
            currencies: Lexicon::parse(f.currencies, parse_currency),
            countries: Lexicon::parse(f.countries, |fields| fields.first().map(|c| intern_code(c))),
            percent: Lexicon::words(f.percent),
            sources: Lexicon::parse(f.sources, |fields| parse_side(fields.first()?)),
            between: role("between"),
            from: role("from"),
            to: role("to"),
            and: role("and"),
            change: role("change"),
            subset: role("subset"),
            transparent: role("transparent"),
            clause: role("clause"),
            article_a: role("a"),
            of: role("of"),
            elided: role("elided"),
            compare: role("compare"),
            case: role("case"),
            one_of: role("one_of"),
            group: role("group"),
            stop: role("stop"),
            pronoun: role("pronoun"),
            source_end: role("source_end"),
            not_source: role("not_source"),
            relative: role("relative"),
            passive: role("passive"),
            negation: role("negation"),
            participle: role("participle"),
            duals: Lexicon::words(""),
            words: Classes {
                affixes: Affixes::new(class("conj"), class("prep"), class("article"), class("suffix")),
                subject_words: class("subject_words").first().and_then(|v| v.parse().ok()).unwrap_or(1),
            },
        };
        data.duals =
            duals(&data.persons, class("dual"), class("dual_feminine"), class("ta_marbuta"), class("sound_plural"), class("not_dual"));
        let mut index = Index::default();
        index.add(&mut data.numbers);
        index.add(&mut data.vague);
        index.add(&mut data.qualifiers_before);
        index.add(&mut data.qualifiers_after);
        index.add(&mut data.triggers);
        index.add(&mut data.military);
        index.add(&mut data.persons);
        index.add(&mut data.not_counted);
        index.add(&mut data.not_counted_before);
        index.add(&mut data.months);
        index.add(&mut data.currencies);
        index.add(&mut data.countries);
        index.add(&mut data.percent);
        index.add(&mut data.sources);
        index.add(&mut data.between);
        index.add(&mut data.from);
        index.add(&mut data.to);
        index.add(&mut data.and);
        index.add(&mut data.change);
        index.add(&mut data.subset);
        index.add(&mut data.transparent);
        index.add(&mut data.clause);
        index.add(&mut data.article_a);
        index.add(&mut data.of);
        index.add(&mut data.elided);
        index.add(&mut data.compare);
        index.add(&mut data.case);
        index.add(&mut data.one_of);
        index.add(&mut data.group);
        index.add(&mut data.stop);
        index.add(&mut data.pronoun);
        index.add(&mut data.source_end);
        index.add(&mut data.not_source);
        index.add(&mut data.relative);
        index.add(&mut data.passive);
        index.add(&mut data.negation);
        index.add(&mut data.participle);
        index.add(&mut data.duals);
        index.finish();
        data.index = index;
        data
    }
}

/// Every dual of a noun of `persons`: the noun and a dual ending, or for a
/// feminine ending the noun without its `ta_marbuta`. Nouns whose plural
/// is sound take no ending shared with the `sound_plural`; the forms of
/// `not_dual` are names, not duals.
fn duals(
    persons: &Lexicon<bool>,
    endings: &[String],
    feminine: &[String],
    ta_marbuta: &[String],
    sound_plural: &[String],
    not_dual: &[String],
) -> Lexicon<()> {
    let mut lines = String::new();
    for (noun, &sound) in persons.single_words() {
        let plain = endings.iter().map(|e| (noun, e));
        let fem = feminine.iter().filter_map(|e| ta_marbuta.iter().find_map(|t| noun.strip_suffix(t.as_str())).map(|stem| (stem, e)));
        for (stem, end) in plain.chain(fem) {
            let plural = sound && sound_plural.iter().any(|p| end.ends_with(p.as_str()));
            // A dual form that is a name ("طالبان") is listed in `not_dual`.
            let name = not_dual.iter().any(|n| n.strip_prefix(stem).is_some_and(|rest| rest == end));
            if !plural && !name && stem.chars().count() >= 2 {
                for part in [stem, end.as_str(), "\n"] {
                    lines.push_str(part);
                }
            }
        }
    }
    Lexicon::words(&lines)
}

/// The qualifiers of `data` that stand on `side` of the number.
fn qualifiers(data: &str, side: Side) -> Lexicon<Qualifier> {
    let mut lines = String::new();
    for l in data.lines().filter(|l| fields(l).nth(1).and_then(parse_side) == Some(side)) {
        lines.push_str(l);
        lines.push('\n');
    }
    Lexicon::parse(&lines, |fields| Qualifier::from_name(fields.get(1)?))
}

fn parse_grammar(data: &str) -> FxMap<String, Vec<String>> {
    let mut map: FxMap<String, Vec<String>> = FxMap::default();
    for line in data.lines() {
        let line = before_comment(line);
        if let Some((role, phrase)) = line.split_once('|') {
            map.entry(role.trim().to_owned()).or_default().push(crate::text::fold_str(phrase.trim()));
        }
    }
    map
}

fn parse_side(s: &str) -> Option<Side> {
    match s {
        "before" => Some(Side::Before),
        "after" => Some(Side::After),
        _ => None,
    }
}

fn parse_number_word(fields: &[&str]) -> Option<NumberWord> {
    let value: f64 = fields.first()?.parse().ok()?;
    Some(match fields.get(1).copied() {
        None => NumberWord::Value(value),
        Some("scale") => NumberWord::Scale(value),
        Some("dual") => NumberWord::DualScale(value),
        Some("fraction") => NumberWord::Fraction(value),
        Some("abbrev") => NumberWord::Abbrev(value),
        Some(_) => return None,
    })
}

fn parse_currency(fields: &[&str]) -> Option<Currency> {
    let codes: Vec<&'static str> = fields.first()?.split_whitespace().map(intern_code).collect();
    let side = parse_side(fields.get(1)?)?;
    let mut factor = 1.0;
    let mut attached = false;
    for flag in &fields[2..] {
        match *flag {
            "attached" => attached = true,
            f => factor = f.parse().ok()?,
        }
    }
    (!codes.is_empty()).then_some(Currency { codes, side, factor, attached })
}

/// ISO 4217 codes as `&'static str`, so facts carry them without allocating.
fn intern_code(code: &str) -> &'static str {
    const CODES: &[&str] = &[
        "USD", "EUR", "GBP", "JPY", "CNY", "INR", "RUB", "CHF", "CAD", "AUD", "TRY", "SAR", "AED", "QAR", "KWD", "BHD", "OMR", "JOD",
        "IQD", "EGP", "SDG", "LBP", "SYP", "YER", "IRR", "ILS", "TND", "DZD", "MAD", "LYD", "MRU", "PKR", "AFN", "NGN", "ZAR", "KES",
        "BRL", "MXN", "KRW", "UAH", "SEK", "NOK", "DKK", "PLN", "HKD", "SGD", "NZD", "KZT", "TWD", "LKR", "NPR",
    ];
    CODES.iter().copied().find(|c| c.eq_ignore_ascii_case(code)).unwrap_or("XXX")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every line of every data file parses (a typo would silently drop a word).
    #[test]
    fn every_data_line_parses() {
        for (lang, files) in [(Lang::Ar, &ar::FILES), (Lang::En, &en::FILES)] {
            for (name, data, fields_ok) in [
                ("numbers", files.numbers, &(|f: &[&str]| parse_number_word(f).is_some()) as &dyn Fn(&[&str]) -> bool),
                ("currencies", files.currencies, &|f: &[&str]| parse_currency(f).is_some_and(|c| !c.codes.contains(&"XXX"))),
                ("qualifiers", files.qualifiers, &|f: &[&str]| {
                    f.len() == 2 && parse_side(f[0]).is_some() && Qualifier::from_name(f[1]).is_some()
                }),
                ("vague", files.vague, &|f: &[&str]| f.len() == 1 && (f[0] == "-" || Approx::from_name(f[0]).is_some())),
                ("sources", files.sources, &|f: &[&str]| f.len() == 1 && parse_side(f[0]).is_some()),
                ("countries", files.countries, &|f: &[&str]| f.len() == 1 && intern_code(f[0]) != "XXX"),
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
}
