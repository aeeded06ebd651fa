//! One article ready for matching: the folded text, its tokens and
//! sentences, and the language's tables. Every later step reads it.

use super::{affix, normalize, segment, Kind, Normalized, Token};
use crate::lang::{
    lexicon::{word_hash, Bits, Entries, Lexicon},
    LangData,
};

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

/// Every token's forms — the word and its stripped variants, most faithful
/// first — as ranges of the folded text, computed once per article: each
/// form is looked up in many lexicons.
#[derive(Default)]
struct Forms {
    ranges: Vec<(u32, u32)>,
    /// Per form, the index bits of its word: a form whose bit is not set is
    /// not looked up in that lexicon.
    bits: Vec<Bits>,
    /// Per token: its first form, and how many forms each `Strip` level allows.
    at: Vec<(u32, [u8; 4])>,
}

/// Most forms kept for one word (only junk words come near it).
const MAX_FORMS: usize = 16;

impl Forms {
    /// The forms of every token, and per token its `token_bits`. Only the
    /// first occurrence of a word is stripped and looked up (`FirstSeen`).
    fn build(folded: &str, tokens: &[Token], data: &LangData) -> (Forms, Vec<[Bits; 4]>) {
        // Room for about one stripped form per word besides itself.
        let room = tokens.len() * 3 / 2;
        let mut forms = Forms { ranges: Vec::with_capacity(room), bits: Vec::with_capacity(room), at: Vec::with_capacity(tokens.len()) };
        let mut bits = Vec::with_capacity(tokens.len());
        let mut seen = FirstSeen::new(tokens.len());
        // The bits of each one-byte mark ("," "." "%"), looked up once.
        let mut marks = [Bits::MAX; 128];
        // The words of URLs, addresses and tags (`text::ident`) match no
        // lexicon but the countries': "#العراق" says what the story is
        // about, and so whose dinars it counts, but nothing of its figures.
        let ident = data.countries.bit();
        for (i, t) in tokens.iter().enumerate() {
            if t.kind != Kind::Word {
                // A number, a mark or an identifier's word is its own only
                // form: no stripping, so no first occurrence to copy from.
                let w = t.bytes(folded);
                let b = match *w {
                    [c] if c.is_ascii() => {
                        let known = &mut marks[usize::from(c)];
                        if *known == Bits::MAX {
                            *known = data.index.bits_of_hash(word_hash(w));
                        }
                        *known
                    }
                    _ => data.index.bits_of_hash(word_hash(w)),
                };
                let b = if t.kind == Kind::Ident { b & ident } else { b };
                forms.at.push((forms.ranges.len() as u32, [1; 4]));
                forms.ranges.push((t.start, t.end));
                forms.bits.push(b);
                bits.push([b; 4]);
                continue;
            }
            let hash = match seen.first(folded, tokens, i) {
                Ok(j) => {
                    forms.at.push(forms.at[j]);
                    bits.push(bits[j]);
                    continue;
                }
                Err(hash) => hash,
            };
            let from = forms.ranges.len();
            forms.push_token(folded, t, data);
            // The first form is the word itself, whose hash `seen` computed.
            forms.bits.push(data.index.bits_of_hash(hash));
            let new = forms.ranges[from + 1..]
                .iter()
                .map(|&(a, b)| data.index.bits_of_hash(word_hash(&folded.as_bytes()[a as usize..b as usize])));
            forms.bits.extend(new);
            let (first, ends) = forms.at[i];
            bits.push(token_bits(&forms.bits[first as usize..], ends));
        }
        (forms, bits)
    }

