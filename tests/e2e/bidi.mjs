// Bidi and invisible characters, as a reader sees them in Chromium: articles
// with RLO/LRO, embeddings, isolates and marks around and inside figures.
// The box shows exactly the figures whose digits read on screen as they are
// written; each of those reads in the article, left to right on screen, as
// its value; nothing the box takes from the article (subject, source,
// announced sentence) holds a directional control or escapes its isolation.
// Rules: src/screen.rs. Run by `make test-browser` after `make wasm`.
import assert from 'node:assert/strict';
import { AR, CONTROLS, EN, VISUAL, cases, digitsOf, html } from './pages/bidi.mjs';
import { checks, launch, serve } from './serve.mjs';

const { check, finish } = checks('bidi');

const server = await serve({
  pages: {
    '/t/en.html': html({ paras: EN, lang: 'en', dir: 'ltr', digits: 'latn' }),
    '/t/ar.html': html({ paras: AR, lang: 'ar', dir: 'rtl', digits: 'arab' }),
  },
});
const browser = await launch();

async function open(path) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript({ content: VISUAL });
  await page.goto(`${server.url}${path}`);
  await page.waitForFunction(() => document.querySelector('fact-box')?.report, null, { timeout: 20000 });
  return { page, errors };
}

/** What the box shows: per figure button, its number, subject, source, accessible name, and how each reads on screen. */
const shown = (page) => page.locator('fact-box').evaluate((b) => [...b.shadowRoot.querySelectorAll('button[part~="figure"]')].map((f) => {
  const part = (p) => f.querySelector(`[part~="${p}"]`);
  const style = (p) => part(p) && getComputedStyle(part(p)).unicodeBidi;
  return {
    number: part('number').textContent,
    numberSeen: window.__visual(part('number')),
    text: f.textContent,
    subject: part('subject')?.textContent ?? null,
    source: part('source')?.textContent ?? null,
    sourceSeen: part('source') ? window.__visual(part('source')) : null,
    label: f.getAttribute('aria-label'),
    bidi: { value: style('value'), subject: style('subject'), source: style('source') },
  };
}));

/** For every graded figure and each of its mentions: the mention's text, the figure's value, and the article's characters there as the screen shows them. */
const seenInArticle = (page) => page.evaluate(() => {
  const box = document.querySelector('fact-box');
  const out = [];
  box.report.facts.forEach((f, i) => {
    if (f.category === 'other') return;
    for (let k = 0; k < f.mentions.length; k++) {
      box.select(i); // the first call shows mention 0, each next one the next mention
      const range = [...(CSS.highlights.get('factbox') ?? [])][0];
      out.push({ value: f.value, text: f.mentions[k].text, seen: range ? window.__visual(range) : null });
    }
  });
  return out;
});

try {
  for (const c of cases) {
    const { page, errors } = await open(c.path);
    const figures = await shown(page);

    await check(`${c.path}: the box shows exactly the figures that read as written`, async () => {
      assert.deepEqual(figures.map((f) => f.number), c.numbers);
      assert.deepEqual(figures.map((f) => f.subject), c.subjects);
      assert.deepEqual(figures.map((f) => f.source), c.sources);
    });

    await check(`${c.path}: each figure's number reads on screen as its text`, async () => {
      for (const f of figures) assert.equal(f.numberSeen, f.number, JSON.stringify(f));
    });

    await check(`${c.path}: no directional control in what the box shows or names; article words isolated`, async () => {
      for (const f of figures) {
        for (const s of [f.text, f.label, f.subject ?? '', f.source ?? '']) assert.doesNotMatch(s, CONTROLS, JSON.stringify(f));
        assert.equal(f.bidi.value, 'isolate');
        if (f.subject !== null) assert.equal(f.bidi.subject, 'plaintext');
        if (f.source !== null) assert.equal(f.bidi.source, 'plaintext');
      }
      // A left-to-right source reads left to right: no control from the article reversed it.
      for (const f of figures) if (f.source && !/[\u0600-\u06FF]/.test(f.source)) assert.equal(f.sourceSeen, f.source);
    });

    await check(`${c.path}: the report's mentions, subjects and sources carry no directional control`, async () => {
      const report = await page.evaluate(() => document.querySelector('fact-box').report);
      for (const f of report.facts) {
        for (const m of f.mentions) assert.doesNotMatch(m.text, /[\u202A-\u202E\u2066-\u2069]/, JSON.stringify(m));
        for (const s of [f.subject, f.source]) if (s) assert.doesNotMatch(s, CONTROLS, s);
      }
    });

    await check(`${c.path}: every mention of every figure reads on screen, in the article, as its value`, async () => {
      const seen = await seenInArticle(page);
      assert.equal(seen.length, c.numbers.length);
      for (const s of seen) {
        assert.ok(s.seen, `a highlight for ${s.text}`);
        assert.equal(digitsOf(s.seen), digitsOf(s.text), JSON.stringify(s));
        assert.equal(digitsOf(s.seen), String(s.value), JSON.stringify(s));
      }
    });

    await check(`${c.path}: the announced sentence holds no directional control`, async () => {
      const n = figures.length;
      for (let i = 0; i < n; i++) {
        await page.locator('fact-box').locator('button[part~="figure"]').nth(i).click();
        const status = await page.locator('fact-box').locator('[aria-live=polite]').textContent();
        assert.ok(status.length > 0);
        assert.doesNotMatch(status, CONTROLS, status);
        assert.equal(await page.locator('fact-box').locator('[aria-live=polite]').evaluate((e) => getComputedStyle(e).unicodeBidi), 'plaintext');
      }
      assert.deepEqual(errors, []);
    });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

finish();
