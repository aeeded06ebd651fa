//! One fact per distinct figure, with all its mentions, ranked for the box.

use crate::lang::hash::{home, word_hash};
use crate::model::{Approx, Category, Fact, Mention, Span};

/// The identity of a figure (FACTS.md): category, value, range, vagueness,
/// unit. Held as plain words, so that comparing and hashing it is cheap:
/// every figure of a page is looked up. A missing value is `NONE`, which
/// no finite value has as its bits.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Key {
    value: u64,
    value_max: u64,
    /// The category and the vagueness.
    kind: u32,
    unit: Option<&'static str>,
}

const NONE: u64 = u64::MAX;

impl Key {
    /// The words' hash (`word_hash`) of its parts; the unit counts by its
    /// length, so equal keys hash alike.
    fn hash(&self) -> u64 {
        let unit = self.unit.map_or(0, |u| u.len() as u32 + 1);
        let mut bytes = [0u8; 24];
        bytes[..8].copy_from_slice(&self.value.to_le_bytes());
        bytes[8..16].copy_from_slice(&self.value_max.to_le_bytes());
        bytes[16..20].copy_from_slice(&self.kind.to_le_bytes());
        bytes[20..].copy_from_slice(&unit.to_le_bytes());
        word_hash(&bytes)
    }
}

/// The identity of a figure with these parts (see `Key`).
pub fn key(category: Category, value: Option<f64>, value_max: Option<f64>, approx: Option<Approx>, unit: Option<&'static str>) -> Key {
    let bits = |v: Option<f64>| v.map_or(NONE, f64::to_bits);
    let kind = category as u32 | approx.map_or(0, |a| a as u32 + 1) << 8;
    Key { value: bits(value), value_max: bits(value_max), kind, unit }
}

fn key_of(f: &Fact) -> Key {
    key(f.category, f.value, f.value_max, f.approx, f.unit)
}

/// The fact number of each key: open addressing over a power-of-two table
/// of fact numbers plus one (0: free), at most half full, probed from
/// `hash::home` as the language tables are. A `HashMap` here
/// cost 2.3 KB of the wasm (hashbrown's table code for this one map).
#[derive(Default)]
struct Seen {
    slots: Vec<u32>,
    /// The key of fact number `n`, at `n`.
    keys: Vec<Key>,
}

impl Seen {
    /// The slot that holds `key`, or the free one where it would go.
    fn slot(&self, key: &Key) -> usize {
        let mask = self.slots.len().wrapping_sub(1);
        let mut at = home(key.hash(), self.slots.len());
        while let Some(&n) = self.slots.get(at) {
            if n == 0 || self.keys[n as usize - 1] == *key {
                break;
            }
            at = (at + 1) & mask;
        }
        at
    }

    fn get(&self, key: &Key) -> Option<usize> {
        let n = *self.slots.get(self.slot(key))?;
        (n as usize).checked_sub(1)
    }

    /// Records `key` as the key of the next fact number (a key given again
    /// maps to its last number, as a map's insert does).
    fn push(&mut self, key: Key) {
        self.keys.push(key);
        if 2 * self.keys.len() > self.slots.len() {
            self.slots = vec![0; (2 * self.slots.len()).max(16)];
            for n in 0..self.keys.len() - 1 {
                let at = self.slot(&self.keys[n]);
                self.slots[at] = n as u32 + 1;
            }
        }
        let at = self.slot(&key);
        self.slots[at] = self.keys.len() as u32;
    }
}

/// Facts merged as they are found: one per distinct figure, with all its
/// mentions, keeping the first mention's wording where it has one.
#[derive(Default)]
pub struct Merged {
    facts: Vec<Fact>,
    seen: Seen,
    /// Mentions `found` gave, in text order, not yet in their facts: a page
    /// dense with figures would otherwise grow each fact's list by doubling,
    /// copying it and taking fresh memory each time; `finish` gives each
    /// list its size once.
    staged: Vec<Staged>,
    /// The sentences of `staged`, each with the first staged mention in it.
    sentences: Vec<(usize, Span)>,
}

/// A mention of fact `fact`: `len` bytes of the text from `start` (a
/// mention lies within one piece, `text::PIECE`). Small, as a page of
/// figures stages one per figure.
struct Staged {
    start: usize,
    len: u32,
    fact: u32,
}

impl Merged {
    /// Adds `f` and its mentions to the fact of the same figure, or as a new fact.
    pub fn add(&mut self, f: Fact) {
        let k = key_of(&f);
        match self.seen.get(&k) {
            Some(at) => absorb(&mut self.facts[at], f),
            None => {
                self.insert(k, f);
            }
        }
    }