    fn push_token(&mut self, folded: &str, t: &Token, data: &LangData) {
        let first = self.ranges.len();
        let (start, end) = (t.start, t.end);
        let mut ends = [1u8; 4];
        let (text, end_at) = (folded.as_bytes(), end as usize);
        let affixes = &data.words.affixes;
        // Stripping prefixes keeps the end, so a form is its start offset
        // until the suffixes; built on the stack, pushed at the end.
        let mut starts = [start; MAX_FORMS];
        let mut heads = [affix::Head::default(); MAX_FORMS];
        heads[0] = affix::Head::at(text, start as usize);
        let mut n = 1;
        if affixes.may_prefix(heads[0]) {
            // Up to one conjunction, then up to one preposition, then the article.
            for (class, level) in [(&affixes.conj, 1), (&affixes.prep, 1), (&affixes.article, 2)] {
                for k in 0..n {
                    let (s, head) = (starts[k], heads[k]);
                    if !class.may_start(head) {
                        continue;
                    }
                    for a in &class.affixes {
                        if n < MAX_FORMS && a.starts(text, s as usize, end_at, head.bytes) {
                            starts[n] = s + a.len() as u32;
                            heads[n] = affix::Head::at(text, starts[n] as usize);
                            n += 1;
                        }
                    }
                }
                ends[level] = n as u8;
                if level == 1 {
                    ends[2] = ends[1];
                }
            }
        }
        ends[3] = ends[2];
        self.ranges.extend(starts[..n].iter().map(|&s| (s, end)));
        if affixes.may_suffix(text, end_at) {
            let prefixes = n;
            // Every form of the word ends where it does: its last bytes are read once.
            let tail = affix::tail(text, end_at);
            for sfx in affixes.suffix.iter().filter(|a| a.ends(text, end_at, tail)) {
                for &s in &starts[..prefixes] {
                    if n < MAX_FORMS && sfx.leaves_front(text, s as usize, end_at) {
                        self.ranges.push((s, end - sfx.len() as u32));
                        n += 1;
                    }
                }
            }
            ends[3] = n as u8;
        }
        self.at.push((first as u32, ends));
    }
}

/// The index bits of a token's forms (`bits`, from its first form on),
/// cumulated over the `Strip` levels that `ends` delimits.
fn token_bits(bits: &[Bits], ends: [u8; 4]) -> [Bits; 4] {
    if ends == [1; 4] {
        // A word without clitics, most of them.
        return [bits[0]; 4];
    }
    let mut out = [0; 4];
    let mut acc = 0;
    let mut k = 0;
    for (level, &end) in ends.iter().enumerate() {
        while k < end as usize {
            acc |= bits[k];
            k += 1;
        }
        out[level] = acc;
    }
    out
}

/// How far, in tokens, a search around a figure may look (see `Doc::window`).
pub const SCAN: usize = 64;

pub struct Doc<'a> {
    pub text: &'a str,
    pub norm: Normalized,
    pub tokens: Vec<Token>,
    /// Each sentence's tokens, `first..end`.
    sentences: Vec<(u32, u32)>,
    /// The runs of touching tokens that hold a URL, an address or a tag
    /// (`text::ident`), `start..end`, in order.
    pub identifiers: Vec<(u32, u32)>,
    pub data: &'static LangData,
    forms: Forms,
    /// Per token and per `Strip` level, the index bits of its forms: a
    /// lexicon no form is in is skipped with one bit test.
    bits: Vec<[Bits; 4]>,
}

/// The first token of each distinct word of an article. News text repeats
/// its words, so a repeat copies the forms and index bits of the first
/// occurrence (the same strings) instead of stripping and looking up again.
/// Open addressing keyed by `word_hash`: this runs for every token. A slot
/// is only a token number, four bytes, as the table is zeroed per article.
struct FirstSeen {
    /// `token + 1`, 0 when empty; a power of two, 1.5 to 3 times the tokens:
    /// never full, and with about half the tokens repeats, rarely half full.
    slots: Vec<u32>,
}

/// Whether two words are the same bytes: eight at a time, then one by one.
/// A `memcmp` call per repeated word cost more than the compare itself.
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let (mut x, mut y) = (a.chunks_exact(8), b.chunks_exact(8));
    let word = |c: &[u8]| u64::from_le_bytes(c.try_into().unwrap_or_default());
    if !(&mut x).zip(&mut y).all(|(p, q)| word(p) == word(q)) {
        return false;
    }
    x.remainder().iter().zip(y.remainder()).all(|(p, q)| p == q)
}

impl FirstSeen {
    fn new(tokens: usize) -> FirstSeen {
        FirstSeen { slots: vec![0; (tokens + tokens / 2).max(2).next_power_of_two()] }
    }

