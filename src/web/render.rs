//! The box as a reader sees it (DESIGN.md): graded figures grouped by
//! category in FACTS.md order, per category the headline figure large — with
//! any differing figure another source gives beside it — and the rest listed.
//! Every figure is a `<button>`. Article text (subjects, sources) only ever
//! enters the DOM as text, without directional controls (`screen`), and in
//! isolated runs (`box.css`), as does each figure.

use super::dom::{attr, el};
use super::labels::{Digits, Ui};
use crate::model::{Category, Fact, Report};
use web_sys::{Element, Node, ShadowRoot};

/// How to draw one report.
pub struct View<'a> {
    pub report: &'a Report,
    pub ui: &'static Ui,
    pub digits: Digits,
    /// `ltr` or `rtl`, the article's direction.
    pub dir: &'a str,
    /// `auto`, `light` or `dark`.
    pub theme: &'a str,
    /// Categories whose filter button is pressed (bit `Category as u16`);
    /// none pressed shows every category.
    pub filters: u16,
}

/// The elements the live box needs after drawing.
#[derive(Default)]
pub struct Drawn {
    /// Each figure's button with its fact's index in the report.
    pub figures: Vec<(usize, Element)>,
    /// Each filter button with its category.
    pub filters: Vec<(Category, Element)>,
    /// Each category's group, shown or hidden by the filters.
    pub groups: Vec<(Category, Element)>,
    /// The `aria-live` region.
    pub status: Option<Element>,
}

/// Whether the box has anything to show.
pub fn has_figures(report: &Report) -> bool {
    report.facts.iter().any(|f| f.category != Category::Other)
}

/// Replaces the content of `root` with the box for `view`; with no graded
/// figure, leaves `root` empty (the element renders nothing).
pub fn draw(root: &ShadowRoot, view: &View) -> Drawn {
    let mut drawn = Drawn::default();
    root.set_text_content(None);
    if !has_figures(view.report) {
        return drawn;
    }
    let ui = view.ui;
    let section = el(root, "section", "box", "box", "");
    attr(&section, "dir", Some(view.dir));
    attr(&section, "lang", Some(view.report.lang.code()));
    attr(&section, "data-theme", Some(view.theme));
    attr(&section, "aria-labelledby", Some("factbox-title"));
    el(&section, "h2", "title", "title", ui.title).set_id("factbox-title");

    let present: Vec<Category> =
        Category::GRADED.into_iter().filter(|c| view.report.facts.iter().any(|f| f.category == *c)).collect();
    if present.len() > 1 {
        let bar = el(&section, "div", "filters", "filters", "");
        attr(&bar, "role", Some("group"));
        attr(&bar, "aria-label", Some(ui.filters));
        for &c in &present {
            let b = el(&bar, "button", "", "filter", ui.heading(c));
            attr(&b, "type", Some("button"));
            attr(&b, "data-category", Some(c.name()));
            attr(&b, "aria-pressed", Some(pressed(view.filters, c)));
            drawn.filters.push((c, b));
        }
    }
    for &c in &present {
        let group = draw_category(&section, view, c, &mut drawn.figures);
        attr(&group, "hidden", if shown(view.filters, c) { None } else { Some("") });
        drawn.groups.push((c, group));
    }
    let status = el(&section, "p", "status", "status", "");
    attr(&status, "aria-live", Some("polite"));
    attr(&status, "aria-atomic", Some("true"));
    drawn.status = Some(status);
    drawn
}

/// The filter bit of a category.
pub fn bit(c: Category) -> u16 {
    1 << (c as u16)
}

/// Whether category `c` shows under `filters`.
pub fn shown(filters: u16, c: Category) -> bool {
    filters == 0 || filters & bit(c) != 0
}

/// `aria-pressed` of category `c`'s filter button.
pub fn pressed(filters: u16, c: Category) -> &'static str {
    if filters & bit(c) != 0 {
        "true"
    } else {
        "false"
    }
}

fn draw_category(parent: &Node, view: &View, c: Category, figures: &mut Vec<(usize, Element)>) -> Element {
    let group = el(parent, "div", "group", "category", "");
    attr(&group, "role", Some("group"));
    attr(&group, "data-category", Some(c.name()));
    let mut heading_id = String::from("factbox-");
    heading_id.push_str(c.name());
    attr(&group, "aria-labelledby", Some(&heading_id));
    el(&group, "h3", "", "category-name", view.ui.heading(c)).set_id(&heading_id);

    let facts: Vec<(usize, &Fact)> = view.report.facts.iter().enumerate().filter(|(_, f)| f.category == c).collect();
    let head = facts.iter().find(|(_, f)| f.headline).or(facts.first()).copied();
    let lead = el(&group, "div", "lead", "lead", "");
    let mut rest: Option<Element> = None;
    for &(i, f) in &facts {
        let is_head = head.is_some_and(|(h, _)| h == i);
        let button = if is_head {
            draw_figure(&lead, view, f, "figure headline")
        } else if head.is_some_and(|(_, h)| rival(h, f)) {
            draw_figure(&lead, view, f, "figure rival")
        } else {
            let list = rest.get_or_insert_with(|| el(&group, "ul", "rest", "rest", ""));
            draw_figure(&el(list, "li", "", "", ""), view, f, "figure")
        };
        figures.push((i, button));
    }
    group
}

fn draw_figure(parent: &Node, view: &View, fact: &Fact, part: &str) -> Element {
    let button = el(parent, "button", "figure", part, "");
    attr(&button, "type", Some("button"));
    attr(&button, "aria-label", Some(&view.ui.accessible_name(fact, view.digits)));
    let value = el(&button, "span", "value", "value", "");
    let (before, number, after) = view.ui.figure_parts(fact, view.digits);
    for (class, text) in [("qualifier", before), ("number", &number), ("qualifier", after)] {
        if !text.is_empty() {
            el(&value, "span", class, class, text);
        }
    }
    if let Some(subject) = &fact.subject {
        el(&button, "span", "subject", "subject", subject);
    }
    if let Some(source) = &fact.source {
        let mut text = String::from(view.ui.source);
        text.push_str(source);
        el(&button, "span", "source", "source", &text);
    }
    button
}

/// Whether `f` is another source's differing figure for what `head` counts,
/// shown beside the headline rather than below it: same category (the
/// caller's), both name a source, the sources differ, and the subjects (where
/// both have one) share a word ("LIBYANS", "Libyan soldiers"), so that a
/// count of someone else stays in the list.
pub fn rival(head: &Fact, f: &Fact) -> bool {
    let (Some(a), Some(b)) = (&head.source, &f.source) else { return false };
    if a.eq_ignore_ascii_case(b) {
        return false;
    }
    match (&head.subject, &f.subject) {
        (Some(s), Some(t)) => share_word(s, t),
        _ => true,
    }
}

/// Whether two phrases share a word of four letters or more, compared by its
/// first four letters, ASCII case folded (Arabic has no case).
fn share_word(a: &str, b: &str) -> bool {
    fn stems(s: &str) -> impl Iterator<Item = &str> {
        s.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().count() >= 4).map(|w| {
            let end = w.char_indices().nth(4).map_or(w.len(), |(at, _)| at);
            &w[..end]
        })
    }
    stems(a).any(|x| stems(b).any(|y| x.eq_ignore_ascii_case(y)))
}
