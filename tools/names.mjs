// node tools/names.mjs <module.wasm> <glue.js> [<types.d.ts>…]
//
// Gives the names the wasm and its wasm-bindgen glue share, and only they
// use, short ones in both files: `__wbg_getAttribute_c7b80d4010284561` (each
// import carries a 16-digit hash, which gzip cannot shrink, once in the
// wasm and once in the glue) becomes `_1f`. 2.9 KB gzipped of 89.8 KB.
// The names a page or the JS API may use (`extract`, `mount`, `memory`, the
// `Mount` methods) stay as they are: only wasm-bindgen's own (`__wbg_…`,
// `__wbindgen_…`, `__externref_…`, `wasm_bindgen_…`) change, in the wasm,
// the glue and the type files that list the wasm's exports.
import { readFileSync, writeFileSync } from 'node:fs';

const [wasmPath, gluePath, ...typePaths] = process.argv.slice(2);
if (!wasmPath || !gluePath) {
  console.error('usage: node tools/names.mjs <module.wasm> <glue.js>');
  process.exit(2);
}
const INTERNAL = /^(__wbg_|__wbindgen_|__externref_|wasm_bindgen_)/;

const wasm = readFileSync(wasmPath);
let glue = readFileSync(gluePath, 'utf8');

/** Reads an unsigned LEB128 at `at`: [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

function lebBytes(value) {
  const out = [];
  do {
    let b = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) b |= 0x80;
    out.push(b);
  } while (value > 0);
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const encode = (text) => [...new TextEncoder().encode(text)];
const nameBytes = (text) => {
  const bytes = encode(text);
  return [...lebBytes(bytes.length), ...bytes];
};

/** Reads a name at `at`: [text, next offset]. */
function name(bytes, at) {
  const [len, start] = leb(bytes, at);
  return [utf8.decode(bytes.subarray(start, start + len)), start + len];
}

/** The byte length of an import's description (after its kind byte). */
function descEnd(bytes, kind, at) {
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = leb(bytes, p);
    if (flags & 1) [, p] = leb(bytes, p);
    return p;
  };
  switch (kind) {
    case 0: return leb(bytes, at)[1]; // function: type index
    case 1: return limits(at + 1); // table: element type, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return leb(bytes, at + 1)[1]; // tag: attribute, type index
    default: throw new Error(`names.mjs: unknown import kind ${kind}`);
  }
}

const renamed = new Map();
const short = (old) => {
  if (!INTERNAL.test(old)) return old;
  if (!renamed.has(old)) renamed.set(old, `_${renamed.size.toString(36)}`);
  return renamed.get(old);
};

/** The import section (2) with its names replaced. */
function imports(body) {
  let [count, at] = leb(body, 0);
  const out = [...lebBytes(count)];
  while (count--) {
    let module, field;
    [module, at] = name(body, at);
    [field, at] = name(body, at);
    const kind = body[at];
    const end = descEnd(body, kind, at + 1);
    out.push(...nameBytes(module), ...nameBytes(short(field)), ...body.subarray(at, end));
    at = end;
  }
  return out;
}

/** The export section (7) with its names replaced. */
function exports(body) {
  let [count, at] = leb(body, 0);
  const out = [...lebBytes(count)];
  while (count--) {
    let field;
    [field, at] = name(body, at);
    const kind = body[at];
    const end = leb(body, at + 1)[1];
    out.push(...nameBytes(short(field)), ...body.subarray(at, end));
    at = end;
  }
  return out;
}

if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error(`names.mjs: ${wasmPath} is not a wasm module`);
const parts = [wasm.subarray(0, 8)];
let at = 8;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, start] = leb(wasm, at + 1);
  const body = wasm.subarray(start, start + size);
  if (id === 2 || id === 7) {
    const rewritten = id === 2 ? imports(body) : exports(body);
    parts.push(Buffer.from([id, ...lebBytes(rewritten.length), ...rewritten]));
  } else {
    parts.push(wasm.subarray(at, start + size));
  }
  at = start + size;
}

// The new names must be free in the glue. (An export the glue never reads,
// such as `__wbindgen_free`, is renamed all the same.)
const word = (n) => new RegExp(`(?<![\\w$])${n}(?![\\w$])`, 'g');
const rename = (text) => {
  for (const [old, fresh] of renamed) text = text.replace(word(old), fresh);
  return text;
};
for (const fresh of renamed.values()) {
  if (word(fresh).test(glue)) throw new Error(`names.mjs: ${fresh} is already used in ${gluePath}`);
}
writeFileSync(wasmPath, Buffer.concat(parts));
writeFileSync(gluePath, rename(glue));
for (const path of typePaths) writeFileSync(path, rename(readFileSync(path, 'utf8')));
