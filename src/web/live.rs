//! A box mounted for one article: its state, its events, and the
//! MutationObserver that re-reads the article when a live blog adds to it.
//!
//! Callbacks hold only a `Weak` reference, so dropping the box's last `Rc`
//! (on `unmount`) frees it. Borrows of the state are always released before
//! an event is dispatched: a page listener may call back into the box.

use super::article::{ArticleText, Reader};
use super::dom;
use super::highlight::{self, Shown};
use super::labels::{self, DigitTally, Digits};
use super::render::{self, Drawn, View};
use crate::model::{Category, Lang, Report};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent, MutationObserver, MutationObserverInit, ShadowRoot};

/// How long the article must stay still before it is read again (ms): a live
/// blog inserting a paragraph node by node is read once.
const DEBOUNCE_MS: i32 = 250;

/// The box's stylesheet, adopted into each box's shadow root (a constructable
/// stylesheet, which a strict CSP allows; one for all boxes of the page).
const BOX_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/box.css"));

/// The options of `mount` (FACTS.md names; see `www/fact-box.d.ts`).
pub struct Settings {
    /// `None`: the article's `lang` attribute, else its script.
    pub lang: Option<Lang>,
    /// `auto`, `light` or `dark`.
    pub theme: &'static str,
    /// `None`: the digits the article writes with.
    pub digits: Option<Digits>,
    /// The editor's choices: categories, max, heading, about link, compact.
    pub show: super::choose::Show,
    /// The box's width (CSS px) as the element observed it; 0 when unknown.
    pub box_width: f64,
}

impl Settings {
    /// Reads `{lang, theme, digits}`; unknown values mean `auto`.
    pub fn from_js(options: &JsValue) -> Settings {
        let lang = dom::option(options, "lang").and_then(|l| Lang::from_tag(&l));
        let theme = match dom::option(options, "theme").as_deref() {
            Some("light") => "light",
            Some("dark") => "dark",
            _ => "auto",
        };
        let digits = match dom::option(options, "digits").as_deref() {
            Some("latn") => Some(Digits::Latn),
            Some("arab") => Some(Digits::Arab),
            _ => None,
        };
        let text = |key: &str| dom::option(options, key).filter(|v| !v.trim().is_empty());
        // Read as f64, by the engine's parser (`numbers::decimal`): an integer parser would add to the wasm.
        let number = |key: &str| text(key).and_then(|v| crate::numbers::decimal::parse(v.trim())).filter(|n| *n >= 0.0).map(|n| n as usize);
        let show = super::choose::Show {
            categories: text("categories").map(|v| v.split_whitespace().filter_map(Category::from_name).collect()).unwrap_or_default(),
            max: number("max").unwrap_or(usize::MAX),
            heading: text("heading"),
            level: number("headingLevel").filter(|l| (1..=6).contains(l)).unwrap_or(2),
            about: text("aboutHref"),
            compact: match text("compact").as_deref() {
                Some("on") => Some(true),
                Some("off") => Some(false),
                _ => None,
            },
        };
        let box_width = js_sys::Reflect::get(options, &JsValue::from_str("boxWidth")).ok().and_then(|w| w.as_f64());
        Settings { lang, theme, digits, show, box_width: box_width.unwrap_or(0.0) }
    }
}

/// How long one `step` of a chunked mount goes on working (ms). It stops
/// after the unit of work that passes this (a DOM node, a piece, one fact
/// to JS), and whenever one job ends and the next begins (`Job`).
const BUDGET: f64 = 30.0;

/// The biggest piece of text (bytes) extracted as one unit by a chunked
/// mount: the engine's own piece (`text::PIECE`, 64 KB: 13-50 ms in wasm),
/// cut at the same places, so each piece reads exactly as inside one
/// `extract` call — an ambiguous currency ("rupees", "dinars") is resolved
/// by the countries its piece names.
const PIECE: usize = crate::text::PIECE;

