//! Showing a figure in the article: the CSS Custom Highlight API where the
//! browser has it, else `<mark>` elements that are taken out again on the
//! next selection. The article's text never changes: a mark only wraps it.

use super::article::ArticleText;
use super::dom;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Range, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

/// The highlight's name in `CSS.highlights`, styled by `::highlight(factbox)`.
pub const NAME: &str = "factbox";

/// The document-level rules: `::highlight(factbox)` and the `<mark>` fallback.
const DOCUMENT_CSS: &str = include_str!("highlight.css");

#[wasm_bindgen]
extern "C" {
    /// `Highlight` of the CSS Custom Highlight API (bound here rather than
    /// through web-sys, where it needs an unstable-API flag).
    #[wasm_bindgen(extends = js_sys::Object)]
    pub type Highlight;
    #[wasm_bindgen(constructor, catch)]
    fn new() -> Result<Highlight, JsValue>;
    #[wasm_bindgen(method)]
    fn add(this: &Highlight, range: &Range);

    /// `CSS.highlights`.
    #[wasm_bindgen(extends = js_sys::Object)]
    pub type HighlightRegistry;
    #[wasm_bindgen(method, catch)]
    fn set(this: &HighlightRegistry, name: &str, highlight: &Highlight) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method)]
    fn get(this: &HighlightRegistry, name: &str) -> JsValue;
    #[wasm_bindgen(method)]
    fn delete(this: &HighlightRegistry, name: &str) -> bool;
}

/// What is currently shown, so that it can be taken back.
pub enum Shown {
    Highlight(Highlight),
    Marks(Vec<Element>),
}

/// `CSS.highlights`, when the browser has it.
pub fn registry() -> Option<HighlightRegistry> {
    let css = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("CSS")).ok()?;
    let registry = js_sys::Reflect::get(&css, &JsValue::from_str("highlights")).ok()?;
    registry.is_object().then(|| registry.unchecked_into())
}

/// Adopts the `::highlight(factbox)` rule into `doc` (once per page).
pub fn adopt_document_css(doc: &Document) -> Result<(), JsValue> {
    dom::adopt(doc, DOCUMENT_CSS)
}

/// Highlights `start..end` (UTF-16 offsets) of the article text.
pub fn show(read: &ArticleText, start: u32, end: u32) -> Result<Option<Shown>, JsValue> {
    if let Some(registry) = registry() {
        let Some(range) = read.range(start, end)? else { return Ok(None) };
        let highlight = Highlight::new()?;
        highlight.add(&range);
        registry.set(NAME, &highlight)?;
        return Ok(Some(Shown::Highlight(highlight)));
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
        Shown::Highlight(h) => {
            if let Some(registry) = registry() {
                if registry.get(NAME) == JsValue::from(h) {
                    registry.delete(NAME);
                }
            }
        }
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

/// Scrolls the element holding `range` to the middle of the view, smoothly
/// unless the reader prefers reduced motion.
pub fn scroll_to(range: &Range) -> Result<(), JsValue> {
    let mut node = range.common_ancestor_container()?;
    while node.node_type() != web_sys::Node::ELEMENT_NODE {
        node = node.parent_node().ok_or_else(|| JsValue::from_str("detached"))?;
    }
    let el: Element = node.unchecked_into();
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Center);
    options.set_behavior(if dom::reduced_motion() { ScrollBehavior::Auto } else { ScrollBehavior::Smooth });
    el.scroll_into_view_with_scroll_into_view_options(&options);
    Ok(())
}
