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
const width = (s: string): number => [...s].length;

/** Lay out rows under a header; the last column is not padded. */
export function layout(header: readonly string[], rows: readonly Row[], chalk: ChalkInstance): string[] {
  const cells = rows.map((row) => row.map(cell));
  // a loop, not Math.max(...rows): a very large article has more rows than a call takes arguments
  const widths = header.map((h, i) => cells.reduce((w, row) => Math.max(w, width(row[i]?.text ?? '')), width(h)));
  const line = (row: Cell[]) =>
    INDENT +
    row
      .map((c, i) => {
        const padded = i === row.length - 1 ? c.text : c.text + ' '.repeat(widths[i]! - width(c.text));
        return c.style ? c.style(padded) : padded;
      })
      .join(GAP)
      .trimEnd();
  const lines = cells.map(line);
  lines.unshift(line(header.map((h) => ({ text: h, style: chalk.dim }))));
  return lines;
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

type Section = (sheet: FactSheet, chalk: ChalkInstance) => string[];

function actors(list: readonly Actor[], chalk: ChalkInstance): string[] {
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
  );
}

function locations(list: readonly Location[], chalk: ChalkInstance): string[] {
  return layout(['NAME', 'KIND'], list.map((l) => [{ text: sanitize(l.name), style: chalk.bold }, l.kind]), chalk);
}

function distances(list: readonly Distance[], chalk: ChalkInstance): string[] {
  return layout(
    ['TEXT', 'METERS', 'APPROX', 'FROM → TO'],
    list.map((d) => [
      { text: sanitize(d.text), style: chalk.bold },
      (d.approximate ? '≈' : '') + formatMeters(d.meters) + (d.upper !== null ? ` (up to ${d.upper} ${d.unit})` : ''),
      d.approximate ? 'yes' : 'no',
      d.from || d.to ? `${sanitize(d.from ?? '?')} → ${sanitize(d.to ?? '?')}` : '',
    ]),
    chalk,
  );
}

function dates(list: readonly DateFact[], chalk: ChalkInstance): string[] {
  return layout(
    ['TEXT', 'TYPE', 'VALUE'],
    list.map((d) => [{ text: sanitize(d.text), style: chalk.bold }, d.type, { text: sanitize(d.value), style: chalk.cyan }]),
    chalk,
  );
}

function events(list: readonly Event[], chalk: ChalkInstance): string[] {
  const ordered = timeline(list);
  const lines = layout(
    ['DATE', 'WHEN', 'TRIGGER', 'PARTICIPANTS'],
    ordered.map((e) => [
      { text: sanitize(e.date.value), style: chalk.cyan },
      sanitize(e.date.text),
      { text: sanitize(e.trigger.text), style: chalk.bold },
      quoteList(e.participants),
    ]),
    chalk,
  );
  // each event's summary on its own line under it, indented to the WHEN column
  const summaryIndent = INDENT + ' '.repeat(ordered.reduce((w, e) => Math.max(w, width(sanitize(e.date.value))), 4)) + GAP;
  const out = [lines[0]!];
  ordered.forEach((e, i) => {
    out.push(lines[i + 1]!);
    if (e.summary) out.push(chalk.dim(summaryIndent + sanitize(e.summary)));
  });
  return out;
}

/** Each check with its mark: ok in green, warning in yellow (plain text when colour is off). */
function checks(list: readonly Check[], chalk: ChalkInstance): string[] {
  const mark = { ok: { text: '✓ ok', style: chalk.green }, warning: { text: '! warning', style: chalk.yellow.bold } };
  return layout(
    ['STATUS', 'CHECK', 'MESSAGE'],
    list.map((c) => [mark[c.status], c.kind, sanitize(c.message)]),
    chalk,
  );
}

/** The fact kinds the checks read: with `--only` none of them, there is nothing to check and no section. */
const CHECKED_KINDS: readonly FactKind[] = ['actors', 'distances', 'dates', 'events'];

const SECTIONS: Record<FactKind, { title: string; note?: string; body: Section }> = {
  actors: { title: 'Actors', body: (s, c) => actors(s.actors, c) },
  locations: { title: 'Locations', body: (s, c) => locations(s.locations, c) },
  distances: { title: 'Distances', body: (s, c) => distances(s.distances, c) },
  dates: { title: 'Dates', body: (s, c) => dates(s.dates, c) },
  events: { title: 'Events', note: 'timeline, in date order', body: (s, c) => events(s.events, c) },
};

function renderSheet(sheet: FactSheet, options: RenderOptions): string {
  const { chalk } = options;
  const source = sheet.source.path === null ? '<stdin>' : sanitize(sheet.source.path);
  const header = [
    chalk.bold.underline(source),
    `${formatNumber(sheet.source.characters)} characters`,
    `reference date ${sheet.referenceDate ?? 'none'}`,
  ].join(chalk.dim(' · '));
  const out = [header];
  for (const kind of options.only) {
    const { title, note, body } = SECTIONS[kind];
    const count = sheet[kind].length;
    out.push('', chalk.bold(`${title} (${count}${note ? `, ${note}` : ''})`));
    if (count === 0) out.push(INDENT + chalk.dim('none found'));
    else for (const line of body(sheet, chalk)) out.push(line);
  }
  if (sheet.checks.length > 0 || options.only.some((k) => CHECKED_KINDS.includes(k))) {
    const warnings = sheet.checks.filter((c) => c.status === 'warning').length;
    const tally = sheet.checks.length === 0 ? '0' : `${sheet.checks.length - warnings} ok, ${warnings} warning${warnings === 1 ? '' : 's'}`;
    out.push('', chalk.bold(`Checks (${tally})`));
    if (sheet.checks.length === 0) out.push(INDENT + chalk.dim('nothing to check'));
    else for (const line of checks(sheet.checks, chalk)) out.push(line);
  }
  return out.join('\n') + '\n';
}

export function renderTable(sheets: readonly FactSheet[], options: RenderOptions): string {
  return sheets.map((sheet) => renderSheet(sheet, options)).join('\n');
}
