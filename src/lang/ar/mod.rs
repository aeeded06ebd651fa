//! Arabic: data only. Word forms are written in natural spelling; loading
//! folds them (hamzas, ta marbuta, alef maqsura, diacritics).

use super::Files;

pub const FILES: Files = Files {
    grammar: include_str!("grammar.txt"),
    numbers: include_str!("numbers.txt"),
    vague: include_str!("vague.txt"),
    qualifiers: include_str!("qualifiers.txt"),
    killed: include_str!("killed.txt"),
    injured: include_str!("injured.txt"),
    missing: include_str!("missing.txt"),
    detained: include_str!("detained.txt"),
    displaced: include_str!("displaced.txt"),
    troops: include_str!("troops.txt"),
    not_graded: include_str!("not_graded.txt"),
    military: include_str!("military.txt"),
    persons: include_str!("persons.txt"),
    not_counted: include_str!("not_counted.txt"),
    not_counted_before: include_str!("not_counted_before.txt"),
    months: include_str!("months.txt"),
    currencies: include_str!("currencies.txt"),
    countries: include_str!("countries.txt"),
    percent: include_str!("percent.txt"),
    sources: include_str!("sources.txt"),
};
