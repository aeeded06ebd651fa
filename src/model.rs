//! The report's vocabulary, shared by the CLI's JSON, the JS API and the box.
//! Field and variant names are those of `spec/FACTS.md`, so a report can be
//! scored and read without a translation table.

use serde::{Serialize, Serializer};
use std::fmt;
use std::ops::Deref;

/// A supported article language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ar,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::En => "en",
        }
    }

    /// Accepts a BCP 47 tag (`ar`, `ar-EG`, `en-GB`); `None` for any other language.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "ar" => Some(Lang::Ar),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// What a figure counts. The order is the box's order (FACTS.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Killed,
    Injured,
    Missing,
    Detained,
    Displaced,
    Troops,
    Money,
    Percent,
    /// Every other number: years, ages, unit numbers… reported, never shown.
    Other,
}

impl Category {
    pub const GRADED: [Category; 8] = [
        Category::Killed,
        Category::Injured,
        Category::Missing,
        Category::Detained,
        Category::Displaced,
        Category::Troops,
        Category::Money,
        Category::Percent,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Category::Killed => "killed",
            Category::Injured => "injured",
            Category::Missing => "missing",
            Category::Detained => "detained",
            Category::Displaced => "displaced",
            Category::Troops => "troops",
            Category::Money => "money",
            Category::Percent => "percent",
            Category::Other => "other",
        }
    }

    pub fn from_name(name: &str) -> Option<Category> {
        Category::GRADED.into_iter().chain([Category::Other]).find(|c| c.name() == name)
    }
}

/// How the article hedges a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    #[default]
    Exact,
    AtLeast,
    MoreThan,
    About,
    UpTo,
    LessThan,
}

impl Qualifier {
    const ALL: [Qualifier; 6] =
        [Qualifier::Exact, Qualifier::AtLeast, Qualifier::MoreThan, Qualifier::About, Qualifier::UpTo, Qualifier::LessThan];

    /// The name in the report (FACTS.md), as serde writes it.
    pub fn name(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::AtLeast => "at_least",
            Qualifier::MoreThan => "more_than",
            Qualifier::About => "about",
            Qualifier::UpTo => "up_to",
            Qualifier::LessThan => "less_than",
        }
    }

    pub fn from_name(name: &str) -> Option<Qualifier> {
        Qualifier::ALL.into_iter().find(|q| q.name() == name)
    }
}

/// A vague quantity ("dozens", عشرات): it has an order of magnitude, not a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    Dozens,
    Hundreds,
    Thousands,
    TensOfThousands,
    HundredsOfThousands,
    Millions,
}

impl Approx {
    const ALL: [Approx; 6] =
        [Approx::Dozens, Approx::Hundreds, Approx::Thousands, Approx::TensOfThousands, Approx::HundredsOfThousands, Approx::Millions];

    /// The name in the report (FACTS.md), as serde writes it.
    pub fn name(self) -> &'static str {
        match self {
            Approx::Dozens => "dozens",
            Approx::Hundreds => "hundreds",
            Approx::Thousands => "thousands",
            Approx::TensOfThousands => "tens_of_thousands",
            Approx::HundredsOfThousands => "hundreds_of_thousands",
            Approx::Millions => "millions",
        }
    }

    pub fn from_name(name: &str) -> Option<Approx> {
        Approx::ALL.into_iter().find(|a| a.name() == name)
    }
}

/// A range of the input. Natively and in the CLI's JSON the offsets are
/// UTF-8 byte offsets into the text given to `extract`; the JS API converts
/// them to UTF-16 code units.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// One place in the text where a figure is written.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mention {
    /// Byte offset of the figure's first byte.
    pub start: usize,
    /// Byte offset just past the figure.
    pub end: usize,
    /// The input's text at `start..end`, verbatim.
    pub text: Excerpt,
    /// The sentence the figure stands in (byte offsets), for "scroll to it".
    pub sentence: Span,
}

impl Mention {
    /// Moves the mention `by` bytes later: from a piece of a text to the text.
    pub fn shift(&mut self, by: usize) {
        for at in [&mut self.start, &mut self.end, &mut self.sentence.start, &mut self.sentence.end] {
            *at += by;
        }
    }
}

