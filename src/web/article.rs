//! Reading an article from the live DOM: its visible text as one string the
//! core can read, and a map from offsets of that string back to DOM text
//! nodes, so a figure found at `start..end` becomes a `Range` on the page.
//! The map counts UTF-16 code units, as the DOM and the JS API do.
//!
//! The text keeps each text node's characters one for one (only `\n`, `\r`
//! and `\t` become spaces, same byte length, because the core ends a sentence
//! at a line break and HTML source wraps lines anywhere). Block boundaries
//! become a blank line, the core's paragraph break. So every piece of the
//! string is either a whole text node or an inserted separator, and the map
//! is a sorted list of pieces.

use super::dom;
use super::utf16::byte_of;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Node, Range, Text};

/// One text node's share of the article text.
struct Piece {
    node: Text,
    /// UTF-16 offset of the node's first character in `ArticleText::text`.
    start: u32,
    /// UTF-16 offset just past the node's last character.
    end: u32,
}

/// The visible text of an article and its map back to the DOM.
#[derive(Default)]
pub struct ArticleText {
    /// What the core reads.
    pub text: String,
    /// Length of `text` in UTF-16 code units.
    units: u32,
    pieces: Vec<Piece>,
    /// The editors' figures (`<data data-factbox>`), in text order.
    pub marks: Vec<Mark>,
}

/// An editor's figure: `<data value="29" data-factbox="killed">` around its
/// words in the article. The box shows it with this category and value,
/// whatever the engine reads at `start..end` (UTF-16 offsets of the text).
pub struct Mark {
    pub category: crate::Category,
    pub value: f64,
    /// `data-factbox-unit`, the ISO 4217 code of a money figure.
    pub unit: Option<String>,
    pub start: u32,
    pub end: u32,
}

/// A part of a DOM range that lies in one text node, in that node's UTF-16
/// offsets (what `Range.setStart` and `Text.splitText` take).
pub struct NodeSlice {
    pub node: Text,
    pub start: u32,
    pub end: u32,
}

/// Reads an article node by node, so that a long one can be read across
/// several tasks (about 2 s for 10 MB: one task would freeze the page). A
/// change the page makes in between may be missed: the live box observes the
/// article from the start and reads it again once drawn.
pub struct Reader {
    /// The text so far; all of it once `run` returns true.
    pub out: ArticleText,
    /// A block boundary was passed since the last text: write a paragraph
    /// break before the next text.
    pending_break: bool,
    skip: Option<Element>,
    /// The node to read next; `None`: the last open element's children are done.
    next: Option<Node>,
    /// The elements being read, outermost first, each with whether it is a
    /// block and, for an editor's figure, its mark (`start` is where it opened).
    open: Vec<(Node, bool, Option<Mark>)>,
}

/// Reads `article` at once. `skip` is an element to leave out wherever it
/// sits (the fact box, when a page puts it inside the article).
pub fn read(article: &Element, skip: Option<&Element>) -> ArticleText {
    let mut r = Reader::new(article, skip);
    r.run(&|| true);
    r.out
}

impl Reader {
    pub fn new(article: &Element, skip: Option<&Element>) -> Reader {
        Reader { out: ArticleText::default(), pending_break: false, skip: skip.cloned(), next: article.first_child(), open: Vec::new() }
    }

    /// Reads on while `more()`; true once the whole article is read.
    pub fn run(&mut self, more: &dyn Fn() -> bool) -> bool {
        loop {
            let Some(node) = self.next.take() else {
                let Some((el, block, mark)) = self.open.pop() else {
                    return true;
                };
                if let Some(mut m) = mark {
                    // The figure starts at its first text, after any break.
                    let first = self.out.pieces.partition_point(|p| p.end <= m.start);
                    m.start = self.out.pieces.get(first).map_or(self.out.units, |p| p.start.max(m.start));
                    m.end = self.out.units;
                    if m.start < m.end {
                        self.out.marks.push(m);
                    }
                }
                self.pending_break |= block;
                self.next = el.next_sibling();
                continue;
            };
            match self.enter(&node) {
                Some(block) => {
                    self.pending_break |= block;
                    self.next = node.first_child();
                    let mark = node.dyn_ref::<Element>().and_then(|el| self.mark(el));
                    self.open.push((node, block, mark));
                }
                None => self.next = node.next_sibling(),
            }
            if !more() {
                return false;
            }
        }
    }