/// Extraction of a long article piece by piece, each piece whole paragraphs.
pub struct Pieces {
    lang: Lang,
    /// Byte and UTF-16 offsets in the text where the next piece starts.
    byte: usize,
    unit: usize,
    facts: Vec<crate::model::Fact>,
    /// The digits of the text read so far.
    pub digits: DigitTally,
}

impl Pieces {
    pub fn new(lang: Lang) -> Pieces {
        Pieces { lang, byte: 0, unit: 0, facts: Vec::new(), digits: DigitTally::default() }
    }

    /// Extracts the next piece of `text`: up to `PIECE` bytes, whole lines
    /// (`text::piece_len`). Returns the report once the text is done.
    pub fn step(&mut self, text: &str) -> Option<Report> {
        let end = crate::text::piece_len(&text[self.byte..], PIECE);
        let piece = &text[self.byte..self.byte + end];
        let mut report = crate::extract(piece, &crate::Options { lang: Some(self.lang) });
        super::utf16::report_to_utf16(&mut report, piece);
        report.facts.iter_mut().flat_map(|f| &mut f.mentions).for_each(|m| m.shift(self.unit));
        self.facts.append(&mut report.facts);
        let next = self.byte + end;
        self.unit += text[self.byte..next].encode_utf16().count();
        self.digits.add(&text[self.byte..next]);
        self.byte = next;
        if self.byte < text.len() {
            return None;
        }
        // The same figure in several pieces is merged as the engine merges it
        // within one (which leaves a one-piece report as it is).
        Some(Report { lang: self.lang, facts: crate::facts::report::build(std::mem::take(&mut self.facts)) })
    }
}

/// What a mount still has to do before it draws the box, in order; `step`
/// does it a unit at a time.
enum Job {
    /// Reading the article's DOM.
    Read(Reader),
    /// Loading the language's tables (once a page).
    Tables(Lang),
    /// Extracting a sentence of the language (`LangData::warm`), whose report is
    /// dropped: the engine compiles the wasm's functions as they first run,
    /// and the first extract of an article paid for that in the same task.
    Warm(Lang),
    /// Extracting, piece by piece.
    Extract(Pieces),
    /// Converting the report to JS, fact by fact (69k mentions of a 10 MB
    /// article: 0.2 s): the object so far and how many facts it has.
    Convert(Report, JsValue, usize),
    /// Drawing the box for the report and its JS form; whether this is the
    /// mount (no report given yet) rather than a refresh.
    Draw(Report, JsValue, bool),
}

struct State {
    read: ArticleText,
    /// Until the box is drawn: what is left to do.
    job: Option<Job>,
    /// The language whose tables the mount waits for (`LiveBox::wants`).
    wants: Option<Lang>,
    /// The figures of `read.text`, offsets in UTF-16 code units.
    report: Report,
    /// `report` as plain JS objects, for the JS API and events.
    report_js: JsValue,
    digits: Digits,
    filters: u16,
    /// Whether the box is compact, decided at its first drawing (a redraw
    /// keeps it), and whether the reader expanded it.
    compact: Option<bool>,
    expanded: bool,
    /// The selected fact and which of its mentions was shown last.
    selected: Option<(usize, usize)>,
    /// The sentence of the mention shown last.
    sentence: Option<web_sys::Range>,
    shown: Option<Shown>,
    drawn: Drawn,
    timer: Option<i32>,
}

/// Event listeners and the observer, kept alive while the box is mounted.
struct Wiring {
    on_event: js_sys::Function,
    _event: Closure<dyn FnMut(Event)>,
    observer: MutationObserver,
    _mutation: Closure<dyn FnMut(JsValue)>,
    on_timer: js_sys::Function,
    _timer: Closure<dyn FnMut()>,
}

pub struct LiveBox {
    host: Element,
    article: Element,
    shadow: ShadowRoot,
    settings: Settings,
    state: RefCell<State>,
    wiring: RefCell<Option<Wiring>>,
}

