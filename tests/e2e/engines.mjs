// The end-to-end checks in the other engines readers use (issue 12, part 6):
// Firefox (Gecko: the system firefox-esr, headless, through geckodriver) and
// WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver, under a private
// Xvfb), driven by plain W3C WebDriver over fetch (webdriver.mjs). In each:
// the demo's boxes and their figures, the highlight of a clicked figure and
// its sentence, keyboard use (Tab, Enter, Escape as real key input), a live
// update, filters, theme and digits, axe-core, a wasm served as
// octet-stream or not at all, the compact box at a phone's width, the story
// and only the story of newspage.mjs's pages, bidi.mjs's figures as they
// read on screen, and the editor's markup (data-factbox-skip,
// <data value data-factbox>). Saves tests/e2e/out/engine-<engine>.png and
// engine-<engine>-phone.png. Run by `make test-browser` (`make
// test-engines` alone); FACTBOX_ENGINES=firefox (or webkit) runs one.
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as bidi from './pages/bidi.mjs';
import { EDITED, EDITED_AR } from './pages/editor.mjs';
import { FURNITURE_VALUES, newsPages } from './pages/news.mjs';
import { ROOT, checks, serve } from './serve.mjs';
import { KEY, open } from './webdriver.mjs';

const OUT = join(ROOT, 'tests/e2e/out');
const ENGINES = (process.env.FACTBOX_ENGINES ?? 'firefox webkit').split(/[\s,]+/).filter(Boolean);
const { check, finish } = checks('engines');

/** Every box of the page has its report (factbox:ready fired): then it is drawn. */
const READY = "return [...document.querySelectorAll('fact-box')].every((b) => b.report) && document.querySelectorAll('fact-box').length";

/**
 * Records console warnings and errors, uncaught errors and rejections in
 * `window.__seen`: run by WebDriver once a page has loaded, or served as
 * /t/watch.js, the first script of a test page (pages' CSPs allow 'self').
 */
const WATCH = `window.__seen = [];
addEventListener('error', (e) => __seen.push('error: ' + e.message));
addEventListener('unhandledrejection', (e) => __seen.push('rejection: ' + e.reason));
for (const level of ['warn', 'error']) {
  const f = console[level];
  console[level] = (...a) => { __seen.push(level + ': ' + a.map(String).join(' ')); f.apply(console, a); };
}`;

/** The accessible names of box `arguments[0]`'s figure buttons. */
const NAMES = "return [...document.querySelector(arguments[0]).shadowRoot.querySelectorAll('button[part~=figure]')].map((b) => b.getAttribute('aria-label'))";

/** The figure button of box `arguments[0]` whose name starts with `arguments[1]` (a web element reference). */
const FIGURE = "return [...document.querySelector(arguments[0]).shadowRoot.querySelectorAll('button[part~=figure]')].find((b) => b.getAttribute('aria-label').startsWith(arguments[1]))";

/**
 * What the page shows as selected: the `factbox` and `factbox-sentence`
 * highlights (the CSS Custom Highlight API), each range's text and whether it
 * lies in the element `arguments[0]`; and the <mark> fallback's marks.
 */
const SHOWN = `const article = document.querySelector(arguments[0]);
  const registry = globalThis.CSS && CSS.highlights;
  const ranges = (name) => registry && registry.has(name)
    ? [...registry.get(name)].map((r) => ({ text: r.toString(), inArticle: article.contains(r.startContainer) })) : [];
  return { api: typeof Highlight === 'function' && Boolean(registry), figure: ranges('factbox'), sentence: ranges('factbox-sentence'),
    marks: [...document.querySelectorAll('mark[data-factbox]')].map((m) => m.textContent) };`;

/** What has the focus: in the page (tag, tabindex, text) and inside box `arguments[0]` (name, :focus-visible, outline). */
const FOCUS = `const a = document.activeElement;
  const box = document.querySelector(arguments[0]);
  const f = box.shadowRoot.activeElement;
  return { tag: a.localName, tabindex: a.getAttribute('tabindex'), text: a.localName === 'p' ? a.textContent : null,
    figure: f ? f.getAttribute('aria-label') : null, visible: f ? f.matches(':focus-visible') : null,
    outline: f ? getComputedStyle(f).outlineStyle : null };`;

