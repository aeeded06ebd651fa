//! The box as a reader sees it (DESIGN.md): graded figures grouped by
//! category in FACTS.md order, per category the headline figure large — with
//! any differing figure another source gives beside it — and the rest listed.
//! Every figure is a `<button>`. Article text (subjects, sources) only ever
//! enters the DOM as text, without directional controls (`screen`), and in
//! isolated runs (`box.css`), as does each figure.

use super::choose::{choose, rival, Show};
use super::dom::{attr, el};
use super::labels::{Digits, Ui};
use crate::model::{Category, Fact, Report};
use wasm_bindgen::JsCast;
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
    /// The article, whose font and background the box follows.
    pub article: &'a Element,
    /// Categories whose filter button is pressed (bit `Category as u16`);
    /// none pressed shows every category.
    pub filters: u16,
    pub show: &'a Show,
    /// Whether the box is drawn compact (a one-line summary first), and
    /// whether the reader has expanded it.
    pub compact: bool,
    pub expanded: bool,
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
    /// The compact box's summary button (`aria-expanded`) and what it opens.
    pub summary: Option<(Element, Element)>,
}

const HEADINGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];

/// Whether the box has anything to show.
pub fn has_figures(report: &Report) -> bool {
    report.facts.iter().any(|f| f.category != Category::Other)
}

