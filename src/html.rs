//! The fact box rendered on the server: the same markup the `<fact-box>`
//! element draws (`web::render`), as an HTML fragment whose figures show with
//! JavaScript off — in newsletters, for readers who block scripts, for search
//! engines — and take their final size at first paint.
//!
//! The box sits in a declarative shadow root (`<template shadowrootmode="open">`)
//! with the element's own stylesheet, so page CSS reaches it exactly as it
//! reaches the live box. Each figure's button carries its fact's index in the
//! report (`data-fact`): when the element's script runs and finds the same
//! figures with the same indices in the article, it adopts this markup (the
//! same nodes, only made interactive: `web::render::adopt`); otherwise (the
//! article changed since) it draws the box again.
//!
//! Article text (subjects, sources) is escaped for text and attribute
//! positions; nothing from the article is ever written as markup.
//!
//! Not in the browser's wasm: as a `render` there it cost 2.2 KB gzipped
//! (the stylesheet a second time, the writer), which the page budget lacks.
//! The `server` feature builds it into a wasm of its own for Node
//! (`factbox/server` in the npm package; `src/server.rs`).

use crate::model::{Category, Fact, Lang, Report};
use crate::{extract, Options};

/// The box's strings, shared with the browser layer (compiled here from its
/// file, since `web` is wasm only; the server uses only part of it).
#[path = "web/labels.rs"]
#[allow(dead_code)]
mod labels;

use labels::{Digits, Ui};

/// Which figures show and which leads each category, as in the browser.
#[path = "web/choose.rs"]
#[allow(dead_code)]
mod choose;

/// The element's stylesheet, the one `web::live` adopts into each box.
const BOX_CSS: &str = include_str!("web/box.css");

/// A `<fact-box>` element with the box for `text` already in its markup;
/// an empty `<fact-box></fact-box>` when the article has no graded figure
/// (the element then renders nothing, as in the browser).
pub fn render(text: &str, options: &Options) -> String {
    let report = extract(text, options);
    render_report(&report, Digits::of_text(text) == Digits::Arab)
}

/// The fragment for a report already extracted. `arabic_digits`: figures
/// written ٠١٢…, as the element's `digits="auto"` does for an article that
/// writes with them (`render` decides so).
pub fn render_report(report: &Report, arabic_digits: bool) -> String {
    let digits = if arabic_digits { Digits::Arab } else { Digits::Latn };
    let mut h = Html(String::with_capacity(BOX_CSS.len() + 2048));
    h.raw("<fact-box>");
    let chosen = choose::choose(report, &choose::Show::default());
    if !chosen.is_empty() {
        let ui = labels::ui(report.lang);
        h.raw("<template shadowrootmode=\"open\"><style>");
        h.raw(BOX_CSS);
        h.raw("</style>");
        let dir = if report.lang == Lang::Ar { "rtl" } else { "ltr" };
        let attrs = [("dir", dir), ("lang", report.lang.code()), ("data-theme", "auto"), ("aria-labelledby", "factbox-title")];
        h.open("section", "box", "box", &attrs);
        h.element("h2", "title", "title", &[("id", "factbox-title")], ui.title);
        if chosen.len() > 1 {
            h.open("div", "filters", "filters", &[("role", "group"), ("aria-label", ui.filters)]);
            for (c, _) in &chosen {
                let attrs = [("type", "button"), ("data-category", c.name()), ("aria-pressed", "false")];
                h.element("button", "", "filter", &attrs, ui.heading(*c));
            }
            h.raw("</div>");
        }
        for (c, facts) in &chosen {
            category(&mut h, report, ui, digits, *c, facts);
        }
        h.element("p", "note", "note", &[], ui.automatic);
        h.element("p", "status", "status", &[("aria-live", "polite"), ("aria-atomic", "true")], "");
        h.raw("</section></template>");
    }
    h.raw("</fact-box>");
    h.0
}

