// No jump, phone-sized, and looking like the site (issue 12, parts 3 and 4):
// the layout shift the box causes on the demo page on a phone with a slow
// CPU, the compact box and its expand button, theme="auto" following the
// page's own background, the site's font. Saves screenshots of the demo
// (desktop and phone, light and dark, Arabic and English) in tests/e2e/out/.
// Run by `make test-browser`.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, checks, launch, serve } from './serve.mjs';

const OUT = join(ROOT, 'tests/e2e/out');
const { check, finish } = checks('layout');

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };
const DESKTOP = { viewport: { width: 1280, height: 800 } };

/** A page whose body paints `bg` (or nothing), with one English article and a box. */
const painted = (bg) => '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>'
  + `<script type="module" src="/fact-box.js"></script><style>body{${bg ? `background:${bg};` : ''}font:18px/1.5 "DejaVu Serif",serif}`
  + ' fact-box{display:block;width:600px}</style></head><body><main><article lang="en"><fact-box></fact-box>'
  + '<p>At least 26 people were killed and 140 were injured in the attack, the health ministry said.</p></article></main></body></html>';

const server = await serve({
  pages: { '/t/dark-page.html': painted('#101418'), '/t/light-page.html': painted('#fdfcf8'), '/t/unpainted.html': painted('') },
});
const browser = await launch();
await mkdir(OUT, { recursive: true });

const ready = (page) => page.waitForFunction(() => [...document.querySelectorAll('fact-box')].every((b) => b.report), null, { timeout: 30000 });