/// The language to read `article` in: the option, else its `lang` attribute.
fn article_lang(settings: &Settings, article: &Element) -> Option<Lang> {
    settings.lang.or_else(|| dom::inherited_attribute(article, "lang").and_then(|l| Lang::from_tag(&l)))
}

/// The error of an extract in a language whose tables were not installed:
/// an `Error` that names the file to give, where a lookup in no tables would
/// only find nothing. Put together without `format!`, whose machinery
/// (`core::fmt`) would be in the wasm for this message alone (1.5 KB).
pub fn missing(lang: Lang) -> JsValue {
    let code = lang.code();
    let message = ["factbox: no tables for \"", code, "\": give the module factbox-", code, ".bin (initSync's languages, or language())"];
    js_sys::Error::new(&message.concat()).into()
}

/// What the core finds in `text`, with UTF-16 offsets.
pub fn extract_utf16(text: &str, lang: Option<Lang>) -> Report {
    let mut report = crate::extract(text, &crate::Options { lang });
    super::utf16::report_to_utf16(&mut report, text);
    report
}

/// Mounts a box for `article` into `host`'s (open) shadow root. With the
/// option `chunked: true` it does nothing more: the caller then calls `step`
/// (about `BUDGET` ms of work each) until it returns true, yielding to the
/// page in between; otherwise it steps to the end at once.
pub fn mount(host: &Element, article: &Element, options: &JsValue) -> Result<Rc<LiveBox>, JsValue> {
    let shadow = match host.shadow_root() {
        Some(root) => root,
        None => host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))?,
    };
    dom::adopt(&shadow, BOX_CSS)?;

    let live = Rc::new(LiveBox {
        host: host.clone(),
        article: article.clone(),
        shadow,
        settings: Settings::from_js(options),
        state: RefCell::new(State {
            read: ArticleText::default(),
            job: Some(Job::Read(Reader::new(article, Some(host)))),
            wants: None,
            report: Report { lang: Lang::En, facts: Vec::new() },
            report_js: JsValue::NULL,
            digits: Digits::Latn,
            filters: 0,
            compact: None,
            expanded: false,
            selected: None,
            sentence: None,
            shown: None,
            drawn: Drawn::default(),
            timer: None,
        }),
        wiring: RefCell::new(None),
    });
    let chunked = js_sys::Reflect::get(options, &JsValue::from_str("chunked")).is_ok_and(|v| v.is_truthy());
    // Observing from the start: a change made while a long article is still
    // being read is read again once the box is drawn.
    let mut done = live.wire().map(|()| chunked);
    while let Ok(false) = done {
        done = live.step();
        if let (Ok(false), Some(lang)) = (&done, live.wants().filter(|_| !chunked)) {
            done = Err(missing(lang));
        }
    }
    // Half a box is worse than none: on any error, take back what was done.
    if let Err(e) = done {
        live.unmount();
        return Err(e);
    }
    Ok(live)
}

