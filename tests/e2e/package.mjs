// What `make package` ships, used as the README's Install section says:
// the npm tarball installed into an empty folder (`npm install <tarball>`,
// offline: the package has no dependencies), its JS API in Node, its element
// from node_modules in Chromium, and a page bundled by Vite that imports it;
// then the versioned CDN files, their SRI hashes, and a page loading them
// with those hashes (and with a wrong one).
// Run by `make test-package` after `make package`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { cargoPackage, sri } from '../../tools/package.mjs';
import { ROOT, checks, launch, serve } from './serve.mjs';

const { check, finish } = checks('package');
const { name, version } = cargoPackage();
const tarball = join(ROOT, 'dist', `${name}-${version}.tgz`);
const cdn = join(ROOT, 'dist/cdn', version);
const SEED = readFileSync(join(ROOT, 'tests/corpus/ar/000.txt'), 'utf8');
/** What the box shows for the seed article (as tests/e2e/e2e.mjs checks on the demo). */
const SEED_FIGURES = ['26 محتجاً، بحسب وزارة الداخلية، القتلى', '200 جندي، القوات'];

const escape = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A page with the seed article and a <fact-box>, loading the element with `head`. */
function page(head) {
  const paragraphs = SEED.split('\n\n').map((p) => p.trim()).filter(Boolean).map((p) => `<p>${escape(p)}</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">${head}</head>
<body><article lang="ar" dir="rtl"><fact-box></fact-box>${paragraphs.join('\n')}</article></body></html>`;
}

/** Every file under `dir`, relative to it. */
function files(dir, base = dir) {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f), base) : [relative(base, join(dir, f))]));
}

/** The aria-labels of the figures the page's box shows, once it is ready. */
async function figures(p) {
  await p.waitForFunction(() => document.querySelector('fact-box')?.report, null, { timeout: 10000 });
  return p.locator('fact-box button[part~="figure"]').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));
}

