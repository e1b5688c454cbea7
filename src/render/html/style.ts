/**
 * The HTML report's look: the kinds of highlight, the colours (light and dark), the one inline stylesheet, and the
 * Content-Security-Policy that allows that stylesheet alone.
 */
import { createHash } from 'node:crypto';
import type { FactKind } from '../../schema.js';

/** The kinds of highlight, in the order of the legend; on an exact tie of spans the earlier kind wins. */
export const MARK_KINDS = ['actor', 'location', 'distance', 'date', 'event'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

export const MARK_INFO: Record<MarkKind, { label: string; fact: FactKind; help: string; line: string }> = {
  actor: { label: 'Actor', fact: 'actors', help: 'people and organizations', line: 'solid' },
  location: { label: 'Place', fact: 'locations', help: 'countries, cities, regions, features', line: 'dashed' },
  distance: { label: 'Distance', fact: 'distances', help: 'in km and miles', line: 'double' },
  date: { label: 'Date', fact: 'dates', help: 'with its TIMEX3 value', line: 'dotted' },
  event: { label: 'Event', fact: 'events', help: 'the word of a dated event', line: 'wavy' },
};

interface Scheme {
  bg: string;
  fg: string;
  muted: string;
  rule: string;
  focus: string;
  link: string;
  tipBg: string;
  tipFg: string;
  ok: { fg: string; bg: string };
  warning: { fg: string; bg: string };
  /** each kind: its background tint and the colour of its underline */
  marks: Record<MarkKind, { bg: string; line: string }>;
}

/** The colours, light and dark; the tests check their contrast (text 4.5:1, lines and focus 3:1). */
export const PALETTE: { light: Scheme; dark: Scheme } = {
  light: {
    bg: '#ffffff', fg: '#1a1a1a', muted: '#555555', rule: '#d0d0d0', focus: '#0b57d0', link: '#0b57d0', tipBg: '#1f2328', tipFg: '#ffffff',
    ok: { fg: '#166534', bg: '#dcfce7' },
    warning: { fg: '#854d0e', bg: '#fef9c3' },
    marks: {
      actor: { bg: '#dbeafe', line: '#1d4ed8' },
      location: { bg: '#dcfce7', line: '#15803d' },
      distance: { bg: '#fef3c7', line: '#b45309' },
      date: { bg: '#f3e8ff', line: '#7e22ce' },
      event: { bg: '#ffe4e6', line: '#be123c' },
    },
  },
  dark: {
    bg: '#121417', fg: '#e8e8e8', muted: '#a8a8a8', rule: '#3a3f45', focus: '#8ab4f8', link: '#8ab4f8', tipBg: '#f0f0f0', tipFg: '#111111',
    ok: { fg: '#86efac', bg: '#14432a' },
    warning: { fg: '#fde68a', bg: '#4a3410' },
    marks: {
      actor: { bg: '#1e3a5f', line: '#93c5fd' },
      location: { bg: '#14432a', line: '#86efac' },
      distance: { bg: '#4a3410', line: '#fcd34d' },
      date: { bg: '#3b1f5c', line: '#d8b4fe' },
      event: { bg: '#5a1a2a', line: '#fda4af' },
    },
  },
};

function variables(s: Scheme): string {
  const marks = MARK_KINDS.map((k) => `--${k}-bg:${s.marks[k].bg};--${k}-line:${s.marks[k].line};`).join('');
  return (
    `--bg:${s.bg};--fg:${s.fg};--muted:${s.muted};--rule:${s.rule};--focus:${s.focus};--link:${s.link};` +
    `--tip-bg:${s.tipBg};--tip-fg:${s.tipFg};--ok-fg:${s.ok.fg};--ok-bg:${s.ok.bg};--warning-fg:${s.warning.fg};--warning-bg:${s.warning.bg};` +
    marks
  );
}

export const CSS = [
  `:root{color-scheme:light dark;${variables(PALETTE.light)}}`,
  `@media (prefers-color-scheme:dark){:root{${variables(PALETTE.dark)}}}`,
  '*{box-sizing:border-box}',
  'html{-webkit-text-size-adjust:100%;text-size-adjust:100%}',
  'body{margin:0 auto;max-width:72rem;padding:1rem;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}',
  // a long path in a heading or the index breaks anywhere rather than widen the page past a phone's screen
  'h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.25rem;margin:2rem 0 .5rem}h3{font-size:1.1rem;margin:1.5rem 0 .5rem}',
  'h1,h2,h3,nav a,.meta{overflow-wrap:anywhere}',
  'mark:target,p:target{outline:3px solid var(--focus);outline-offset:2px}',
  'a{color:var(--link)}',
  'a:focus-visible,mark[tabindex]:focus-visible,.scroll:focus-visible{outline:3px solid var(--focus);outline-offset:2px}',
  '.meta,.note{color:var(--muted)}.meta{margin:0 0 1rem}',
  '.legend{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;list-style:none;padding:0;margin:.5rem 0 1rem}',
  '.text{max-width:70ch;font-size:1.05rem;line-height:1.75}.text p{position:relative;margin:0 0 1em;overflow-wrap:break-word}',
  '.f{color:inherit;border-radius:2px;padding:0 1px;text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:3px;text-decoration-skip-ink:none}',
  ...MARK_KINDS.map((k) => `.f-${k}{background:var(--${k}-bg);text-decoration-color:var(--${k}-line);text-decoration-style:${MARK_INFO[k].line}}`),
  'mark[tabindex]{cursor:help}',
    // below the line that holds the highlight, from the paragraph's left edge, never wider than the paragraph
  '.tip{display:none;position:absolute;left:0;margin-top:.2rem;z-index:10;width:max-content;max-width:min(32rem,100%);padding:.5rem .7rem;border-radius:6px;' +
    'background:var(--tip-bg);color:var(--tip-fg);font-size:.875rem;line-height:1.4;font-weight:normal;text-decoration:none;white-space:normal;box-shadow:0 2px 8px rgba(0,0,0,.3)}',
  '.tip>span{display:block}.tip>span+span{margin-top:.35rem;padding-top:.35rem;border-top:1px solid currentColor}',
  '.tip b{font-weight:600}',
  'mark:hover>.tip,mark:focus>.tip{display:block}',
  '@media (max-width:40rem){body{padding:.75rem}.tip{position:fixed;left:.5rem;right:.5rem;top:auto;bottom:.5rem;width:auto;max-width:none}}',
  '.ctl{font-family:ui-monospace,monospace;font-size:.85em;color:var(--muted);border:1px solid var(--rule);border-radius:3px}',
  '.scroll{overflow-x:auto;max-width:100%}',
  'table{border-collapse:collapse;font-size:.95rem;min-width:100%}',
  'th,td{text-align:left;vertical-align:top;padding:.35rem .6rem;border-bottom:1px solid var(--rule)}th{font-weight:600}',
  'td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}',
  'code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}',
  '.timeline{display:block;font:14px system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}',
  '.timeline .rail{stroke:var(--rule);stroke-width:2}.timeline .dot{fill:var(--event-line)}',
  '.timeline text{fill:var(--fg)}.timeline .ev-when,.timeline .ev-who{fill:var(--muted)}.timeline .ev-date{font-weight:600;font-family:ui-monospace,monospace}',
  '.timeline .ev-trigger{font-weight:600}.timeline .gap{stroke:var(--muted);stroke-width:2;stroke-dasharray:2 5}',
  '.timeline .dot.undated{fill:none;stroke:var(--event-line);stroke-width:2}.timeline .undated{font-style:italic}',
  '.checks{list-style:none;padding:0}.checks>li{margin:0 0 .75rem}',
  '.badge{display:inline-block;padding:0 .4rem;border-radius:4px;font-size:.85rem;font-weight:600}',
  '.badge-ok{color:var(--ok-fg);background:var(--ok-bg)}.badge-warning{color:var(--warning-fg);background:var(--warning-bg)}',
  '.evidence{margin:.25rem 0 0;padding-left:1.25rem;color:var(--muted)}',
  'nav ol{padding-left:1.5rem}',
].join('\n');

/**
 * Nothing may be loaded or run: only the inline stylesheet, recognized by its hash. Made on first use, as the
 * country names below: this module loads with the CLI, and most runs print no page.
 */
export function contentSecurityPolicy(): string {
  policy ??= `default-src 'none'; style-src 'sha256-${createHash('sha256').update(CSS, 'utf8').digest('base64')}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
  return policy;
}
let policy: string | undefined;
