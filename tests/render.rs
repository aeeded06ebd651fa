//! Server rendering (`factbox::render`, `factbox render`): the box's markup
//! for pages without JavaScript. What matters most: article text never
//! becomes markup, whatever it holds. (tests/e2e/render.mjs shows the
//! fragments in Chromium with JavaScript off.)

use factbox::{extract, html::render_report, render, Category, Options};
use std::path::Path;
use std::process::Command;

const SEED: &str = "tests/corpus/ar/000.txt";

/// The only elements the fragment may hold.
const TAGS: &[&str] = &["fact-box", "template", "style", "section", "h2", "h3", "div", "button", "span", "ul", "li", "p"];

/// Checks that `html` is well nested, uses only `TAGS`, and that no attribute
/// value or text holds a raw `<`, `>` or `"` (everything from the article is
/// escaped). Returns the opening tags' names in order.
fn well_formed(html: &str) -> Vec<String> {
    let style_end = html.find("</style>").map_or(0, |i| i + "</style>".len());
    let style_start = html.find("<style>").map_or(0, |i| i + "<style>".len());
    // The stylesheet is the crate's own constant; skip its text.
    let html = format!("{}{}", &html[..style_start], &html[style_end.max(style_start)..]).replacen("<style>", "<style></style>", 1);
    let (mut stack, mut opened) = (Vec::new(), Vec::new());
    let mut rest = html.as_str();
    while let Some(lt) = rest.find('<') {
        assert!(!rest[..lt].contains('>'), "a raw '>' in text: {}", &rest[..lt]);
        let gt = rest[lt..].find('>').expect("an unclosed tag") + lt;
        let tag = &rest[lt + 1..gt];
        assert!(!tag.contains('<'), "a '<' inside a tag: {tag}");
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(stack.pop().as_deref(), Some(name), "misnested </{name}>");
        } else {
            let name = tag.split(' ').next().unwrap();
            assert!(TAGS.contains(&name), "unexpected element <{name}>");
            // Attribute values are double-quoted and hold no quote of their own.
            assert_eq!(tag.matches('"').count() % 2, 0, "{tag}");
            stack.push(name.to_string());
            opened.push(name.to_string());
        }
        rest = &rest[gt + 1..];
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
    opened
}

#[test]
fn the_seed_box_has_its_figures_in_its_markup() {
    let html = render(&std::fs::read_to_string(SEED).unwrap(), &Options::default());
    assert!(html.starts_with("<fact-box><template shadowrootmode=\"open\"><style>"), "{html}");
    assert!(html.ends_with("</section></template></fact-box>"));
    assert!(html.contains("aria-label=\"26 محتجاً، بحسب وزارة الداخلية، القتلى\""));
    assert!(html.contains("<span class=\"number\" part=\"number\">26</span>"));
    assert!(html.contains("<span class=\"number\" part=\"number\">200</span>"));
    assert!(html.contains("<section class=\"box\" part=\"box\" dir=\"rtl\" lang=\"ar\""));
    well_formed(&html);
}

#[test]
fn hostile_subjects_and_sources_stay_text() {
    let mut report = extract("At least 12 people were killed, according to O'Brien.", &Options::default());
    let fact = report.facts.iter_mut().find(|f| f.category == Category::Killed).unwrap();
    fact.subject = Some("\"><script>alert(1)</script><img src=x onerror=alert(2)>".into());
    fact.source = Some("</template></fact-box><b>&amp;'\u{202E}".into());
    let html = render_report(&report, false);
    let tags = well_formed(&html);
    assert_eq!(tags.iter().filter(|t| *t == "template").count(), 1);
    assert!(!html.contains("<script") && !html.contains("<img") && !html.contains("<b>"));
    assert!(html.contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"));
    assert!(html.contains("&lt;/template&gt;&lt;/fact-box&gt;&lt;b&gt;&amp;amp;&#39;"));
}

#[test]
fn an_apostrophe_in_a_source_is_escaped_in_attribute_and_text() {
    let html = render("At least 12 people were killed, according to O'Brien.", &Options::default());
    assert!(html.contains("O&#39;Brien"), "{html}");
    assert!(!html.contains("O'Brien"));
}

#[test]
fn every_corpus_article_renders_well_formed_with_one_button_per_graded_figure_naming_its_fact() {
    for lang in ["ar", "en"] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus").join(lang);
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|x| x != "txt") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let report = extract(&text, &Options::default());
            let graded: Vec<usize> = (0..report.facts.len()).filter(|&i| report.facts[i].category != Category::Other).collect();
            let html = render(&text, &Options::default());
            well_formed(&html);
            assert_eq!(html.matches("part=\"figure").count(), graded.len(), "{}", path.display());
            // Each button names its fact for the element to adopt (`data-fact`), each graded fact once.
            let mut named: Vec<usize> = html.split("data-fact=\"").skip(1).map(|s| s[..s.find('"').unwrap()].parse().unwrap()).collect();
            named.sort_unstable();
            assert_eq!(named, graded, "{}", path.display());
        }
    }
}

#[test]
fn no_graded_figure_renders_an_empty_element() {
    assert_eq!(render("It happened in 1992, on page 3.", &Options::default()), "<fact-box></fact-box>");
}

#[test]
fn arabic_digits_follow_the_article() {
    let html = render("أعلنت الوزارة مقتل ٢٦ محتجاً.", &Options::default());
    assert!(html.contains("part=\"number\">٢٦</span>"), "{html}");
}

fn cli(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_factbox")).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().unwrap()
}

#[test]
fn cli_render_prints_the_fragment() {
    let out = cli(&["render", SEED]);
    assert_eq!(out.status.code(), Some(0));
    let expected = render(&std::fs::read_to_string(SEED).unwrap(), &Options::default()) + "\n";
    assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
}

#[test]
fn cli_render_takes_lang_and_standard_input() {
    let empty = cli(&["render", "--lang", "en", "-"]);
    assert_eq!((empty.status.code(), empty.stdout.as_slice()), (Some(0), &b"<fact-box></fact-box>\n"[..]));
    let en = cli(&["render", "--lang", "en", SEED]);
    let html = String::from_utf8(en.stdout).unwrap();
    assert!(html.starts_with("<fact-box>") && !html.contains("lang=\"ar\""), "{html}");
}

#[test]
fn cli_render_takes_one_file() {
    assert_eq!(cli(&["render", SEED, SEED]).status.code(), Some(1));
    assert_eq!(cli(&["render"]).status.code(), Some(1));
    assert_eq!(cli(&["render", "--format", "text", SEED]).status.code(), Some(1));
    assert_eq!(cli(&["render", "tests/no-such-file.txt"]).status.code(), Some(2));
}
