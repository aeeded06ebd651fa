// End to end: serves www/, opens the demo in real headless Chromium (the
// system's, through playwright-core), and checks what a reader sees and does.
// Run by `make test-browser` after `make wasm`. Saves tests/e2e/out/demo.png.
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, checks, launch, serve } from './serve.mjs';

const OUT = join(ROOT, 'tests/e2e/out');
const { check, finish } = checks('e2e');

/** Console messages and uncaught errors of a page, for "never throws into the host page". */
function watch(page) {
  const seen = { errors: [], console: [] };
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('console', (m) => seen.console.push({ type: m.type(), text: m.text() }));
  return seen;
}

/** Waits until every <fact-box> of the page has a report (fired factbox:ready). */
async function ready(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('fact-box')].every((b) => b.report), null, { timeout: 10000 });
}

const server = await serve();
const browser = await launch();
await mkdir(OUT, { recursive: true });

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const seen = watch(page);
  await page.goto(`${server.url}/`);
  const ar = page.locator('#kazakhstan fact-box');
  const en = page.locator('#douri fact-box');

  await check('the demo articles are the corpus texts, paragraph for paragraph', async () => {
    for (const id of ['kazakhstan', 'douri']) {
      const { corpus, paragraphs } = await page.evaluate((id) => {
        const a = document.getElementById(id);
        return { corpus: a.dataset.corpus, paragraphs: [...a.querySelectorAll('.body > p')].map((p) => p.textContent) };
      }, id);
      const text = await readFile(join(ROOT, corpus), 'utf8');
      assert.deepEqual(paragraphs, text.split('\n\n').map((p) => p.trim()).filter(Boolean));
    }
  });

  await check('both boxes load under a strict CSP and show the right figures', async () => {
    await ready(page);
    const names = async (box) => box.locator('button[part~="figure"]').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));
    assert.deepEqual(await names(ar), ['26 محتجاً، بحسب وزارة الداخلية، القتلى', '200 جندي، القوات']);
    assert.deepEqual(await names(en), ['3 people killed', 'at least 27 people killed', '$10 million']);
    assert.equal(await ar.locator('section[part=box]').getAttribute('dir'), 'rtl');
    assert.equal(await en.locator('section[part=box]').getAttribute('dir'), 'ltr');
    assert.equal(await ar.getByRole('button', { name: /200/ }).count(), 1);
  });

  await check('clicking 26 highlights it in the article, scrolls its sentence into view, announces it', async () => {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await ar.getByRole('button', { name: /26/ }).click();
    const highlight = await page.evaluate(() => {
      const h = CSS.highlights.get('factbox');
      return [...h].map((r) => ({ text: r.toString(), inArticle: document.getElementById('kazakhstan').contains(r.startContainer) }));
    });
    assert.deepEqual(highlight, [{ text: '26', inArticle: true }]);
    // The sentence is marked too, under the figure.
    assert.deepEqual(await page.evaluate(() => [...CSS.highlights.get('factbox-sentence')].map((r) => r.toString())),
      ['وأعلنت وزارة الداخلية في كازاخستان، الجمعة، مقتل 26 محتجاً خلال التظاهرات المناهضة للحكومة.']);
    assert.equal(await page.evaluate(() => document.activeElement.localName), 'fact-box', 'a mouse click leaves the focus in the box');
    // The sentence is the paragraph "وأعلنت وزارة الداخلية … للحكومة."; smooth scrolling takes a moment.
    await page.waitForFunction(() => {
      const p = [...document.querySelectorAll('#kazakhstan p')].find((p) => p.textContent.includes('مقتل 26 محتجاً'));
      const r = p.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    }, null, { timeout: 5000 });
    const status = await ar.locator('[aria-live=polite]').textContent();
    assert.match(status, /مقتل 26 محتجاً خلال التظاهرات المناهضة للحكومة/);
    await page.screenshot({ path: join(OUT, 'demo.png') });
  });

  await check('keyboard only: Tab to 200, Enter highlights it, focus is visible', async () => {
    await page.keyboard.press('Tab');
    const focused = await ar.evaluate((b) => {
      const f = b.shadowRoot.activeElement;
      return { name: f?.getAttribute('aria-label'), visible: f?.matches(':focus-visible'), outline: f && getComputedStyle(f).outlineStyle };
    });
    assert.equal(focused.name, '200 جندي، القوات');
    assert.equal(focused.visible, true);
    assert.notEqual(focused.outline, 'none');
    await page.keyboard.press('Enter');
    assert.deepEqual(await page.evaluate(() => [...CSS.highlights.get('factbox')].map((r) => r.toString())), ['200']);
    // Focus moves to the sentence's paragraph, to read on from there; it is focusable only while focused.
    const inArticle = () => page.evaluate(() => {
      const a = document.activeElement;
      return { tag: a.localName, text: a.textContent.includes('ترسل طاجيكستان 200 جندي'), tabindex: a.getAttribute('tabindex') };
    });
    assert.deepEqual(await inArticle(), { tag: 'p', text: true, tabindex: '-1' });
    // Escape in the sentence: back to the figure, the highlight kept; Escape again clears it.
    await page.keyboard.press('Escape');
    assert.equal(await ar.evaluate((b) => b.shadowRoot.activeElement?.getAttribute('aria-label')), '200 جندي، القوات');
    assert.equal(await page.evaluate(() => document.querySelectorAll('#kazakhstan [tabindex]').length), 0, 'the page is as it was');
    assert.deepEqual(await page.evaluate(() => [...CSS.highlights.get('factbox')].map((r) => r.toString())), ['200']);
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => CSS.highlights.has('factbox')), false);
    // Tab from the sentence goes on after it, not back to the top of the page.
    await page.keyboard.press('Enter');
    assert.deepEqual(await inArticle(), { tag: 'p', text: true, tabindex: '-1' });
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => {
      const p = [...document.querySelectorAll('#kazakhstan p')].find((e) => e.textContent.includes('ترسل طاجيكستان 200 جندي'));
      return Boolean(p.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING);
    }), true);
    await ar.evaluate((b) => b.shadowRoot.querySelector('button[part~=figure]').focus());
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => CSS.highlights.has('factbox-sentence')), false);
  });

  await check('filter buttons (aria-pressed) show one category', async () => {
    const troops = ar.locator('button[part=filter][data-category=troops]');
    await troops.click();
    assert.equal(await troops.getAttribute('aria-pressed'), 'true');
    assert.equal(await ar.getByRole('button', { name: /26/ }).isVisible(), false);
    await troops.click();
    assert.equal(await ar.getByRole('button', { name: /26/ }).isVisible(), true);
  });

  await check('a live update of the article updates the box', async () => {
    const readyEvents = page.evaluate(() => new Promise((done) => {
      document.querySelector('#douri fact-box').addEventListener('factbox:ready', (e) => done(e.detail.facts.length), { once: true });
    }));
    await page.click('#live-update');
    assert.ok((await readyEvents) > 0);
    await en.getByRole('button', { name: '14 people injured' }).waitFor({ timeout: 3000 });
    // The new figure is announced politely, in the live region that was already there.
    assert.equal(await en.locator('[aria-live=polite]').textContent(), 'Updated: 14 people injured, according to Police');
  });

  await check('theme and digits attributes restyle the box', async () => {
    await page.selectOption('#theme', 'dark');
    await page.selectOption('#digits', 'arab');
    await ar.locator('section[part=box][data-theme=dark]').waitFor({ timeout: 3000 });
    const bg = await ar.locator('section[part=box]').evaluate((s) => getComputedStyle(s).backgroundColor);
    assert.equal(bg, 'rgb(29, 31, 35)');
    assert.deepEqual(await ar.locator('[part=number]').allTextContents(), ['٢٦', '٢٠٠']);
  });

  await check('prefers-color-scheme: dark and prefers-reduced-motion: the box is dark, the scroll instant', async () => {
    const dark = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark', reducedMotion: 'reduce' });
    const p = await dark.newPage();
    await p.goto(`${server.url}/`);
    await ready(p);
    const box = p.locator('#kazakhstan fact-box');
    assert.equal(await box.locator('section[part=box]').evaluate((s) => getComputedStyle(s).backgroundColor), 'rgb(29, 31, 35)');
    await p.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await box.getByRole('button', { name: /26/ }).click();
    const inView = await p.evaluate(() => {
      const para = [...document.querySelectorAll('#kazakhstan p')].find((e) => e.textContent.includes('مقتل 26 محتجاً'));
      const r = para.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    assert.equal(inView, true, 'with reduced motion the sentence is in view at once');
    await dark.close();
  });

  await check('nothing was thrown into the page and nothing was logged', async () => {
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(seen.console.filter((m) => m.type !== 'debug'), []);
  });

  /** Opens the demo with `fail` making a request of the page fail, and checks: both boxes empty, one console message each, no error. */
  const emptyBoxes = async (fail) => {
    const p = await context.newPage();
    const s = watch(p);
    await fail(p);
    const warned = new Promise((done) => {
      let n = 0;
      p.on('console', (m) => { if (m.text().startsWith('factbox:') && ++n === 2) done(); });
    });
    await p.goto(`${server.url}/`);
    await warned;
    await p.waitForTimeout(200);
    assert.deepEqual(s.errors, []);
    const warnings = s.console.filter((m) => m.text.startsWith('factbox:'));
    assert.equal(warnings.length, 2, JSON.stringify(s.console));
    const filled = await p.evaluate(() => [...document.querySelectorAll('fact-box')].filter((b) => b.shadowRoot?.childNodes.length).length);
    assert.equal(filled, 0);
    await p.close();
  };

  await check('a wasm that fails to load: empty boxes, one console message each, no error',
    () => emptyBoxes((p) => p.route('**/*.wasm', (route) => route.abort())));

  await check('a language file that does not load (404): empty boxes, one console message each, no error',
    () => emptyBoxes((p) => p.route('**/pkg/factbox-*.bin', (route) => route.fulfill({ status: 404, body: 'not found' }))));

  await check('a language file of another build is refused: one console message, no error', async () => {
    const p = await context.newPage();
    const s = watch(p);
    await p.route('**/pkg/factbox-en.bin', (route) => route.fulfill({ status: 200, body: 'factbox-lang 2 en 0000000000000000' }));
    const warned = new Promise((done) => p.on('console', (m) => { if (m.text().startsWith('factbox:')) done(); }));
    await p.goto(`${server.url}/`);
    await warned;
    await p.waitForFunction(() => document.querySelector('fact-box').report, null, { timeout: 10000 });
    await p.waitForTimeout(200);
    assert.deepEqual(s.errors, []);
    assert.equal(s.console.filter((m) => m.text.startsWith('factbox:')).length, 1, JSON.stringify(s.console));
    const filled = await p.evaluate(() => [...document.querySelectorAll('fact-box')].map((b) => b.report?.lang ?? null));
    assert.deepEqual(filled, ['ar', null], 'the Arabic box draws, the English one stays empty');
    await p.close();
  });

  await check('no waterfall: fact-box.js is the one script (glue and snippet inside); the language files come while the wasm is loading; each once', async () => {
    // The wasm's response is held until a language file has been requested
    // (or 5 s): fetched in parallel with the wasm, it comes meanwhile.
    const p = await context.newPage();
    const order = [];
    let asked;
    const first = new Promise((done) => { asked = done; });
    p.on('request', (r) => order.push(new URL(r.url()).pathname));
    await p.route('**/*.wasm', async (route) => {
      await Promise.race([first, new Promise((done) => setTimeout(done, 5000))]);
      order.push('wasm answered');
      await route.continue();
    });
    await p.route('**/pkg/factbox-*.bin', (route) => {
      asked();
      return route.continue();
    });
    await p.goto(`${server.url}/`);
    await ready(p);
    const ours = order.filter((o) => o === '/fact-box.js' || o.startsWith('/pkg/') || o === 'wasm answered');
    const count = (path) => ours.filter((o) => o === path).length;
    assert.equal(ours[0], '/fact-box.js', ours.join(', '));
    assert.deepEqual(ours.filter((o) => o.endsWith('.js')), ['/fact-box.js'], 'no glue, no snippet: ' + ours.join(', '));
    assert.deepEqual(['/pkg/factbox_bg.wasm', '/pkg/factbox-ar.bin', '/pkg/factbox-en.bin'].map(count), [1, 1, 1], ours.join(', '));
    assert.ok(ours.findIndex((o) => o.endsWith('.bin')) < ours.indexOf('wasm answered'), ours.join(', '));
    await p.close();
  });

  await check('a wrong guess of the language: the box asks for the other file (Mount.wants) and shows what extract() finds', async () => {
    // No lang anywhere; the first letters are English, but in a paragraph the
    // box does not read: the element guesses English, the wasm reads Arabic.
    const text = (await readFile(join(ROOT, 'tests/corpus/ar/000.txt'), 'utf8')).split('\n\n').map((t) => t.trim()).filter(Boolean);
    const html = '<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="/fact-box.js"></script></head>'
      + `<body><article><fact-box></fact-box><p data-factbox-skip>${'Advertisement: subscribe to our newsletter for daily updates. '.repeat(10)}</p>`
      + `${text.map((t) => `<p>${t}</p>`).join('')}</article></body></html>`;
    const p = await context.newPage();
    const s = watch(p);
    const asked = [];
    await p.route('**/guess.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await p.route('**/pkg/factbox-*.bin', (route) => {
      asked.push(route.request().url().split('/').pop());
      return route.continue();
    });
    await p.goto(`${server.url}/guess.html`);
    await ready(p);
    assert.deepEqual(asked, ['factbox-en.bin', 'factbox-ar.bin']);
    const [report, expected] = await p.evaluate(async (text) => {
      const m = await import('/pkg/api.js');
      await m.default();
      const figures = (r) => [r.lang, r.facts.map((f) => [f.category, f.value])];
      return [figures(document.querySelector('fact-box').report), figures(m.extract(text.join('\n\n'), { lang: 'auto' }))];
    }, text);
    assert.equal(report[0], 'ar');
    assert.deepEqual(report, expected);
    assert.deepEqual(s.errors, []);
    assert.deepEqual(s.console.filter((m) => m.text.startsWith('factbox:')), []);
    await p.close();
  });

  await check('a wasm served without application/wasm still loads (compiled after download)', async () => {
    const p = await context.newPage();
    const s = watch(p);
    await p.route('**/*.wasm', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
    });
    await p.goto(`${server.url}/`);
    await ready(p);
    assert.deepEqual(s.errors, []);
    assert.deepEqual(s.console.filter((m) => m.type !== 'debug'), []);
    await p.close();
  });

  await check('a second definition of the element does not throw', async () => {
    const p = await context.newPage();
    const s = watch(p);
    await p.goto(`${server.url}/`);
    await ready(p);
    await p.evaluate(() => import(`./fact-box.js?copy=${Date.now()}`));
    await p.waitForTimeout(100);
    assert.deepEqual(s.errors, []);
    await p.close();
  });
} finally {
  await browser.close();
  await server.close();
}

finish();
