//! Sentences and tokens of the folded text, each with its span. Numbers are
//! tokens of their own, with their grouping and decimal marks kept inside,
//! because which mark groups and which divides can only be read from the
//! digits around it (FACTS.md, "Value").

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Letters of any script (an English possessive stays inside: "toll's").
    Word,
    /// ASCII digits, possibly with inner `,` `.` `'` `ر` or space marks.
    Num,
    /// Any other single visible character.
    Punct,
    /// Letters inside a URL, an email address, a hashtag or a @handle:
    /// not a word of the sentence (`text::ident::mark`).
    Ident,
}

/// A token: byte offsets into the folded text, and its sentence's index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub kind: Kind,
    pub sentence: u32,
}

impl Token {
    pub fn text<'a>(&self, folded: &'a str) -> &'a str {
        &folded[self.start as usize..self.end as usize]
    }

    /// The token's bytes, without `text`'s char-boundary checks (for hashing and comparing).
    pub fn bytes<'a>(&self, folded: &'a str) -> &'a [u8] {
        &folded.as_bytes()[self.start as usize..self.end as usize]
    }
}

/// The tokens and the sentences of a text.
pub struct Segmented {
    pub tokens: Vec<Token>,
    /// Each sentence's tokens, `first..end`.
    pub sentences: Vec<(u32, u32)>,
    /// The runs of touching tokens that hold a URL, an address or a tag
    /// (`text::ident`), `start..end`, in order.
    pub identifiers: Vec<(u32, u32)>,
}

impl Segmented {
    /// Adds the token of bytes `start..end`, in the open sentence.
    #[inline]
    fn push(&mut self, start: usize, end: usize, kind: Kind) {
        self.tokens.push(Token { start: start as u32, end: end as u32, kind, sentence: self.sentences.len() as u32 });
    }
}

/// The Tunisian decimal mark, written between the fraction and the whole: "6ر9" is 9.6.
pub(crate) const RA: &str = "ر";

fn digits_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    i
}

/// The end of the number that starts at `i`. Inner marks are taken only
/// between digits; a space groups only runs of exactly three digits after a
/// first group of one to three ("1 500", never "2009 300").
fn number_end(s: &str, start: usize) -> usize {
    let b = s.as_bytes();
    let mut j = digits_end(b, start);
    let first_group = j - start;
    let mut marks = 0;
    let mut spaced = true;
    loop {
        let next_digit = |k: usize| k < b.len() && b[k].is_ascii_digit();
        if j < b.len() && matches!(b[j], b',' | b'.' | b'\'') && next_digit(j + 1) {
            j = digits_end(b, j + 1);
            marks += 1;
            spaced = false;
        } else if marks == 0 && b[j..].starts_with(RA.as_bytes()) && next_digit(j + RA.len()) {
            // Tunisian agency style: "6ر9" is 9.6.
            return digits_end(b, j + RA.len());
        } else if spaced && first_group <= 3 && j < b.len() && b[j] == b' ' {
            let group = digits_end(b, j + 1);
            let followed_by_mark = group + 1 < b.len() && matches!(b[group], b',' | b'.') && b[group + 1].is_ascii_digit();
            if group - (j + 1) == 3 && !followed_by_mark {
                j = group;
                marks += 1;
            } else {
                return j;
            }
        } else {
            return j;
        }
    }
}

/// The letter or mark starting at byte `i` of `s`, and its length; `None`
/// for anything else. ASCII and two-byte Arabic letters are read from the
/// bytes, without decoding a char.
#[inline]
fn letter_at(s: &str, i: usize) -> Option<usize> {
    let b = s.as_bytes();
    plain_letter_at(b, i)
        .or_else(|| (!b[i].is_ascii()).then(|| s[i..].chars().next().filter(|&c| is_letter(c) || is_mark(c)).map(char::len_utf8)).flatten())
}

/// The length of the ASCII or basic Arabic letter at byte `i`, told from
/// the bytes: the letters of nearly every word, whose first char `segment`
/// then need not decode.
#[inline]
fn plain_letter_at(b: &[u8], i: usize) -> Option<usize> {
    match b[i] {
        b'a'..=b'z' => Some(1),
        // U+0621..=U+063F and U+0640..=U+064A.
        0xD8 if matches!(b[i + 1], 0xA1..=0xBF) => Some(2),
        0xD9 if matches!(b[i + 1], 0x80..=0x8A) => Some(2),
        _ => None,
    }
}

