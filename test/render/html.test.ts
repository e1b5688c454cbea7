import { createHash } from 'node:crypto';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { FACT_KINDS, type Check, type FactSheet } from '../../src/schema.js';
import { contentSecurityPolicy, MARK_KINDS, PALETTE, distanceIn, escapeHtml, highlights, renderHtml, timelineSvg } from '../../src/render/html.js';
import { gapLabel } from '../../src/render/html/timeline.js';
import { renderers } from '../../src/render/index.js';
import { actor, date, distance, event, location, sheet } from './make-sheet.js';

const options = { chalk: new Chalk({ level: 0 }), only: FACT_KINDS, several: false };

/** A span of `text` found by its (first, or nth) occurrence. */
function at(text: string, part: string, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(part, start + 1);
  if (start < 0) throw new Error(`"${part}" not in the text`);
  return { start, end: start + part.length, text: part };
}

const TEXT = [
  'Foreign Minister Maria Delgado, 54, arrived in Lausanne on Monday morning.',
  'Lausanne is 60 kilometers (37 miles) from Geneva. She visited Switzerland in May 2019.',
].join('\n');

const full = sheet({
  source: { path: 'delgado.txt', characters: TEXT.length },
  actors: [
    actor('Maria Delgado', {
      age: 54,
      roles: [{ title: 'Foreign Minister', organization: null, qualifier: null, evidence: at(TEXT, 'Foreign Minister'), rule: 't' }],
      mentions: [at(TEXT, 'Maria Delgado'), at(TEXT, 'She')],
    }),
  ],
  locations: [
    location('Lausanne', { countryCode: 'CH', mentions: [at(TEXT, 'Lausanne'), at(TEXT, 'Lausanne', 1)] }),
    location('Geneva', { countryCode: 'CH', mentions: [at(TEXT, 'Geneva')] }),
    location('Switzerland', { kind: 'country', countryCode: 'CH', mentions: [at(TEXT, 'Switzerland')] }),
  ],
  distances: [
    distance('60 kilometers', 60_000, {
      ...at(TEXT, '60 kilometers'), value: 60, from: 'Lausanne', to: 'Geneva',
      alt: { ...at(TEXT, '37 miles'), value: 37, unit: 'mi', meters: 59_545.7 },
    }),
  ],
  dates: [
    date('Monday morning', '2021-03-01TMO', { ...at(TEXT, 'Monday morning'), type: 'TIME' }),
    date('May 2019', '2019-05', at(TEXT, 'May 2019')),
  ],
  events: [
    event('arrived', 'Monday morning', '2021-03-01TMO', { trigger: at(TEXT, 'arrived'), participants: ['Maria Delgado', 'Lausanne'] }),
    event('visited', 'May 2019', '2019-05', { trigger: at(TEXT, 'visited'), participants: ['Maria Delgado', 'Switzerland'] }),
  ],
});

const render = (sheets: FactSheet[], texts: Array<string | null>, extra: Partial<typeof options> = {}) =>
  renderHtml(sheets, { ...options, ...extra, texts });

/** The article part of a page: from its text block to the end of that block. */
const articleOf = (html: string) => html.slice(html.indexOf('<div class="text">'), html.indexOf('</div>', html.indexOf('<div class="text">')));
/** Each highlight that carries a note: its kind, its text, its note. */
function marksOf(html: string): Array<{ kind: string; text: string; note: string }> {
  return [...articleOf(html).matchAll(/<mark class="f f-(\w+)" id="a\d+-h\d+" tabindex="0" aria-describedby="([^"]+)">(.*?)<span class="tip" role="tooltip" id="\2">(.*?)<\/span><\/mark>/g)].map(
    (m) => ({ kind: m[1]!, text: m[3]!, note: m[4]! }),
  );
}

