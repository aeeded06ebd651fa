//! Text preparation: folding with a map back to the input, segmentation,
//! and the prepared document every later step reads.

pub mod affix;
pub mod doc;
pub mod ident;
pub mod normalize;
pub mod pieces;
pub mod segment;

pub use doc::{Doc, Strip};
pub use normalize::{fold_str, normalize, Normalized};
pub use pieces::{piece_len, pieces, PIECE};
pub use segment::{segment, Kind, Segmented, Token};

include!(concat!(env!("OUT_DIR"), "/lower.rs"));

/// The one-character lower case of capital `c` when it differs from `c`,
/// as `char::to_lowercase` gives it; from build.rs's runs (`LOWER`), as
/// `core`'s full case table weighed 12 KB of the wasm.
pub(crate) fn lower(c: char) -> Option<char> {
    let c = c as u32;
    let k = LOWER.partition_point(|r| r.0 <= c).checked_sub(1)?;
    let (first, count, stride, delta) = LOWER[k];
    let step = (c - first) / u32::from(stride);
    if !(c - first).is_multiple_of(u32::from(stride)) || step >= u32::from(count) {
        return None;
    }
    char::from_u32(c.checked_add_signed(delta)?)
}

/// A capital with a one-character lower case (`lower`). It is
/// `char::is_uppercase` but for capitals without such a partner (İ, ℂ,
/// mathematical letters), as `core`'s case tables cost 1 KB of the wasm;
/// the rules ask it of a word's first letter (a name), where those never stand.
pub(crate) fn is_upper(c: char) -> bool {
    c.is_ascii_uppercase() || !c.is_ascii() && lower(c).is_some()
}

/// A small letter that some capital's lower case is (`LOWER` read the
/// other way). It is `char::is_lowercase` but for small letters without a
/// one-character capital (ı, ς, ª, IPA letters): see `is_upper`.
pub(crate) fn is_lower(c: char) -> bool {
    // Hebrew to Arabic Extended (U+0590-U+08FF) have no case: an Arabic
    // letter is told without a pass over the runs.
    c.is_ascii_lowercase()
        || !c.is_ascii()
            && !('\u{0590}'..='\u{08FF}').contains(&c)
            && LOWER.iter().any(|&(first, count, stride, delta)| {
                let n = i64::from(c as u32) - i64::from(first) - i64::from(delta);
                n >= 0 && n % i64::from(stride) == 0 && n / i64::from(stride) < i64::from(count)
            })
}

/// The length of the UTF-8 sequence that `lead` starts.
#[inline]
pub(crate) fn utf8_len(lead: u8) -> usize {
    match lead {
        0..=0x7F => 1,
        0x80..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// Test support for the eight-byte scans: `check` gets every byte value in
/// every place of `base`.
#[cfg(test)]
pub(crate) fn each_byte_in_each_place(base: [u8; 8], check: impl Fn([u8; 8], u8, usize)) {
    for v in 0..=255u8 {
        for at in 0..8 {
            let mut b = base;
            b[at] = v;
            check(b, v, at);
        }
    }
}

#[cfg(test)]
mod case_tests {
    use super::{is_lower, is_upper, lower};

    /// Never a case `char` denies; every letter with a one-character
    /// partner as `char` has it; the rest are those without (İ, ı, ς, ℂ).
    #[test]
    fn cases_are_char_s_for_letters_with_a_partner() {
        let single = |mut it: std::char::ToLowercase| (it.next(), it.next());
        for c in char::MIN..=char::MAX {
            assert!(!is_upper(c) || c.is_uppercase(), "{c:?}");
            assert!(!is_lower(c) || c.is_lowercase(), "{c:?}");
            if let (true, (Some(l), None)) = (c.is_uppercase(), single(c.to_lowercase())) {
                assert_eq!(is_upper(c), l != c, "{c:?}");
            }
            let mut up = c.to_uppercase();
            if let (true, Some(u), None) = (c.is_lowercase(), up.next(), up.next()) {
                if u != c && (lower(u) == Some(c) || u.is_ascii() && c.is_ascii()) {
                    assert!(is_lower(c), "{c:?}");
                }
            }
        }
        assert!(is_upper('É') && is_upper('Ж') && !is_upper('ℂ') && !is_upper('İ') && !is_upper('ب'));
        assert!(is_lower('é') && is_lower('ж') && is_lower('ß') && !is_lower('ı') && !is_lower('ب'));
    }
}
