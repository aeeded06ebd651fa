//! The report as plain JS objects, for the JS API and the box's events: the
//! CLI's JSON names, `null` for what is missing, offsets in UTF-16 units.
//! Built by one call into `dom.js` a fact, rather than by a generic
//! serializer: serde-wasm-bindgen's machinery weighed 4 KB of the gzipped wasm and
//! crossed into JS once a field.

use crate::model::{Fact, Report};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/web/dom.js")]
extern "C" {
    /// A fact's object; see `fact_js` for `at` and `texts`.
    #[allow(clippy::too_many_arguments)]
    fn fact(
        category: &str,
        value: Option<f64>,
        value_max: Option<f64>,
        approx: Option<&str>,
        unit: Option<&str>,
        qualifier: &str,
        subject: Option<&str>,
        source: Option<&str>,
        headline: bool,
        at: &[u32],
        texts: &str,
    ) -> JsValue;
}

/// `{lang, facts: []}`, the facts to be pushed by `push_fact`.
pub fn report_js(report: &Report) -> JsValue {
    let object = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&object, &"lang".into(), &report.lang.code().into());
    let _ = js_sys::Reflect::set(&object, &"facts".into(), &js_sys::Array::new());
    object.into()
}

/// Appends `fact` to the `facts` of `report`, an object of `report_js`.
pub fn push_fact(report: &JsValue, fact: &Fact) -> Result<(), JsValue> {
    let facts: js_sys::Array = js_sys::Reflect::get(report, &"facts".into())?.unchecked_into();
    facts.push(&fact_js(fact));
    Ok(())
}

/// The whole report as JS objects.
pub fn report_with_facts(report: &Report) -> Result<JsValue, JsValue> {
    let js = report_js(report);
    for f in &report.facts {
        push_fact(&js, f)?;
    }
    Ok(js)
}

/// One fact: its mentions go as five numbers each (start, end, the
/// sentence's start and end, the UTF-16 length of the text) and their texts
/// in one string.
fn fact_js(f: &Fact) -> JsValue {
    let mut at = Vec::with_capacity(f.mentions.len() * 5);
    let mut texts = String::new();
    for m in &f.mentions {
        let length = m.text.encode_utf16().count();
        at.extend([m.start, m.end, m.sentence.start, m.sentence.end, length].map(|n| n as u32));
        texts.push_str(&m.text);
    }
    fact(
        f.category.name(),
        f.value,
        f.value_max,
        f.approx.map(|a| a.name()),
        f.unit,
        f.qualifier.name(),
        f.subject.as_deref(),
        f.source.as_deref(),
        f.headline,
        &at,
        &texts,
    )
}
