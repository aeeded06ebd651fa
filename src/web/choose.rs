//! Which figures a box shows and which leads each category: the same for
//! the box in the browser (`web::render`) and the box rendered on the
//! server (`html`, which compiles this file from its path, as `web` is
//! wasm only). Pure: no DOM.

use crate::model::{Category, Fact, Report};

/// What an editor asks of the box in HTML, on `<fact-box>` (README).
pub struct Show {
    /// `categories`: which to show, in that order; empty shows every graded one.
    pub categories: Vec<Category>,
    /// `max`: how many figures at most.
    pub max: usize,
    /// `heading`: the box's title instead of the UI's.
    pub heading: Option<String>,
    /// `heading-level`: 1-6, the title's `<hN>` (category names one below).
    pub level: usize,
    /// `about-href`: what the line "found automatically" links to, if
    /// `dom.js` `note` finds it an http(s) or relative URL.
    pub about: Option<String>,
    /// `compact`: `None` for auto (by the box's width), else on or off.
    pub compact: Option<bool>,
}

impl Default for Show {
    fn default() -> Show {
        Show { categories: Vec::new(), max: usize::MAX, heading: None, level: 2, about: None, compact: None }
    }
}

/// The figures the box shows: per category (the editor's `categories`, in
/// their order, else FACTS.md order) the indices of its facts, the lead
/// figure first (`lead`). With `max`, each category's lead comes before
/// any other figure.
pub fn choose(report: &Report, show: &Show) -> Vec<(Category, Vec<usize>)> {
    let order: &[Category] = if show.categories.is_empty() { &Category::GRADED } else { &show.categories };
    let mut chosen: Vec<(Category, Vec<usize>)> = Vec::new();
    for &c in order {
        if c == Category::Other || chosen.iter().any(|(d, _)| *d == c) {
            continue;
        }
        let mut facts: Vec<usize> = (0..report.facts.len()).filter(|&i| report.facts[i].category == c).collect();
        if let Some(at) = lead(report, &facts) {
            let head = facts.remove(at);
            facts.insert(0, head);
            chosen.push((c, facts));
        }
    }
    let mut budget = show.max;
    for (_, facts) in &mut chosen {
        if budget == 0 {
            facts.clear();
        } else {
            budget -= 1;
        }
    }
    for (_, facts) in &mut chosen {
        let others = facts.len().saturating_sub(1).min(budget);
        budget -= others;
        facts.truncate(1 + others);
    }
    chosen.retain(|(_, facts)| !facts.is_empty());
    chosen
}

/// Which of a category's facts (`facts`, indices into the report, in
/// report order) leads it, as a position in `facts`. Not the first mention
/// because it is first: a figure with a number over a vague one ("29
/// children" over "dozens"), one the article attributes, one it repeats
/// more often; for a toll (killed … displaced), the larger of two figures
/// no two different sources give, since a story that updates its toll
/// raises it. Otherwise the first.
pub fn lead(report: &Report, facts: &[usize]) -> Option<usize> {
    let mut best: Option<usize> = None;
    for (at, &i) in facts.iter().enumerate() {
        let f = &report.facts[i];
        let Some(b) = best else {
            best = Some(at);
            continue;
        };
        let g = &report.facts[facts[b]];
        let rank = |x: &Fact| (x.value.is_some(), x.source.is_some(), x.mentions.len());
        let better = match rank(f).cmp(&rank(g)) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Less => false,
            std::cmp::Ordering::Equal => {
                let toll = f.category < Category::Troops;
                let rivals = matches!((&f.source, &g.source), (Some(a), Some(b)) if !a.eq_ignore_ascii_case(b));
                toll && !rivals && f.value > g.value
            }
        };
        if better {
            best = Some(at);
        }
    }
    best
}

/// Whether `f` is another source's differing figure for what `head` counts,
/// shown beside the headline rather than below it: same category (the
/// caller's), both name a source, the sources differ, and the subjects (where
/// both have one) share a word ("LIBYANS", "Libyan soldiers"), so that a
/// count of someone else stays in the list.
pub fn rival(head: &Fact, f: &Fact) -> bool {
    let (Some(a), Some(b)) = (&head.source, &f.source) else {
        return false;
    };
    if a.eq_ignore_ascii_case(b) {
        return false;
    }
    match (&head.subject, &f.subject) {
        (Some(s), Some(t)) => share_word(s, t),
        _ => true,
    }
}

/// Whether two phrases share a word of four letters or more, compared by its
/// first four letters, ASCII case folded (Arabic has no case).
fn share_word(a: &str, b: &str) -> bool {
    fn stems(s: &str) -> impl Iterator<Item = &str> {
        s.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().count() >= 4).map(|w| {
            let end = w.char_indices().nth(4).map_or(w.len(), |(at, _)| at);
            &w[..end]
        })
    }
    stems(a).any(|x| stems(b).any(|y| x.eq_ignore_ascii_case(y)))
}
