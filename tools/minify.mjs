// Minifies the JavaScript of the JS API (`make wasm`): wasm-bindgen's glue,
// its DOM snippet and api.js, in place (the element is bundled and minified
// by tools/bundle.mjs). Their comments document the sources and would
// otherwise ship (for the three files the element used to load: 13.5 KB
// gzipped, 8.8 KB minified).
// Usage: node tools/minify.mjs IN OUT [IN OUT]...
//
// The minifier is oxc's, through rolldown (which vite already brings; pinned
// in package.json). Names a page or the glue sees (exports, properties,
// import keys) are kept; a leading `@ts-self-types` comment too, which
// tells TypeScript where the glue's types are.
import { readFileSync, writeFileSync } from 'node:fs';
import { minifySync } from 'rolldown/experimental';

const args = process.argv.slice(2);
if (args.length === 0 || args.length % 2) throw new Error('usage: node tools/minify.mjs IN OUT [IN OUT]...');
for (let k = 0; k < args.length; k += 2) {
  const [from, to] = [args[k], args[k + 1]];
  const source = readFileSync(from, 'utf8');
  const { code, errors } = minifySync(from, source, { compress: true, mangle: true, module: true });
  if (errors?.length) throw new Error(`${from}: ${errors.map((e) => e.message).join('; ')}`);
  const types = source.match(/^\/\* @ts-self-types="[^"]*" \*\/\n/)?.[0] ?? '';
  writeFileSync(to, types + code);
}