try {
  await check('phone (390x844), CPU 4x slower: the layout shift the box causes is at most 0.02', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${server.url}/`);
    await ready(page);
    // Every shift counts, whatever hadRecentInput says: no input was given.
    const { cls, drawn } = await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done({
      cls: window.__shifts.reduce((a, b) => a + b, 0),
      drawn: [...document.querySelectorAll('fact-box')].map((b) => b.shadowRoot.querySelector('section') !== null),
    })))));
    assert.deepEqual(drawn, [true, true]);
    console.log(`     CLS ${cls.toFixed(4)}`);
    assert.ok(cls <= 0.02, `CLS ${cls}`);
    await context.close();
  });

  await check('phone: the box starts compact, one line of lead figures; its button expands it', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await ready(page);
    const box = page.locator('#kazakhstan fact-box');
    const summary = box.locator('button[part=summary]');
    assert.equal(await summary.getAttribute('aria-expanded'), 'false');
    assert.equal(await summary.textContent(), 'القتلى: 26 · القوات: 200');
    assert.equal(await page.getByRole('button', { name: 'القتلى: 26 · القوات: 200', exact: true }).count(), 1, 'named by its text alone');
    assert.equal(await box.locator('button[part~=figure]').first().isVisible(), false);
    const height = await box.evaluate((b) => b.getBoundingClientRect().height);
    assert.ok(height < 8 * 17, `compact box ${height}px high`);
    const line = await summary.evaluate((s) => s.scrollHeight <= s.clientHeight + 1 && getComputedStyle(s).whiteSpace === 'nowrap');
    assert.equal(line, true, 'one line');
    await box.locator('[part=box]').screenshot({ path: join(OUT, 'phone-compact-ar.png') });
    await summary.click();
    assert.equal(await summary.getAttribute('aria-expanded'), 'true');
    const figure = box.locator('button[part~=figure]').first();
    assert.equal(await figure.getAttribute('aria-label'), '26 محتجاً، بحسب وزارة الداخلية، القتلى');
    assert.equal(await figure.isVisible(), true);
    await figure.click();
    assert.deepEqual(await page.evaluate(() => [...CSS.highlights.get('factbox')].map((r) => r.toString())), ['26']);
    await summary.click();
    assert.equal(await box.locator('[part=body]').isVisible(), false);
    // A figure selected from outside opens the box.
    await box.evaluate((b) => b.select(b.report.facts.findIndex((f) => f.category === 'troops')));
    assert.equal(await summary.getAttribute('aria-expanded'), 'true');
    await context.close();
  });

  await check('desktop: a box beside the story is full, with no summary button; compact="on" forces it', async () => {
    const page = await browser.newPage(DESKTOP);
    await page.goto(`${server.url}/`);
    await ready(page);
    const box = page.locator('#kazakhstan fact-box');
    assert.equal(await box.locator('button[part=summary]').count(), 0);
    const redrawn = page.evaluate(() => new Promise((done) => document.querySelector('#kazakhstan fact-box').addEventListener('factbox:ready', done, { once: true })));
    await box.evaluate((b) => b.setAttribute('compact', 'on'));
    await redrawn;
    assert.equal(await box.locator('button[part=summary]').getAttribute('aria-expanded'), 'false');
    await page.close();
  });

  await check('theme="auto" follows the page: dark page → dark box, light page → light box, whatever the OS says', async () => {
    for (const [path, scheme, theme, bg] of [
      ['/t/dark-page.html', 'light', 'dark', 'rgb(29, 31, 35)'],
      ['/t/light-page.html', 'dark', 'light', 'rgb(255, 255, 255)'],
      ['/t/unpainted.html', 'dark', 'auto', 'rgb(29, 31, 35)'],
      ['/t/unpainted.html', 'light', 'auto', 'rgb(255, 255, 255)'],
    ]) {
      const context = await browser.newContext({ ...DESKTOP, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(`${server.url}${path}`);
      await ready(page);
      const got = await page.locator('fact-box [part=box]').evaluate((s) => [s.dataset.theme, getComputedStyle(s).backgroundColor]);
      assert.deepEqual(got, [theme, bg], `${path} with prefers-color-scheme: ${scheme}`);
      await context.close();
    }
  });

  await check("the box takes the site's font family and scales with the article's text", async () => {
    const page = await browser.newPage(DESKTOP);
    await page.goto(`${server.url}/t/light-page.html`);
    await ready(page);
    const [family, size, article] = await page.locator('fact-box [part=box]').evaluate((s) => {
      const st = getComputedStyle(s);
      return [st.fontFamily, parseFloat(st.fontSize), getComputedStyle(document.querySelector('article')).fontFamily];
    });
    assert.equal(family, article);
    assert.equal(size, 18 * 0.9);
    await page.close();
  });

  await check('forced colors: a pressed filter stays visibly pressed; print: no controls, every figure, light', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await ready(page);
    const box = page.locator('#kazakhstan fact-box');
    await box.locator('button[part=summary]').click();
    const filter = box.locator('button[part=filter][data-category=troops]');
    await filter.click();
    await page.emulateMedia({ forcedColors: 'active' });
    const style = (b) => { const s = getComputedStyle(b); return [s.borderTopStyle, s.borderTopWidth, s.textDecorationLine]; };
    const pressed = await filter.evaluate(style);
    const released = await box.locator('button[part=filter][data-category=killed]').evaluate(style);
    assert.notDeepEqual(pressed, released, 'pressed and released filters differ without colour');
    await page.emulateMedia({ forcedColors: 'none', media: 'print' });
    assert.equal(await filter.isVisible(), false, 'no filter chips on paper');
    assert.equal(await box.locator('button[part=summary]').isVisible(), false);
    assert.equal(await box.locator('button[part~=figure]').first().isVisible(), true, 'the filtered-out figure is printed too');
    assert.equal(await box.locator('[part=box]').evaluate((s) => getComputedStyle(s).backgroundColor), 'rgb(255, 255, 255)');
    await context.close();
  });

  await check('screenshots: desktop and phone, light and dark, Arabic and English', async () => {
    for (const [device, profile] of [['desktop', DESKTOP], ['phone', PHONE]]) {
      for (const scheme of ['light', 'dark']) {
        const context = await browser.newContext({ ...profile, colorScheme: scheme, reducedMotion: 'reduce' });
        const page = await context.newPage();
        await page.goto(`${server.url}/`);
        await ready(page);
        for (const [lang, id] of [['ar', 'kazakhstan'], ['en', 'douri']]) {
          const box = page.locator(`#${id} fact-box`);
          if (device === 'phone') await box.locator('button[part=summary]').click();
          await box.evaluate((b) => b.scrollIntoView({ block: 'start' }));
          const theme = await box.locator('[part=box]').getAttribute('data-theme');
          assert.equal(theme, scheme, `the demo page is ${scheme}, so is the box`);
          await page.screenshot({ path: join(OUT, `${device}-${scheme}-${lang}.png`) });
          await box.locator('[part=box]').screenshot({ path: join(OUT, `box-${device}-${scheme}-${lang}.png`) });
        }
        await context.close();
      }
    }
  });
} finally {
  await browser.close();
  await server.close();
}

finish();
