//! Identifiers in running text: URLs, email addresses, hashtags and
//! @handles. Their words are not words of the sentence: a path such as
//! "…/killed-in-attack" or a tag such as "#قتلى" tells nothing of the
//! figures written beside it, and "بحسب https://…" attributes nothing to
//! "https". Every word of a run of touching tokens that holds one of their
//! marks becomes `Kind::Ident` as the text is segmented; no lexicon but the
//! countries' matches it (`text::doc`).

use super::{Kind, Token};

/// Whether a token of this text is a hashtag or @handle sign, or an underscore.
pub fn tag(word: &[u8]) -> bool {
    matches!(word, b"#" | b"@" | b"_")
}

/// Whether token `i` of `tokens` touches the next one (no space between).
fn touches(tokens: &[Token], i: usize) -> bool {
    i + 1 < tokens.len() && tokens[i].end == tokens[i + 1].start
}

/// Whether token `k` of `tokens` (over the folded `text`) marks an
/// identifier: a `tag`, "://", or a slash right after a host ("example.com/…").
#[inline]
pub fn marks_identifier(tokens: &[Token], text: &str, k: usize) -> bool {
    let w = |k: usize| tokens.get(k).map_or(&b""[..], |t| t.bytes(text));
    match w(k) {
        t if tag(t) => true,
        b":" => w(k + 1) == b"/" && touches(tokens, k),
        b"/" => k > 1 && touches(tokens, k - 1) && w(k - 2) == b"." && w(k - 1).len() > 1 && w(k - 1).iter().all(u8::is_ascii_lowercase),
        _ => false,
    }
}

/// The most tokens an HTML tag shown as text may take ("<img src=x onerror=…>").
const TAG_TOKENS: usize = 48;

/// The most tokens a script or style shown as text may take before its closing tag.
const RAW_TOKENS: usize = 512;

/// The end (past its ">") of the HTML tag that token `k` opens, when the
/// text shows markup as text: "<" touching a name, "/" or "!", and a ">"
/// before any other "<". Its words and digits are code, not prose.
pub fn tag_end(tokens: &[Token], text: &str, k: usize) -> Option<usize> {
    let w = |k: usize| tokens.get(k).map_or(&b""[..], |t| t.bytes(text));
    let opens = w(k) == b"<" && touches(tokens, k) && {
        let next = w(k + 1);
        next == b"/" || next == b"!" || next.first().is_some_and(u8::is_ascii_alphabetic)
    };
    if !opens {
        return None;
    }
    let end = (k + 1..tokens.len().min(k + TAG_TOKENS)).take_while(|&j| w(j) != b"<").find(|&j| w(j) == b">").map(|j| j + 1)?;
    // A script's or a style's content is code too, up to its closing tag:
    // "<script>var killed = 25;</script>".
    if !matches!(w(k + 1), b"script" | b"style") {
        return Some(end);
    }
    // (The search stops at another opening of the same: a text of many
    // unclosed "<script>" reads each once.)
    let close = (end..tokens.len().min(end + RAW_TOKENS))
        .take_while(|&j| !(w(j) == b"<" && w(j + 1) == w(k + 1)))
        .find(|&j| w(j) == b"<" && w(j + 1) == b"/" && w(j + 2) == w(k + 1));
    close.and_then(|c| tag_end(tokens, text, c)).or(Some(end))
}

/// Makes `Kind::Ident` every word of each run of touching tokens that holds
/// an identifier mark, and returns the runs, `start..end`, in order.
/// `candidates` are the tokens that may be marks, in order; each token is
/// read at most twice.
pub fn mark(tokens: &mut [Token], text: &str, candidates: &[u32]) -> Vec<(u32, u32)> {
    let mut runs = Vec::new();
    let mut done = 0;
    for k in candidates.iter().map(|&k| k as usize) {
        if k < done {
            continue;
        }
        if let Some(end) = tag_end(tokens, text, k) {
            for t in &mut tokens[k..end] {
                if t.kind == Kind::Word {
                    t.kind = Kind::Ident;
                }
            }
            runs.push((k as u32, end as u32));
            done = end;
            continue;
        }
        if !marks_identifier(tokens, text, k) {
            continue;
        }
        let mut start = k;
        while start > done && touches(tokens, start - 1) {
            start -= 1;
        }
        let mut end = k + 1;
        while end < tokens.len() && touches(tokens, end - 1) {
            end += 1;
        }
        for t in &mut tokens[start..end] {
            if t.kind == Kind::Word {
                t.kind = Kind::Ident;
            }
        }
        runs.push((start as u32, end as u32));
        done = end;
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::LangData;
    use crate::model::Lang;
    use crate::text::Doc;

    /// The words `mark` makes identifiers in `text`, as written.
    fn marked(text: &str) -> Vec<String> {
        let doc = Doc::new(text, LangData::get(Lang::En));
        (0..doc.len()).filter(|&k| doc.is(k, Kind::Ident)).map(|k| doc.word(k).to_owned()).collect()
    }

    #[test]
    fn marks_every_word_of_a_link_an_address_or_a_tag() {
        assert_eq!(
            marked("see https://example.com/news/killed-in-attack now"),
            ["https", "example", "com", "news", "killed", "in", "attack"]
        );
        assert_eq!(marked("at www.example.com/wounded today"), ["www", "example", "com", "wounded"]);
        assert_eq!(marked("mail injured@example.com or #killed and @user_name"), ["injured", "example", "com", "killed", "user", "name"]);
    }

    #[test]
    fn marks_every_word_of_markup_shown_as_text() {
        assert_eq!(marked("41 protesters (<img src=x onerror=\"alert(1)\">) were killed"), ["img", "src", "x", "onerror", "alert"]);
        assert_eq!(marked("a </b> tag"), ["b"]);
        // A comparison is no tag.
        assert_eq!(marked("if 3 < 5 and x <y or a <b"), Vec::<String>::new());
    }

    #[test]
    fn leaves_prose_and_its_punctuation_alone() {
        assert_eq!(marked("5 killed: 3/4 of them, and/or more. e.g. 12:30, killed/wounded"), Vec::<String>::new());
        // A slash or a colon apart from the host or the slashes marks nothing.
        assert_eq!(marked("see example.com /wounded or http: //injured"), Vec::<String>::new());
    }

    #[test]
    fn a_long_run_of_marks_and_words_is_marked_whole() {
        let text = "#a_b@c".repeat(20_000);
        let doc = Doc::new(&text, LangData::get(Lang::En));
        assert!((0..doc.len()).all(|k| !doc.is(k, Kind::Word)));
        assert_eq!((0..doc.len()).filter(|&k| doc.is(k, Kind::Ident)).count(), 60_000);
    }
}
