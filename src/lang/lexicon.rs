//! A lexicon: words and phrases of one language with what they mean. Written
//! as plain text (`phrase | field | field`, `#` comments), folded exactly
//! as article text is, so a linguist writes natural spelling with hamzas and
//! ta marbuta and the lexicon still matches every written variant; laid out
//! at compile time (`compile`, run by `build.rs`) as the static tables here.

use std::sync::OnceLock;

pub use super::hash::word_hash;
use super::hash::{filter_bit, home, tag, FILTER};

/// A lexicon's phrases without their meanings: the matching code, one copy
/// for lexicons of every meaning type (the wasm carried one per type).
/// Static text `build.rs` writes (`compile::lines`), searched where it
/// lies: no table is built for it at run time.
pub struct Entries {
    /// A line an entry: `first word[ other words][\tmeaning]`, sorted by
    /// first word; a first word's entries longest first. The meaning is a
    /// position in the lexicon's values (distinct ones), 0 when left out.
    pub lines: &'static str,
    /// This lexicon's bit in the language's word index (`Index`).
    pub bit: Bits,
    /// Where each first word's lines start (1 + the offset), open-addressed
    /// by `word_hash`: laid out at first use (a few hundred words hashed), as
    /// a binary search over the lines read the corpus a fifth slower.
    pub slots: OnceLock<Box<[u32]>>,
}

pub struct Lexicon<T: 'static> {
    pub entries: Entries,
    pub values: &'static [T],
}

/// One bit per lexicon of a language (`Index`).
pub type Bits = u64;

/// Which lexicons may have an entry starting with a word, one bit each. A
/// token learns its bits once; every later lookup of a lexicon it is not in
/// is a bit test instead of a search per stripped form.
///
/// Every form of every token of an article is looked up here, so it is a
/// filter keyed by the word's 64-bit hash alone: open addressing, linear
/// probing, no strings to compare or to fetch. Two words with one hash share
/// their bits, which only makes a bit say "maybe": every use of the bits is
/// followed by the lexicon's own lookup before anything is decided.
///
/// The one table laid out at run time, from the static lexicons, once per
/// language (about a thousand words hashed): laid out at compile time its
/// slots, random 32-bit tags, weighed 12.8 KB of the gzipped wasm.
pub struct Index {
    /// `(tag, bits)`, `bits == 0` when empty: the tag is 32 bits of the
    /// word's hash other than those that chose the slot (`hash::tag`).
    /// Eight bytes a slot, so the table of a language stays in the
    /// first-level cache; a power of two long, at most half full.
    slots: Vec<(u32, Bits)>,
    /// One bit per `FILTER` value of 12 bits of the hash, set for the first
    /// words: 512 bytes that stay in the cache and answer "in no lexicon",
    /// most article words, without touching the slots.
    filter: Vec<u64>,
}

impl Index {
    /// The index of `lexicons`' first words, each lexicon with its own bit.
    pub fn new(lexicons: &[&Entries]) -> Index {
        // Every first word's full hash and bits, gathered in a table of its
        // own (open addressing by the full hash: no sort, whose code the
        // wasm would carry), then laid out.
        let lines: usize = lexicons.iter().map(|lex| lex.lines.lines().count()).sum();
        let mut words = vec![(0u64, 0 as Bits); (lines * 2).next_power_of_two().max(2)];
        let mask = words.len() - 1;
        for lex in lexicons {
            for line in lex.lines.lines() {
                let h = word_hash(first_word(line).as_bytes());
                let mut at = home(h, words.len());
                while words[at].1 != 0 && words[at].0 != h {
                    at = (at + 1) & mask;
                }
                words[at] = (h, words[at].1 | lex.bit);
            }
        }
        let count = words.iter().filter(|w| w.1 != 0).count();
        let mut index = Index { slots: vec![(0, 0); (count * 2).next_power_of_two().max(2)], filter: vec![0; FILTER / 64] };
        let mask = index.slots.len() - 1;
        for &(h, bits) in words.iter().filter(|w| w.1 != 0) {
            let f = filter_bit(h);
            index.filter[f / 64] |= 1 << (f % 64);
            let mut at = home(h, index.slots.len());
            while index.slots[at].1 != 0 {
                at = (at + 1) & mask;
            }
            index.slots[at] = (tag(h), bits);
        }
        index
    }

    /// The bits of the lexicons that may have an entry starting with `word`.
    #[inline]
    pub fn bits(&self, word: &str) -> Bits {
        self.bits_of_hash(word_hash(word.as_bytes()))
    }