/// One distinct figure of the article with every place it is mentioned.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Fact {
    pub category: Category,
    /// `None` for a vague quantity (then `approx` is set).
    pub value: Option<f64>,
    /// Upper bound of a range ("between 20 and 30").
    pub value_max: Option<f64>,
    pub approx: Option<Approx>,
    /// ISO 4217 currency code of a `money` figure.
    pub unit: Option<&'static str>,
    pub qualifier: Qualifier,
    /// What the figure counts, as the article words it ("protesters").
    pub subject: Option<String>,
    /// Who the article attributes the figure to ("the Interior Ministry").
    pub source: Option<String>,
    /// The figure the box shows first in its category.
    pub headline: bool,
    pub mentions: Vec<Mention>,
}

/// Everything `extract` found in one article.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub lang: Lang,
    pub facts: Vec<Fact>,
}

/// A mention's text. A figure is rarely longer than `INLINE` bytes
/// ("1,250,000", "٢٦"), so it is kept in place: a page dense with figures would otherwise
/// allocate, and later free, one string per figure. Reads as a `str`.
#[derive(Clone)]
pub struct Excerpt(Repr);

#[derive(Clone)]
enum Repr {
    Inline {
        len: u8,
        bytes: [u8; Excerpt::INLINE],
    },
    /// Boxed twice, so the long form is one pointer and `Excerpt` two words.
    Heap(Box<Box<str>>),
}

impl Excerpt {
    /// The longest text kept in place: what fits beside the length and the
    /// variant's tag in two words.
    const INLINE: usize = 14;

    pub fn as_str(&self) -> &str {
        match &self.0 {
            // SAFETY: built only from a whole `str` (`From<&str>`), whose
            // bytes these are. Unchecked, as the check's code (0.3 KB of the
            // wasm) was there for this and `digits::parsed` alone.
            Repr::Inline { len, bytes } => unsafe { std::str::from_utf8_unchecked(&bytes[..usize::from(*len)]) },
            Repr::Heap(s) => s,
        }
    }
}

impl From<&str> for Excerpt {
    fn from(s: &str) -> Excerpt {
        if s.len() > Excerpt::INLINE {
            return Excerpt(Repr::Heap(Box::new(s.into())));
        }
        // Byte by byte: a `memcpy` of a few bytes, read back whole at once,
        // stalled the copy of every mention.
        let mut bytes = [0; Excerpt::INLINE];
        for (to, &b) in bytes.iter_mut().zip(s.as_bytes()) {
            *to = b;
        }
        Excerpt(Repr::Inline { len: s.len() as u8, bytes })
    }
}

impl Deref for Excerpt {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Excerpt {
    fn eq(&self, other: &Excerpt) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<str> for Excerpt {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Excerpt {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<Excerpt> for &str {
    fn eq(&self, other: &Excerpt) -> bool {
        *self == other.as_str()
    }
}

impl fmt::Debug for Excerpt {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Excerpt {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Excerpt {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names the JS API writes by hand are serde's, which the CLI writes.
    #[test]
    fn names_are_serdes() {
        let serde = |v: serde_json::Value| v.as_str().map(str::to_owned);
        for q in Qualifier::ALL {
            assert_eq!(serde(serde_json::to_value(q).unwrap()).as_deref(), Some(q.name()));
            assert_eq!(Qualifier::from_name(q.name()), Some(q));
        }
        for a in Approx::ALL {
            assert_eq!(serde(serde_json::to_value(a).unwrap()).as_deref(), Some(a.name()));
            assert_eq!(Approx::from_name(a.name()), Some(a));
        }
        for c in Category::GRADED.into_iter().chain([Category::Other]) {
            assert_eq!(serde(serde_json::to_value(c).unwrap()).as_deref(), Some(c.name()));
        }
    }

    #[test]
    fn an_excerpt_is_two_words_and_a_mention_stays_small() {
        assert_eq!(std::mem::size_of::<Excerpt>(), 16);
        assert_eq!(std::mem::size_of::<Mention>(), 48);
    }

    #[test]
    fn an_excerpt_reads_back_what_it_was_given_short_or_long() {
        for s in ["", "26", "٢٦", "1,250,000", "12345678901234", "123456789012345", "خمسة وعشرون ألفا"] {
            let e = Excerpt::from(s);
            assert_eq!(e, s);
            assert_eq!(e.len(), s.len());
            assert_eq!(format!("{e}"), s);
            assert_eq!(format!("{e:?}"), format!("{s:?}"));
        }
    }
}
