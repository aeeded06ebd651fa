//! Showing a figure in the article: the CSS Custom Highlight API where the
//! browser has it (applied by `dom.js`), else `<mark>` elements that are
//! taken out again on the next selection. The article's text never changes:
//! a mark only wraps it.

use super::article::ArticleText;
use super::dom;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Range, Text};

/// The document-level rules: `::highlight(factbox)` and the `<mark>` fallback.
/// They must live in the document, where the highlighted text is, not in the
/// box's shadow root (Firefox enforces this).
const DOCUMENT_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/highlight.css"));

/// What is currently shown, so that it can be taken back.
pub enum Shown {
    /// The range of the page's `factbox` highlight.
    Highlight(Range),
    /// Each mark with the text node it was split from (which keeps the text
    /// before it) and the node split off after it.
    Marks(Vec<(Text, Element, Text)>),
}

/// Adopts the `::highlight(factbox)` rule into `doc` (once per page).
pub fn adopt_document_css(doc: &Document) -> Result<(), JsValue> {
    dom::adopt(doc, DOCUMENT_CSS)
}

/// Highlights `start..end` (UTF-16 offsets) of the article text, and more
/// lightly its `sentence` (with the Highlight API only).
pub fn show(read: &ArticleText, start: u32, end: u32, sentence: Option<&Range>) -> Result<Option<Shown>, JsValue> {
    let Some(range) = read.range(start, end)? else { return Ok(None) };
    if dom::highlight(&range, sentence) {
        return Ok(Some(Shown::Highlight(range)));
    }
    let mut marks = Vec::new();
    for slice in read.slices(start, end) {
        let doc = slice.node.owner_document().ok_or_else(|| JsValue::from_str("detached"))?;
        let tail = slice.node.split_text(slice.start)?;
        let rest = tail.split_text(slice.end - slice.start)?;
        let mark = doc.create_element("mark")?;
        mark.set_attribute("data-factbox", "")?;
        let parent = tail.parent_node().ok_or_else(|| JsValue::from_str("detached"))?;
        parent.replace_child(&mark, &tail)?;
        mark.append_child(&tail)?;
        marks.push((slice.node, mark, rest));
    }
    Ok(Some(Shown::Marks(marks)))
}

/// Takes back what `show` did: the highlight (if it is still this box's) or
/// the marks. The text goes back into the very node it was split from (no
/// `normalize()`: that would merge or drop the host's own text nodes, and an
/// empty head node, when the figure starts its node), so the article's text
/// nodes are the same objects with the same data as before.
pub fn hide(shown: Shown) {
    match shown {
        Shown::Highlight(range) => dom::unhighlight(&range),
        Shown::Marks(marks) => {
            for (head, mark, rest) in marks {
                let mut data = head.data();
                data.push_str(&mark.text_content().unwrap_or_default());
                data.push_str(&rest.data());
                head.set_data(&data);
                for n in [mark.unchecked_ref::<web_sys::Node>(), rest.as_ref()] {
                    if let Some(parent) = n.parent_node() {
                        let _ = parent.remove_child(n);
                    }
                }
            }
        }
    }
}