describe('renderHtml: the page', () => {
  const html = render([full], [TEXT]);

  it('is registered as the html format', () => {
    expect(renderers.html).toBe(renderHtml);
  });

  it('is a whole document: doctype, lang, charset, viewport, colour schemes, one h1', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toMatch(/@media \(prefers-color-scheme:dark\)/);
    expect(html).toMatch(/@media \(max-width:40rem\)/);
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toContain('<h1>delgado.txt</h1>');
    for (const title of ['Article', 'Timeline (2 events)', 'Actors (1)', 'Locations (3)', 'Distances (1)', 'Dates (2)']) {
      expect(html).toMatch(new RegExp(`<h2 id="a1-\\w+">${title.replace(/[()]/g, '\\$&')}</h2>`));
    }
  });

  it('loads and runs nothing: no script, no external URL, a CSP that allows only its own stylesheet by hash', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|\bsrc=|\bon\w+=|url\(/i);
    const urls = [...html.matchAll(/\b(?:https?:|file:|data:|\/\/)[^\s"'<>)]*/g)].map((m) => m[0]);
    expect(new Set(urls)).toEqual(new Set(['http://www.w3.org/2000/svg']));
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`);
    expect(contentSecurityPolicy()).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'/);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(styles).toHaveLength(1);
    const hash = createHash('sha256').update(styles[0]!, 'utf8').digest('base64');
    expect(contentSecurityPolicy()).toContain(`'sha256-${hash}'`);
    expect(html).not.toMatch(/ style="/); // the CSP would block inline style attributes
  });

  it('gives every id once', () => {
    const ids = [...render([full, full], [TEXT, TEXT]).matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(20);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has a legend with every kind', () => {
    const legend = /<ul class="legend"[^>]*>(.*?)<\/ul>/.exec(html)![1]!;
    for (const kind of MARK_KINDS) expect(legend).toContain(`<mark class="f f-${kind}">`);
  });

  it('highlights every kind of fact in the text, each focusable, with a tooltip it is described by', () => {
    const marks = marksOf(html);
    expect(new Set(marks.map((m) => m.kind))).toEqual(new Set(MARK_KINDS));
    expect(marks.map((m) => m.text)).toEqual([
      'Maria Delgado', 'arrived', 'Lausanne', 'Monday morning', 'Lausanne', '60 kilometers', '37 miles', 'Geneva', 'She', 'visited', 'Switzerland', 'May 2019',
    ]);
  });

  it.each([
    ['a person with age and role', 'Maria Delgado', /<b>Person<\/b> Maria Delgado · age 54 · Foreign Minister/],
    ['the same person on a later mention', 'She', /<b>Person<\/b> Maria Delgado · age 54/],
    ['a city with kind and country', 'Geneva', /<b>Place<\/b> Geneva · city · in Switzerland \(CH\)/],
    ['a country', 'Switzerland', /<b>Place<\/b> Switzerland · country · CH/],
    ['a distance in km and miles, with endpoints', '60 kilometers', /<b>Distance<\/b> 60 km · 37.3 mi · Lausanne → Geneva/],
    ['the restated unit of the same distance', '37 miles', /<b>Distance<\/b> 60 km · 37.3 mi/],
    ['a date with its TIMEX3 value and type', 'Monday morning', /<b>Date<\/b> TIMEX3 <code>2021-03-01TMO<\/code> · TIME/],
    ['an event with its date and participants', 'visited', /<b>Event<\/b> visited · <code>2019-05<\/code> \(May 2019\) · with Maria Delgado, Switzerland/],
  ])('notes %s', (_name, text, note) => {
    const mark = marksOf(html).find((m) => m.text === text);
    expect(mark?.note).toMatch(note);
  });

  it('keeps the text between highlights, one paragraph per line', () => {
    const article = articleOf(html);
    expect(article.match(/<p id="a1-p\d+">/g)).toHaveLength(2);
    const plain = article.replace(/<span class="tip"[^>]*>.*?<\/span><\/mark>/g, '').replace(/<[^>]+>/g, '');
    expect(plain.trim()).toBe(TEXT);
  });

  it('shows the facts in tables', () => {
    expect(html).toMatch(/<td>Maria Delgado<\/td><td>person<\/td><td class="num">54<\/td><td>Foreign Minister<\/td>/);
    expect(html).toMatch(/<td>Geneva<\/td><td>city<\/td><td>Switzerland \(CH\)<\/td>/);
    expect(html).toMatch(/<td>60 kilometers <span class="note">\(37 miles\)<\/span><\/td><td class="num">60<\/td><td class="num">37.3<\/td><td>Lausanne → Geneva<\/td>/);
    expect(html).toMatch(/<td>May 2019<\/td><td>DATE<\/td><td><code>2019-05<\/code><\/td>/);
  });

  it('shows only the kinds asked for', () => {
    const only = render([full], [TEXT], { only: ['actors'] });
    expect(new Set(marksOf(only).map((m) => m.kind))).toEqual(new Set(['actor']));
    expect(only).toContain('Actors (1)');
    expect(only).not.toMatch(/<h2[^>]*>(Timeline|Locations)|class="f f-date"/);
  });

  it('without the text, shows the facts and says the text is missing', () => {
    const noText = render([full], [null]);
    expect(noText).toContain('The article text was not given to the renderer');
    expect(noText).toContain('Actors (1)');
    expect(marksOf(noText)).toEqual([]);
  });

  it('leaves out spans that do not match the text', () => {
    const wrong = sheet({ actors: [actor('Nobody', { mentions: [{ start: 0, end: 6, text: 'Nobody' }, { start: 50, end: 99, text: 'x' }] })] });
    expect(marksOf(render([wrong], ['Somebody came.']))).toEqual([]);
  });

  it('renders nothing for no sheets', () => {
    expect(render([], [])).toBe('');
  });
});

describe('renderHtml: escaping', () => {
  const HOSTILE = [
    '<script>window.pwned = 1</script>',
    '<img src=x onerror="window.pwned = 2">',
    '</style><script>alert(3)</script>',
    '</title><script>alert(4)</script>',
    '"><svg onload=alert(5)>',
    "' onmouseover='alert(6)",
    '&lt;b&gt; already escaped &amp;',
    '<!-- comment --> ]]> <![CDATA[ x ]]>',
    '</textarea></mark></span><a href="javascript:alert(7)">x</a>',
  ];

  /** Every tag and attribute of a page must be ours: nothing from the article may open one. */
  const TAGS = new Set(
    'html head meta title style body main nav article section h1 h2 h3 p ul ol li a mark span b br code div table thead tbody tr th td svg line g circle text tspan'.split(' '),
  );
  const ATTRIBUTES = new Set(
    'lang charset http-equiv name content class id href tabindex role scope aria-describedby aria-labelledby aria-label xmlns width height viewBox x y dx x1 y1 x2 y2 cx cy r'.split(' '),
  );

  it.each(HOSTILE.map((s) => [s]))('%s is shown as text everywhere it can appear', (raw) => {
    const text = `Minister ${raw} met ${raw} on Monday.`;
    const first = at(text, raw);
    const second = at(text, raw, 1);
    const hostile = sheet({
      source: { path: raw, characters: text.length },
      referenceDate: '2023-09-12',
      actors: [actor(raw, { aliases: [raw], roles: [{ title: raw, organization: raw, qualifier: raw, evidence: first, rule: 'x' }], mentions: [first] })],
      locations: [location(raw, { countryCode: raw, mentions: [second] })],
      distances: [distance(raw, 1000, { from: raw, to: raw })],
      dates: [date(raw, raw, { ...at(text, 'Monday') })],
      events: [event(raw, raw, raw, { trigger: at(text, 'met'), summary: raw, participants: [raw], date: { ...first, type: 'DATE', value: raw } })],
      checks: [{ kind: 'distance', status: 'warning', message: raw, evidence: [first] }],
      warnings: [raw],
    });
    for (const html of [render([hostile], [text]), render([hostile, hostile], [text, text])]) {
      for (const [, tag, attributes] of html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)) {
        expect(TAGS, `<${tag}>`).toContain(tag);
        // attribute values are quoted and hold no raw quote or angle bracket
        expect(attributes).toMatch(/^(?:\s[\w:-]+="[^"<>]*")*\s*\/?$/);
        for (const [, name] of attributes!.matchAll(/\s([\w:-]+)="[^"]*"/g)) expect(ATTRIBUTES, `${tag} ${name}=`).toContain(name);
      }
      expect(html.match(/<style>/g)).toHaveLength(1);
      expect(html.match(/<\/style>/g)).toHaveLength(1);
      expect(html.match(/<title[ >]/g)!.length).toBe(html.match(/<\/title>/g)!.length);
      expect(html).not.toMatch(/<script|<img|<a href="javascript|<svg onload|<!--/i);
      expect(html).toContain(escapeHtml(raw)); // the text itself, escaped
      expect(html).not.toContain(`&amp;amp;lt;`); // escaped once, not twice
    }
  });

  it.each([
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['&', '&amp;'],
    ['"', '&quot;'],
    ["'", '&#39;'],
    ['&lt;', '&amp;lt;'],
    ['plain text, Ünïcödé, 北京', 'plain text, Ünïcödé, 北京'],
  ])('escapeHtml(%s) = %s', (raw, escaped) => {
    expect(escapeHtml(raw)).toBe(escaped);
  });

  it.each([
    ['ESC', '\u001b[2J', '\\x1B'],
    ['bidi override', '\u202e', '\\u202E'],
    ['C1 CSI', '\u009b', '\\x9B'],
  ])('shows %s in the article and in names as a visible escape', (_name, raw, shown) => {
    const text = `Anna${raw}Berg arrived.`;
    const html = render([sheet({ actors: [actor(`Anna${raw}Berg`, { mentions: [{ start: 0, end: 8 + raw.length, text: text.slice(0, 8 + raw.length) }] })] })], [text]);
    expect(html).not.toContain(raw);
    expect(articleOf(html)).toContain(`<span class="ctl">${shown}</span>`);
    expect(html).toContain(`<td>Anna${shown}`);
  });
});

describe('renderHtml: overlapping spans', () => {
  const note = (start: number, end: number, kind: (typeof MARK_KINDS)[number], html = `${kind} ${start}-${end}`) => ({ start, end, kind, html });

  it('the longest span wins and its note lists every fact it overlaps, once', () => {
    const marks = highlights([note(0, 6, 'location', 'Place Moscow'), note(0, 23, 'actor', 'Org Moscow State University'), note(28, 34, 'date')]);
    expect(marks.map((m) => [m.start, m.end, m.kind])).toEqual([[0, 23, 'actor'], [28, 34, 'date']]);
    expect(marks[0]!.notes).toEqual(['Org Moscow State University', 'Place Moscow']);
  });

  it('of two crossing spans of one length, the first wins; the other joins its note and is not highlighted', () => {
    const marks = highlights([note(5, 15, 'event', 'second'), note(0, 10, 'date', 'first')]);
    expect(marks.map((m) => [m.start, m.end, m.kind, m.notes])).toEqual([[0, 10, 'date', ['first', 'second']]]);
  });

  it('of identical spans, the kind listed first wins (actor before place), the other in its note', () => {
    const text = 'The Kremlin said so.';
    const html = render(
      [sheet({
        locations: [location('Kremlin', { kind: 'feature', countryCode: 'RU', mentions: [at(text, 'Kremlin')] })],
        actors: [actor('Kremlin', { kind: 'organization', mentions: [at(text, 'Kremlin')] })],
      })],
      [text],
    );
    const marks = marksOf(html);
    expect(marks.map((m) => [m.kind, m.text])).toEqual([['actor', 'Kremlin']]);
    expect(marks[0]!.note).toBe('<span><b>Organization</b> Kremlin</span><span><b>Place</b> Kremlin · feature · in Russia (RU)</span>');
  });

  it('in the page: no highlight inside another, the inner fact in the outer note', () => {
    const text = 'Moscow State University said on Monday that it would reopen.';
    const html = render(
      [sheet({
        actors: [actor('Moscow State University', { kind: 'organization', mentions: [at(text, 'Moscow State University')] })],
        locations: [location('Moscow', { countryCode: 'RU', mentions: [at(text, 'Moscow')] })],
        dates: [date('Monday', '2023-09-11', at(text, 'Monday'))],
        events: [event('said', 'on Monday', '2023-09-11', { trigger: at(text, 'said') })],
      })],
      [text],
    );
    const marks = marksOf(html);
    expect(marks.map((m) => [m.kind, m.text])).toEqual([['actor', 'Moscow State University'], ['event', 'said'], ['date', 'Monday']]);
    expect(marks[0]!.note).toMatch(/^<span><b>Organization<\/b> Moscow State University<\/span><span><b>Place<\/b> Moscow · city · in Russia \(RU\)<\/span>$/);
    expect(articleOf(html)).not.toMatch(/<mark[^>]*>[^<]*<mark/);
  });

  it('a highlight across a line break is cut there; only its first piece is focusable', () => {
    const text = 'They met in New\nYork on Monday.';
    const html = render([sheet({ locations: [location('New York', { mentions: [at(text, 'New\nYork')] })] })], [text]);
    const article = articleOf(html);
    expect(article).toMatch(/<p id="a1-p\d+">They met in <mark class="f f-location" id="a1-h\d+" tabindex="0"[^>]*>New<span class="tip"/);
    expect(article).toMatch(/<p id="a1-p\d+"><mark class="f f-location">York<\/mark> on Monday.<\/p>/);
  });
});

describe('renderHtml: checks', () => {
  const checks: Check[] = [
    { kind: 'distance', status: 'warning', message: 'Vladivostok is about 6,400 km from Moscow, not 650 km', evidence: [{ start: 10, end: 23, text: '650 kilometers' }] },
    { kind: 'age-birth-year', status: 'ok', message: 'age 39 agrees with born in 1984', evidence: [{ start: 0, end: 2, text: '39' }, { start: 30, end: 34, text: '1984' }] },
  ];

  it('lists each check with its status, kind, message and evidence', () => {
    const html = render([sheet({ checks })], ['x']);
    expect(html).toMatch(/<h2 id="a1-checks">Checks \(2\)<\/h2>/);
    const items = [...html.matchAll(/^<li class="check check-(\w+)">(.*)<\/li>$/gm)];
    expect(items.map((m) => m[1])).toEqual(['warning', 'ok']);
    expect(items[0]![2]).toMatch(/<span class="badge badge-warning">⚠ warning<\/span> <code>distance<\/code> Vladivostok is about 6,400 km from Moscow, not 650 km/);
    // the evidence is not in the text given: quoted, with no link and no raw offsets
    expect(items[0]![2]).toContain('<li>“650 kilometers”</li>');
    expect(items[0]![2]).not.toMatch(/characters|href/);
    expect(items[1]![2]).toMatch(/badge-ok">✓ ok<\/span> <code>age-birth-year<\/code> age 39 agrees/);
    expect(items[1]![2]).toContain('“1984”');
  });

  it('links each piece of evidence to its highlight, or else to its paragraph', () => {
    const text = 'It is 650 kilometers away.\nSo said the minister.';
    const found: Check = { kind: 'distance', status: 'warning', message: 'too far', evidence: [{ start: 6, end: 20, text: '650 kilometers' }, { start: 30, end: 34, text: 'said' }, { start: 99, end: 100, text: '?' }] };
    const html = render([sheet({ distances: [distance('650 kilometers', 650_000, { start: 6, end: 20 })], checks: [found] })], [text]);
    const evidence = html.match(/<ul class="evidence">(.*?)<\/ul>/)![1]!;
    expect(evidence).toBe('<li><a href="#a1-h1">“650 kilometers”</a></li><li><a href="#a1-p27">“said”</a></li><li>“?”</li>');
    expect(html).toContain('<mark class="f f-distance" id="a1-h1" tabindex="0"');
    expect(html).toContain('<p id="a1-p27">So said the minister.</p>');
  });

  it('writes "1 event", "2 events", "1 place" in headings and the index', () => {
    const one = sheet({ events: [event('met', 'Monday', '2023-09-11')], locations: [location('Oslo')] });
    expect(render([one], ['x'])).toContain('>Timeline (1 event)</h2>');
    const index = render([one, sheet({ source: { path: 'b.txt', characters: 1 } })], ['x', 'y']);
    expect(index).toContain('0 actors, 1 place, 0 distances, 1 event</span>');
    expect(index).toContain('0 actors, 0 places, 0 distances, 0 events</span>');
  });

  it('has no Checks section when there are none', () => {
    expect(render([sheet()], ['x'])).not.toContain('Checks');
  });

  it('marks an article with warnings in the index of several', () => {
    const html = render([sheet({ checks }), sheet({ source: { path: 'b.txt', characters: 1 } })], ['x', 'y']);
    expect(html).toMatch(/<a href="#a1">article\.txt<\/a> <span class="note">[^<]*, check warnings<\/span>/);
    const second = html.split('\n').find((line) => line.includes('href="#a2"'));
    expect(second).toMatch(/<a href="#a2">b\.txt<\/a> <span class="note">0 actors, 0 places, 0 distances, 0 events<\/span>/);
  });
});

describe('renderHtml: timeline', () => {
  const events = [
    event('continue', 'Wednesday', '2023-09-13'),
    event('visited', 'April 2019', '2019-04', { participants: ['Kim Jong-un', 'Vladivostok'] }),
    event('left', 'on Tuesday', 'XXXX-WXX-2'),
    event('boarded', 'Sunday afternoon', '2023-09-10TAF', { participants: ['Kim Jong-un'] }),
  ];

  it('draws the events in date order, unresolved ones last, each with its date, trigger and participants', () => {
    const svg = timelineSvg(events, 'tl');
    const groups = [...svg.matchAll(/<g class="ev">(.*?)<\/g>/g)].map((m) => m[1]!);
    expect(groups.map((g) => /class="ev-date">([^<]*)</.exec(g)![1])).toEqual(['2019-04', '2023-09-10TAF', '2023-09-13', 'XXXX-WXX-2']);
    expect(groups.map((g) => /class="ev-trigger"[^>]*>([^<]*)</.exec(g)![1])).toEqual(['visited', 'boarded', 'continue', 'left']);
    expect(groups[0]).toMatch(/class="ev-when"[^>]*>April 2019</);
    expect(groups[0]).toMatch(/class="ev-who"[^>]*>Kim Jong-un, Vladivostok</);
    expect(svg).toMatch(/^<svg class="timeline" xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+" viewBox="0 0 \d+ \d+" role="group" aria-labelledby="tl">/);
    expect(svg).toContain('<title id="tl">Timeline of 4 dated events, in date order</title>');
  });

  it('places each event below the one before, and sizes the drawing to hold them', () => {
    const svg = timelineSvg(events, 'tl');
    const ys = [...svg.matchAll(/<circle class="dot[^"]*" cx="\d+" cy="(\d+)"/g)].map((m) => Number(m[1]));
    expect(ys).toHaveLength(4);
    for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeGreaterThan(ys[i - 1]!);
    const height = Number(/height="(\d+)"/.exec(svg)![1]);
    const lastText = Math.max(...[...svg.matchAll(/ y="(\d+)"/g)].map((m) => Number(m[1])));
    expect(height).toBeGreaterThan(lastText);
  });

  const dotsOf = (svg: string) => [...svg.matchAll(/<circle class="dot[^"]*" cx="\d+" cy="(\d+)"/g)].map((m) => Number(m[1]));

  it('shows each event’s summary under its trigger, wrapped', () => {
    const long = event('met', 'Monday', '2023-09-11', { summary: 'Kim Jong-un met Vladimir Putin at the Vostochny Cosmodrome in the Amur region, the Kremlin said' });
    const svg = timelineSvg([long], 'tl');
    const lines = [...svg.matchAll(/class="ev-summary"[^>]*>([^<]*)</g)].map((m) => m[1]!);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(long.summary);
  });

  it('breaks the axis at a long gap, saying how long; no break between close events', () => {
    const svg = timelineSvg([event('ended', 'in 1991', '1991'), event('visited', 'April 2019', '2019-04'), event('boarded', 'Sunday', '2023-09-10'), event('met', 'Wednesday', '2023-09-13')], 'tl');
    const breaks = [...svg.matchAll(/<g class="break">.*?>([^<]*)<\/text><\/g>/g)].map((m) => m[1]);
    expect(breaks).toEqual(['28 years later', '4 years later']);
    // a break stands between the events it separates
    const ys = dotsOf(svg);
    const breakYs = [...svg.matchAll(/<g class="break"><line class="gap" x1="10" y1="(\d+)"/g)].map((m) => Number(m[1]));
    expect(ys[0]! < breakYs[0]! && breakYs[0]! < ys[1]! && ys[1]! < breakYs[1]! && breakYs[1]! < ys[2]!).toBe(true);
  });

  it('spaces close events in proportion to the time between them', () => {
    const a = event('a', 'Sunday', '2023-09-10', { summary: '' });
    const b = event('b', 'Wednesday', '2023-09-13', { summary: '' });
    const c = event('c', 'Thursday', '2023-09-14', { summary: '' });
    const ys = dotsOf(timelineSvg([a, b, c], 'tl'));
    // three days, then one: the first step is longer (each at least the height of an event's text)
    expect(ys[1]! - ys[0]!).toBeGreaterThan(ys[2]! - ys[1]!);
    expect(timelineSvg([a, b, c], 'tl')).not.toContain('class="break"');
  });

  it.each<[number, string]>([
    [1, '1 day later'],
    [3, '3 days later'],
    [59, '59 days later'],
    [61, '2 months later'],
    [365, '12 months later'],
    [800, '2 years later'],
    [28 * 365.25, '28 years later'],
  ])('a gap of %d days: "%s"', (days, label) => {
    expect(gapLabel(days * 86_400_000)).toBe(label);
  });

  it('wraps a long list of participants over several lines', () => {
    const many = ['Alexandra Konstantinopoulou', 'Bartholomew Featherstonehaugh', 'Christopher Montgomery-Smith', 'Dorothea Vanderbilt'];
    const svg = timelineSvg([event('met', 'Monday', '2023-09-11', { participants: many })], 'tl');
    const lines = [...svg.matchAll(/class="ev-who"[^>]*>([^<]*)</g)].map((m) => m[1]!);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(', ')).toBe(many.join(', '));
    const width = Number(/width="(\d+)"/.exec(svg)![1]);
    expect(width).toBeGreaterThanOrEqual(28 + Math.max(...lines.map((l) => l.length)) * 7);
  });
});

describe('renderHtml: several articles', () => {
  const second = sheet({ source: { path: null, characters: 4 }, actors: [actor('Anna Berg', { mentions: [{ start: 0, end: 9, text: 'Anna Berg' }] })] });
  const html = render([full, second], [TEXT, 'Anna Berg left.']);

  it('is one page with an index linking to one section per article', () => {
    expect(html.match(/<!DOCTYPE html>/g)).toHaveLength(1);
    expect(html).toContain('<h1>summit-facts: 2 articles</h1>');
    expect(html).toMatch(/<li><a href="#a1">delgado\.txt<\/a>/);
    expect(html).toMatch(/<li><a href="#a2">&lt;stdin&gt;<\/a>/);
    expect(html).toMatch(/<article id="a1" aria-labelledby="a1-title">\n<h2 id="a1-title">delgado\.txt<\/h2>/);
    expect(html).toMatch(/<article id="a2" aria-labelledby="a2-title">\n<h2 id="a2-title">&lt;stdin&gt;<\/h2>/);
    expect(html).toMatch(/<h3 id="a2-actors">Actors \(1\)<\/h3>/);
  });

  it('highlights each article with its own text', () => {
    const second = html.slice(html.indexOf('<article id="a2"'));
    expect(marksOf(second).map((m) => m.text)).toEqual(['Anna Berg']);
  });
});

describe('colours', () => {
  /** WCAG 2 contrast ratio of two #rrggbb colours. */
  function contrast(a: string, b: string): number {
    const luminance = (hex: string) => {
      const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
    };
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  }

  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it.each(['light', 'dark'] as const)('%s: text at 4.5:1 or more, lines and focus rings at 3:1 or more', (scheme) => {
    const s = PALETTE[scheme];
    const text: Array<[string, string, string]> = [
      ['text', s.fg, s.bg], ['muted text', s.muted, s.bg], ['links', s.link, s.bg], ['tooltips', s.tipFg, s.tipBg],
      ['ok badge', s.ok.fg, s.ok.bg], ['warning badge', s.warning.fg, s.warning.bg],
      ...MARK_KINDS.map((k): [string, string, string] => [`${k} highlight`, s.fg, s.marks[k].bg]),
    ];
    for (const [what, fg, bg] of text) expect(contrast(fg, bg), what).toBeGreaterThanOrEqual(4.5);
    const graphics: Array<[string, string, string]> = [
      ['focus ring', s.focus, s.bg],
      ...MARK_KINDS.map((k): [string, string, string] => [`${k} underline`, s.marks[k].line, s.bg]),
    ];
    for (const [what, fg, bg] of graphics) expect(contrast(fg, bg), what).toBeGreaterThanOrEqual(3);
  });
});

describe('distanceIn', () => {
  it.each([
    [130_000, null, false, '130 km', '80.8 mi'],
    [6_500_000, null, true, '≈6,500 km', '≈4,039 mi'],
    [60_000, null, false, '60 km', '37.3 mi'],
    [800, null, false, '0.8 km', '0.497 mi'],
    [1_609.344, null, false, '1.6 km', '1 mi'],
    [10_000, 15, false, '10–15 km', '6.2–9.3 mi'],
  ])('%d m (upper %s, approximate %s) is %s and %s', (meters, upper, approximate, km, mi) => {
    const d = distance('x', meters, { value: meters / 1000, upper, approximate });
    expect(distanceIn(d, 'km')).toBe(km);
    expect(distanceIn(d, 'mi')).toBe(mi);
  });
});
