// Writes the element a page downloads (`make wasm`): src/web/fact-box.js
// with wasm-bindgen's glue (www/pkg/factbox.js, already shortened and
// minified) and its DOM snippet inside, as one minified module,
// www/fact-box.js. One file instead of three: 660 bytes less gzipped (each
// file compresses alone) and no request for the glue before the box can
// start. The glue stays in www/pkg/ for the JS API (`pkg/api.js`).
// Usage: node tools/bundle.mjs
//
// Rolldown (pinned in package.json) bundles; oxc minifies, as
// tools/minify.mjs does. The element imports the glue as `./pkg/factbox.js`
// beside the built file, which this resolves to www/pkg/.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { rolldown } from 'rolldown';
import { minifySync } from 'rolldown/experimental';

const SOURCE = 'src/web/fact-box.js';
const OUT = 'www/fact-box.js';
const WWW = resolve('www');

const bundle = await rolldown({
  input: SOURCE,
  plugins: [{
    name: 'factbox-www',
    // Relative imports of the element's source resolve from www/, where it is served.
    resolveId(id, importer) {
      if (importer && resolve(importer) === resolve(SOURCE) && id.startsWith('./')) return resolve(WWW, id);
      if (importer?.startsWith(WWW) && id.startsWith('.')) return resolve(dirname(importer), id);
      return null;
    },
  }],
});
const { output } = await bundle.generate({ format: 'es' });
await bundle.close();
if (output.length !== 1) throw new Error(`bundle.mjs: expected one chunk, got ${output.map((o) => o.fileName).join(', ')}`);
const code = output[0].code;

// The element instantiates the module it compiled (`initSync`), so the
// glue's own loader, whose default wasm path is relative to the glue's
// file, must be left out: inside the element that path would point beside
// fact-box.js, where bundlers would look for an asset that is not there.
if (/new URL\((["'`])factbox_bg\.wasm\1/.test(code)) throw new Error("bundle.mjs: the glue's loader is in the element");

// Classes keep their names (the element's is `FactBox`, as a page sees it).
const keepNames = { class: true, function: false };
const { code: min, errors } = minifySync(OUT, code, { compress: { keepNames }, mangle: { keepNames }, module: true });
if (errors?.length) throw new Error(`bundle.mjs: ${errors.map((e) => e.message).join('; ')}`);
if (/from\s*["'][^"']*(factbox\.js|dom\.js)["']|import\(/.test(min)) throw new Error('bundle.mjs: an import is left in the element');
writeFileSync(OUT, min);
console.log(`${OUT}: ${readFileSync(OUT).length} bytes`);