/// One category's group: the lead figure (and any rival) large, the rest
/// listed; `facts` are the category's facts, lead first (`choose`).
fn category(h: &mut Html, report: &Report, ui: &Ui, digits: Digits, c: Category, facts: &[usize]) {
    let heading_id = ["factbox-", c.name()].concat();
    h.open("div", "group", "category", &[("role", "group"), ("data-category", c.name()), ("aria-labelledby", &heading_id)]);
    h.element("h3", "", "category-name", &[("id", &heading_id)], ui.heading(c));
    let facts: Vec<(usize, &Fact)> = facts.iter().map(|&i| (i, &report.facts[i])).collect();
    let head = facts[0].1;
    h.open("div", "lead", "lead", &[]);
    for (n, &(i, f)) in facts.iter().enumerate() {
        if n == 0 {
            figure(h, ui, digits, i, f, "figure headline");
        } else if choose::rival(head, f) {
            figure(h, ui, digits, i, f, "figure rival");
        }
    }
    h.raw("</div>");
    let rest: Vec<(usize, &Fact)> = facts.iter().skip(1).filter(|(_, f)| !choose::rival(head, f)).copied().collect();
    if !rest.is_empty() {
        h.open("ul", "rest", "rest", &[]);
        for (i, f) in rest {
            h.raw("<li>");
            figure(h, ui, digits, i, f, "figure");
            h.raw("</li>");
        }
        h.raw("</ul>");
    }
    h.raw("</div>");
}

/// One figure's button: value (qualifier, number), subject, counted word,
/// source, a space apart (as `web::render` draws it); `data-fact`, the
/// fact's index in the report, lets the element adopt it.
fn figure(h: &mut Html, ui: &Ui, digits: Digits, index: usize, fact: &Fact, part: &str) {
    let index = index.to_string();
    let attrs = [("type", "button"), ("data-fact", index.as_str()), ("aria-label", &ui.accessible_name(fact, digits))];
    h.open("button", "figure", part, &attrs);
    h.open("span", "value", "value", &[]);
    let (before, number, after) = ui.figure_parts(fact, digits);
    for (class, text) in [("qualifier", before), ("number", number.as_str()), ("qualifier", after)] {
        if !text.is_empty() {
            h.element("span", class, class, &[], text);
        }
    }
    h.raw("</span>");
    for (class, text) in [("subject", fact.subject.as_deref().unwrap_or("")), ("counted", ui.counted(fact.category))] {
        if !text.is_empty() {
            h.raw(" ");
            h.element("span", class, class, &[], text);
        }
    }
    if let Some(source) = &fact.source {
        h.raw(" ");
        h.element("span", "source", "source", &[], &[ui.source, source].concat());
    }
    h.raw("</button>");
}

/// An HTML writer in which every text and attribute value is escaped; only
/// this module's own constant markup goes through `raw`.
struct Html(String);

impl Html {
    fn raw(&mut self, s: &str) {
        self.0.push_str(s);
    }

    /// `s` as text or a double-quoted attribute value: `& < > " '` as references.
    fn escaped(&mut self, s: &str) {
        for c in s.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                '\'' => self.0.push_str("&#39;"),
                c => self.0.push(c),
            }
        }
    }

    /// An opening tag with a class, a `part` (each left out when empty) and attributes.
    fn open(&mut self, tag: &str, class: &str, part: &str, attrs: &[(&str, &str)]) {
        self.raw("<");
        self.raw(tag);
        let named = [("class", class), ("part", part)];
        for &(name, value) in named.iter().filter(|(_, v)| !v.is_empty()).chain(attrs) {
            self.raw(" ");
            self.raw(name);
            self.raw("=\"");
            self.escaped(value);
            self.raw("\"");
        }
        self.raw(">");
    }

    /// An element holding only `text`.
    fn element(&mut self, tag: &str, class: &str, part: &str, attrs: &[(&str, &str)], text: &str) {
        self.open(tag, class, part, attrs);
        self.escaped(text);
        self.raw("</");
        self.raw(tag);
        self.raw(">");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_attribute_values() {
        let mut h = Html(String::new());
        h.element("span", "", "", &[("aria-label", "\"><script>x</script>")], "<b>&'</b>");
        assert_eq!(h.0, "<span aria-label=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">&lt;b&gt;&amp;&#39;&lt;/b&gt;</span>");
    }

    #[test]
    fn the_stylesheet_cannot_close_its_style_element() {
        assert!(!BOX_CSS.to_ascii_lowercase().contains("</style"));
    }
}
