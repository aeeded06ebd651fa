//! UTF-8 byte offsets (what the core reports) to UTF-16 code units (what JS
//! strings and DOM text nodes index). The web layer converts a report once,
//! right after `extract`, so `text.slice(m.start, m.end)` in JS is the
//! mention, as `&text[start..end]` is in Rust.

use crate::model::{Report, Span};

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

    fn span(&mut self, s: Span) -> Span {
        Span { start: self.unit(s.start), end: self.unit(s.end) }
    }
}

/// Converts every offset of `report` (bytes of `text`) to UTF-16 code units,
/// in place: the box and the JS API keep only this form.
pub fn report_to_utf16(report: &mut Report, text: &str) {
    let mut cursor = Utf16Cursor::new(text);
    for fact in &mut report.facts {
        for m in &mut fact.mentions {
            m.sentence = cursor.span(m.sentence);
            let s = cursor.span(Span { start: m.start, end: m.end });
            m.start = s.start;
            m.end = s.end;
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
