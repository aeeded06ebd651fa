//! Quantities: every number the article writes, in digits, in words, as an
//! Arabic dual, or as a vague amount, and the ranges they form.

pub mod decimal;
pub mod digits;
mod words;

use crate::lang::NumberWord;
use crate::model::Approx;
use crate::text::{Doc, Kind, Strip};
pub use words::{currency_sign, parse_number};

/// A number found in the text: tokens `first..last` (scale words included).
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    pub first: usize,
    pub last: usize,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub approx: Option<Approx>,
    /// A vague amount the spec does not grade ("hundreds of millions").
    pub ungraded: bool,
    /// An Arabic dual noun: the token is both the number and what it counts.
    pub dual: bool,
    /// Written with digits (as opposed to words).
    pub digits: bool,
    /// Took a scale word or abbreviation ("million", "ألف", "m").
    pub scaled: bool,
}

/// All quantities of `doc`, in text order, not overlapping.
pub fn find(doc: &Doc) -> Vec<Quantity> {
    let d = doc.data;
    // A word starts a quantity only if some form of it starts an entry of
    // one of these: one bit test turns most words away.
    let starts = d.vague.bit() | d.numbers.bit() | d.article_a.bit() | d.duals.bit() | d.one_of.bit();
    // About one token in ten is a number in news text: enough room for most
    // articles at once, where growing the vector by doubling copied it each time.
    let mut out = Vec::with_capacity(doc.len() / 8);
    // Signs that make a figure of a number without any word: "45%", "$5".
    let signs = d.percent.bit() | d.currencies.bit();
    let mut i = 0;
    for (first, end) in doc.sentence_ranges() {
        // A sentence without a single word — a list or a table of numbers, a
        // code, a score line — is not prose: its numbers, which could only be
        // `other`, are not figures of the article. Unless a sign makes one.
        if (first..end).all(|k| !doc.is(k, Kind::Word) && doc.bits(k, Strip::None) & signs == 0) {
            continue;
        }
        i = i.max(first);
        while i < end {
            if doc.is(i, Kind::Word) && doc.bits(i, Strip::Prefixes) & starts == 0 {
                i += 1;
                continue;
            }
            match quantity_at(doc, i) {
                // A dual right after a number agrees with it ("مليونان آخران"): no count of its own.
                Some(q) if q.dual && out.last().is_some_and(|p: &Quantity| p.last == q.first) => i += 1,
                Some(q) => {
                    let q = fraction_first(doc, &q).unwrap_or_else(|| range_from(doc, q));
                    i = q.last.max(i + 1);
                    out.push(q);
                }
                None => i += 1,
            }
        }
    }
    out
}

/// A percentage written fraction first, as some agencies set decimals in
/// right-to-left text: "بنسبة 37، 13 في المائة" is 13.37%, read like the
/// Tunisian "5ر13" (FACTS.md, "Value"). Only a comma touching a number of
/// one or two digits, a space, then the whole part right before the
/// percent word: a list of percentages is joined by "و", not so.
fn fraction_first(doc: &Doc, q: &Quantity) -> Option<Quantity> {
    let (a, comma, b) = (q.first, q.last, q.last + 1);
    let plain = |k: usize| doc.is(k, Kind::Num) && doc.word(k).bytes().all(|c| c.is_ascii_digit());
    let fits = q.digits && q.last == a + 1 && plain(a) && doc.word(a).len() <= 2 && matches!(doc.word(comma), "," | "،");
    let placed =
        fits && doc.touches(a, comma) && !doc.touches(comma, b) && plain(b) && doc.word(b).len() <= 3 && doc.same_sentence(a, b + 1);
    if !placed || doc.lookup(&doc.data.percent, b + 1, Strip::Clitics).is_none() {
        return None;
    }
    let value = digits::value(doc.word(b).as_bytes(), Some(doc.word(a).as_bytes()))?;
    Some(Quantity { last: b + 1, value: Some(value), ..q.clone() })
}

fn quantity_at(doc: &Doc, i: usize) -> Option<Quantity> {
    let d = doc.data;
    match doc.kind(i)? {
        Kind::Punct | Kind::Ident => return None,
        Kind::Num => return parse_number(doc, i),
        Kind::Word => {}
    }
    if let Some((len, approx)) = doc.lookup(&d.vague, i, Strip::Clitics) {
        let q = Quantity {
            first: i,
            last: i + len,
            value: None,
            value_max: None,
            approx: *approx,
            ungraded: approx.is_none(),
            dual: false,
            digits: false,
            scaled: false,
        };
        return Some(q);
    }
    parse_number(doc, i).or_else(|| dual_at(doc, i)).or_else(|| one_of(doc, i))
}

/// "مقتل أحد أفراد الدورية": one of the people named right after it is an
/// explicit one (FACTS.md, "Value"); before anything else ("لم يصب أحد",
/// nobody was hurt) the word is no number.
fn one_of(doc: &Doc, i: usize) -> Option<Quantity> {
    let d = doc.data;
    doc.lookup(&d.one_of, i, Strip::Clitics)?;
    let k = i + 1;
    (doc.same_sentence(i, k) && doc.names_people(k)).then(|| words::quantity(i, k, 1.0, false, false))
}

