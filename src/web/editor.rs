//! Editors in control: the figures an editor marks in the article with
//! `<data value="N" data-factbox="CATEGORY">` replace whatever the engine
//! reads at the same place. (What an editor wraps in `data-factbox-skip` is
//! never read at all: `dom.js`, `kind`.)

use super::article::{ArticleText, Mark};
use super::utf16::byte_of;
use crate::model::{Fact, Mention, Qualifier, Report, Span};

/// Currency codes an editor may give in `data-factbox-unit`: the ones the
/// box names (`labels`), so the unit stays a `&'static str` as the engine's.
const UNITS: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "INR", "EGP", "SDG", "SAR", "QAR", "OMR", "YER", "IRR", "AED", "MAD", "TND", "IQD", "JOD", "KWD", "LYD",
    "DZD", "BHD", "TRY", "SYP", "LBP", "ILS", "RUB", "PKR", "CNY", "CHF", "MRU",
];

/// Applies the editors' marks of `read` to `report` (UTF-16 offsets): a
/// figure the engine found inside a mark is dropped, and each mark becomes
/// a mention of the figure it names. Facts stay in the box's order
/// (category, then first mention), `headline` the first of each category.
pub fn apply(report: &mut Report, read: &ArticleText) {
    if read.marks.is_empty() {
        return;
    }
    let inside = |m: &Mention| read.marks.iter().any(|k| (m.start as u32) < k.end && k.start < m.end as u32);
    for f in &mut report.facts {
        f.mentions.retain(|m| !inside(m));
    }
    report.facts.retain(|f| !f.mentions.is_empty());
    // Sorted by hand: a std sort of these types would add kilobytes of wasm
    // for lists of a few facts.
    let mut facts: Vec<Fact> = Vec::new();
    for f in std::mem::take(&mut report.facts).into_iter().chain(read.marks.iter().map(|k| fact(k, read))) {
        let same = facts.iter().position(|g| {
            g.category == f.category && g.value == f.value && g.value_max == f.value_max && g.approx == f.approx && g.unit == f.unit
        });
        match same {
            Some(at) => {
                for m in f.mentions {
                    let g = &mut facts[at].mentions;
                    let to = g.partition_point(|n| n.start < m.start);
                    g.insert(to, m);
                }
            }
            None => facts.push(f),
        }
    }
    let first = |f: &Fact| f.mentions.first().map_or(usize::MAX, |m| m.start);
    for i in 1..facts.len() {
        let mut j = i;
        while j > 0 && (facts[j - 1].category, first(&facts[j - 1])) > (facts[j].category, first(&facts[j])) {
            facts.swap(j - 1, j);
            j -= 1;
        }
    }
    let mut last = None;
    for f in &mut facts {
        f.headline = f.category != crate::Category::Other && last != Some(f.category);
        last = Some(f.category);
    }
    report.facts = facts;
}

/// The fact of one mark; its sentence is the paragraph it stands in.
fn fact(k: &Mark, read: &ArticleText) -> Fact {
    let text = &read.text;
    let (a, b) = (byte_of(text, k.start as usize), byte_of(text, k.end as usize));
    // Paragraphs are separated by "\n\n" (`article`); a byte scan, as a
    // string searcher would cost kilobytes of wasm.
    let bytes = text.as_bytes();
    let brk = |at: usize| bytes.get(at..at + 2) == Some(b"\n\n");
    let para_start = (0..a).rev().find(|&at| brk(at)).map_or(0, |at| at + 2);
    let para_end = (b..bytes.len()).find(|&at| brk(at)).unwrap_or(bytes.len());
    let units = |byte: usize| text[..byte].encode_utf16().count();
    Fact {
        category: k.category,
        value: Some(k.value),
        value_max: None,
        approx: None,
        unit: k.unit.as_deref().and_then(|u| UNITS.iter().find(|c| **c == u).copied()),
        qualifier: Qualifier::Exact,
        subject: None,
        source: None,
        headline: false,
        mentions: vec![Mention {
            start: k.start as usize,
            end: k.end as usize,
            text: text[a..b].into(),
            sentence: Span { start: units(para_start), end: units(para_end) },
        }],
    }
}
