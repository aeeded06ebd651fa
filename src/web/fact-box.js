// <fact-box>: the key figures of a news article, in a box beside it.
//
//   <script type="module" src="/factbox/fact-box.js"></script>
//   <article> … <fact-box></fact-box> … </article>
//
// Rust cannot subclass HTMLElement, so this small class is hand-written: it
// finds the article, loads the WebAssembly when the box nears the viewport
// or the browser is idle, and calls `mount` (src/web), which draws the box in
// the element's open shadow root (or adopts the box `factbox render` put
// there, when it shows the same figures) and keeps it up to date. Whatever goes
// wrong, the element renders nothing, logs one console message, and never
// throws into the page.

// The glue (wasm-bindgen's), which tools/bundle.mjs puts inside the built file.
import { initSync, language, mount } from './pkg/factbox.js';

/** The editor's markup of a story body (schema.org). */
const BODY = '[itemprop~="articleBody"]';

/** Letters of prose in `el`: the text of its paragraphs less their links' text; counting stops at `enough`. */
function prose(el, enough = Infinity) {
  let n = 0;
  for (const p of el.querySelectorAll('p')) {
    if (n >= enough) break;
    if (p.closest('[data-factbox-skip], aside, nav, footer')) continue;
    n += p.textContent.trim().length;
    for (const a of p.querySelectorAll('a')) n -= a.textContent.trim().length;
  }
  return n;
}

/** The element of `list` with the most prose, if it has any. */
function most(list) {
  let best = null;
  let size = 0;
  for (const el of list) {
    const n = prose(el);
    if (n > size) [best, size] = [el, n];
  }
  return best;
}

/** An article holding the box is its story unless it is a teaser or a card: less prose than this. */
const STORY = 400;

/**
 * The page's main story, for a box without `for`: the story the box stands
 * in (an ancestor `articleBody`, or an ancestor `article` with the prose of
 * a story); else, wherever the box stands (a sidebar, a header), the
 * page's `articleBody` with the most prose, else the `article` in `main`
 * with the most prose (any `article` without a `main`), else the block
 * holding the most paragraph text. Never a teaser, a comment or a card.
 */
function mainStory(box) {
  const body = box.closest(BODY);
  if (body) return body;
  const around = box.closest('article');
  if (around && prose(around, STORY) >= STORY) return around.querySelector(BODY) ?? around;
  const doc = box.ownerDocument;
  const story = most(doc.querySelectorAll(BODY))
    ?? most(doc.querySelectorAll(doc.querySelector('main article') ? 'main article' : 'article'));
  if (story) return story.querySelector(BODY) ?? story;
  const blocks = new Map();
  for (const p of doc.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (parent && !parent.closest('aside, nav, footer, header, [data-factbox-skip]')) blocks.set(parent, 0);
  }
  return most(blocks.keys()) ?? box.closest('main');
}

/**
 * Until it is drawn, the box holds its place (no layout shift):
 * `--factbox-reserve`, else a compact box's height with its margin (7.6em
 * of the page's text, the box's text being 0.9 of it). Before this script
 * runs the page holds it (README: `fact-box:not(:defined)`).
 */
const RESERVE = ':host{display:block;min-height:var(--factbox-reserve,7.6em)}';

/** @type {CSSStyleSheet | undefined} */
let reserveSheet;

/** Adds (`on`) or takes back the reservation in `el`'s shadow root, attaching it if needed. */
function reserve(el, on) {
  try {
    const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    if (!reserveSheet) {
      reserveSheet = new CSSStyleSheet();
      reserveSheet.replaceSync(RESERVE);
    }
    const others = root.adoptedStyleSheets.filter((s) => s !== reserveSheet);
    root.adoptedStyleSheets = on ? [...others, reserveSheet] : others;
  } catch {
    // Without constructable stylesheets the box simply reserves nothing.
  }
}

/** The `<fact-box>` attributes passed to `mount`, with their option names. */
const OPTIONS = [['lang', 'lang'], ['theme', 'theme'], ['digits', 'digits'], ['categories', 'categories'], ['max', 'max'],
  ['heading', 'heading'], ['heading-level', 'headingLevel'], ['about-href', 'aboutHref'], ['compact', 'compact']];

/** How far outside the viewport a box starts loading. */
const NEAR = '600px';

/** What the element uses of the glue (bundled into this file, so the rest of it is left out). */
const glue = { language, mount };

