// Editors in control, without JavaScript (issue 12, part 2), and which
// figure leads a category (part 3): data-factbox-skip, <data data-factbox>,
// the <fact-box> attributes categories, max, heading, heading-level and
// about-href, the line saying the figures were found automatically, and
// the main story of a page without article elements. Run by `make test-browser`.
import assert from 'node:assert/strict';
import { EDITED, EDITED_AR, LEAD, NO_ARTICLE } from './pages/editor.mjs';
import { checks, launch, serve } from './serve.mjs';

const { check, finish } = checks('editor');

const server = await serve({ pages: { '/t/edited.html': EDITED, '/t/edited-ar.html': EDITED_AR, '/t/lead.html': LEAD, '/t/no-article.html': NO_ARTICLE } });
const browser = await launch();

async function open(path) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const seen = { errors: [] };
  page.on('pageerror', (e) => seen.errors.push(e.message));
  await page.goto(`${server.url}${path}`);
  await page.waitForFunction(() => document.querySelector('fact-box')?.report, null, { timeout: 20000 });
  return { page, seen, box: page.locator('fact-box') };
}

const names = (box) => box.locator('button[part~="figure"]').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));

try {
  await check('data-factbox-skip: nothing inside is read', async () => {
    const { page } = await open('/t/edited.html');
    const report = await page.evaluate(() => document.querySelector('fact-box').report);
    assert.equal(report.facts.some((f) => f.value === 19), false);
    await page.close();
  });

  await check("<data data-factbox>: the editor's figure, whatever the engine reads there", async () => {
    const { page } = await open('/t/edited.html');
    const facts = (await page.evaluate(() => document.querySelector('fact-box').report)).facts;
    const of = (c) => facts.filter((f) => f.category === c).map((f) => [f.value, f.mentions.map((m) => m.text)]);
    assert.deepEqual(of('detained'), [[12, ['12 people were killed']]]);
    assert.equal(facts.some((f) => f.category === 'killed' && f.value === 12), false, '"12 people were killed" is not a toll: the editor said so');
    assert.deepEqual(of('killed'), [[26, ['26']], [31, ['thirty-one people']]]);
    const money = facts.find((f) => f.category === 'money');
    assert.deepEqual([money.value, money.unit, money.mentions[0].text], [2000000, 'USD', 'two million']);
    await page.close();
  });

  await check('categories (which, in that order), max, heading and heading-level', async () => {
    const { page, box } = await open('/t/edited.html');
    assert.deepEqual(await box.locator('[part=category]').evaluateAll((gs) => gs.map((g) => g.dataset.category)), ['injured', 'killed', 'detained']);
    // max="3": each category's lead first.
    assert.deepEqual(await names(box), ['140 injured, according to the health ministry', 'at least 26 people killed, according to the health ministry', '12 detained']);
    assert.deepEqual(await box.locator('[part=title]').evaluate((h) => [h.localName, h.textContent]), ['h3', 'The toll']);
    assert.deepEqual(await box.locator('[part=category-name]').evaluateAll((hs) => [...new Set(hs.map((h) => h.localName))]), ['h4']);
    await page.close();
  });

  await check('the line "found automatically", linked to about-href; a javascript: URL is refused', async () => {
    const { page, box } = await open('/t/edited.html');
    const note = box.locator('[part=note]');
    assert.match(await note.textContent(), /automatic/);
    assert.equal(await note.locator('a').getAttribute('href'), `${server.url}/about/factbox?x=1`, 'resolved against the page');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', 'data:text/html,x', 'vbscript:x', 'ftp://example.com/']) {
      const redrawn = page.evaluate(() => new Promise((done) => document.querySelector('fact-box').addEventListener('factbox:ready', done, { once: true })));
      await page.evaluate((v) => document.querySelector('fact-box').setAttribute('about-href', v), bad);
      await redrawn;
      assert.equal(await note.locator('a').count(), 0, bad);
      assert.match(await note.textContent(), /automatic/);
    }
    const ar = await open('/t/edited-ar.html');
    assert.match(await ar.box.locator('[part=note]').textContent(), /تلقائياً/);
    assert.equal(await ar.box.locator('[part=note] a').count(), 0, 'javascript: is no link');
    assert.deepEqual(await names(ar.box), ['26 محتجاً، بحسب وزارة الداخلية، القتلى', '40، الجرحى']);
    await ar.page.close();
    await page.close();
  });

  await check('a category leads with a figure over a vague one, and with the updated toll', async () => {
    const { page, box } = await open('/t/lead.html');
    const lead = (c) => box.locator(`[part=category][data-category=${c}] [part~=headline]`).getAttribute('aria-label');
    assert.match(await lead('killed'), /^29 children killed/);
    assert.match(await lead('injured'), /^35 people injured/);
    const report = await page.evaluate(() => document.querySelector('fact-box').report);
    assert.equal(report.facts.find((f) => f.category === 'killed').approx, 'dozens', 'the vague figure comes first in the text');
    await page.close();
  });

  await check('a page without article elements: the block with the most prose is the story', async () => {
    const { page, seen } = await open('/t/no-article.html');
    const report = await page.evaluate(() => document.querySelector('fact-box').report);
    const expected = await page.evaluate(async () => {
      const m = await import('/pkg/api.js');
      await m.default();
      return m.extract([...document.querySelectorAll('#story p')].map((p) => p.textContent).join('\n\n'), { lang: 'en' });
    });
    assert.deepEqual(report, expected);
    assert.equal(report.facts.some((f) => f.value === 310 || f.value === 200), false);
    assert.deepEqual(seen.errors, []);
    await page.close();
  });
} finally {
  await browser.close();
  await server.close();
}

finish();