/** What the box shows: per figure, its number, subject, source, name, text, their unicode-bidi, and how number and source read on screen. */
const BIDI_SHOWN = `return [...document.querySelector('fact-box').shadowRoot.querySelectorAll('button[part~="figure"]')].map((f) => {
  const part = (p) => f.querySelector('[part~="' + p + '"]');
  const style = (p) => part(p) && getComputedStyle(part(p)).unicodeBidi;
  return { number: part('number').textContent, numberSeen: __visual(part('number')), text: f.textContent,
    subject: part('subject') ? part('subject').textContent : null, source: part('source') ? part('source').textContent : null,
    sourceSeen: part('source') ? __visual(part('source')) : null, label: f.getAttribute('aria-label'),
    bidi: { value: style('value'), subject: style('subject'), source: style('source') } };
});`;

/** For every shown figure and each of its mentions (selected in turn): its text, value, and the article there as the screen shows it. */
const BIDI_SEEN = `const box = document.querySelector('fact-box');
  const out = [];
  box.report.facts.forEach((f, i) => {
    if (f.category === 'other') return;
    for (let k = 0; k < f.mentions.length; k++) {
      box.select(i);
      const range = CSS.highlights.has('factbox') ? [...CSS.highlights.get('factbox')][0] : null;
      out.push({ value: f.value, text: f.mentions[k].text, seen: range ? __visual(range) : null });
    }
  });
  return out;`;

/** Whether the paragraph of the article `arguments[0]` containing `arguments[1]` is wholly in the viewport. */
const IN_VIEW = `const p = [...document.querySelectorAll(arguments[0] + ' p')].find((e) => e.textContent.includes(arguments[1]));
  const r = p.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= innerHeight;`;

/** axe-core (the npm dev dependency), injected by WebDriver's script (the demo's CSP does not apply to it), and the rules a11y.mjs runs. */
const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_RUN = `const r = await axe.run({ include: [[args[0]]] }, { runOnly: { type: 'tag', values: args[1] } });
  return r.violations.flatMap((v) => v.nodes.map((n) => v.id + ': ' + JSON.stringify(n.target) + ' ' + n.failureSummary));`;

const AR = '#kazakhstan fact-box';
const EN = '#douri fact-box';
const SENTENCE_26 = 'وأعلنت وزارة الداخلية في كازاخستان، الجمعة، مقتل 26 محتجاً خلال التظاهرات المناهضة للحكومة.';
const SENTENCE_200 = 'ومن المنتظر أن ترسل طاجيكستان 200 جندي إلى كازاخستان التي شهدت اضطرابات في الأيام الأخيرة.';

/** The demo at a phone's width: a 390x844 viewport of its own. */
const PHONE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>phone</title>'
  + '<style>body{margin:0}iframe{display:block;border:0;width:390px;height:844px}</style></head>'
  + '<body><iframe src="/" title="the demo at a phone\'s width"></iframe></body></html>';

/** Two boxes, Arabic and English, loading the element from `base` (a copy of www/ whose wasm is served otherwise). */
const LOADING = (base) => '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>loading</title>'
  + `<script src="/t/watch.js"></script><script type="module" src="${base}fact-box.js"></script></head><body><main>`
  + '<article id="ar" lang="ar" dir="rtl"><fact-box for="#ar"></fact-box><p>وأعلنت وزارة الداخلية مقتل 26 محتجاً خلال التظاهرات.</p></article>'
  + '<article id="en" lang="en"><fact-box for="#en"></fact-box><p>At least 27 people were killed in two car bombings, police said.</p></article>'
  + '</main></body></html>';
const WASM = await readFile(join(ROOT, 'www/pkg/factbox_bg.wasm'));

