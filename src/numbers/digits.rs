//! Numbers written with digits. Sources disagree on marks — "1,500" and
//! "1.500" are both fifteen hundred, "2,6" and "1،7" are decimals, and the
//! Tunisian agency writes 13.5 as "5ر13" — so a mark is read from the digits
//! around it, never from a fixed convention (FACTS.md, "Value").

const RA: &[u8] = crate::text::segment::RA.as_bytes();

/// The value of a folded number token (ASCII digits with inner marks).
/// One pass takes the marks and, as one integer, the digits: the decimal
/// mark, if any, is the last mark, so the digits after it give the scale
/// and most figures need no decimal text written out and parsed.
pub fn parse(token: &str) -> Option<f64> {
    let b = token.as_bytes();
    let mut mantissa = 0;
    let (mut count, mut first_mark, mut last_at, mut last_mark, mut distinct) = (0, 0, 0, 0, false);
    for (at, &c) in b.iter().enumerate() {
        if c.is_ascii_digit() {
            mantissa = push_digit(mantissa, c);
        } else if c == RA[0] && b.get(at + 1) == Some(&RA[1]) {
            // Tunisian: the digits before "ر" are the fraction.
            return value(&b[at + RA.len()..], Some(&b[..at]));
        } else {
            if count == 0 {
                first_mark = c;
            }
            distinct |= c != first_mark;
            (count, last_at, last_mark) = (count + 1, at, c);
        }
    }
    let digits = b.len() - count;
    if digits == 0 {
        return None; // marks alone
    }
    let tail = b.len() - last_at - 1;
    let decimal = if count == 0 || last_mark == b' ' || last_mark == b'\'' {
        false
    } else if distinct {
        // "1,500.25" and "1.500,25": the last mark is the decimal one.
        true
    } else if count > 1 {
        // The same mark twice groups: "5.798.752", "1,500,000".
        false
    } else {
        // One mark before exactly three digits groups: "1,500", "54،180".
        tail != 3
    };
    // Only digits follow the last mark.
    let scale = if decimal { tail } else { 0 };
    exact(mantissa, digits, scale).or_else(|| if decimal { parsed(&b[..last_at], Some(&b[last_at + 1..])) } else { parsed(b, None) })
}

/// The value of a number token read before a scale word of a million or
/// more: there a lone dot is a decimal point whatever follows it ("$1.762
/// billion" is 1.762e9, never 1.762e12). Other tokens read as `parse` reads them.
pub fn parse_before_scale(token: &str) -> Option<f64> {
    let b = token.as_bytes();
    let dots = b.iter().filter(|&&c| c == b'.').count();
    if dots == 1 && b.iter().all(|&c| c == b'.' || c.is_ascii_digit()) {
        let at = token.find('.')?;
        return value(&b[..at], Some(&b[at + 1..]));
    }
    parse(token)
}

/// `m` with the digit `c` appended; wraps past 19 digits, which `exact` refuses.
fn push_digit(m: u64, c: u8) -> u64 {
    m.wrapping_mul(10).wrapping_add(u64::from(c - b'0'))
}

/// The decimal whose `digits` digits read as the integer `m`, the last
/// `scale` of them the fraction, when float arithmetic gives it exactly as
/// `str::parse` would: any 19
/// digits fit in `m`; an integer up to 2^53 and a power of ten up to 10^22
/// are both exact doubles, so their quotient is rounded once, correctly
/// (Clinger's fast path); a whole number is one cast, also rounded once.
/// `None` leaves the digits to `parsed`.
fn exact(m: u64, digits: usize, scale: usize) -> Option<f64> {
    const POW10: [f64; 23] =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
    if digits > 19 {
        return None;
    }
    if scale == 0 {
        return Some(m as f64);
    }
    let p = POW10.get(scale)?;
    (m <= 1 << 53).then(|| m as f64 / p)
}

/// The number whose whole part has the digits of `whole` and whose
/// fraction those of `fraction` (other bytes skipped). Cold, as only "ر"
/// comes here: kept out of `parse`, the hot path saves registers and stack.
#[cold]
pub fn value(whole: &[u8], fraction: Option<&[u8]>) -> Option<f64> {
    fn digits(part: &[u8]) -> impl Iterator<Item = u8> + '_ {
        part.iter().copied().filter(u8::is_ascii_digit)
    }
    let scale = fraction.map_or(0, |f| digits(f).count());
    let count = digits(whole).count() + scale;
    if count == 0 {
        return None; // "" or ".": no number
    }
    let mantissa = digits(whole).chain(fraction.into_iter().flat_map(digits)).fold(0, push_digit);
    exact(mantissa, count, scale).or_else(|| parsed(whole, fraction))
}

