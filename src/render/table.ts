/**
 * The human-readable fact sheet: one section per fact kind, aligned columns, events as a timeline in date order.
 * Pure: colours come in as a Chalk instance, and every article-derived string is sanitized before it is printed.
 */
import type { ChalkInstance } from 'chalk';
import type { Actor, Check, DateFact, Distance, Event, FactKind, FactSheet, Location, Role } from '../schema.js';
import type { RenderOptions } from './types.js';
import { sanitize } from './sanitize.js';
import { formatNumber } from '../text/numbers.js';
import { compareTimex } from '../time/interval.js';

/** A cell: its plain text (already sanitized) and how to colour it once padded. */
interface Cell {
  text: string;
  style?: (s: string) => string;
}
type Row = Array<Cell | string>;

const INDENT = '  ';
const GAP = '  ';

const cell = (c: Cell | string): Cell => (typeof c === 'string' ? { text: c } : c);
/** Display width, counted in code points (good enough for the Latin, Cyrillic and Hangul of news names). */
const textWidth = (s: string): number => [...s].length;

/** The narrowest a column is squeezed to when the table is too wide: its header, or this many characters. */
const MIN_COLUMN = 8;

/**
 * Column widths that fit `width`: each column as wide as its widest cell, then, while the table is too wide, the
 * widest column narrowed one character at a time (never below its header or MIN_COLUMN). A table that cannot fit
 * even so keeps the narrowest widths; the terminal wraps it.
 */
export function fitWidths(natural: readonly number[], header: readonly string[], width: number | undefined): number[] {
  const widths = [...natural];
  if (width === undefined) return widths;
  const total = () => INDENT.length + widths.reduce((a, b) => a + b, 0) + GAP.length * (widths.length - 1);
  const floor = header.map((h) => Math.max(textWidth(h), MIN_COLUMN));
  while (total() > width) {
    let widest = -1;
    widths.forEach((w, i) => {
      if (w > floor[i]! && (widest < 0 || w > widths[widest]!)) widest = i;
    });
    if (widest < 0) break;
    widths[widest]!--;
  }
  return widths;
}

/**
 * A cell's text as lines of at most `width` characters, broken at spaces; a word longer than the column is cut
 * with "…" (as gh does), never split across lines.
 */
export function wrapCell(text: string, width: number): string[] {
  if (textWidth(text) <= width) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const fitted = textWidth(word) > width ? [...word].slice(0, width - 1).join('') + '…' : word;
    if (line === '') line = fitted;
    else if (textWidth(line) + 1 + textWidth(fitted) <= width) line += ' ' + fitted;
    else {
      lines.push(line);
      line = fitted;
    }
  }
  lines.push(line);
  return lines;
}

/**
 * Lay out rows under a header, fitted to `width` columns when it is given (a terminal's): a cell too wide for its
 * column wraps onto more lines of the row. The last column is not padded. The header's line, then each row's lines.
 */
function layoutRows(header: readonly string[], rows: readonly Row[], chalk: ChalkInstance, width?: number): { header: string; rows: string[][] } {
  const cells = rows.map((row) => row.map(cell));
  // a loop, not Math.max(...rows): a very large article has more rows than a call takes arguments
  const natural = header.map((h, i) => cells.reduce((w, row) => Math.max(w, textWidth(row[i]?.text ?? '')), textWidth(h)));
  const widths = fitWidths(natural, header, width);
  const lines = (row: Cell[]): string[] => {
    const wrapped = row.map((c, i) => wrapCell(c.text, widths[i]!));
    const height = wrapped.reduce((h, w) => Math.max(h, w.length), 1);
    return Array.from({ length: height }, (_, k) => {
      const parts = row.map((c, i) => {
        const text = wrapped[i]![k] ?? '';
        const padded = i === row.length - 1 ? text : text + ' '.repeat(Math.max(0, widths[i]! - textWidth(text)));
        return c.style && text ? c.style(padded) : padded;
      });
      return (INDENT + parts.join(GAP)).trimEnd();
    });
  };
  return { header: lines(header.map((h) => ({ text: h, style: chalk.dim })))[0]!, rows: cells.map(lines) };
}

export function layout(header: readonly string[], rows: readonly Row[], chalk: ChalkInstance, width?: number): string[] {
  const laid = layoutRows(header, rows, chalk, width);
  const out = [laid.header];
  for (const row of laid.rows) for (const line of row) out.push(line);
  return out;
}

const quoteList = (items: readonly string[]) => items.map(sanitize).join(', ');

export function formatRole(role: Role): string {
  const parts = [role.qualifier, role.title].filter((p): p is string => Boolean(p)).map(sanitize);
  return parts.join(' ') + (role.organization ? ` (${sanitize(role.organization)})` : '');
}

/** Meters with thousands separators, the normalized value every distance carries. */
export function formatMeters(meters: number): string {
  return formatNumber(meters, 1);
}

/** Time order of TIMEX3 values: by the stretch each denotes (start, then end), values with an X last. */
export { compareTimex };

/** Events in time order; ties and unresolved dates keep the order of the text. */
export function timeline(events: readonly Event[]): Event[] {
  return [...events].sort((a, b) => compareTimex(a.date.value, b.date.value) || a.date.start - b.date.start);
}

type Section = (sheet: FactSheet, chalk: ChalkInstance, width?: number) => string[];

function actors(list: readonly Actor[], chalk: ChalkInstance, width?: number): string[] {
  return layout(
    ['NAME', 'KIND', 'AGE', 'ROLES', 'ALIASES'],
    list.map((a) => [
      { text: sanitize(a.name), style: chalk.bold },
      a.kind,
      a.age === null ? '' : String(a.age),
      a.roles.map(formatRole).join('; '),
      quoteList(a.aliases),
    ]),
    chalk,
    width,
  );
}

