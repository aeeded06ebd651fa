//! Any bytes that are UTF-8, in either language: `extract` must not panic,
//! every span must sit on char boundaries and equal its mention's text, and
//! every value must be finite.
#![no_main]

use factbox::{extract, Lang, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for lang in [Some(Lang::Ar), Some(Lang::En), None] {
        let report = extract(text, &Options { lang });
        for f in &report.facts {
            assert!(f.value.is_none_or(f64::is_finite) && f.value_max.is_none_or(f64::is_finite));
            for m in &f.mentions {
                assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
                assert_eq!(&text[m.start..m.end], m.text);
                assert!(m.sentence.start <= m.start && m.end <= m.sentence.end && m.sentence.end <= text.len());
            }
        }
    }
});
