//! Folding for matching. Arabic is written with optional diacritics, several
//! alef and digit shapes, and invisible marks; English with capitals. Lexicon
//! lookups must see one spelling, while every span reported to users must
//! still point into the original text: hence the byte map.

/// The folded text and, for each of its bytes, the original byte range of
/// the character it came from.
pub struct Normalized {
    pub text: String,
    starts: Vec<u32>,
    ends: Vec<u32>,
}

impl Normalized {
    /// The original byte offset of the character folded to offset `at`.
    pub fn original_start(&self, at: usize) -> usize {
        self.starts[at] as usize
    }

    /// The original byte range of the folded range `start..end` (`start < end`).
    pub fn original(&self, start: usize, end: usize) -> (usize, usize) {
        (self.starts[start] as usize, self.ends[end - 1] as usize)
    }
}

/// What a character becomes.
enum Fold {
    Keep,
    Drop,
    To(char),
}

fn fold(c: char) -> Fold {
    match c {
        // Tashkeel, Quranic marks, superscript alef and tatweel: optional in writing.
        '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => Fold::Drop,
        // Zero-width characters, bidi marks and overrides, BOM: invisible.
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}' | '\u{00AD}' => Fold::Drop,
        'أ' | 'إ' | 'آ' | 'ٱ' => Fold::To('ا'),
        'ى' | 'ی' => Fold::To('ي'),
        'ة' => Fold::To('ه'),
        'ک' => Fold::To('ك'),
        '٠'..='٩' => Fold::To(char::from(b'0' + (c as u32 - 0x0660) as u8)),
        '۰'..='۹' => Fold::To(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
        '٬' | '،' => Fold::To(','),
        '٫' => Fold::To('.'),
        '٪' => Fold::To('%'),
        '؛' => Fold::To(';'),
        '؟' => Fold::To('?'),
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Fold::To(' '),
        '\u{2010}'..='\u{2015}' | '\u{2212}' => Fold::To('-'),
        '\u{2018}' | '\u{2019}' | '\u{02BC}' => Fold::To('\''),
        'A'..='Z' => Fold::To(c.to_ascii_lowercase()),
        c if !c.is_ascii() && c.is_uppercase() => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => Fold::To(l),
                _ => Fold::Keep,
            }
        }
        _ => Fold::Keep,
    }
}

/// Folds `input` for matching. A dropped mark is added to the range of the
/// character before it, so a span over "محتجاً" still covers its tanween.
pub fn normalize(input: &str) -> Normalized {
    let mut text = String::with_capacity(input.len());
    let mut starts = Vec::with_capacity(input.len());
    let mut ends = Vec::with_capacity(input.len());
    for (at, c) in input.char_indices() {
        let end = (at + c.len_utf8()) as u32;
        let out = match fold(c) {
            Fold::Keep => c,
            Fold::To(to) => to,
            Fold::Drop => {
                if let Some(last) = text.chars().next_back() {
                    let from = text.len() - last.len_utf8();
                    ends[from..].fill(end);
                }
                continue;
            }
        };
        text.push(out);
        for _ in 0..out.len_utf8() {
            starts.push(at as u32);
            ends.push(end);
        }
    }
    Normalized { text, starts, ends }
}

/// Folds a word or phrase of the language data the same way as article text.
pub fn fold_str(s: &str) -> String {
    normalize(s).text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(s: &str) -> String {
        normalize(s).text
    }

    #[test]
    fn drops_tashkeel_and_tatweel() {
        assert_eq!(folded("مُحْتَجّاً"), "محتجا");
        assert_eq!(folded("قـــتلى"), "قتلي");
    }

    #[test]
    fn folds_alef_forms_maqsura_and_ta_marbuta() {
        assert_eq!(folded("أإآٱ"), "اااا");
        assert_eq!(folded("على"), "علي");
        assert_eq!(folded("ثلاثة"), "ثلاثه");
    }

    #[test]
    fn reads_arabic_indic_and_persian_digits_as_ascii() {
        assert_eq!(folded("٢٦"), "26");
        assert_eq!(folded("۱۲۳"), "123");
        assert_eq!(folded("١٬٥٠٠٫٥٪"), "1,500.5%");
    }

    #[test]
    fn turns_special_spaces_into_space_and_drops_invisible_marks() {
        assert_eq!(folded("1\u{00A0}500\u{202F}x\u{2009}y"), "1 500 x y");
        assert_eq!(folded("2\u{200D}6\u{200F}\u{202E}"), "26");
    }

    #[test]
    fn lowercases_latin() {
        assert_eq!(folded("KILLED Ünder"), "killed ünder");
    }

    #[test]
    fn maps_every_folded_range_back_to_the_original() {
        let input = "مقتل ٢٦ محتجاً";
        let n = normalize(input);
        let at = n.text.find("26").unwrap();
        let (s, e) = n.original(at, at + 2);
        assert_eq!(&input[s..e], "٢٦");
        let at = n.text.find("محتجا").unwrap();
        let (s, e) = n.original(at, at + "محتجا".len());
        assert_eq!(&input[s..e], "محتجاً");
    }

    #[test]
    fn dropped_mark_at_start_maps_nowhere_and_does_not_panic() {
        let n = normalize("\u{200F}\u{064B}26");
        assert_eq!(n.text, "26");
        assert_eq!(n.original(0, 2), ("\u{200F}\u{064B}".len(), "\u{200F}\u{064B}26".len()));
    }
}
