// Browser timing (`make bench-browser`): extract() on the seed article
// (tests/corpus/ar/000.txt) inside a page of headless Chromium, timed there
// with performance.now(). The page is cross-origin isolated, so the clock's
// resolution is a few microseconds rather than 100.
//
// Then what the box costs the demo page on a phone profile (390x844, CPU 4x
// slower through CDP, localhost): long tasks, Total Blocking Time, CLS, first
// paint to box drawn, the requests before the wasm's (Resource Timing), and
// the bytes on the wire. FACTBOX_BEFORE_JS=path/to/fact-box.js adds a column
// for another build of the element (with this www/pkg), for a before/after.
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { ROOT, launch, serve } from './serve.mjs';

const RUNS = 500;
const server = await serve({ mounts: { '/': 'www', '/corpus/': 'tests/corpus' }, pages: { '/bench.html': '<!doctype html><title>bench</title>' } });
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/bench.html`);
  const r = await page.evaluate(async (runs) => {
    const text = await (await fetch('/corpus/ar/000.txt')).text();
    const m = await import('/pkg/api.js');
    let t = performance.now();
    // The JS API's init: the wasm and both language files.
    await m.default();
    const instantiate = performance.now() - t;
    // The first call of a language also builds its word tables (once per page).
    t = performance.now();
    m.extract('مقتل 3', { lang: 'ar' });
    const tables = performance.now() - t;
    t = performance.now();
    const report = m.extract(text, { lang: 'auto' });
    const first = performance.now() - t;
    const times = [];
    for (let i = 0; i < runs; i++) {
      t = performance.now();
      m.extract(text, { lang: 'auto' });
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return {
      isolated: crossOriginIsolated,
      chars: text.length,
      facts: report.facts.filter((f) => f.category !== 'other').map((f) => `${f.category} ${f.value}`),
      instantiate,
      tables,
      first,
      min: times[0],
      median: times[runs >> 1],
      p95: times[Math.floor(runs * 0.95)],
      mean: times.reduce((a, b) => a + b, 0) / runs,
    };
  }, RUNS);
  const ms = (x) => `${x.toFixed(3)} ms`;
  console.log(`browser extract(), seed article tests/corpus/ar/000.txt (${r.chars} chars; ${r.facts.join(', ')})`);
  console.log(`  ${await browser.version()}, headless, cross-origin isolated: ${r.isolated}`);
  console.log(`  instantiate wasm: ${ms(r.instantiate)}`);
  console.log(`  first call of the language (builds its word tables, once per page): ${ms(r.tables)}`);
  console.log(`  first extract of the article after that: ${ms(r.first)}`);
  console.log(`  ${RUNS} runs: min ${ms(r.min)}, median ${ms(r.median)}, p95 ${ms(r.p95)}, mean ${ms(r.mean)}`);
  if (r.median >= 1) console.log('  WARNING: extract took 1 ms or more');
  await phone();
} finally {
  await browser.close();
  await server.close();
}

/** Median of numbers. */
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** One load of `url` on the phone profile; the numbers of the page's first box. */
async function phoneRun(url, latency = 0) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    if (latency) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: -1, uploadThroughput: -1 });
    }
    await page.addInitScript(() => {
      const fb = window.__factboxBench = { tasks: [], cls: 0, drawn: null };
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) fb.tasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) if (!e.hadRecentInput) fb.cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
      // The frame in which the first box has its figures.
      const poll = () => {
        if (document.querySelector('fact-box')?.shadowRoot?.querySelector('button[part~="figure"]')) fb.drawn = performance.now();
        else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
    await page.goto(url);
    const widget = url.includes('nowidget') === false;
    if (widget) await page.waitForFunction(() => window.__factboxBench.drawn !== null, null, { timeout: 60000 });
    // Trailing work (the second box, below the fold, loads when the browser is idle).
    await page.waitForTimeout(1500);
    return await page.evaluate(() => {
      const fb = window.__factboxBench;
      const paint = performance.getEntriesByName('first-paint')[0]?.startTime ?? 0;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
      const resources = performance.getEntriesByType('resource');
      const find = (end) => resources.find((e) => new URL(e.name).pathname.endsWith(end));
      const wasm = find('/factbox_bg.wasm');
      const element = find('/fact-box.js');
      const modules = [element, find('/pkg/factbox.js'), find('/dom.js')].filter(Boolean);
      const tasks = fb.tasks.filter((t) => t.start + t.duration > fcp);
      return {
        longest: Math.max(0, ...tasks.map((t) => t.duration)),
        tbt: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
        cls: fb.cls,
        drawn: fb.drawn === null ? null : fb.drawn - paint,
        before: wasm ? modules.filter((m) => m.responseEnd <= wasm.requestStart).map((m) => basename(new URL(m.name).pathname)) : null,
        gap: wasm && element ? wasm.requestStart - element.responseEnd : null,
      };

      function basename(p) { return p.slice(p.lastIndexOf('/') + 1); }
    });
  } finally {
    await context.close();
  }
}

/** The demo on the phone profile: without the widget, with it (and with FACTBOX_BEFORE_JS's element). */
async function phone() {
  const RUNS_PHONE = 7;
  const index = await readFile(join(ROOT, 'www/index.html'), 'utf8');
  const tag = '<script type="module" src="fact-box.js"></script>';
  if (!index.includes(tag)) throw new Error('www/index.html no longer loads fact-box.js as bench.mjs expects');
  const before = process.env.FACTBOX_BEFORE_JS && resolve(process.env.FACTBOX_BEFORE_JS);
  const pages = { '/nowidget.html': index.replace(tag, '') };
  const mounts = { '/': 'www' };
  const variants = [['without the widget', '/nowidget.html'], ['this build', '/index.html']];
  if (before) {
    pages['/before.html'] = index.replace(tag, tag.replace('fact-box.js', 'before/fact-box.js'));
    mounts['/before/'] = dirname(before);
    mounts['/before/pkg/'] = 'www/pkg';
    variants.push([`before: ${process.env.FACTBOX_BEFORE_JS}`, '/before.html']);
  }
  const site = await serve({ mounts, pages });
  try {
    console.log(`\nthe demo page on a phone profile (390x844, CPU 4x slower, localhost), median of ${RUNS_PHONE} loads;`
      + ' tasks after first contentful paint (the page\'s own parsing comes before)');
    for (const [name, path] of variants) {
      const runs = [];
      for (let i = 0; i < RUNS_PHONE; i++) runs.push(await phoneRun(`${site.url}${path}`));
      const m = (key) => median(runs.map((r) => r[key]));
      console.log(`  ${name}`);
      console.log(`    longest task ${m('longest').toFixed(0)} ms (each load: ${runs.map((r) => r.longest.toFixed(0)).join(' ')}), Total Blocking Time ${m('tbt').toFixed(0)} ms, CLS ${m('cls').toFixed(3)}`);
      if (path === '/nowidget.html') continue;
      console.log(`    first paint to box drawn ${m('drawn').toFixed(0)} ms (each: ${runs.map((r) => r.drawn?.toFixed(0)).join(' ')})`);
      const chains = [...new Set(runs.map((r) => r.before?.join(' -> ') || 'none'))];
      console.log(`    requests finished before the wasm's started: ${chains.join(' | ')} (${runs[0].before?.length ?? '?'} round trip(s) after the page);`
        + ` wasm requestStart - fact-box.js responseEnd ${m('gap').toFixed(0)} ms`);
      // The same with every request 150 ms slower (CDP latency, unthrottled bandwidth): what round trips cost.
      const slow = [];
      for (let i = 0; i < 3; i++) slow.push(await phoneRun(`${site.url}${path}`, 150));
      console.log(`    with 150 ms latency a request: first paint to box drawn ${median(slow.map((r) => r.drawn)).toFixed(0)} ms (median of 3: ${slow.map((r) => r.drawn?.toFixed(0)).join(' ')}),`
        + ` wasm requestStart - fact-box.js responseEnd ${median(slow.map((r) => r.gap)).toFixed(0)} ms`);
    }
  } finally {
    await site.close();
  }
  let raw = 0;
  let gz = 0;
  let br = 0;
  // What a page with the element downloads (the glue and its snippet are
  // inside fact-box.js): one language's tables, Arabic, the larger.
  const files = ['www/pkg/factbox_bg.wasm', 'www/fact-box.js', 'www/pkg/factbox-ar.bin'];
  console.log('\nbytes on the wire (gzip -9 / brotli -q 11, node zlib)');
  for (const f of files) {
    const bytes = await readFile(join(ROOT, f));
    const g = gzipSync(bytes, { level: 9 }).length;
    const b = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;
    raw += bytes.length;
    gz += g;
    br += b;
    console.log(`  ${String(bytes.length).padStart(8)} raw ${String(g).padStart(8)} gzip ${String(b).padStart(8)} brotli  ${f}`);
  }
  console.log(`  ${String(raw).padStart(8)} raw ${String(gz).padStart(8)} gzip ${String(br).padStart(8)} brotli  total`);
}
