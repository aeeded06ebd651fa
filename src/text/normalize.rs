//! Folding for matching. Arabic is written with optional diacritics, several
//! alef and digit shapes, and invisible marks; English with capitals. Lexicon
//! lookups must see one spelling, while every span reported to users must
//! still point into the original text: hence the byte map.

// The one-character lower case of a capital (`text::lower`; build.rs has
// its own, as it compiles this file for folding the word lists).
use super::lower;

/// The folded text and a map back to the input. Dropped marks belong to
/// the character before them, so the original end of a folded range is
/// where the next folded character starts. Most characters fold to one of
/// the same length, so the map is kept as anchors: the folded offsets where
/// the distance to the original changes (a dropped mark, "٢" → "2"), and
/// between anchors offsets move together. An article has few of them, where
/// one entry per byte cost a store per byte.
pub struct Normalized {
    pub text: String,
    /// `(folded, original)` offsets, ascending; the first is at folded 0.
    anchors: Vec<(u32, u32)>,
    /// The input's length: where the end of the folded text maps.
    input_len: usize,
    /// The anchor the last lookup ended at. Spans are mapped in text order,
    /// mostly a few anchors apart, so a lookup first walks on from there:
    /// a page of Arabic-Indic digits has an anchor per digit.
    hint: std::cell::Cell<usize>,
}

impl Normalized {
    /// The original byte offset of the character folded to offset `at`
    /// (the input's length at the end of the text).
    pub fn original_start(&self, at: usize) -> usize {
        if at >= self.text.len() {
            return self.input_len;
        }
        // Inside a character: its start (a character folds as a whole).
        let bytes = self.text.as_bytes();
        let mut at = at;
        while at > 0 && bytes[at] & 0xC0 == 0x80 {
            at -= 1;
        }
        let anchors = &self.anchors;
        let hint = self.hint.get().min(anchors.len() - 1);
        let k = if anchors[hint].0 as usize > at {
            anchors.partition_point(|&(f, _)| f as usize <= at) - 1
        } else {
            // Walk on from the hint a few anchors, else search the rest.
            let mut k = hint;
            while k + 1 < anchors.len() && anchors[k + 1].0 as usize <= at && k < hint + 8 {
                k += 1;
            }
            if k == hint + 8 {
                k += anchors[k..].partition_point(|&(f, _)| f as usize <= at) - 1;
            }
            k
        };
        self.hint.set(k);
        let (f, o) = anchors[k];
        o as usize + (at - f as usize)
    }

    /// The original byte range of the folded range `start..end` (`start < end`),
    /// with any marks dropped right after it.
    pub fn original(&self, start: usize, end: usize) -> (usize, usize) {
        let from = self.original_start(start);
        // A figure mostly lies within the stretch of the anchor just found:
        // its end maps by that anchor, with no second search.
        let k = self.hint.get().min(self.anchors.len() - 1);
        let (f, o) = self.anchors[k];
        let within = f as usize <= end && end < self.text.len() && self.anchors.get(k + 1).is_none_or(|&(next, _)| next as usize > end);
        if within && self.text.is_char_boundary(end) {
            return (from, o as usize + (end - f as usize));
        }
        (from, self.original_start(end))
    }

    /// Records that folded offset `folded` maps to original offset `original`,
    /// if offsets stopped moving together there.
    fn anchor(&mut self, folded: usize, original: usize) {
        let (f, o) = self.anchors[self.anchors.len() - 1];
        if o as usize + (folded - f as usize) == original {
            return;
        }
        if f as usize == folded {
            // Nothing folded since the last anchor (marks dropped in a row).
            self.anchors.pop();
        }
        self.anchors.push((folded as u32, original as u32));
    }
}

/// What a character becomes.
enum Fold {
    Keep,
    Drop,
    To(char),
    /// A ligature: lam-alef.
    Two(char, char),
}

