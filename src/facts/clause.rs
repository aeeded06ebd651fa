//! How the figures and words of a sentence relate, beyond the nearest
//! trigger (`classify`): parts and their wholes, a verb's subject and
//! object, passive predicates past an apposition, comparisons, adjuncts,
//! and the sentence's own context (an event elsewhere in it, an illness).

use super::classify::{counted_noun, not_a_count, Context, PREDICATE_REACH};
use crate::lang::Trigger;
use crate::model::Category;
use crate::numbers::Quantity;
use crate::text::{Doc, Kind, Strip};

/// The most tokens from a counted subject to its passive predicate.
const PASSIVE_REACH: usize = 14;

/// Whether the tokens `a..b` between quantity `m` and the next only join
/// them ("5 soldiers and 3 civilians"), so a verb before `m` governs both.
pub(super) fn coordinated(doc: &Doc, cx: &Context, m: usize, a: usize, b: usize) -> bool {
    (a..b).all(|k| cx.noun_of(k) == m as u32 || doc.word(k) == "," || doc.lookup(&doc.data.and, k, Strip::None).is_some())
}

/// Whether figure `a` is the subject of the verb right before it and figure
/// `b` its object: the verb comes first and two counts of people follow
/// with nothing but `a`'s noun and its modifiers between them, "قتل أربعة
/// انتحاريين بريطانيين 52 شخصا" (four bombers killed 52 people). Then the
/// verb tells what happened to `b`'s people, not to `a`'s.
pub(super) fn subject_of(doc: &Doc, cx: &Context, a: usize, b: usize) -> bool {
    let d = doc.data;
    let (Some(qa), Some(qb)) = (cx.qs.get(a), cx.qs.get(b)) else { return false };
    let people = |q: &Quantity, m: usize| counted_noun(doc, q).filter(|&k| cx.noun_of(k) == m as u32);
    // `a`'s noun may be one the lists lack ("انتحاريين"), but no thing; `b`'s is one of people.
    let noun = counted_noun(doc, qa).filter(|&k| !adjunct(doc, cx, a) && doc.is(k, Kind::Word));
    let (Some(noun), Some(_)) = (noun, people(qb, b)) else { return false };
    let opens = super::qualify::opening(doc, qb);
    // The noun's modifiers: adjectives that agree with it (the same ending:
    // "انتحاريين بريطانيين"), no joining word, preposition, clause or event.
    let ending = |k: usize| doc.word(k).char_indices().rev().nth(1).map(|(at, _)| &doc.word(k)[at..]);
    let modifiers = (noun + 1..opens).all(|k| {
        doc.is(k, Kind::Word)
            && ending(k).is_some_and(|e| Some(e) == ending(noun))
            && doc.lookup(&d.and, k, Strip::None).is_none()
            && doc.lookup(&d.clause, k, Strip::None).is_none()
            && !doc.is_word_in(&d.of, k)
            && cx.trigger(k).is_none()
    }) && !doc.is_word_in(&d.stop, noun);
    let start = super::qualify::opening(doc, qa);
    let verb = cx.trigger_ending_at(start).is_some_and(|t| !t.sentence);
    verb && modifiers && opens > noun && opens - noun <= 4 && doc.same_sentence(qa.first, qb.first)
}

/// Whether the sentence of token `i` has a trigger of what happened to
/// people (a force's verb aside).
pub(super) fn eventful(doc: &Doc, cx: &Context, i: usize) -> bool {
    let (first, end) = doc.sentence_tokens(i);
    (first..end).any(|k| {
        cx.trigger(k).is_some_and(|(_, t)| !matches!(t.category, Category::Troops | Category::Other | Category::Money | Category::Percent))
    })
}

/// Whether quantity `m` counts a thing, no people ("in eight cities", "15
/// years"): an adjunct of the clause, which neither owns its verb nor
/// separates another figure from it.
pub(super) fn adjunct(doc: &Doc, cx: &Context, m: usize) -> bool {
    counted_noun(doc, &cx.qs[m]).is_some_and(|k| doc.lookup(&doc.data.not_counted, k, Strip::All).is_some())
}

/// Whether the sentence of token `i` names an illness.
pub(super) fn sick(doc: &Doc, i: usize) -> bool {
    let (first, end) = doc.sentence_tokens(i);
    (first..end).any(|k| doc.is(k, Kind::Word) && doc.lookup(&doc.data.illness, k, Strip::Clitics).is_some())
}

