//! A lexicon: words and phrases of one language with what they mean. Loaded
//! from plain text (`phrase | field | field`, `#` comments), folded exactly
//! as article text is, so a linguist writes natural spelling with hamzas and
//! ta marbuta and the lexicon still matches every written variant.

use crate::text::fold_str;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash: lexicon keys are short and trusted, and lookups are on the hot path.
#[derive(Default)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    /// Whole words at once (`word_hash`): a byte-chunk loop copying into a
    /// stack buffer stalled on every lexicon lookup.
    fn write(&mut self, bytes: &[u8]) {
        self.write_u64(word_hash(bytes));
    }
    fn write_u8(&mut self, b: u8) {
        self.write_u64(u64::from(b));
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_usize(&mut self, v: usize) {
        self.write_u64(v as u64);
    }
}

pub type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// One entry: the words after the first, and its meaning's position.
struct Entry {
    rest: Vec<String>,
    value: u32,
}

/// A lexicon's phrases without their meanings: the matching code, one copy
/// for lexicons of every meaning type (the wasm carried one per type).
pub struct Entries {
    by_first: FxMap<String, Vec<Entry>>,
    /// This lexicon's bit in the language's word index (`Index`).
    bit: Bits,
}

pub struct Lexicon<T> {
    pub entries: Entries,
    values: Vec<T>,
}

/// One bit per lexicon of a language (`Index`).
pub type Bits = u64;

/// The size of `Index::filter`, in bits.
const FILTER: usize = 4096;

/// Which lexicons may have an entry starting with a word, one bit each. A
/// token learns its bits once; every later lookup of a lexicon it is not in
/// is a bit test instead of a hash lookup per stripped form.
///
/// Every form of every token of an article is looked up here, so it is a
/// filter keyed by the word's 64-bit hash alone: open addressing, linear
/// probing, no strings to compare or to fetch. Two words with one hash share
/// their bits, which only makes a bit say "maybe": every use of the bits is
/// followed by the lexicon's own lookup before anything is decided.
#[derive(Default)]
pub struct Index {
    /// `(tag, bits)`, `bits == 0` when empty: the tag is 32 bits of the
    /// word's hash other than those that chose the slot. Eight bytes a slot,
    /// so the table of a language stays in the first-level cache; a power
    /// of two long, at most half full so probe runs stay short.
    slots: Vec<(u32, Bits)>,
    /// Every first word's hash and bits, while the lexicons are added
    /// (emptied by `finish`).
    words: FxMap<u64, Bits>,
    /// One bit per `FILTER` value of 12 bits of the hash, set for the first
    /// words: 512 bytes that stay in the cache and answer "in no lexicon",
    /// most article words, without touching the slots.
    filter: Vec<u64>,
    next: u32,
}

