// Types of www/fact-box.js. The report types (Report, Fact, Mention, …) are
// those of the wasm-bindgen module, pkg/factbox.d.ts.
import type { Report, SelectDetail } from './pkg/factbox.js';

export type { Report, Fact, Mention, Span, Category, Qualifier, Approx, SelectDetail } from './pkg/factbox.js';

/**
 * `<fact-box for="#story" lang="auto" theme="auto" digits="auto">`
 *
 * - `for`: a CSS selector for the article; without it the nearest `article`,
 *   `[itemprop=articleBody]`, else `main`.
 * - `lang`: `auto` | `ar` | `en` (auto: the article's `lang`, else its script).
 * - `theme`: `auto` | `light` | `dark` (auto follows `prefers-color-scheme`).
 * - `digits`: `auto` | `latn` | `arab` (auto: the digits the article uses).
 *
 * Events (bubbling, composed): `factbox:ready` (detail: the Report, again after
 * every live update) and `factbox:select` (detail: SelectDetail).
 */
export declare class FactBox extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The report the box shows (UTF-16 offsets into the article's text), or null before it is ready. */
  readonly report: Report | null;
  /** The article element the box reads, or null when none is found. */
  readonly article: Element | null;
  /** Shows fact `index` of `report.facts` as a click on its figure does; false when not shown. */
  select(index: number): boolean;
}

declare global {
  interface HTMLElementTagNameMap {
    'fact-box': FactBox;
  }
  interface HTMLElementEventMap {
    'factbox:ready': CustomEvent<Report>;
    'factbox:select': CustomEvent<SelectDetail>;
  }
}
