//! The DOM layer in a real browser (headless Chromium via wasm-bindgen-test):
//! reading an article, the offset map, the JS API's offsets, rendering,
//! selecting, the `<mark>` fallback, live updates. `make test-browser` runs it;
//! natively this file compiles to nothing.
#![cfg(target_arch = "wasm32")]

use factbox::web::{article, extract_js as extract, labels, live, mount_js as mount};
use factbox::{Category, Fact, Lang, Qualifier};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Document, Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = "
export function highlighted() {
  const h = globalThis.CSS?.highlights?.get('factbox');
  return h ? [...h].map((r) => r.toString()) : [];
}
export function documentRules() {
  return document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\\n');
}
export function sleep(ms) { return new Promise((done) => setTimeout(done, ms)); }
let saved;
export function hideHighlightApi() {
  saved = Object.getOwnPropertyDescriptor(CSS, 'highlights');
  Object.defineProperty(CSS, 'highlights', { value: undefined, configurable: true });
}
export function restoreHighlightApi() {
  delete CSS.highlights;
  if (saved && !('highlights' in CSS)) Object.defineProperty(CSS, 'highlights', saved);
}
export function listen(el, name) {
  const seen = [];
  el.addEventListener(name, (e) => seen.push(e.detail));
  return seen;
}
export function slice(s, a, b) { return s.slice(a, b); }
export function pressKey(el, key) {
  el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
}
")]
extern "C" {
    fn highlighted() -> Vec<String>;
    #[wasm_bindgen(js_name = documentRules)]
    fn document_rules() -> String;
    fn sleep(ms: u32) -> js_sys::Promise;
    #[wasm_bindgen(js_name = hideHighlightApi)]
    fn hide_highlight_api();
    #[wasm_bindgen(js_name = restoreHighlightApi)]
    fn restore_highlight_api();
    fn listen(el: &Element, name: &str) -> js_sys::Array;
    fn slice(s: &str, a: u32, b: u32) -> String;
    #[wasm_bindgen(js_name = pressKey)]
    fn press_key(el: &Element, key: &str);
}

const SEED: &str = "وأعلنت وزارة الداخلية في كازاخستان، الجمعة، مقتل 26 محتجاً خلال التظاهرات المناهضة للحكومة.";
const TROOPS: &str = "ومن المنتظر أن ترسل طاجيكستان 200 جندي إلى كازاخستان التي شهدت اضطرابات في الأيام الأخيرة.";

/// Both languages' tables, given as the element gives the one it fetches
/// (the wasm carries none); once, as a second time keeps the first.
fn tables() {
    for file in [&include_bytes!(concat!(env!("OUT_DIR"), "/lang/ar.bin"))[..], include_bytes!(concat!(env!("OUT_DIR"), "/lang/en.bin"))] {
        factbox::web::language_js(file).unwrap();
    }
}

fn doc() -> Document {
    tables();
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh container in the page with `html` (static test markup) inside.
fn fixture(html: &str) -> Element {
    let el = doc().create_element("div").unwrap();
    el.set_inner_html(html);
    doc().body().unwrap().append_child(&el).unwrap();
    el
}

fn by(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
}

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &key.into()).unwrap()
}

/// Mounts a box (host inside `root`) for the `article` element of `root`.
fn mount_in(root: &Element, options: &str) -> (Element, factbox::web::Mount) {
    let host = doc().create_element("fact-box").unwrap();
    root.append_child(&host).unwrap();
    let options = js_sys::JSON::parse(options).unwrap();
    let m = mount(&host, &by(root, "article"), options).unwrap();
    (host, m)
}

fn shadow(host: &Element) -> web_sys::ShadowRoot {
    host.shadow_root().expect("an open shadow root")
}

fn labels_of(host: &Element) -> Vec<String> {
    let list = shadow(host).query_selector_all("button.figure").unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().unchecked_into::<Element>().get_attribute("aria-label").unwrap()).collect()
}

// ---- Reading the article ----