    /// `bits` of the word whose `word_hash` is `h`.
    #[inline]
    pub fn bits_of_hash(&self, h: u64) -> Bits {
        let f = filter_bit(h);
        if self.filter.get(f / 64).is_none_or(|w| w >> (f % 64) & 1 == 0) {
            return 0;
        }
        let (mask, tag) = (self.slots.len() - 1, tag(h));
        let mut at = home(h, self.slots.len());
        loop {
            let (t, bits) = self.slots[at];
            if bits == 0 || t == tag {
                return bits;
            }
            at = (at + 1) & mask;
        }
    }
}

/// The first word of an entry's line (or of the text from a line's start).
#[inline]
fn first_word(line: &str) -> &str {
    let end = line.bytes().position(|b| matches!(b, b' ' | b'\t' | b'\n')).unwrap_or(line.len());
    &line[..end]
}

impl Entries {
    /// `slots`, laid out on first use.
    fn slots(&self) -> &[u32] {
        self.slots.get_or_init(|| {
            let mut starts = Vec::new();
            let mut last = None;
            let mut at = 0;
            for line in self.lines.split_inclusive('\n') {
                let first = first_word(line);
                if last != Some(first) {
                    starts.push((first, at));
                    last = Some(first);
                }
                at += line.len();
            }
            let mut slots = vec![0u32; (starts.len() * 2).next_power_of_two().max(2)].into_boxed_slice();
            let mask = slots.len() - 1;
            for (first, start) in starts {
                let mut k = home(word_hash(first.as_bytes()), slots.len());
                while slots[k] != 0 {
                    k = (k + 1) & mask;
                }
                slots[k] = start as u32 + 1;
            }
            slots
        })
    }

    /// The entries whose first word is `first`: each its other words
    /// (space-separated) and its meaning (a position in the values). By
    /// bytes: a line is `first[ rest][\tmeaning]\n`.
    #[inline]
    fn get<'s>(&self, first: &'s str) -> impl Iterator<Item = (&'static str, u32)> + 's {
        let text = self.lines;
        let bytes = text.as_bytes();
        // Whether the line at `at` has the first word `first`.
        let starts = move |at: usize| {
            bytes.get(at..at + first.len()) == Some(first.as_bytes())
                && matches!(bytes.get(at + first.len()), Some(b' ' | b'\t' | b'\n') | None)
        };
        let slots = self.slots();
        let mask = slots.len() - 1;
        let mut k = home(word_hash(first.as_bytes()), slots.len());
        let mut at = loop {
            match slots[k] {
                0 => break text.len(),
                s if starts(s as usize - 1) => break s as usize - 1,
                _ => k = (k + 1) & mask,
            }
        };
        std::iter::from_fn(move || {
            if at >= text.len() || !starts(at) {
                return None;
            }
            let line = &bytes[at..];
            let end = line.iter().position(|&b| b == b'\n').unwrap_or(line.len());
            let tab = line[..end].iter().position(|&b| b == b'\t').unwrap_or(end);
            let rest_from = (first.len() + 1).min(tab);
            let rest = text.get(at + rest_from..at + tab).unwrap_or("");
            let value = line[tab.min(end)..end].iter().skip(1).fold(0u32, |n, &d| n * 10 + u32::from(d.wrapping_sub(b'0')));
            at += end + 1;
            Some((rest, value))
        })
    }

    /// This lexicon's bit in its language's `Index`.
    #[inline]
    pub fn bit(&self) -> Bits {
        self.bit
    }

    /// The meaning (position) of a one-word entry.
    pub fn word(&self, word: &str) -> Option<u32> {
        self.get(word).find(|e| e.0.is_empty()).map(|e| e.1)
    }

    /// The longest entry whose first word is `first` and whose other words
    /// are `next(0)`, `next(1)`…: how many words it spans, and its meaning.
    pub fn phrase<'a>(&self, first: &str, next: &dyn Fn(usize) -> Option<&'a str>) -> Option<(usize, u32)> {
        self.get(first).find_map(|(rest, value)| {
            let mut n = 0;
            for w in rest.split(' ').filter(|w| !w.is_empty()) {
                if next(n) != Some(w) {
                    return None;
                }
                n += 1;
            }
            Some((1 + n, value))
        })
    }
}

impl<T> Lexicon<T> {
    /// The lexicon of index bit `k` whose entries are `lines` (see
    /// `Entries::lines`) and meanings `values`.
    /// Not inlined: `lang::load` makes the lexicons in one function, where
    /// one call per lexicon weighs less than each built in place.
    #[inline(never)]
    pub fn new(lines: &'static str, k: u32, values: &'static [T]) -> Lexicon<T> {
        Lexicon { entries: Entries { lines, bit: Bits::from(k < 64) << (k % 64), slots: OnceLock::new() }, values }
    }

