//! Small DOM helpers shared by the web modules. The element-building ones
//! live in `dom.js`: one JS call there replaces several web-sys calls and
//! their error plumbing, which matters in a wasm counted in kilobytes.

use wasm_bindgen::prelude::*;
use web_sys::{Element, Node, Range};

#[wasm_bindgen(module = "/src/web/dom.js")]
extern "C" {
    /// Wraps a Rust callback so that nothing it raises (a trap included)
    /// reaches the host page's event loop: the box must never throw there.
    pub fn guard(f: &JsValue) -> js_sys::Function;

    /// Appends a new `tag` element to `parent` with a class, a `part` and a
    /// text (set as text, never parsed), each skipped when empty.
    pub fn el(parent: &Node, tag: &str, class: &str, part: &str, text: &str) -> Element;

    /// Sets an attribute; `None` removes it.
    pub fn attr(el: &Element, name: &str, value: Option<&str>);

    /// Dispatches `name` on `target` with `detail`; it bubbles and crosses
    /// shadow boundaries, so a page can listen on `document`.
    pub fn fire(target: &Element, name: &str, detail: &JsValue);

    /// Adopts the stylesheet of `css` into `root` (a document or a shadow
    /// root), once; one constructable stylesheet per text for the page.
    #[wasm_bindgen(catch)]
    pub fn adopt(root: &JsValue, css: &str) -> Result<(), JsValue>;

    /// Sets the page's one `factbox` highlight (CSS Custom Highlight API) to
    /// `range`, and `factbox-sentence` to its sentence; false where the
    /// browser lacks the API.
    pub fn highlight(range: &Range, sentence: Option<&Range>) -> bool;

    /// Removes the `factbox` highlights if they are still `range`'s.
    pub fn unhighlight(range: &Range);

    /// Moves the focus to the block holding `range` (the sentence jumped
    /// to); Escape there brings it back to `back`.
    #[wasm_bindgen(js_name = focusSentence)]
    pub fn focus_sentence(range: &Range, back: &Element);

    /// Scrolls the element holding `range` to the middle of the view,
    /// smoothly unless the reader prefers reduced motion.
    #[wasm_bindgen(js_name = scrollToRange)]
    pub fn scroll_to_range(range: &Range);

    /// How the article reader treats an element: 0 not read (furniture,
    /// skipped, hidden), 1 inline, 2 a block, 3 a line break (`<br>`).
    pub fn kind(el: &Element) -> u32;

    /// Whether none of these mutation records can change what is read.
    pub fn quiet(records: &JsValue, article: &Element) -> bool;

    /// Gives `box`, for theme `auto`, light or dark by the article's
    /// background (and marks a host that sets `--factbox-font`); returns
    /// the theme it set.
    pub fn look(r#box: &Element, article: &Element, theme: &str) -> String;

    /// Appends the line saying the figures were found automatically,
    /// linked to `href` when it is an http(s) or relative URL.
    pub fn note(parent: &Element, text: &str, href: &str);

    /// Whether a box in `host`, `width` px wide (0: unknown, measure it),
    /// starts compact: narrow, on a narrow screen.
    pub fn narrow(host: &Element, width: f64) -> bool;
}

/// The one console message of a box that cannot show (`warn`) or has
/// nothing to show (`info`).
pub fn log(warn: bool, message: &str, detail: &JsValue) {
    let message = JsValue::from_str(message);
    if warn {
        web_sys::console::warn_2(&message, detail);
    } else {
        web_sys::console::info_2(&message, detail);
    }
}

/// A string property of a JS options object; `None` when absent or not a string.
pub fn option(options: &JsValue, key: &str) -> Option<String> {
    if !options.is_object() {
        return None;
    }
    js_sys::Reflect::get(options, &JsValue::from_str(key)).ok()?.as_string()
}

/// The value of attribute `name` on `el` or its nearest ancestor that has it.
pub fn inherited_attribute(el: &Element, name: &str) -> Option<String> {
    let mut node = Some(el.clone());
    while let Some(e) = node {
        if let Some(v) = e.get_attribute(name) {
            return Some(v);
        }
        node = e.parent_element();
    }
    None
}