/// Mixes a word's bytes into 64 bits: eight bytes at a time, the last
/// (partial) block read as overlapping loads, the length mixed in first so
/// that overlaps cannot make two words agree. Also keys `Doc`'s table of
/// the distinct words of an article.
#[inline]
pub(crate) fn word_hash(word: &[u8]) -> u64 {
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

impl Index {
    /// Gives `lex` the next bit and records its first words.
    pub fn add<T>(&mut self, lex: &mut Lexicon<T>) {
        self.add_entries(&mut lex.entries);
    }

    fn add_entries(&mut self, lex: &mut Entries) {
        assert!(self.next < Bits::BITS, "more lexicons than index bits");
        lex.bit = 1 << self.next;
        self.next += 1;
        for first in lex.by_first.keys() {
            *self.words.entry(word_hash(first.as_bytes())).or_default() |= lex.bit;
        }
    }

    /// Lays out the slots and the filter once every lexicon is added (a
    /// slot keeps too little of the hash to be moved later); at most half
    /// full, so probe runs stay short. Until then every word has no bits.
    pub fn finish(&mut self) {
        self.slots = vec![(0, 0); (self.words.len() * 2).next_power_of_two()];
        self.filter = vec![0; FILTER / 64];
        let mask = self.slots.len() - 1;
        for (&h, &bits) in &self.words {
            let f = Index::filter_bit(h);
            self.filter[f / 64] |= 1 << (f % 64);
            let mut at = self.home(h);
            while self.slots[at].1 != 0 {
                at = (at + 1) & mask;
            }
            self.slots[at] = (Index::tag(h), bits);
        }
        self.words = FxMap::default();
    }

    /// The slot tag of hash `h` (see `slots`).
    fn tag(h: u64) -> u32 {
        (h >> 21) as u32
    }

    /// Hash `h`'s bit of `filter`: bits the slot and the tag do not use.
    fn filter_bit(h: u64) -> usize {
        (h >> 8) as usize % FILTER
    }

    /// The bits of the lexicons that may have an entry starting with `word`.
    #[inline]
    pub fn bits(&self, word: &str) -> Bits {
        self.bits_of_hash(word_hash(word.as_bytes()))
    }

    /// `bits` of the word whose `word_hash` is `h`.
    #[inline]
    pub fn bits_of_hash(&self, h: u64) -> Bits {
        let f = Index::filter_bit(h);
        if self.filter.get(f / 64).is_none_or(|w| w >> (f % 64) & 1 == 0) {
            return 0;
        }
        let (mask, tag) = (self.slots.len() - 1, Index::tag(h));
        let mut at = self.home(h);
        loop {
            let (t, bits) = self.slots[at];
            if bits == 0 || t == tag {
                return bits;
            }
            at = (at + 1) & mask;
        }
    }

    /// The slot to start probing at for hash `h`: its top bits (the
    /// multiplications of the hash push the entropy up).
    fn home(&self, h: u64) -> usize {
        let shift = 64 - self.slots.len().trailing_zeros();
        (h >> shift) as usize
    }
}

/// A data line without its `#` comment, trimmed. By bytes, as `#` is ASCII:
/// `str::split` sets up a searcher per call, and loading the data splits
/// every line of it (the first `extract` call in the browser waits for that).
pub(crate) fn before_comment(line: &str) -> &str {
    line.as_bytes().iter().position(|&b| b == b'#').map_or(line, |k| &line[..k]).trim()
}

/// The `|`-separated fields of a line, trimmed; by bytes, as `before_comment`.
pub(crate) fn fields(line: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(line);
    std::iter::from_fn(move || {
        let r = rest?;
        let (field, after) = match r.as_bytes().iter().position(|&b| b == b'|') {
            Some(k) => (&r[..k], Some(&r[k + 1..])),
            None => (r, None),
        };
        rest = after;
        Some(field.trim())
    })
}

impl Entries {
    /// Parses `data`; `add` keeps the meaning of a line's fields after the
    /// phrase and gives its position, or rejects the line (a defect in the
    /// data, caught by tests).
    fn parse(data: &str, add: &mut dyn FnMut(&[&str]) -> Option<u32>) -> Entries {
        let mut by_first: FxMap<String, Vec<Entry>> = FxMap::default();
        for line in data.lines() {
            let line = before_comment(line);
            if line.is_empty() {
                continue;
            }
            let mut fields = fields(line);
            let phrase = fold_str(fields.next().unwrap_or(""));
            let rest_fields: Vec<&str> = fields.collect();
            let Some(value) = add(&rest_fields) else {
                debug_assert!(false, "bad lexicon line: {line}");
                continue;
            };
            let mut words = phrase.split_whitespace().map(str::to_owned);
            let Some(first) = words.next() else { continue };
            by_first.entry(first).or_default().push(Entry { rest: words.collect(), value });
        }
        // Longest phrase first, so the first match found is the longest; the
        // sort is stable, so equally long phrases keep the file's order. By
        // hand: a word has a few entries, and `sort_by`, instantiated for
        // every lexicon type, weighed kilobytes of the wasm.
        for entries in by_first.values_mut() {
            for i in 1..entries.len() {
                let mut j = i;
                while j > 0 && entries[j - 1].rest.len() < entries[j].rest.len() {
                    entries.swap(j - 1, j);
                    j -= 1;
                }
            }
        }
        Entries { by_first, bit: 0 }
    }

    /// This lexicon's bit in its language's `Index` (0 before indexing).
    #[inline]
    pub fn bit(&self) -> Bits {
        self.bit
    }

    /// The meaning (position) of a one-word entry.
    pub fn word(&self, word: &str) -> Option<u32> {
        self.by_first.get(word)?.iter().find(|e| e.rest.is_empty()).map(|e| e.value)
    }

    /// The longest entry whose first word is `first` and whose other words
    /// are `next(0)`, `next(1)`…: how many words it spans, and its meaning.
    pub fn phrase<'a>(&self, first: &str, next: &dyn Fn(usize) -> Option<&'a str>) -> Option<(usize, u32)> {
        let entries = self.by_first.get(first)?;
        entries.iter().find_map(|e| {
            let all = e.rest.iter().enumerate().all(|(k, w)| next(k) == Some(w.as_str()));
            all.then_some((1 + e.rest.len(), e.value))
        })
    }
}

