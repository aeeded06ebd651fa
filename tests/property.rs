//! Random text in, no panic out, and every reported span is a true slice of
//! the input: on char boundaries and equal to its mention's text. A short
//! run of what the fuzz target checks at length.

use factbox::{extract, Lang, Options, Report};

/// xorshift64*: reproducible without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Pieces that exercise every rule: digits of three scripts, marks, number
/// words, clitics, triggers, invisible and bidi characters, odd spaces.
const PIECES: &[&str] = &[
    "0",
    "7",
    "٢",
    "٦",
    "۳",
    ",",
    ".",
    "٬",
    "٫",
    "،",
    "ر",
    "%",
    "٪",
    "-",
    "–",
    "$",
    "£",
    "€",
    " ",
    " ",
    "\n",
    "\n\n",
    "\u{00A0}",
    "\u{202F}",
    "\u{200B}",
    "\u{200D}",
    "\u{200F}",
    "\u{202E}",
    "\u{2066}",
    "\u{FEFF}",
    "\u{064B}",
    "\u{0640}",
    "و",
    "ب",
    "ال",
    "لل",
    "ف",
    "مقتل",
    "قتلى",
    "جرحى",
    "أصيب",
    "جنديين",
    "ألفا",
    "آلاف",
    "عشرات",
    "مليون",
    "ثلاثة",
    "وعشرون",
    "مئتي",
    "ما بين",
    "على الأقل",
    "في المئة",
    "دولار",
    "killed",
    "at least",
    "million",
    "m",
    "bn",
    "p",
    "twenty",
    "-five",
    "half",
    "a",
    "of",
    "between",
    "and",
    "to",
    "troops",
    "sent",
    "per cent",
    "dollars",
    "said",
    "according to",
    "é",
    "🙂",
    "\u{10FFFF}",
    "A",
    "Z",
    "'",
    ":",
    "/",
    "(",
    ")",
    "؟",
    ".\n",
];

fn random_text(rng: &mut Rng) -> String {
    let mut s = String::new();
    for _ in 0..rng.below(120) {
        if rng.below(10) == 0 {
            // Any scalar value at all.
            let c = loop {
                if let Some(c) = char::from_u32((rng.next() % 0x11_0000) as u32) {
                    break c;
                }
            };
            s.push(c);
        } else {
            s.push_str(PIECES[rng.below(PIECES.len())]);
            if rng.below(3) == 0 {
                s.push(' ');
            }
        }
    }
    s
}

fn check(text: &str, report: &Report) {
    for f in &report.facts {
        for v in [f.value, f.value_max].into_iter().flatten() {
            assert!(v.is_finite(), "{text:?}: value {v}");
        }
        assert!(f.value.is_some() != f.approx.is_some(), "{text:?}: value xor approx");
        for m in &f.mentions {
            assert!(m.start < m.end && m.end <= text.len(), "{text:?}: span {}..{}", m.start, m.end);
            assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end), "{text:?}: span off a char boundary");
            assert_eq!(&text[m.start..m.end], m.text, "{text:?}");
            let s = m.sentence;
            assert!(s.start <= m.start && m.end <= s.end && text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
    }
}

#[test]
fn random_unicode_never_panics_and_spans_are_exact() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..4000 {
        let text = random_text(&mut rng);
        for lang in [None, Some(Lang::Ar), Some(Lang::En)] {
            check(&text, &extract(&text, &Options { lang }));
        }
    }
}

#[test]
fn empty_and_blank_inputs_give_no_facts() {
    for text in ["", " ", "\n\n", "\u{200F}\u{064B}", "."] {
        assert!(extract(text, &Options::default()).facts.is_empty(), "{text:?}");
    }
}

/// Inputs that once broke an invariant, kept so they never do again.
#[test]
fn regressions_stay_fixed() {
    // A clitic test sliced a four-byte character in half (found by the random test above).
    let cases = ["𢊷m碞وعشرونال", "و\u{10FFFF}", "ال٢٬", "1ر", "ر1", "$\u{200F}5m", "٫٫٫", "- 1 -", "\u{064B}١"];
    for text in cases {
        for lang in [None, Some(Lang::Ar), Some(Lang::En)] {
            check(text, &extract(text, &Options { lang }));
        }
    }
}