/// The letters of Arabic presentation forms (text copied from PDFs and
/// old systems writes each letter's joined shape): the letter of each code
/// point from U+FE80, and from U+FB50 (`\0`: no Arabic letter). Made with
/// Python's `unicodedata.normalize("NFKC", …)`.
const FORMS_B: &str =
    "ءآآأأؤؤإإئئئئااببببةةتتتتثثثثججججححححخخخخددذذررززسسسسششششصصصصضضضضططططظظظظععععغغغغففففققققككككللللممممننننههههووىىيييي";
const FORMS_A: &str = "ٱٱٻٻٻٻپپپپڀڀڀڀٺٺٺٺٿٿٿٿٹٹٹٹڤڤڤڤڦڦڦڦڄڄڄڄڃڃڃڃچچچچڇڇڇڇڍڍڌڌڎڎڈڈژژڑڑککککگگگگڳڳڳڳڱڱڱڱںںڻڻڻڻۀۀہہہہھھھھےےۓۓ\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0ڭڭڭڭۇۇۆۆۈۈ\0ۋۋۅۅۉۉېېېېىى\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0یییی";

/// The letter a presentation form stands for, itself folded.
fn presentation(c: char) -> Fold {
    let (table, from) = if c >= '\u{FE80}' { (FORMS_B, 0xFE80) } else { (FORMS_A, 0xFB50) };
    match table.chars().nth(c as usize - from) {
        Some(l) if l != '\0' => match fold(l) {
            Fold::Keep => Fold::To(l),
            other => other,
        },
        _ => Fold::Keep,
    }
}

/// Letters that fold to themselves: most of either script, answered first.
#[inline]
const fn kept(c: char) -> bool {
    matches!(c, 'a'..='z' | '0'..='9' | ' ' | '\u{0621}' | '\u{0624}' | '\u{0626}'..='\u{0628}' | '\u{062A}'..='\u{063A}' | '\u{0641}'..='\u{0648}' | '\u{064A}')
}

fn fold(c: char) -> Fold {
    match c {
        c if kept(c) => Fold::Keep,
        // Tashkeel, Quranic marks, superscript alef and tatweel: optional in writing.
        '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => Fold::Drop,
        // Zero-width characters, bidi marks and overrides, BOM: invisible. Matching
        // ignores them; `screen` drops figures whose display they can reorder.
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{061C}'
        | '\u{00AD}' => Fold::Drop,
        // Presentation forms: the marks' are optional as the marks are; lam-alef is two letters.
        '\u{FE70}'..='\u{FE7F}' => Fold::Drop,
        '\u{FEF5}'..='\u{FEFC}' => Fold::Two('ل', 'ا'),
        '\u{FB50}'..='\u{FBFF}' | '\u{FE80}'..='\u{FEF4}' => presentation(c),
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
        c if !c.is_ascii() => lower(c).map_or(Fold::Keep, Fold::To),
        _ => Fold::Keep,
    }
}

/// For the two-byte Arabic letters led by `lead` (0xD8 or 0xD9), one bit
/// per second byte: whether the letter folds to itself.
const fn kept_mask(lead: u32) -> u64 {
    let mut mask = 0u64;
    let mut low = 0u32;
    while low < 64 {
        if let Some(c) = char::from_u32(((lead & 0x1F) << 6) | low) {
            if kept(c) {
                mask |= 1 << low;
            }
        }
        low += 1;
    }
    mask
}

const KEPT_D8: u64 = kept_mask(0xD8);
const KEPT_D9: u64 = kept_mask(0xD9);

/// Whether the bytes at `at` are a two-byte Arabic letter that folds to itself.
#[inline]
fn kept_arabic(bytes: &[u8], at: usize) -> bool {
    let mask = match bytes[at] {
        0xD8 => KEPT_D8,
        0xD9 => KEPT_D9,
        _ => return false,
    };
    // The input is UTF-8, so a lead byte is followed by a continuation byte.
    at + 1 < bytes.len() && mask >> (bytes[at + 1] & 0x3F) & 1 != 0
}

