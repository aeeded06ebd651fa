//! Showing a figure in the article: the CSS Custom Highlight API where the
//! browser has it (applied by `dom.js`), else `<mark>` elements that are
//! taken out again on the next selection. The article's text never changes:
//! a mark only wraps it.

use super::article::ArticleText;
use super::dom;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, Range};

/// The document-level rules: `::highlight(factbox)` and the `<mark>` fallback.
/// They must live in the document, where the highlighted text is, not in the
/// box's shadow root (Firefox enforces this).
const DOCUMENT_CSS: &str = include_str!("highlight.css");

/// What is currently shown, so that it can be taken back.
pub enum Shown {
    /// The range of the page's `factbox` highlight.
    Highlight(Range),
    Marks(Vec<Element>),
}

/// Adopts the `::highlight(factbox)` rule into `doc` (once per page).
pub fn adopt_document_css(doc: &Document) -> Result<(), JsValue> {
    dom::adopt(doc, DOCUMENT_CSS)
}

/// Highlights `start..end` (UTF-16 offsets) of the article text.
pub fn show(read: &ArticleText, start: u32, end: u32) -> Result<Option<Shown>, JsValue> {
    let Some(range) = read.range(start, end)? else { return Ok(None) };
    if dom::highlight(&range) {
        return Ok(Some(Shown::Highlight(range)));
    }
    let mut marks = Vec::new();
    for slice in read.slices(start, end) {
        let doc = slice.node.owner_document().ok_or_else(|| JsValue::from_str("detached"))?;
        let tail = slice.node.split_text(slice.start)?;
        tail.split_text(slice.end - slice.start)?;
        let mark = doc.create_element("mark")?;
        mark.set_attribute("data-factbox", "")?;
        let parent = tail.parent_node().ok_or_else(|| JsValue::from_str("detached"))?;
        parent.replace_child(&mark, &tail)?;
        mark.append_child(&tail)?;
        marks.push(mark);
    }
    Ok(Some(Shown::Marks(marks)))
}

/// Takes back what `show` did: the highlight (if it is still this box's) or
/// the marks, whose text nodes are merged back as they were.
pub fn hide(shown: Shown) {
    match shown {
        Shown::Highlight(range) => dom::unhighlight(&range),
        Shown::Marks(marks) => {
            for mark in marks {
                let Some(parent) = mark.parent_node() else { continue };
                while let Some(child) = mark.first_child() {
                    if parent.insert_before(&child, Some(&mark)).is_err() {
                        break;
                    }
                }
                let _ = parent.remove_child(&mark);
                parent.normalize();
            }
        }
    }
}