#[wasm_bindgen_test]
fn reads_the_visible_text_only() {
    let root = fixture(
        "<article><h1>Title</h1><nav>Home | World</nav><p>First   <b>bold</b>\nline.</p>\
         <script>var x = 1;</script><style>p{}</style><aside>Related: 99 dead</aside>\
         <figure><img alt=''><figcaption>Photo: 12 killed</figcaption></figure>\
         <button>Share 5</button><p hidden>secret 7</p><div aria-hidden='true'>ad 8</div>\
         <p style='display:none'>gone 9</p><fact-box>box 10</fact-box>\
         <ul><li>one</li><li>two<br>three</li></ul>Tail</article>",
    );
    let read = article::read(&by(&root, "article"), None);
    assert_eq!(read.text, "Title\n\nFirst   bold line.\n\none\n\ntwo\n\nthree\n\nTail");
    root.remove();
}

#[wasm_bindgen_test]
fn leaves_out_page_furniture_by_general_signals() {
    // Whole words of class, id, aria-label and data-* names; "ad" is not in
    // "head", "read", "shadow", "download".
    let root = fixture(
        "<article><p class='lead-head'>Kept one.</p><div class='ad-slot'>ad 1</div>\
         <div id='div-gpt-ad-1718-0'>gpt 2</div><div class='adSlot'>camel 3</div>\
         <div aria-label='إعلان'>ar 4</div><div data-ad-unit='x'>data 5</div>\
         <p class='read shadow download'>Kept two.</p><div class='share-bar'>1,245 shares</div>\
         <p class='byline'>By A</p><ul class='tags'><li>Tag</li></ul><section id='comments'>c 6</section>\
         <blockquote class='twitter-tweet'>tweet 7</blockquote><header>head 8</header>\
         <p>Read also: <a href='/x'>200 killed in a ferry sinking</a></p>\
         <p>Kept <a href='/y'>three</a> with a link in prose.</p><p data-factbox-skip>skip 9</p></article>",
    );
    let read = article::read(&by(&root, "article"), None);
    assert_eq!(read.text, "Kept one.\n\nKept two.\n\nKept three with a link in prose.");
    root.remove();
}

#[wasm_bindgen_test]
fn an_editors_data_figure_replaces_what_the_engine_reads_there() {
    let root = fixture(
        "<article lang='en'><p>Police said <data value='12' data-factbox='detained'>12 people were killed</data>.</p>\
         <p>At least 26 people were killed, the ministry said.</p>\
         <p>Aid of <data value='5000000' data-factbox='money' data-factbox-unit='usd'>five million</data> came.</p>\
         <p><data value='x' data-factbox='killed'>7 people were killed</data> later.</p></article>",
    );
    let (_host, m) = mount_in(&root, "{}");
    let facts = js_sys::Array::from(&get(&m.report(), "facts"));
    let summary: Vec<(String, f64, bool)> = facts
        .iter()
        .filter(|f| get(f, "category").as_string().as_deref() != Some("other"))
        .map(|f| (get(&f, "category").as_string().unwrap(), get(&f, "value").as_f64().unwrap(), get(&f, "headline").is_truthy()))
        .collect();
    assert_eq!(
        summary,
        [("killed".into(), 26.0, true), ("killed".into(), 7.0, false), ("detained".into(), 12.0, true), ("money".into(), 5e6, true)],
        "a data element with no number value is no editor's figure: the engine reads it"
    );
    let money = facts.iter().find(|f| get(f, "category").as_string().as_deref() == Some("money")).unwrap();
    assert_eq!(get(&money, "unit").as_string().as_deref(), Some("USD"));
    root.remove();
}

#[wasm_bindgen_test]
fn reads_the_same_text_one_node_at_a_time() {
    // A long article is read across tasks: stopping after every node must
    // not change the text (blocks, breaks and skipped elements included).
    let root = fixture(
        "<article><h1>Title</h1><nav>Home</nav><p>First <b>bold <i>deep</i></b>\nline.</p><div><div>\
         <p>Nested</p></div>tail</div><ul><li>one</li><li>two<br>three</li></ul><p hidden>x</p>End</article>",
    );
    let art = by(&root, "article");
    let whole = article::read(&art, None).text;
    let mut reader = article::Reader::new(&art, None);
    let mut steps = 1;
    while !reader.run(&|| false) {
        steps += 1;
    }
    assert_eq!(reader.out.text, whole);
    assert_eq!(whole, "Title\n\nFirst bold deep line.\n\nNested\n\ntail\n\none\n\ntwo\n\nthree\n\nEnd");
    assert!(steps > 10, "{steps} steps");
    root.remove();
}

