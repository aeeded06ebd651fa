//! The hashing the tables of words are laid out by (the word index, the
//! lexicons' slots, `Doc`'s distinct words, the report's figures), and
//! `build.rs`'s name for a build of the shared values (`values::ID`).

/// The size of `Index::filter`, in bits.
pub const FILTER: usize = 4096;

/// Mixes a word's bytes into 64 bits: eight bytes at a time, the last
/// (partial) block read as overlapping loads, the length mixed in first so
/// that overlaps cannot make two words agree. Also keys `Doc`'s table of
/// the distinct words of an article.
#[inline]
pub fn word_hash(word: &[u8]) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    #[inline(always)]
    fn mix(h: u64, w: u64) -> u64 {
        (h.rotate_left(5) ^ w).wrapping_mul(K)
    }
    let n = word.len();
    let mut h = mix(0, n as u64);
    if n >= 8 {
        let mut blocks = word.chunks_exact(8);
        for b in &mut blocks {
            h = mix(h, u64::from_le_bytes(b.try_into().unwrap_or_default()));
        }
        if !blocks.remainder().is_empty() {
            h = mix(h, u64::from_le_bytes(word[n - 8..].try_into().unwrap_or_default()));
        }
    } else if n >= 4 {
        let hi = u32::from_le_bytes(word[..4].try_into().unwrap_or_default());
        let lo = u32::from_le_bytes(word[n - 4..].try_into().unwrap_or_default());
        h = mix(h, u64::from(hi) << 32 | u64::from(lo));
    } else if n > 0 {
        h = mix(h, u64::from(word[0]) << 16 | u64::from(word[n / 2]) << 8 | u64::from(word[n - 1]));
    }
    h
}

/// The slot to start probing at for hash `h` in a table of `len` slots (a
/// power of two, at least 2): its top bits (the multiplications of the
/// hash push the entropy up).
#[inline]
pub fn home(h: u64, len: usize) -> usize {
    (h >> (64 - len.trailing_zeros())) as usize
}

/// The slot tag of hash `h` in the index: 32 bits other than those that
/// chose the slot.
#[inline]
pub fn tag(h: u64) -> u32 {
    (h >> 21) as u32
}

/// Hash `h`'s bit of the index's filter: bits the slot and the tag do not use.
#[inline]
pub fn filter_bit(h: u64) -> usize {
    (h >> 8) as usize % FILTER
}