const news = await newsPages();
const server = await serve({
  // /octet/ serves the wasm as application/octet-stream; /broken/ has no wasm (404), /nolang/ no Arabic tables.
  mounts: { '/': 'www', '/octet/': 'www', '/broken/': 'www', '/broken/pkg/factbox_bg.wasm': 'tests/e2e/no-such-dir',
    '/nolang/': 'www', '/nolang/pkg/factbox-ar.bin': 'tests/e2e/no-such-dir' },
  pages: {
    ...news.pages,
    '/t/watch.js': { html: WATCH, headers: { 'Content-Type': 'text/javascript; charset=utf-8' } },
    '/t/octet.html': LOADING('/octet/'),
    '/t/broken.html': LOADING('/broken/'),
    '/t/nolang.html': LOADING('/nolang/'),
    '/octet/pkg/factbox_bg.wasm': { html: WASM, headers: { 'Content-Type': 'application/octet-stream' } },
    '/t/bidi-en.html': bidi.html({ paras: bidi.EN, lang: 'en', dir: 'ltr', digits: 'latn' }),
    '/t/bidi-ar.html': bidi.html({ paras: bidi.AR, lang: 'ar', dir: 'rtl', digits: 'arab' }),
    '/t/edited.html': EDITED,
    '/t/edited-ar.html': EDITED_AR,
    '/t/phone.html': PHONE,
  },
});
await mkdir(OUT, { recursive: true });
const t0 = Date.now();

try {
  for (const engine of ENGINES) {
    const t1 = Date.now();
    let s;
    await check(`${engine}: the driver starts the browser`, async () => {
      s = await open(engine, { width: 1280, height: 800 });
      console.log(`     ${engine}: ${s.browser}`);
    });
    if (!s) continue;
    try {
      await engineChecks(engine, s);
    } finally {
      await s.stop();
    }
    console.log(`     ${engine}: ${Date.now() - t1} ms`);
  }
} finally {
  await server.close();
}
console.log(`     engines: ${Date.now() - t0} ms in all`);
finish();

