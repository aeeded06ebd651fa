//! Figures a reader may not see as the engine reads them. Matching reads
//! the folded text, where invisible characters are gone (`text::normalize`);
//! a reader sees the text after the Unicode Bidirectional Algorithm (UAX #9)
//! has ordered it. Where the two can differ, a figure is not reported, and
//! every string a report takes from the article is safe to display:
//!
//! - Invisible characters the algorithm ignores — ZWSP, ZWNJ, ZWJ, word
//!   joiner, invisible operators, BOM, soft hyphen — change nothing on
//!   screen: "1\u{200D}000" is 1000.
//! - Explicit directional formatting — LRE RLE PDF LRO RLO LRI RLI FSI PDI —
//!   inside a figure's text, or a directional mark (LRM RLM ALM) inside its
//!   digits, can reorder them on screen ("1\u{200F}23" shows as 231 in
//!   right-to-left text): such a figure is not reported. A mark between the
//!   words of a figure ("20\u{200F}-30", how RTL text orders a range) is
//!   allowed.
//! - Digits under a directional override (LRO or RLO, until its PDF, a
//!   closing PDI or the paragraph's end) show reversed or among reversed
//!   words: not reported. A figure whose sentence holds overridden text is
//!   `other` at most: its trigger may not read on screen as it is written.
//!   In a page an override also runs across inline elements, and a block or
//!   a `<br>` ends it as a paragraph break does here (`web::article` reads
//!   both as one). Embeddings nested `DEEP` deep make the rest of the
//!   paragraph count as overridden: a browser stops nesting at 125 levels,
//!   and this reading does not follow it there.
//! - A figure is written in one digit system (ASCII, Arabic-Indic or Extended
//!   Arabic-Indic): one that mixes them ("1٢3", "١,500") is not reported
//!   (UTS #39's mixed-numbers check; mixed digits also reorder around marks).
//! - A number in a URL, an email address, a hashtag or a @handle is an
//!   identifier, never a graded figure: `other`.
//! - A mention ends before any directional control after the figure, so its
//!   text opens no directional run; subjects and sources lose their
//!   directional controls (`strip_controls`, which the box also applies to
//!   the sentence it announces).

use crate::model::Fact;
use crate::numbers::Quantity;
use crate::text::ident::tag;
use crate::text::{utf8_len, Doc, Kind};

/// Nesting depth from which the rest of a paragraph counts as overridden
/// (a browser's 125 levels take 63 nested embeddings at the least).
const DEEP: u32 = 60;

/// `class` bits: explicit directional formatting (LRE RLE PDF LRO RLO LRI
/// RLI FSI PDI); a directional mark (LRM RLM ALM); a digit, by system
/// (ASCII, Arabic-Indic, Extended Arabic-Indic).
const FORMAT: u8 = 1;
const MARK: u8 = 2;
const DIGITS: u8 = 4 | 8 | 16;

/// What the character starting at byte `i` of `b` is (`class` bits; 0 for
/// any other character or a byte inside one), read from its UTF-8 bytes.
fn class(b: &[u8], i: usize) -> u8 {
    let at = |k: usize| b.get(i + k).copied().unwrap_or(0);
    if at(0) < 0xD8 {
        return if at(0).is_ascii_digit() { 4 } else { 0 };
    }
    match (at(0), at(1), at(2)) {
        (0xD9, 0xA0..=0xA9, _) => 8,
        (0xDB, 0xB0..=0xB9, _) => 16,
        (0xD8, 0x9C, _) | (0xE2, 0x80, 0x8E | 0x8F) => MARK,
        (0xE2, 0x80, 0xAA..=0xAE) | (0xE2, 0x81, 0xA6..=0xA9) => FORMAT,
        _ => 0,
    }
}

/// The `class` bits of every character of `s` (ASCII text: digits at most).
fn classes(s: &str) -> u8 {
    if s.is_ascii() {
        return 4;
    }
    let b = s.as_bytes();
    let (mut c, mut i) = (0, 0);
    // Character by character: only a lead byte can start a control or a digit.
    while i < b.len() {
        c |= class(b, i);
        i += utf8_len(b[i]);
    }
    c
}

/// Takes the directional controls out of `s` (a subject, a source, an
/// announced sentence): what is left cannot reorder what is shown after it.
pub fn strip_controls(s: &mut String) {
    let b = s.as_bytes();
    let (mut out, mut run, mut i) = (String::new(), 0, 0);
    while i < b.len() {
        if matches!(b[i], 0xD8 | 0xE2) && class(b, i) & (FORMAT | MARK) != 0 {
            out.push_str(&s[run..i]);
            // Every control is three bytes long, but ALM's two.
            i += if b[i] == 0xD8 { 2 } else { 3 };
            run = i;
        } else {
            i += 1;
        }
    }
    if run > 0 {
        out.push_str(&s[run..]);
        *s = out;
    }
}

/// `end`, moved back over the directional controls that end `text[start..end]`.
fn visible_end(text: &str, start: usize, mut end: usize) -> usize {
    let b = text.as_bytes();
    while end > start {
        let mut k = end - 1;
        while k > start && b[k] & 0xC0 == 0x80 {
            k -= 1;
        }
        if class(b, k) & (FORMAT | MARK) == 0 {
            break;
        }
        end = k;
    }
    end
}

