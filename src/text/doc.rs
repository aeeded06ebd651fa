//! One article ready for matching: the folded text, its tokens and
//! sentences, and the language's tables. Every later step reads it.

use super::{normalize, segment, Kind, Normalized, Token};
use crate::lang::{lexicon::Lexicon, LangData};

/// How much of a word's attached material to strip before a lookup.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strip {
    /// The word as written.
    None,
    /// Conjunction and preposition prefixes (وخمسة، بمقتل).
    Clitics,
    /// …and the article (والجرحى، للقتلى).
    Prefixes,
    /// …and pronoun or tanween suffixes (مصرعهم، محتجاً).
    All,
}

/// A word and its stripped variants, most faithful first. Inline, because
/// a lookup happens for nearly every token.
pub struct Forms<'a> {
    items: [&'a str; 16],
    len: usize,
}

impl<'a> Forms<'a> {
    fn push(&mut self, s: &'a str) {
        if self.len < self.items.len() {
            self.items[self.len] = s;
            self.len += 1;
        }
    }

    pub fn as_slice(&self) -> &[&'a str] {
        &self.items[..self.len]
    }
}

/// Removes `affix` from the front (or back) of `w` if two letters remain.
fn strip<'a>(w: &'a str, affix: &str, front: bool) -> Option<&'a str> {
    let rest = if front { w.strip_prefix(affix)? } else { w.strip_suffix(affix)? };
    (rest.chars().nth(1).is_some()).then_some(rest)
}

pub struct Doc<'a> {
    pub text: &'a str,
    pub norm: Normalized,
    pub tokens: Vec<Token>,
    /// Folded byte ranges of the sentences.
    pub sentences: Vec<(usize, usize)>,
    pub data: &'static LangData,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str, data: &'static LangData) -> Doc<'a> {
        let norm = normalize(text);
        let written_lower = |at: usize| text[norm.original_start(at)..].chars().next().is_some_and(char::is_lowercase);
        let seg = segment(&norm.text, &written_lower);
        Doc { text, tokens: seg.tokens, sentences: seg.sentences, norm, data }
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The folded text of token `i` (empty past the end).
    pub fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.text(&self.norm.text))
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    pub fn is(&self, i: usize, kind: Kind) -> bool {
        self.kind(i) == Some(kind)
    }

    pub fn sentence(&self, i: usize) -> u32 {
        self.tokens.get(i).map_or(u32::MAX, |t| t.sentence)
    }

    pub fn same_sentence(&self, i: usize, j: usize) -> bool {
        j < self.len() && i < self.len() && self.tokens[i].sentence == self.tokens[j].sentence
    }

    /// Token `j` starts right where token `i` ends (no space: "68p", "و10").
    pub fn touches(&self, i: usize, j: usize) -> bool {
        i < self.len() && j < self.len() && self.tokens[i].end == self.tokens[j].start
    }

    /// Original byte range of tokens `first..last`.
    pub fn span(&self, first: usize, last: usize) -> (usize, usize) {
        let (a, b) = (self.tokens[first].start as usize, self.tokens[last - 1].end as usize);
        self.norm.original(a, b)
    }

    /// Original byte range of sentence `s`.
    pub fn sentence_span(&self, s: u32) -> (usize, usize) {
        let (a, b) = self.sentences[s as usize];
        self.norm.original(a, b)
    }

    /// The candidate forms of token `i`.
    pub fn forms(&self, i: usize, how: Strip) -> Forms<'_> {
        let w = self.word(i);
        let mut f = Forms { items: [""; 16], len: 0 };
        f.push(w);
        if how == Strip::None || !self.is(i, Kind::Word) {
            return f;
        }
        let d = self.data;
        for c in &d.words.conj {
            if let Some(r) = strip(w, c, true) {
                f.push(r);
            }
        }
        for k in 0..f.len {
            for p in &d.words.prep {
                if let Some(r) = strip(f.items[k], p, true) {
                    f.push(r);
                }
            }
        }
        if how >= Strip::Prefixes {
            for k in 0..f.len {
                for a in &d.words.article {
                    if let Some(r) = strip(f.items[k], a, true) {
                        f.push(r);
                    }
                }
            }
        }
        if how == Strip::All {
            for k in 0..f.len {
                for s in &d.words.suffix {
                    if let Some(r) = strip(f.items[k], s, false) {
                        f.push(r);
                    }
                }
            }
        }
        f
    }

    /// The longest entry of `lex` that starts at token `i`, its first word
    /// looked up in the forms `how` allows; returns its length in tokens.
    pub fn lookup<T>(&self, lex: &'static Lexicon<T>, i: usize, how: Strip) -> Option<(usize, &'static T)> {
        if i >= self.len() {
            return None;
        }
        let next = |k: usize| {
            let j = i + 1 + k;
            (self.same_sentence(i, j)).then(|| self.word(j))
        };
        self.forms(i, how).as_slice().iter().find_map(|w| lex.phrase(w, next))
    }

    /// Like `lookup`, but the entry must end exactly before token `end`.
    pub fn lookup_ending<T>(&self, lex: &'static Lexicon<T>, end: usize, how: Strip, longest: usize) -> Option<(usize, &'static T)> {
        (1..=longest.min(end)).rev().find_map(|n| {
            let i = end - n;
            self.lookup(lex, i, how).filter(|&(len, _)| len == n && self.same_sentence(i, end.saturating_sub(1)))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

    fn forms_of(text: &str, how: Strip) -> Vec<String> {
        let doc = Doc::new(text, LangData::get(Lang::Ar));
        doc.forms(0, how).as_slice().iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn strips_conjunction_and_preposition_clitics() {
        let f = forms_of("وبمقتل", Strip::Clitics);
        assert!(f.contains(&"مقتل".to_string()), "{f:?}");
    }

    #[test]
    fn strips_the_article_only_when_asked() {
        assert!(!forms_of("والجرحى", Strip::Clitics).contains(&"جرحي".to_string()));
        assert!(forms_of("والجرحى", Strip::Prefixes).contains(&"جرحي".to_string()));
        assert!(forms_of("للقتلى", Strip::Prefixes).contains(&"قتلي".to_string()));
    }

    #[test]
    fn strips_pronoun_and_tanween_suffixes() {
        assert!(forms_of("جنوده", Strip::All).contains(&"جنود".to_string()));
        assert!(forms_of("محتجاً", Strip::All).contains(&"محتج".to_string()));
        assert!(forms_of("مصرعهم", Strip::All).contains(&"مصرع".to_string()));
    }

    #[test]
    fn keeps_two_letters_at_least() {
        assert_eq!(forms_of("وه", Strip::All), ["وه"]);
    }
}
