// <fact-box>: the key figures of a news article, in a box beside it.
//
//   <script type="module" src="/factbox/fact-box.js"></script>
//   <article> … <fact-box></fact-box> … </article>
//
// Rust cannot subclass HTMLElement, so this small class is hand-written: it
// finds the article, loads the WebAssembly when the box nears the viewport
// or the browser is idle, and calls `mount` (src/web), which draws the box in
// the element's open shadow root and keeps it up to date. Whatever goes
// wrong, the element renders nothing, logs one console message, and never
// throws into the page.

/** Without `for`, the article is the nearest of these (`main` only when no article is near). */
const ARTICLE = 'article, [itemprop="articleBody"]';

/** How far outside the viewport a box starts loading. */
const NEAR = '600px';

/** @type {Promise<typeof import('./pkg/factbox.js')> | undefined} */
let wasm;

/** Loads and instantiates the module once for every box of the page. */
function load() {
  // A literal path, relative to this file (so a page may serve both from
  // anywhere), that bundlers also follow, and the glue finds the wasm the same way.
  wasm ??= import('./pkg/factbox.js').then(async (m) => {
    await m.default();
    return m;
  });
  return wasm;
}

/** Runs `start` once, when `el` nears the viewport or the browser is idle. Returns a cancel function. */
function whenNeeded(el, start) {
  let done = false;
  const go = () => {
    if (done) return;
    cancel();
    start();
  };
  const io = typeof IntersectionObserver === 'function'
    ? new IntersectionObserver((entries) => { if (entries.some((e) => e.isIntersecting)) go(); }, { rootMargin: NEAR })
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
  static observedAttributes = ['for', 'lang', 'theme', 'digits'];

  /** @type {import('./pkg/factbox.js').Mount | null} */
  #mount = null;
  /** @type {(() => void) | null} */
  #cancel = null;
  /** Bumped by every (re)start and stop, so a late load does not mount a stale box. */
  #run = 0;

  connectedCallback() {
    if (!this.#mount && !this.#cancel) this.#cancel = whenNeeded(this, () => this.#start());
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
    else this.#cancel = whenNeeded(this, () => this.#start());
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
    for (let n = this.parentElement; n; n = n.parentElement) {
      if (n.matches(ARTICLE)) return n;
      const inside = n.querySelector(ARTICLE);
      if (inside) return inside;
      if (n.localName === 'main') return n;
    }
    return null;
  }

  async #start() {
    this.#cancel = null;
    const run = ++this.#run;
    let m;
    try {
      m = await load();
    } catch (e) {
      if (run === this.#run) fail(this, 'the WebAssembly module did not load', e);
      return;
    }
    if (run !== this.#run || !this.isConnected) return;
    const article = this.article;
    if (!article) {
      fail(this, `no article found${this.hasAttribute('for') ? ` for "${this.getAttribute('for')}"` : ''}`);
      return;
    }
    try {
      const box = this.#mount = m.mount(this, article, {
        lang: this.getAttribute('lang') || 'auto',
        theme: this.getAttribute('theme') || 'auto',
        digits: this.getAttribute('digits') || 'auto',
        chunked: true,
      });
      // A long article takes steps of ~30 ms, one task each, so the page
      // stays responsive; a short one is done in the first step.
      while (!box.step()) {
        await pause();
        if (run !== this.#run) return;
      }
    } catch (e) {
      if (run === this.#run) fail(this, 'an error occurred', e);
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
