// The box on a real news page (issue 12, part 1): pages built like a news
// site's, in both languages — a header with a breaking ticker, ads,
// breadcrumbs, byline and dateline, share counts, a "read also" list and a
// "read more" line inside the story, an embedded tweet, a figure caption,
// an in-article ad that fills 1.5 s after load, a newsletter box, tags, an
// author box, comments, a sidebar of "most read" teasers — every piece of
// furniture carrying figures of its own. Wherever the box stands (in the
// story, in the sidebar, with or without itemprop="articleBody"), its report
// must be exactly what `extract` gives for the story's text alone
// (tests/e2e/pages/story-*.txt), by the JS API in the page and by the CLI.
// Run by `make test-browser`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FURNITURE_VALUES, newsPages } from './pages/news.mjs';
import { ROOT, checks, launch, serve } from './serve.mjs';

const { check, finish } = checks('newspage');

const { pages, STORIES } = await newsPages();

const server = await serve({ pages });
const browser = await launch();

/** A fact without its offsets (the CLI counts bytes, the JS API UTF-16 units). */
const plain = (f) => ({ ...f, mentions: f.mentions.map((m) => m.text) });

/** The CLI's report of the story file, when the release binary is built (`make test` builds it first). */
function cli(lang) {
  const bin = join(ROOT, 'target/release/factbox');
  if (!existsSync(bin)) return null;
  return JSON.parse(execFileSync(bin, ['extract', STORIES[lang].file], { encoding: 'utf8' }));
}

async function open(path) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const seen = { errors: [] };
  page.on('pageerror', (e) => seen.errors.push(e.message));
  await page.goto(`${server.url}${path}`);
  await page.waitForFunction(() => document.querySelector('fact-box')?.report, null, { timeout: 20000 });
  return { page, seen };
}

/** `extract` of `text` by the JS API inside `page` (the same wasm as the box). */
const extractIn = (page, text) => page.evaluate(async (text) => {
  const m = await import('/pkg/api.js');
  await m.default();
  return m.extract(text, { lang: 'auto' });
}, text);

try {
  for (const lang of ['en', 'ar']) {
    const story = STORIES[lang];
    for (const where of ['story', 'sidebar', 'sidebar-plain']) {
      await check(`${lang}, box in the ${where}: the report is extract() of the story's text alone`, async () => {
        const { page, seen } = await open(`/t/${lang}-${where}.html`);
        const report = await page.evaluate(() => document.querySelector('fact-box').report);
        const expected = await extractIn(page, story.text);
        assert.ok(expected.facts.filter((f) => f.category !== 'other').length >= 5, 'the story has figures to find');
        // Offsets too: the box reads the story as its paragraphs, one blank line apart.
        assert.deepEqual(report, expected);
        const fromCli = cli(lang);
        if (fromCli) assert.deepEqual(report.facts.map(plain), fromCli.facts.map(plain));
        else console.log('     (target/release/factbox not built: compared with the JS API only)');
        const shown = report.facts.filter((f) => f.category !== 'other').map((f) => f.value);
        assert.deepEqual(shown.filter((v) => FURNITURE_VALUES.includes(v)), [], 'no furniture figure in the box');
        // The furniture really does carry figures: read as a whole, the page would show them.
        const whole = await extractIn(page, await page.evaluate(() => document.body.innerText));
        const leaked = whole.facts.filter((f) => f.category !== 'other' && FURNITURE_VALUES.includes(f.value));
        assert.ok(leaked.length >= 8, `the page's furniture has figures (${leaked.length})`);
        assert.deepEqual(seen.errors, []);
        await page.close();
      });
    }

    await check(`${lang}: the ad that fills after load is ignored; a real update of the story is read`, async () => {
      const { page } = await open(`/t/${lang}-story.html`);
      const box = page.locator('fact-box');
      const before = await page.evaluate(() => {
        window.__ready = 0;
        document.querySelector('fact-box').addEventListener('factbox:ready', () => window.__ready++);
        return document.querySelector('fact-box').report;
      });
      await page.waitForFunction(() => document.getElementById('div-gpt-ad-1718-0').hasAttribute('data-filled'), null, { timeout: 10000 });
      // The story itself changes after the ad: the one redraw that follows must be the story's.
      const update = lang === 'ar' ? 'وأعلنت السلطات لاحقاً اعتقال 9 أشخاص بتهمة النهب.' : 'Police later said 9 people had been detained for looting.';
      const readyAgain = page.evaluate(() => new Promise((done) => document.querySelector('fact-box').addEventListener('factbox:ready', (e) => done(e.detail), { once: true })));
      await page.evaluate((t) => {
        const p = document.createElement('p');
        p.textContent = t;
        document.querySelector('.story-body').append(p);
      }, update);
      const after = await readyAgain;
      assert.equal(await page.evaluate(() => window.__ready), 1, 'one redraw: for the story, none for the ad');
      assert.deepEqual(after, await extractIn(page, `${story.text}\n\n${update}`));
      assert.notDeepEqual(after, before);
      assert.ok(after.facts.some((f) => f.category === 'detained' && f.value === 9));
      assert.ok(!after.facts.some((f) => [500, 70].includes(f.value)), "the ad's figures stay out");
      assert.equal(await box.locator('[part=box]').count(), 1);
      await page.close();
    });
  }
} finally {
  await browser.close();
  await server.close();
}

finish();
