// What a host page can rely on: article text never runs as code, the box
// works under a strict CSP, hostile page CSS does not reach it and it leaves
// the page's DOM, text and globals alone, and a very long article does not
// freeze the page. Run by `make test-browser` after `make wasm`.
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, checks, launch, serve } from './serve.mjs';

const { check, finish } = checks('harden');

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A test page: `head` markup, then an article of `paras` (plain text, escaped) with a box, unless `box` is false. */
function html({ head = '', paras, lang = 'en', box = true, script = true }) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}`
    + `${script ? '<script type="module" src="/fact-box.js"></script>' : ''}</head><body>`
    + `<main><article id="a" lang="${lang}">${box ? '<fact-box></fact-box>' : ''}`
    + paras.map((p) => `<p>${esc(p)}</p>`).join('') + '</article></main></body></html>';
}

// Payloads that would set window.__pwned if any of the article's text were parsed as HTML or run.
const XSS_EN = [
  'According to <img src=x onerror="window.__pwned=1">, 12 people were killed.',
  '12 "<script>window.__pwned=1</script>" protesters were killed.',
  "At least 30 people were injured, Ahmed's <a href=\"javascript:window.__pwned=1\">office</a> said.",
  'According to Ahmed "<img src=x onerror=window.__pwned=1>" Ali, 40 people were detained.',
];
const XSS_AR = [
  'وبحسب <img src=x onerror="window.__pwned=1">، قتل 12 شخصاً.',
  'وأعلنت وزارة "<script>window.__pwned=1</script>" الداخلية مقتل 26 محتجاً.',
  'وقال أحمد \'<a href="javascript:window.__pwned=1">علي</a>\' إن 30 شخصاً أصيبوا.',
];
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
// Hostile to everything but the article's text size, which the box follows on purpose (checked apart).
const HOSTILE = '<style>* { all: unset } button { display: none } body { direction: rtl } fact-box { display: block; width: 460px }</style>';
const LARGE = '<style>fact-box { display: block; width: 460px } article { font-size: 24px }</style>';
const PLAIN = '<style>fact-box { display: block; width: 460px }</style>';
const ISO = [
  'Police said 12 people were killed and 30 were injured in the attack on Monday.',
  'The health ministry said later that 14 people had been injured.',
];

// ~10 MB of real articles, paragraph by paragraph (English corpus, repeated).
async function bigParas(bytes) {
  const dir = join(ROOT, 'tests/corpus/en');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const paras = [];
  for (const f of files) paras.push(...(await readFile(join(dir, f), 'utf8')).split('\n\n').map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean));
  const out = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const p = paras[i % paras.length];
    out.push(p);
    n += Buffer.byteLength(p) + 2;
  }
  return out;
}
const BIG = await bigParas(10 * 1024 * 1024);

const server = await serve({
  mounts: { '/': 'www' },
  pages: {
    '/t/xss.html': html({ paras: [...XSS_EN, ...XSS_AR.map((p) => p)], lang: 'en' }),
    '/t/xss-ar.html': html({ paras: XSS_AR, lang: 'ar' }),
    '/t/csp.html': { html: html({ paras: ['وأعلنت وزارة الداخلية في كازاخستان، الجمعة، مقتل 26 محتجاً خلال التظاهرات المناهضة للحكومة.'], lang: 'ar', head: '<link rel="stylesheet" href="/demo.css">' }), headers: { 'Content-Security-Policy': CSP } },
    '/t/plain.html': html({ paras: ISO, head: PLAIN }),
    '/t/hostile.html': html({ paras: ISO, head: HOSTILE }),
    '/t/large.html': html({ paras: ISO, head: LARGE }),
    '/t/isolation.html': html({ paras: ISO, script: false }),
    '/t/fallback.html': html({ paras: ['12 people were killed on Monday.', 'Police said ', 'at least 30 were injured.', 'Later, 12 people were killed, officials said.'], script: false }),
    '/t/big.html': html({ paras: BIG, box: false, script: false }),
  },
});
const browser = await launch();

/** A page that records errors, console messages and CSP violations from its first script on. */
async function open(path, init) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const seen = { errors: [], console: [] };
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('console', (m) => seen.console.push(`${m.type()}: ${m.text()}`));
  await page.addInitScript(() => {
    window.__csp = [];
    window.__nodes = null;
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  if (init) await page.addInitScript(init);
  await page.goto(`${server.url}${path}`);
  return { page, seen };
}
const ready = (page) => page.waitForFunction(() => [...document.querySelectorAll('fact-box')].every((b) => b.report), null, { timeout: 20000 });

try {
  for (const path of ['/t/xss.html', '/t/xss-ar.html']) {
    await check(`${path}: markup, script and javascript: URLs in the article stay text`, async () => {
      const { page, seen } = await open(path);
      await ready(page);
      const box = page.locator('fact-box');
      const figures = box.locator('button[part~="figure"]');
      const n = await figures.count();
      assert.ok(n > 0, 'the box shows figures');
      for (let i = 0; i < n; i++) {
        await figures.nth(i).click();
        await page.keyboard.press('Escape');
      }
      // Each figure's sentence went through the status region; the last one stays there.
      const status = await box.locator('[aria-live=polite]').textContent();
      assert.match(status, /[<>"']/, `the announced sentence keeps its literal characters: ${status}`);
      const inside = await box.evaluate((b) => ({
        elements: [...b.shadowRoot.querySelectorAll('*')].map((e) => e.localName).filter((t) => !['section', 'h2', 'h3', 'div', 'button', 'span', 'ul', 'li', 'p'].includes(t)),
        text: b.shadowRoot.textContent,
        attrs: [...b.shadowRoot.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.name)).filter((a) => a.startsWith('on') || a === 'href' || a === 'src'),
      }));
      assert.deepEqual(inside.elements, [], 'no element from the article text');
      assert.deepEqual(inside.attrs, [], 'no handler, href or src attribute');
      assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no payload ran');
      assert.equal(await page.evaluate(() => document.querySelectorAll('article img, article script, article a').length), 0);
      assert.deepEqual(seen.errors, []);
      await page.close();
    });
  }

  await check('the status region announces the payload as literal text', async () => {
    const { page } = await open('/t/xss.html');
    await ready(page);
    const box = page.locator('fact-box');
    await box.getByRole('button', { name: /^12\b.*\bkilled/ }).click();
    const status = await box.locator('[aria-live=polite]').textContent();
    assert.ok(status.includes('According to <img src=x onerror="window.__pwned=1">, 12 people were killed.'), status);
    await page.waitForTimeout(50);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    await page.close();
  });

  await check('strict CSP sent as a header: the box shows, the highlight works, no violation', async () => {
    const { page, seen } = await open('/t/csp.html');
    await ready(page);
    const box = page.locator('fact-box');
    await box.getByRole('button', { name: /26/ }).click();
    const got = await page.evaluate(() => ({
      highlight: [...(CSS.highlights.get('factbox') ?? [])].map((r) => r.toString()),
      rule: document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight(factbox)'))),
      csp: window.__csp,
      header: true,
    }));
    assert.deepEqual(got.highlight, ['26']);
    assert.equal(got.rule, true, 'the ::highlight(factbox) rule is adopted');
    assert.deepEqual(got.csp, [], 'no securitypolicyviolation');
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(seen.console.filter((m) => m.startsWith('error') || m.startsWith('warning')), []);
    // The header is really in force: an inline script is refused.
    await page.evaluate(() => { const s = document.createElement('script'); s.textContent = 'window.__inline = 1'; document.head.append(s); });
    await page.waitForFunction(() => window.__csp.length > 0);
    assert.equal(await page.evaluate(() => window.__inline), undefined);
    await page.close();
  });

  await check('hostile page CSS does not change the box', async () => {
    const measure = async (path) => {
      const { page } = await open(path);
      await ready(page);
      const m = await page.locator('fact-box').evaluate((b) => [...b.shadowRoot.querySelectorAll('button, h2, section')].map((e) => {
        const r = e.getBoundingClientRect();
        const s = getComputedStyle(e);
        return { tag: e.localName, w: r.width, h: r.height, font: s.fontSize, display: s.display, visibility: s.visibility, dir: s.direction };
      }));
      return { page, m };
    };
    const plain = await measure('/t/plain.html');
    const hostile = await measure('/t/hostile.html');
    assert.equal(hostile.m.length, plain.m.length);
    assert.ok(hostile.m.length > 2);
    hostile.m.forEach((e, i) => {
      const p = plain.m[i];
      assert.equal(e.tag, p.tag);
      assert.deepEqual([e.font, e.display, e.visibility, e.dir], [p.font, p.display, p.visibility, p.dir], `${e.tag} #${i}`);
      assert.ok(Math.abs(e.w - p.w) <= 2 && Math.abs(e.h - p.h) <= 2, `${e.tag} #${i}: ${e.w}x${e.h} vs ${p.w}x${p.h}`);
    });
    await hostile.page.locator('fact-box').getByRole('button', { name: /^12\b.*\bkilled/ }).click();
    assert.deepEqual(await hostile.page.evaluate(() => [...CSS.highlights.get('factbox')].map((r) => r.toString())), ['12']);
    await plain.page.close();
    await hostile.page.close();
  });

  await check('a larger article text enlarges the box in proportion (a reader\'s font setting)', async () => {
    const size = async (path) => {
      const { page } = await open(path);
      await ready(page);
      const px = await page.locator('fact-box').evaluate((b) => ['section', 'h2', 'button'].map((s) => parseFloat(getComputedStyle(b.shadowRoot.querySelector(s)).fontSize)));
      await page.close();
      return px;
    };
    const plain = await size('/t/plain.html');
    const large = await size('/t/large.html');
    plain.forEach((p, i) => assert.ok(Math.abs(large[i] / p - 1.5) < 0.02, `${large[i]} / ${p}`));
  });

  const snapshot = () => {
    const c = document.documentElement.cloneNode(true);
    c.querySelectorAll('fact-box').forEach((b) => b.remove());
    return {
      globals: Object.keys(window),
      html: c.outerHTML,
      article: document.getElementById('a').innerHTML,
      text: document.getElementById('a').textContent,
      sheets: document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)),
      highlights: globalThis.CSS?.highlights ? [...CSS.highlights.keys()] : null,
      nodes: (() => {
        const w = document.createTreeWalker(document.getElementById('a'), NodeFilter.SHOW_TEXT);
        const out = [];
        while (w.nextNode()) out.push(w.currentNode);
        window.__nodes = window.__nodes ?? out;
        return out.length === window.__nodes.length && out.every((n, i) => n === window.__nodes[i]);
      })(),
    };
  };

  await check('the box changes no DOM, text, style or global of the host', async () => {
    const { page } = await open('/t/isolation.html');
    const before = await page.evaluate(snapshot);
    await page.evaluate(() => import('/fact-box.js'));
    await ready(page);
    const drawn = await page.evaluate(snapshot);
    await page.locator('fact-box').getByRole('button', { name: /^12\b.*\bkilled/ }).click();
    const clicked = await page.evaluate(snapshot);
    for (const s of [drawn, clicked]) {
      assert.deepEqual(s.globals, before.globals, 'no new global');
      assert.equal(s.html, before.html);
      assert.equal(s.nodes, true, 'the same text nodes');
    }
    assert.deepEqual(before.sheets, []);
    // Adopted with the first selection: in a 10 MB article it costs a restyle of the whole page.
    assert.deepEqual(drawn.sheets, []);
    assert.equal(clicked.sheets.length, 3);
    assert.match(clicked.sheets.join('\n'), /^::highlight\(factbox\)/);
    assert.match(clicked.sheets[1], /^mark\[data-factbox\]/);
    assert.match(clicked.sheets[2], /^::highlight\(factbox-sentence\)/);
    assert.deepEqual(clicked.highlights, ['factbox', 'factbox-sentence']);
    assert.equal(await page.evaluate(() => customElements.get('fact-box')?.name), 'FactBox');
    await page.close();
  });

  await check('without CSS.highlights: <mark> fallback, taken out again, text nodes as they were', async () => {
    const { page } = await open('/t/fallback.html', () => { delete CSS.highlights; });
    assert.equal(await page.evaluate(() => 'highlights' in CSS), false);
    const before = await page.evaluate(snapshot);
    await page.evaluate(() => import('/fact-box.js'));
    await ready(page);
    const box = page.locator('fact-box');
    const killed = box.getByRole('button', { name: /^12\b.*\bkilled/ });
    const marked = () => page.evaluate(() => [...document.querySelectorAll('mark[data-factbox]')].map((m) => [m.textContent, document.getElementById('a').contains(m)]));
    // The first mention starts its text node: splitting leaves an empty node that must survive.
    await killed.click();
    assert.deepEqual(await marked(), [['12', true]]);
    await page.keyboard.press('Escape');
    assert.deepEqual(await marked(), []);
    let s = await page.evaluate(snapshot);
    assert.equal(s.article, before.article);
    assert.equal(s.nodes, true, 'the same text nodes after Escape');
    // Again: the first mention, then the next one (moves to the second paragraph), then another figure.
    await killed.click();
    assert.deepEqual(await marked(), [['12', true]]);
    await killed.click();
    assert.deepEqual(await marked(), [['12', true]]);
    assert.match(await page.evaluate(() => document.querySelector('mark').parentElement.textContent), /^Later/);
    await box.getByRole('button', { name: /30\b.*\binjured/ }).click();
    assert.deepEqual(await marked(), [['30', true]]);
    await page.keyboard.press('Escape');
    s = await page.evaluate(snapshot);
    assert.equal(s.article, before.article);
    assert.equal(s.text, before.text, 'the article text is byte-identical');
    assert.equal(s.nodes, true, 'the same text nodes, none merged or dropped');
    assert.deepEqual(s.globals, before.globals);
    await page.close();
  });

  await check('a 10 MB article: the box in pieces gives the same figures as extract(); longest task', async () => {
    const { page, seen } = await open('/t/big.html');
    const size = await page.evaluate(() => document.getElementById('a').textContent.length);
    assert.ok(size > 9.5e6, `${size} characters`);
    await page.evaluate(() => {
      window.__tasks = [];
      new PerformanceObserver((l) => window.__tasks.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
    });
    await page.waitForTimeout(300);
    await page.evaluate(() => { window.__tasks.length = 0; });
    const t0 = Date.now();
    await page.evaluate(() => {
      const a = document.getElementById('a');
      // A timer that re-arms itself until the report is there: it runs only between the element's tasks.
      window.__ticks = 0;
      const tick = () => {
        if (document.querySelector('fact-box')?.report) return;
        window.__ticks++;
        setTimeout(tick, 0);
      };
      setTimeout(tick, 0);
      a.prepend(document.createElement('fact-box'));
      const s = document.createElement('script');
      s.type = 'module';
      s.src = '/fact-box.js';
      document.head.append(s);
    });
    await page.waitForFunction(() => document.querySelector('fact-box').report, null, { timeout: 60000, polling: 50 });
    const ticks = await page.evaluate(() => window.__ticks);
    const took = Date.now() - t0;
    await page.waitForTimeout(100);
    const tasks = await page.evaluate(() => window.__tasks);
    const longest = Math.max(0, ...tasks);
    console.log(`     10 MB: box ready in ${took} ms, ${tasks.length} long tasks, longest ${longest.toFixed(0)} ms, ${ticks} page timer callbacks meanwhile`);
    const same = await page.evaluate(async () => {
      const m = await import('/pkg/api.js');
      await m.default();
      const text = [...document.querySelectorAll('#a > p')].map((p) => p.textContent).join('\n\n');
      const box = document.querySelector('fact-box').report;
      const ref = m.extract(text, { lang: 'en' });
      // Which country an ambiguous currency word ("rupees") belongs to is
      // decided by the countries named in the piece read, and the box's
      // pieces are not extract()'s: the currency may differ, nothing else.
      // So every mention is compared as it reads, its fact's currency aside.
      const plain = (r) => JSON.stringify(r.facts.flatMap((f) => f.mentions.map((m) => [m.start, m.end, m.text, m.sentence.start, m.sentence.end, f.category, f.value, f.value_max, f.approx, f.qualifier, f.subject, f.source])).sort((x, y) => x[0] - y[0]));
      const a = plain(box);
      const b = plain(ref);
      const at = [...a].findIndex((c, i) => c !== b[i]); return { equal: a === b, facts: [box.facts.length, ref.facts.length], at, a: a.slice(Math.max(0, at - 400), at + 200), b: b.slice(Math.max(0, at - 400), at + 200) };
    });
    assert.ok(same.equal, JSON.stringify(same));
    // Reading the DOM, extracting and converting the report run in steps;
    // the longest task and the page's timer callbacks in between are
    // printed above, not asserted: both depend on the machine's speed.
    assert.deepEqual(seen.errors, []);
    await page.close();
  });
} finally {
  await browser.close();
  await server.close();
}

finish();
