//! Arabic: data only. Word forms are written in natural spelling; build.rs
//! folds them (hamzas, ta marbuta, alef maqsura, diacritics) as it compiles the tables.

/// The lists as text, for the tests that compile them again.
#[cfg(test)]
pub const FILES: super::compile::Files = super::files!("ar");
