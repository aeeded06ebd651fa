//! Compiles a language's word lists into its tables. `build.rs` runs this
//! (including the file, with the folding code of `text::normalize`, so the
//! lists fold exactly as article text does) and writes the tables as Rust
//! statics (`lang::tables`): the wasm carries them as data, builds no table
//! at run time, and carries no parser. The crate's tests run it too.
//!
//! The meaning of a line comes back as `T`: Rust source for `build.rs`,
//! the value itself in tests.

use crate::text::fold_str;
use std::collections::BTreeMap;

/// A lexicon: its first words (in the order they first appear), each with
/// its entries (the words after the first, and the meaning's position in
/// `values`), longest first; and the meanings in file order.
pub struct Lex<T> {
    pub firsts: Vec<(String, Vec<(Vec<String>, u32)>)>,
    pub values: Vec<T>,
}

/// The raw text of one language's lists (comment lines may be left in).
pub struct Files<'a> {
    pub grammar: &'a str,
    pub numbers: &'a str,
    pub vague: &'a str,
    pub qualifiers: &'a str,
    pub killed: &'a str,
    pub injured: &'a str,
    pub missing: &'a str,
    pub detained: &'a str,
    pub displaced: &'a str,
    pub troops: &'a str,
    pub not_graded: &'a str,
    pub military: &'a str,
    pub persons: &'a str,
    pub not_counted: &'a str,
    pub not_counted_before: &'a str,
    pub months: &'a str,
    pub currencies: &'a str,
    pub countries: &'a str,
    pub percent: &'a str,
    pub sources: &'a str,
    /// Not a list: one sentence of the language (`LangData::warm`).
    pub warm: &'a str,
}

/// A data line without its `#` comment, trimmed.
pub fn before_comment(line: &str) -> &str {
    line.as_bytes().iter().position(|&b| b == b'#').map_or(line, |k| &line[..k]).trim()
}

/// The `|`-separated fields of a line, trimmed.
pub fn fields(line: &str) -> impl Iterator<Item = &str> {
    line.split('|').map(str::trim)
}

/// Parses `data`: each line a phrase and fields; `meaning` turns the fields
/// after the phrase into a value or rejects the line (a defect in the data,
/// caught by tests). The phrase is folded as article text is.
pub fn parse<T>(data: &str, mut meaning: impl FnMut(&[&str]) -> Option<T>) -> Lex<T> {
    let mut lex = Lex { firsts: Vec::new(), values: Vec::new() };
    let mut at: BTreeMap<String, usize> = BTreeMap::new();
    for line in data.lines() {
        let line = before_comment(line);
        if line.is_empty() {
            continue;
        }
        let mut fields = fields(line);
        let phrase = fold_str(fields.next().unwrap_or(""));
        let rest: Vec<&str> = fields.collect();
        let Some(value) = meaning(&rest) else { continue };
        lex.values.push(value);
        let value = lex.values.len() as u32 - 1;
        let mut words = phrase.split_whitespace().map(str::to_owned);
        let Some(first) = words.next() else { continue };
        let k = *at.entry(first.clone()).or_insert_with(|| {
            lex.firsts.push((first, Vec::new()));
            lex.firsts.len() - 1
        });
        lex.firsts[k].1.push((words.collect(), value));
    }
    // Longest phrase first, so the first match found is the longest; the
    // sort is stable, so equally long phrases keep the file's order.
    for (_, entries) in &mut lex.firsts {
        entries.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
    }
    lex
}

/// A lexicon of bare words and phrases.
pub fn words(data: &str) -> Lex<()> {
    parse(data, |_| Some(()))
}

/// A lexicon as the static tables hold it (`lexicon::Entries`): a line an
/// entry, `first word[ other words][\tmeaning]`, sorted by first word, a
/// first word's entries together and longest first (equally
/// long ones in the file's order). The meaning is a position in the
/// lexicon's distinct values (`distinct`), left out when 0. Text, as the
/// lists were: it compresses as well, where arrays of offsets weighed
/// twice the bytes.
pub fn lines<T: PartialEq>(lex: &Lex<T>) -> String {
    lines_in(lex, &distinct(&lex.values).0)
}

/// `lines`, the meanings as positions in `values` (which holds every one
/// of `lex`'s): the languages' files point into values they share.
pub fn lines_in<T: PartialEq>(lex: &Lex<T>, values: &[&T]) -> String {
    let at: Vec<usize> = lex.values.iter().map(|v| values.iter().position(|k| *k == v).unwrap_or(0)).collect();
    let mut sorted: Vec<&(String, Vec<(Vec<String>, u32)>)> = lex.firsts.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out = String::new();
    for (first, entries) in sorted {
        let group = out.len();
        for (rest, value) in entries {
            let mut line = first.clone();
            for w in rest {
                line.push(' ');
                line.push_str(w);
            }
            let value = at[*value as usize];
            if value != 0 {
                line.push('\t');
                line.push_str(&value.to_string());
            }
            line.push('\n');
            // A line its group already has (two spellings folded alike) is
            // never reached: a lookup takes a first word's first match.
            if !out[group..].split_inclusive('\n').any(|l| l == line) {
                out.push_str(&line);
            }
        }
    }
    out
}

