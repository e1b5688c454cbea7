/**
 * The story as one HTML page: the articles, people and places with the articles they appear in, the timeline with each
 * event's sources, and the disagreements with their evidence side by side (each quote in its sentence when the
 * article's text is known). The same safety rules as the article report (html.ts): self-contained, a
 * Content-Security-Policy that allows only the inline stylesheet, no script, everything from the articles escaped.
 */
import type { Story, StoryCheck, StoryEvidence } from '../schema.js';
import { escapeHtml, page } from './html.js';
import { sanitize } from './sanitize.js';
import { articleRef, formatAges, formatRoles, type StoryRenderOptions } from './story-table.js';

const h = (text: string): string => escapeHtml(sanitize(text));
const link = (article: number) => `<a href="#a${article + 1}">${articleRef(article)}</a>`;
const links = (members: ReadonlyArray<{ article: number }>) => [...new Set(members.map((m) => m.article))].map(link).join(' ');
const table = (label: string, head: string[], rows: string[][]) =>
  `<div class="scroll" tabindex="0" role="region" aria-label="${label}">\n<table>\n<thead><tr>${head.map((x) => `<th scope="col">${x}</th>`).join('')}</tr></thead>\n<tbody>\n` +
  rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n') +
  '\n</tbody>\n</table>\n</div>';

/** The sentence around a piece of evidence (at most 160 characters each side), the evidence marked; else the evidence. */
function quote(e: StoryEvidence, text: string | null | undefined): string {
  if (!text || text.slice(e.start, e.end) !== e.text) return `<mark class="f f-event">${h(e.text)}</mark>`;
  const before = text.slice(Math.max(0, e.start - 160), e.start);
  const after = text.slice(e.end, e.end + 160);
  const from = Math.max(before.search(/[^.!?\n]*$/), 0);
  const to = after.search(/[.!?\n]/);
  const tail = to < 0 ? after : after.slice(0, to + 1);
  return `${h(before.slice(from).trimStart())}<mark class="f f-event">${h(e.text)}</mark>${h(tail)}`;
}

function checkItem(c: StoryCheck, story: Story, texts: StoryRenderOptions['texts']): string {
  const head = `<span class="badge badge-${c.status}">${c.status}</span> <b>${h(c.kind)}</b> ${h(c.message)}`;
  // the evidence of each article side by side: one column per article
  const byArticle = new Map<number, StoryEvidence[]>();
  for (const e of c.evidence) byArticle.set(e.article, [...(byArticle.get(e.article) ?? []), e]);
  const columns = [...byArticle];
  const heads = columns.map(([a]) => `${link(a)}${story.articles[a]?.referenceDate ? ` ${h(story.articles[a]!.referenceDate!)}` : ''}`);
  const cells = columns.map(([a, es]) => es.map((e) => quote(e, texts?.[a])).join('<br>'));
  return `<li>${head}\n${table(`evidence of the ${c.kind} check`, heads, [cells])}</li>`;
}

export function renderStoryHtml(story: Story, options: StoryRenderOptions): string {
  const texts = options.texts;
  const n = story.articles.length;
  const title = `Story of ${n} article${n === 1 ? '' : 's'}`;
  const warnings = story.checks.filter((c) => c.status === 'warning');
  const parts = [`<h1>summit-facts: ${title}</h1>`, `<p class="meta">${story.actors.length} people and organizations · ${story.locations.length} places · ${story.events.length} events · ${warnings.length} disagreement${warnings.length === 1 ? '' : 's'}</p>`];

  parts.push(`<section aria-labelledby="checks-title">\n<h2 id="checks-title">Where the sources disagree (${warnings.length})</h2>`);
  parts.push(story.checks.length === 0 ? '<p class="note">nothing to compare</p>' : `<ul class="checks">\n${[...warnings, ...story.checks.filter((c) => c.status === 'ok')].map((c) => checkItem(c, story, texts)).join('\n')}\n</ul>`);
  parts.push('</section>');

  const actors = [...story.actors].sort((a, b) => new Set(b.members.map((m) => m.article)).size - new Set(a.members.map((m) => m.article)).size);
  parts.push(`<section aria-labelledby="actors-title">\n<h2 id="actors-title">People and organizations (${actors.length})</h2>`);
  parts.push(actors.length === 0 ? '<p class="note">none</p>' : table('people and organizations', ['Name', 'Kind', 'Articles', 'Ages', 'Roles', 'Also called'], actors.map((a) => [`<b>${h(a.name)}</b>`, h(a.kind), links(a.members), h(formatAges(a)), h(formatRoles(a)), h(a.aliases.join(', '))])));
  parts.push('</section>');

  parts.push(`<section aria-labelledby="places-title">\n<h2 id="places-title">Places (${story.locations.length})</h2>`);
  parts.push(story.locations.length === 0 ? '<p class="note">none</p>' : table('places', ['Name', 'Kind', 'Country', 'Articles'], story.locations.map((l) => [`<b>${h(l.name)}</b>`, h(l.kind), h(l.countryCode ?? '-'), links(l.members)])));
  parts.push('</section>');

  parts.push(`<section aria-labelledby="timeline-title">\n<h2 id="timeline-title">Timeline (${story.events.length})</h2>`);
  parts.push(story.events.length === 0 ? '<p class="note">none</p>' : table('timeline', ['Date', 'Event', 'Sources', 'Participants', 'Summary'], story.events.map((e) => [`<code>${h(e.date.value)}</code>`, `<b>${h(e.trigger)}</b>`, links(e.members), h(e.participants.join(', ')), h(e.summary)])));
  parts.push('</section>');

  parts.push(`<section aria-labelledby="articles-title">\n<h2 id="articles-title">Articles (${n})</h2>\n<ol>`);
  story.articles.forEach((a, i) => parts.push(`<li id="a${i + 1}">${h(a.source.path ?? '<stdin>')} <span class="note">reference date ${a.referenceDate ? h(a.referenceDate) : 'none'} · ${a.actors.length} actors, ${a.locations.length} places, ${a.events.length} events</span></li>`));
  parts.push('</ol>\n</section>');
  return page(`${escapeHtml(title)} · summit-facts`, parts.join('\n'));
}
