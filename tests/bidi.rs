//! Bidi and invisible characters (README, "What a host page can rely on";
//! rules in `src/screen.rs`). What a reader sees is the text after the
//! Unicode Bidirectional Algorithm; the engine must never report a figure
//! that reads differently on screen, nor hand out a string that reorders
//! what is displayed after it.
//!
//! Every report here is also checked for the invariants of `check`: each
//! mention is the input's text at its span and opens no directional run,
//! and subjects and sources carry no directional control.

use factbox::{extract, Category, Lang, Options, Report};

fn run(lang: Lang, text: &str) -> Report {
    let report = extract(text, &Options { lang: Some(lang) });
    check(text, &report);
    report
}

/// Explicit directional formatting: LRE RLE PDF LRO RLO, LRI RLI FSI PDI.
fn is_format(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn is_bidi_control(c: char) -> bool {
    is_format(c) || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
}

fn check(text: &str, report: &Report) {
    for f in &report.facts {
        assert!(!f.mentions.is_empty(), "{text:?}: a fact without a mention");
        for m in &f.mentions {
            assert_eq!(text.get(m.start..m.end), Some(m.text.as_str()), "{text:?}: mention is not the input's text at its span");
            assert!(!m.text.contains(is_format), "{text:?}: mention {:?} holds directional formatting", m.text);
            assert!(
                !m.text.ends_with(is_bidi_control) && !m.text.starts_with(is_bidi_control),
                "{text:?}: mention {:?} starts or ends with a control",
                m.text
            );
        }
        for s in [&f.subject, &f.source].into_iter().flatten() {
            assert!(!s.contains(is_bidi_control), "{text:?}: {s:?} holds a directional control");
        }
    }
}

/// The graded figures: (category, value).
fn graded(report: &Report) -> Vec<(Category, f64)> {
    report.facts.iter().filter(|f| f.category != Category::Other).map(|f| (f.category, f.value.unwrap_or(f64::NAN))).collect()
}

/// Every figure, graded or not: (category, value).
fn all(report: &Report) -> Vec<(Category, f64)> {
    report.facts.iter().map(|f| (f.category, f.value.unwrap_or(f64::NAN))).collect()
}

/// The text of every mention of every figure.
fn mentions(report: &Report) -> Vec<&str> {
    report.facts.iter().flat_map(|f| f.mentions.iter().map(|m| m.text.as_str())).collect()
}

use Category::{Injured, Killed, Other};

const INVISIBLE: [char; 9] = ['\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{2062}', '\u{FEFF}', '\u{00AD}', '\u{2063}', '\u{2064}'];
const FORMATTING: [char; 9] = ['\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'];
const MARKS: [char; 3] = ['\u{200E}', '\u{200F}', '\u{061C}'];

// Invisible characters the bidi algorithm ignores: nothing changes on screen.

#[test]
fn invisible_joiners_inside_a_number_are_ignored_en() {
    for c in INVISIBLE {
        let text = format!("Police said 1{c}000 people were killed.");
        let r = run(Lang::En, &text);
        assert_eq!(graded(&r), [(Killed, 1000.0)], "{text:?}");
        let m = &r.facts[0].mentions[0];
        assert_eq!((m.start, m.text.as_str()), (12, format!("1{c}000").as_str()));
    }
}

#[test]
fn invisible_joiners_inside_a_number_are_ignored_ar() {
    for c in INVISIBLE {
        for number in [format!("١{c}٥٠٠"), format!("1{c},500"), format!("1,{c}500")] {
            let text = format!("وأعلنت وزارة الداخلية مقتل {number} محتجاً.");
            let r = run(Lang::Ar, &text);
            assert_eq!(graded(&r), [(Killed, 1500.0)], "{text:?}");
            assert_eq!(mentions(&r), [number.as_str()]);
        }
    }
}

#[test]
fn mention_ends_before_directional_controls_after_the_figure() {
    for c in MARKS.into_iter().chain(FORMATTING) {
        let text = format!("وأعلنت وزارة الداخلية مقتل 26{c} محتجاً.");
        let r = run(Lang::Ar, &text);
        assert_eq!(mentions(&r), ["26"], "{text:?}");
        let m = &r.facts[0].mentions[0];
        assert_eq!((&text[m.start..m.end], m.end), ("26", m.start + 2));
    }
    // Ignorable characters reorder nothing: they may stay at the end of a mention.
    for c in INVISIBLE {
        let text = format!("Police said 26{c} people were killed.");
        assert_eq!(graded(&run(Lang::En, &text)), [(Killed, 26.0)], "{text:?}");
    }
}

// Explicit directional formatting or a directional mark inside a number can
// reorder its digits on screen: "1\u{202E}23" shows as 1 then 32, and in
// right-to-left text "1\u{200F}23" and "1\u{2067}23\u{2069}" show as 231.

#[test]
fn override_inside_a_number_hides_it_en() {
    for number in ["1\u{202E}23", "1\u{202D}23", "12\u{202E}\u{202C}3", "1,\u{202E}500"] {
        let text = format!("Police said {number} people were killed.");
        let r = run(Lang::En, &text);
        assert_eq!(all(&r), [], "{text:?}");
    }
}

#[test]
fn override_inside_a_number_hides_it_ar() {
    for number in ["1\u{202E}23", "١\u{202E}٢٣", "1\u{202D}23", "١٢\u{202D}\u{202C}٣"] {
        let text = format!("قتل {number} شخصاً في الهجوم.");
        let r = run(Lang::Ar, &text);
        assert_eq!(all(&r), [], "{text:?}");
    }
}

#[test]
fn embedding_or_isolate_inside_a_number_hides_it() {
    for c in FORMATTING {
        for (lang, text) in [
            (Lang::En, format!("Police said 1{c}23 people were killed.")),
            (Lang::En, format!("Police said 1{c},500 people were killed.")),
            (Lang::Ar, format!("قتل 1{c}23 شخصاً في الهجوم.")),
            (Lang::Ar, format!("قتل ١{c}٢٣ شخصاً في الهجوم.")),
        ] {
            let r = run(lang, &text);
            assert_eq!(all(&r), [], "{text:?}");
        }
    }
}

#[test]
fn directional_mark_inside_digits_hides_the_number() {
    for c in MARKS {
        for (lang, text) in [
            (Lang::En, format!("Police said 1{c}23 people were killed.")),
            (Lang::En, format!("Police said 1,{c}500 people were killed.")),
            (Lang::Ar, format!("قتل 1{c}23 شخصاً في الهجوم.")),
            (Lang::Ar, format!("قتل ١{c}٢٣ شخصاً في الهجوم.")),
        ] {
            let r = run(lang, &text);
            assert_eq!(all(&r), [], "{text:?}");
        }
    }
}

#[test]
fn directional_mark_between_the_words_of_a_range_is_kept() {
    let r = run(Lang::En, "Police said 20\u{200F}-30 people were killed.");
    let f = &r.facts[0];
    assert_eq!((f.category, f.value, f.value_max), (Killed, Some(20.0), Some(30.0)));
    assert_eq!(mentions(&r), ["20\u{200F}-30"]);
}

#[test]
fn controls_around_a_whole_number_keep_it() {
    for (open, close) in
        [("\u{202B}", "\u{202C}"), ("\u{202A}", "\u{202C}"), ("\u{2067}", "\u{2069}"), ("\u{2068}", "\u{2069}"), ("\u{200F}", "\u{200F}")]
    {
        let text = format!("وأعلنت وزارة الداخلية مقتل {open}26{close} محتجاً.");
        let r = run(Lang::Ar, &text);
        assert_eq!(graded(&r), [(Killed, 26.0)], "{text:?}");
        assert_eq!(mentions(&r), ["26"]);
        assert_eq!(r.facts[0].subject.as_deref(), Some("محتجاً"));
        let text = format!("Police said {open}123{close} people were killed.");
        let r = run(Lang::En, &text);
        assert_eq!(graded(&r), [(Killed, 123.0)], "{text:?}");
        assert_eq!(mentions(&r), ["123"]);
    }
}

// Digits under an override show reversed, or among reversed words.

#[test]
fn digits_under_an_override_are_not_reported() {
    for (lang, text) in [
        (Lang::En, "Police said \u{202E}123\u{202C} people were killed."),
        (Lang::En, "Police said \u{202D}123\u{202C} people were killed."),
        (Lang::En, "\u{202E}Police said 123 people were killed."),
        (Lang::Ar, "قتل \u{202E}26\u{202C} شخصاً في الهجوم."),
        (Lang::Ar, "\u{202E}قتل 26 شخصاً في الهجوم."),
        (Lang::Ar, "\u{202D}قتل 26 شخصاً في الهجوم."),
    ] {
        let r = run(lang, text);
        assert_eq!(all(&r), [], "{text:?}");
    }
}

#[test]
fn an_override_reaches_to_its_pdf_or_the_paragraph_end() {
    // Closed by PDF, by the PDI of an isolate it was opened in, or by a paragraph break: the next sentence is read.
    for text in [
        "\u{202E}abc\u{202C}. Police said 12 people were killed.",
        "\u{2066}\u{202E}abc\u{2069}. Police said 12 people were killed.",
        "Text \u{202E}abc\n\nPolice said 12 people were killed.",
        "Text \u{202E}abc\rPolice said 12 people were killed.",
        "Text \u{202E}abc\u{2029}Police said 12 people were killed.",
    ] {
        assert_eq!(graded(&run(Lang::En, text)), [(Killed, 12.0)], "{text:?}");
    }
    // Not closed: a sentence end does not close it, nor does a PDF while an isolate is open inside it.
    for text in
        ["\u{202E}abc. Police said 12 people were killed.", "\u{202E}abc \u{2066}x\u{202C}\u{2069}. Police said 12 people were killed."]
    {
        assert_eq!(all(&run(Lang::En, text)), [], "{text:?}");
    }
}

#[test]
fn an_isolate_inside_an_override_is_not_overridden() {
    // The digits keep their order inside the isolate; the sentence holds overridden text, so `other`.
    let r = run(Lang::En, "\u{202E}abc \u{2066}12\u{2069} def\u{202C} people were killed.");
    assert_eq!(all(&r), [(Other, 12.0)]);
}

#[test]
fn a_figure_in_a_sentence_with_overridden_text_is_other_at_most() {
    let r = run(Lang::En, "Police said 12 people were killed \u{202E}yad siht\u{202C}.");
    assert_eq!(all(&r), [(Other, 12.0)]);
    let r = run(Lang::En, "Police said 12 people were killed, 1,500\u{202E} were injured.");
    assert_eq!(all(&r), [(Other, 12.0), (Other, 1500.0)]);
    let r = run(Lang::Ar, "قتل 26 شخصاً \u{202E}في الهجوم\u{202C}.");
    assert_eq!(all(&r), [(Other, 26.0)]);
}

#[test]
fn deeply_nested_embeddings_count_as_overridden() {
    let deep = format!("\u{202E}A\u{202C}. {}Police said 12 people were killed.", "\u{202B}".repeat(70));
    assert_eq!(all(&run(Lang::En, &deep)), []);
    let shallow = format!("\u{202E}A\u{202C}. {}Police said 12 people were killed.", "\u{202B}".repeat(3));
    assert_eq!(graded(&run(Lang::En, &shallow)), [(Killed, 12.0)]);
}

// One number, one digit system.

#[test]
fn mixed_digit_systems_in_one_number_are_not_reported() {
    for number in ["1٢3", "١,500", "1,٥٠٠", "١٢۳", "۱٢٣", "1۲3"] {
        let text = format!("قتل {number} شخصاً في الهجوم.");
        assert_eq!(all(&run(Lang::Ar, &text)), [], "{text:?}");
    }
    assert_eq!(all(&run(Lang::En, "Police said 1٢3 people were killed.")), []);
}

#[test]
fn one_digit_system_per_number_reads_in_any_system() {
    for (number, value) in
        [("١٢٣", 123.0), ("۱۲۳", 123.0), ("123", 123.0), ("١٬٥٠٠", 1500.0), ("١,٥٠٠", 1500.0), ("1٬500", 1500.0), ("۱٬۵۰۰", 1500.0)]
    {
        let text = format!("قتل {number} شخصاً في الهجوم.");
        let r = run(Lang::Ar, &text);
        assert_eq!(graded(&r), [(Killed, value)], "{text:?}");
        assert_eq!(mentions(&r), [number]);
    }
    // Different numbers may use different systems.
    let r = run(Lang::Ar, "قتل ١٢ شخصاً وأصيب 30 آخرون.");
    assert_eq!(graded(&r), [(Killed, 12.0), (Injured, 30.0)]);
}

// Identifiers: URLs, email addresses, hashtags, handles.

#[test]
fn numbers_in_urls_are_not_graded() {
    for text in [
        "https://example.com/story/350-people-killed",
        "The link https://example.com/350 says people were killed.",
        "Read more at www.example.com/2024/killed/500 today.",
        "People were killed, see (example.org/killed/350).",
        "See https://x.com/a/2024/123456 about the killed.",
    ] {
        assert_eq!(graded(&run(Lang::En, text)), [], "{text:?}");
    }
    let r = run(Lang::En, "Visit example.com/500 to see 20 killed.");
    assert_eq!(graded(&r), [(Killed, 20.0)]);
    assert_eq!(all(&r), [(Killed, 20.0), (Other, 500.0)]);
    let r = run(Lang::Ar, "قتل 12 شخصاً بحسب الرابط https://example.com/ar/500 الذي نشر.");
    assert_eq!(graded(&r), [(Killed, 12.0)]);
    assert_eq!(graded(&run(Lang::Ar, "الرابط https://example.com/qutla/500 قتيل")), []);
}

#[test]
fn numbers_in_email_addresses_and_handles_are_not_graded() {
    let r = run(Lang::En, "500 people were killed, per @user_500.");
    assert_eq!(all(&r), [(Killed, 500.0), (Other, 500.0)]);
    assert_eq!(r.facts[0].mentions.len(), 1, "the handle is not a mention of the toll");
    for text in ["Police killed @500 of them.", "Write to 300@example.com: people were killed.", "Police said @user 300_killed."] {
        assert_eq!(graded(&run(Lang::En, text)), [], "{text:?}");
    }
    assert_eq!(graded(&run(Lang::Ar, "قتل @حساب_500 شخصاً.")), []);
}

#[test]
fn numbers_in_hashtags_are_not_graded() {
    for text in ["#100DaysOfCode: 100 people were killed.", "People killed #350 trended.", "The tag #350_killed trended."] {
        let r = run(Lang::En, text);
        assert!(r.facts.iter().all(|f| f.category == Other || f.mentions.iter().all(|m| !text[..m.start].ends_with('#'))), "{text:?}");
    }
    assert_eq!(graded(&run(Lang::En, "People killed #350 trended.")), []);
    assert_eq!(graded(&run(Lang::En, "#100DaysOfCode: 100 people were killed.")), [(Killed, 100.0)]);
    for text in ["قتل 12 شخصاً #عاجل_5 في الهجوم.", "وسم #قتلى_500 انتشر.", "وسم #500_قتيل انتشر."]
    {
        let r = run(Lang::Ar, text);
        assert!(graded(&r).iter().all(|&(_, v)| v == 12.0), "{text:?}: {:?}", graded(&r));
        assert!(all(&r).iter().any(|&(c, v)| c == Other && (v == 5.0 || v == 500.0)), "{text:?}");
    }
}

#[test]
fn words_of_urls_tags_and_addresses_count_nothing() {
    // A word in a link, a tag or an address is no trigger of the figures beside it…
    for text in [
        "Visit www.example.com/wounded where 12 children played.",
        "#killed 40 people attended the rally.",
        "Write to injured@example.com where 7 people work.",
        "See https://example.com/news/killed-in-attack for details, where 5 people attended.",
    ] {
        assert_eq!(graded(&run(Lang::En, text)), [], "{text:?}");
    }
    assert_eq!(graded(&run(Lang::Ar, "#قتلى 40 شخصا حضروا الحفل")), []);
    // …while the sentence's own words still are.
    assert_eq!(graded(&run(Lang::En, "Officials said 12 people were killed, https://example.com/killed")), [(Killed, 12.0)]);
    // Nor is it a source: the attribution names no one.
    let r = run(Lang::Ar, "قتل 30 شخصا في الهجوم بحسب https://example.com/ar");
    assert_eq!(graded(&r), [(Killed, 30.0)]);
    assert_eq!(r.facts[0].source, None);
    // …and a name before it does not end in its attribution word.
    let r = run(Lang::Ar, "وقال المصدر بحسب https://example.com/ar إن 30 شخصا قتلوا.");
    assert_eq!(graded(&r), [(Killed, 30.0)]);
    assert_eq!(r.facts[0].source.as_deref(), Some("المصدر"));
    // A tag still names the country whose dinars a story counts.
    let unit = |text: &str| run(Lang::Ar, text).facts.first().and_then(|f| f.unit);
    assert_eq!(unit("دفعت الحكومة 5 ملايين دينار"), Some("TND"));
    assert_eq!(unit("وسم #العراق: دفعت الحكومة 5 ملايين دينار"), Some("IQD"));
}

// Strings from the article.

#[test]
fn subject_and_source_carry_no_directional_controls() {
    let r = run(Lang::En, "According to the \u{202B}Interior\u{202C} Ministry, 26 \u{2067}protesters\u{2069} were killed.");
    let f = &r.facts[0];
    assert_eq!((f.category, f.value), (Killed, Some(26.0)));
    assert_eq!(f.subject.as_deref(), Some("protesters"));
    assert_eq!(f.source.as_deref(), Some("the Interior Ministry"));
    let r = run(Lang::Ar, "وأعلنت وزارة \u{202E}الداخلية\u{202C}، الجمعة. ووقع مقتل 26 محت\u{200F}جاً\u{202E} خلال التظاهرات.");
    // The override after the subject makes the figure `other`; its subject is then not given.
    assert_eq!(all(&r), [(Other, 26.0)]);
    let r = run(Lang::Ar, "وأعلنت وزارة \u{202B}الداخلية\u{202C} مقتل 26 محت\u{200F}جاً خلال التظاهرات.");
    let f = &r.facts[0];
    assert_eq!((f.category, f.value), (Killed, Some(26.0)));
    assert_eq!(f.subject.as_deref(), Some("محتجاً"));
    assert_eq!(f.source.as_deref(), Some("وزارة الداخلية"));
}

// Sweeps: a control inserted anywhere.

/// Seed sentences with graded figures of both languages.
const SEEDS: [(Lang, &str); 4] = [
    (Lang::En, "Police said 1,500 people were killed and 30 injured, according to the ministry."),
    (Lang::En, "At least 12 soldiers were killed and $2.5m was sent."),
    (Lang::Ar, "وأعلنت وزارة الداخلية مقتل ١٬٥٠٠ محتج وإصابة 30 آخرين."),
    (Lang::Ar, "قتل 26 شخصاً بينهم 5 أطفال، وارتفعت الأسعار 12 في المئة."),
];

/// `text` with `c` inserted at each char boundary.
fn insertions(text: &str, c: char) -> impl Iterator<Item = String> + '_ {
    text.char_indices().map(|(at, _)| at).chain([text.len()]).map(move |at| {
        let mut s = text[..at].to_string();
        s.push(c);
        s.push_str(&text[at..]);
        s
    })
}

