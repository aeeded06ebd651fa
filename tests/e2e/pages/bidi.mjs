// The bidi test pages of bidi.mjs (Chromium) and engines.mjs (Firefox,
// WebKit): articles with RLO/LRO, embeddings, isolates and marks around and
// inside figures, and which figures the box must show for each.

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A page with one article of `paras` (plain text, escaped) and its box. */
export const html = ({ paras, lang, dir, digits }) => '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>'
  + '<script type="module" src="/fact-box.js"></script><style>fact-box { display: block; width: 460px }</style></head><body><main>'
  + `<article lang="${lang}" dir="${dir}"><fact-box digits="${digits}"></fact-box>`
  + paras.map((p) => `<p>${esc(p)}</p>`).join('') + '</article></main></body></html>';

// Each paragraph's comment says what a reader sees and what the box must do.
export const EN = [
  'Police said 1\u202E23 people were killed in the north.', // "1" then the rest reversed: hidden
  'According to the \u202BHealth\u202C Ministry, 4\u200D000 people were injured.', // ZWJ ignored: 4,000 injured
  'At least 250 \u2067protesters\u2069 were detained on Monday.', // isolate around the subject: 250 detained
  'Another 3\u2066,500\u2069 people were displaced.', // isolate inside the number: hidden
  '\u202EThe army said 77 soldiers were killed.\u202C', // all overridden: hidden
  'Read https://example.com/350-people-killed for more.', // a URL: not graded
  'People killed #900 trended.', // a hashtag: not graded
  'Rescuers said 12 people were missing.', // 12 missing
  'In the south, 5 people were killed \u202Eyadretsey\u202C.', // overridden words in its sentence: not graded
];
export const AR = [
  'وأعلنت وزارة \u202Bالداخلية\u202C مقتل ٢٦ محتجاً\u200F خلال التظاهرات.', // 26 killed
  'وأصيب 1\u200F40 شخصاً في الهجوم.', // shows as 401 in RTL: hidden
  'واعتقلت الشرطة ١٢\u206733\u2069 شخصاً.', // shows as 3312: hidden
  'وقتل 1٢3 شخصاً بحسب المصادر.', // two digit systems: hidden
  'ونزح \u2067٣٠٠\u2069 شخص من منازلهم بحسب \u202Aالأمم المتحدة\u202C.', // 300 displaced
  'وانتشر وسم #قتلى_500 على مواقع التواصل.', // a hashtag: not graded
  '\u202Eقتل 44 شخصاً في القصف.', // all overridden: hidden
  'وأصيب 17 شخصاً بجروح.', // 17 injured
];

/** Directional formatting characters and marks. */
export const CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** Arabic-Indic and Extended Arabic-Indic digits as ASCII; everything else but digits dropped. */
export const digitsOf = (s) => [...s].map((c) => {
  const k = c.codePointAt(0);
  if (k >= 0x660 && k <= 0x669) return String(k - 0x660);
  if (k >= 0x6F0 && k <= 0x6F9) return String(k - 0x6F0);
  return c;
}).join('').replace(/[^0-9]/g, '');

/** Each page's figures as the box must show them. */
export const cases = [
  {
    path: '/t/en.html',
    numbers: ['4,000', '12', '250'], // injured, missing, detained (FACTS.md order)
    subjects: ['people', 'people', 'protesters'],
    sources: ['according to the Health Ministry', 'according to Rescuers', null],
  },
  {
    path: '/t/ar.html',
    numbers: ['٢٦', '١٧', '٣٠٠'], // killed, injured, displaced
    subjects: ['محتجاً', 'شخصاً', 'شخص'],
    sources: ['بحسب وزارة الداخلية', null, 'بحسب الأمم المتحدة'],
  },
];

/**
 * Defines `__visual(target)`: the characters under `target` (a Range or an
 * Element) as the screen shows them, by line, then left to right,
 * measured by grapheme cluster: Firefox gives a cluster's whole width to
 * its last character ("4" of "4\u200D000" measures 0 px alone, though the
 * screen shows "4000"). Used by bidi.mjs (Chromium) and engines.mjs.
 */
export const VISUAL = `window.__visual = (target) => {
  const range = target instanceof Range ? target : (() => { const r = document.createRange(); r.selectNodeContents(target); return r; })();
  const root = range.commonAncestorContainer;
  const walk = document.createTreeWalker(root.nodeType === Node.TEXT_NODE ? root.parentNode : root, NodeFilter.SHOW_TEXT);
  const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const out = [];
  while (walk.nextNode()) {
    const n = walk.currentNode;
    if (!range.intersectsNode(n)) continue;
    const from = n === range.startContainer ? range.startOffset : 0;
    const to = n === range.endContainer ? range.endOffset : n.data.length;
    for (const { segment, index } of graphemes.segment(n.data)) {
      const end = index + segment.length;
      if (end <= from || index >= to) continue;
      const r = document.createRange();
      r.setStart(n, index);
      r.setEnd(n, end);
      const box = r.getBoundingClientRect();
      if (box.width > 0) out.push([Math.round(box.top), box.left, n.data.slice(Math.max(index, from), Math.min(end, to))]);
    }
  }
  out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return out.map((c) => c[2]).join('');
};`;
