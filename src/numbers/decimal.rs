//! Decimal text to `f64`, as `str::parse::<f64>` reads it.
//!
//! Natively that is `str::parse`. In the wasm it is the engine's own
//! `parseFloat` behind a check of Rust's grammar: `core`'s parser carries
//! 10 KB of power-of-five tables, a twelfth of the gzipped wasm, and
//! ECMAScript's parser rounds correctly too, so the value is the same bit
//! for bit. Only the figures no fast path reads (over 19 digits, or a
//! fraction past 10^22) and a few attributes come here.

/// `s.parse::<f64>().ok()`.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse(s: &str) -> Option<f64> {
    s.parse().ok()
}

/// `s.parse::<f64>().ok()`, by the engine's `parseFloat`.
#[cfg(target_arch = "wasm32")]
pub fn parse(s: &str) -> Option<f64> {
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let word = |w: &str| body.eq_ignore_ascii_case(w);
    let value = if word("inf") || word("infinity") {
        f64::INFINITY
    } else if word("nan") {
        f64::NAN
    } else if is_decimal(body.as_bytes()) {
        js_sys::parse_float(body)
    } else {
        return None;
    };
    Some(if negative { -value } else { value })
}

/// Whether `b` is Rust's decimal without its sign: digits with at most one
/// dot, at least one digit, then optionally `e`, a sign and digits.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn is_decimal(b: &[u8]) -> bool {
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let whole = digits(0);
    let mut at = whole;
    let mut fraction = 0;
    if b.get(at) == Some(&b'.') {
        fraction = digits(at + 1);
        at += 1 + fraction;
    }
    if whole + fraction == 0 {
        return false;
    }
    if matches!(b.get(at), Some(b'e' | b'E')) {
        at += 1;
        if matches!(b.get(at), Some(b'+' | b'-')) {
            at += 1;
        }
        let exponent = digits(at);
        if exponent == 0 {
            return false;
        }
        at += exponent;
    }
    at == b.len()
}

#[cfg(test)]
mod tests {
    use super::is_decimal;

    /// The grammar the wasm checks accepts exactly what `str::parse` does
    /// (but for the words `inf`, `nan`, handled apart, and the sign).
    #[test]
    fn the_grammar_is_rusts() {
        let pieces = ["", "0", "12", ".", "e", "E", "+", "-", "x", " ", "5", "_", "1e5", ".5", "5.", "e-", "e+3"];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let s = format!("{a}{b}{c}");
                    let unsigned = !s.starts_with(['+', '-']);
                    let rust =
                        s.parse::<f64>().is_ok() && !s.to_ascii_lowercase().contains("inf") && !s.to_ascii_lowercase().contains("nan");
                    if unsigned {
                        assert_eq!(is_decimal(s.as_bytes()), rust, "{s:?}");
                    }
                }
            }
        }
    }
}