    /// The fact of the figure `key`, if there is one yet, and its number.
    pub fn get_mut(&mut self, key: &Key) -> Option<(usize, &mut Fact)> {
        let at = self.seen.get(key)?;
        self.facts.get_mut(at).map(|f| (at, f))
    }

    /// Adds `f`, the first fact of the figure `key`, and returns its number.
    pub fn insert(&mut self, key: Key, f: Fact) -> usize {
        self.seen.push(key);
        self.facts.push(f);
        self.facts.len() - 1
    }

    /// Adds a mention of fact number `fact` at bytes `start..end` of the
    /// text, in `sentence`; mentions come in text order.
    pub fn mention(&mut self, fact: usize, start: usize, end: usize, sentence: Span) {
        if self.sentences.last().is_none_or(|&(_, s)| s != sentence) {
            self.sentences.push((self.staged.len(), sentence));
        }
        self.staged.push(Staged { start, len: (end - start) as u32, fact: fact as u32 });
    }

    /// Room for `n` more mentions.
    pub fn reserve(&mut self, n: usize) {
        self.staged.reserve(n);
    }

    /// The facts by category, then by where the article first gives them:
    /// a news story leads with its key figure, which becomes the headline.
    /// `text` is the text the staged mentions' offsets are in (`add` stages none).
    pub fn finish(self, text: &str) -> Vec<Fact> {
        let Merged { mut facts, staged, sentences, .. } = self;
        let mut counts = vec![0usize; facts.len()];
        staged.iter().for_each(|m| counts[m.fact as usize] += 1);
        facts.iter_mut().zip(counts).for_each(|(f, n)| f.mentions.reserve_exact(n));
        let mut sentences = sentences.into_iter().peekable();
        let mut sentence = Span::default();
        for (n, m) in staged.into_iter().enumerate() {
            while let Some((_, s)) = sentences.next_if(|&(from, _)| from <= n) {
                sentence = s;
            }
            let end = m.start + m.len as usize;
            facts[m.fact as usize].mentions.push(Mention { start: m.start, end, text: text[m.start..end].into(), sentence });
        }
        let mut facts = by_category(facts);
        let mut last: Option<Category> = None;
        for f in &mut facts {
            f.headline = f.category != Category::Other && last != Some(f.category);
            last = Some(f.category);
        }
        facts
    }
}

/// `facts`, in the order they were first found (their first mentions'
/// order), grouped by category in the box's order; facts without a mention
/// last in their category. A counting sort: a comparison sort's code
/// weighed 3.5 KB of the wasm.
fn by_category(facts: Vec<Fact>) -> Vec<Fact> {
    let key = |f: &Fact| f.category as usize * 2 + usize::from(f.mentions.is_empty());
    let mut start = [0usize; 2 * (Category::Other as usize + 1) + 1];
    facts.iter().for_each(|f| start[key(f) + 1] += 1);
    for k in 1..start.len() {
        start[k] += start[k - 1];
    }
    let mut slots: Vec<Option<Fact>> = std::iter::repeat_with(|| None).take(facts.len()).collect();
    for f in facts {
        let k = key(&f);
        slots[start[k]] = Some(f);
        start[k] += 1;
    }
    slots.into_iter().flatten().collect()
}

/// Merges `f` into `g`, the fact of the same figure found earlier.
fn absorb(g: &mut Fact, f: Fact) {
    let Fact { mut mentions, qualifier, subject, source, .. } = f;
    g.mentions.append(&mut mentions);
    if g.qualifier == Default::default() {
        g.qualifier = qualifier;
    }
    g.subject = g.subject.take().or(subject);
    g.source = g.source.take().or(source);
}

/// `found` merged and ranked (see `Merged`).
pub fn build(found: Vec<Fact>) -> Vec<Fact> {
    let mut merged = Merged::default();
    found.into_iter().for_each(|f| merged.add(f));
    merged.finish("")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table finds every key through its growth, misses others, and a
    /// key given again maps to its last number, as a map's insert does.
    #[test]
    fn seen_maps_keys_to_fact_numbers() {
        let k = |v: u32, c: Category| key(c, Some(f64::from(v)), None, None, None);
        let mut seen = Seen::default();
        assert_eq!(seen.get(&k(1, Category::Killed)), None);
        for v in 0..1000 {
            seen.push(k(v, Category::Killed));
        }
        assert!((0..1000).all(|v| seen.get(&k(v, Category::Killed)) == Some(v as usize)));
        assert_eq!(seen.get(&k(5, Category::Injured)), None);
        assert_eq!(seen.get(&k(1000, Category::Killed)), None);
        seen.push(k(7, Category::Killed));
        assert_eq!(seen.get(&k(7, Category::Killed)), Some(1000));
        assert_eq!(seen.slots.iter().filter(|&&n| n > 0).count(), 1000);
    }
}
