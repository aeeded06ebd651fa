//! Arabic: data only. Word forms are written in natural spelling; build.rs
//! folds them (hamzas, ta marbuta, alef maqsura, diacritics) as it compiles the tables.

include!(concat!(env!("OUT_DIR"), "/lang/ar.rs"));

/// The lists as text, for the tests that compile them again.
#[cfg(test)]
pub const FILES: super::compile::Files = super::compile::Files {
    grammar: super::data!("ar", "grammar"),
    numbers: super::data!("ar", "numbers"),
    vague: super::data!("ar", "vague"),
    qualifiers: super::data!("ar", "qualifiers"),
    killed: super::data!("ar", "killed"),
    injured: super::data!("ar", "injured"),
    missing: super::data!("ar", "missing"),
    detained: super::data!("ar", "detained"),
    displaced: super::data!("ar", "displaced"),
    troops: super::data!("ar", "troops"),
    not_graded: super::data!("ar", "not_graded"),
    military: super::data!("ar", "military"),
    persons: super::data!("ar", "persons"),
    not_counted: super::data!("ar", "not_counted"),
    not_counted_before: super::data!("ar", "not_counted_before"),
    months: super::data!("ar", "months"),
    currencies: super::data!("ar", "currencies"),
    countries: super::data!("ar", "countries"),
    percent: super::data!("ar", "percent"),
    sources: super::data!("ar", "sources"),
};
