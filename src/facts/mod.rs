//! From quantities to facts: category, qualifier, subject and source of
//! each, then the report.

pub mod attribute;
pub mod classify;
mod clause;
pub mod qualify;
pub mod report;

use crate::model::{Category, Fact, Qualifier, Span};
use crate::numbers::Quantity;
use crate::text::{Doc, Strip};
use classify::{classify, Context};

/// The currency an ambiguous word (دينار, "dinars") most likely means here:
/// the candidate whose country the article names most, else the default.
fn choose_code(doc: &Doc, codes: &[&'static str], countries: &mut Option<Vec<&'static str>>) -> &'static str {
    if codes.len() > 1 {
        let named = countries.get_or_insert_with(|| {
            (0..doc.len()).filter_map(|i| doc.lookup(&doc.data.countries, i, Strip::Prefixes).map(|(_, c)| *c)).collect()
        });
        let count = |c: &&str| named.iter().filter(|n| *n == c).count();
        if let Some(best) = codes.iter().filter(|c| count(c) > 0).max_by_key(|c| count(c)) {
            return best;
        }
    }
    codes.first().copied().unwrap_or("XXX")
}

/// Keeps money figures free of float noise ("179.1p" is 1.791, not 1.7910000000000001).
fn tidy(v: f64) -> f64 {
    if v.abs() < 1e9 {
        (v * 1e6).round() / 1e6
    } else {
        v.round()
    }
}

/// The fact of each quantity, added to `merged`, with the byte range of
/// each in `doc.text` (`spans`); offsets are moved `shift` bytes later
/// (where the piece `doc` reads starts in the whole text).
pub fn found(doc: &Doc, qs: &[Quantity], spans: &[(usize, usize)], shift: usize, merged: &mut report::Merged) {
    let mut cx = Context::new(doc, qs);
    merged.reserve(qs.len());
    let mut countries = None;
    let mut last_sentence = (u32::MAX, (0, 0));
    for (n, (q, &(start, end))) in qs.iter().zip(spans).enumerate() {
        let class = classify(doc, &cx, n);
        cx.classes.push(class.clone());
        let (mut value, mut value_max, mut unit) = (q.value, q.value_max, None);
        if let Some(c) = class.currency {
            value = value.map(|v| tidy(v * c.factor));
            value_max = value_max.map(|v| tidy(v * c.factor));
            unit = Some(choose_code(doc, c.codes, &mut countries));
        }
        // Figures come in text order, so most share the previous one's sentence.
        let sentence = doc.sentence(q.first);
        if last_sentence.0 != sentence {
            last_sentence = (sentence, doc.sentence_span(sentence));
        }
        let (s0, s1) = last_sentence.1;
        let graded = class.category != Category::Other;
        let wants_subject = graded && class.category != Category::Money && class.category != Category::Percent;
        // A repeated figure keeps the first qualifier, subject and source
        // found (`report::Merged`): only what its fact still lacks is read.
        let key = report::key(class.category, value, value_max, q.approx, unit);
        let at = match merged.get_mut(&key) {
            Some((at, g)) => {
                if g.qualifier == Qualifier::default() {
                    g.qualifier = qualify::qualifier(doc, q);
                }
                if g.subject.is_none() && wants_subject {
                    g.subject = attribute::subject(doc, q);
                }
                if g.source.is_none() && graded {
                    g.source = attribute::source(doc, &cx, q.first);
                }
                at
            }
            None => merged.insert(
                key,
                Fact {
                    category: class.category,
                    value,
                    value_max,
                    approx: q.approx,
                    unit,
                    qualifier: qualify::qualifier(doc, q),
                    subject: if wants_subject { attribute::subject(doc, q) } else { None },
                    source: if graded { attribute::source(doc, &cx, q.first) } else { None },
                    headline: false,
                    mentions: Vec::new(),
                },
            ),
        };
        merged.mention(at, start + shift, end + shift, Span { start: s0 + shift, end: s1 + shift });
    }
}

/// The report's facts: `found` (`spans` from `screen::screen`), merged and ranked.
pub fn facts(doc: &Doc, qs: &[Quantity], spans: &[(usize, usize)]) -> Vec<Fact> {
    let mut merged = report::Merged::default();
    found(doc, qs, spans, 0, &mut merged);
    merged.finish(doc.text)
}

#[cfg(test)]
mod tests;
