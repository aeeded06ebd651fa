//! stub
use wasm_bindgen::prelude::*;
#[wasm_bindgen]
pub fn probe(text: &str) -> usize { crate::extract(text, &crate::Options::default()).facts.len() }
