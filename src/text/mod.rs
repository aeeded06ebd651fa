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
