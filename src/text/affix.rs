//! Clitic affixes as packed bytes. Every new word of an article is tried
//! against each prefix and suffix of its language (up to sixteen tries for
//! an Arabic word); a masked compare of one eight-byte load replaces a
//! byte loop per try.

/// One affix: its bytes packed little-endian into a `u64` (placed as they
/// sit at the front of a word, or at its back), with the mask of its length.
/// Affixes longer than eight bytes are compared byte by byte.
#[derive(Clone, Debug)]
pub struct Affix {
    front: u64,
    back: u64,
    mask_front: u64,
    mask_back: u64,
    text: String,
}

/// Eight bytes of `text` from `at`, little-endian, zero-padded past its end.
#[inline]
fn load_front(text: &[u8], at: usize) -> u64 {
    match text.get(at..at + 8) {
        Some(head) => u64::from_le_bytes(head.try_into().unwrap_or_default()),
        None => text.get(at..).unwrap_or(&[]).iter().rev().fold(0, |acc, &c| acc << 8 | u64::from(c)),
    }
}

/// Eight bytes of `text` ending at `end`, little-endian (the byte before
/// `end` is the highest), zero-padded before its start.
#[inline]
fn load_back(text: &[u8], end: usize) -> u64 {
    match end.checked_sub(8) {
        Some(at) => u64::from_le_bytes(text[at..end].try_into().unwrap_or_default()),
        None => text[..end].iter().fold(0, |acc, &c| acc >> 8 | u64::from(c) << 56),
    }
}

/// The first bytes of a word (or of what is left of it), for
/// `Affix::starts`, and its first char's `char_bit`: loaded once for every
/// prefix tried there.
#[derive(Clone, Copy, Default)]
pub struct Head {
    pub bytes: u64,
    bit: u64,
}

impl Head {
    #[inline]
    pub fn at(text: &[u8], at: usize) -> Head {
        let bytes = load_front(text, at);
        let len = text.get(at).map_or(1, |&lead| super::utf8_len(lead));
        Head { bytes, bit: key_bit(bytes & ((1u64 << (8 * len)) - 1)) }
    }
}

/// The eight bytes of `text` before `end`, for `Affix::ends`.
#[inline]
pub fn tail(text: &[u8], end: usize) -> u64 {
    load_back(text, end)
}

/// Whether `rest`, what is left of a word, has two chars or more: more
/// bytes than its first char's UTF-8 length.
#[inline]
fn two_chars(rest: &[u8]) -> bool {
    rest.first().is_some_and(|&lead| rest.len() > super::utf8_len(lead))
}

/// One of 64 bits for the char whose UTF-8 starts at `text[at]`: a word
/// whose first (last) char has no affix's bit set takes no affix there.
#[inline]
fn char_bit(text: &[u8], at: usize) -> u64 {
    Head::at(text, at).bit
}

/// One of 64 bits for a char's bytes (`char_bit`).
#[inline]
fn key_bit(key: u64) -> u64 {
    1 << ((key as u32).wrapping_mul(0x9E37_79B1) >> 26)
}

/// The start of the char that ends at `end`.
#[inline]
fn last_char(text: &[u8], end: usize) -> usize {
    let mut k = end.saturating_sub(1);
    while k > 0 && text[k] & 0xC0 == 0x80 {
        k -= 1;
    }
    k
}

impl Affix {
    pub fn new(text: &str) -> Affix {
        let b = text.as_bytes();
        let n = b.len().min(8);
        let mask_front = if n == 8 { u64::MAX } else { (1u64 << (8 * n)) - 1 };
        let mask_back = if n == 0 { 0 } else { u64::MAX << (8 * (8 - n)) };
        Affix {
            front: load_front(b, 0) & mask_front,
            back: load_back(b, b.len()) & mask_back,
            mask_front,
            mask_back,
            text: text.to_owned(),
        }
    }

    pub fn len(&self) -> usize {
        self.text.len()
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Whether the affix can come off the front of the word `text[at..end]`,
    /// leaving two chars: `starts` with its own load, for tests.
    #[cfg(test)]
    fn fronts(&self, text: &[u8], at: usize, end: usize) -> bool {
        self.starts(text, at, end, load_front(text, at))
    }

    /// `fronts`, with `head` the word's first bytes (`Head::at(text, at).bytes`):
    /// eight bytes read at once, past the word if the text goes on; the mask
    /// keeps only the affix's own.
    #[inline]
    pub fn starts(&self, text: &[u8], at: usize, end: usize, head: u64) -> bool {
        let n = self.text.len();
        let fits = end - at > n;
        let matches =
            if n <= 8 { fits && head & self.mask_front == self.front } else { fits && text[at..end].starts_with(self.text.as_bytes()) };
        matches && two_chars(&text[at + n..end])
    }

    /// Whether the affix can come off the back of the word `text[at..end]`,
    /// leaving two chars: `ends` and `leaves_front` at once, for tests.
    #[cfg(test)]
    fn backs(&self, text: &[u8], at: usize, end: usize) -> bool {
        self.ends(text, end, tail(text, end)) && self.leaves_front(text, at, end)
    }

    /// Whether `text[..end]` ends with the affix; `tail` is `tail(text,
    /// end)`, loaded once for every suffix of a word.
    #[inline]
    pub fn ends(&self, text: &[u8], end: usize, tail: u64) -> bool {
        let n = self.text.len();
        if n <= 8 {
            end >= n && tail & self.mask_back == self.back
        } else {
            text[..end].ends_with(self.text.as_bytes())
        }
    }

    /// Whether the word `text[at..end]`, without the affix at its back,
    /// keeps two chars.
    #[inline]
    pub fn leaves_front(&self, text: &[u8], at: usize, end: usize) -> bool {
        let n = self.text.len();
        end - at > n && two_chars(&text[at..end - n])
    }
}

/// One class of prefixes, with the `char_bit` of their first chars: a
/// word (or what is left of it) whose first char has none of them set
/// takes none of them.
#[derive(Default)]
pub struct Prefixes {
    pub affixes: Vec<Affix>,
    starts: u64,
}

impl Prefixes {
    fn new(list: &[&str]) -> Prefixes {
        let affixes: Vec<Affix> = list.iter().filter(|a| !a.is_empty()).map(|a| Affix::new(a)).collect();
        let starts = affixes.iter().fold(0, |m, a| m | char_bit(a.text.as_bytes(), 0));
        Prefixes { affixes, starts }
    }