    /// Reads a text node, or looks at an element: `Some(is a block)` when
    /// its children are to be read.
    fn enter(&mut self, node: &Node) -> Option<bool> {
        if let Some(text) = node.dyn_ref::<Text>() {
            self.text(text);
            return None;
        }
        let el = node.dyn_ref::<Element>()?;
        if self.skip.as_ref().is_some_and(|s| s.is_same_node(Some(el))) {
            return None;
        }
        match dom::kind(el) {
            0 => None,
            3 => {
                self.pending_break = true;
                None
            }
            k => Some(k == 2),
        }
    }

    /// The mark of `el` if it is an editor's figure: a `<data>` with a
    /// number `value` and a known category in `data-factbox`.
    fn mark(&self, el: &Element) -> Option<Mark> {
        if el.local_name() != "data" {
            return None;
        }
        let category = crate::Category::from_name(el.get_attribute("data-factbox")?.trim()).filter(|c| *c != crate::Category::Other)?;
        let value = crate::numbers::decimal::parse(el.get_attribute("value")?.trim()).filter(|v| v.is_finite())?;
        let unit = el.get_attribute("data-factbox-unit").map(|u| u.trim().to_ascii_uppercase()).filter(|u| !u.is_empty());
        Some(Mark { category, value, unit, start: self.out.units, end: 0 })
    }

    fn text(&mut self, node: &Text) {
        let data = node.data();
        if data.is_empty() {
            return;
        }
        let at_boundary = self.pending_break || self.out.text.is_empty();
        if at_boundary && data.trim().is_empty() {
            return;
        }
        let out = &mut self.out;
        if self.pending_break && !out.text.is_empty() {
            out.text.push_str("\n\n");
            out.units += 2;
        }
        self.pending_break = false;
        let start = out.units;
        for c in data.chars() {
            out.text.push(if matches!(c, '\n' | '\r' | '\t') { ' ' } else { c });
            out.units += c.len_utf16() as u32;
        }
        out.pieces.push(Piece { node: node.clone(), start, end: out.units });
    }
}

impl ArticleText {
    /// The parts of `start..end` (UTF-16 offsets of `text`) that lie in text
    /// nodes, in document order. Offsets in a separator move to the nearest text.
    pub fn slices(&self, start: u32, end: u32) -> Vec<NodeSlice> {
        let first = self.pieces.partition_point(|p| p.end <= start);
        let mut out = Vec::new();
        for p in self.pieces.get(first..).unwrap_or(&[]) {
            if p.start >= end {
                break;
            }
            let (a, b) = (start.clamp(p.start, p.end), end.clamp(p.start, p.end));
            if a < b {
                out.push(NodeSlice { node: p.node.clone(), start: a - p.start, end: b - p.start });
            }
        }
        out
    }

    /// A DOM range over `start..end` (UTF-16 offsets of `text`); `None` when
    /// it touches no text node.
    pub fn range(&self, start: u32, end: u32) -> Result<Option<Range>, JsValue> {
        let slices = self.slices(start, end);
        let (Some(first), Some(last)) = (slices.first(), slices.last()) else {
            return Ok(None);
        };
        let doc = first.node.owner_document().ok_or_else(|| JsValue::from_str("detached node"))?;
        let range = doc.create_range()?;
        range.set_start(&first.node, first.start)?;
        range.set_end(&last.node, last.end)?;
        Ok(Some(range))
    }

    /// The text at `start..end` (UTF-16 offsets) with its whitespace and
    /// paragraph breaks folded to single spaces and its directional
    /// controls taken out, for announcing a sentence.
    pub fn excerpt(&self, start: u32, end: u32) -> String {
        let (a, b) = (byte_of(&self.text, start as usize), byte_of(&self.text, end.min(self.units) as usize));
        let mut out = String::new();
        for word in self.text.get(a..b).unwrap_or("").split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        crate::screen::strip_controls(&mut out);
        out
    }
}