async function engineChecks(engine, s) {
  await check(`${engine}: both demo boxes load under the page's strict CSP and show the right figures`, async () => {
    await s.goto(`${server.url}/`);
    assert.equal(await s.waitFor('both boxes to be ready', READY), 2);
    await s.run(WATCH);
    assert.deepEqual(await s.run(NAMES, AR), ['26 محتجاً، بحسب وزارة الداخلية، القتلى', '200 جندي، القوات']);
    assert.deepEqual(await s.run(NAMES, EN), ['3 people killed', 'at least 27 people killed', '$10 million']);
    const dirs = await s.run("return [...arguments].map((b) => document.querySelector(b).shadowRoot.querySelector('section[part=box]').getAttribute('dir'))", AR, EN);
    assert.deepEqual(dirs, ['rtl', 'ltr']);
    // Drawn, not only built: the box has a size and its figures are painted in the page's direction.
    const layout = await s.run(`const box = document.querySelector(arguments[0]).shadowRoot.querySelector('section[part=box]');
      const [n26, n200] = [...box.querySelectorAll('[part=number]')];
      const r = box.getBoundingClientRect();
      return { width: Math.round(r.width), height: Math.round(r.height), numbers: [n26.textContent, n200.textContent],
        direction: getComputedStyle(box).direction, rightAligned: n26.getBoundingClientRect().right > r.left + r.width / 2 };`, AR);
    assert.deepEqual(layout.numbers, ['26', '200']);
    assert.equal(layout.direction, 'rtl');
    assert.equal(layout.rightAligned, true, 'in Arabic the figure stands at the right of the box');
    assert.ok(layout.width > 200 && layout.height > 150, JSON.stringify(layout));
  });

  await check(`${engine}: clicking 26 highlights it and its sentence in the article, scrolls it into view, announces it`, async () => {
    await s.run('window.scrollTo(0, document.body.scrollHeight)');
    await s.click(await s.run(FIGURE, AR, '26 '));
    const shown = await s.run(SHOWN, '#kazakhstan');
    assert.equal(shown.api, true, `${engine} has the CSS Custom Highlight API`);
    assert.deepEqual(shown.figure, [{ text: '26', inArticle: true }]);
    assert.deepEqual(shown.sentence, [{ text: SENTENCE_26, inArticle: true }]);
    assert.deepEqual(shown.marks, [], 'no <mark> where the Highlight API is');
    const focus = await s.run(FOCUS, AR);
    assert.equal(focus.tag, 'fact-box', 'a mouse click leaves the focus in the box');
    assert.equal(focus.figure, '26 محتجاً، بحسب وزارة الداخلية، القتلى');
    // Smooth scrolling takes a moment: wait for the sentence's paragraph to be in view.
    assert.equal(await s.waitFor('the sentence of 26 to scroll into view', IN_VIEW, { args: ['#kazakhstan', 'مقتل 26 محتجاً'] }), true);
    const status = await s.run("return document.querySelector(arguments[0]).shadowRoot.querySelector('[aria-live=polite]').textContent", AR);
    assert.match(status, /مقتل 26 محتجاً خلال التظاهرات المناهضة للحكومة/);
    await writeFile(join(OUT, `engine-${engine}.png`), await s.screenshot());
  });

  await check(`${engine}: keyboard only: Tab to 200, Enter highlights it and moves focus to its sentence, Escape comes back`, async () => {
    await s.keys(KEY.Tab);
    const focused = await s.run(FOCUS, AR);
    assert.equal(focused.figure, '200 جندي، القوات');
    assert.equal(focused.visible, true, 'focus from the keyboard is :focus-visible');
    assert.notEqual(focused.outline, 'none');
    await s.keys(KEY.Enter);
    let shown = await s.run(SHOWN, '#kazakhstan');
    assert.deepEqual(shown.figure, [{ text: '200', inArticle: true }]);
    assert.deepEqual(shown.sentence, [{ text: SENTENCE_200, inArticle: true }]);
    const inSentence = await s.run(FOCUS, AR);
    assert.deepEqual([inSentence.tag, inSentence.tabindex, inSentence.text], ['p', '-1', SENTENCE_200]);
    // Escape in the sentence: back to the figure, the highlight kept, the page as it was; Escape again clears it.
    await s.keys(KEY.Escape);
    const back = await s.run(FOCUS, AR);
    assert.deepEqual([back.tag, back.figure], ['fact-box', '200 جندي، القوات']);
    assert.equal(await s.run("return document.querySelectorAll('#kazakhstan [tabindex]').length"), 0, 'the page is as it was');
    assert.deepEqual((await s.run(SHOWN, '#kazakhstan')).figure, [{ text: '200', inArticle: true }]);
    await s.keys(KEY.Escape);
    shown = await s.run(SHOWN, '#kazakhstan');
    assert.deepEqual([shown.figure, shown.sentence], [[], []]);
    // Tab from the sentence goes on after it, not back to the top of the page.
    await s.keys(KEY.Enter);
    assert.equal((await s.run(FOCUS, AR)).text, SENTENCE_200);
    await s.keys(KEY.Tab);
    assert.equal(await s.run(`const p = [...document.querySelectorAll('#kazakhstan p')].find((e) => e.textContent === arguments[0]);
      return Boolean(p.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING);`, SENTENCE_200), true);
  });

  await check(`${engine}: a live update of the article updates the box`, async () => {
    await s.click(await s.run("return document.getElementById('live-update')"));
    const names = await s.waitFor('the new figure in the box', `const n = [...document.querySelector(arguments[0]).shadowRoot
      .querySelectorAll('button[part~=figure]')].map((b) => b.getAttribute('aria-label'));
      return n.some((x) => x.startsWith('14 people injured')) && n;`, { args: [EN] });
    assert.deepEqual(names, ['3 people killed', 'at least 27 people killed', '14 people injured, according to Police', '$10 million']);
    assert.equal(await s.run("return document.querySelector(arguments[0]).shadowRoot.querySelector('[aria-live=polite]').textContent", EN),
      'Updated: 14 people injured, according to Police');
  });

  await check(`${engine}: a filter button (aria-pressed) shows one category; theme and digits restyle the box`, async () => {
    const FILTER = "return document.querySelector(arguments[0]).shadowRoot.querySelector('button[part=filter][data-category=troops]')";
    const state = () => s.run(`const b = document.querySelector(arguments[0]).shadowRoot;
      return [b.querySelector('button[part=filter][data-category=troops]').getAttribute('aria-pressed'),
        ...[...b.querySelectorAll('button[part~=figure]')].map((f) => f.getBoundingClientRect().height > 0)];`, AR);
    await s.click(await s.run(FILTER, AR));
    assert.deepEqual(await state(), ['true', false, true], 'troops pressed: 26 hidden, 200 shown');
    await s.click(await s.run(FILTER, AR));
    assert.deepEqual(await state(), ['false', true, true]);
    // The demo's <select>s set the attributes, as a site's script would.
    await s.run(`for (const [id, v] of [['theme', 'dark'], ['digits', 'arab']]) {
      const sel = document.getElementById(id); sel.value = v; sel.dispatchEvent(new Event('change')); }`);
    const look = await s.waitFor('the dark box', `const b = document.querySelector(arguments[0]).shadowRoot.querySelector('section[part=box][data-theme=dark]');
      return b && { bg: getComputedStyle(b).backgroundColor, numbers: [...b.querySelectorAll('[part=number]')].map((n) => n.textContent) };`, { args: [AR] });
    assert.deepEqual(look, { bg: 'rgb(29, 31, 35)', numbers: ['٢٦', '٢٠٠'] });
  });

  await check(`${engine}: nothing was thrown into the demo page and nothing was logged`, async () => {
    assert.deepEqual(await s.run('return window.__seen'), []);
  });

  await check(`${engine}: axe (WCAG 2.2 A and AA): 0 violations in both boxes, light and dark, in view and with a figure selected`, async () => {
    await s.goto(`${server.url}/`);
    await s.waitFor('both boxes to be ready', READY);
    await s.run(`${AXE}\n;`);
    for (const theme of ['light', 'dark']) {
      await s.run("for (const b of document.querySelectorAll('fact-box')) b.setAttribute('theme', arguments[0])", theme);
      for (const box of [AR, EN]) {
        await s.waitFor(`the ${theme} box`, "return document.querySelector(arguments[0]).shadowRoot.querySelector('section[part=box][data-theme=' + arguments[1] + ']')",
          { args: [box, theme] });
        await s.run("document.querySelector(arguments[0]).scrollIntoView({ block: 'start' })", box);
        assert.deepEqual(await s.runAsync(AXE_RUN, box, AXE_TAGS), [], `${theme}, ${box}, in view`);
        const first = await s.run("return document.querySelector(arguments[0]).shadowRoot.querySelector('button[part~=figure]')", box);
        await s.click(first);
        await s.run('arguments[0].focus()', first);
        assert.deepEqual(await s.runAsync(AXE_RUN, box, AXE_TAGS), [], `${theme}, ${box}, a figure selected`);
      }
    }
    // WCAG 2.5.3: each figure's accessible name begins with its visible text.
    const pairs = await s.run(`return [...document.querySelectorAll('fact-box')].flatMap((b) => [...b.shadowRoot.querySelectorAll('button[part~=figure] [part=value]')]
      .map((v) => [v.textContent.trim(), v.closest('button').getAttribute('aria-label')]))`);
    assert.ok(pairs.length >= 4);
    for (const [visible, name] of pairs) assert.ok(name.startsWith(visible), `"${name}" begins with "${visible}"`);
  });

  await check(`${engine}: a wasm served without application/wasm still loads (compiled after download), nothing logged`, async () => {
    await s.goto(`${server.url}/t/octet.html`);
    await s.waitFor('both boxes to be ready', READY);
    assert.deepEqual(await s.run("return [...document.querySelectorAll('fact-box')].map((b) => b.report.facts.filter((f) => f.category !== 'other').map((f) => [f.category, f.value]))"),
      [[['killed', 26]], [['killed', 27]]]);
    assert.deepEqual(await s.run('return window.__seen'), []);
    assert.equal(await s.runAsync("return (await fetch('/octet/pkg/factbox_bg.wasm')).headers.get('Content-Type')"), 'application/octet-stream');
  });

  await check(`${engine}: a wasm that fails to load: empty boxes, one console message each, no error`, async () => {
    await s.goto(`${server.url}/t/broken.html`);
    const seen = await s.waitFor('a message from each box', "return window.__seen.filter((m) => m.startsWith('warn: factbox:')).length === 2 && window.__seen");
    assert.equal(seen.length, 2, JSON.stringify(seen));
    assert.deepEqual(await s.run("return [...document.querySelectorAll('fact-box')].map((b) => [b.report, b.shadowRoot ? b.shadowRoot.childNodes.length : 0])"),
      [[null, 0], [null, 0]]);
    assert.equal(await s.runAsync("return (await fetch('/broken/pkg/factbox_bg.wasm')).status"), 404);
  });

  await check(`${engine}: a language file that fails to load: its box empty, one console message, the other box drawn`, async () => {
    await s.goto(`${server.url}/t/nolang.html`);
    await s.waitFor('the English box to be ready', "return document.querySelector('#en fact-box').report !== null");
    const seen = await s.waitFor('a message from the Arabic box', "return window.__seen.some((m) => m.startsWith('warn: factbox:')) && window.__seen");
    assert.equal(seen.length, 1, JSON.stringify(seen));
    assert.deepEqual(await s.run("return [...document.querySelectorAll('fact-box')].map((b) => b.shadowRoot ? b.shadowRoot.childNodes.length > 0 : false)"),
      [false, true]);
    assert.equal(await s.runAsync("return (await fetch('/nolang/pkg/factbox-ar.bin')).status"), 404);
  });

  // Firefox keeps its window at least 500 px wide: the phone is the demo in a 390x844 iframe, its own viewport.
  await check(`${engine}: phone width (390 px): the box starts compact, one line; its button expands it`, async () => {
    await s.size(1280, 900);
    await s.goto(`${server.url}/t/phone.html`);
    const phone = await s.run("return document.querySelector('iframe')");
    await s.frame(phone);
    try {
      assert.equal(await s.waitFor('both boxes to be ready', READY), 2);
      assert.equal(await s.run('return innerWidth'), 390);
      const state = () => s.run(`const b = document.querySelector(arguments[0]).shadowRoot;
        const sum = b.querySelector('button[part=summary]');
        const fig = b.querySelector('button[part~=figure]');
        return { expanded: sum && sum.getAttribute('aria-expanded'), text: sum && sum.textContent, oneLine: sum && sum.scrollHeight <= sum.clientHeight + 1,
          figureShown: fig.getBoundingClientRect().height > 0, height: document.querySelector(arguments[0]).getBoundingClientRect().height };`, AR);
      const before = await state();
      assert.deepEqual([before.expanded, before.text, before.oneLine, before.figureShown], ['false', 'القتلى: 26 · القوات: 200', true, false]);
      assert.ok(before.height < 8 * 17, `compact box ${before.height}px high`);
      await s.click(await s.run("return document.querySelector(arguments[0]).shadowRoot.querySelector('button[part=summary]')", AR));
      const after = await state();
      assert.deepEqual([after.expanded, after.figureShown], ['true', true]);
      await s.run(`${AXE}\n;`);
      assert.deepEqual(await s.runAsync(AXE_RUN, AR, AXE_TAGS), [], 'axe: the compact box, opened');
      await s.click(await s.run(FIGURE, AR, '200 '));
      assert.deepEqual((await s.run(SHOWN, '#kazakhstan')).figure, [{ text: '200', inArticle: true }]);
      await s.run("document.querySelector(arguments[0]).scrollIntoView({ block: 'start' })", AR);
    } finally {
      await s.frame(null);
    }
    await writeFile(join(OUT, `engine-${engine}-phone.png`), await s.screenshot(phone));
  });

  for (const lang of ['en', 'ar']) {
    for (const where of ['story', 'sidebar', 'sidebar-plain']) {
      await check(`${engine}: ${lang} news page, box in the ${where}: the report is extract() of the story's text alone`, async () => {
        await s.goto(`${server.url}/t/${lang}-${where}.html`);
        await s.waitFor('the box to be ready', READY);
        const report = await s.run("return document.querySelector('fact-box').report");
        const expected = await s.runAsync("const m = await import('/pkg/api.js'); await m.default(); return m.extract(args[0], { lang: 'auto' });",
          news.STORIES[lang].text);
        assert.ok(expected.facts.filter((f) => f.category !== 'other').length >= 5, 'the story has figures to find');
        assert.deepEqual(report, expected);
        const shown = report.facts.filter((f) => f.category !== 'other').map((f) => f.value);
        assert.deepEqual(shown.filter((v) => FURNITURE_VALUES.includes(v)), [], 'no furniture figure in the box');
      });
    }
  }

  for (const c of bidi.cases) {
    const path = c.path.replace('/t/', '/t/bidi-');
    await check(`${engine}: ${path}: the box shows exactly the figures that read as written; each reads so on screen, in the box and in the article`, async () => {
      await s.goto(`${server.url}${path}`);
      await s.waitFor('the box to be ready', READY);
      await s.run(bidi.VISUAL);
      const figures = await s.run(BIDI_SHOWN);
      assert.deepEqual(figures.map((f) => f.number), c.numbers);
      assert.deepEqual(figures.map((f) => f.subject), c.subjects);
      assert.deepEqual(figures.map((f) => f.source), c.sources);
      for (const f of figures) {
        assert.equal(f.numberSeen, f.number, JSON.stringify(f));
        for (const t of [f.text, f.label, f.subject ?? '', f.source ?? '']) assert.doesNotMatch(t, bidi.CONTROLS, JSON.stringify(f));
        assert.equal(f.bidi.value, 'isolate');
        if (f.subject !== null) assert.equal(f.bidi.subject, 'plaintext');
        if (f.source !== null) assert.equal(f.bidi.source, 'plaintext');
        if (f.source && !/[\u0600-\u06FF]/.test(f.source)) assert.equal(f.sourceSeen, f.source);
      }
      const seen = await s.run(BIDI_SEEN);
      assert.equal(seen.length, c.numbers.length);
      for (const m of seen) {
        assert.ok(m.seen, `a highlight for ${m.text}`);
        assert.equal(bidi.digitsOf(m.seen), bidi.digitsOf(m.text), JSON.stringify(m));
        assert.equal(bidi.digitsOf(m.seen), String(m.value), JSON.stringify(m));
      }
    });
  }

  await check(`${engine}: editor markup: data-factbox-skip hides a figure, <data value data-factbox> shows the editor's`, async () => {
    await s.goto(`${server.url}/t/edited.html`);
    await s.waitFor('the box to be ready', READY);
    const report = await s.run("return document.querySelector('fact-box').report");
    assert.equal(report.facts.some((f) => f.value === 19), false, 'the skipped "19 people were killed" is not read');
    const of = (c) => report.facts.filter((f) => f.category === c).map((f) => [f.value, f.mentions.map((m) => m.text)]);
    assert.deepEqual(of('detained'), [[12, ['12 people were killed']]]);
    assert.deepEqual(of('killed'), [[26, ['26']], [31, ['thirty-one people']]]);
    const money = report.facts.find((f) => f.category === 'money');
    assert.deepEqual([money.value, money.unit, money.mentions[0].text], [2000000, 'USD', 'two million']);
    // Drawn: categories="injured killed detained", max="3", the editor's detained figure among them.
    assert.deepEqual(await s.run(NAMES, 'fact-box'),
      ['140 injured, according to the health ministry', 'at least 26 people killed, according to the health ministry', '12 detained']);
    assert.deepEqual(await s.run("return [...document.querySelector('fact-box').shadowRoot.querySelectorAll('[part=category]')].map((g) => g.dataset.category)"),
      ['injured', 'killed', 'detained']);
    assert.deepEqual(await s.run("const h = document.querySelector('fact-box').shadowRoot.querySelector('[part=title]'); return [h.localName, h.textContent]"),
      ['h3', 'The toll']);
    assert.match(await s.run("return document.querySelector('fact-box').shadowRoot.querySelector('[part=note]').textContent"), /automatic/);
    // The editor's figure is shown in the article where the editor marked it.
    await s.click(await s.run(FIGURE, 'fact-box', '12 detained'));
    assert.deepEqual((await s.run(SHOWN, 'article')).figure, [{ text: '12 people were killed', inArticle: true }]);
  });

  await check(`${engine}: editor markup in Arabic: the editor's figure in an RTL box, a javascript: about-href is no link`, async () => {
    await s.goto(`${server.url}/t/edited-ar.html`);
    await s.waitFor('the box to be ready', READY);
    assert.deepEqual(await s.run(NAMES, 'fact-box'), ['26 محتجاً، بحسب وزارة الداخلية، القتلى', '40، الجرحى']);
    assert.equal(await s.run("return document.querySelector('fact-box').shadowRoot.querySelector('section[part=box]').getAttribute('dir')"), 'rtl');
    const note = await s.run("const n = document.querySelector('fact-box').shadowRoot.querySelector('[part=note]'); return [n.textContent, n.querySelectorAll('a').length]");
    assert.match(note[0], /تلقائياً/);
    assert.equal(note[1], 0);
  });
}
