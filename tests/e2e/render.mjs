// Server-rendered boxes (`factbox render`) in Chromium: with JavaScript off
// the box shows the seed's figures; hostile article text stays text; with
// JavaScript on the element adopts the rendered box — the same nodes, made
// interactive — without moving the page (no layout shift, the same size),
// and draws again a box rendered from an article that has changed since.
// Run by `make test-render`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, checks, launch, serve } from './serve.mjs';

const { check, finish } = checks('render');
const BIN = join(ROOT, 'target/release/factbox');
const SEED = readFileSync(join(ROOT, 'tests/corpus/ar/000.txt'), 'utf8');
const SEED_FIGURES = ['26 محتجاً، بحسب وزارة الداخلية، القتلى', '200 جندي، القوات'];
const HOSTILE = 'At least 12 people were killed, according to O\'Brien.\n\n<img src=x onerror="document.title=\'pwned\'"> <script>document.title = "pwned"</script> 30 people were injured.';

const escape = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `factbox render` of `text` (through a file, as a CMS would call it). */
function rendered(text) {
  const dir = mkdtempSync(join(tmpdir(), 'factbox-render-'));
  try {
    writeFileSync(join(dir, 'article.txt'), text);
    return execFileSync(BIN, ['render', join(dir, 'article.txt')], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A page with the article and its box, as a server would send it. `box` is
 * the <fact-box> markup; `script` adds the element; the inline script notes
 * layout shifts and the box's size before any module runs, and the one after
 * the article (a classic script: it runs before any module) tags the nodes
 * of the rendered box with a JS property, to tell them from redrawn ones.
 */
function page(text, { lang, box, script = false, width = '700px' }) {
  const paragraphs = text.split('\n\n').map((p) => `<p>${escape(p.trim())}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>
  window.shifts = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.shifts.push(e.value); }).observe({ type: 'layout-shift', buffered: true });
  addEventListener('DOMContentLoaded', () => { window.before = document.querySelector('fact-box').getBoundingClientRect().toJSON(); });
</script>
${script ? '<script type="module" src="/fact-box.js"></script>' : ''}</head>
<body style="width: ${width}"><article lang="${lang}">${box}${paragraphs}</article>
<script>
  const root = document.querySelector('fact-box').shadowRoot;
  for (const e of root?.querySelectorAll('*') ?? []) e.rendered = true;
  window.rendered = [...root?.querySelectorAll('button[part~=figure]') ?? []].map((b) => b.getAttribute('aria-label'));
</script>
</body></html>`;
}

const seedBox = rendered(SEED);
/** The CSP source that allows the box's inline stylesheet: the hash of box.css, its whole text. */
const STYLE_HASH = `'sha256-${createHash('sha256').update(readFileSync(join(ROOT, 'src/web/box.css'))).digest('base64')}'`;
const csp = (style) => ({ html: page(SEED, { lang: 'ar', box: seedBox }), headers: { 'Content-Security-Policy': `default-src 'self'; style-src ${style}` } });
const server = await serve({
  mounts: { '/': 'www' },
  pages: {
    '/seed.html': page(SEED, { lang: 'ar', box: seedBox }),
    '/hostile.html': page(HOSTILE, { lang: 'en', box: rendered(HOSTILE) }),
    '/live.html': page(SEED, { lang: 'ar', box: seedBox, script: true }),
    '/phone.html': page(SEED, { lang: 'ar', box: seedBox, script: true, width: 'auto' }),
    '/csp-hash.html': csp(STYLE_HASH),
    '/csp-self.html': csp("'self'"),
    // Rendered from an earlier version of the article, which said 300.
    '/changed.html': page(SEED, { lang: 'ar', box: rendered(SEED.replace('200 جندي', '300 جندي')), script: true }),
    '/empty.html': page(SEED, { lang: 'ar', box: '<fact-box></fact-box>', script: true }),
  },
});
const browser = await launch();

/** The aria-labels of the box's figure buttons (locators pierce the open shadow root). */
const labels = (p) => p.locator('fact-box button[part~="figure"]').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));

try {
  const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1000, height: 800 } });

  await check('JavaScript off: the rendered box shows 26 and 200', async () => {
    const p = await noJs.newPage();
    await p.goto(`${server.url}/seed.html`);
    assert.deepEqual(await labels(p), SEED_FIGURES);
    const numbers = p.locator('fact-box [part=number]');
    assert.deepEqual(await numbers.allTextContents(), ['26', '200']);
    for (const n of await numbers.all()) assert.ok(await n.isVisible());
    assert.equal(await p.evaluate(() => window.shifts), undefined, 'no script ran');
    const box = await p.locator('fact-box section[part=box]').boundingBox();
    assert.ok(box.height > 100, `the box takes its height: ${box.height}`);
    await p.close();
  });

  await check('JavaScript off: hostile article text is text, in the article and in the box', async () => {
    const p = await noJs.newPage();
    await p.goto(`${server.url}/hostile.html`);
    assert.notEqual(await p.title(), 'pwned');
    const inBox = await p.locator('fact-box').evaluate((b) => [...b.shadowRoot.querySelectorAll('*')].map((e) => e.localName));
    assert.deepEqual([...new Set(inBox)].sort(), ['button', 'div', 'h2', 'h3', 'p', 'section', 'span', 'style']);
    assert.deepEqual(await labels(p), ['at least 12 people killed, according to O\'Brien', '30 people injured']);
    assert.equal(await p.locator('article img, article script').count(), 0);
    await p.close();
  });

  await check('under a CSP, the hash of box.css lets the rendered box be styled; style-src \'self\' alone does not', async () => {
    const radius = async (path) => {
      const p = await noJs.newPage();
      await p.goto(`${server.url}${path}`);
      const r = await p.locator('fact-box section[part=box]').evaluate((s) => getComputedStyle(s).borderTopLeftRadius);
      await p.close();
      return r;
    };
    // .6em of the box's text, 0.9 of the page's 16px.
    assert.equal(await radius('/csp-hash.html'), '8.64px');
    assert.equal(await radius('/csp-self.html'), '0px');
  });

  /** Of the box's buttons and section: how many there are and how many are the rendered nodes (tagged before the element ran). */
  const tagged = (p) => p.locator('fact-box').evaluate((b) => {
    const nodes = [...b.shadowRoot.querySelectorAll('button, section')];
    return { nodes: nodes.length, rendered: nodes.filter((n) => n.rendered === true).length };
  });

  await check('JavaScript on: the element adopts the rendered box (the same nodes); no layout shift, same size; a click highlights', async () => {
    const p = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await p.goto(`${server.url}/live.html`);
    assert.deepEqual(await p.evaluate(() => window.rendered), SEED_FIGURES);
    await p.waitForFunction(() => document.querySelector('fact-box').report, null, { timeout: 10000 });
    assert.deepEqual(await labels(p), SEED_FIGURES);
    assert.equal(await p.locator('fact-box section[part=box]').count(), 1);
    // Two figures, two filters, the section: all of them the rendered nodes.
    assert.deepEqual(await tagged(p), { nodes: 5, rendered: 5 }, 'the rendered nodes are kept, none drawn again');
    const { before, after, shifts } = await p.evaluate(() => ({
      before: window.before, after: document.querySelector('fact-box').getBoundingClientRect().toJSON(), shifts: window.shifts,
    }));
    assert.deepEqual(after, before);
    assert.deepEqual(shifts, []);
    await p.getByRole('button', { name: /200/ }).click();
    assert.deepEqual(await p.evaluate(() => [...CSS.highlights.get('factbox')].map((r) => r.toString())), ['200']);
    assert.match(await p.evaluate(() => CSS.highlights.get('factbox-sentence') && [...CSS.highlights.get('factbox-sentence')][0].toString()), /طاجيكستان 200 جندي/);
    assert.equal(await p.locator('fact-box button[data-selected]').getAttribute('aria-label'), SEED_FIGURES[1]);
    assert.match(await p.locator('fact-box [part=status]').textContent(), /200/, 'announced in the live region');
    // The filters work on the adopted markup: pressing "troops" hides the other group.
    await p.locator('fact-box button[part=filter][data-category=troops]').click();
    assert.equal(await p.locator('fact-box button[part=filter][data-category=troops]').getAttribute('aria-pressed'), 'true');
    assert.equal(await p.locator('fact-box div[part=category][data-category=killed]').isVisible(), false);
    // Keyboard: Escape clears the selection.
    await p.getByRole('button', { name: /200/ }).focus();
    await p.keyboard.press('Escape');
    assert.equal(await p.locator('fact-box button[data-selected]').count(), 0);
    await p.close();
  });

  await check('JavaScript on, on a phone: the element adopts the full rendered box instead of drawing it compact', async () => {
    const p = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    await p.goto(`${server.url}/phone.html`);
    await p.waitForFunction(() => document.querySelector('fact-box').report, null, { timeout: 10000 });
    assert.ok((await p.evaluate(() => document.querySelector('fact-box').getBoundingClientRect().width)) < 440, 'a phone-wide box');
    assert.deepEqual(await labels(p), SEED_FIGURES);
    assert.deepEqual(await tagged(p), { nodes: 5, rendered: 5 }, 'the rendered nodes are kept, none drawn again');
    assert.equal(await p.locator('fact-box [aria-expanded]').count(), 0, 'no compact summary');
    const { before, after, shifts } = await p.evaluate(() => ({
      before: window.before, after: document.querySelector('fact-box').getBoundingClientRect().toJSON(), shifts: window.shifts,
    }));
    assert.deepEqual(after, before);
    assert.deepEqual(shifts, []);
    await p.close();
  });

  await check('JavaScript on, the article changed since it was rendered: the element draws the box again, right', async () => {
    const p = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await p.goto(`${server.url}/changed.html`);
    assert.match((await p.evaluate(() => window.rendered))[1], /^300 /, 'the rendered box has the old figure');
    await p.waitForFunction(() => document.querySelector('fact-box').report, null, { timeout: 10000 });
    assert.deepEqual(await labels(p), SEED_FIGURES);
    assert.equal(await p.locator('fact-box section[part=box]').count(), 1);
    assert.deepEqual(await tagged(p), { nodes: 5, rendered: 0 }, 'every node drawn anew');
    await p.getByRole('button', { name: /200/ }).click();
    assert.deepEqual(await p.evaluate(() => [...CSS.highlights.get('factbox')].map((r) => r.toString())), ['200']);
    await p.close();
  });

  await check('control: a box drawn only by script does shift the article (so the check above can fail)', async () => {
    const p = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await p.goto(`${server.url}/empty.html`);
    await p.waitForFunction(() => document.querySelector('fact-box').report, null, { timeout: 10000 });
    await p.waitForFunction(() => window.shifts.length > 0, null, { timeout: 5000 });
    await p.close();
  });
} finally {
  await browser.close();
  await server.close();
}

finish();