/// An Arabic dual of a noun for people ("قتيلان", "شخصين", "امرأتين") is the
/// number two; the language data lists them (`LangData::duals`).
fn dual_at(doc: &Doc, i: usize) -> Option<Quantity> {
    let is_dual = doc.lookup(&doc.data.duals, i, Strip::Prefixes).is_some();
    is_dual.then_some(Quantity {
        first: i,
        last: i + 1,
        value: Some(2.0),
        value_max: None,
        approx: None,
        ungraded: false,
        dual: true,
        digits: false,
        scaled: false,
    })
}

/// Extends `q` to a range when the grammar says so: "20-30", "between 20
/// and 30", "بين 12 و16 ألف", "from 51 to 79" (not after a verb of change:
/// "rose from 85 to 150" is two figures).
fn range_from(doc: &Doc, q: Quantity) -> Quantity {
    let Some(low) = q.value else { return q };
    if q.dual {
        return q;
    }
    let d = doc.data;
    let e = q.last;
    let hyphen = doc.word(e) == "-" && doc.touches(e - 1, e) && doc.touches(e, e + 1) && doc.is(e + 1, Kind::Num) && q.digits;
    // The word after the number is asked first: a bit test turns nearly
    // every one away, where "between" and "from" are looked up backwards.
    // A currency sign before the low end stands between it and "between"
    // or "from": "between $500,000 and $1 million".
    let sign = sign_len(doc, q.first);
    let opener = q.first - sign;
    let between = || doc.lookup_ending(&d.between, opener, Strip::Clitics, 3).is_some();
    let from = || doc.lookup_ending(&d.from, opener, Strip::None, 1).is_some() && !changes_before(doc, q.first);
    let joiner = |lex| doc.lookup(lex, e, Strip::None).is_some();
    // Two sums in the same currency joined by "to" are a range without
    // "from" ("$800,000 to $1.3 million"), unless a verb of change makes them two.
    let same_sign = |n: usize| sign > 0 && sign_len(doc, n + sign) == sign && (0..sign).all(|k| doc.word(n + k) == doc.word(opener + k));
    let signed_to = || !joiner(&d.and) && same_sign(e + 1) && !changes_before(doc, q.first);
    // Two numbers of the people they count: "15,000 to 20,000 fighters".
    let counted_to = || {
        !joiner(&d.and)
            && !changes_before(doc, q.first)
            && parse_number(doc, e + 1).is_some_and(|h| {
                let k = h.last;
                doc.same_sentence(e, k) && doc.names_people(k)
            })
    };
    let next = if hyphen || joiner(&d.and) && between() || joiner(&d.to) && (from() || signed_to() || counted_to()) {
        Some(e + 1)
    } else if doc.has_clitic(e) && between() {
        // The conjunction written onto the next number word: "بين عشرين وثلاثين".
        Some(e)
    } else {
        None
    };
    // The high end carries the sign of the low one: "$500,000 and $1 million".
    let next = next.map(|n| if same_sign(n) { n + sign } else { n });
    let Some(next) = next.filter(|&n| doc.same_sentence(q.first, n)) else { return q };
    let Some(high) = parse_number(doc, next) else { return q };
    let Some(mut high_value) = high.value else { return q };
    let mut low = low;
    if high.scaled && !q.scaled {
        // "12 و16 ألف": the scale of the second applies to the first.
        let scale = scale_of(high_value);
        if low * scale <= high_value {
            low *= scale;
        }
    }
    if !(high_value > low) {
        return q;
    }
    if high_value.fract() != 0.0 && !q.digits {
        high_value = high_value.round();
    }
    Quantity { last: high.last, value: Some(low), value_max: Some(high_value), scaled: q.scaled || high.scaled, ..q }
}

/// How many tokens the currency sign just before token `i` takes ("$": 1,
/// "HK$": 2), 0 when there is none.
fn sign_len(doc: &Doc, i: usize) -> usize {
    words::currency_sign(doc, i).map_or(0, |(len, _)| len)
}

/// The largest power of a thousand not above `v`: the scale a range shares.
fn scale_of(v: f64) -> f64 {
    let mut s = 1.0;
    while s * 1000.0 <= v {
        s *= 1000.0;
    }
    s
}

/// A verb of change earlier in the sentence ("the toll rose from…").
fn changes_before(doc: &Doc, i: usize) -> bool {
    let (first, _) = doc.window(i);
    (first..i).any(|j| doc.lookup(&doc.data.change, j, Strip::Clitics).is_some())
}

/// What the number word at token `i` is, clitics stripped; `None` for others.
pub fn number_word(doc: &Doc, i: usize, how: Strip) -> Option<(usize, NumberWord)> {
    doc.lookup(&doc.data.numbers, i, how).map(|(len, w)| (len, *w))
}

#[cfg(test)]
mod tests;
