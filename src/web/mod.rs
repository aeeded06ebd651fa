//! The browser layer (wasm32 only), a thin skin over the pure core:
//! `extract` for scripts, and `mount`, which the `<fact-box>` element
//! (`www/fact-box.js`) calls to draw and run a box for one article.
//!
//! Offsets: the core reports UTF-8 byte offsets; everything this module
//! hands to JS is in UTF-16 code units, what JS strings index.

pub mod article;
pub mod choose;
pub mod dom;
pub mod editor;
pub mod highlight;
pub mod js;
pub mod labels;
pub mod live;
pub mod render;
pub mod utf16;

use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::Element;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** What a figure counts (FACTS.md); the box's order. `other` is never shown. */
export type Category = "killed" | "injured" | "missing" | "detained" | "displaced" | "troops" | "money" | "percent" | "other";
/** How the article hedges a figure. */
export type Qualifier = "exact" | "at_least" | "more_than" | "about" | "up_to" | "less_than";
/** The order of magnitude of a vague quantity ("dozens", عشرات). */
export type Approx = "dozens" | "hundreds" | "thousands" | "tens_of_thousands" | "hundreds_of_thousands" | "millions";
/** A range of the text, in UTF-16 code units (JS string indices). */
export interface Span { start: number; end: number }
/** One place where a figure is written. `start`/`end` are UTF-16 offsets: `text.slice(start, end) === mention.text`. */
export interface Mention { start: number; end: number; text: string; sentence: Span }
/** One distinct figure with all its mentions. */
export interface Fact {
  category: Category;
  /** null for a vague quantity (then `approx` is set). */
  value: number | null;
  /** Upper bound of a range ("between 20 and 30"). */
  value_max: number | null;
  approx: Approx | null;
  /** ISO 4217 code of a money figure. */
  unit: string | null;
  qualifier: Qualifier;
  subject: string | null;
  source: string | null;
  /** The figure the box shows first in its category. */
  headline: boolean;
  mentions: Mention[];
}
export interface Report { lang: "ar" | "en"; facts: Fact[] }
export interface ExtractOptions {
  /** "auto" (default: decided by script), "ar", "en", or a BCP 47 tag such as "ar-EG". */
  lang?: string;
}
export interface MountOptions extends ExtractOptions {
  /** "auto" (default): light or dark by the article's background, else prefers-color-scheme. */
  theme?: "auto" | "light" | "dark";
  /** Space-separated categories to show, in that order (default: all, FACTS.md order). */
  categories?: string;
  /** How many figures at most (a number as a string); each category's lead comes first. */
  max?: string;
  /** The box's title, and the level of its heading ("1"-"6", default "2"). */
  heading?: string;
  headingLevel?: string;
  /** What the line "found automatically" links to: an http(s) or relative URL (others are ignored). */
  aboutHref?: string;
  /** "auto" (default: compact when narrower than 440 px on a narrow screen), "on" or "off". */
  compact?: "auto" | "on" | "off";
  /** The box's width in CSS px if the caller knows it (the element passes its IntersectionObserver's): spares a forced layout. */
  boxWidth?: number;
  /** "auto" (default) writes figures with the digits the article uses. */
  digits?: "auto" | "latn" | "arab";
  /** true: `mount` only starts; call `box.step()` (about 30 ms of work each) until it returns true, yielding between calls (and giving the tables `box.wants` names, if it does). */
  chunked?: boolean;
}
/** detail of the `factbox:select` event. */
export interface SelectDetail { index: number; mention: number; fact: Fact }
"#;

/// Every figure of `text`, as plain JS objects with UTF-16 offsets.
#[wasm_bindgen(js_name = extract, unchecked_return_type = "Report")]
pub fn extract_js(text: &str, #[wasm_bindgen(unchecked_param_type = "ExtractOptions")] options: JsValue) -> Result<JsValue, JsValue> {
    let lang = dom::option(&options, "lang").and_then(|l| crate::Lang::from_tag(&l)).unwrap_or_else(|| crate::detect_lang(text));
    if !crate::lang::LangData::loaded(lang) {
        return Err(live::missing(lang));
    }
    js::report_with_facts(&live::extract_utf16(text, Some(lang)))
}

/// Gives the module a language's tables, the bytes of `pkg/factbox-<code>.bin`:
/// the wasm carries none, so that a page with the element downloads its
/// article's only (the JS API's `init`, `pkg/api.js`, gives both). Returns
/// the language's code; throws if `file` is no language file of this build.
/// A language given twice keeps the first.
#[wasm_bindgen(js_name = language)]
pub fn language_js(file: &[u8]) -> Result<String, JsValue> {
    match crate::lang::install(file) {
        Some(lang) => Ok(lang.code().to_owned()),
        None => Err(js_sys::Error::new("factbox: not a language file of this build").into()),
    }
}

/// A box mounted by `mount`.
#[wasm_bindgen]
pub struct Mount(Rc<live::LiveBox>);

#[wasm_bindgen]
impl Mount {
    /// The report the box shows (UTF-16 offsets), as `factbox:ready` gave it.
    #[wasm_bindgen(getter, unchecked_return_type = "Report")]
    pub fn report(&self) -> JsValue {
        self.0.report_js()
    }

    /// Re-reads the article now (the box also does so by itself, debounced,
    /// when the article changes). Returns whether the text changed.
    pub fn refresh(&self) -> Result<bool, JsValue> {
        self.0.refresh()
    }

    /// Shows fact `index` of `report.facts` as a click on its button does.
    /// Returns false when the box does not show that fact.
    pub fn select(&self, index: usize) -> Result<bool, JsValue> {
        self.0.select(index)
    }

    /// Does the next ~30 ms of a `chunked` mount's work; after the last,
    /// draws the box and fires `factbox:ready`. Returns true when the box is ready.
    pub fn step(&self) -> Result<bool, JsValue> {
        self.0.step()
    }

    /// The language (`"ar"`, `"en"`) whose tables a `chunked` mount waits
    /// for: give them with `language()`, then call `step` again.
    #[wasm_bindgen(getter)]
    pub fn wants(&self) -> Option<String> {
        self.0.wants().map(|l| l.code().to_owned())
    }

    /// Stops observing, removes the highlight and empties the box.
    pub fn unmount(self) {
        self.0.unmount();
    }
}

/// Draws a fact box for `article` in `host`'s open shadow root (attached if
/// missing) and keeps it up to date. Dispatches `factbox:ready` on `host`.
#[wasm_bindgen(js_name = mount)]
pub fn mount_js(
    host: &Element,
    article: &Element,
    #[wasm_bindgen(unchecked_param_type = "MountOptions")] options: JsValue,
) -> Result<Mount, JsValue> {
    #[cfg(feature = "debug-panic")]
    console_error_panic_hook::set_once();
    live::mount(host, article, &options).map(Mount)
}