/// Replaces the content of `root` with the box for `view`; with no graded
/// figure, leaves `root` empty (the element renders nothing). `status`, the
/// live region of an earlier drawing, stays as it is: a region that is
/// there before its text changes is announced reliably, a new one may not be.
pub fn draw(root: &ShadowRoot, view: &View, status: Option<Element>) -> Drawn {
    let mut drawn = Drawn { status, ..Drawn::default() };
    // An adopted server box holds its live region inside the box: it moves
    // out, to stay while the box is replaced.
    if let Some(s) = drawn.status.as_ref().filter(|s| s.parent_node().is_some_and(|p| !p.is_same_node(Some(root)))) {
        let _ = root.append_child(s);
    }
    while let Some(child) = root.first_child() {
        if drawn.status.as_ref().is_some_and(|s| s.is_same_node(Some(&child))) {
            break;
        }
        let _ = root.remove_child(&child);
    }
    let chosen = choose(view.report, view.show);
    if chosen.is_empty() {
        return drawn;
    }
    let ui = view.ui;
    let section = el(root, "section", "box", "box", "");
    let status = match &drawn.status {
        Some(s) => {
            let _ = root.insert_before(&section, Some(s));
            s.clone()
        }
        None => {
            let s = el(root, "p", "status", "status", "");
            attr(&s, "aria-live", Some("polite"));
            attr(&s, "aria-atomic", Some("true"));
            drawn.status = Some(s.clone());
            s
        }
    };
    attr(&status, "dir", Some(view.dir));
    attr(&status, "lang", Some(view.report.lang.code()));
    attr(&section, "dir", Some(view.dir));
    attr(&section, "lang", Some(view.report.lang.code()));
    super::dom::look(&section, view.article, view.theme);
    attr(&section, "aria-labelledby", Some("factbox-title"));
    let level = view.show.level.clamp(1, 6);
    let title = view.show.heading.as_deref().filter(|h| !h.trim().is_empty()).unwrap_or(ui.title);
    el(&section, HEADINGS[level - 1], "title", "title", title).set_id("factbox-title");

    let mut body: Node = section.clone().into();
    if view.compact {
        let mut line = String::new();
        for (_, facts) in &chosen {
            if !line.is_empty() {
                line.push_str(" · ");
            }
            line.push_str(&ui.short(&view.report.facts[facts[0]], view.digits));
        }
        let button = el(&section, "button", "summary", "summary", &line);
        attr(&button, "type", Some("button"));
        attr(&button, "aria-expanded", Some(if view.expanded { "true" } else { "false" }));
        attr(&button, "aria-controls", Some("factbox-body"));
        let inner = el(&section, "div", "body", "body", "");
        inner.set_id("factbox-body");
        attr(&inner, "hidden", if view.expanded { None } else { Some("") });
        drawn.summary = Some((button, inner.clone()));
        body = inner.into();
    }

    if chosen.len() > 1 {
        let bar = el(&body, "div", "filters", "filters", "");
        attr(&bar, "role", Some("group"));
        attr(&bar, "aria-label", Some(ui.filters));
        for (c, _) in &chosen {
            let b = el(&bar, "button", "", "filter", ui.heading(*c));
            attr(&b, "type", Some("button"));
            attr(&b, "data-category", Some(c.name()));
            attr(&b, "aria-pressed", Some(pressed(view.filters, *c)));
            drawn.filters.push((*c, b));
        }
    }
    let sub = HEADINGS[level.min(5)];
    for (c, facts) in &chosen {
        let group = draw_category(&body, view, *c, sub, facts, &mut drawn.figures);
        attr(&group, "hidden", if shown(view.filters, *c) { None } else { Some("") });
        drawn.groups.push((*c, group));
    }
    super::dom::note(&section, ui.automatic, view.show.about.as_deref().unwrap_or(""));
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

fn draw_category(parent: &Node, view: &View, c: Category, heading: &str, facts: &[usize], figures: &mut Vec<(usize, Element)>) -> Element {
    let group = el(parent, "div", "group", "category", "");
    attr(&group, "role", Some("group"));
    attr(&group, "data-category", Some(c.name()));
    let mut heading_id = String::from("factbox-");
    heading_id.push_str(c.name());
    attr(&group, "aria-labelledby", Some(&heading_id));
    el(&group, heading, "", "category-name", view.ui.heading(c)).set_id(&heading_id);

    let lead = el(&group, "div", "lead", "lead", "");
    let mut rest: Option<Element> = None;
    let head = &view.report.facts[facts[0]];
    for (n, &i) in facts.iter().enumerate() {
        let f = &view.report.facts[i];
        let button = if n == 0 {
            draw_figure(&lead, view, f, "figure headline")
        } else if rival(head, f) {
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
    // The parts are words apart (a space between them, not only CSS), so
    // read one after the other — as an accessibility checker reads the
    // visible text — they are the accessible name.
    let ui = view.ui;
    let counted = ui.counted(fact.category);
    for (class, text) in [("subject", fact.subject.as_deref().unwrap_or("")), ("counted", counted)] {
        if !text.is_empty() {
            let _ = button.append_with_str_1(" ");
            el(&button, "span", class, class, text);
        }
    }
    if let Some(source) = &fact.source {
        let _ = button.append_with_str_1(" ");
        // Pushed, not `concat`: its generic join weighed 1 KB of the wasm.
        let mut text = String::from(ui.source);
        text.push_str(source);
        el(&button, "span", "source", "source", &text);
    }
    button
}

/// Whether `root` holds a box the server rendered (before the first drawing).
pub fn rendered(root: &ShadowRoot) -> bool {
    root.query_selector("section[part=box]").ok().flatten().is_some()
}

/// Takes over a box the server rendered into `root` (`factbox render`, a
/// declarative shadow root) instead of drawing it again: when it shows
/// exactly the figures `draw` would for `view` — each button's `data-fact`
/// and accessible name those of a chosen fact, in the server's order, in the same direction and
/// language, with the default heading, link and layout — it returns its
/// elements, the same nodes, for the live box to wire; otherwise `None`
/// (the article changed since it was rendered, or the element's options
/// differ), and the caller draws.
pub fn adopt(root: &ShadowRoot, view: &View) -> Option<Drawn> {
    let show = view.show;
    if view.compact || view.filters != 0 || show.heading.is_some() || show.about.is_some() || show.level != 2 {
        return None;
    }
    let section = root.query_selector("section[part=box]").ok()??;
    if section.get_attribute("dir").as_deref() != Some(view.dir)
        || section.get_attribute("lang").as_deref() != Some(view.report.lang.code())
    {
        return None;
    }
    let chosen = choose(view.report, show);
    // The figures in the order the server writes them: per category the
    // headline, its rivals, then the rest (no sort: sorting cost the wasm 0.5 KB more).
    let mut want = Vec::new();
    for (_, facts) in &chosen {
        let head = &view.report.facts[facts[0]];
        want.push(facts[0]);
        for lead in [true, false] {
            want.extend(facts[1..].iter().filter(|&&i| rival(head, &view.report.facts[i]) == lead));
        }
    }
    let mut drawn = Drawn::default();
    let buttons = root.query_selector_all("button[part~=figure]").ok()?;
    if want.is_empty() || buttons.length() as usize != want.len() {
        return None;
    }
    for (k, i) in want.into_iter().enumerate() {
        let b: Element = buttons.item(k as u32)?.unchecked_into();
        // The engine's f64 parser (`numbers::decimal`); an integer one would add to the wasm.
        let named = crate::numbers::decimal::parse(&b.get_attribute("data-fact")?)?;
        if named != i as f64 || b.get_attribute("aria-label")? != view.ui.accessible_name(&view.report.facts[i], view.digits) {
            return None;
        }
        drawn.figures.push((i, b));
    }
    // The filters and groups: one per category, in the same order (the figures matched, so the categories do).
    let filters = root.query_selector_all("button[part=filter]").ok()?;
    let groups = root.query_selector_all("div[part=category]").ok()?;
    if groups.length() as usize != chosen.len() || (chosen.len() > 1 && filters.length() as usize != chosen.len()) {
        return None;
    }
    for (k, (c, _)) in chosen.iter().enumerate() {
        if let Some(f) = filters.item(k as u32) {
            drawn.filters.push((*c, f.unchecked_into()));
        }
        drawn.groups.push((*c, groups.item(k as u32)?.unchecked_into()));
    }
    drawn.status = root.query_selector("[part=status]").ok()?;
    drawn.status.as_ref()?;
    super::dom::look(&section, view.article, view.theme);
    Some(drawn)
}
