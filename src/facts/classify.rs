//! What a quantity counts. Percentages and sums are read from the mark or
//! currency beside them; dates, ages, measures and identifiers are set
//! aside; a count of people takes the category of the nearest trigger — the
//! verb or noun of what happened to them — and a count of soldiers with no
//! such trigger is the strength of a force (`troops`).

use crate::lang::{Currency, Side};
use crate::model::Category;
use crate::numbers::Quantity;
use crate::text::{Doc, Kind, Strip};

/// The category of a quantity, and for money its currency.
#[derive(Clone, Debug, PartialEq)]
pub struct Class {
    pub category: Category,
    pub currency: Option<&'static Currency>,
}

impl Class {
    fn of(category: Category) -> Class {
        Class { category, currency: None }
    }
}

/// How far (in tokens) a trigger reaches from the number.
const LEFT_REACH: usize = 10;
const RIGHT_REACH: usize = 8;
/// A sentence-wide trigger ("the death toll … rose to 57") counts as this near.
const SENTENCE_TRIGGER_DISTANCE: usize = 3;
/// A soldier noun counted by the number weighs like a trigger this far away:
/// "اعتقلت الشرطة… 150 جندياً" is detained, "ترسل 200 جندي" is troops.
const MILITARY_SCORE: f64 = 0.18;

/// The token that names what quantity `q` counts: the word after it,
/// past "of"/"من" ("14 من العناصر", "thousands of troops").
pub fn counted_noun(doc: &Doc, q: &Quantity) -> Option<usize> {
    if q.dual {
        return Some(q.first);
    }
    let mut j = q.last;
    if doc.data.class("of").iter().any(|w| w == doc.word(j)) {
        j += 1;
    }
    (doc.is(j, Kind::Word) && doc.same_sentence(q.first, j)).then_some(j)
}

pub fn classify(doc: &Doc, qs: &[Quantity], n: usize, owner: &[u32]) -> Class {
    let q = &qs[n];
    let d = doc.data;
    if doc.lookup(&d.percent, q.last, Strip::Clitics).is_some() && doc.same_sentence(q.first, q.last) {
        return Class::of(if q.approx.is_some() || q.ungraded { Category::Other } else { Category::Percent });
    }
    if let Some(currency) = currency_of(doc, q) {
        if q.approx.is_some() || q.ungraded {
            return Class::of(Category::Other);
        }
        return Class { category: Category::Money, currency: Some(currency) };
    }
    if q.ungraded || not_a_count(doc, q) {
        return Class::of(Category::Other);
    }
    let noun = counted_noun(doc, q);
    if let Some(j) = noun.filter(|_| !q.dual) {
        if doc.lookup(&d.not_counted, j, Strip::All).is_some() {
            return Class::of(Category::Other);
        }
    }
    let mut best: Option<(f64, Category)> = None;
    let mut consider = |score: f64, cat: Category| {
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, cat));
        }
    };
    let owned_by_other = |j: usize| owner[j] != u32::MAX && owner[j] != n as u32;
    // Left of the number: triggers that end before it.
    let mut j = q.first;
    while j > 0 && doc.same_sentence(j - 1, q.first) {
        j -= 1;
        if owned_by_other(j) {
            continue;
        }
        if let Some((len, t)) = doc.lookup(&d.triggers, j, Strip::All) {
            if j + len > q.first {
                continue;
            }
            let dist = q.first - (j + len - 1);
            let dist = if t.sentence { dist.min(SENTENCE_TRIGGER_DISTANCE) } else { dist };
            if dist <= LEFT_REACH {
                consider(1.0 / dist as f64, t.category);
            }
        }
    }
    // Right of the number.
    let mut j = q.last;
    while j < doc.len() && doc.same_sentence(j, q.first) && j - q.last < RIGHT_REACH {
        if owned_by_other(j) {
            j += 1;
            continue;
        }
        if let Some((len, t)) = doc.lookup(&d.triggers, j, Strip::All) {
            consider(1.0 / (j - q.last + 1) as f64, t.category);
            j += len;
            continue;
        }
        j += 1;
    }
    let military = noun.is_some_and(|j| {
        (j..j + 3).any(|k| doc.same_sentence(j, k) && !owned_by_other(k) && doc.lookup(&d.military, k, Strip::All).is_some())
    }) || q.dual && doc.lookup(&d.military, q.first, Strip::None).is_some();
    if military {
        consider(MILITARY_SCORE, Category::Troops);
    }
    Class::of(best.map_or(Category::Other, |(_, c)| c))
}

