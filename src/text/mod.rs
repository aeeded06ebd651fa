//! Text preparation: folding with a map back to the input, segmentation,
//! and the prepared document every later step reads.

pub mod doc;
pub mod normalize;
pub mod pieces;
pub mod segment;

pub use doc::{Doc, Strip};
pub use normalize::{fold_str, normalize, Normalized};
pub use pieces::{piece_len, pieces, PIECE};
pub use segment::{segment, Kind, Segmented, Token};
