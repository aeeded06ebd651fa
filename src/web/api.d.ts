// Types of the JS API (`factbox/api`, www/pkg/api.js): the glue's, with the
// `init` and `initSync` that also give the module both languages' tables.
import type { InitInput, InitOutput, SyncInitInput } from './factbox.js';

export * from './factbox.js';

/**
 * Loads the wasm (as the glue's `init`: from `module_or_path`, by default
 * `factbox_bg.wasm` beside this file) and both language files beside this
 * file (`factbox-ar.bin`, `factbox-en.bin`), in parallel. Rejects if any
 * does not load.
 */
export default function init(module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;

/**
 * Instantiates `module` (as the glue's `initSync`) and gives it each of
 * `languages`, the bytes of `factbox-ar.bin` and `factbox-en.bin` (as
 * `readFileSync` gives them); `extract` throws for a language it was not given.
 */
export function initSync(module: { module: SyncInitInput; languages?: readonly BufferSource[] } | SyncInitInput): InitOutput;