fn figures(r: &Report) -> Vec<(Category, Option<u64>, Option<u64>)> {
    r.facts.iter().filter(|f| f.category != Other).map(|f| (f.category, f.value.map(f64::to_bits), f.value_max.map(f64::to_bits))).collect()
}

#[test]
fn an_ignorable_character_anywhere_changes_no_figure() {
    for (lang, seed) in SEEDS {
        let want = figures(&run(lang, seed));
        assert!(!want.is_empty());
        for c in INVISIBLE {
            for text in insertions(seed, c) {
                assert_eq!(figures(&run(lang, &text)), want, "{text:?}");
            }
        }
    }
}

#[test]
fn a_directional_control_anywhere_never_creates_or_changes_a_figure() {
    for (lang, seed) in SEEDS {
        let want = figures(&run(lang, seed));
        for c in FORMATTING.into_iter().chain(MARKS) {
            for text in insertions(seed, c) {
                let got = figures(&run(lang, &text));
                assert!(got.iter().all(|g| want.contains(g)), "{text:?}: {got:?} not within {want:?}");
            }
        }
    }
}

#[test]
fn a_control_inside_a_digit_run_hides_that_number() {
    // Inside "1,500" / "١٬٥٠٠" (between its characters), any formatting char or mark drops 1500.
    for (lang, seed, number) in [(Lang::En, SEEDS[0].1, "1,500"), (Lang::Ar, SEEDS[2].1, "١٬٥٠٠")] {
        let at = seed.find(number).unwrap();
        for c in FORMATTING.into_iter().chain(MARKS) {
            for (k, _) in number.char_indices().skip(1) {
                let text = format!("{}{c}{}", &seed[..at + k], &seed[at + k..]);
                let r = run(lang, &text);
                assert!(all(&r).iter().all(|&(_, v)| v != 1500.0 && v != 1.0 && v != 500.0), "{text:?}: {:?}", all(&r));
            }
        }
    }
}