impl LiveBox {
    /// Does about `BUDGET` ms of a mount's work; once it is all done draws
    /// the box and fires `factbox:ready`. True when done.
    pub fn step(&self) -> Result<bool, JsValue> {
        let deadline = js_sys::Date::now() + BUDGET;
        let more = || js_sys::Date::now() < deadline;
        // Each change of job ends the step: on a phone the first extract
        // (its code compiled as it first runs), the conversion and the
        // drawing each take tens of ms, and one task for all of them is a
        // long task for the page.
        let mount = loop {
            let mut st = self.state.borrow_mut();
            let st = &mut *st;
            match &mut st.job {
                None => return Ok(true),
                Some(Job::Read(reader)) => {
                    if !reader.run(&more) {
                        return Ok(false);
                    }
                    st.read = std::mem::take(&mut reader.out);
                    let lang = article_lang(&self.settings, &self.article).unwrap_or_else(|| crate::detect_lang(&st.read.text));
                    st.job = Some(Job::Tables(lang));
                    return Ok(false);
                }
                Some(Job::Tables(lang)) => {
                    let lang = *lang;
                    // The browser's wasm carries no tables: the element
                    // installs them (`language`) and steps again.
                    st.wants = Some(lang).filter(|&l| !crate::lang::LangData::loaded(l));
                    if st.wants.is_some() {
                        return Ok(false);
                    }
                    crate::lang::LangData::get(lang);
                    st.job = Some(Job::Warm(lang));
                    return Ok(false);
                }
                Some(Job::Warm(lang)) => {
                    let lang = *lang;
                    crate::extract(crate::lang::LangData::get(lang).warm, &crate::Options { lang: Some(lang) });
                    st.job = Some(Job::Extract(Pieces::new(lang)));
                    return Ok(false);
                }
                Some(Job::Extract(pieces)) => {
                    if let Some(mut report) = pieces.step(&st.read.text) {
                        super::editor::apply(&mut report, &st.read);
                        st.digits = self.settings.digits.unwrap_or_else(|| pieces.digits.digits());
                        let js = super::js::report_js(&report);
                        st.job = Some(Job::Convert(report, js, 0));
                        return Ok(false);
                    }
                }
                Some(Job::Convert(report, js, n)) => match report.facts.get(*n) {
                    Some(fact) => {
                        super::js::push_fact(js, fact)?;
                        *n += 1;
                    }
                    None => {
                        // Nothing given yet: this is the mount, not a refresh.
                        let mount = st.report_js.is_null();
                        if let Some(Job::Convert(report, js, _)) = st.job.take() {
                            st.job = Some(Job::Draw(report, js, mount));
                        }
                        return Ok(false);
                    }
                },
                Some(Job::Draw(..)) => {
                    if let Some(Job::Draw(report, js, mount)) = st.job.take() {
                        st.report = report;
                        st.report_js = js;
                        break mount;
                    }
                }
            }
            if !more() {
                return Ok(false);
            }
        };
        self.draw(!mount);
        let (empty, report_js) = {
            let st = self.state.borrow();
            (st.drawn.figures.is_empty(), st.report_js.clone())
        };
        if empty && mount {
            dom::log(false, "factbox: no figures in this article", &self.article);
        }
        dom::fire(&self.host, "factbox:ready", &report_js);
        Ok(true)
    }

    /// The current report as the JS API gives it.
    pub fn report_js(&self) -> JsValue {
        self.state.borrow().report_js.clone()
    }

