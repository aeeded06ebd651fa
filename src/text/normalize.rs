//! Folding for matching. Arabic is written with optional diacritics, several
//! alef and digit shapes, and invisible marks; English with capitals. Lexicon
//! lookups must see one spelling, while every span reported to users must
//! still point into the original text: hence the byte map.

/// The folded text and, for each of its bytes, the original byte offset of
/// the character it came from. Dropped marks belong to the character before
/// them, so the original end of a folded range is where the next folded
/// character starts: one offset per byte is the whole map.
pub struct Normalized {
    pub text: String,
    /// `starts[i]`: original offset of folded byte `i`; one more entry holds the input's length.
    starts: Vec<u32>,
}

impl Normalized {
    /// The original byte offset of the character folded to offset `at`.
    pub fn original_start(&self, at: usize) -> usize {
        self.starts[at] as usize
    }

    /// The original byte range of the folded range `start..end` (`start < end`),
    /// with any marks dropped right after it.
    pub fn original(&self, start: usize, end: usize) -> (usize, usize) {
        (self.starts[start] as usize, self.starts[end] as usize)
    }
}

/// What a character becomes.
enum Fold {
    Keep,
    Drop,
    To(char),
}

/// Letters that fold to themselves: most of either script, answered first.
#[inline]
fn kept(c: char) -> bool {
    matches!(c, 'a'..='z' | '0'..='9' | ' ' | '\u{0621}' | '\u{0624}' | '\u{0626}'..='\u{0628}' | '\u{062A}'..='\u{063A}' | '\u{0641}'..='\u{0648}' | '\u{064A}')
}

fn fold(c: char) -> Fold {
    match c {
        c if kept(c) => Fold::Keep,
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

/// Folds `input` for matching. ASCII, most of an English text, takes a
/// byte-wide path.
pub fn normalize(input: &str) -> Normalized {
    let mut text = String::with_capacity(input.len());
    let mut starts = Vec::with_capacity(input.len() + 1);
    let bytes = input.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let b = bytes[at];
        if b.is_ascii() {
            text.push(b.to_ascii_lowercase() as char);
            starts.push(at as u32);
            at += 1;
            continue;
        }
        // Arabic letters are two bytes (D8/D9 xx); most of them fold to
        // themselves and are copied without decoding.
        if (b == 0xD8 || b == 0xD9) && at + 1 < bytes.len() {
            let c = char::from_u32(((b as u32 & 0x1F) << 6) | (bytes[at + 1] as u32 & 0x3F));
            if c.is_some_and(kept) {
                text.push_str(&input[at..at + 2]);
                starts.extend([at as u32, at as u32]);
                at += 2;
                continue;
            }
        }
        let Some(c) = input[at..].chars().next() else { break };
        let out = match fold(c) {
            Fold::Keep => c,
            Fold::To(to) => to,
            Fold::Drop => {
                at += c.len_utf8();
                continue;
            }
        };
        text.push(out);
        starts.extend(std::iter::repeat_n(at as u32, out.len_utf8()));
        at += c.len_utf8();
    }
    starts.push(input.len() as u32);
    Normalized { text, starts }
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
