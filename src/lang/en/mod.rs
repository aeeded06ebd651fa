//! English: data only. Forms are listed in full (no stemmer): "kill",
//! "kills", "killed", "killing"; build.rs compiles them into the tables.

include!(concat!(env!("OUT_DIR"), "/lang/en.rs"));

/// The lists as text, for the tests that compile them again.
#[cfg(test)]
pub const FILES: super::compile::Files = super::compile::Files {
    grammar: super::data!("en", "grammar"),
    numbers: super::data!("en", "numbers"),
    vague: super::data!("en", "vague"),
    qualifiers: super::data!("en", "qualifiers"),
    killed: super::data!("en", "killed"),
    injured: super::data!("en", "injured"),
    missing: super::data!("en", "missing"),
    detained: super::data!("en", "detained"),
    displaced: super::data!("en", "displaced"),
    troops: super::data!("en", "troops"),
    not_graded: super::data!("en", "not_graded"),
    military: super::data!("en", "military"),
    persons: super::data!("en", "persons"),
    not_counted: super::data!("en", "not_counted"),
    not_counted_before: super::data!("en", "not_counted_before"),
    months: super::data!("en", "months"),
    currencies: super::data!("en", "currencies"),
    countries: super::data!("en", "countries"),
    percent: super::data!("en", "percent"),
    sources: super::data!("en", "sources"),
};