/// The passive predicate of the people figure `n` counts, when its noun
/// phrase is too long for the nearest trigger to reach: "Two men, both from
/// the town, were arrested". The first trigger after the noun must follow
/// an auxiliary ("who can't arrest anyone" is not one), with no other
/// figure or new clause ("and" aside: "nine men and another man") between.
pub(super) fn passive_predicate(doc: &Doc, cx: &Context, n: usize) -> Option<(f64, Trigger, bool, usize)> {
    let d = doc.data;
    let noun = counted_noun(doc, &cx.qs[n]).filter(|&j| cx.noun_of(j) == n as u32)?;
    // A parenthesis is an apposition, figures and all: "Five suspects (three
    // men and two women) were…"; so is a part set off by commas: "17 people,
    // including three police officers, were injured".
    let mut inside = false;
    let mut part = false;
    for j in noun + 1..(noun + PASSIVE_REACH).min(doc.len()) {
        match doc.word(j) {
            "(" => inside = true,
            ")" => inside = false,
            "," if part => part = false,
            "," => part = doc.lookup(&d.subset, j + 1, Strip::Clitics).is_some(),
            _ => {}
        }
        if inside || part || matches!(doc.word(j), ")" | ",") && j > noun + 1 {
            continue;
        }
        let clause = doc.lookup(&d.clause, j, Strip::None).is_some() && doc.lookup(&d.and, j, Strip::None).is_none();
        if !doc.same_sentence(noun, j) || cx.is_number(j) || clause {
            return None;
        }
        if let Some((len, t)) = cx.trigger(j) {
            let passive = doc.lookup(&d.passive, j - 1, Strip::None).is_some();
            return (passive && !t.sentence).then_some((1.0 / PREDICATE_REACH as f64, *t, true, j + len - 1));
        }
    }
    None
}

/// The figure of the sentence a part ("among them 45 children") belongs
/// to: the one before it, past dates and years between them ("476 شخصًا
/// خلال نيسان 2018، بينهم 45 طفلًا"); a thing counted may be one ("159
/// بلاغا … 149 منها").
pub(super) fn whole_before(doc: &Doc, cx: &Context, n: usize) -> Option<usize> {
    let q = &cx.qs[n];
    (0..n)
        .rev()
        .take_while(|&m| doc.same_sentence(cx.qs[m].first, q.first))
        .find(|&m| cx.classes.get(m).is_some_and(|c| c.category != Category::Other) || !not_a_count(doc, &cx.qs[m]))
}

/// Whether figure `n` opens a parenthesis right after the figure before
/// and its noun: a breakdown of it, "nine suspects (five men and four
/// women)", "تسعة متهمين (خمسة رجال وأربع نساء)".
pub(super) fn breakdown(doc: &Doc, cx: &Context, n: usize) -> bool {
    let q = &cx.qs[n];
    let Some(p) = n.checked_sub(1).map(|m| &cx.qs[m]) else { return false };
    let open = q.first.checked_sub(1).filter(|&k| doc.word(k) == "(");
    open.is_some_and(|k| counted_noun(doc, p).is_some_and(|j| j + 1 == k))
}

/// Whether a word of comparison joins `q` to the figure `p` before it:
/// right after `p` and its noun or currency, or after a comma or "and" ("1.6 مليار دولار، أقل من 25
/// مليار", "$5 million compared with $3 million"), but not after a verb of
/// its own ("killed 1,400 and sickened more than 80,000").
pub(super) fn compared(doc: &Doc, p: &Quantity, q: &Quantity) -> bool {
    let d = doc.data;
    let Some((len, _)) = doc.lookup_ending(&d.compare, q.first, Strip::Clitics, 3) else { return false };
    let start = (q.first - len).min(super::qualify::opening(doc, q));
    // Between them only `p`'s noun or currency and a join.
    let noun = counted_noun(doc, p);
    (p.last..start).all(|k| {
        doc.word(k) == ","
            || doc.lookup(&d.and, k, Strip::None).is_some()
            || Some(k) == noun
            || doc.lookup(&d.currencies, k, Strip::Clitics).is_some()
    })
}

/// Whether token `k` is written in lower case (Arabic, without capitals, never is).
pub(super) fn lower_case(doc: &Doc, k: usize) -> bool {
    let (a, _) = doc.span(k, k + 1);
    doc.text[a..].starts_with(crate::text::is_lower)
}