/// A currency written beside `q`: a sign before ("$5", "US$"), a word after
/// ("dollars", "دولار"), or an abbreviation touching it ("68p").
fn currency_of(doc: &Doc, q: &Quantity) -> Option<&'static Currency> {
    let d = doc.data;
    if let Some((_, c)) = doc.lookup_ending(&d.currencies, q.first, Strip::None, 2) {
        if c.side == Side::Before {
            return Some(c);
        }
    }
    let (_, c) = doc.lookup(&d.currencies, q.last, Strip::Clitics)?;
    let placed = c.side == Side::After && (!c.attached || doc.touches(q.last - 1, q.last));
    (placed && doc.same_sentence(q.first, q.last)).then_some(c)
}

/// Years, dates, times, ages, identifiers and measures: numbers that are
/// not counts of anything a fact box shows.
fn not_a_count(doc: &Doc, q: &Quantity) -> bool {
    let d = doc.data;
    let (first, last) = (q.first, q.last);
    if q.digits {
        let w = doc.word(first);
        // A time ("15:48") or a score ("3:1").
        let colon = |a: usize, b: usize| doc.word(a) == ":" && doc.touches(a, b);
        if colon(last, last + 1) && doc.touches(last - 1, last) || first > 0 && colon(first - 1, first) && doc.touches(first - 1, first) {
            return true;
        }
        // Identifiers glued to letters: "F-16", "A320", "15.5km", "1980s", "3rd".
        let glued_before = first > 0 && doc.touches(first - 1, first) && (doc.is(first - 1, Kind::Word) || doc.word(first - 1) == "-" && first > 1 && doc.is(first - 2, Kind::Word) && doc.touches(first - 2, first - 1));
        let glued_after = doc.touches(last - 1, last) && doc.is(last, Kind::Word) && doc.word(last).is_ascii();
        if glued_before && !doc.data.class("conj").iter().chain(doc.data.class("prep")).any(|c| doc.word(first - 1).ends_with(c.as_str())) {
            return true;
        }
        if glued_after {
            return true;
        }
        // A year, unless people are counted right after it ("2000 soldiers").
        let plain = w.bytes().all(|b| b.is_ascii_digit());
        if plain && w.len() == 4 && q.value_max.is_none_or(|m| m < 2200.0) && (1800.0..2200.0).contains(&q.value.unwrap_or(0.0)) && !q.scaled {
            let people = counted_noun(doc, q).is_some_and(|j| {
                doc.lookup(&d.persons, j, Strip::All).is_some() || doc.lookup(&d.military, j, Strip::All).is_some() || doc.lookup(&d.triggers, j, Strip::All).is_some()
            });
            if !people {
                return true;
            }
        }
        // Phone numbers and other long codes.
        if plain && w.len() > 9 {
            return true;
        }
    }
    // Next to a month: a date.
    let month = |j: usize| doc.same_sentence(first, j) && doc.lookup(&d.months, j, Strip::Clitics).is_some();
    if month(last) || first > 0 && month(first - 1) || first > 1 && doc.word(first - 1) == "/" && month(first - 2) {
        return true;
    }
    if first > 1 && doc.word(first - 1) == "/" && doc.is(first - 2, Kind::Num) {
        return true;
    }
    // Ages, identifiers, ranks: "aged 20", "رقم 5", "magnitude-4.8", "Brigade 261".
    let mut k = first;
    if k > 0 && doc.word(k - 1) == "-" {
        k -= 1;
    }
    doc.lookup_ending(&d.not_counted_before, k, Strip::Clitics, 2).is_some()
}

#[cfg(test)]
mod tests;