impl<T> Lexicon<T> {
    /// Parses `data`; `meaning` turns a line's fields after the phrase into a
    /// value, or rejects the line.
    pub fn parse(data: &str, meaning: impl Fn(&[&str]) -> Option<T>) -> Lexicon<T> {
        let mut values = Vec::new();
        let entries = Entries::parse(data, &mut |fields| {
            values.push(meaning(fields)?);
            Some(values.len() as u32 - 1)
        });
        Lexicon { entries, values }
    }

    /// The meaning kept at `at` (a position `Entries` gave).
    #[inline]
    pub fn value(&self, at: u32) -> &T {
        &self.values[at as usize]
    }

    /// This lexicon's bit in its language's `Index`.
    #[inline]
    pub fn bit(&self) -> Bits {
        self.entries.bit
    }

    /// The meaning of a one-word entry.
    pub fn word(&self, word: &str) -> Option<&T> {
        self.entries.word(word).map(|v| self.value(v))
    }

    /// See `Entries::phrase`.
    pub fn phrase<'a>(&self, first: &str, next: impl Fn(usize) -> Option<&'a str>) -> Option<(usize, &T)> {
        self.entries.phrase(first, &next).map(|(n, v)| (n, self.value(v)))
    }

    /// The one-word entries, with their meanings.
    pub fn single_words(&self) -> impl Iterator<Item = (&str, &T)> {
        self.entries
            .by_first
            .iter()
            .flat_map(move |(w, entries)| entries.iter().filter(|e| e.rest.is_empty()).map(move |e| (w.as_str(), self.value(e.value))))
    }

    pub fn contains(&self, word: &str) -> bool {
        self.entries.word(word).is_some()
    }
}

impl Lexicon<()> {
    /// A lexicon of bare words and phrases.
    pub fn words(data: &str) -> Lexicon<()> {
        Lexicon::parse(data, |_| Some(()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_entries_like_article_text() {
        let lex = Lexicon::<()>::words("على الأقل\nقتلى");
        assert!(lex.contains("قتلي"));
        let words = ["الاقل"];
        assert_eq!(lex.phrase("علي", |k| words.get(k).copied()).map(|m| m.0), Some(2));
    }

    #[test]
    fn prefers_the_longest_phrase() {
        let lex = Lexicon::parse("tens | a\ntens of thousands | b", |f| Some(f[0].to_owned()));
        let words = ["of", "thousands"];
        assert_eq!(lex.phrase("tens", |k| words.get(k).copied()), Some((3, &"b".to_owned())));
        assert_eq!(lex.phrase("tens", |_| None), Some((1, &"a".to_owned())));
    }

    #[test]
    fn index_finds_every_first_word_and_no_other_of_these() {
        let mut index = Index::default();
        let words: Vec<String> = (0..500).map(|k| format!("w{k}-{}", "x".repeat(k % 19))).collect();
        let mut a = Lexicon::<()>::words(&words[..300].join("\n"));
        let mut b = Lexicon::<()>::words(&words[200..].join("\n"));
        index.add(&mut a);
        index.add(&mut b);
        index.finish();
        for (k, w) in words.iter().enumerate() {
            let want = Bits::from(k < 300) * a.bit() | Bits::from(k >= 200) * b.bit();
            assert_eq!(index.bits(w), want, "{w}");
        }
        for w in ["", "w", "w1", "w1-", "x", "w499-xxxxxxxxxxxxxxxxxx"] {
            assert_eq!(index.bits(w), 0, "{w}");
        }
    }

    #[test]
    fn skips_comments_and_blank_lines() {
        let lex = Lexicon::<()>::words("# a comment\n\nkilled # trailing\n");
        assert!(lex.contains("killed"));
        assert!(!lex.contains("#"));
    }
}
