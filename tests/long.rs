//! A long text is read in pieces (`factbox::text::pieces`): the report must
//! be the one a single reading of the whole text gives.

use factbox::lang::LangData;
use factbox::text::{Doc, PIECE};
use factbox::{extract, facts, numbers, screen, Fact, Lang, Options, Report};
use std::path::Path;

fn corpus_text(lang: &str) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus").join(lang);
    let mut files: Vec<_> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
    files.sort();
    files.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect::<Vec<_>>().join("\n\n")
}

/// The report of `text` read as one document, by the steps `extract` takes.
fn whole(text: &str, lang: Lang) -> Report {
    let doc = Doc::new(text, LangData::get(lang));
    let mut quantities = numbers::find(&doc);
    let spans = screen::screen(&doc, &mut quantities);
    let mut facts = facts::facts(&doc, &quantities, &spans);
    screen::tidy(&mut facts);
    Report { lang, facts }
}

/// Every mention of `report`, as it reads: where it stands and what the
/// fact it belongs to says of it. A sum's currency is left out: which
/// country an ambiguous currency word ("دينار") belongs to is decided by the
/// countries its piece names, so it may differ (see `extract`).
fn readings(report: &Report) -> Vec<String> {
    let mut out: Vec<String> = report
        .facts
        .iter()
        .flat_map(|f| {
            f.mentions.iter().map(move |m| {
                format!(
                    "{} {:?} {:?} {:?} {:?} {:?} {:?} {:?}",
                    m.start, f.category, f.value, f.value_max, f.approx, f.qualifier, f.subject, f.source
                )
            })
        })
        .collect();
    out.sort();
    out
}

fn same_as_whole(text: &str, lang: Lang) {
    let pieces = extract(text, &Options { lang: Some(lang) });
    let one = whole(text, lang);
    assert_eq!(readings(&pieces), readings(&one));
    // Where no currency is in doubt the facts are the same, in the same
    // order, but for the currency itself.
    if pieces.facts.len() == one.facts.len() {
        for (a, b) in pieces.facts.iter().zip(&one.facts) {
            assert_eq!(Fact { unit: None, ..a.clone() }, Fact { unit: None, ..b.clone() });
        }
    }
}

#[test]
fn the_arabic_corpus_in_pieces_reads_as_one_text() {
    let text = corpus_text("ar").repeat(2);
    assert!(text.len() > PIECE, "long enough to be cut");
    same_as_whole(&text, Lang::Ar);
}

#[test]
fn the_english_corpus_in_pieces_reads_as_one_text() {
    let text = corpus_text("en").repeat(2);
    assert!(text.len() > PIECE);
    same_as_whole(&text, Lang::En);
}

#[test]
fn mentions_of_later_pieces_point_into_the_whole_text() {
    let line = "At least 12 people were killed in the city.\n";
    let text = line.repeat(PIECE / line.len() * 3);
    let report = extract(&text, &Options::default());
    let killed = &report.facts[0];
    assert_eq!(killed.value, Some(12.0));
    assert_eq!(killed.mentions.len(), PIECE / line.len() * 3);
    for m in &killed.mentions {
        assert_eq!(&text[m.start..m.end], "12");
        assert_eq!(m.text, "12");
        assert_eq!(&text[m.sentence.start..m.sentence.end], line.trim_end());
    }
}

#[test]
fn a_long_text_without_line_breaks_or_stops_keeps_every_figure() {
    let unit = "killed 5 soldiers and 3 civilians according to the ministry, ";
    let text = unit.repeat(3 * PIECE / unit.len());
    let report = extract(&text, &Options::default());
    let count: usize = report.facts.iter().map(|f| f.mentions.len()).sum();
    assert_eq!(count, 2 * (3 * PIECE / unit.len()));
    for m in report.facts.iter().flat_map(|f| &f.mentions) {
        assert_eq!(&text[m.start..m.end], m.text);
    }
}