/// The byte ranges of `text` under a directional override, or nested
/// `DEEP` deep (UAX #9 X1–X8; a paragraph ends at a B character).
fn overridden(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // Most texts have no E2 byte at all (one memchr), else no LRO nor RLO.
    // Read as bytes: a `&str` pattern would bring `StrSearcher`, 1 KB of wasm.
    if !text.as_bytes().contains(&0xE2) || !text.as_bytes().windows(3).any(|w| matches!(w, [0xE2, 0x80, 0xAD | 0xAE])) {
        return out;
    }
    // The open entries, innermost at bit `depth - 1`: which are overrides, which isolates.
    let (mut depth, mut over, mut iso, mut deep) = (0u32, 0u64, 0u64, false);
    let mut from = None;
    let b = text.as_bytes();
    for at in 0..b.len() {
        // The two bytes after E2 (valid UTF-8 has them), else the byte.
        let c = if b[at] == 0xE2 { u32::from(b[at + 1]) << 8 | u32::from(b[at + 2]) } else { u32::from(b[at]) };
        match c {
            // LRE RLE LRO RLO LRI RLI FSI
            0x80AA..=0x80AE | 0x81A6..=0x81A8 if c != 0x80AC => {
                deep |= depth >= DEEP;
                let bit = 1u64 << depth.min(DEEP);
                over = over & !bit | if c == 0x80AD || c == 0x80AE { bit } else { 0 };
                iso = iso & !bit | if c > 0x8100 { bit } else { 0 };
                depth += 1;
            }
            // PDF closes an embedding or override, never an isolate.
            0x80AC if depth > 0 && iso >> (depth - 1).min(DEEP) & 1 == 0 => depth -= 1,
            // PDI closes its isolate and all opened inside it.
            0x81A9 => {
                let open = iso & ((1u64 << depth.min(DEEP + 1)) - 1);
                if open != 0 {
                    depth = 63 - open.leading_zeros();
                }
            }
            // Paragraph separators: LF, CR, FS, GS, RS, PS, NEL.
            0x0A | 0x0D | 0x1C..=0x1E | 0x80A9 => (depth, deep) = (0, false),
            0xC2 if b[at + 1] == 0x85 => (depth, deep) = (0, false),
            _ => continue,
        }
        let on = deep || depth > 0 && over >> (depth - 1).min(DEEP) & 1 == 1;
        match from {
            None if on => from = Some(at),
            Some(f) if !on => {
                out.push((f, at));
                from = None;
            }
            _ => {}
        }
    }
    out.extend(from.map(|f| (f, text.len())));
    out
}

/// Whether `a..b` meets one of the sorted, disjoint ranges `over`.
fn meets(over: &[(usize, usize)], a: usize, b: usize) -> bool {
    let k = over.partition_point(|&(_, y)| y <= a);
    over.get(k).is_some_and(|&(x, _)| x < b)
}

/// Whether the number of tokens `first..last` is part of a URL, an email
/// address, a hashtag or a @handle: the tokens touching it, up to
/// whitespace (at most `REACH` each way), say so.
fn in_identifier(doc: &Doc, first: usize, last: usize) -> bool {
    const REACH: usize = 32;
    let mut k = first;
    while k > 0 && first - k < REACH && doc.touches(k - 1, k) {
        k -= 1;
        // "https://…", or a host before a path: "example.com/…".
        if doc.marks_identifier(k) {
            return true;
        }
    }
    let mut k = last;
    while k < doc.len() && k - last < REACH && doc.touches(k - 1, k) {
        if tag(doc.word_bytes(k)) {
            return true;
        }
        k += 1;
    }
    false
}

/// Screens the quantities of `doc` before they are classified: drops
/// those a reader may not see as they are read, and marks as ungraded those
/// that are identifiers or stand among overridden text. Returns the byte
/// range of each quantity kept in `doc.text`, its visible part (mapping a
/// span back to the original is not free, and a page may hold a figure
/// every few bytes).
#[inline(never)]
pub fn screen(doc: &Doc, qs: &mut Vec<Quantity>) -> Vec<(usize, usize)> {
    let text = doc.text;
    let over = overridden(text);
    let mut spans = Vec::with_capacity(qs.len());
    // The first identifier run (`Doc::identifiers`) not yet passed: figures come in order.
    let mut run = 0;
    qs.retain_mut(|q| {
        let (start, end) = doc.span(q.first, q.last);
        let end = visible_end(text, start, end);
        let c = classes(&text[start..end]);
        // A mark inside a digit run: in the text of a number token.
        let marked = |t: usize| {
            doc.is(t, Kind::Num) && {
                let (a, b) = doc.span(t, t + 1);
                classes(&text[a..visible_end(text, a, b)]) & MARK != 0
            }
        };
        let ids = &doc.identifiers;
        while run < ids.len() && ids[run].1 as usize <= q.first {
            run += 1;
        }
        let in_run = ids.get(run).filter(|&&(start, end)| start as usize <= q.first && q.last <= end as usize);
        // Inside markup shown as text every number is code; elsewhere in a
        // run only one touching the identifier's marks.
        let markup = in_run.is_some_and(|&(start, _)| doc.word(start as usize) == "<");
        let identifier = q.digits && in_run.is_some() && (markup || in_identifier(doc, q.first, q.last));
        q.ungraded |= identifier
            || !over.is_empty() && {
                let (a, b) = doc.sentence_span(doc.sentence(q.first));
                meets(&over, a, b)
            };
        // A number inside markup is dropped, so it does not stand between a figure and its verb.
        let keep = !markup
            && c & FORMAT == 0
            && (c & DIGITS).count_ones() < 2
            && !(c & MARK != 0 && (q.first..q.last).any(marked))
            && !meets(&over, start, end);
        if keep {
            spans.push((start, end));
        }
        keep
    });
    spans
}

/// Takes directional controls out of subjects and sources (mentions
/// already end before them: `screen`'s spans).
#[inline(never)]
pub fn tidy(facts: &mut [Fact]) {
    for f in facts {
        if let Some(s) = &mut f.subject {
            strip_controls(s);
        }
        if let Some(s) = &mut f.source {
            strip_controls(s);
        }
    }
}