/// Folds `input` for matching. Runs of bytes that fold to themselves —
/// lower-case ASCII and most Arabic letters, nearly all of an article — are
/// copied whole; only the other characters are decoded.
pub fn normalize(input: &str) -> Normalized {
    let mut out =
        Normalized { text: String::with_capacity(input.len()), anchors: vec![(0, 0)], input_len: input.len(), hint: Default::default() };
    let bytes = input.as_bytes();
    let mut run = 0; // start of the bytes not copied yet
    let mut at = 0;
    while at < bytes.len() {
        if let Some(len) = kept_at(bytes, at) {
            at += len;
            // English runs on in lower-case ASCII: eight bytes a test.
            if len == 1 {
                while bytes.get(at..at + 8).is_some_and(kept_ascii8) {
                    at += 8;
                }
            }
            continue;
        }
        out.text.push_str(&input[run..at]);
        if bytes[at].is_ascii_uppercase() {
            // A capital: the same length lower case, so no anchor.
            out.text.push(char::from(bytes[at].to_ascii_lowercase()));
            at += 1;
            run = at;
            continue;
        }
        let Some(c) = input[at..].chars().next() else { break };
        at += c.len_utf8();
        run = at;
        match fold(c) {
            Fold::Keep => out.text.push(c),
            Fold::To(to) => out.text.push(to),
            Fold::Two(a, b) => out.text.extend([a, b]),
            Fold::Drop => {}
        }
        let folded = out.text.len();
        out.anchor(folded, at);
    }
    out.text.push_str(&input[run..]);
    out
}

/// Whether eight bytes are all ASCII and none a capital: each byte plus
/// 0x3F reaches 0x80 from 'A' on, plus 0x25 from '[' on, with no carry
/// between bytes below 0x80.
#[inline]
fn kept_ascii8(b: &[u8]) -> bool {
    let x = u64::from_le_bytes(b.try_into().unwrap_or([0x80; 8]));
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let from_a = x.wrapping_add(0x3F3F_3F3F_3F3F_3F3F);
    let past_z = x.wrapping_add(0x2525_2525_2525_2525);
    x & HIGH == 0 && from_a & !past_z & HIGH == 0
}

/// Whether the byte at `at` starts a character that folds to itself and is
/// copied with the run around it: lower-case ASCII or a kept Arabic letter.
#[inline]
fn kept_at(bytes: &[u8], at: usize) -> Option<usize> {
    let b = bytes[at];
    if b.is_ascii() && !b.is_ascii_uppercase() {
        Some(1)
    } else if kept_arabic(bytes, at) {
        Some(2)
    } else {
        None
    }
}

/// Folds a word or phrase of the language data the same way as article text.
/// Most are written folded already: they are copied without building a map.
pub fn fold_str(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        match kept_at(bytes, at) {
            Some(len) => at += len,
            None => return normalize(s).text,
        }
    }
    s.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_is_the_one_character_lower_case_of_capitals() {
        for c in ('\u{80}'..=char::MAX).filter(|c| !c.is_ascii()) {
            let mut l = c.to_lowercase();
            let want = match (c.is_uppercase(), l.next(), l.next()) {
                (true, Some(l), None) if l != c => Some(l),
                _ => None,
            };
            assert_eq!(lower(c), want, "{c:?}");
        }
    }

    #[test]
    fn eight_byte_test_agrees_with_the_byte_test() {
        crate::text::each_byte_in_each_place(*b"az09 .,z", |b, v, at| {
            let one_by_one = b.iter().all(|c| c.is_ascii() && !c.is_ascii_uppercase());
            assert_eq!(kept_ascii8(&b), one_by_one, "byte {v:#x} at {at}");
        });
    }

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
    fn reads_presentation_forms_as_the_letters_they_shape() {
        // Joined shapes of م، ل، ي (Farsi yeh), و، ن، ة; a mark's isolated form; lam-alef.
        assert_eq!(folded("\u{FEE3}\u{FEDF}\u{FBFE}\u{FEED}\u{FEE6} \u{FE94}\u{FE76} \u{FEFB}"), "مليون ه لا");
        // The ligature's two letters map back to its one character.
        let n = normalize("\u{FEFB}جئ");
        assert_eq!(n.original(0, 4), (0, 3));
        assert_eq!(n.original(4, 6), (3, 5));
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