fn word_end(s: &str, start: usize) -> usize {
    let b = s.as_bytes();
    let mut end = start;
    let mut prev_letter = false;
    // An English word: its lower-case letters eight bytes a test.
    if b.get(start).is_some_and(u8::is_ascii_lowercase) {
        while let Some(n) = b.get(end..end + 8).map(lowercase_run) {
            end += n;
            if n < 8 {
                break;
            }
        }
        prev_letter = end > start;
    }
    loop {
        // The letters of nearly every word, a byte compare each: lower-case
        // ASCII, and the basic Arabic letters U+0621..=U+064A, whose UTF-8
        // (D8 A1..D8 BF, D9 80..D9 8A) is one range of big-endian pairs.
        let run = end;
        while let Some(&c) = b.get(end) {
            if c.is_ascii_lowercase() {
                end += 1;
            } else if c & 0xFE == 0xD8 && b.get(end + 1).is_some_and(|&n| (0xD8A1..=0xD98A).contains(&u16::from_be_bytes([c, n]))) {
                end += 2;
            } else {
                break;
            }
        }
        prev_letter |= end > run;
        if end >= b.len() {
            return end;
        }
        if let Some(len) = letter_at(s, end) {
            end += len;
            prev_letter = true;
        } else if b[end] == b'\'' && prev_letter && end + 1 < s.len() && s[end + 1..].chars().next().is_some_and(is_letter) {
            // An apostrophe inside a word ("toll's"), not a closing quote.
            end += 1;
            prev_letter = false;
        } else {
            return end;
        }
    }
}

/// How many of eight bytes, from the first, are lower-case ASCII letters:
/// with the high bits cleared, a byte plus 0x1F reaches 0x80 from 'a' on,
/// plus 0x05 from '{' on, and no byte carries into the next.
#[inline]
fn lowercase_run(b: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let x = u64::from_le_bytes(b.try_into().unwrap_or_default());
    let low = x & !HIGH;
    let from_a = low.wrapping_add(0x1F1F_1F1F_1F1F_1F1F);
    let past_z = low.wrapping_add(0x0505_0505_0505_0505);
    let letters = from_a & !past_z & !x & HIGH;
    ((!letters & HIGH).trailing_zeros() / 8) as usize
}

/// Letters, with the Arabic block answered without Unicode table lookups.
fn is_letter(c: char) -> bool {
    matches!(c, 'a'..='z' | '\u{0621}'..='\u{064A}' | '\u{0671}'..='\u{06D3}') || !c.is_ascii() && c.is_alphabetic()
}

/// Combining marks left in the folded text (Latin accents written apart).
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// A full stop ends a sentence when whitespace follows and the next word
/// was not written in lower case ("U.S. population" stays one sentence).
/// The folded text is all lower case, so `written_lower` asks the original.
fn ends_sentence(s: &str, after: usize, written_lower: &dyn Fn(usize) -> bool) -> bool {
    let rest = &s[after..];
    if !rest.is_empty() && !rest.starts_with(char::is_whitespace) {
        return false;
    }
    let next = rest.trim_start();
    match next.chars().next() {
        None => true,
        Some(c) => !(crate::text::is_lower(c) && written_lower(s.len() - next.len())) && c != ',',
    }
}