#[wasm_bindgen_test]
fn leaves_out_the_box_itself() {
    let root = fixture("<article><p>Text one.</p><span id='host'>inline host</span><p>Text two.</p></article>");
    let host = by(&root, "#host");
    let read = article::read(&by(&root, "article"), Some(&host));
    assert_eq!(read.text, "Text one.\n\nText two.");
    root.remove();
}

#[wasm_bindgen_test]
fn maps_offsets_back_to_dom_ranges() {
    // An emoji (two UTF-16 units, four bytes) and Arabic (two bytes a letter)
    // before a figure split across two elements.
    let root = fixture("<article><p>😀 مقتل 2<b>6</b> محتجاً</p><p>Second 30 para.</p></article>");
    let read = article::read(&by(&root, "article"), None);
    let text: Vec<u16> = read.text.encode_utf16().collect();
    let at = |needle: &str| {
        let n: Vec<u16> = needle.encode_utf16().collect();
        text.windows(n.len()).position(|w| w == n.as_slice()).unwrap() as u32
    };
    let start = at("26");
    let range = read.range(start, start + 2).unwrap().unwrap();
    assert_eq!(String::from(range.to_string()), "26");
    let slices = read.slices(start, start + 2);
    assert_eq!(slices.len(), 2, "the figure lies in two text nodes");
    assert_eq!(slices[1].node.data(), "6");

    let second = at("Second");
    let range = read.range(second, second + 9).unwrap().unwrap();
    assert_eq!(String::from(range.to_string()), "Second 30");
    // A range over the paragraph break keeps to the text on both sides.
    let across = read.range(at("محتجاً"), second + 6).unwrap().unwrap();
    assert_eq!(String::from(across.to_string()), "محتجاًSecond");
    assert_eq!(read.excerpt(at("مقتل"), second + 6), "مقتل 26 محتجاً Second");
    root.remove();
}

// ---- The JS API ----

