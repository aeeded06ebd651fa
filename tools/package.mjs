// `make package`: turns the wasm build (www/pkg, from `make wasm`) and the
// element (www/fact-box.js) into what a newsroom installs:
//
//   dist/factbox-<version>.tgz        the npm package (`npm pack`), no Rust needed to use it;
//                                     its server/ is the server's wasm for Node (`render`,
//                                     from `make wasm-server`: target/server/pkg)
//   dist/cdn/<version>/…              the same runtime files under a versioned path
//   dist/cdn/<version>/integrity.json their SRI hashes (sha384)
//   dist/cdn/<version>/tag.html       the tags to copy, with those hashes
//
// The version is Cargo.toml's, the one place it is written.
// Env: CDN_BASE, the URL the CDN files are served from (default /factbox/<version>/).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DIST = join(ROOT, 'dist');
const STAGE = join(ROOT, 'target/npm/factbox');
const SERVER = join(ROOT, 'target/server/pkg');

/** Cargo.toml's [package] name, version and description. */
export function cargoPackage() {
  const toml = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8');
  const section = toml.split(/^\[package\]$/m)[1].split(/^\[/m)[0];
  const field = (name) => section.match(new RegExp(`^${name}\\s*=\\s*"([^"]*)"`, 'm'))[1];
  return { name: field('name'), version: field('version'), description: field('description'), license: field('license') };
}

/** Every file under `dir`, as paths relative to it, sorted. */
function files(dir, base = dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, base) : [relative(base, path)];
  });
}

/** The Subresource Integrity value of a file's bytes. */
export function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** The package.json of the published package: the element is the main entry, `./api` the JS API, `./server` the server's `render` (Node). */
function manifest({ name, version, description, license }, languages) {
  const element = { types: './fact-box.d.ts', default: './fact-box.js' };
  return {
    name,
    version,
    description,
    license,
    type: 'module',
    main: './fact-box.js',
    types: './fact-box.d.ts',
    exports: {
      '.': element,
      './fact-box.js': element,
      // The glue, with an `init` that also loads both language files (pkg/api.js).
      './api': { types: './pkg/api.d.ts', default: './pkg/api.js' },
      './server': { types: './server/factbox.d.ts', node: './server/factbox.js' },
      './factbox_bg.wasm': './pkg/factbox_bg.wasm',
      // Each language's tables, for Node's `initSync({ module, languages })`.
      ...Object.fromEntries(languages.map((f) => [`./${f.slice(4)}`, `./${f}`])),
      './package.json': './package.json',
    },
    // Importing the element defines <fact-box>: bundlers must keep it.
    sideEffects: ['./fact-box.js'],
    files: ['fact-box.js', 'fact-box.d.ts', 'pkg/', 'server/', 'README.md', 'LICENSE', 'CHANGELOG.md'],
    keywords: ['news', 'fact-box', 'web-component', 'custom-element', 'wasm', 'arabic', 'numbers'],
  };
}

/**
 * The tag a page copies to load the versioned element with an integrity
 * check. fact-box.js imports no module (the glue is inside it), so no
 * import map is needed.
 */
function tags(base, hashes) {
  return `<script type="module" src="${base}fact-box.js" integrity="${hashes['fact-box.js']}" crossorigin="anonymous"></script>\n`;
}

function main() {
  const pkg = cargoPackage();
  const { version } = pkg;
  const runtime = ['fact-box.js', 'fact-box.d.ts', ...files(join(ROOT, 'www/pkg')).filter((f) => f !== '.gitignore').map((f) => `pkg/${f}`)];
  for (const f of ['pkg/factbox_bg.wasm', 'pkg/api.js']) if (!runtime.includes(f)) throw new Error(`www/pkg has no ${f.slice(4)}: run \`make wasm\` first`);
  const languages = runtime.filter((f) => /^pkg\/factbox-[a-z]+\.bin$/.test(f));
  if (!['ar', 'en'].every((l) => languages.includes(`pkg/factbox-${l}.bin`))) throw new Error('www/pkg lacks a language file: run `make wasm`');

  const server = ['factbox.js', 'factbox.d.ts', 'factbox_bg.wasm'];
  for (const f of server) statSync(join(SERVER, f)); // throws: run `make wasm-server` first

  rmSync(STAGE, { recursive: true, force: true });
  mkdirSync(STAGE, { recursive: true });
  for (const f of runtime) cpSync(join(ROOT, 'www', f), join(STAGE, f));
  for (const f of server) cpSync(join(SERVER, f), join(STAGE, 'server', f));
  const readme = readFileSync(join(ROOT, 'npm/README.md'), 'utf8').replaceAll('@VERSION@', version);
  writeFileSync(join(STAGE, 'README.md'), readme);
  cpSync(join(ROOT, 'LICENSE'), join(STAGE, 'LICENSE'));
  cpSync(join(ROOT, 'CHANGELOG.md'), join(STAGE, 'CHANGELOG.md'));
  writeFileSync(join(STAGE, 'package.json'), `${JSON.stringify(manifest(pkg, languages), null, 2)}\n`);

  rmSync(DIST, { recursive: true, force: true });
  mkdirSync(DIST, { recursive: true });
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', DIST], { cwd: STAGE, encoding: 'utf8' }));
  console.log(`${relative(ROOT, join(DIST, packed.filename))}: ${packed.entryCount} files, ${packed.size} bytes`);

  const cdn = join(DIST, 'cdn', version);
  const hashes = {};
  for (const f of [...runtime, 'LICENSE']) {
    cpSync(join(STAGE, f), join(cdn, f));
    hashes[f] = sri(readFileSync(join(cdn, f)));
  }
  writeFileSync(join(cdn, 'integrity.json'), `${JSON.stringify(hashes, null, 2)}\n`);
  const base = process.env.CDN_BASE ?? `/factbox/${version}/`;
  writeFileSync(join(cdn, 'tag.html'), tags(base, hashes));
  console.log(`${relative(ROOT, cdn)}/: ${runtime.length + 1} files, integrity.json, tag.html (base ${base})`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
