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

/**
 * Sets the page's one `factbox` highlight to `range`, and `factbox-sentence`
 * to its `sentence` (if given) under it; false where the CSS Custom
 * Highlight API is missing.
 */
export function highlight(range, sentence) {
  const registry = globalThis.CSS?.highlights;
  if (!registry || typeof Highlight !== 'function') return false;
  const figure = new Highlight(range);
  figure.priority = 1;
  registry.set('factbox', figure);
  if (sentence) registry.set('factbox-sentence', new Highlight(sentence));
  else registry.delete('factbox-sentence');
  return true;
}

/** Removes the `factbox` highlights if they are still `range`'s (another box may have taken them over). */
export function unhighlight(range) {
  if (globalThis.CSS?.highlights?.get('factbox')?.has(range)) {
    CSS.highlights.delete('factbox');
    CSS.highlights.delete('factbox-sentence');
  }
}

/**
 * Moves the keyboard's focus to the block holding `range` (a sentence the
 * reader jumped to), so that reading and Tab go on from there; Escape there
 * brings it back to `back`, the figure's button. The block is focusable
 * (`tabindex="-1"`) only while it has the focus: the page is left as it was.
 */
export function focusSentence(range, back) {
  const n = range.startContainer;
  const block = (n.nodeType === 1 ? n : n.parentElement)?.closest('p, li, blockquote, dd, td, h1, h2, h3, h4, h5, h6, div');
  if (!block) return;
  const had = block.hasAttribute('tabindex');
  const key = (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    back.focus();
  };
  block.addEventListener('keydown', key);
  block.addEventListener('blur', () => {
    block.removeEventListener('keydown', key);
    if (!had) block.removeAttribute('tabindex');
  }, { once: true });
  if (!had) block.setAttribute('tabindex', '-1');
  block.focus({ preventScroll: true });
}

/** Scrolls the element holding `range` to the middle of the view, smoothly unless the reader prefers reduced motion. */
export function scrollToRange(range) {
  const n = range.commonAncestorContainer;
  const el = n.nodeType === Node.ELEMENT_NODE ? n : n.parentElement;
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  el?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
}

// ---- What the box reads (article.rs asks, element by element) ----

/** Elements never read: code, styles, controls, embedded content, page furniture by its tag, the box itself. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'aside', 'header', 'footer', 'form', 'button',
  'figcaption', 'fact-box', 'iframe', 'object', 'embed', 'svg', 'math', 'select', 'textarea', 'input', 'canvas', 'video',
  'audio', 'head', 'dialog']);

/** Block elements when no computed style says otherwise (an element outside a rendered document has none). */
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol',
  'dl', 'dt', 'dd', 'blockquote', 'pre', 'figure', 'table', 'tr', 'td', 'th', 'hr', 'address', 'details', 'summary']);

/**
 * Words of a class, id, aria-label, role or data-* attribute name that mark
 * what is not the story's prose, as reader modes judge it: ads, embeds,
 * share bars, bylines, breadcrumbs, tags, author boxes, comments,
 * newsletters, related links. Whole words only (split at anything but a
 * letter or digit, and at camelCase humps): "ad" is not in "head", "read",
 * "shadow" or "header".
 */
const FURNITURE = new RegExp('(?:^|[^\\p{L}\\p{N}])(?:ads?|adv|advert\\w*|adslot|adunit|sponsor\\w*|promo\\w*|gpt|dfp|'
  + 'outbrain|taboola|share|sharing|social|byline|dateline|author\\w*|breadcrumbs?|tags?|keywords|comments?|'
  + 'newsletter|subscribe|subscription|related|recommended|most|popular|trending|also|header|footer|'
  + 'tweet|twitter|instagram|tiktok|facebook|embed\\w*|caption|credit|meta|toolbar|widget|ticker|sidebar|'
  + 'navigation|complementary|contentinfo|banner|search|'
  + 'إعلان\\p{L}*|اعلان\\p{L}*|إعلاني\\p{L}*|ترويج\\p{L}*|مشاركة|تعليقات|اقرأ|أيضاً|أيضا|كاتب|الكاتب)(?=$|[^\\p{L}\\p{N}])', 'iu');

