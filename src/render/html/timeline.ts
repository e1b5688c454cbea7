/** The HTML report's timeline: the dated events as an SVG, top to bottom in time order. */
import type { Event } from '../../schema.js';
import { sanitize } from '../sanitize.js';
import { timeline } from '../table.js';
import { escapeHtml } from './notes.js';

/** Rough width of a line of 14px text, to size the SVG so that it never squeezes its text. */
const textWidth = (s: string, bold = false) => Math.ceil([...s].length * (bold ? 8.4 : 7.8));

/** Split a list into lines of at most `max` characters, breaking only between items. */
export function wrapList(items: readonly string[], max: number): string[] {
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