    /// Whether one of these may come off a word beginning with `head`.
    #[inline]
    pub fn may_start(&self, head: Head) -> bool {
        self.starts & head.bit != 0
    }
}

/// A language's clitics, in the order they attach: up to one conjunction,
/// then up to one preposition, then the article; pronoun suffixes at the end.
#[derive(Default)]
pub struct Affixes {
    pub conj: Prefixes,
    pub prep: Prefixes,
    pub article: Prefixes,
    pub suffix: Vec<Affix>,
    /// `char_bit` of every suffix's last char.
    ends: u64,
}

impl Affixes {
    pub fn new(conj: &[&str], prep: &[&str], article: &[&str], suffix: &[&str]) -> Affixes {
        let suffix: Vec<Affix> = suffix.iter().filter(|a| !a.is_empty()).map(|a| Affix::new(a)).collect();
        let ends = suffix.iter().fold(0, |m, a| m | char_bit(a.text.as_bytes(), last_char(a.text.as_bytes(), a.len())));
        Affixes { conj: Prefixes::new(conj), prep: Prefixes::new(prep), article: Prefixes::new(article), suffix, ends }
    }

    /// Whether a word beginning with `head` may take a prefix: most words
    /// are turned away by one bit test on their first char.
    #[inline]
    pub fn may_prefix(&self, head: Head) -> bool {
        (self.conj.starts | self.prep.starts | self.article.starts) & head.bit != 0
    }

    /// Whether the word ending at `end` may take a suffix.
    #[inline]
    pub fn may_suffix(&self, text: &[u8], end: usize) -> bool {
        self.ends & char_bit(text, last_char(text, end)) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefilter_passes_every_affixed_word() {
        let affixes = Affixes::new(&["و"], &["ب", "ل"], &["ال"], &["هم", "'s"]);
        for w in ["والقتلى", "بمقتل", "لل", "جنودهم", "toll's"] {
            let b = w.as_bytes();
            let classes = [&affixes.conj, &affixes.prep, &affixes.article];
            for class in classes {
                let affixed = class.affixes.iter().any(|a| a.fronts(b, 0, b.len()));
                assert!(!affixed || class.may_start(Head::at(b, 0)) && affixes.may_prefix(Head::at(b, 0)), "{w}");
            }
            let suffixed = affixes.suffix.iter().any(|a| a.backs(b, 0, b.len()));
            assert!(!suffixed || affixes.may_suffix(b, b.len()), "{w}");
        }
    }

    /// The masked compares agree with plain slice compares, both ends, for
    /// affixes and words of every length around the eight-byte load.
    #[test]
    fn packed_compares_agree_with_slices() {
        let words = ["", "a", "ab", "abc", "وال", "والقتلى", "abcdefghij", "xyzabcdefgh", "'s", "toll's", "هما", "جنودهما", "ههههههههه"];
        let affixes = ["a", "ab", "و", "وال", "'s", "s", "هما", "ه", "abcdefgh", "abcdefghi", "defgh"];
        for w in words {
            for a in affixes {
                let (wb, ab) = (w.as_bytes(), a.as_bytes());
                let front = wb.len() > ab.len() && wb.starts_with(ab) && two_chars(&wb[ab.len()..]);
                let back = wb.len() > ab.len() && wb.ends_with(ab) && two_chars(&wb[..wb.len() - ab.len()]);
                // The word alone, and inside a longer text (loads reach past it).
                let text = format!("xxxxxxxxx {w} yyyyyyyyy");
                let at = 10;
                let (tb, end) = (text.as_bytes(), at + wb.len());
                assert_eq!(Affix::new(a).fronts(wb, 0, wb.len()), front, "{a} at the front of {w}");
                assert_eq!(Affix::new(a).backs(wb, 0, wb.len()), back, "{a} at the back of {w}");
                assert_eq!(Affix::new(a).fronts(tb, at, end), front, "{a} at the front of {w} in a text");
                assert_eq!(Affix::new(a).backs(tb, at, end), back, "{a} at the back of {w} in a text");
            }
        }
    }
}
