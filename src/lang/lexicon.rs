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
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
}

pub type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// One entry: the words after the first, and the meaning.
struct Entry<T> {
    rest: Vec<String>,
    value: T,
}

pub struct Lexicon<T> {
    by_first: FxMap<String, Vec<Entry<T>>>,
    /// This lexicon's bit in the language's word index (`Index`).
    bit: u64,
}

/// Which lexicons have an entry starting with a word, one bit each. A token
/// learns its bits once; every later lookup of a lexicon it is not in is a
/// bit test instead of a hash lookup per stripped form.
#[derive(Default)]
pub struct Index {
    bits: FxMap<String, u64>,
    next: u32,
}

impl Index {
    /// Gives `lex` the next bit and records its first words.
    pub fn add<T>(&mut self, lex: &mut Lexicon<T>) {
        assert!(self.next < 64, "more lexicons than index bits");
        lex.bit = 1 << self.next;
        self.next += 1;
        for first in lex.by_first.keys() {
            *self.bits.entry(first.clone()).or_default() |= lex.bit;
        }
    }

    /// The bits of the lexicons with an entry starting with `word`.
    pub fn bits(&self, word: &str) -> u64 {
        self.bits.get(word).copied().unwrap_or(0)
    }
}

impl<T> Lexicon<T> {
    /// Parses `data`; `meaning` turns a line's fields after the phrase into a
    /// value, or rejects the line (a defect in the data, caught by tests).
    pub fn parse(data: &str, meaning: impl Fn(&[&str]) -> Option<T>) -> Lexicon<T> {
        let mut by_first: FxMap<String, Vec<Entry<T>>> = FxMap::default();
        for line in data.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let mut fields = line.split('|').map(str::trim);
            let phrase = fold_str(fields.next().unwrap_or(""));
            let rest_fields: Vec<&str> = fields.collect();
            let Some(value) = meaning(&rest_fields) else {
                debug_assert!(false, "bad lexicon line: {line}");
                continue;
            };
            let mut words = phrase.split_whitespace().map(str::to_owned);
            let Some(first) = words.next() else { continue };
            let entries = by_first.entry(first).or_default();
            entries.push(Entry { rest: words.collect(), value });
            // Longest phrase first, so the first match found is the longest.
            entries.sort_by(|a, b| b.rest.len().cmp(&a.rest.len()));
        }
        Lexicon { by_first, bit: 0 }
    }

    /// This lexicon's bit in its language's `Index` (0 before indexing).
    pub fn bit(&self) -> u64 {
        self.bit
    }

    /// The meaning of a one-word entry.
    pub fn word(&self, word: &str) -> Option<&T> {
        self.by_first.get(word)?.iter().find(|e| e.rest.is_empty()).map(|e| &e.value)
    }

    /// The longest entry whose first word is `first` and whose other words
    /// are `next(0)`, `next(1)`…; returns how many words it spans.
    pub fn phrase<'a>(&self, first: &str, next: impl Fn(usize) -> Option<&'a str>) -> Option<(usize, &T)> {
        let entries = self.by_first.get(first)?;
        entries.iter().find_map(|e| {
            let all = e.rest.iter().enumerate().all(|(k, w)| next(k) == Some(w.as_str()));
            all.then_some((1 + e.rest.len(), &e.value))
        })
    }

    pub fn contains(&self, word: &str) -> bool {
        self.word(word).is_some()
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
    fn skips_comments_and_blank_lines() {
        let lex = Lexicon::<()>::words("# a comment\n\nkilled # trailing\n");
        assert!(lex.contains("killed"));
        assert!(!lex.contains("#"));
    }
}
