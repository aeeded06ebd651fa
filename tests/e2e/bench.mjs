// Browser timing (`make bench-browser`): extract() on the seed article
// (tests/corpus/ar/000.txt) inside a page of headless Chromium, timed there
// with performance.now(). The page is cross-origin isolated, so the clock's
// resolution is a few microseconds rather than 100.
import { launch, serve } from './serve.mjs';

const RUNS = 500;
const server = await serve({ mounts: { '/': 'www', '/corpus/': 'tests/corpus' }, pages: { '/bench.html': '<!doctype html><title>bench</title>' } });
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/bench.html`);
  const r = await page.evaluate(async (runs) => {
    const text = await (await fetch('/corpus/ar/000.txt')).text();
    const m = await import('/pkg/factbox.js');
    let t = performance.now();
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
} finally {
  await browser.close();
  await server.close();
}
