/**
 * The article in the HTML report: escaping, the notes a highlight shows about its facts, the overlap rule between
 * highlights, and the text with its highlights, one paragraph per line.
 */
import type { Actor, DateFact, Distance, Event, FactKind, FactSheet, Location } from '../../schema.js';
import { filterSpans, firstIndex } from '../../text/spans.js';
import { formatNumber as groupedNumber } from '../../text/numbers.js';
import { sanitize, UNSAFE_CHARACTERS } from '../sanitize.js';
import { formatRole } from '../table.js';
import { MARK_INFO, type MarkKind } from './style.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape the five characters HTML gives meaning to; safe in text and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

/** An article-derived string in the page: controls made visible (as in the table), then HTML-escaped. */
export const h = (text: string): string => escapeHtml(sanitize(text));

/** Article text: HTML-escaped, each control, escape or bidi character shown as a visible escape. Tabs stay. */
function articleText(text: string): string {
  return escapeHtml(text).replace(UNSAFE_CHARACTERS, (ch) => (ch === '\t' ? ch : `<span class="ctl">${escapeHtml(sanitize(ch))}</span>`));
}

let countryNames: Intl.DisplayNames | undefined;

export function countryName(code: string): string | null {
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

export interface Note {
  start: number;
  end: number;
  kind: MarkKind;
  html: string;
}

/** Every span the sheet points at in the text, with its note; spans that do not match the text are left out. */
export function notesOf(sheet: FactSheet, text: string, only: readonly FactKind[]): Note[] {
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

export interface Highlight extends Note {
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

const markId = (prefix: string, index: number) => `${prefix}-h${index + 1}`;
const paragraphId = (prefix: string, start: number) => `${prefix}-p${start}`;

/**
 * The id of what shows an offset of the article: the highlight over it, else its paragraph (null when the offset is
 * on no paragraph, or outside the text). Links from the checks' evidence point there.
 */
export function anchorFor(text: string, marks: readonly Highlight[], prefix: string, offset: number): string | null {
  if (!(offset >= 0 && offset < text.length)) return null;
  const i = firstIndex(marks, (m) => m.end > offset);
  if (i < marks.length && marks[i]!.start <= offset) return markId(prefix, i);
  const start = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const line = /^[^\r\n]*/.exec(text.slice(start))![0];
  return line.trim() === '' ? null : paragraphId(prefix, start);
}

/** The article, one paragraph per line, with its highlights; a highlight across a line break is cut there. */
export function articleHtml(text: string, marks: readonly Highlight[], prefix: string): string {
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
        html += `<mark class="f f-${m.kind}" id="${markId(prefix, i)}" tabindex="0" aria-describedby="${id}">${inner}<span class="tip" role="tooltip" id="${id}">${tip}</span></mark>`;
      } else {
        html += `<mark class="f f-${m.kind}">${inner}</mark>`;
      }
      cursor = e;
    }
    html += articleText(text.slice(cursor, pEnd));
    out.push(`<p id="${paragraphId(prefix, pStart)}">${html}</p>`);
  }
  return out.join('\n');
}
