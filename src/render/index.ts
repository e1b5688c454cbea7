/** The output formats, as a typed list: `--format` takes its choices from here. */
import { renderHtml } from './html.js';
import { renderJson, renderJsonl } from './json.js';
import { renderTable } from './table.js';
import type { Renderer } from './types.js';

export const FORMATS = ['table', 'json', 'jsonl', 'html'] as const;
export type Format = (typeof FORMATS)[number];
/** The formats of `summit-facts story`. */
export const STORY_FORMATS = ['table', 'json', 'html'] as const;
export type StoryFormat = (typeof STORY_FORMATS)[number];

export const renderers = {
  table: renderTable,
  json: renderJson,
  jsonl: renderJsonl,
  html: renderHtml,
} satisfies Record<Format, Renderer>;

export type { RenderOptions, Renderer } from './types.js';
export { sanitize, escapeJsonControls } from './sanitize.js';
export { toJson } from './json.js';
