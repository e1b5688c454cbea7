/**
 * The HTML report: one self-contained page, with the article text and every fact highlighted by kind, tables of the
 * facts, an SVG timeline of the dated events and the consistency checks. Nothing is loaded from anywhere: the CSS is
 * inline (allowed by its hash in the Content-Security-Policy), the timeline is inline SVG, and there is no script at
 * all: a highlight shows its note on hover and on keyboard focus with CSS alone.
 *
 * Everything that comes from the article (its text, names, values, the path) is HTML-escaped, and controls, escape
 * sequences and bidi overrides are shown as visible escapes, as in the table.
 *
 * Overlapping facts follow the project's one overlap rule (`filterSpans`, the first longest wins): the winning span is
 * the highlight, and its note lists every fact whose span overlaps it, so no highlight is nested in another.
 *
 * Several articles make one page: an index, then one section per article.
 */
import { createHash } from 'node:crypto';
import type { Actor, Check, DateFact, Distance, Event, FactKind, FactSheet, Location } from '../schema.js';
import { filterSpans, firstIndex } from '../text/spans.js';
import { formatNumber as groupedNumber } from '../text/numbers.js';
import { sanitize, UNSAFE_CHARACTERS } from './sanitize.js';
import { formatRole, timeline } from './table.js';
import type { RenderOptions } from './types.js';

