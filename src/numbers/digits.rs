//! Numbers written with digits. Sources disagree on marks — "1,500" and
//! "1.500" are both fifteen hundred, "2,6" and "1،7" are decimals, and the
//! Tunisian agency writes 13.5 as "5ر13" — so a mark is read from the digits
//! around it, never from a fixed convention (FACTS.md, "Value").

/// The value of a folded number token (ASCII digits with inner marks).
pub fn parse(token: &str) -> Option<f64> {
    if let Some((fraction, whole)) = token.split_once('ر') {
        return parse_plain(&format!("{whole}.{fraction}"));
    }
    let marks: Vec<(usize, u8)> = token.bytes().enumerate().filter(|(_, b)| !b.is_ascii_digit()).collect();
    let digits_only = |s: &str| s.bytes().filter(u8::is_ascii_digit).map(char::from).collect::<String>();
    let Some(&(last_at, last_mark)) = marks.last() else {
        return parse_plain(token);
    };
    let distinct = marks.iter().any(|&(_, m)| m != last_mark);
    let tail = token.len() - last_at - 1;
    let decimal_at = if last_mark == b' ' || last_mark == b'\'' {
        None
    } else if distinct {
        // "1,500.25" and "1.500,25": the last mark is the decimal one.
        Some(last_at)
    } else if marks.len() > 1 {
        // The same mark twice groups: "5.798.752", "1,500,000".
        None
    } else if tail == 3 {
        // One mark before exactly three digits groups: "1,500", "54،180".
        None
    } else {
        Some(last_at)
    };
    match decimal_at {
        None => parse_plain(&digits_only(token)),
        Some(at) => parse_plain(&format!("{}.{}", digits_only(&token[..at]), digits_only(&token[at + 1..]))),
    }
}

fn parse_plain(s: &str) -> Option<f64> {
    s.parse::<f64>().ok().filter(|v| v.is_finite())
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
    fn huge_digit_runs_stay_finite_or_none() {
        assert!(parse(&"9".repeat(400)).is_none());
    }
}