#[wasm_bindgen_test]
fn extract_reports_utf16_offsets_and_nulls() {
    tables();
    let text = "😀 Officials said at least 26 people were killed and 5,000 troops were sent.";
    let report = extract(text, js_sys::JSON::parse(r#"{"lang":"en"}"#).unwrap()).unwrap();
    assert_eq!(get(&report, "lang").as_string().unwrap(), "en");
    let facts: js_sys::Array = get(&report, "facts").unchecked_into();
    let killed = facts.iter().find(|f| get(f, "category").as_string().as_deref() == Some("killed")).expect("a killed fact");
    assert_eq!(get(&killed, "value").as_f64(), Some(26.0));
    assert!(get(&killed, "value_max").is_null(), "missing values are null, as in the CLI's JSON");
    assert_eq!(get(&killed, "qualifier").as_string().unwrap(), "at_least");
    let mention = js_sys::Array::from(&get(&killed, "mentions")).get(0);
    let (s, e) = (get(&mention, "start").as_f64().unwrap() as u32, get(&mention, "end").as_f64().unwrap() as u32);
    assert_eq!(slice(text, s, e), "26", "UTF-16 offsets: the emoji counts two");
    let sentence = get(&mention, "sentence");
    let (s, e) = (get(&sentence, "start").as_f64().unwrap() as u32, get(&sentence, "end").as_f64().unwrap() as u32);
    assert_eq!(slice(text, s, e), text, "one sentence, emoji included");
}

#[wasm_bindgen_test]
fn utf16_offsets_of_a_long_report_match_a_plain_count() {
    tables();
    // Facts come in category order, each with mentions all over the text, so
    // the conversion jumps back and forth across many checkpoints.
    let para = "😀 Officials said 26 people were killed, مقتل 26, and 5,000 troops were sent; 12 were injured in 2021.";
    let text = vec![para; 200].join("\n\n");
    let bytes = factbox::extract(&text, &factbox::Options { lang: Some(Lang::En) });
    let mut units = bytes.clone();
    factbox::web::utf16::report_to_utf16(&mut units, &text);
    assert!(bytes.facts.len() > 3 && bytes.facts.iter().all(|f| f.mentions.len() == 200), "{:?}", bytes.facts.len());
    let unit = |b: usize| text[..b].encode_utf16().count();
    for (f, g) in bytes.facts.iter().zip(&units.facts) {
        for (m, n) in f.mentions.iter().zip(&g.mentions) {
            let want = [m.start, m.end, m.sentence.start, m.sentence.end].map(unit);
            assert_eq!(want, [n.start, n.end, n.sentence.start, n.sentence.end]);
        }
    }
}

// ---- Labels ----

fn fact(category: Category, value: Option<f64>, qualifier: Qualifier) -> Fact {
    Fact {
        category,
        value,
        value_max: None,
        approx: None,
        unit: None,
        qualifier,
        subject: None,
        source: None,
        headline: true,
        mentions: Vec::new(),
    }
}

#[wasm_bindgen_test]
fn writes_figures_for_readers() {
    let en = labels::ui(Lang::En);
    let ar = labels::ui(Lang::Ar);
    let latn = labels::Digits::Latn;
    assert_eq!(en.figure(&fact(Category::Killed, Some(1269.0), Qualifier::Exact), latn), "1,269");
    assert_eq!(en.figure(&fact(Category::Killed, Some(27.0), Qualifier::AtLeast), latn), "at least 27");
    assert_eq!(ar.figure(&fact(Category::Killed, Some(27.0), Qualifier::AtLeast), latn), "27 على الأقل");
    assert_eq!(en.figure(&fact(Category::Percent, Some(3.5), Qualifier::Exact), latn), "3.5%");
    assert_eq!(ar.figure(&fact(Category::Percent, Some(3.5), Qualifier::Exact), labels::Digits::Arab), "٣٫٥٪");
    let mut money = fact(Category::Money, Some(10_000_000.0), Qualifier::Exact);
    money.unit = Some("USD");
    assert_eq!(en.figure(&money, latn), "$10 million");
    assert_eq!(ar.figure(&money, latn), "10 مليون دولار");
    money.unit = Some("SAR");
    money.value = Some(1_500_000_000.0);
    assert_eq!(en.figure(&money, latn), "1.5 billion SAR");
    let mut range = fact(Category::Displaced, Some(20.0), Qualifier::Exact);
    range.value_max = Some(30.0);
    assert_eq!(en.figure(&range, latn), "20–30");
    let mut vague = fact(Category::Injured, None, Qualifier::Exact);
    vague.approx = Some(factbox::Approx::Dozens);
    assert_eq!(ar.figure(&vague, latn), "عشرات");
    let mut named = fact(Category::Killed, Some(26.0), Qualifier::Exact);
    named.subject = Some("protesters".into());
    named.source = Some("the ministry".into());
    assert_eq!(en.accessible_name(&named, latn), "26 protesters killed, according to the ministry");
    assert_eq!(ar.accessible_name(&named, labels::Digits::Arab), "٢٦ protesters، بحسب the ministry، القتلى");
    assert_eq!(labels::Digits::of_text("قتل ٢٦ و٣ في 20"), labels::Digits::Arab);
    // A figure the article writes with a scale word is written as it does.
    let mut thousands = fact(Category::Displaced, Some(10_000.0), Qualifier::About);
    let written = |text: &str| factbox::Mention { start: 0, end: 0, text: text.into(), sentence: Default::default() };
    thousands.mentions = vec![written("10 آلاف")];
    assert_eq!(ar.figure(&thousands, latn), "نحو 10 آلاف");
    assert_eq!(ar.figure(&thousands, labels::Digits::Arab), "نحو ١٠ آلاف");
    thousands.mentions = vec![written("١٠ آلاف")];
    assert_eq!(ar.figure(&thousands, latn), "نحو 10 آلاف");
    thousands.mentions = vec![written("10,000")];
    assert_eq!(ar.figure(&thousands, latn), "نحو 10,000", "digits alone: the box's own form");
    thousands.mentions = vec![written("2.5 million")];
    thousands.value = Some(2_500_000.0);
    assert_eq!(en.figure(&thousands, latn), "about 2.5 million");
}

// ---- Rendering ----

#[wasm_bindgen_test]
fn renders_the_box_in_an_open_shadow_root() {
    let root = fixture(&format!("<article lang='ar'><p>{TROOPS}</p><p>تأسست في مايو/أيار 1992.</p><p>{SEED}</p></article>"));
    let (host, _m) = mount_in(&root, "{}");
    let sr = shadow(&host);
    let section = sr.query_selector("section[part=box]").unwrap().expect("the box");
    assert_eq!(section.get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(section.get_attribute("lang").as_deref(), Some("ar"));
    assert_eq!(
        labels_of(&host),
        ["26 محتجاً، بحسب وزارة الداخلية، القتلى", "200 جندي، القوات"],
        "FACTS.md order (killed before troops), whatever the article's order; 1992 (other) is hidden"
    );
    let groups = sr.query_selector_all("[part=category]").unwrap();
    assert_eq!(groups.length(), 2);
    let headline = sr.query_selector("[part~=headline] [part=number]").unwrap().unwrap();
    assert_eq!(headline.text_content().as_deref(), Some("26"));
    let filters = sr.query_selector_all("[part=filter][aria-pressed=false]").unwrap();
    assert_eq!(filters.length(), 2);
    assert!(sr.query_selector("[aria-live=polite]").unwrap().is_some());
    root.remove();
}

#[wasm_bindgen_test]
fn writes_arabic_indic_digits_on_request() {
    let root = fixture(&format!("<article lang='ar'><p>{SEED}</p></article>"));
    let (host, _m) = mount_in(&root, r#"{"digits":"arab","theme":"dark"}"#);
    let sr = shadow(&host);
    assert_eq!(sr.query_selector("[part=number]").unwrap().unwrap().text_content().as_deref(), Some("٢٦"));
    assert_eq!(by(&sr.query_selector("section").unwrap().unwrap(), "h2").text_content().as_deref(), Some("أرقام رئيسية"));
    assert_eq!(sr.query_selector("section").unwrap().unwrap().get_attribute("data-theme").as_deref(), Some("dark"));
    root.remove();
}

#[wasm_bindgen_test]
fn puts_another_sources_figure_beside_the_headline() {
    let root = fixture(
        "<article lang='en'><p>The ministry said 26 protesters were killed.</p>\
         <p>Activists said 40 protesters were killed.</p><p>Police said 5 soldiers were killed.</p>\
         <p>Later 3 more people were killed.</p></article>",
    );
    let (host, _m) = mount_in(&root, "{}");
    let sr = shadow(&host);
    let lead = sr.query_selector_all(".lead [part~=figure]").unwrap();
    let rest = sr.query_selector_all(".rest [part~=figure]").unwrap();
    let names = |l: &web_sys::NodeList| -> Vec<String> {
        (0..l.length()).map(|i| l.item(i).unwrap().unchecked_into::<Element>().get_attribute("aria-label").unwrap()).collect()
    };
    let lead = names(&lead);
    assert_eq!(lead.len(), 2, "{lead:?} / rest {:?}", names(&rest));
    assert!(lead[0].starts_with("26 protesters killed") && lead[1].starts_with("40 protesters killed"), "{lead:?}");
    assert_eq!(names(&rest), ["5 soldiers killed, according to Police", "3 killed"], "another subject, or no source: listed");
    root.remove();
}

#[wasm_bindgen_test]
fn an_article_without_figures_renders_nothing() {
    let root = fixture("<article><p>Nothing to count here.</p></article>");
    let (host, m) = mount_in(&root, "{}");
    assert_eq!(shadow(&host).child_nodes().length(), 0);
    assert_eq!(js_sys::Array::from(&get(&m.report(), "facts")).length(), 0);
    root.remove();
}

// ---- Interaction ----

#[wasm_bindgen_test]
fn selecting_highlights_scrolls_announces_and_fires() {
    let root = fixture(&format!("<article lang='ar'><p>{TROOPS}</p><p>{SEED}</p></article>"));
    let host = doc().create_element("fact-box").unwrap();
    root.append_child(&host).unwrap();
    let selects = listen(&host, "factbox:select");
    let readies = listen(&host, "factbox:ready");
    let m = mount(&host, &by(&root, "article"), JsValue::UNDEFINED).unwrap();
    assert_eq!(readies.length(), 1);
    let sr = shadow(&host);
    let button: HtmlElement = sr.query_selector("[part~=headline]").unwrap().unwrap().unchecked_into();
    button.click();
    assert_eq!(highlighted(), ["26"]);
    assert!(document_rules().contains("::highlight(factbox)"), "the highlight rule is adopted into the document");
    let status = sr.query_selector("[aria-live]").unwrap().unwrap().text_content().unwrap();
    assert!(status.contains("مقتل 26 محتجاً خلال التظاهرات"), "{status}");
    assert!(button.has_attribute("data-selected"));
    assert_eq!(selects.length(), 1);
    let detail = selects.get(0);
    assert_eq!(get(&get(&detail, "fact"), "value").as_f64(), Some(26.0));
    // Escape takes the highlight away.
    press_key(&button, "Escape");
    assert!(highlighted().is_empty());
    // The API selects by index into report.facts.
    let facts = js_sys::Array::from(&get(&m.report(), "facts"));
    let troops = facts.iter().position(|f| get(&f, "category").as_string().as_deref() == Some("troops")).unwrap();
    assert!(m.select(troops).unwrap());
    assert_eq!(highlighted(), ["200"]);
    m.unmount();
    assert!(highlighted().is_empty(), "unmount takes the highlight back");
    assert_eq!(host.shadow_root().unwrap().child_nodes().length(), 0);
    root.remove();
}

#[wasm_bindgen_test]
fn falls_back_to_marks_and_takes_them_out() {
    let root = fixture(&format!("<article lang='ar'><p>{TROOPS}</p><p>{SEED}</p></article>"));
    let art = by(&root, "article");
    let before = art.inner_html();
    let (host, m) = mount_in(&root, "{}");
    hide_highlight_api();
    let facts = js_sys::Array::from(&get(&m.report(), "facts"));
    let index = |cat: &str| facts.iter().position(|f| get(&f, "category").as_string().as_deref() == Some(cat)).unwrap();
    assert!(m.select(index("killed")).unwrap());
    let mark = by(&art, "mark[data-factbox]");
    assert_eq!(mark.text_content().as_deref(), Some("26"));
    assert!(m.select(index("troops")).unwrap());
    assert_eq!(art.query_selector_all("mark").unwrap().length(), 1, "the previous mark is gone");
    assert_eq!(by(&art, "mark").text_content().as_deref(), Some("200"));
    m.unmount();
    restore_highlight_api();
    assert_eq!(art.inner_html(), before, "the article is as it was, text nodes merged back");
    drop(host);
    root.remove();
}

#[wasm_bindgen_test]
fn filter_buttons_show_only_pressed_categories() {
    let root = fixture(&format!("<article lang='ar'><p>{TROOPS}</p><p>{SEED}</p></article>"));
    let (host, _m) = mount_in(&root, "{}");
    let sr = shadow(&host);
    let troops_filter: HtmlElement = sr.query_selector("[part=filter][data-category=troops]").unwrap().unwrap().unchecked_into();
    troops_filter.click();
    assert_eq!(troops_filter.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert!(by(&sr.query_selector("section").unwrap().unwrap(), "[part=category][data-category=killed]").has_attribute("hidden"));
    assert!(!by(&sr.query_selector("section").unwrap().unwrap(), "[part=category][data-category=troops]").has_attribute("hidden"));
    troops_filter.click();
    assert_eq!(sr.query_selector_all("[part=category][hidden]").unwrap().length(), 0);
    root.remove();
}

// ---- Live articles ----

#[wasm_bindgen_test]
async fn rereads_the_article_when_it_changes() {
    let root = fixture(&format!("<article lang='ar'><p>{SEED}</p></article>"));
    let host = doc().create_element("fact-box").unwrap();
    root.append_child(&host).unwrap();
    let readies = listen(&host, "factbox:ready");
    let m = live::mount(&host, &by(&root, "article"), &JsValue::UNDEFINED).unwrap();
    assert_eq!(labels_of(&host).len(), 1);
    let focused: HtmlElement = shadow(&host).query_selector("[part~=figure]").unwrap().unwrap().unchecked_into();
    focused.focus().unwrap();
    // A live blog adds a paragraph, node by node: one re-read after it settles.
    let p = doc().create_element("p").unwrap();
    by(&root, "article").append_child(&p).unwrap();
    p.append_child(&doc().create_text_node("وأصيب 40 شخصاً بجروح")).unwrap();
    p.append_child(&doc().create_text_node(" في المواجهات.")).unwrap();
    JsFuture::from(sleep(600)).await.unwrap();
    assert_eq!(readies.length(), 2, "ready once at mount, once after the update");
    let names = labels_of(&host);
    assert!(names.iter().any(|n| n.contains("40")), "{names:?}");
    let active = shadow(&host).active_element().expect("focus stays in the box");
    assert_eq!(active.get_attribute("aria-label").as_deref(), Some("26 محتجاً، بحسب وزارة الداخلية، القتلى"));
    // An unchanged text is not drawn again.
    assert!(!m.refresh().unwrap());
    m.unmount();
    root.remove();
}

#[wasm_bindgen_test]
async fn a_chunked_mount_draws_after_its_steps_with_what_changed_meanwhile() {
    let root = fixture(&format!("<article lang='ar'><p>{SEED}</p></article>"));
    let host = doc().create_element("fact-box").unwrap();
    root.append_child(&host).unwrap();
    let readies = listen(&host, "factbox:ready");
    let m = mount(&host, &by(&root, "article"), js_sys::JSON::parse(r#"{"chunked":true}"#).unwrap()).unwrap();
    assert!(m.report().is_null(), "no report before the steps");
    assert!(!m.refresh().unwrap(), "a refresh waits for the mount");
    // The page changes the article before the box has read it.
    let p = doc().create_element("p").unwrap();
    p.set_text_content(Some("وأصيب 40 شخصاً بجروح في المواجهات."));
    by(&root, "article").append_child(&p).unwrap();
    while !m.step().unwrap() {}
    assert_eq!(readies.length(), 1);
    let names = labels_of(&host);
    assert!(names.iter().any(|n| n.contains("40")), "{names:?}");
    // The re-read asked for meanwhile finds the same text: no second ready.
    JsFuture::from(sleep(600)).await.unwrap();
    assert_eq!(readies.length(), 1);
    m.unmount();
    root.remove();
}

#[wasm_bindgen_test]
async fn a_change_to_what_a_long_mount_has_read_is_read_again() {
    // Over 100 KB: more than one step. The first paragraph changes after
    // the first step, when the box may have read it already.
    let filler = format!("<p>{TROOPS}</p>").repeat(600);
    let root = fixture(&format!("<article lang='ar'><p id='first'>{SEED}</p>{filler}</article>"));
    let host = doc().create_element("fact-box").unwrap();
    root.append_child(&host).unwrap();
    let m = mount(&host, &by(&root, "article"), js_sys::JSON::parse(r#"{"chunked":true}"#).unwrap()).unwrap();
    let mut done = m.step().unwrap();
    by(&root, "#first").set_text_content(Some("وأصيب 40 شخصاً بجروح في المواجهات."));
    // The re-read is due (debounced) while the mount is still under way.
    JsFuture::from(sleep(400)).await.unwrap();
    while !done {
        done = m.step().unwrap();
    }
    JsFuture::from(sleep(600)).await.unwrap();
    let names = labels_of(&host);
    assert!(names.iter().any(|n| n.contains("40")) && !names.iter().any(|n| n.contains("26")), "{names:?}");
    m.unmount();
    root.remove();
}

// ---- Failure ----

#[wasm_bindgen_test]
fn an_error_inside_is_returned_not_thrown() {
    // An <input> cannot host a shadow root: mount reports the error to its
    // caller (fact-box.js logs it once) and leaves the page as it was.
    let root = fixture("<article><p>The ministry said 26 protesters were killed.</p></article><input>");
    let before = root.inner_html();
    let result = mount(&by(&root, "input"), &by(&root, "article"), JsValue::UNDEFINED);
    assert!(result.is_err());
    assert_eq!(root.inner_html(), before);
    root.remove();
}

#[wasm_bindgen_test]
fn a_language_file_of_another_build_is_refused() {
    tables();
    assert!(factbox::web::language_js(b"factbox-lang 2 en 0000000000000000").is_err());
    assert!(factbox::web::language_js(b"").is_err());
    assert_eq!(factbox::web::language_js(include_bytes!(concat!(env!("OUT_DIR"), "/lang/en.bin"))).ok().as_deref(), Some("en"));
}
