//! The form a language file travels in to the browser: its text with each
//! Arabic letter in one byte instead of two, and each line's start that
//! repeats the line before (the lists are sorted) given as a count. Gzip
//! alone leaves both redundancies half taken: the Arabic file is 5.5 KB
//! gzipped as UTF-8 and 4.1 KB in this form. `build.rs` encodes, the
//! library decodes once, when the file is given to it.
//!
//! Bytes: `0x80 + n` is U+0600 + n (the Arabic block's first half, every
//! letter the lists use); `0x7F` is followed by a character's code point
//! in three bytes (any other non-ASCII character, or an ASCII control
//! other than tab and line feed); a line may start with `0x0B..=0x1F`, the first `b - 0x0A`
//! characters of the line before; any other byte is that ASCII character.

const ARABIC: u32 = 0x0600;
const ESCAPE: u8 = 0x7F;
const SHARED: u8 = 0x0A;
#[cfg_attr(not(test), allow(dead_code))]
const MAX_SHARED: usize = (0x1F - SHARED) as usize;

/// `text` in the travelling form. (Called by `build.rs`, which includes
/// this file, and by the tests.)
#[cfg_attr(not(test), allow(dead_code))]
pub fn encode(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut before = "";
    for line in text.split_inclusive('\n') {
        let shared = line.chars().zip(before.chars()).take_while(|(a, b)| a == b && *a != '\n').count().min(MAX_SHARED);
        if shared > 0 {
            out.push(SHARED + shared as u8);
        }
        for c in line.chars().skip(shared) {
            match c as u32 {
                n @ ARABIC..0x0680 => out.push(0x80 + (n - ARABIC) as u8),
                0x09 | 0x0A | 0x20..0x7F => out.push(c as u8),
                n => out.extend([ESCAPE, (n >> 16) as u8, (n >> 8) as u8, n as u8]),
            }
        }
        before = line;
    }
    out
}

/// The text `bytes` encodes, or `None` if they are not in this form.
pub fn decode(bytes: &[u8]) -> Option<String> {
    let mut out = String::with_capacity(bytes.len() * 2);
    let (mut line, mut before) = (0, 0);
    let mut rest = bytes.iter().map(|&b| u32::from(b));
    while let Some(b) = rest.next() {
        let c = match b {
            0x0B..=0x1F if out.len() == line => {
                let shared = (b - u32::from(SHARED)) as usize;
                let end = out[before..].char_indices().nth(shared)?.0;
                out.extend_from_within(before..before + end);
                continue;
            }
            0x80.. => ARABIC + b - 0x80,
            0x7F => rest.next()? << 16 | rest.next()? << 8 | rest.next()?,
            0x09 | 0x0A | 0x20..0x7F => b,
            _ => return None,
        };
        out.push(char::from_u32(c)?);
        if c == 0x0A {
            before = line;
            line = out.len();
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_kind_of_character() {
        let text = "اثن\nاثنا عشر\t11\nاثنان\t1\nاثنتان\n€ £ ی ک\u{1}\u{7f}\n\nabc\nabd\tx\n\u{1F600}\nno end";
        let bytes = encode(text);
        assert_eq!(decode(&bytes).as_deref(), Some(text));
        // The Arabic letters take one byte and shared starts a count.
        assert!(bytes.len() < text.len(), "{} of {}", bytes.len(), text.len());
        assert_eq!(bytes[..3], [0x80 + 0x27, 0x80 + 0x2B, 0x80 + 0x46]);
        assert!(bytes.contains(&(SHARED + 3)), "a line starting as the one before");
    }

    #[test]
    fn a_long_shared_start_is_capped() {
        let a = "x".repeat(40);
        let text = format!("{a}1\n{a}2\n");
        assert_eq!(decode(&encode(&text)).as_deref(), Some(text.as_str()));
    }

    #[test]
    fn bytes_of_no_file_are_refused() {
        assert_eq!(decode(&[0x0B]), None, "a shared start on the first line");
        assert_eq!(decode(&[b'a', 0x01]), None, "a control byte");
        assert_eq!(decode(&[ESCAPE]), None, "an escape at the end");
        assert_eq!(decode(&[ESCAPE, 0, 0x20]), None, "a cut character");
        assert_eq!(decode(&[ESCAPE, 0, 0xD8, 0]), None, "a surrogate");
        assert_eq!(decode(&[b'a', b'\n', 0x0C]), None, "more shared than the line before has");
    }
}