function locations(list: readonly Location[], chalk: ChalkInstance, width?: number): string[] {
  return layout(['NAME', 'KIND'], list.map((l) => [{ text: sanitize(l.name), style: chalk.bold }, l.kind]), chalk, width);
}

function distances(list: readonly Distance[], chalk: ChalkInstance, width?: number): string[] {
  return layout(
    ['TEXT', 'METERS', 'APPROX', 'FROM → TO'],
    list.map((d) => [
      { text: sanitize(d.text), style: chalk.bold },
      (d.approximate ? '≈' : '') + formatMeters(d.meters) + (d.upper !== null ? ` (up to ${d.upper} ${d.unit})` : ''),
      d.approximate ? 'yes' : 'no',
      d.from || d.to ? `${sanitize(d.from ?? '?')} → ${sanitize(d.to ?? '?')}` : '',
    ]),
    chalk,
    width,
  );
}

function dates(list: readonly DateFact[], chalk: ChalkInstance, width?: number): string[] {
  return layout(
    ['TEXT', 'TYPE', 'VALUE'],
    list.map((d) => [{ text: sanitize(d.text), style: chalk.bold }, d.type, { text: sanitize(d.value), style: chalk.cyan }]),
    chalk,
    width,
  );
}

function events(list: readonly Event[], chalk: ChalkInstance, width?: number): string[] {
  const ordered = timeline(list);
  const laid = layoutRows(
    ['DATE', 'WHEN', 'TRIGGER', 'PARTICIPANTS'],
    ordered.map((e) => [
      { text: sanitize(e.date.value), style: chalk.cyan },
      sanitize(e.date.text),
      { text: sanitize(e.trigger.text), style: chalk.bold },
      quoteList(e.participants),
    ]),
    chalk,
    width,
  );
  // each event's summary on its own line under it, indented to the WHEN column
  const summaryIndent = INDENT + ' '.repeat(ordered.reduce((w, e) => Math.max(w, textWidth(sanitize(e.date.value))), 4)) + GAP;
  const out = [laid.header];
  ordered.forEach((e, i) => {
    for (const line of laid.rows[i]!) out.push(line);
    if (!e.summary) return;
    const room = width === undefined ? Infinity : Math.max(MIN_COLUMN, width - summaryIndent.length);
    for (const line of wrapCell(sanitize(e.summary), room)) out.push(chalk.dim(summaryIndent + line));
  });
  return out;
}

/** Each check with its mark: ok in green, warning in yellow (plain text when colour is off). */
function checks(list: readonly Check[], chalk: ChalkInstance, width?: number): string[] {
  const mark = { ok: { text: '✓ ok', style: chalk.green }, warning: { text: '! warning', style: chalk.yellow.bold } };
  return layout(
    ['STATUS', 'CHECK', 'MESSAGE'],
    list.map((c) => [mark[c.status], c.kind, sanitize(c.message)]),
    chalk,
    width,
  );
}

/** The fact kinds the checks read: with `--only` none of them, there is nothing to check and no section. */
const CHECKED_KINDS: readonly FactKind[] = ['actors', 'distances', 'dates', 'events'];

const SECTIONS: Record<FactKind, { title: string; note?: string; body: Section }> = {
  actors: { title: 'Actors', body: (s, c, w) => actors(s.actors, c, w) },
  locations: { title: 'Locations', body: (s, c, w) => locations(s.locations, c, w) },
  distances: { title: 'Distances', body: (s, c, w) => distances(s.distances, c, w) },
  dates: { title: 'Dates', body: (s, c, w) => dates(s.dates, c, w) },
  events: { title: 'Events', note: 'timeline, in date order', body: (s, c, w) => events(s.events, c, w) },
};

function renderSheet(sheet: FactSheet, options: RenderOptions): string {
  const { chalk, width } = options;
  const source = sheet.source.path === null ? '<stdin>' : sanitize(sheet.source.path);
  const parts = [source, `${formatNumber(sheet.source.characters)} characters`, `reference date ${sheet.referenceDate ?? 'none'}`];
  // on a narrow terminal, one part a line
  const oneLine = width === undefined || textWidth(parts.join(' · ')) <= width;
  const header = [chalk.bold.underline(source), ...parts.slice(1)].join(oneLine ? chalk.dim(' · ') : '\n');
  const out = [header];
  for (const kind of options.only) {
    const { title, note, body } = SECTIONS[kind];
    const count = sheet[kind].length;
    out.push('', chalk.bold(`${title} (${count}${note ? `, ${note}` : ''})`));
    if (count === 0) out.push(INDENT + chalk.dim('none found'));
    else for (const line of body(sheet, chalk, width)) out.push(line);
  }
  if (sheet.checks.length > 0 || options.only.some((k) => CHECKED_KINDS.includes(k))) {
    const warnings = sheet.checks.filter((c) => c.status === 'warning').length;
    const tally = sheet.checks.length === 0 ? '0' : `${sheet.checks.length - warnings} ok, ${warnings} warning${warnings === 1 ? '' : 's'}`;
    out.push('', chalk.bold(`Checks (${tally})`));
    if (sheet.checks.length === 0) out.push(INDENT + chalk.dim('nothing to check'));
    else for (const line of checks(sheet.checks, chalk, width)) out.push(line);
  }
  return out.join('\n') + '\n';
}

export function renderTable(sheets: readonly FactSheet[], options: RenderOptions): string {
  return sheets.map((sheet) => renderSheet(sheet, options)).join('\n');
}
