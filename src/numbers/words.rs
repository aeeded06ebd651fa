//! One number: digits or words, with the scale words that follow it.
//! Number words combine by the grammar of counting — "two hundred and
//! fifty", "خمسة وعشرون", "ستة آلاف و259", "three-quarters of a million" —
//! and a combination that grammar does not allow ends the number.

use super::{digits, number_word, Quantity};
use crate::lang::{Currency, NumberWord, Side};
use crate::text::{Doc, Kind, Strip};

/// Whether `v` (at least 0, under 2^32) is a whole multiple of `of`: `v %
/// of as f64 == 0.0`, without the float remainder, whose `fmod` brought 2.3
/// KB of 128-bit division into the wasm.
fn multiple(v: f64, of: u32) -> bool {
    v.fract() == 0.0 && (v as u32).is_multiple_of(of)
}

/// Joins a word value `v` onto the running value `cur`, if counting allows.
fn combine(cur: f64, v: f64) -> Option<f64> {
    let whole = cur.fract() == 0.0;
    if cur == 0.0 {
        Some(v)
    } else if v == 100.0 && whole && (1.0..=9.0).contains(&cur) {
        Some(cur * 100.0) // ثلاث مئة
    } else if whole
        && (cur < 10.0 && (20.0..100.0).contains(&v) && multiple(v, 10) // خمسة وعشرون
            || (20.0..100.0).contains(&cur) && multiple(cur, 10) && v < 10.0 // twenty-five
            || (100.0..1000.0).contains(&cur) && multiple(cur, 100) && v < 100.0)
    // three hundred and fifty
    {
        Some(cur + v)
    } else {
        None
    }
}

/// The currency sign right before token `i` ("$", "£", "HK$"), with the
/// tokens it takes. A country's mark is written onto its sign ("HK$", "C$"),
/// so an `attached` sign of two tokens must have them touch: "a $5 gift" is
/// dollars, not Australian dollars.
pub fn currency_sign(doc: &Doc, i: usize) -> Option<(usize, &'static Currency)> {
    let placed = |&(len, c): &(usize, &Currency)| c.side == Side::Before && (!c.attached || len < 2 || doc.touches(i - 2, i - 1));
    let d = doc.data;
    doc.lookup_ending(&d.currencies, i, Strip::None, 2)
        .filter(placed)
        .or_else(|| doc.lookup_ending(&d.currencies, i, Strip::None, 1).filter(placed))
}

/// Whether a currency sign stands right before token `i`.
pub fn sign_before(doc: &Doc, i: usize) -> bool {
    currency_sign(doc, i).is_some()
}

struct State {
    total: f64,
    cur: f64,
    last_scale: f64,
    scaled: bool,
}

impl State {
    fn value(&self) -> f64 {
        self.total + self.cur
    }

    /// Applies a scale word; false if it cannot follow what came before.
    fn scale(&mut self, s: f64) -> bool {
        if s == 100.0 {
            if self.cur >= 100.0 {
                return false;
            }
            self.cur = self.cur.max(1.0) * 100.0;
            return true;
        }
        if s >= self.last_scale || (self.cur == 0.0 && self.total > 0.0) {
            return false;
        }
        self.total += if self.cur == 0.0 { 1.0 } else { self.cur } * s;
        self.cur = 0.0;
        self.last_scale = s;
        self.scaled = true;
        true
    }
}

/// The number starting at token `i`, if one does. Asked of every word:
/// inlined down to the bit tests that turn most words away.
#[inline]
pub fn parse_number(doc: &Doc, i: usize) -> Option<Quantity> {
    let d = doc.data;
    let digits = doc.is(i, Kind::Num);
    if !digits && !doc.maybe_in(&d.numbers, i, Strip::Clitics) && !doc.maybe_in(&d.article_a, i, Strip::None) {
        return None;
    }
    parse_number_at(doc, i, digits)
}

