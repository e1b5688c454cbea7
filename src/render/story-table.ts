/**
 * The story as text: the articles, who appears in how many of them (with ages and roles over time), the places, the
 * merged timeline with the number of sources per event, and the checks of the articles against each other with their
 * evidence. Pure, like the article table: colours come in as a Chalk instance, article text is sanitized.
 */
import type { ChalkInstance } from 'chalk';
import type { Story, StoryActor, StoryCheck } from '../schema.js';
import { sanitize } from './sanitize.js';
import { layout } from './table.js';

export interface StoryRenderOptions {
  chalk: ChalkInstance;
  /** the article texts, in the order of `story.articles`, where known (the HTML page shows them) */
  texts?: ReadonlyArray<string | null>;
}

const INDENT = '  ';
const articleCount = (members: ReadonlyArray<{ article: number }>) => new Set(members.map((m) => m.article)).size;
/** "#1" for the first article: the numbers of the Articles section. */
export const articleRef = (article: number) => `#${article + 1}`;

/** Ages with the date they are as of: "52 (#1, 1999-01-10)". */
export function formatAges(actor: StoryActor): string {
  return actor.ages.map((a) => `${a.age} (${articleRef(a.article)}${a.asOf ? `, ${a.asOf}` : ''})`).join(', ');
}

/** Roles once each, with the articles that give them: "former chairman (Acme) #1 #3". */
export function formatRoles(actor: StoryActor): string {
  const byRole = new Map<string, number[]>();
  for (const r of actor.roles) {
    const text = [r.qualifier, r.title].filter(Boolean).join(' ') + (r.organization ? ` (${r.organization})` : '');
    const list = byRole.get(text);
    if (list) list.push(r.article);
    else byRole.set(text, [r.article]);
  }
  return [...byRole].map(([text, articles]) => `${sanitize(text)} ${[...new Set(articles)].map(articleRef).join(' ')}`).join('; ');
}

function checkLines(checks: readonly StoryCheck[], story: Story, chalk: ChalkInstance): string[] {
  const out: string[] = [];
  for (const c of checks) {
    const mark = c.status === 'ok' ? chalk.green('✓ ok') : chalk.yellow.bold('! warning');
    out.push(`${INDENT}${mark}  ${c.kind}  ${sanitize(c.message)}`);
    for (const e of c.evidence) {
      const path = story.articles[e.article]?.source.path;
      out.push(chalk.dim(`${INDENT}    ${articleRef(e.article)} "${sanitize(e.text)}" at ${e.start}–${e.end}${path ? ` in ${sanitize(path)}` : ''}`));
    }
  }
  return out;
}

export function renderStoryTable(story: Story, options: StoryRenderOptions): string {
  const { chalk } = options;
  const dated = story.articles.map((a) => a.referenceDate).filter((d): d is string => d !== null).sort();
  const span = dated.length > 0 ? ` · ${dated[0]}${dated.length > 1 && dated.at(-1) !== dated[0] ? ` to ${dated.at(-1)}` : ''}` : '';
  const out = [chalk.bold.underline(`Story of ${story.articles.length} article${story.articles.length === 1 ? '' : 's'}`) + chalk.dim(span)];
  const section = (title: string, count: number, lines: string[]) => {
    out.push('', chalk.bold(`${title} (${count})`));
    if (count === 0) out.push(INDENT + chalk.dim('none'));
    else out.push(...lines);
  };

  section(
    'Articles',
    story.articles.length,
    layout(
      ['#', 'DATE', 'SOURCE', 'FACTS'],
      story.articles.map((a, i) => [
        articleRef(i),
        a.referenceDate ?? '-',
        a.source.path === null ? '<stdin>' : sanitize(a.source.path),
        `${a.actors.length} actors, ${a.locations.length} places, ${a.events.length} events`,
      ]),
      chalk,
    ),
  );

  const actors = [...story.actors].sort((a, b) => articleCount(b.members) - articleCount(a.members));
  section(
    'People and organizations',
    actors.length,
    layout(
      ['NAME', 'KIND', 'ARTICLES', 'AGES', 'ROLES', 'ALSO CALLED'],
      actors.map((a) => [{ text: sanitize(a.name), style: chalk.bold }, a.kind, String(articleCount(a.members)), formatAges(a), formatRoles(a), a.aliases.map(sanitize).join(', ')]),
      chalk,
    ),
  );

  const places = [...story.locations].sort((a, b) => articleCount(b.members) - articleCount(a.members));
  section(
    'Places',
    places.length,
    layout(
      ['NAME', 'KIND', 'COUNTRY', 'ARTICLES'],
      places.map((l) => [{ text: sanitize(l.name), style: chalk.bold }, l.kind, l.countryCode ?? '-', String(articleCount(l.members))]),
      chalk,
    ),
  );

  section(
    'Timeline',
    story.events.length,
    layout(
      ['DATE', 'EVENT', 'SOURCES', 'PARTICIPANTS', 'SUMMARY'],
      story.events.map((e) => [
        { text: sanitize(e.date.value), style: chalk.cyan },
        { text: sanitize(e.trigger), style: chalk.bold },
        [...new Set(e.members.map((m) => m.article))].map(articleRef).join(' '),
        e.participants.map(sanitize).join(', '),
        { text: sanitize(e.summary), style: chalk.dim },
      ]),
      chalk,
    ),
  );

  const warnings = story.checks.filter((c) => c.status === 'warning').length;
  out.push('', chalk.bold(`Checks across articles (${story.checks.length - warnings} ok, ${warnings} warning${warnings === 1 ? '' : 's'})`));
  if (story.checks.length === 0) out.push(INDENT + chalk.dim('nothing to compare'));
  else out.push(...checkLines(story.checks, story, chalk));
  return out.join('\n') + '\n';
}