/** @type {Promise<typeof glue> | undefined} */
let wasm;

/**
 * Starts fetching and compiling the wasm: by the same URL the glue would use
 * (bundlers copy it as an asset), compiled while its bytes arrive. A host
 * that serves it without `application/wasm` still works, compiled at the end.
 */
function compile() {
  const url = new URL('./pkg/factbox_bg.wasm', import.meta.url);
  return fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const type = response.headers.get('Content-Type')?.split(';')[0].trim();
    return type === 'application/wasm' && typeof WebAssembly.compileStreaming === 'function'
      ? WebAssembly.compileStreaming(response)
      : response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
  });
}

/**
 * The language the wasm will read `article` in, as it decides (`lang`
 * option, else the article's `lang`, else the script with more letters in
 * the first 400), so its tables are fetched with the wasm, not after it.
 * A wrong guess only costs a round trip: the box asks for its own (`wants`).
 */
function guess(box, article) {
  // As `Lang::from_tag`: a tag of another language (or "auto") is passed over.
  for (const tag of [box.getAttribute('lang'), article?.closest('[lang]')?.getAttribute('lang')]) {
    const primary = tag?.split(/[-_]/)[0].toLowerCase();
    if (primary === 'ar' || primary === 'en') return primary;
  }
  const text = article?.textContent ?? '';
  let [arabic, latin] = [0, 0];
  for (let k = 0; k < text.length && arabic + latin < 400; k++) {
    const c = text.charCodeAt(k);
    if ((c | 32) >= 97 && (c | 32) <= 122) latin++;
    else if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) arabic++;
  }
  return arabic > latin ? 'ar' : 'en';
}

/** @type {Map<string, Promise<Uint8Array>>} a language's file, fetched once for every box */
const files = new Map();

/** Starts fetching the tables of `lang` (`pkg/factbox-<lang>.bin`), once. */
function fetchTables(lang) {
  let file = files.get(lang);
  if (!file) {
    // Literal paths, which bundlers copy as assets (as they do the wasm).
    const url = lang === 'ar' ? new URL('./pkg/factbox-ar.bin', import.meta.url) : new URL('./pkg/factbox-en.bin', import.meta.url);
    file = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.arrayBuffer().then((bytes) => new Uint8Array(bytes));
    });
    // Started early, maybe for a language no box asks for: not an unhandled rejection.
    file.catch(() => {});
    files.set(lang, file);
  }
  return file;
}

/** @type {Map<string, Promise<void>>} a language's tables given to the module */
const given = new Map();

/** The tables of `lang` given to module `m`, once. */
function tables(m, lang) {
  let done = given.get(lang);
  if (!done) {
    done = fetchTables(lang).then((file) => {
      if (m.language(file) !== lang) throw new Error(`factbox-${lang}.bin holds another language`);
    });
    given.set(lang, done);
  }
  return done;
}

/**
 * Loads and instantiates the module once for every box of the page. The glue
 * and its DOM snippet are inside the built file (tools/bundle.mjs), so the
 * wasm's bytes start one round trip after this file; `lang`'s tables come
 * in parallel.
 */
function load(lang) {
  fetchTables(lang);
  if (!wasm) {
    const compiled = compile();
    // Instantiated at once from the compiled module: the glue's async
    // loader (fetch, MIME fallbacks) is left out of this file.
    wasm = compiled.then((module) => {
      initSync({ module });
      return glue;
    });
  }
  return wasm;
}

/**
 * Runs `start` once, when `el` nears the viewport or the browser is idle,
 * with the observer's last entry for `el` if one came (its size, measured
 * without forcing a layout of the page). Returns a cancel function.
 */
function whenNeeded(el, start) {
  let done = false;
  /** @type {IntersectionObserverEntry | undefined} */
  let seen;
  const go = () => {
    if (done) return;
    cancel();
    start(seen);
  };
  const io = typeof IntersectionObserver === 'function'
    ? new IntersectionObserver((entries) => {
      seen = entries[entries.length - 1];
      if (entries.some((e) => e.isIntersecting)) go();
    }, { rootMargin: NEAR })
    : null;
  io?.observe(el);
  const idle = typeof requestIdleCallback === 'function'
    ? requestIdleCallback(go, { timeout: 4000 })
    : setTimeout(go, 300);
  function cancel() {
    done = true;
    io?.disconnect();
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle); else clearTimeout(idle);
  }
  return cancel;
}

