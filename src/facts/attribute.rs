//! Who the figure is attributed to, and what it counts, in the article's
//! own words.

use super::classify::{counted_noun, Context};
use crate::lang::Side;
use crate::numbers::Quantity;
use crate::text::{Doc, Kind, Strip};

/// Most words a source may take.
const SOURCE_WORDS: usize = 6;

/// The original text of tokens `first..last`.
fn original(doc: &Doc, first: usize, last: usize) -> Option<String> {
    (first < last).then(|| {
        let (a, b) = doc.span(first, last);
        doc.text[a..b].to_owned()
    })
}

/// The noun phrase the figure counts: "protesters", "محتجاً", "Iraqi troops".
pub fn subject(doc: &Doc, q: &Quantity) -> Option<String> {
    let first = counted_noun(doc, q)?;
    if q.dual {
        return original(doc, first, first + 1);
    }
    let d = doc.data;
    let mut last = first;
    while last < first + d.words.subject_words
        && doc.is(last, Kind::Word)
        && doc.same_sentence(first, last)
        && !doc.is_word_in(&d.stop, last)
    {
        let person = doc.lookup(&d.persons, last, Strip::All).is_some();
        let trigger = doc.lookup(&d.triggers, last, Strip::All).is_some();
        // "5 killed": the trigger is the verb, not the subject — unless it is a noun of people (قتلى).
        if trigger && !person && last == first {
            return None;
        }
        last += 1;
        if person || trigger || doc.lookup(&d.military, last - 1, Strip::All).is_some() {
            break;
        }
    }
    original(doc, first, last)
}

/// The attribution of the sentence holding token `at`, nearest to it:
/// "according to the Interior Ministry", "officials said", "أعلنت وزارة…".
pub fn source(doc: &Doc, cx: &Context, at: usize) -> Option<String> {
    let d = doc.data;
    let (first, last) = doc.window(at);
    // (distance, the name's tokens)
    let mut best: Option<(usize, (usize, usize))> = None;
    let mut i = first;
    while i <= last && cx.any_source(i, last) {
        // Past the figure, each attribution is farther than the one before.
        if best.is_some_and(|(d0, _)| i >= at && i - at >= d0) {
            break;
        }
        let Some((len, side)) = doc.lookup(&d.sources, i, Strip::Clitics) else {
            i += 1;
            continue;
        };
        let name = match side {
            Side::After => name_after(doc, i + len, last),
            Side::Before => name_before(doc, i, first),
        };
        if let Some(name) = name {
            let dist = i.abs_diff(at);
            if best.is_none_or(|(d0, _)| dist < d0) {
                best = Some((dist, name));
            }
        }
        i += len;
    }
    best.and_then(|(_, (a, b))| clean(doc, cx, a, b)).and_then(|(a, b)| original(doc, a, b))
}

/// The name within tokens `a..b` as a clean noun phrase, or `None` when
/// they are no name: function words and auxiliaries come off the end ("الوزير إلى", "Downing Street has"); a phrase that opens with a
/// word no name opens with ("أنه", "خلال", "مطلع"), holds a number ("Eleven
/// people have so far been") or is left with function words only ("an",
/// "was") names nobody.
fn clean(doc: &Doc, cx: &Context, a: usize, mut b: usize) -> Option<(usize, usize)> {
    let d = doc.data;
    let stop = |k: usize| doc.lookup(&d.stop, k, Strip::Clitics).is_some();
    while b > a && (stop(b - 1) || !doc.is(b - 1, Kind::Word)) {
        b -= 1;
    }
    let opens_badly = a < b && doc.lookup(&d.not_source, a, Strip::All).is_some();
    let numbered = (a..b).any(|k| doc.is(k, Kind::Num) || cx.is_number(k));
    let named = (a..b).any(|k| !stop(k));
    (a < b && !opens_badly && !numbered && named).then_some((a, b))
}

fn ends_name(doc: &Doc, i: usize) -> bool {
    !doc.is(i, Kind::Word) || doc.is_word_in(&doc.data.source_end, i)
}

/// The tokens of the name after an attribution phrase ending before `from`.
fn name_after(doc: &Doc, from: usize, last: usize) -> Option<(usize, usize)> {
    // "بحسب ما أعلنه مستشفى": a relative and its verb open no name.
    let from = if doc.is_word_in(&doc.data.relative, from) { from + 2 } else { from };
    let mut end = from;
    while end <= last && end < from + SOURCE_WORDS && !ends_name(doc, end) {
        end += 1;
    }
    // A name does not end in an attribution of its own, whose name was not
    // there: "قال المصدر بحسب https://…" names "المصدر".
    while end > from + 1 && doc.lookup(&doc.data.sources, end - 1, Strip::Clitics).is_some() {
        end -= 1;
    }
    (end > from && !doc.is_word_in(&doc.data.pronoun, from)).then_some((from, end))
}

/// The tokens of the name before the attribution verb at `verb`.
fn name_before(doc: &Doc, verb: usize, first: usize) -> Option<(usize, usize)> {
    // After an auxiliary or an adverb the verb is a participle, no
    // attribution: "was told", "previously reported", "an estimated 19,000".
    if verb > first && doc.lookup(&doc.data.participle, verb - 1, Strip::Clitics).is_some() {
        return None;
    }
    let mut start = verb;
    while start > first && start + SOURCE_WORDS > verb && !ends_name(doc, start - 1) {
        start -= 1;
    }
    let pronoun = doc.is_word_in(&doc.data.pronoun, start) && start + 1 == verb;
    (start < verb && !pronoun).then_some((start, verb))
}
