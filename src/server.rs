//! The server's wasm (`--features server`, wasm32): the fact box as HTML
//! (`render`, the fragment `factbox render` prints) for a CMS that renders
//! in Node — `factbox/server` in the npm package (the figures themselves:
//! `extract` of `factbox/api`). The browser's wasm leaves the html writer out (it would cost it
//! 2.2 KB gzipped), and this one the DOM layer.

use crate::{Lang, Options};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
export interface RenderOptions {
  /** "auto" (default: decided by script), "ar", "en", or a BCP 47 tag such as "ar-EG". */
  lang?: string;
}
"#;

/// The `lang` option: a BCP 47 tag, `auto` or missing for detection.
fn lang(options: &JsValue) -> Option<Lang> {
    if !options.is_object() {
        return None;
    }
    let lang = js_sys::Reflect::get(options, &JsValue::from_str("lang")).ok()?.as_string()?;
    Lang::from_tag(&lang)
}

/// A `<fact-box>` element whose box for `text` is already in its markup (a
/// declarative shadow root), the same string as `factbox render` prints;
/// every piece of article text in it is escaped.
#[wasm_bindgen]
pub fn render(text: &str, #[wasm_bindgen(unchecked_param_type = "RenderOptions")] options: JsValue) -> String {
    crate::render(text, &Options { lang: lang(&options) })
}