/// The distinct values of `values`, in order of first appearance, and the
/// position among them of each value.
pub fn distinct<T: PartialEq>(values: &[T]) -> (Vec<&T>, Vec<u32>) {
    let mut kept: Vec<&T> = Vec::new();
    let at = values
        .iter()
        .map(|v| match kept.iter().position(|k| *k == v) {
            Some(k) => k as u32,
            None => {
                kept.push(v);
                kept.len() as u32 - 1
            }
        })
        .collect();
    (kept, at)
}

/// Where a word stands relative to the number: "before" or "after".
fn side(s: &str) -> Option<&'static str> {
    match s {
        "before" => Some("Before"),
        "after" => Some("After"),
        _ => None,
    }
}

/// `snake_case` to the `CamelCase` of its variant, if `name` is one of `names`.
fn variant(name: &str, names: &[&str]) -> Option<String> {
    names.contains(&name).then(|| name.split('_').map(|w| w[..1].to_uppercase() + &w[1..]).collect())
}

const CATEGORIES: &[&str] = &["killed", "injured", "missing", "detained", "displaced", "troops", "money", "percent", "other"];
const QUALIFIERS: &[&str] = &["exact", "at_least", "more_than", "about", "up_to", "less_than"];
const APPROX: &[&str] = &["dozens", "hundreds", "thousands", "tens_of_thousands", "hundreds_of_thousands", "millions"];

/// ISO 4217 codes the tables may name; any other is "XXX".
pub fn intern_code(code: &str) -> &'static str {
    const CODES: &[&str] = &[
        "USD", "EUR", "GBP", "JPY", "CNY", "INR", "RUB", "CHF", "CAD", "AUD", "TRY", "SAR", "AED", "QAR", "KWD", "BHD", "OMR", "JOD",
        "IQD", "EGP", "SDG", "LBP", "SYP", "YER", "IRR", "ILS", "TND", "DZD", "MAD", "LYD", "MRU", "PKR", "AFN", "NGN", "ZAR", "KES",
        "BRL", "MXN", "KRW", "UAH", "SEK", "NOK", "DKK", "PLN", "HKD", "SGD", "NZD", "KZT", "TWD", "LKR", "NPR",
    ];
    CODES.iter().copied().find(|c| c.eq_ignore_ascii_case(code)).unwrap_or("XXX")
}

/// An `f64` as Rust source that reads back as the same value.
fn float(v: f64) -> String {
    let s = format!("{v:?}");
    if s.contains(['.', 'e']) {
        s
    } else {
        s + ".0"
    }
}

pub fn number_word(fields: &[&str]) -> Option<String> {
    let value: f64 = fields.first()?.parse().ok()?;
    let kind = match fields.get(1).copied() {
        None => "Value",
        Some("scale") => "Scale",
        Some("dual") => "DualScale",
        Some("fraction") => "Fraction",
        Some("abbrev") => "Abbrev",
        Some(_) => return None,
    };
    Some(format!("NumberWord::{kind}({})", float(value)))
}

pub fn currency(fields: &[&str]) -> Option<String> {
    let codes: Vec<String> = fields.first()?.split_whitespace().map(|c| format!("{:?}", intern_code(c))).collect();
    let side = side(fields.get(1)?)?;
    let mut factor = 1.0;
    let mut attached = false;
    for flag in &fields[2..] {
        match *flag {
            "attached" => attached = true,
            f => factor = f.parse().ok()?,
        }
    }
    (!codes.is_empty()).then(|| {
        format!("Currency {{ codes: &[{}], side: Side::{side}, factor: {}, attached: {attached} }}", codes.join(", "), float(factor))
    })
}

/// The closed classes of `grammar.txt` (`role | phrase`), folded.
pub fn grammar(data: &str) -> BTreeMap<String, Vec<String>> {
    let mut map: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in data.lines() {
        let line = before_comment(line);
        if let Some((role, phrase)) = line.split_once('|') {
            map.entry(role.trim().to_owned()).or_default().push(fold_str(phrase.trim()));
        }
    }
    map
}

/// The lexicons of a language, in `LangData`'s order (their index bits):
/// each its field name, meaning type and entries (meanings as Rust source).
pub struct Language {
    pub lexicons: Vec<(&'static str, &'static str, Lex<String>)>,
    pub classes: BTreeMap<String, Vec<String>>,
    pub subject_words: usize,
    /// The warming sentence, as written.
    pub warm: String,
}