const browser = await launch();
const site = mkdtempSync(join(tmpdir(), 'factbox-install-'));
let server;
try {
  await check('npm install <tarball> into an empty folder, offline', async () => {
    writeFileSync(join(site, 'package.json'), JSON.stringify({ name: 'newsroom-site', private: true }));
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: site, stdio: 'pipe' });
    const installed = join(site, 'node_modules', name);
    for (const f of ['fact-box.js', 'fact-box.d.ts', 'pkg/factbox.js', 'pkg/factbox.d.ts', 'pkg/factbox_bg.wasm', 'pkg/api.js', 'pkg/api.d.ts', 'pkg/factbox-ar.bin', 'pkg/factbox-en.bin', 'server/factbox.js', 'server/factbox.d.ts', 'server/factbox_bg.wasm', 'README.md', 'LICENSE']) {
      assert.ok(existsSync(join(installed, f)), `${f} is installed`);
    }
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    assert.equal(manifest.version, version, 'the version is Cargo.toml\'s');
    assert.equal(manifest.license, 'MIT');
    assert.deepEqual(Object.keys(manifest.exports).slice(0, 3), ['.', './fact-box.js', './api']);
    assert.match(readFileSync(join(installed, 'LICENSE'), 'utf8'), /^MIT License/);
    const v = version.replaceAll('.', '\\.');
    assert.match(readFileSync(join(installed, 'README.md'), 'utf8'), new RegExp(`^# factbox ${v}`));
    assert.match(readFileSync(join(installed, 'CHANGELOG.md'), 'utf8'), new RegExp(`^## ${v}$`, 'm'), 'the CHANGELOG has the version');
  });

  await check('the JS API from the installed package, in Node (initSync with the wasm bytes and the language files)', async () => {
    const probe = join(site, 'probe.mjs');
    writeFileSync(probe, `import { readFileSync } from 'node:fs';
import { initSync, extract } from '${name}/api';
const file = (f) => readFileSync(new URL(import.meta.resolve(\`${name}/\${f}\`)));
initSync({ module: file('factbox_bg.wasm'), languages: [file('factbox-ar.bin'), file('factbox-en.bin')] });
const r = extract(readFileSync(0, 'utf8'), { lang: 'auto' });
console.log(JSON.stringify(r.facts.filter((f) => f.category !== 'other').map((f) => [f.category, f.value])));
`);
    const out = execFileSync('node', [probe], { cwd: site, input: SEED, encoding: 'utf8' });
    assert.deepEqual(JSON.parse(out), [['killed', 26], ['troops', 200]]);
  });

  await check('initSync without the language files: extract throws an Error naming the file, no trap', async () => {
    const probe = join(site, 'nolang.mjs');
    writeFileSync(probe, `import { readFileSync } from 'node:fs';
import { initSync, extract } from '${name}/api';
initSync({ module: readFileSync(new URL(import.meta.resolve('${name}/factbox_bg.wasm'))) });
for (const lang of ['ar', 'en']) {
  try {
    extract('text', { lang });
    console.log('no error');
  } catch (e) {
    console.log(e instanceof WebAssembly.RuntimeError ? 'trap' : e.message);
  }
}
`);
    const lines = execFileSync('node', [probe], { cwd: site, encoding: 'utf8' }).trim().split('\n');
    assert.equal(lines.length, 2, lines.join('\n'));
    for (const [k, lang] of ['ar', 'en'].entries()) assert.ok(lines[k].startsWith('factbox:') && lines[k].includes(`factbox-${lang}.bin`), lines[k]);
  });

  await check('render from factbox/server in Node: the seed\'s box, hostile text escaped, the CLI\'s very output', async () => {
    const probe = join(site, 'render.mjs');
    writeFileSync(probe, `import { readFileSync } from 'node:fs';
import { render } from '${name}/server';
process.stdout.write(render(readFileSync(0, 'utf8'), { lang: 'auto' }));
`);
    const seedFile = join(ROOT, 'tests/corpus/ar/000.txt');
    const html = execFileSync('node', [probe], { cwd: site, input: SEED, encoding: 'utf8' });
    assert.ok(html.startsWith('<fact-box><template shadowrootmode="open"><style>'), html.slice(0, 80));
    assert.ok(html.includes('part="number">26</span>') && html.includes('part="number">200</span>'));
    const cli = execFileSync(join(ROOT, 'target/release/factbox'), ['render', seedFile], { encoding: 'utf8' });
    assert.equal(`${html}\n`, cli, 'the same fragment as `factbox render`');
    const hostile = 'At least 12 people were killed, according to O\'Brien.\n\n<img src=x onerror=alert(1)> <script>alert(2)</script> 30 people were injured.';
    const h = execFileSync('node', [probe], { cwd: site, input: hostile, encoding: 'utf8' });
    assert.ok(h.includes('part="number">12</span>') && h.includes('part="number">30</span>'), h);
    assert.ok(!/<img|<script/i.test(h), 'no markup from the article');
    assert.ok(h.includes('O&#39;Brien') && !h.includes('O\'Brien'), 'the apostrophe is escaped');
    writeFileSync(join(site, 'hostile.txt'), hostile);
    assert.equal(`${h}\n`, execFileSync(join(ROOT, 'target/release/factbox'), ['render', join(site, 'hostile.txt')], { encoding: 'utf8' }));
  });

  await check('TypeScript checks a consumer of the element, the API and the server\'s render against the package\'s types', async () => {
    writeFileSync(join(site, 'check.ts'), `import '${name}';
import type { FactBox } from '${name}';
import init, { extract, initSync, type Category, type Report } from '${name}/api';
import { render } from '${name}/server';
const html: string = render('text', { lang: 'ar' });
// @ts-expect-error: lang is a string (proves the server's types are read)
render('text', { lang: 1 });
const box: FactBox | null = document.querySelector('fact-box');
box?.addEventListener('factbox:ready', (e) => { const n: number = e.detail.facts.length; console.log(n); });
await init();
initSync({ module: new Uint8Array(), languages: [new Uint8Array(), 'the text of a language file'] });
const report: Report = extract('text', { lang: 'auto' });
const value: number | null = report.facts[0].value;
// @ts-expect-error: not a category (proves the types are not \`any\`)
const wrong: Category = 'wounded';
console.log(value, wrong, box?.select(0), html);
`);
    const tsconfig = { compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'esnext.disposable', 'dom'] }, files: ['check.ts'] };
    writeFileSync(join(site, 'tsconfig.json'), JSON.stringify(tsconfig));
    try {
      execFileSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', join(site, 'tsconfig.json')], { cwd: site, encoding: 'utf8' });
    } catch (e) {
      assert.fail(`tsc: ${e.stdout}${e.stderr}`);
    }
  });

  await check('a bundler (Vite) builds a page that imports the package, the wasm an asset of the build', async () => {
    const { build } = await import('vite');
    writeFileSync(join(site, 'index.html'), page('<script type="module" src="./main.js"></script>'));
    writeFileSync(join(site, 'main.js'), `import '${name}';\n`);
    await build({ root: site, base: './', configFile: false, logLevel: 'silent', build: { outDir: join(site, 'bundle') } });
    assert.ok(files(join(site, 'bundle')).some((f) => f.endsWith('.wasm')), 'the wasm is emitted');
    assert.equal(files(join(site, 'bundle')).filter((f) => f.endsWith('.bin')).length, 2, 'each language\'s tables are emitted');
  });

  const tags = readFileSync(join(cdn, 'tag.html'), 'utf8');
  /** A `replace` callback changing the first character of a hash. */
  const tamper = (_, before, c) => before + (c === 'A' ? 'B' : 'A');
  server = await serve({
    mounts: { '/node_modules/': join(site, 'node_modules'), '/bundle/': join(site, 'bundle'), '/factbox/': join(ROOT, 'dist/cdn') },
    pages: {
      '/npm.html': page(`<script type="module" src="/node_modules/${name}/fact-box.js"></script>`),
      '/api.html': '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><p>the JS API</p>',
      '/cdn.html': page(tags),
      '/cdn-bad-element.html': page(tags.replace(/(integrity="sha384-)(.)/, tamper)),
    },
  });

  /** Opens `path` and checks that its box shows the seed's figures, with no page error. */
  const showsSeed = async (path) => {
    const p = await browser.newPage();
    const errors = [];
    p.on('pageerror', (e) => errors.push(e.message));
    await p.goto(`${server.url}${path}`);
    assert.deepEqual(await figures(p), SEED_FIGURES);
    assert.deepEqual(errors, []);
    await p.close();
  };

  await check('<script type="module" src="/node_modules/factbox/fact-box.js"> shows the seed\'s figures', async () => {
    await showsSeed('/npm.html');
  });

  await check('the JS API\'s init() in a page, as before the language files: extract reads both languages', async () => {
    const p = await browser.newPage();
    const errors = [];
    p.on('pageerror', (e) => errors.push(e.message));
    const requested = [];
    p.on('request', (r) => requested.push(r.url().split('/').pop()));
    await p.goto(`${server.url}/api.html`);
    const found = await p.evaluate(async ([api, texts]) => {
      const m = await import(api);
      await m.default();
      return texts.map((text) => m.extract(text, { lang: 'auto' }).facts.filter((f) => f.category !== 'other').length);
    }, [`/node_modules/${name}/pkg/api.js`, [SEED, readFileSync(join(ROOT, 'tests/corpus/en/001.txt'), 'utf8')]]);
    assert.ok(found.every((n) => n > 0), `figures in each language: ${found}`);
    assert.ok(['factbox-ar.bin', 'factbox-en.bin'].every((f) => requested.includes(f)), requested.join(', '));
    assert.deepEqual(errors, []);
    await p.close();
  });

  await check('the page Vite built shows the seed\'s figures', async () => {
    await showsSeed('/bundle/index.html');
  });

  await check('integrity.json holds the sha384 of every versioned file', async () => {
    const hashes = JSON.parse(readFileSync(join(cdn, 'integrity.json'), 'utf8'));
    const served = files(cdn).filter((f) => f !== 'integrity.json' && f !== 'tag.html').sort();
    assert.deepEqual(Object.keys(hashes).sort(), served);
    for (const f of served) assert.equal(hashes[f], sri(readFileSync(join(cdn, f))), f);
    assert.ok(served.includes('fact-box.js') && served.includes('pkg/factbox_bg.wasm'));
    assert.ok(served.includes('pkg/factbox-ar.bin') && served.includes('pkg/factbox-en.bin'), 'each language\'s tables');
  });

  await check('the tags of tag.html load the versioned files with their integrity and show the figures', async () => {
    await showsSeed('/cdn.html');
  });

  await check('a wrong integrity for fact-box.js: the browser refuses it, no element', async () => {
    const p = await browser.newPage();
    await p.goto(`${server.url}/cdn-bad-element.html`);
    assert.equal(await p.evaluate(() => customElements.get('fact-box')), undefined);
    await p.close();
  });

} finally {
  await browser.close();
  await server?.close();
  rmSync(site, { recursive: true, force: true });
}

finish();
