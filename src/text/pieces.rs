//! Cutting a long text into pieces that are read one by one.

/// The longest piece (bytes) read as one document: the per-token tables of
/// a piece this long stay in the cache (1 MB read whole went 2.5 times
/// slower per byte than an article).
pub const PIECE: usize = 64 * 1024;

/// `text` as consecutive pieces of at most about `limit` bytes, each with
/// its byte offset. A piece ends after a line break where there is one, as
/// sentences never cross a line break; else after a sentence's full stop;
/// else after a space; a text with none of these is cut on a char boundary.
pub fn pieces(text: &str, limit: usize) -> impl Iterator<Item = (usize, &str)> {
    let (mut at, mut done) = (0, false);
    // The last piece is the rest, so an empty text is one empty piece.
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let rest = &text[at..];
        let len = piece_len(rest, limit);
        done = len == rest.len();
        let piece = (at, &rest[..len]);
        at += len;
        Some(piece)
    })
}

/// The length of the piece that starts `rest`: all of it if it is at most
/// `limit` bytes, else cut as `pieces` says.
pub fn piece_len(rest: &str, limit: usize) -> usize {
    if rest.len() <= limit {
        return rest.len();
    }
    let window = &rest.as_bytes()[..limit];
    // The last half of the window only: a cut far back would make tiny pieces.
    let after = |k: Option<usize>, len: usize| k.filter(|&k| k >= limit / 2).map(|k| k + len);
    after(window.iter().rposition(|&b| b == b'\n'), 1)
        .or_else(|| after(window.windows(2).rposition(|w| w == b". "), 2))
        .or_else(|| after(window.iter().rposition(|&b| b == b' '), 1))
        .unwrap_or_else(|| (1..=limit).rev().find(|&k| rest.is_char_boundary(k)).unwrap_or(rest.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut_up(text: &str, limit: usize) -> Vec<(usize, &str)> {
        pieces(text, limit).collect()
    }

    #[test]
    fn short_text_is_one_piece() {
        assert_eq!(cut_up("abc", 10), vec![(0, "abc")]);
        assert_eq!(cut_up("", 10), vec![(0, "")]);
    }

    #[test]
    fn pieces_end_after_a_line_break() {
        assert_eq!(cut_up("aaaa\nbbbb\ncc", 10), vec![(0, "aaaa\nbbbb\n"), (10, "cc")]);
    }

    #[test]
    fn without_line_breaks_a_full_stop_then_a_space() {
        assert_eq!(cut_up("aaa. bbb ccc", 10), vec![(0, "aaa. bbb "), (9, "ccc")]);
        assert_eq!(cut_up("aaaaa. bbbbbb", 10), vec![(0, "aaaaa. "), (7, "bbbbbb")]);
    }

    #[test]
    fn text_without_spaces_is_cut_on_char_boundaries() {
        let text = "٢".repeat(20);
        let got = cut_up(&text, 9);
        assert!(got.iter().all(|(_, p)| p.len() <= 9 && !p.is_empty()));
        assert_eq!(got.iter().map(|(_, p)| *p).collect::<String>(), text);
    }

    #[test]
    fn pieces_cover_the_text_in_order() {
        let text = "line one.\nline two is longer. with a stop\n\nلا فاصل هنا ولا نقطة ".repeat(50);
        let mut next = 0;
        for (at, piece) in pieces(&text, 100) {
            assert_eq!(at, next);
            assert!(piece.len() <= 100);
            next += piece.len();
        }
        assert_eq!(next, text.len());
    }
}
