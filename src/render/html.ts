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
 * Several articles make one page: an index, then one section per article. The look is in html/style.ts, the
 * highlighted article in html/notes.ts, the timeline in html/timeline.ts.
 */
import type { Actor, Check, DateFact, Distance, FactKind, FactSheet, Location } from '../schema.js';
import { formatNumber as groupedNumber } from '../text/numbers.js';
import { formatRole } from './table.js';
import type { RenderOptions } from './types.js';
import { anchorFor, articleHtml, countryName, distanceIn, h, highlights, notesOf } from './html/notes.js';
import { contentSecurityPolicy, CSS, MARK_INFO, MARK_KINDS } from './html/style.js';
import { timelineSvg } from './html/timeline.js';

export { MARK_KINDS, PALETTE, contentSecurityPolicy, type MarkKind } from './html/style.js';
export { distanceIn, escapeHtml, highlights } from './html/notes.js';
export { timelineSvg } from './html/timeline.js';

// ---------------------------------------------------------------------------------------------------------------
// Tables and checks
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

/**
 * The consistency checks, each piece of evidence a link to where it is in the highlighted article (`target` gives the
 * element's id for an offset); without the article, its text only.
 */
function checksList(checks: readonly Check[], target: ((offset: number) => string | null) | null): string {
  const items = checks.map((c) => {
    const evidence = c.evidence
      .map((s) => {
        const id = target?.(s.start) ?? null;
        return `<li>${id ? `<a href="#${id}">“${h(s.text)}”</a>` : `“${h(s.text)}”`}</li>`;
      })
      .join('');
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

/** "1 place", "2 places". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

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

  let target: ((offset: number) => string | null) | null = null;
  if (typeof text === 'string') {
    const marks = highlights(notesOf(sheet, text, only));
    target = (offset) => anchorFor(text, marks, prefix, offset);
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
  if (sheet.checks.length > 0) part('checks', `Checks (${sheet.checks.length})`, checksList(sheet.checks, target));
  if (only.includes('events')) {
    part('timeline', `Timeline (${plural(count('events'), 'event')})`, count('events') ? `<div class="scroll" tabindex="0" aria-label="Timeline, scrolls sideways">${timelineSvg(sheet.events, `${prefix}-svg`)}</div>` : none);
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
      `<li><a href="#a${i + 1}">${h(sourceName(s))}</a> <span class="note">${plural(s.actors.length, 'actor')}, ${plural(s.locations.length, 'place')}, ${plural(s.distances.length, 'distance')}, ${plural(s.events.length, 'event')}` +
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
