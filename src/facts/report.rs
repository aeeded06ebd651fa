//! One fact per distinct figure, with all its mentions, ranked for the box.

use crate::lang::lexicon::FxMap;
use crate::model::{Approx, Category, Fact, Mention};

/// The identity of a figure (FACTS.md): category, value, range, vagueness, unit.
type Key = (Category, Option<u64>, Option<u64>, Option<Approx>, Option<&'static str>);

fn key(f: &Fact) -> Key {
    (f.category, f.value.map(f64::to_bits), f.value_max.map(f64::to_bits), f.approx, f.unit)
}

/// The place of a figure among the merged facts (`Merged::slot`).
pub struct Slot(Key, Option<usize>);

/// Facts merged as they are found: one per distinct figure, with all its
/// mentions, keeping the first mention's wording where it has one.
#[derive(Default)]
pub struct Merged {
    facts: Vec<Fact>,
    seen: FxMap<Key, usize>,
}

impl Merged {
    /// Adds `f` and its mentions to the fact of the same figure, or as a new fact.
    pub fn add(&mut self, f: Fact) {
        let k = key(&f);
        match self.seen.get(&k) {
            Some(&at) => absorb(&mut self.facts[at], f),
            None => {
                self.seen.insert(k, self.facts.len());
                self.facts.push(f);
            }
        }
    }

    /// Where the fact of `f`'s figure is (or will be) kept.
    pub fn slot(&self, f: &Fact) -> Slot {
        let k = key(f);
        let at = self.seen.get(&k).copied();
        Slot(k, at)
    }

    /// The fact already merged at `slot`.
    pub fn existing(&self, slot: &Slot) -> Option<&Fact> {
        slot.1.map(|at| &self.facts[at])
    }

    /// Adds `f`, found at `slot`, with its one mention `m`: a repeated
    /// figure (a page of them is the common case) costs no vector of its own.
    pub fn add_mention(&mut self, slot: Slot, mut f: Fact, m: Mention) {
        match slot.1 {
            Some(at) => {
                let g = &mut self.facts[at];
                g.mentions.push(m);
                absorb(g, f);
            }
            None => {
                f.mentions.push(m);
                self.seen.insert(slot.0, self.facts.len());
                self.facts.push(f);
            }
        }
    }

    /// The facts by category, then by where the article first gives them:
    /// a news story leads with its key figure, which becomes the headline.
    pub fn finish(self) -> Vec<Fact> {
        let mut facts = self.facts;
        let first = |f: &Fact| f.mentions.first().map_or(usize::MAX, |m: &Mention| m.start);
        facts.sort_by(|a, b| a.category.cmp(&b.category).then(first(a).cmp(&first(b))));
        let mut last: Option<Category> = None;
        for f in &mut facts {
            f.headline = f.category != Category::Other && last != Some(f.category);
            last = Some(f.category);
        }
        facts
    }
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
    merged.finish()
}