/** Yields to the page's event loop (input, rendering) between pieces of work. */
const pause = () => globalThis.scheduler?.yield?.() ?? new Promise((done) => setTimeout(done));

/** The one console message of a box that cannot show. */
function fail(el, what, error) {
  console.warn(`factbox: ${what}; the <fact-box> stays empty.`, error ?? el);
}

export class FactBox extends HTMLElement {
  static observedAttributes = ['for', ...OPTIONS.map(([a]) => a)];

  /** @type {import('./pkg/factbox.js').Mount | null} */
  #mount = null;
  /** @type {(() => void) | null} */
  #cancel = null;
  /** Bumped by every (re)start and stop, so a late load does not mount a stale box. */
  #run = 0;

  connectedCallback() {
    if (!this.#mount && !this.#cancel) {
      reserve(this, true);
      this.#cancel = whenNeeded(this, (seen) => this.#start(seen));
    }
  }

  disconnectedCallback() {
    this.#stop();
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || (!this.#mount && !this.#cancel)) return;
    const loaded = this.#mount !== null;
    this.#stop();
    if (!this.isConnected) return;
    if (loaded) this.#start();
    else this.#cancel = whenNeeded(this, (seen) => this.#start(seen));
  }

  /** The report the box shows (see `Report` in pkg/factbox.d.ts), or null before it is ready. */
  get report() {
    try {
      return this.#mount?.report ?? null;
    } catch {
      return null;
    }
  }

  /** Shows fact `index` of `report.facts`, as a click on its figure does. */
  select(index) {
    try {
      return this.#mount?.select(index) ?? false;
    } catch (e) {
      fail(this, 'could not show the figure', e);
      return false;
    }
  }

  /** The article element this box reads. */
  get article() {
    const selector = this.getAttribute('for');
    if (selector) {
      try {
        return document.querySelector(selector);
      } catch {
        return null;
      }
    }
    return mainStory(this);
  }

  /** @param {IntersectionObserverEntry} [seen] the box's size as last observed, if it was */
  async #start(seen) {
    this.#cancel = null;
    const run = ++this.#run;
    let m;
    try {
      // The guessed language's file comes with the wasm; the mount asks for
      // the file it needs (`wants`) once it has read the article, so a
      // wrong guess costs a round trip, never the box.
      m = await load(guess(this, this.article));
    } catch (e) {
      if (run === this.#run) {
        reserve(this, false);
        fail(this, 'the WebAssembly module did not load', e);
      }
      return;
    }
    // Instantiating the module was a task's work: the rest waits for the next.
    await pause();
    if (run !== this.#run || !this.isConnected) return;
    const article = this.article;
    if (!article) {
      reserve(this, false);
      fail(this, `no article found${this.hasAttribute('for') ? ` for "${this.getAttribute('for')}"` : ''}`);
      return;
    }
    try {
      // Its width as observed spares the page a forced layout (70 ms in a 10 MB article).
      const options = { chunked: true, boxWidth: seen?.boundingClientRect.width };
      for (const [name, key] of OPTIONS) options[key] = this.getAttribute(name) || undefined;
      const box = this.#mount = m.mount(this, article, options);
      // Then steps of at most ~30 ms (reading the article, the language's
      // tables, extracting, converting, drawing), one task each, so the
      // page stays responsive on a slow phone.
      do {
        // The article's language is read: its tables first (fetched with
        // the wasm when it was guessed right).
        const want = box.wants;
        if (want) {
          try {
            await tables(m, want);
          } catch (e) {
            if (run === this.#run) {
              reserve(this, false);
              fail(this, `the tables of language "${want}" did not load`, e);
            }
            return;
          }
        }
        await pause();
        if (run !== this.#run) return;
      } while (!box.step());
      reserve(this, false);
    } catch (e) {
      if (run === this.#run) {
        reserve(this, false);
        fail(this, 'an error occurred', e);
      }
    }
  }

  #stop() {
    this.#run++;
    this.#cancel?.();
    this.#cancel = null;
    const mounted = this.#mount;
    this.#mount = null;
    try {
      mounted?.unmount();
    } catch (e) {
      fail(this, 'could not unmount', e);
    }
  }
}

// A page may include this script twice (or two builds of it): the first
// definition wins and the second does nothing.
if (!customElements.get('fact-box')) customElements.define('fact-box', FactBox);
