//! English: data only. Forms are listed in full (no stemmer): "kill",
//! "kills", "killed", "killing"; build.rs compiles them into the tables.

/// The lists as text, for the tests that compile them again.
#[cfg(test)]
pub const FILES: super::compile::Files = super::files!("en");
