//! One fact per distinct figure, with all its mentions, ranked for the box.

use crate::lang::lexicon::FxMap;
use crate::model::{Approx, Category, Fact, Mention};

/// The identity of a figure (FACTS.md): category, value, range, vagueness, unit.
type Key = (Category, Option<u64>, Option<u64>, Option<Approx>, Option<&'static str>);

fn key(f: &Fact) -> Key {
    (f.category, f.value.map(f64::to_bits), f.value_max.map(f64::to_bits), f.approx, f.unit)
}

/// Merges repeated figures (keeping the first mention's wording where it has
/// one) and orders facts by category, then by where the article first gives
/// them: a news story leads with its key figure, which becomes the headline.
pub fn build(found: Vec<Fact>) -> Vec<Fact> {
    let mut facts: Vec<Fact> = Vec::new();
    let mut seen: FxMap<Key, usize> = FxMap::default();
    for f in found {
        match seen.get(&key(&f)) {
            Some(&at) => {
                let g = &mut facts[at];
                g.mentions.extend(f.mentions);
                if g.qualifier == Default::default() {
                    g.qualifier = f.qualifier;
                }
                g.subject = g.subject.take().or(f.subject);
                g.source = g.source.take().or(f.source);
            }
            None => {
                seen.insert(key(&f), facts.len());
                facts.push(f);
            }
        }
    }
    let first = |f: &Fact| f.mentions.first().map_or(usize::MAX, |m: &Mention| m.start);
    facts.sort_by(|a, b| a.category.cmp(&b.category).then(first(a).cmp(&first(b))));
    let mut last: Option<Category> = None;
    for f in &mut facts {
        f.headline = f.category != Category::Other && last != Some(f.category);
        last = Some(f.category);
    }
    facts
}