/// A role of `grammar.txt` as a lexicon of words.
fn role(classes: &BTreeMap<String, Vec<String>>, name: &str) -> Lex<String> {
    let lines = classes.get(name).map(|v| v.join("\n")).unwrap_or_default();
    parse(&lines, |_| Some("()".to_owned()))
}

/// A lexicon of bare words, meanings as source.
fn unit(data: &str) -> Lex<String> {
    parse(data, |_| Some("()".to_owned()))
}

pub fn language(f: &Files) -> Language {
    let classes = grammar(f.grammar);
    let class = |name: &str| classes.get(name).cloned().unwrap_or_default();
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
    let qualifiers = |wanted: &str| {
        let mut lines = String::new();
        for l in f.qualifiers.lines().filter(|l| fields(l).nth(1).and_then(side) == Some(wanted)) {
            lines.push_str(l);
            lines.push('\n');
        }
        parse(&lines, |fields| Some(format!("Qualifier::{}", variant(fields.get(1)?, QUALIFIERS)?)))
    };
    let persons = parse(f.persons, |fields| Some(fields.first() == Some(&"sound")));
    let duals = duals(&persons, &class("dual"), &class("dual_feminine"), &class("ta_marbuta"), &class("sound_plural"), &class("not_dual"));
    let persons = Lex { firsts: persons.firsts, values: persons.values.iter().map(bool::to_string).collect() };
    let mut lexicons = vec![
        ("numbers", "NumberWord", parse(f.numbers, number_word)),
        (
            "vague",
            "Option<Approx>",
            parse(f.vague, |fields| match fields.first().copied() {
                Some("-") => Some("None".to_owned()),
                Some(name) => variant(name, APPROX).map(|v| format!("Some(Approx::{v})")),
                None => None,
            }),
        ),
        ("qualifiers_before", "Qualifier", qualifiers("Before")),
        ("qualifiers_after", "Qualifier", qualifiers("After")),
        (
            "triggers",
            "Trigger",
            parse(&triggers, |fields| {
                let flags = fields.get(1).copied().unwrap_or("");
                let category = variant(fields.first()?, CATEGORIES)?;
                let flag = |name: &str| flags.split_ascii_whitespace().any(|f| f == name);
                Some(format!("Trigger {{ category: Category::{category}, sentence: {}, force: {} }}", flag("sentence"), flag("force")))
            }),
        ),
        ("military", "()", unit(f.military)),
        ("persons", "bool", persons),
        ("not_counted", "()", unit(f.not_counted)),
        ("not_counted_before", "()", unit(f.not_counted_before)),
        ("months", "()", unit(f.months)),
        ("currencies", "Currency", parse(f.currencies, currency)),
        ("countries", "&'static str", parse(f.countries, |fields| fields.first().map(|c| format!("{:?}", intern_code(c))))),
        ("percent", "()", unit(f.percent)),
        ("sources", "Side", parse(f.sources, |fields| side(fields.first()?).map(|s| format!("Side::{s}")))),
    ];
    for (field, name) in [
        ("between", "between"),
        ("from", "from"),
        ("to", "to"),
        ("and", "and"),
        ("change", "change"),
        ("subset", "subset"),
        ("transparent", "transparent"),
        ("clause", "clause"),
        ("article_a", "a"),
        ("of", "of"),
        ("elided", "elided"),
        ("compare", "compare"),
        ("case", "case"),
        ("one_of", "one_of"),
        ("group", "group"),
        ("stop", "stop"),
        ("pronoun", "pronoun"),
        ("source_end", "source_end"),
        ("not_source", "not_source"),
        ("relative", "relative"),
        ("passive", "passive"),
        ("negation", "negation"),
        ("illness", "illness"),
        ("participle", "participle"),
    ] {
        lexicons.push((field, "()", role(&classes, name)));
    }
    lexicons.push(("duals", "()", duals));
    let subject_words = class("subject_words").first().and_then(|v| v.parse().ok()).unwrap_or(1);
    Language { lexicons, classes, subject_words, warm: f.warm.trim().to_owned() }
}

/// Every dual of a noun of `persons`: the noun and a dual ending, or for a
/// feminine ending the noun without its `ta_marbuta`. Nouns whose plural
/// is sound take no ending shared with the `sound_plural`; the forms of
/// `not_dual` are names, not duals.
fn duals(
    persons: &Lex<bool>,
    endings: &[String],
    feminine: &[String],
    ta_marbuta: &[String],
    sound_plural: &[String],
    not_dual: &[String],
) -> Lex<String> {
    let mut lines = String::new();
    let single = persons.firsts.iter().flat_map(|(w, entries)| entries.iter().filter(|e| e.0.is_empty()).map(move |e| (w, e.1)));
    for (noun, at) in single {
        let sound = persons.values[at as usize];
        let plain = endings.iter().map(|e| (noun.as_str(), e));
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
    unit(&lines)
}
