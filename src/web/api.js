/* @ts-self-types="./api.d.ts" */
// The JS API (`factbox/api`, www/pkg/api.js): wasm-bindgen's glue
// (./factbox.js) as it is, but for `init` and `initSync`, which also give the
// module both languages' tables. The wasm carries none, so that a page with
// the element downloads its article's language only (src/lang/load.rs);
// this keeps a caller of the API reading either language, as before, with
// no call of its own.
import glueInit, { initSync as glueInitSync, language } from './factbox.js';

export * from './factbox.js';

/** A language file's bytes (Node's `readFileSync` gives a Buffer, an ArrayBuffer is wrapped). */
const bytes = (file) => (ArrayBuffer.isView(file) ? new Uint8Array(file.buffer, file.byteOffset, file.byteLength) : new Uint8Array(file));

/** Fetches a language file; a failed request fails `init`, as a missing wasm does. */
async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`factbox: ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The glue's `init`, with both language files fetched in parallel with the
 * wasm. Literal URLs beside this file, which bundlers copy as assets (as
 * they do the wasm).
 */
export default async function init(options) {
  const [out, ...files] = await Promise.all([
    glueInit(options),
    fetchBytes(new URL('./factbox-ar.bin', import.meta.url)),
    fetchBytes(new URL('./factbox-en.bin', import.meta.url)),
  ]);
  for (const file of files) language(file);
  return out;
}

/**
 * The glue's `initSync`; `languages`, the language files' contents, are
 * given to the module (where nothing can be fetched, as in Node, the
 * caller reads them).
 */
export function initSync(options) {
  const out = glueInitSync(options);
  for (const file of options?.languages ?? []) language(bytes(file));
  return out;
}