    /// The first token with the text and kind of token `i`, or, recording
    /// `i` as the first, the hash of its text.
    fn first(&mut self, folded: &str, tokens: &[Token], i: usize) -> Result<usize, u64> {
        let t = &tokens[i];
        let w = t.bytes(folded);
        let h = word_hash(w);
        let mask = self.slots.len() - 1;
        let mut at = (h ^ h >> 32) as usize & mask;
        loop {
            let j = self.slots[at] as usize;
            if j == 0 {
                self.slots[at] = i as u32 + 1;
                return Err(h);
            }
            let u = &tokens[j - 1];
            if u.kind == t.kind && same_bytes(u.bytes(folded), w) {
                return Ok(j - 1);
            }
            at = (at + 1) & mask;
        }
    }
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str, data: &'static LangData) -> Doc<'a> {
        let norm = normalize(text);
        let written_lower = |at: usize| text[norm.original_start(at)..].chars().next().is_some_and(crate::text::is_lower);
        let seg = segment(&norm.text, &written_lower);
        let (forms, bits) = Forms::build(&norm.text, &seg.tokens, data);
        Doc { text, tokens: seg.tokens, sentences: seg.sentences, identifiers: seg.identifiers, norm, data, forms, bits }
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

    /// `word` as bytes, without its char-boundary checks: for comparing
    /// with marks and signs.
    pub fn word_bytes(&self, i: usize) -> &[u8] {
        self.tokens.get(i).map_or(b"", |t| t.bytes(&self.norm.text))
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

    /// The tokens of `i`'s sentence within `SCAN` of it, as `first..=last`.
    /// Searches for a figure's trigger, source or verb of change stay in
    /// this window, so a text with no sentence ends costs linear time.
    pub fn window(&self, i: usize) -> (usize, usize) {
        let (first, end) = self.sentence_tokens(i);
        if first == end {
            return (i, i);
        }
        (first.max(i.saturating_sub(SCAN)), (end - 1).min(i + SCAN))
    }

    /// Every sentence's tokens, `first..end`, in order: together, all the tokens.
    pub fn sentence_ranges(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.sentences.iter().map(|&(first, end)| (first as usize, end as usize))
    }

    /// The tokens of `i`'s sentence, `first..end` (`i..i` past the end).
    pub fn sentence_tokens(&self, i: usize) -> (usize, usize) {
        let found = self.tokens.get(i).and_then(|t| self.sentences.get(t.sentence as usize));
        found.map_or((i, i), |&(first, end)| (first as usize, end as usize))
    }

    /// Token `j` starts right where token `i` ends (no space: "68p", "و10").
    pub fn touches(&self, i: usize, j: usize) -> bool {
        i < self.len() && j < self.len() && self.tokens[i].end == self.tokens[j].start
    }

    /// Whether token `k` marks a URL, an address or a tag (`text::ident`).
    #[inline]
    pub fn marks_identifier(&self, k: usize) -> bool {
        super::ident::marks_identifier(&self.tokens, &self.norm.text, k)
    }

    /// Original byte range of tokens `first..last`.
    pub fn span(&self, first: usize, last: usize) -> (usize, usize) {
        let (a, b) = (self.tokens[first].start as usize, self.tokens[last - 1].end as usize);
        self.norm.original(a, b)
    }

    /// Original byte range of sentence `s`.
    pub fn sentence_span(&self, s: u32) -> (usize, usize) {
        let (first, end) = self.sentences[s as usize];
        let (a, b) = (self.tokens[first as usize].start as usize, self.tokens[end as usize - 1].end as usize);
        self.norm.original(a, b)
    }

    /// The forms of token `i` that `how` allows, most faithful first.
    pub fn forms(&self, i: usize, how: Strip) -> Vec<&str> {
        let Some(&(first, ends)) = self.forms.at.get(i) else { return Vec::new() };
        let first = first as usize;
        self.forms.ranges[first..first + ends[how as usize] as usize]
            .iter()
            .map(|&(a, b)| &self.norm.text[a as usize..b as usize])
            .collect()
    }

    /// Whether token `i` is a noun of people: a person or a soldier, in any
    /// form ("مسلحين", "policemen").
    pub fn names_people(&self, i: usize) -> bool {
        self.lookup(&self.data.persons, i, Strip::All).is_some() || self.lookup(&self.data.military, i, Strip::All).is_some()
    }

    /// Whether token `i` carries a clitic the `Clitics` level strips ("و" of "وعشرون").
    pub fn has_clitic(&self, i: usize) -> bool {
        self.forms.at.get(i).is_some_and(|&(_, ends)| ends[Strip::Clitics as usize] > 1)
    }

    /// The index bits of the forms of token `i` that `how` allows: which
    /// lexicons may have an entry starting with it.
    #[inline]
    pub fn bits(&self, i: usize, how: Strip) -> Bits {
        self.bits.get(i).map_or(0, |b| b[how as usize])
    }

    /// Whether some form of token `i` starts an entry of `lex`: a bit test.
    #[inline(always)]
    pub fn maybe_in<T>(&self, lex: &Lexicon<T>, i: usize, how: Strip) -> bool {
        self.bits(i, how) & lex.bit() != 0
    }

    /// The longest entry of `lex` that starts at token `i`, its first word
    /// looked up in the forms `how` allows; returns its length in tokens.
    /// Inlined down to the bit test, which most calls stop at; the rest is
    /// one function for lexicons of every meaning type.
    #[inline(always)]
    pub fn lookup<T>(&self, lex: &'static Lexicon<T>, i: usize, how: Strip) -> Option<(usize, &'static T)> {
        if !self.maybe_in(lex, i, how) {
            return None;
        }
        self.lookup_forms(&lex.entries, i, how).map(|(len, v)| (len, lex.value(v)))
    }

    /// Whether token `i`, as written, is a one-word entry of `lex`: a bit
    /// test for nearly every word.
    #[inline]
    pub fn is_word_in<T>(&self, lex: &'static Lexicon<T>, i: usize) -> bool {
        self.maybe_in(lex, i, Strip::None) && lex.contains(self.word(i))
    }

    /// `lookup` past the bit test: only the forms whose own bit is set are
    /// looked up (the others are in no entry of `lex`).
    fn lookup_forms(&self, lex: &Entries, i: usize, how: Strip) -> Option<(usize, u32)> {
        let next = |k: usize| {
            let j = i + 1 + k;
            (self.same_sentence(i, j)).then(|| self.word(j))
        };
        let (first, ends) = self.forms.at[i];
        let forms = first as usize..first as usize + ends[how as usize] as usize;
        self.forms.ranges[forms.clone()]
            .iter()
            .zip(&self.forms.bits[forms])
            .filter(|&(_, &bits)| bits & lex.bit() != 0)
            .find_map(|(&(a, b), _)| lex.phrase(&self.norm.text[a as usize..b as usize], &next))
    }

    /// Like `lookup`, but the entry must end exactly before token `end`.
    #[inline]
    pub fn lookup_ending<T>(&self, lex: &'static Lexicon<T>, end: usize, how: Strip, longest: usize) -> Option<(usize, &'static T)> {
        self.ending(&lex.entries, end, how, longest).map(|(len, v)| (len, lex.value(v)))
    }

    /// `lookup_ending`: inlined at each call, with its constant `how` and
    /// `longest`, down to one pass of bit tests over the tokens before
    /// `end`, which turns most calls away (every figure asks several lexicons).
    #[inline(always)]
    fn ending(&self, lex: &Entries, end: usize, how: Strip, longest: usize) -> Option<(usize, u32)> {
        let mut any = 0;
        for k in end.saturating_sub(longest)..end.min(self.len()) {
            any |= self.bits[k][how as usize];
        }
        if any & lex.bit() == 0 {
            return None;
        }
        self.ending_lookup(lex, end, how, longest)
    }

    #[inline(never)]
    fn ending_lookup(&self, lex: &Entries, end: usize, how: Strip, longest: usize) -> Option<(usize, u32)> {
        (1..=longest.min(end)).rev().find_map(|n| {
            let i = end - n;
            let found = self.bits(i, how) & lex.bit() != 0;
            found
                .then(|| self.lookup_forms(lex, i, how))
                .flatten()
                .filter(|&(len, _)| len == n && self.same_sentence(i, end.saturating_sub(1)))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

    fn forms_of(text: &str, how: Strip) -> Vec<String> {
        let doc = Doc::new(text, LangData::get(Lang::Ar));
        doc.forms(0, how).iter().map(|s| s.to_string()).collect()
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
