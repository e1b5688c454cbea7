import type { ChalkInstance } from 'chalk';
import type { FactKind, FactSheet } from '../schema.js';

export interface RenderOptions {
  /** colours to use; a `new Chalk({ level: 0 })` prints plain text */
  chalk: ChalkInstance;
  /** the fact kinds asked for (`--only`); the table shows only their sections */
  only: readonly FactKind[];
  /** several articles were given: `json` prints an array even if only one of them could be read */
  several: boolean;
  /** the terminal's width in columns: the table fits its columns to it (none: no limit, as in a pipe) */
  width?: number;
  /** the article texts, in the order of the sheets (what their offsets point into); the HTML report shows them */
  texts?: readonly (string | null)[];
}

/** A renderer is a pure function of the fact sheets and the options. */
export type Renderer = (sheets: readonly FactSheet[], options: RenderOptions) => string;