/** The kinds of highlight, in the order of the legend; on an exact tie of spans the earlier kind wins. */
export const MARK_KINDS = ['actor', 'location', 'distance', 'date', 'event'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

const MARK_INFO: Record<MarkKind, { label: string; fact: FactKind; help: string; line: string }> = {
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

const CSS = [
  `:root{color-scheme:light dark;${variables(PALETTE.light)}}`,
  `@media (prefers-color-scheme:dark){:root{${variables(PALETTE.dark)}}}`,
  '*{box-sizing:border-box}',
  'html{-webkit-text-size-adjust:100%;text-size-adjust:100%}',
  'body{margin:0 auto;max-width:72rem;padding:1rem;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}',
  'h1{font-size:1.5rem;margin:.5rem 0;overflow-wrap:anywhere}h2{font-size:1.25rem;margin:2rem 0 .5rem}h3{font-size:1.1rem;margin:1.5rem 0 .5rem}',
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
  '.timeline .ev-trigger{font-weight:600}',
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

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape the five characters HTML gives meaning to; safe in text and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

/** An article-derived string in the page: controls made visible (as in the table), then HTML-escaped. */
const h = (text: string): string => escapeHtml(sanitize(text));

/** Article text: HTML-escaped, each control, escape or bidi character shown as a visible escape. Tabs stay. */
function articleText(text: string): string {
  return escapeHtml(text).replace(UNSAFE_CHARACTERS, (ch) => (ch === '\t' ? ch : `<span class="ctl">${escapeHtml(sanitize(ch))}</span>`));
}

let countryNames: Intl.DisplayNames | undefined;

function countryName(code: string): string | null {
  try {
    countryNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    const name = countryNames.of(code.toUpperCase());
    return name && name !== code.toUpperCase() ? name : null;
  } catch {
    return null;
  }
}

/** A number for people: no decimals from 100 up, one from 1 up, else up to three. */
function formatNumber(n: number): string {
  const digits = Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 1 ? 1 : 3;
  return groupedNumber(n, digits);
}

const METERS_PER_MILE = 1609.344;

/** A distance in km and miles: "130 km", "80.8 mi"; a range keeps its upper bound. */
export function distanceIn(d: Distance, unit: 'km' | 'mi'): string {
  const per = unit === 'km' ? 1000 : METERS_PER_MILE;
  const low = d.meters / per;
  const high = d.upper !== null && d.value > 0 ? (d.meters * d.upper) / d.value / per : null;
  return `${d.approximate ? '≈' : ''}${formatNumber(low)}${high !== null ? `–${formatNumber(high)}` : ''} ${unit}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Notes: what a highlight says about its fact (HTML, already escaped).
// ---------------------------------------------------------------------------------------------------------------

const kindLabel = (label: string) => `<b>${label}</b>`;

function actorNote(a: Actor): string {
  const parts = [`${kindLabel(a.kind === 'person' ? 'Person' : 'Organization')} ${h(a.name)}`];
  if (a.age !== null) parts.push(`age ${a.age}`);
  if (a.roles.length > 0) parts.push(a.roles.map((r) => h(formatRole(r))).join('; '));
  if (a.aliases.length > 0) parts.push(`also ${a.aliases.map(h).join(', ')}`);
  return parts.join(' · ');
}

function locationNote(l: Location): string {
  const country = l.countryCode ? countryName(l.countryCode) : null;
  const parts = [`${kindLabel('Place')} ${h(l.name)}`, l.kind];
  if (l.countryCode && l.kind !== 'country') parts.push(`in ${country ? `${h(country)} (${h(l.countryCode)})` : h(l.countryCode)}`);
  else if (l.countryCode) parts.push(h(l.countryCode));
  return parts.join(' · ');
}

function distanceNote(d: Distance): string {
  const parts = [`${kindLabel('Distance')} ${distanceIn(d, 'km')} · ${distanceIn(d, 'mi')}`];
  if (d.from || d.to) parts.push(`${h(d.from ?? '?')} → ${h(d.to ?? '?')}`);
  return parts.join(' · ');
}

function dateNote(d: DateFact): string {
  return [`${kindLabel('Date')} TIMEX3 <code>${h(d.value)}</code>`, d.type, ...(d.mod ? [`mod ${d.mod}`] : [])].join(' · ');
}

function eventNote(e: Event): string {
  const parts = [`${kindLabel('Event')} ${h(e.trigger.text)}`, `<code>${h(e.date.value)}</code> (${h(e.date.text)})`];
  if (e.participants.length > 0) parts.push(`with ${e.participants.map(h).join(', ')}`);
  return parts.join(' · ');
}

interface Note {
  start: number;
  end: number;
  kind: MarkKind;
  html: string;
}

/** Every span the sheet points at in the text, with its note; spans that do not match the text are left out. */
function notesOf(sheet: FactSheet, text: string, only: readonly FactKind[]): Note[] {
  const notes: Note[] = [];
  const add = (start: number, end: number, expected: string | null, kind: MarkKind, html: string) => {
    if (!only.includes(MARK_INFO[kind].fact)) return;
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= text.length)) return;
    if (expected !== null && text.slice(start, end) !== expected) return;
    notes.push({ start, end, kind, html });
  };
  for (const a of sheet.actors) for (const m of a.mentions) add(m.start, m.end, m.text, 'actor', actorNote(a));
  for (const l of sheet.locations) for (const m of l.mentions) add(m.start, m.end, m.text, 'location', locationNote(l));
  for (const d of sheet.distances) {
    add(d.start, d.end, d.text, 'distance', distanceNote(d));
    if (d.alt) add(d.alt.start, d.alt.end, d.alt.text, 'distance', distanceNote(d));
  }
  for (const d of sheet.dates) add(d.start, d.end, d.text, 'date', dateNote(d));
  for (const e of sheet.events) add(e.trigger.start, e.trigger.end, e.trigger.text, 'event', eventNote(e));
  return notes;
}

interface Highlight extends Note {
  /** the notes of every fact whose span overlaps this one, this one's first, each once */
  notes: string[];
}

/** The overlap rule: the first longest span wins and is highlighted; the facts it overlaps join its note. */
export function highlights(notes: readonly Note[]): Highlight[] {
  const winners = filterSpans(notes); // in text order and disjoint, so their ends are in order too
  const covered = winners.map((w) => [w]);
  for (const note of notes) {
    for (let i = firstIndex(winners, (w) => w.end > note.start); i < winners.length && winners[i]!.start < note.end; i++) {
      if (winners[i] !== note) covered[i]!.push(note);
    }
  }
  return winners.map((winner, i) => ({ ...winner, notes: [...new Set(covered[i]!.map((n) => n.html))] }));
}

/** The article, one paragraph per line, with its highlights; a highlight across a line break is cut there. */
function articleHtml(text: string, marks: readonly Highlight[], prefix: string): string {
  const out: string[] = [];
  let next = 0; // the first mark that may still reach the current paragraph
  let counter = 0;
  for (const para of text.matchAll(/[^\r\n]+/g)) {
    const pStart = para.index!;
    const pEnd = pStart + para[0].length;
    if (para[0].trim() === '') continue;
    let cursor = pStart;
    let html = '';
    while (next < marks.length && marks[next]!.end <= pStart) next++;
    for (let i = next; i < marks.length && marks[i]!.start < pEnd; i++) {
      const m = marks[i]!;
      const s = Math.max(m.start, pStart);
      const e = Math.min(m.end, pEnd);
      if (s >= e) continue;
      html += articleText(text.slice(cursor, s));
      const inner = articleText(text.slice(s, e));
      if (s === m.start) {
        const id = `${prefix}-n${++counter}`;
        const tip = m.notes.map((n) => `<span>${n}</span>`).join('');
        html += `<mark class="f f-${m.kind}" tabindex="0" aria-describedby="${id}">${inner}<span class="tip" role="tooltip" id="${id}">${tip}</span></mark>`;
      } else {
        html += `<mark class="f f-${m.kind}">${inner}</mark>`;
      }
      cursor = e;
    }
    html += articleText(text.slice(cursor, pEnd));
    out.push(`<p>${html}</p>`);
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Tables, timeline, checks
// ---------------------------------------------------------------------------------------------------------------

function table(header: readonly string[], rows: readonly string[][], numeric: ReadonlySet<number> = new Set()): string {
  const head = header.map((c) => `<th scope="col">${c}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${numeric.has(i) ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`).join('\n');
  return `<div class="scroll"><table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>`;
}

function actorsTable(list: readonly Actor[]): string {
  return table(
    ['Name', 'Kind', 'Age', 'Roles', 'Aliases', 'Mentions'],
    list.map((a) => [h(a.name), a.kind, a.age === null ? '' : String(a.age), a.roles.map((r) => h(formatRole(r))).join('<br>'), a.aliases.map(h).join(', '), String(a.mentions.length)]),
    new Set([2, 5]),
  );
}

function locationsTable(list: readonly Location[]): string {
  return table(
    ['Name', 'Kind', 'Country', 'Mentions'],
    list.map((l) => {
      const country = l.countryCode ? countryName(l.countryCode) : null;
      return [h(l.name), l.kind, l.countryCode ? (country ? `${h(country)} (${h(l.countryCode)})` : h(l.countryCode)) : '', String(l.mentions.length)];
    }),
    new Set([3]),
  );
}

function distancesTable(list: readonly Distance[]): string {
  return table(
    ['Text', 'km', 'miles', 'From → to'],
    list.map((d) => [
      h(d.text) + (d.alt ? ` <span class="note">(${h(d.alt.text)})</span>` : ''),
      distanceIn(d, 'km').replace(/ km$/, ''),
      distanceIn(d, 'mi').replace(/ mi$/, ''),
      d.from || d.to ? `${h(d.from ?? '?')} → ${h(d.to ?? '?')}` : '',
    ]),
    new Set([1, 2]),
  );
}

function datesTable(list: readonly DateFact[]): string {
  return table(
    ['Text', 'Type', 'TIMEX3 value', 'Modifier'],
    list.map((d) => [h(d.text), d.type, `<code>${h(d.value)}</code>`, d.mod ?? '']),
  );
}

/** Rough width of a line of 14px text, to size the SVG so that it never squeezes its text. */
const textWidth = (s: string, bold = false) => Math.ceil([...s].length * (bold ? 8.4 : 7.8));

/** Split a list into lines of at most `max` characters, breaking only between items. */
function wrapList(items: readonly string[], max: number): string[] {
  const lines: string[] = [];
  for (const item of items) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 2 + item.length <= max) lines[last] += `, ${item}`;
    else lines.push(item);
  }
  return lines;
}

/** The events in date order, as a vertical SVG timeline: a dot per event, its date, trigger and participants. */
export function timelineSvg(events: readonly Event[], id: string): string {
  const ordered = timeline(events);
  const LINE = 20;
  const GAP = 14;
  const X = 28;
  let y = 8;
  let width = 320;
  const groups: string[] = [];
  for (const e of ordered) {
    const when = sanitize(e.date.text);
    const value = sanitize(e.date.value);
    const who = wrapList(e.participants.map(sanitize), 48);
    const trigger = sanitize(e.trigger.text);
    width = Math.max(width, X + textWidth(value, true) + 12 + textWidth(when), X + textWidth(trigger, true), ...who.map((w) => X + textWidth(w)));
    const top = y;
    const lines = [
      `<text x="${X}" y="${y + 15}"><tspan class="ev-date">${escapeHtml(value)}</tspan><tspan class="ev-when" dx="10">${escapeHtml(when)}</tspan></text>`,
      `<text class="ev-trigger" x="${X}" y="${y + 15 + LINE}">${escapeHtml(trigger)}</text>`,
      ...who.map((w, i) => `<text class="ev-who" x="${X}" y="${y + 15 + LINE * (2 + i)}">${escapeHtml(w)}</text>`),
    ];
    y += LINE * (2 + who.length) + GAP;
    groups.push(`<g class="ev"><circle class="dot" cx="10" cy="${top + 10}" r="6"/>${lines.join('')}</g>`);
  }
  const height = Math.max(y, 40);
  width += 16;
  return (
    `<svg class="timeline" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="group" aria-labelledby="${id}">` +
    `<title id="${id}">Timeline of ${ordered.length} dated event${ordered.length === 1 ? '' : 's'}, in date order</title>` +
    `<line class="rail" x1="10" y1="10" x2="10" y2="${Math.max(10, height - GAP - 10)}"/>\n${groups.join('\n')}\n</svg>`
  );
}

function checksList(checks: readonly Check[]): string {
  const items = checks.map((c) => {
    const evidence = c.evidence.map((s) => `<li>“${h(s.text)}” <span class="note">(characters ${s.start}–${s.end})</span></li>`).join('');
    return (
      `<li class="check check-${c.status}"><span class="badge badge-${c.status}">${c.status === 'ok' ? '✓ ok' : '⚠ warning'}</span> ` +
      `<code>${h(c.kind)}</code> ${h(c.message)}${evidence ? `<ul class="evidence">${evidence}</ul>` : ''}</li>`
    );
  });
  return `<ul class="checks">\n${items.join('\n')}\n</ul>`;
}

// ---------------------------------------------------------------------------------------------------------------
// The page
// ---------------------------------------------------------------------------------------------------------------

const sourceName = (sheet: FactSheet) => (sheet.source.path === null ? '<stdin>' : sheet.source.path);

function legend(only: readonly FactKind[]): string {
  const items = MARK_KINDS.filter((k) => only.includes(MARK_INFO[k].fact)).map(
    (k) => `<li><mark class="f f-${k}">${MARK_INFO[k].label}</mark> <span class="note">${MARK_INFO[k].help}</span></li>`,
  );
  return `<ul class="legend" aria-label="Legend">${items.join('')}</ul>`;
}

function articleSection(sheet: FactSheet, text: string | null | undefined, only: readonly FactKind[], prefix: string, level: number): string {
  const hx = (title: string, id: string) => `<h${level} id="${prefix}-${id}">${title}</h${level}>`;
  const out: string[] = [];
  const part = (id: string, title: string, body: string) => out.push(`<section aria-labelledby="${prefix}-${id}">\n${hx(title, id)}\n${body}\n</section>`);
  const count = (kind: FactKind) => sheet[kind].length;
  const none = '<p class="note">None found.</p>';

  if (typeof text === 'string') {
    const marks = highlights(notesOf(sheet, text, only));
    part(
      'text',
      'Article',
      `${legend(only)}\n<p class="note">Hover over a highlight or focus it with the Tab key to see its value. Where facts overlap, the longest span is highlighted and its note lists them all.</p>\n` +
        `<div class="text">\n${articleHtml(text, marks, prefix)}\n</div>`,
    );
  } else {
    part('text', 'Article', '<p class="note">The article text was not given to the renderer; only the facts are shown.</p>');
  }
  if (sheet.warnings.length > 0) part('warnings', 'Warnings', `<ul>${sheet.warnings.map((w) => `<li>${h(w)}</li>`).join('')}</ul>`);
  if (sheet.checks.length > 0) part('checks', `Checks (${sheet.checks.length})`, checksList(sheet.checks));
  if (only.includes('events')) {
    part('timeline', `Timeline (${count('events')} events)`, count('events') ? `<div class="scroll" tabindex="0" aria-label="Timeline, scrolls sideways">${timelineSvg(sheet.events, `${prefix}-svg`)}</div>` : none);
  }
  if (only.includes('actors')) part('actors', `Actors (${count('actors')})`, count('actors') ? actorsTable(sheet.actors) : none);
  if (only.includes('locations')) part('locations', `Locations (${count('locations')})`, count('locations') ? locationsTable(sheet.locations) : none);
  if (only.includes('distances')) part('distances', `Distances (${count('distances')})`, count('distances') ? distancesTable(sheet.distances) : none);
  if (only.includes('dates')) part('dates', `Dates (${count('dates')})`, count('dates') ? datesTable(sheet.dates) : none);
  return out.join('\n');
}

function meta(sheet: FactSheet): string {
  return `<p class="meta">${groupedNumber(sheet.source.characters)} characters · reference date ${sheet.referenceDate ? h(sheet.referenceDate) : 'none'}</p>`;
}

/** A whole page around `body`: the stylesheet, its Content-Security-Policy, no script (the story page uses it too). */
export function page(title: string, body: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${title}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * One page for all the sheets. `options.texts[i]` is the text of `sheets[i]` (what the offsets point into); without
 * it the page shows the facts but not the highlighted article.
 */
export function renderHtml(sheets: readonly FactSheet[], options: RenderOptions): string {
  const { only } = options;
  const texts = options.texts ?? [];
  if (sheets.length === 0) return '';
  if (sheets.length === 1) {
    const sheet = sheets[0]!;
    const name = h(sourceName(sheet));
    return page(`${name} · summit-facts`, `<h1>${name}</h1>\n${meta(sheet)}\n${articleSection(sheet, texts[0], only, 'a1', 2)}`);
  }
  const index = sheets.map(
    (s, i) =>
      `<li><a href="#a${i + 1}">${h(sourceName(s))}</a> <span class="note">${s.actors.length} actors, ${s.locations.length} places, ${s.distances.length} distances, ${s.events.length} events` +
      `${s.checks.some((c) => c.status === 'warning') ? ', check warnings' : ''}</span></li>`,
  );
  const sections = sheets.map(
    (s, i) =>
      `<article id="a${i + 1}" aria-labelledby="a${i + 1}-title">\n<h2 id="a${i + 1}-title">${h(sourceName(s))}</h2>\n${meta(s)}\n${articleSection(s, texts[i], only, `a${i + 1}`, 3)}\n</article>`,
  );
  const title = `${sheets.length} articles`;
  return page(
    `${title} · summit-facts`,
    `<h1>summit-facts: ${title}</h1>\n<nav aria-labelledby="index-title">\n<h2 id="index-title">Index</h2>\n<ol>\n${index.join('\n')}\n</ol>\n</nav>\n${sections.join('\n')}`,
  );
}
