// Accessibility (issue 12, part 5): axe-core (the npm dev dependency) on
// the box in view — WCAG 2.0/2.1/2.2 A and AA rules — in both languages,
// light and dark, with a figure selected, on a desktop and a phone
// (compact, then opened); and each figure's accessible name begins with
// its visible text (WCAG 2.5.3). Run by `make test-browser`.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { checks, launch, serve } from './serve.mjs';

const { check, finish } = checks('a11y');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const server = await serve();
const browser = await launch();

/** axe's violations inside the box `selector` (its shadow tree included), as "rule: target" lines. */
async function violations(page, selector) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async ([selector, tags]) => {
    const result = await window.axe.run({ include: [[selector]] }, { runOnly: { type: 'tag', values: tags } });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary}`));
  }, [selector, TAGS]);
}

const ready = (page) => page.waitForFunction(() => [...document.querySelectorAll('fact-box')].every((b) => b.report), null, { timeout: 30000 });

try {
  for (const [device, profile] of [['desktop', { viewport: { width: 1280, height: 800 } }], ['phone', { viewport: { width: 390, height: 844 }, isMobile: true }]]) {
    for (const scheme of ['light', 'dark']) {
      for (const [lang, id] of [['ar', 'kazakhstan'], ['en', 'douri']]) {
        await check(`axe: 0 violations, ${device}, ${scheme}, ${lang}, in view and with a figure selected`, async () => {
          // The demo's CSP would refuse axe's injected script; the box's own CSP behaviour is harden.mjs's.
          const context = await browser.newContext({ ...profile, colorScheme: scheme, bypassCSP: true, reducedMotion: 'reduce' });
          const page = await context.newPage();
          await page.goto(`${server.url}/`);
          await ready(page);
          const selector = `#${id} fact-box`;
          const box = page.locator(selector);
          await box.evaluate((b) => b.scrollIntoView({ block: 'start' }));
          assert.deepEqual(await violations(page, selector), [], 'in view');
          const summary = box.locator('button[part=summary]');
          if (await summary.count()) await summary.click();
          await box.locator('button[part~=figure]').first().click();
          await box.locator('button[part~=figure]').first().focus();
          assert.deepEqual(await violations(page, selector), [], 'a figure selected');
          await context.close();
        });
      }
    }
  }

  await check("each figure button's accessible name begins with its visible text (WCAG 2.5.3)", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/`);
    await ready(page);
    const pairs = await page.evaluate(() => [...document.querySelectorAll('fact-box')].flatMap((b) => [...b.shadowRoot.querySelectorAll('button[part~=figure] [part=value]')]
      .map((v) => [v.textContent.trim(), v.closest('button').getAttribute('aria-label')])));
    assert.ok(pairs.length >= 4);
    for (const [visible, name] of pairs) assert.ok(name.startsWith(visible), `"${name}" begins with "${visible}"`);
    await page.close();
  });
} finally {
  await browser.close();
  await server.close();
}

finish();
