//! The hedge on a figure: "at least 26", "نحو 10", "892 مدنيا على الأقل".

use crate::model::Qualifier;
use crate::numbers::Quantity;
use crate::text::{Doc, Strip};

/// Longest qualifier phrase, in tokens, of any language.
const LONGEST: usize = 4;

/// Longest range opener ("ما بين", "between"), in tokens.
const RANGE_OPENER: usize = 3;

/// Where the words that belong to the number begin: its hedge and its
/// range opener ("at least", "نحو ما بين").
pub fn opening(doc: &Doc, q: &Quantity) -> usize {
    let d = doc.data;
    let start = doc.lookup_ending(&d.between, q.first, Strip::Clitics, RANGE_OPENER).map_or(q.first, |(len, _)| q.first - len);
    doc.lookup_ending(&d.qualifiers_before, start, Strip::Clitics, LONGEST).map_or(start, |(len, _)| start - len)
}

pub fn qualifier(doc: &Doc, q: &Quantity) -> Qualifier {
    let d = doc.data;
    // Every reading below needs a word that starts a range opener or a hedge
    // within reach: one pass of bit tests turns away most figures (a page of
    // figures asks this of each one).
    let hedges = d.between.bit() | d.qualifiers_before.bit() | d.qualifiers_after.bit();
    let mut any = doc.bits(q.last, Strip::Clitics) | doc.bits(q.last + 1, Strip::Clitics);
    for k in q.first.saturating_sub(RANGE_OPENER + LONGEST)..q.first {
        any |= doc.bits(k, Strip::Clitics);
    }
    if any & hedges == 0 {
        return Qualifier::Exact;
    }
    // A range's own opener sits between the hedge and the number: "نحو ما بين 50 و75".
    let start = doc.lookup_ending(&d.between, q.first, Strip::Clitics, RANGE_OPENER).map_or(q.first, |(len, _)| q.first - len);
    if let Some((_, &ql)) = doc.lookup_ending(&d.qualifiers_before, start, Strip::Clitics, LONGEST) {
        return ql;
    }
    // Before the number, with one word between: "ناهزت500", "ما يصل إلى 30".
    for at in [q.last, q.last + 1] {
        if doc.same_sentence(q.first, at) {
            if let Some((_, &ql)) = doc.lookup(&d.qualifiers_after, at, Strip::Clitics) {
                return ql;
            }
        }
    }
    Qualifier::Exact
}