/// `value` the slow way, for digits past `exact`: the decimal written out
/// and parsed. Built on the stack: a page of figures parses thousands of
/// these, and a heap string per figure showed in profiles.
#[cold]
fn parsed(whole: &[u8], fraction: Option<&[u8]>) -> Option<f64> {
    let mut buf = [0u8; 64];
    let mut n = 0;
    let mut long = Vec::new();
    let parts = std::iter::once(whole).chain(fraction);
    for (k, part) in parts.enumerate() {
        let digits = part.iter().copied().filter(u8::is_ascii_digit);
        for c in (k == 1).then_some(b'.').into_iter().chain(digits) {
            if n < buf.len() {
                buf[n] = c;
                n += 1;
            } else {
                // Longer than any real figure: parsed all the same, on the heap.
                if long.is_empty() {
                    long.extend_from_slice(&buf);
                }
                long.push(c);
            }
        }
    }
    let text = if long.is_empty() { &buf[..n] } else { &long[..] };
    // SAFETY: ASCII digits and a dot, put there above (see `Excerpt::as_str`).
    super::decimal::parse(unsafe { std::str::from_utf8_unchecked(text) }).filter(|v| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::{exact, parse, value};

    #[test]
    fn a_lone_dot_before_a_large_scale_is_a_decimal_point() {
        use super::parse_before_scale;
        assert_eq!(parse_before_scale("1.762"), Some(1.762));
        assert_eq!(parse_before_scale("1.5"), Some(1.5));
        assert_eq!(parse_before_scale("1,500"), Some(1500.0));
        assert_eq!(parse_before_scale("5.798.752"), Some(5798752.0));
    }

    #[test]
    fn reads_plain_digits() {
        assert_eq!(parse("26"), Some(26.0));
    }

    #[test]
    fn reads_comma_and_dot_grouping() {
        assert_eq!(parse("1,500"), Some(1500.0));
        assert_eq!(parse("1.500"), Some(1500.0));
        assert_eq!(parse("5.798.752"), Some(5798752.0));
        assert_eq!(parse("2,956,737"), Some(2956737.0));
    }

    #[test]
    fn reads_space_grouping() {
        assert_eq!(parse("1 500"), Some(1500.0));
        assert_eq!(parse("15 000 000"), Some(15000000.0));
    }

    #[test]
    fn reads_decimals_with_either_mark() {
        assert_eq!(parse("2.5"), Some(2.5));
        assert_eq!(parse("2,6"), Some(2.6));
        assert_eq!(parse("6,75"), Some(6.75));
        assert_eq!(parse("34,2"), Some(34.2));
    }

    #[test]
    fn reads_mixed_marks_by_the_last_one() {
        assert_eq!(parse("1,500.25"), Some(1500.25));
        assert_eq!(parse("1.500,25"), Some(1500.25));
    }

    #[test]
    fn reads_tunisian_ra_with_the_fraction_first() {
        assert_eq!(parse("6ر9"), Some(9.6));
        assert_eq!(parse("5ر13"), Some(13.5));
    }

    #[test]
    fn long_digit_runs_read_past_the_stack_buffer() {
        let digits = format!("1{}", "0".repeat(80));
        assert_eq!(parse(&digits), Some(1e80));
        assert_eq!(parse(&format!("{digits}.5")), Some(1e80));
    }

    #[test]
    fn huge_digit_runs_stay_finite_or_none() {
        assert!(parse(&"9".repeat(400)).is_none());
    }

    /// What `parse` must give for the decimal `text`: the standard library's reading.
    fn plain(text: &str) -> Option<u64> {
        text.parse::<f64>().ok().filter(|v| v.is_finite()).map(f64::to_bits)
    }

    /// Whole and fraction digit strings around the limits of `exact`: up to
    /// 25 digits, runs of nines and zeros, and every split of mantissas
    /// near 2^53 and u64::MAX. A xorshift stream: the same cases every run.
    fn cases() -> Vec<(String, String)> {
        let mut s = 0x2545_f491_4f6c_dd1du64;
        let mut next = move |n: u64| {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            s % n
        };
        let mut digits = |len: u64| -> String {
            let style = next(6);
            (0..next(len + 1))
                .map(|k| match style {
                    0 => '9',
                    1 if k > 0 => '0',
                    _ => char::from(b'0' + next(10) as u8),
                })
                .collect()
        };
        let mut out: Vec<_> = (0..100_000).map(|_| (digits(22), digits(25))).collect();
        let two53 = 1u64 << 53;
        for m in [two53 - 1, two53, two53 + 1, 10u64.pow(19) - 1, 10u64.pow(19), u64::MAX] {
            for m in [m.to_string(), format!("{m}0"), format!("{m}1"), format!("0{m}")] {
                out.extend((0..=m.len()).map(|k| (m[..k].to_string(), m[k..].to_string())));
            }
        }
        out
    }

    #[test]
    fn exact_is_what_str_parse_gives() {
        let two53 = 1u64 << 53;
        for m in [0, 1, 7, 123_456_789, two53 - 1, two53, 10u64.pow(19) - 1, u64::MAX] {
            for scale in 0..=23 {
                let text = format!("{m:0>width$}", width = scale + 1);
                let text = format!("{}.{}", &text[..text.len() - scale], &text[text.len() - scale..]);
                let digits = m.to_string().len();
                if let Some(v) = exact(m, digits, scale) {
                    assert_eq!(Some(v.to_bits()), plain(&text), "{text}");
                }
            }
        }
    }

    #[test]
    fn fast_reading_matches_str_parse() {
        for (w, f) in cases() {
            let decimal = plain(&format!("{w}.{f}"));
            assert_eq!(value(w.as_bytes(), Some(f.as_bytes())).map(f64::to_bits), decimal, "{w}.{f}");
            assert_eq!(parse(&format!("{f}ر{w}")).map(f64::to_bits), decimal, "{f}ر{w}");
            assert_eq!(parse(&format!("{w}{f}")).map(f64::to_bits), plain(&format!("{w}{f}")), "{w}{f}");
            // One mark before three digits groups; before any other count, divides.
            let marked = if f.len() == 3 { plain(&format!("{w}{f}")) } else { decimal };
            assert_eq!(parse(&format!("{w}.{f}")).map(f64::to_bits), marked, "{w}.{f}");
            assert_eq!(parse(&format!("1,{w}.{f}")).map(f64::to_bits), plain(&format!("1{w}.{f}")), "1,{w}.{f}");
        }
    }
}