    /// Whether every line's meaning is a position in the values: a file
    /// that fails this is refused whole, not a lookup failed later.
    pub fn valid(&self) -> bool {
        self.entries.lines.lines().all(|line| match line.split_once('\t') {
            Some((_, v)) if !v.is_empty() && v.len() < 6 && v.bytes().all(|b| b.is_ascii_digit()) => {
                v.bytes().fold(0usize, |n, d| n * 10 + usize::from(d - b'0')) < self.values.len()
            }
            Some(_) => false,
            None => !self.values.is_empty(),
        })
    }

    /// The meaning kept at `at` (a position `Entries` gave).
    #[inline]
    pub fn value(&self, at: u32) -> &'static T {
        &self.values[at as usize]
    }

    /// This lexicon's bit in its language's `Index`.
    #[inline]
    pub fn bit(&self) -> Bits {
        self.entries.bit
    }

    /// The meaning of a one-word entry.
    pub fn word(&self, word: &str) -> Option<&'static T> {
        self.entries.word(word).map(|v| self.value(v))
    }

    /// See `Entries::phrase`.
    pub fn phrase<'a>(&self, first: &str, next: impl Fn(usize) -> Option<&'a str>) -> Option<(usize, &'static T)> {
        self.entries.phrase(first, &next).map(|(n, v)| (n, self.value(v)))
    }

    pub fn contains(&self, word: &str) -> bool {
        self.entries.word(word).is_some()
    }
}

/// Lexicons built at run time from text, for tests only (the crate's own
/// are static): leaked, as the static ones live forever.
#[cfg(test)]
pub mod testing {
    use super::super::compile;
    use super::*;

    fn leak<T>(v: Vec<T>) -> &'static [T] {
        Box::leak(v.into_boxed_slice())
    }

    /// A lexicon of `lex`'s entries, with bit `bit`.
    pub fn lexicon<T: PartialEq>(lex: compile::Lex<T>, bit: Bits) -> Lexicon<T> {
        let entries = Entries { lines: Box::leak(compile::lines(&lex).into_boxed_str()), bit, slots: OnceLock::new() };
        let keep = compile::distinct(&lex.values).1;
        let mut values: Vec<Option<T>> = lex.values.into_iter().map(Some).collect();
        let distinct = (0..values.len()).filter(|&k| keep[..k].iter().all(|&j| j != keep[k])).filter_map(|k| values[k].take()).collect();
        Lexicon { entries, values: leak(distinct) }
    }

    /// A lexicon of bare words and phrases (bit 1).
    pub fn words(data: &str) -> Lexicon<()> {
        lexicon(compile::words(data), 1)
    }
}

#[cfg(test)]
mod tests {
    use super::super::compile;
    use super::testing::{lexicon, words};
    use super::*;

    #[test]
    fn folds_entries_like_article_text() {
        let lex = words("على الأقل\nقتلى");
        assert!(lex.contains("قتلي"));
        let next = ["الاقل"];
        assert_eq!(lex.phrase("علي", |k| next.get(k).copied()).map(|m| m.0), Some(2));
    }

    #[test]
    fn prefers_the_longest_phrase() {
        let lex = lexicon(compile::parse("tens | a\ntens of thousands | b", |f| Some(f[0].to_owned())), 1);
        let next = ["of", "thousands"];
        assert_eq!(lex.phrase("tens", |k| next.get(k).copied()), Some((3, &"b".to_owned())));
        assert_eq!(lex.phrase("tens", |_| None), Some((1, &"a".to_owned())));
    }

    #[test]
    fn index_finds_every_first_word_and_no_other_of_these() {
        let all: Vec<String> = (0..500).map(|k| format!("w{k}-{}", "x".repeat(k % 19))).collect();
        let a: Vec<&str> = all[..300].iter().map(String::as_str).collect();
        let b: Vec<&str> = all[200..].iter().map(String::as_str).collect();
        let (a, b) = (lexicon(compile::words(&a.join("\n")), 1), lexicon(compile::words(&b.join("\n")), 2));
        let index = Index::new(&[&a.entries, &b.entries]);
        for (k, w) in all.iter().enumerate() {
            let want = Bits::from(k < 300) | Bits::from(k >= 200) << 1;
            assert_eq!(index.bits(w), want, "{w}");
        }
        for w in ["", "w", "w1", "w1-", "x", "w499-xxxxxxxxxxxxxxxxxx"] {
            assert_eq!(index.bits(w), 0, "{w}");
        }
    }

    #[test]
    fn skips_comments_and_blank_lines() {
        let lex = words("# a comment\n\nkilled # trailing\n");
        assert!(lex.contains("killed"));
        assert!(!lex.contains("#"));
    }

    #[test]
    fn finds_every_first_word_of_a_large_lexicon_and_no_other() {
        let all: Vec<String> = (0..3000).map(|k| format!("word{k}")).collect();
        let lex = words(&all.join("\n"));
        assert!(all.iter().all(|w| lex.contains(w)));
        assert!(!lex.contains("word3000") && !lex.contains("") && !lex.contains("word"));
    }
}