    /// The article's direction: its (or an ancestor's) `dir`, else its language's.
    fn dir(&self, lang: Lang) -> &'static str {
        match dom::inherited_attribute(&self.article, "dir").as_deref() {
            Some("rtl") => "rtl",
            Some("ltr") => "ltr",
            _ if lang == Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// Draws the box for the current report. With `announce` (a live
    /// update), the figures it did not show before are announced in the
    /// polite live region.
    fn draw(&self, announce: bool) {
        let focused = self.focused_label();
        let mut st = self.state.borrow_mut();
        let before: Vec<String> = st.drawn.figures.iter().filter_map(|(_, b)| b.get_attribute("aria-label")).collect();
        let show = &self.settings.show;
        // A narrow container makes the box compact, unless the server rendered
        // it in full: redrawing that box compact would move the page.
        let compact = *st.compact.get_or_insert_with(|| {
            show.compact.unwrap_or_else(|| !render::rendered(&self.shadow) && dom::narrow(&self.host, self.settings.box_width))
        });
        let view = View {
            report: &st.report,
            ui: labels::ui(st.report.lang),
            digits: st.digits,
            dir: self.dir(st.report.lang),
            theme: self.settings.theme,
            article: &self.article,
            filters: st.filters,
            show,
            compact,
            expanded: st.expanded,
        };
        // The first drawing adopts a box the server rendered, if it shows
        // these figures: the same nodes, no second draw, no layout shift.
        let first = !announce && st.drawn.figures.is_empty() && st.drawn.status.is_none();
        let adopted = if first { render::adopt(&self.shadow, &view) } else { None };
        st.drawn = match adopted {
            Some(drawn) => drawn,
            None => render::draw(&self.shadow, &view, st.drawn.status.clone()),
        };
        if announce {
            let ui = labels::ui(st.report.lang);
            let mut news = String::new();
            for label in st.drawn.figures.iter().filter_map(|(_, b)| b.get_attribute("aria-label")) {
                if !before.contains(&label) {
                    news.push_str(if news.is_empty() { ui.updated } else { "; " });
                    news.push_str(&label);
                }
            }
            if let (false, Some(status)) = (news.is_empty(), &st.drawn.status) {
                status.set_text_content(Some(&news));
            }
        }
        // A redraw must not take the keyboard user's place away. (Focus
        // events run page code at once, so the state is released first.)
        let again = focused.and_then(|label| {
            st.drawn.figures.iter().find(|(_, b)| b.get_attribute("aria-label").as_deref() == Some(&label)).map(|(_, b)| b.clone())
        });
        drop(st);
        if let Some(b) = again {
            let _ = b.unchecked_ref::<web_sys::HtmlElement>().focus();
        }
    }

    /// The accessible name of the figure that has focus, if one has.
    fn focused_label(&self) -> Option<String> {
        self.shadow.active_element()?.get_attribute("aria-label")
    }

    fn wire(self: &Rc<Self>) -> Result<(), JsValue> {
        let weak = Rc::downgrade(self);
        let event = Closure::<dyn FnMut(Event)>::new(move |e: Event| {
            if let Some(live) = weak.upgrade() {
                live.on_event(&e);
            }
        });
        let on_event = dom::guard(event.as_ref());
        self.shadow.add_event_listener_with_callback("click", &on_event)?;
        self.shadow.add_event_listener_with_callback("keydown", &on_event)?;

        let weak = Rc::downgrade(self);
        let timer = Closure::<dyn FnMut()>::new(move || {
            if let Some(live) = weak.upgrade() {
                live.state.borrow_mut().timer = None;
                if let Err(e) = live.refresh() {
                    dom::log(true, "factbox: could not re-read the article", &e);
                }
            }
        });
        let on_timer = dom::guard(timer.as_ref());

        let weak = Rc::downgrade(self);
        let mutation = Closure::<dyn FnMut(JsValue)>::new(move |records: JsValue| {
            if let Some(live) = weak.upgrade() {
                // An ad filling in, a share count ticking: nothing to re-read.
                if !dom::quiet(&records, &live.article) {
                    live.schedule_refresh();
                }
            }
        });
        let observer = MutationObserver::new(&dom::guard(mutation.as_ref()))?;
        let init = MutationObserverInit::new();
        init.set_child_list(true);
        init.set_character_data(true);
        init.set_subtree(true);
        observer.observe_with_options(&self.article, &init)?;
        *self.wiring.borrow_mut() = Some(Wiring { on_event, _event: event, observer, _mutation: mutation, on_timer, _timer: timer });
        Ok(())
    }

    fn schedule_refresh(&self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let wiring = self.wiring.borrow();
        let Some(w) = wiring.as_ref() else { return };
        let mut st = self.state.borrow_mut();
        if let Some(t) = st.timer.take() {
            window.clear_timeout_with_handle(t);
        }
        st.timer = window.set_timeout_with_callback_and_timeout_and_arguments_0(&w.on_timer, DEBOUNCE_MS).ok();
    }

    /// Forgets the mutations the box itself just made (marks in the article).
    fn forget_own_mutations(&self) {
        if let Some(w) = self.wiring.borrow().as_ref() {
            w.observer.take_records();
        }
    }

    /// Takes out `<mark>`s (they split text nodes, which the map must not
    /// see); a CSS highlight stays until the next selection.
    fn remove_marks(&self) {
        let marks = {
            let mut st = self.state.borrow_mut();
            match st.shown.take() {
                Some(Shown::Highlight(h)) => {
                    st.shown = Some(Shown::Highlight(h));
                    None
                }
                other => other,
            }
        };
        if let Some(m) = marks {
            highlight::hide(m);
            self.forget_own_mutations();
        }
    }

    /// Re-reads the article; when its text changed, extracts and redraws
    /// and dispatches `factbox:ready` again. Returns whether it changed.
    pub fn refresh(&self) -> Result<bool, JsValue> {
        // A long mount under way may have read that part already: try again
        // once it is done.
        if self.state.borrow().job.is_some() {
            self.schedule_refresh();
            return Ok(false);
        }
        self.remove_marks();
        let mut reader = Reader::new(&self.article, Some(&self.host));
        reader.run(&|| true);
        {
            let mut st = self.state.borrow_mut();
            if reader.out.text == st.read.text {
                st.read = reader.out;
                return Ok(false);
            }
            // The rest is a mount's work, done at once: extract, draw, fire.
            st.job = Some(Job::Read(reader));
            st.selected = None;
        }
        while !self.step()? {
            if let Some(lang) = self.wants() {
                // Its language's tables were never given: keep the box as it
                // is, and let the next change be read again.
                let mut st = self.state.borrow_mut();
                (st.job, st.wants, st.read) = (None, None, ArticleText::default());
                return Err(missing(lang));
            }
        }
        Ok(true)
    }

    /// The language whose tables a `chunked` mount waits for: the caller
    /// installs them (`language`) and steps on.
    pub fn wants(&self) -> Option<Lang> {
        self.state.borrow().wants
    }

    fn on_event(&self, e: &Event) {
        if let Some(key) = e.dyn_ref::<KeyboardEvent>() {
            if key.key() == "Escape" && self.state.borrow().shown.is_some() {
                self.clear_selection();
            }
            return;
        }
        let Some(button) = e.target().and_then(|t| t.dyn_into::<Element>().ok()).and_then(|t| t.closest("button").ok().flatten()) else {
            return;
        };
        let figure = self.state.borrow().drawn.figures.iter().find(|(_, b)| *b == button).map(|(i, _)| *i);
        if let Some(index) = figure {
            match self.select(index) {
                Err(err) => dom::log(true, "factbox: could not show the figure", &err),
                // A keyboard's click (`detail` 0, Enter or Space): the reader
                // goes on reading from the sentence; a mouse user stays put.
                Ok(true) if js_sys::Reflect::get(e, &JsValue::from_str("detail")).ok().and_then(|d| d.as_f64()) == Some(0.0) => {
                    let sentence = self.state.borrow().sentence.clone();
                    if let Some(range) = sentence {
                        dom::focus_sentence(&range, &button);
                    }
                }
                Ok(_) => {}
            }
            return;
        }
        let filter = self.state.borrow().drawn.filters.iter().find(|(_, b)| *b == button).map(|(c, _)| *c);
        if let Some(c) = filter {
            self.toggle_filter(c);
        }
        let mut st = self.state.borrow_mut();
        if let Some((summary, body)) = st.drawn.summary.clone().filter(|(s, _)| *s == button) {
            st.expanded = !st.expanded;
            dom::attr(&summary, "aria-expanded", Some(if st.expanded { "true" } else { "false" }));
            dom::attr(&body, "hidden", if st.expanded { None } else { Some("") });
        }
    }

    /// Presses or releases a category's filter button.
    fn toggle_filter(&self, c: Category) {
        let mut st = self.state.borrow_mut();
        st.filters ^= render::bit(c);
        let filters = st.filters;
        for (cat, b) in &st.drawn.filters {
            dom::attr(b, "aria-pressed", Some(render::pressed(filters, *cat)));
        }
        for (cat, g) in &st.drawn.groups {
            dom::attr(g, "hidden", if render::shown(filters, *cat) { None } else { Some("") });
        }
    }

    /// Removes the highlight (or marks) and the selected state.
    pub fn clear_selection(&self) {
        let shown = {
            let mut st = self.state.borrow_mut();
            st.selected = None;
            for (_, b) in &st.drawn.figures {
                dom::attr(b, "data-selected", None);
            }
            st.shown.take()
        };
        if let Some(s) = shown {
            highlight::hide(s);
            self.forget_own_mutations();
        }
    }

    /// Shows fact `index`: scrolls its sentence into view, highlights the
    /// figure, announces it, dispatches `factbox:select`. Choosing the same
    /// fact again moves on to its next mention. `false` for no such figure.
    pub fn select(&self, index: usize) -> Result<bool, JsValue> {
        let previous = self.state.borrow().selected;
        self.clear_selection();
        let (announcement, detail, status) = {
            let mut st = self.state.borrow_mut();
            let Some(fact) = st.report.facts.get(index).filter(|f| f.category != Category::Other) else {
                return Ok(false);
            };
            let n = fact.mentions.len().max(1);
            let which = match previous {
                Some((i, m)) if i == index => (m + 1) % n,
                _ => 0,
            };
            let Some(mention) = fact.mentions.get(which) else {
                return Ok(false);
            };
            let ui = labels::ui(st.report.lang);
            let mut announcement = ui.accessible_name(fact, st.digits);
            announcement.push_str(ui.in_text);
            let (s0, s1) = (mention.sentence.start as u32, mention.sentence.end as u32);
            announcement.push_str(&st.read.excerpt(s0, s1));
            let sentence = st.read.range(s0, s1)?;
            if let Some(sentence) = &sentence {
                dom::scroll_to_range(sentence);
            }
            // Adopted on first use, not at mount: a page-wide ::highlight
            // rule makes the browser restyle every element of the page, with
            // any selector (0.7-1 s for a 10 MB article, in one task).
            if let Some(doc) = self.host.owner_document() {
                highlight::adopt_document_css(&doc)?;
            }
            let shown = highlight::show(&st.read, mention.start as u32, mention.end as u32, sentence.as_ref())?;
            st.sentence = sentence;
            st.shown = shown;
            st.selected = Some((index, which));
            // A figure chosen from outside (`select`) must be visible in the box.
            if let Some((summary, body)) = st.drawn.summary.clone() {
                st.expanded = true;
                dom::attr(&summary, "aria-expanded", Some("true"));
                dom::attr(&body, "hidden", None);
            }
            for (i, b) in &st.drawn.figures {
                if *i == index {
                    dom::attr(b, "data-selected", Some(""));
                }
            }
            let detail = js_sys::Object::new();
            let facts = js_sys::Reflect::get(&st.report_js, &JsValue::from_str("facts"))?;
            let fact_js = js_sys::Reflect::get(&facts, &JsValue::from_f64(index as f64))?;
            js_sys::Reflect::set(&detail, &JsValue::from_str("index"), &JsValue::from_f64(index as f64))?;
            js_sys::Reflect::set(&detail, &JsValue::from_str("mention"), &JsValue::from_f64(which as f64))?;
            js_sys::Reflect::set(&detail, &JsValue::from_str("fact"), &fact_js)?;
            (announcement, detail, st.drawn.status.clone())
        };
        self.forget_own_mutations();
        if let Some(status) = status {
            status.set_text_content(Some(&announcement));
        }
        dom::fire(&self.host, "factbox:select", &detail);
        Ok(true)
    }

    /// Disconnects everything, takes back the highlight, empties the box.
    pub fn unmount(&self) {
        if let Some(w) = self.wiring.borrow_mut().take() {
            let _ = self.shadow.remove_event_listener_with_callback("click", &w.on_event);
            let _ = self.shadow.remove_event_listener_with_callback("keydown", &w.on_event);
            w.observer.disconnect();
            if let (Some(t), Some(window)) = (self.state.borrow_mut().timer.take(), web_sys::window()) {
                window.clear_timeout_with_handle(t);
            }
        }
        if let Some(s) = self.state.borrow_mut().shown.take() {
            highlight::hide(s);
        }
        self.shadow.set_text_content(None);
    }
}