/// `parse_number` past its quick rejects.
fn parse_number_at(doc: &Doc, i: usize, digits: bool) -> Option<Quantity> {
    let d = doc.data;
    let is_a = |k: usize| doc.lookup(&d.article_a, k, Strip::None).is_some();
    let mut st = State { total: 0.0, cur: 0.0, last_scale: f64::INFINITY, scaled: false };
    let mut j;
    if digits {
        st.cur = digits::parse(doc.word(i))?;
        j = i + 1;
        if ends_digits(doc, i, st.cur) {
            return Some(quantity(i, j, st.cur, true, false));
        }
    } else {
        // "a dozen", "a million": the article is the number one.
        let (at, with_a) = if is_a(i) && doc.same_sentence(i, i + 1) { (i + 1, true) } else { (i, false) };
        let (len, w) = number_word(doc, at, if with_a { Strip::None } else { Strip::Clitics })?;
        j = at + len;
        match w {
            NumberWord::Value(v) => {
                if with_a && v != 12.0 {
                    return None;
                }
                st.cur = v;
            }
            NumberWord::Scale(s) => {
                st.scale(s);
            }
            // Two of a scale, which may go on: "ألفين وخمسمائة" is 2,500.
            NumberWord::DualScale(s) if !with_a => {
                st.cur = 2.0;
                st.scale(s);
            }
            NumberWord::Fraction(f) => st.cur = f,
            _ => return None,
        }
    }
    loop {
        if !doc.same_sentence(i, j) {
            break;
        }
        // A fraction needs its scale: "half a million", "three-quarters of a million".
        let mut k = j;
        if st.cur > 0.0 && st.cur < 1.0 {
            if doc.word(k) == "of" {
                k += 1;
            }
            if is_a(k) {
                k += 1;
            }
        }
        if let Some((len, w)) = number_word(doc, k, Strip::None) {
            let took = match w {
                NumberWord::Scale(s) | NumberWord::DualScale(s) => {
                    if digits && j == i + 1 && s >= 1e6 {
                        st.cur = digits::parse_before_scale(doc.word(i)).unwrap_or(st.cur);
                    }
                    st.scale(s)
                }
                NumberWord::Abbrev(s) => digits && k == j && doc.touches(j - 1, j) && sign_before(doc, i) && st.scale(s),
                NumberWord::Value(v) if !digits => combine(st.cur, v).map(|c| st.cur = c).is_some(),
                NumberWord::Fraction(f) if !digits && st.cur >= 1.0 => {
                    st.cur *= f; // three-quarters
                    true
                }
                _ => false,
            };
            if took {
                j = k + len;
                continue;
            }
        }
        // A hyphen inside a compound: "twenty-five", "three-quarters".
        if !digits && doc.word(j) == "-" && doc.touches(j - 1, j) && doc.touches(j, j + 1) {
            if let Some((len, w)) = number_word(doc, j + 1, Strip::None) {
                let took = match w {
                    NumberWord::Value(v) => combine(st.cur, v).map(|c| st.cur = c).is_some(),
                    NumberWord::Fraction(f) => {
                        st.cur *= f;
                        true
                    }
                    _ => false,
                };
                if took {
                    j += 1 + len;
                    continue;
                }
            }
        }
        // A conjunction, separate ("and", "و 259") or attached ("وعشرون", "ونصف").
        let (at, how) = if doc.lookup(&d.and, j, Strip::None).is_some_and(|(len, _)| len == 1) && doc.same_sentence(j, j + 1) {
            (j + 1, Strip::None)
        } else {
            (j, Strip::Clitics)
        };
        let attached = at == j && doc.has_clitic(j);
        if at == j && !attached {
            break;
        }
        let after_a = if is_a(at) { at + 1 } else { at };
        if doc.is(at, Kind::Num) && st.cur == 0.0 && st.total > 0.0 {
            // "ستة آلاف و259"
            match digits::parse(doc.word(at)) {
                Some(v) if v < st.last_scale => {
                    st.cur = v;
                    j = at + 1;
                    continue;
                }
                _ => break,
            }
        }
        match number_word(doc, after_a, how) {
            Some((len, NumberWord::Fraction(f))) => {
                // "one and a half million", "مليون ونصف"
                if st.cur >= 1.0 {
                    st.cur += f;
                } else if st.last_scale.is_finite() {
                    st.total += f * st.last_scale;
                } else {
                    break;
                }
                j = after_a + len;
            }
            Some((len, NumberWord::Value(v))) if after_a == at && !digits => match combine(st.cur, v) {
                Some(c) if st.cur != 0.0 || st.total > 0.0 => {
                    st.cur = c;
                    j = at + len;
                }
                _ => break,
            },
            _ => break,
        }
    }
    let value = st.value();
    // A fraction without its scale is no count: "half of them".
    let bare_fraction = !digits && value < 1.0;
    (value.is_finite() && !bare_fraction && (value > 0.0 || digits)).then(|| {
        let mut q = quantity(i, j, value, digits, false);
        q.scaled = st.scaled;
        q
    })
}

/// Whether the figure in digits at token `i`, of value `v`, surely ends
/// there: the loop of `parse_number_at` would stop at its first step, as
/// the next token is in another sentence, or neither a number word nor a
/// conjunction, alone or attached. Most figures are such, and bit tests
/// tell them without the loop. A condition the loop gains needs its twin
/// here (a unit test pins each one).
fn ends_digits(doc: &Doc, i: usize, v: f64) -> bool {
    let (d, j) = (doc.data, i + 1);
    let fraction = v > 0.0 && v < 1.0; // may look past "of a"
    !doc.same_sentence(i, j)
        || !fraction && !doc.maybe_in(&d.numbers, j, Strip::None) && !doc.maybe_in(&d.and, j, Strip::None) && !doc.has_clitic(j)
}

pub(super) fn quantity(first: usize, last: usize, value: f64, digits: bool, scaled: bool) -> Quantity {
    Quantity { first, last, value: Some(value), value_max: None, approx: None, ungraded: false, dual: false, digits, scaled }
}

#[cfg(test)]
mod multiple_tests {
    use super::multiple;

    /// `multiple` is the float remainder's test on the ranges `combine` asks.
    #[test]
    fn multiple_is_the_remainder_test() {
        let mut values: Vec<f64> = (0..100_000).map(|k| f64::from(k) / 100.0).collect();
        values.extend([20.0 + 1e-14, 30.000000000000004, 99.99999999999999, 100.00000000000001, 999.9999999999999]);
        for v in values {
            assert_eq!(multiple(v, 10), v % 10.0 == 0.0, "{v}");
            assert_eq!(multiple(v, 100), v % 100.0 == 0.0, "{v}");
        }
    }
}
