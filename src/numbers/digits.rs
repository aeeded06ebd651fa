//! Numbers written with digits. Sources disagree on marks — "1,500" and
//! "1.500" are both fifteen hundred, "2,6" and "1،7" are decimals, and the
//! Tunisian agency writes 13.5 as "5ر13" — so a mark is read from the digits
//! around it, never from a fixed convention (FACTS.md, "Value").

/// The value of a folded number token (ASCII digits with inner marks).
pub fn parse(token: &str) -> Option<f64> {
    if let Some((fraction, whole)) = token.split_once('ر') {
        return value(whole.as_bytes(), Some(fraction.as_bytes()));
    }
    let b = token.as_bytes();
    let mut marks = b.iter().enumerate().filter(|(_, c)| !c.is_ascii_digit());
    let Some((first_at, &first_mark)) = marks.next() else {
        return value(b, None);
    };
    let (mut count, mut last_at, mut last_mark, mut distinct) = (1, first_at, first_mark, false);
    for (at, &m) in marks {
        distinct |= m != first_mark;
        (count, last_at, last_mark) = (count + 1, at, m);
    }
    let tail = b.len() - last_at - 1;
    let decimal_at = if last_mark == b' ' || last_mark == b'\'' {
        None
    } else if distinct {
        // "1,500.25" and "1.500,25": the last mark is the decimal one.
        Some(last_at)
    } else if count > 1 {
        // The same mark twice groups: "5.798.752", "1,500,000".
        None
    } else if tail == 3 {
        // One mark before exactly three digits groups: "1,500", "54،180".
        None
    } else {
        Some(last_at)
    };
    match decimal_at {
        None => value(b, None),
        Some(at) => value(&b[..at], Some(&b[at + 1..])),
    }
}

/// The number whose whole part has the digits of `whole` and whose
/// fraction those of `fraction` (other bytes skipped), parsed as the
/// decimal it spells. Built on the stack: a page of figures parses
/// thousands of these, and a heap string per figure showed in profiles.
fn value(whole: &[u8], fraction: Option<&[u8]>) -> Option<f64> {
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
    std::str::from_utf8(text).ok()?.parse::<f64>().ok().filter(|v| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::parse;

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
}
