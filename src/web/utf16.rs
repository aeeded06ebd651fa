//! UTF-8 byte offsets (what the core reports) to UTF-16 code units (what JS
//! strings and DOM text nodes index). The web layer converts a report once,
//! right after `extract`, so `text.slice(m.start, m.end)` in JS is the
//! mention, as `&text[start..end]` is in Rust.

use crate::model::Report;

/// Converts byte offsets of one text to UTF-16 offsets. Queries in ascending
/// order cost one pass over the text; a query behind the cursor restarts it.
pub struct Utf16Cursor<'a> {
    text: &'a str,
    byte: usize,
    unit: usize,
}

impl<'a> Utf16Cursor<'a> {
    pub fn new(text: &'a str) -> Self {
        Utf16Cursor { text, byte: 0, unit: 0 }
    }

    /// The UTF-16 offset of byte offset `byte`. An offset inside a character
    /// counts as that character's start; one past the end as the end.
    pub fn unit(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.unit = 0;
        }
        let from = self.byte;
        for (at, c) in self.text.get(from..).unwrap_or("").char_indices() {
            let next = from + at + c.len_utf8();
            if next > byte {
                break;
            }
            self.unit += c.len_utf16();
            self.byte = next;
        }
        self.unit
    }
}

/// Converts every offset of `report` (bytes of `text`) to UTF-16 code units,
/// in place: the box and the JS API keep only this form. Facts are in
/// category order, not text order, so the cursor jumps back and forth; it
/// restarts from the checkpoint at most `STEP` bytes before the offset rather
/// than walking from where it is (from the start, or through every fact's
/// whole spread of mentions: 0.4 s for a 200 KB piece, minutes for 10 MB).
pub fn report_to_utf16(report: &mut Report, text: &str) {
    const STEP: usize = 256;
    // marks[k]: the cursor's place after a query for byte k * STEP.
    let mut marks = vec![(0, 0)];
    let mut cursor = Utf16Cursor::new(text);
    for at in (STEP..text.len()).step_by(STEP) {
        cursor.unit(at);
        marks.push((cursor.byte, cursor.unit));
    }
    for fact in &mut report.facts {
        for m in &mut fact.mentions {
            for at in [&mut m.start, &mut m.end, &mut m.sentence.start, &mut m.sentence.end] {
                let mark = marks[(*at / STEP).min(marks.len() - 1)];
                if *at < cursor.byte || mark.0 > cursor.byte {
                    (cursor.byte, cursor.unit) = mark;
                }
                *at = cursor.unit(*at);
            }
        }
    }
}

/// The byte offset of UTF-16 offset `unit` in `text` (the inverse of
/// `Utf16Cursor::unit`; a unit inside a surrogate pair counts as its start).
pub fn byte_of(text: &str, unit: usize) -> usize {
    let mut units = 0;
    for (at, c) in text.char_indices() {
        if units + c.len_utf16() > unit {
            return at;
        }
        units += c.len_utf16();
    }
    text.len()
}