/** The words that name `el`: classes, id, aria-label, role, and the names of its data-* attributes. */
function names(el) {
  let s = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('role') ?? ''}`;
  for (const a of el.attributes) if (a.name.startsWith('data-') && !a.name.startsWith('data-factbox')) s += ` ${a.name.slice(5)}`;
  return s.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
}

/**
 * Whether most of a block's text is link text (a "read also" list, a
 * related-stories block): more than half of its letters are inside links.
 * Only blocks holding a link are measured.
 */
function linkDense(el) {
  if (!BLOCKS.has(el.localName) || !el.querySelector('a[href]')) return false;
  const size = (t) => t.replace(/\s+/g, '').length;
  const all = size(el.textContent);
  let links = 0;
  for (const a of el.querySelectorAll('a[href]')) links += size(a.textContent);
  return all > 0 && links * 2 > all;
}

/**
 * How the article reader treats `el`: 0 not read (with everything inside),
 * 1 inline, 2 a block (a paragraph break around it), 3 a line break.
 * Not read: `SKIPPED` tags, `hidden`, `aria-hidden="true"`,
 * `data-factbox-skip`, `display: none`, page furniture (`FURNITURE`), and
 * link-dense blocks.
 */
export function kind(el) {
  const tag = el.localName;
  if (tag === 'br') return 3;
  if (SKIPPED.has(tag) || el.hasAttribute('hidden') || el.hasAttribute('data-factbox-skip')
    || el.getAttribute('aria-hidden') === 'true') return 0;
  const display = el.isConnected ? getComputedStyle(el).display : '';
  if (display === 'none' || FURNITURE.test(names(el)) || linkDense(el)) return 0;
  if (!display) return BLOCKS.has(tag) ? 2 : 1;
  return display.startsWith('inline') || display === 'contents' ? 1 : 2;
}

/** Whether `node` (or the element holding it) lies in something the reader leaves out, below `article`. */
function leftOut(node, article) {
  for (let n = node.nodeType === 1 ? node : node.parentElement; n && n !== article; n = n.parentElement) {
    if (kind(n) === 0) return true;
  }
  return false;
}

/**
 * Whether none of the mutation `records` can change what the reader reads:
 * each happened inside something it leaves out (an ad filling in, a share
 * count ticking), or only added or removed such things or blank text.
 */
export function quiet(records, article) {
  return records.every((r) => leftOut(r.target, article) || (r.type === 'childList'
    && [...r.addedNodes, ...r.removedNodes].every((n) => (n.nodeType === 3 ? !n.data.trim() : n.nodeType !== 1 || (n.isConnected ? leftOut(n, article) : kind(n) === 0)))));
}

// ---- How the box looks on the page ----

/** Relative luminance (WCAG) of a computed `rgb()`/`rgba()` colour, or null when it is mostly transparent. */
function luminance(color) {
  const c = color.match(/[\d.]+/g)?.map(Number);
  if (!c || c.length < 3 || (c.length > 3 && c[3] < 0.5)) return null;
  const lin = (v) => (v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
}

/**
 * Makes `box` look like the page around `article`: for `theme` "auto",
 * light or dark by the luminance of the article's background, or its
 * nearest opaque ancestor's; "auto" stays (prefers-color-scheme) when the
 * page paints none. The font is inherited (box.css); `data-font` marks a
 * host that sets `--factbox-font` instead.
 */
export function look(box, article, theme) {
  const host = box.getRootNode().host;
  if (host && getComputedStyle(host).getPropertyValue('--factbox-font').trim()) box.dataset.font = '';
  if (theme === 'auto') {
    for (let n = article; n; n = n.parentElement) {
      const l = luminance(getComputedStyle(n).backgroundColor);
      if (l !== null) {
        theme = l < 0.2 ? 'dark' : 'light';
        break;
      }
    }
  }
  box.dataset.theme = theme;
  return theme;
}

/** Below this width (CSS px) a box that spans a phone's screen starts compact. A phone is 360-430 px wide. */
const COMPACT_BELOW = 440;

/**
 * Whether a box drawn in `host` starts compact: it is narrower than
 * `COMPACT_BELOW` and spans most of the window's width (a phone). A narrow
 * box beside the story on a wide screen (a sidebar) stays full. `width` is
 * the box's width as the element observed it; without it (0) it is
 * measured, which forces a layout of the page.
 */
export function narrow(host, width) {
  const w = width > 0 ? width : host.getBoundingClientRect().width;
  return w > 0 && w < COMPACT_BELOW && w > 0.66 * innerWidth;
}

/**
 * Appends the line saying the figures were found automatically (part
 * `note`), linked to `href` only when the URL parser reads it, against the
 * page's address, as http or https: a relative URL on a web page is one;
 * `javascript:`, `data:` and the like (however written) are not.
 */
export function note(parent, text, href) {
  const line = el(parent, 'p', 'note', 'note', '');
  let url = null;
  try {
    url = href ? new URL(href, parent.ownerDocument.baseURI) : null;
  } catch {
    // Not a URL: plain text.
  }
  if (url && (url.protocol === 'https:' || url.protocol === 'http:')) el(line, 'a', '', '', text).href = url.href;
  else line.textContent = text;
}

/**
 * One fact of a report as the JS API gives it (the CLI's JSON names; `null`
 * for what is missing). `at` holds five numbers a mention: start, end, the
 * sentence's start and end, and the length of its text in `texts`, where
 * the mentions' texts stand one after another.
 */
export function fact(category, value, value_max, approx, unit, qualifier, subject, source, headline, at, texts) {
  const mentions = [];
  for (let k = 0, from = 0; k < at.length; k += 5) {
    const to = from + at[k + 4];
    mentions.push({ start: at[k], end: at[k + 1], text: texts.slice(from, to), sentence: { start: at[k + 2], end: at[k + 3] } });
    from = to;
  }
  return {
    category, value: value ?? null, value_max: value_max ?? null, approx: approx ?? null, unit: unit ?? null,
    qualifier, subject: subject ?? null, source: source ?? null, headline, mentions,
  };
}