#[test]
fn numbers_after_non_ascii_whitespace_are_read() {
    // The identifier check looks back to whitespace; a multi-byte space there once split a char.
    for space in ['\u{00A0}', '\u{2003}', '\u{3000}', '\u{202F}'] {
        let text = format!("Police said{space}12{space}people were killed.");
        assert_eq!(graded(&run(Lang::En, &text)), [(Killed, 12.0)], "{text:?}");
        let text = format!("قتل{space}١٢{space}شخصاً في الهجوم.");
        assert_eq!(graded(&run(Lang::Ar, &text)), [(Killed, 12.0)], "{text:?}");
    }
}

/// Random mixtures of controls, digits of three systems, marks, identifier
/// characters and words: no panic, and every invariant of `check`.
#[test]
fn random_controls_keep_every_invariant() {
    const PIECES: &[&str] = &[
        "1",
        "5",
        "0",
        "٢",
        "٥",
        "۳",
        ",",
        ".",
        "٬",
        "-",
        " ",
        "\u{00A0}",
        "\n",
        "\n\n",
        "\r",
        "\u{2029}",
        "#",
        "@",
        "_",
        "/",
        "https://",
        "x.com/",
        "killed",
        "people",
        "قتل",
        "شخصاً",
        "مقتل",
        "محتجاً",
        "بحسب",
        "according to",
        "the ministry",
        "%",
        "$",
        "\u{202A}",
        "\u{202B}",
        "\u{202C}",
        "\u{202D}",
        "\u{202E}",
        "\u{2066}",
        "\u{2067}",
        "\u{2068}",
        "\u{2069}",
        "\u{200E}",
        "\u{200F}",
        "\u{061C}",
        "\u{200B}",
        "\u{200D}",
        "\u{FEFF}",
        "\u{00AD}",
        "\u{064B}",
    ];
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = |n: usize| {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        (state.wrapping_mul(0x2545_F491_4F6C_DD1D) % n as u64) as usize
    };
    for _ in 0..3000 {
        let mut text = String::new();
        for _ in 0..next(60) {
            text.push_str(PIECES[next(PIECES.len())]);
            if next(3) == 0 {
                text.push(' ');
            }
        }
        for lang in [Lang::Ar, Lang::En] {
            let r = run(lang, &text);
            for f in &r.facts {
                for m in &f.mentions {
                    let digits: Vec<u8> = m
                        .text
                        .chars()
                        .filter(char::is_ascii_digit)
                        .map(|_| 1)
                        .chain(m.text.chars().filter(|c| ('٠'..='٩').contains(c)).map(|_| 2))
                        .chain(m.text.chars().filter(|c| ('۰'..='۹').contains(c)).map(|_| 4))
                        .collect();
                    let systems = digits.iter().fold(0u8, |s, d| s | d);
                    assert!(systems.count_ones() <= 1, "{text:?}: {:?} mixes digit systems", m.text);
                }
            }
        }
    }
}
