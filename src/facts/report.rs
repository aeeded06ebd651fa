//! One fact per distinct figure, with all its mentions, ranked for the box.

use crate::model::{Category, Fact, Mention};

/// The identity of a figure (FACTS.md): category, value, range, vagueness, unit.
fn same_figure(a: &Fact, b: &Fact) -> bool {
    a.category == b.category && a.value == b.value && a.value_max == b.value_max && a.approx == b.approx && a.unit == b.unit
}

/// Merges repeated figures (keeping the first mention's wording where it has
/// one) and orders facts by category, then by where the article first gives
/// them: a news story leads with its key figure, which becomes the headline.
pub fn build(found: Vec<Fact>) -> Vec<Fact> {
    let mut facts: Vec<Fact> = Vec::new();
    for f in found {
        match facts.iter_mut().find(|g| same_figure(g, &f)) {
            Some(g) => {
                g.mentions.extend(f.mentions);
                if g.qualifier == Default::default() {
                    g.qualifier = f.qualifier;
                }
                g.subject = g.subject.take().or(f.subject);
                g.source = g.source.take().or(f.source);
            }
            None => facts.push(f),
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
