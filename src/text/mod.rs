//! Text preparation: folding with a map back to the input, segmentation,
//! and the prepared document every later step reads.

pub mod affix;
pub mod doc;
pub mod normalize;
pub mod pieces;
pub mod segment;

pub use doc::{Doc, Strip};
pub use normalize::{fold_str, normalize, Normalized};
pub use pieces::{piece_len, pieces, PIECE};
pub use segment::{segment, Kind, Segmented, Token};

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