/// Segments folded text `s`; `written_lower(i)` says whether the character
/// at folded offset `i` was lower case in the original.
pub fn segment(s: &str, written_lower: &dyn Fn(usize) -> bool) -> Segmented {
    let b = s.as_bytes();
    let mut seg =
        Segmented { tokens: Vec::with_capacity(s.len() / 5), sentences: Vec::with_capacity(s.len() / 128), identifiers: Vec::new() };
    // The tokens that may mark an identifier: all `ident::mark` reads.
    let mut marks = Vec::new();
    let mut first = 0usize; // first token of the open sentence
    let close = |seg: &mut Segmented, first: &mut usize| {
        let n = seg.tokens.len();
        if n > *first {
            seg.sentences.push((*first as u32, n as u32));
            *first = n;
        }
    };
    let mut i = 0;
    while i < s.len() {
        if b[i] == b' ' {
            i += 1;
            continue;
        }
        if plain_letter_at(b, i).is_some() {
            let end = word_end(s, i);
            seg.push(i, end, Kind::Word);
            i = end;
            continue;
        }
        // Digits and ASCII marks, most tokens of a page of figures, go
        // straight to their token.
        match b[i] {
            b'0'..=b'9' => {
                let end = number_end(s, i);
                seg.push(i, end, Kind::Num);
                i = end;
                continue;
            }
            mark @ (b'!'..=b'/' | b':'..=b'@' | b'['..=b'`' | b'{'..=b'~') => {
                // "://" and "host.tld/" only (a time's colon or a date's slash is none).
                let url = match mark {
                    b':' => b.get(i + 1) == Some(&b'/'),
                    b'/' => i > 0 && b[i - 1].is_ascii_lowercase(),
                    // Markup shown as text: "<img …>", "</b>".
                    b'<' => b.get(i + 1).is_some_and(|&c| c.is_ascii_alphabetic() || c == b'/' || c == b'!'),
                    _ => super::ident::tag(&[mark]),
                };
                if url {
                    marks.push(seg.tokens.len() as u32);
                }
                seg.push(i, i + 1, Kind::Punct);
                i += 1;
                if matches!(mark, b'.' | b'!' | b'?') && ends_sentence(s, i, written_lower) {
                    close(&mut seg, &mut first);
                }
                continue;
            }
            _ => {}
        }
        let c = match b[i] {
            ascii @ 0..=0x7F => char::from(ascii),
            _ => match s[i..].chars().next() {
                Some(c) => c,
                None => break,
            },
        };
        if c == '\n' || c == '\r' || c == '\u{2029}' {
            close(&mut seg, &mut first);
            i += c.len_utf8();
            continue;
        }
        if c.is_whitespace() || c.is_control() {
            i += c.len_utf8();
            continue;
        }
        let (end, kind) = if is_letter(c) { (word_end(s, i), Kind::Word) } else { (i + c.len_utf8(), Kind::Punct) };
        let end = end.max(i + c.len_utf8());
        seg.push(i, end, kind);
        i = end;
    }
    close(&mut seg, &mut first);
    seg.identifiers = super::ident::mark(&mut seg.tokens, s, &marks);
    seg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eight_byte_letter_run_agrees_with_the_byte_test() {
        crate::text::each_byte_in_each_place(*b"abcxyzqw", |b, v, at| {
            let want = b.iter().take_while(|c| c.is_ascii_lowercase()).count();
            assert_eq!(lowercase_run(&b), want, "byte {v:#x} at {at}");
        });
    }

    fn lower(_: usize) -> bool {
        true
    }

    fn texts(s: &str) -> Vec<&str> {
        segment(s, &lower).tokens.iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn keeps_a_possessive_inside_its_word() {
        assert_eq!(texts("the toll's rise"), ["the", "toll's", "rise"]);
        assert_eq!(texts("the administration's figures"), ["the", "administration's", "figures"]);
        assert_eq!(texts("ministers' figures"), ["ministers", "'", "figures"]);
    }

    #[test]
    fn splits_words_numbers_and_punctuation() {
        assert_eq!(texts("killed 26, (police)"), ["killed", "26", ",", "(", "police", ")"]);
    }

    #[test]
    fn keeps_grouping_and_decimal_marks_inside_numbers() {
        assert_eq!(texts("1,500 and 2.5 and 5.798.752"), ["1,500", "and", "2.5", "and", "5.798.752"]);
    }

    #[test]
    fn separates_attached_clitics_and_units_from_digits() {
        assert_eq!(texts("و10 $10m 68p"), ["و", "10", "$", "10", "m", "68", "p"]);
    }

    #[test]
    fn reads_ra_between_digits_as_part_of_the_number() {
        assert_eq!(texts("بنحو 6ر9 دينار"), ["بنحو", "6ر9", "دينار"]);
    }

    #[test]
    fn groups_by_space_only_three_digit_runs() {
        assert_eq!(texts("1 500 people"), ["1 500", "people"]);
        assert_eq!(texts("in 2009 300 people"), ["in", "2009", "300", "people"]);
        assert_eq!(texts("5 20 people"), ["5", "20", "people"]);
    }

    #[test]
    fn keeps_possessive_inside_the_word() {
        assert_eq!(texts("the snp's £267"), ["the", "snp's", "£", "267"]);
    }

    #[test]
    fn ends_sentences_at_stops_and_newlines_but_not_abbreviations() {
        let s = "the u.s. population grew. 300 died. the end\nnext line";
        let capital = s.find("the end").unwrap();
        let seg = segment(s, &|i| i != capital);
        let t = &seg.tokens;
        let spans: Vec<&str> =
            seg.sentences.iter().map(|&(a, b)| &s[t[a as usize].start as usize..t[b as usize - 1].end as usize]).collect();
        assert_eq!(spans, ["the u.s. population grew.", "300 died.", "the end", "next line"]);
    }

    #[test]
    fn every_token_knows_its_sentence() {
        let seg = segment("a b. c", &|_| false);
        let ids: Vec<u32> = seg.tokens.iter().map(|t| t.sentence).collect();
        assert_eq!(ids, [0, 0, 0, 1]);
    }
}
