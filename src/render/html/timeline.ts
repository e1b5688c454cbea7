/**
 * The HTML report's timeline: the dated events as an SVG, top to bottom on a time axis. Events close in time stand
 * at distances in proportion to the time between them (never closer than their text needs); a gap of more than
 * BREAK_DAYS is drawn as a break in the axis, labelled with its length ("28 years later"), not to scale. Events whose
 * date denotes no known stretch of time (X's, durations) come last, under their own label, off the axis.
 */
import type { Event } from '../../schema.js';
import { timexSpan } from '../../time/interval.js';
import { sanitize } from '../sanitize.js';
import { timeline, wrapCell } from '../table.js';
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

const DAY = 86_400_000;
/** A longer gap between two events is a break in the axis. */
export const BREAK_DAYS = 45;
/** Between breaks, the axis gives at most this many pixels to a day, and the whole stretch about AXIS_SPAN pixels. */
const MAX_PX_PER_DAY = 48;
const AXIS_SPAN = 320;
const LINE = 20;
const GAP = 14;
const BREAK = 44;
const X = 28;

/** "3 days later", "5 months later", "28 years later". */
export function gapLabel(ms: number): string {
  const days = Math.round(ms / DAY);
  const [n, unit] = days >= 730 ? [Math.round(days / 365.25), 'year'] : days >= 60 ? [Math.round(days / 30.44), 'month'] : [days, 'day'];
  return `${n} ${unit}${n === 1 ? '' : 's'} later`;
}

interface Placed {
  event: Event;
  start: number | null;
}

/** The events in time order, on a vertical axis: a dot per event, its date, trigger, summary and participants. */
export function timelineSvg(events: readonly Event[], id: string): string {
  const ordered: Placed[] = timeline(events).map((event) => ({ event, start: timexSpan(event.date.value)?.start ?? null }));
  let y = 8;
  let width = 320;
  const groups: string[] = [];
  const axis: string[] = [];
  // the stretch of axis being drawn: where it starts on the page and in time, and its scale
  let stretch: { top: number; time: number; scale: number } | null = null;
  let bottom = y; // below the last event's text
  let undatedShown = false;
  ordered.forEach(({ event: e, start }, i) => {
    if (start !== null) {
      const previous = i > 0 ? ordered[i - 1]!.start : null;
      if (stretch === null || previous === null || start - previous > BREAK_DAYS * DAY) {
        if (stretch !== null && previous !== null) {
          // close the stretch, then the break: a dashed piece of axis and how long the gap is
          axis.push(`<line class="rail" x1="10" y1="${stretch.top + 10}" x2="10" y2="${bottom}"/>`);
          axis.push(`<g class="break"><line class="gap" x1="10" y1="${bottom + 4}" x2="10" y2="${bottom + BREAK - 4}"/><text class="ev-when" x="${X}" y="${bottom + BREAK / 2 + 5}">${escapeHtml(gapLabel(start - previous))}</text></g>`);
          y = bottom + BREAK;
        }
        // the scale of this stretch: its events until the next break
        let end = start;
        for (let j = i + 1; j < ordered.length; j++) {
          const next = ordered[j]!.start;
          if (next === null || next - end > BREAK_DAYS * DAY) break;
          end = next;
        }
        const days = (end - start) / DAY;
        stretch = { top: y, time: start, scale: days > 0 ? Math.min(MAX_PX_PER_DAY, AXIS_SPAN / days) : 0 };
      }
      y = Math.max(y, stretch.top + ((start - stretch.time) / DAY) * stretch.scale);
    } else if (!undatedShown) {
      // the first event off the axis: close the axis, and label what follows
      if (stretch !== null) axis.push(`<line class="rail" x1="10" y1="${stretch.top + 10}" x2="10" y2="${bottom}"/>`);
      stretch = null;
      undatedShown = true;
      y = bottom + (i > 0 ? GAP : 0);
      groups.push(`<text class="ev-when undated" x="0" y="${y + 15}">Not placed in time</text>`);
      y += LINE + 6;
    }
    y = Math.round(y);
    const when = sanitize(e.date.text);
    const value = sanitize(e.date.value);
    const trigger = sanitize(e.trigger.text);
    const summary = e.summary ? wrapCell(sanitize(e.summary), 40) : [];
    const who = wrapList(e.participants.map(sanitize), 40);
    width = Math.max(
      width,
      X + textWidth(value, true) + 12 + textWidth(when),
      X + textWidth(trigger, true),
      ...summary.map((s) => X + textWidth(s)),
      ...who.map((w) => X + textWidth(w)),
    );
    const lines = [
      `<text x="${X}" y="${y + 15}"><tspan class="ev-date">${escapeHtml(value)}</tspan><tspan class="ev-when" dx="10">${escapeHtml(when)}</tspan></text>`,
      `<text class="ev-trigger" x="${X}" y="${y + 15 + LINE}">${escapeHtml(trigger)}</text>`,
      ...summary.map((s, k) => `<text class="ev-summary" x="${X}" y="${y + 15 + LINE * (2 + k)}">${escapeHtml(s)}</text>`),
      ...who.map((w, k) => `<text class="ev-who" x="${X}" y="${y + 15 + LINE * (2 + summary.length + k)}">${escapeHtml(w)}</text>`),
    ];
    groups.push(`<g class="ev"><circle class="dot${start === null ? ' undated' : ''}" cx="10" cy="${y + 10}" r="6"/>${lines.join('')}</g>`);
    bottom = y + LINE * (2 + summary.length + who.length);
    y = bottom + GAP;
  });
  if (stretch !== null) axis.push(`<line class="rail" x1="10" y1="${(stretch as { top: number }).top + 10}" x2="10" y2="${bottom}"/>`);
  const height = Math.max(bottom + GAP, 40);
  width += 16;
  return (
    `<svg class="timeline" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="group" aria-labelledby="${id}">` +
    `<title id="${id}">Timeline of ${ordered.length} dated event${ordered.length === 1 ? '' : 's'}, in date order</title>` +
    `${axis.join('')}\n${groups.join('\n')}\n</svg>`
  );
}
