// DOM helpers that src/web (Rust) imports. They exist to keep the wasm
// small: one call here stands for several web-sys calls and their error
// plumbing. None of them parses HTML; text is only ever set as text.

/** Wraps a Rust callback so that nothing it raises (a trap included) reaches the page's event loop. */
export function guard(f) {
  return (e) => {
    try {
      f(e);
    } catch (x) {
      console.warn('factbox:', x);
    }
  };
}

/** Appends a new `tag` element to `parent` with a class, a `part` and a text (each may be empty) and returns it. */
export function el(parent, tag, cls, part, text) {
  const e = (parent.ownerDocument ?? parent).createElement(tag);
  if (cls) e.className = cls;
  if (part) e.setAttribute('part', part);
  if (text) e.textContent = text;
  parent.append(e);
  return e;
}

/** Sets an attribute; `null` removes it. */
export function attr(e, name, value) {
  if (value == null) e.removeAttribute(name);
  else e.setAttribute(name, value);
}

/** Dispatches a CustomEvent that bubbles and crosses shadow boundaries, so a page can listen on `document`. */
export function fire(target, name, detail) {
  target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
}

/** One constructable stylesheet per CSS text for the whole page: every box shares one. */
const sheets = new Map();

/** Adopts the stylesheet of `css` into `root` (a document or a shadow root), once. */
export function adopt(root, css) {
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** Sets the page's one `factbox` highlight to `range`; false where the CSS Custom Highlight API is missing. */
export function highlight(range) {
  const registry = globalThis.CSS?.highlights;
  if (!registry || typeof Highlight !== 'function') return false;
  registry.set('factbox', new Highlight(range));
  return true;
}

/** Removes the `factbox` highlight if it is still `range`'s (another box may have taken it over). */
export function unhighlight(range) {
  if (globalThis.CSS?.highlights?.get('factbox')?.has(range)) CSS.highlights.delete('factbox');
}

/** Scrolls the element holding `range` to the middle of the view, smoothly unless the reader prefers reduced motion. */
export function scrollToRange(range) {
  const n = range.commonAncestorContainer;
  const el = n.nodeType === Node.ELEMENT_NODE ? n : n.parentElement;
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  el?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
}
