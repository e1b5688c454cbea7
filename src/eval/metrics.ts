/**
 * Scoring fact sheets against gold annotations. Pure functions, no I/O: the CLI's `eval` command loads the gold files,
 * runs the library and hands each (gold, sheet) pair to `scoreCorpus`.
 *
 * Three kinds of gold, told apart by their keys:
 * - `timexes` (TempEval-3 Task A): predicted dates aligned 1:1 with gold timexes by overlap (an identical span first,
 *   then the largest overlap); strict = same span, relaxed = any overlap, value and type = equal strings on relaxed
 *   pairs. F1 for value and type is 2·hits / (|predicted| + |gold|). Counts are summed over all documents.
 * - `entities` (MEANTIME): named PERSON / LOCATION / ORGANIZATION mentions against actor and location mentions.
 * - `persons` (mission gold, see corpus/mission-dev/GUIDELINES.md): persons, ages, roles, locations, organizations,
 *   distances with endpoints, dated events with participants, location kinds.
 */

export interface Interval {
  start: number;
  end: number;
}

/** One scored count: precision, recall and F1 with the counts behind them. */
export interface Prf {
  p: number;
  r: number;
  f1: number;
  tp: number;
  pred: number;
  gold: number;
}

export interface TimexScores {
  gold: number;
  pred: number;
  strictP: number;
  strictR: number;
  strictF1: number;
  relaxedP: number;
  relaxedR: number;
  relaxedF1: number;
  valueF1: number;
  typeF1: number;
  valueAccuracy: number;
}

export interface MentionScores {
  person: Prf;
  location: Prf;
  organization: Prf;
}

export interface Ratio {
  right: number;
  of: number;
}

export interface MissionScores {
  persons: Prf;
  ages: Prf;
  roles: Prf;
  locations: Prf;
  organizations: Prf;
  distances: Prf;
  events: Prf;
  eventParticipants: Ratio & { recall: number };
  locationKinds: Ratio & { accuracy: number };
  distanceEndpoints: Ratio & { accuracy: number };
}

export interface Scores {
  articles: number;
  timex?: TimexScores;
  mentions?: MentionScores;
  mission?: MissionScores;
}

/** One line of a verbose report: what kind of miss, in which article, and what. */
export interface Note {
  kind: string;
  doc: string;
  what: string;
}

/** A gold file as read from disk: only the keys the scorer reads are typed, loosely (gold is external data). */
export type Gold = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
/** A fact sheet, or anything shaped like one (scored as loosely as the gold: missing lists count as empty). */
export type Sheet = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Case {
  id: string;
  gold: Gold;
  /** null when the article could not be analysed: every gold item counts as missed */
  sheet: Sheet | null;
  /** the article's text, for naming predicted spans in notes */
  text?: string;
}

// ---------------------------------------------------------------- small helpers

const list = (x: unknown): any[] => (Array.isArray(x) ? x : []); // eslint-disable-line @typescript-eslint/no-explicit-any

export function overlapLength(a: Interval, b: Interval): number {
  const n = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return n > 0 ? n : 0;
}

const sameSpan = (a: Interval, b: Interval): boolean => a.start === b.start && a.end === b.end;

function isInterval(x: unknown): x is Interval & Sheet {
  const o = x as Interval | null;
  return !!o && Number.isInteger(o.start) && Number.isInteger(o.end) && o.end > o.start;
}

/**
 * Precision, recall and F1. With nothing predicted precision is 1 only when there was nothing to find; with nothing to
 * find recall is 1.
 */
export function prf(tp: number, pred: number, gold: number): Prf {
  const p = pred > 0 ? tp / pred : gold > 0 ? 0 : 1;
  const r = gold > 0 ? tp / gold : 1;
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0, tp, pred, gold };
}

/**
 * Greedy one-to-one alignment: every (prediction, gold) pair with a positive score, best score first (ties by
 * prediction index, then gold index); a pair is taken when neither side is taken yet. Returns [pred, gold] indices.
 */
export function alignGreedy<P, G>(pred: readonly P[], gold: readonly G[], score: (p: P, g: G) => number): Array<[number, number]> {
  const candidates: Array<{ s: number; i: number; j: number }> = [];
  for (let i = 0; i < pred.length; i++) {
    for (let j = 0; j < gold.length; j++) {
      const s = score(pred[i]!, gold[j]!);
      if (s > 0) candidates.push({ s, i, j });
    }
  }
  candidates.sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);
  const takenP = new Set<number>();
  const takenG = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const { i, j } of candidates) {
    if (takenP.has(i) || takenG.has(j)) continue;
    takenP.add(i);
    takenG.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

/**
 * A name folded for comparison: accents, case, possessive 's, punctuation and hyphens dropped, a leading "the" dropped,
 * spaces collapsed ("The Kremlin's" → "kremlin").
 */
export function foldName(s: unknown): string {
  return String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2019\u2018`\u00b4]/g, "'")
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/[.,;:!?"\u201c\u201d()[\]]/g, ' ')
    .replace(/[-\u2010\u2013\u2014_/]/g, ' ')
    .replace(/^\s*the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const words = (s: unknown): string[] => foldName(s).split(' ').filter((w) => w.length > 0);

/** Predictions that the gold does not annotate: MEANTIME's dateline and the unannotated rest of an article. */
function inAnnotatedPart<T extends Interval>(items: readonly T[], gold: Gold): T[] {
  let out = [...items];
  if (gold.dct_span) out = out.filter((x) => overlapLength(x, gold.dct_span as Interval) === 0);
  if (Number.isInteger(gold.annotated_end)) out = out.filter((x) => x.start < (gold.annotated_end as number));
  return out;
}

// ---------------------------------------------------------------- TempEval-3 timexes

/** Exact spans beat any overlap; among overlaps the larger wins. */
export function timexPairScore(p: Interval, g: Interval): number {
  const n = overlapLength(p, g);
  if (n === 0) return 0;
  return (sameSpan(p, g) ? 1_000_000 : 0) + n;
}

export function scoreTimexes(cases: readonly Case[], notes?: Note[]): TimexScores | undefined {
  let nGold = 0;
  let nPred = 0;
  let strict = 0;
  let relaxed = 0;
  let value = 0;
  let type = 0;
  let any = false;
  for (const c of cases) {
    if (!c.gold.timexes) continue;
    any = true;
    const gold = list(c.gold.timexes);
    const pred = inAnnotatedPart(list(c.sheet?.dates).filter(isInterval), c.gold);
    nGold += gold.length;
    nPred += pred.length;
    const pairs = alignGreedy(pred, gold, timexPairScore);
    for (const [i, j] of pairs) {
      const p = pred[i];
      const g = gold[j];
      relaxed++;
      if (sameSpan(p, g)) strict++;
      if (String(p.value) === String(g.value)) value++;
      else notes?.push({ kind: 'value', doc: c.id, what: `"${g.text}" gold ${g.value} got ${p.value}` });
      if (String(p.type).toUpperCase() === String(g.type).toUpperCase()) type++;
    }
    if (notes) {
      const hitP = new Set(pairs.map(([i]) => i));
      const hitG = new Set(pairs.map(([, j]) => j));
      gold.forEach((g, j) => hitG.has(j) || notes.push({ kind: 'timex-', doc: c.id, what: `missed "${g.text}" (${g.value})` }));
      pred.forEach((p, i) => hitP.has(i) || notes.push({ kind: 'timex+', doc: c.id, what: `spurious "${p.text}" (${p.value})` }));
    }
  }
  if (!any || nGold === 0) return undefined;
  const s = prf(strict, nPred, nGold);
  const r = prf(relaxed, nPred, nGold);
  const f = (hits: number) => (nPred + nGold > 0 ? (2 * hits) / (nPred + nGold) : 0);
  return {
    gold: nGold,
    pred: nPred,
    strictP: s.p,
    strictR: s.r,
    strictF1: s.f1,
    relaxedP: r.p,
    relaxedR: r.r,
    relaxedF1: r.f1,
    valueF1: f(value),
    typeF1: f(type),
    valueAccuracy: relaxed > 0 ? value / relaxed : 0,
  };
}

// ---------------------------------------------------------------- MEANTIME named mentions

const ENTITY_TYPES = [
  ['PERSON', 'person'],
  ['LOCATION', 'location'],
  ['ORGANIZATION', 'organization'],
] as const;

const kindOf = (x: Sheet): string => String(x.kind ?? x.type ?? '').toLowerCase();

function predictedMentions(sheet: Sheet | null, type: string): Interval[] {
  if (!sheet) return [];
  if (type === 'LOCATION') return list(sheet.locations).flatMap((l) => list(l.mentions).filter(isInterval));
  const kind = type === 'PERSON' ? 'person' : 'organization';
  return list(sheet.actors)
    .filter((a) => kindOf(a) === kind)
    .flatMap((a) => list(a.mentions).filter(isInterval));
}

export function scoreMentions(cases: readonly Case[], notes?: Note[]): MentionScores | undefined {
  if (!cases.some((c) => c.gold.entities)) return undefined;
  const out = {} as MentionScores;
  for (const [type, key] of ENTITY_TYPES) {
    let tp = 0;
    let nPred = 0;
    let nGold = 0;
    for (const c of cases) {
      if (!c.gold.entities) continue;
      const ofType = list(c.gold.entities).filter((e) => e.type === type);
      const named = ofType.filter((e) => e.syntactic_type === 'NAM' || e.syntactic_type === 'PRE.NAM');
      const unnamed = ofType.filter((e) => !(e.syntactic_type === 'NAM' || e.syntactic_type === 'PRE.NAM'));
      const pred = inAnnotatedPart(predictedMentions(c.sheet, type), c.gold);
      const pairs = alignGreedy(pred, named, overlapLength);
      const hitP = new Set(pairs.map(([i]) => i));
      const hitG = new Set(pairs.map(([, j]) => j));
      // a prediction that only overlaps an unnamed mention of the type (a title, a nominal) is not counted either way
      const neutral = new Set<number>();
      pred.forEach((p, i) => {
        if (!hitP.has(i) && unnamed.some((u) => overlapLength(p, u) > 0)) neutral.add(i);
      });
      tp += pairs.length;
      nPred += pred.length - neutral.size;
      nGold += named.length;
      if (notes) {
        const tag = type.slice(0, 3);
        named.forEach((g, j) => hitG.has(j) || notes.push({ kind: `${tag}-`, doc: c.id, what: `missed "${g.text}"` }));
        pred.forEach((p, i) => {
          if (!hitP.has(i) && !neutral.has(i)) notes.push({ kind: `${tag}+`, doc: c.id, what: `spurious "${c.text?.slice(p.start, p.end) ?? `${p.start}-${p.end}`}"` });
        });
      }
    }
    out[key] = prf(tp, nPred, nGold);
  }
  return out;
}

// ---------------------------------------------------------------- mission gold

/** How well a predicted person's name fits a gold person: 3 the name, 2 an alias, 1 a first or last name in common. */
export function personPairScore(pred: Sheet, gold: Gold): number {
  const name = foldName(pred.name);
  if (name === foldName(gold.name)) return 3;
  if ([gold.name, ...list(gold.aliases)].map(foldName).includes(name)) return 2;
  const pw = words(pred.name);
  const gw = words(gold.name);
  if (pw.length === 0 || gw.length === 0) return 0;
  const shareEnd = pw[pw.length - 1] === gw[gw.length - 1] || pw[0] === gw[0];
  const contained = pw.every((w) => gw.includes(w)) || gw.every((w) => pw.includes(w));
  return shareEnd && contained ? 1 : 0;
}

/** Abbreviated titles spelled out, and variants folded, so that "CEO" is "chief executive officer". */
const TITLE_EXPANSIONS: Record<string, string> = {
  ceo: 'chief executive officer', cfo: 'chief financial officer', coo: 'chief operating officer', cto: 'chief technology officer',
  chmn: 'chairman', pres: 'president', vp: 'vice president', capt: 'captain', gen: 'general', sen: 'senator',
  rep: 'representative', gov: 'governor', lt: 'lieutenant', col: 'colonel', sgt: 'sergeant', maj: 'major', adm: 'admiral',
  atty: 'attorney', supt: 'superintendent', insp: 'inspector', det: 'detective', cmdr: 'commander', amb: 'ambassador',
  sec: 'secretary', pm: 'prime minister', exec: 'executive', mgr: 'manager', dir: 'director', spokesperson: 'spokesman',
  spokeswoman: 'spokesman', chairwoman: 'chairman', chairperson: 'chairman', chair: 'chairman',
};
const titleWords = (s: unknown): string[] => words(s).flatMap((w) => (TITLE_EXPANSIONS[w] ?? w).split(' '));

/** A role as words: qualifier, organization and title (predicted roles say `organization`, gold ones `org`). */
function roleWords(role: unknown): string {
  if (typeof role === 'string') return role;
  const r = (role ?? {}) as Sheet;
  return [r.qualifier, r.org ?? r.organization, r.title ?? r.name ?? r.text].filter(Boolean).join(' ');
}

/** A predicted role covers a gold role when every word of the gold title is among its words. */
export function roleCovers(pred: unknown, gold: Gold): boolean {
  const have = new Set(titleWords(roleWords(pred)));
  const need = titleWords(gold.title);
  return need.length > 0 && need.every((w) => have.has(w));
}

const placeName = (x: unknown): string => (x == null ? '' : typeof x === 'string' ? x : String((x as Sheet).name ?? (x as Sheet).text ?? ''));

/** Every word of an event's trigger and summary (and the other names tools give them). */
function eventWords(event: Sheet): Set<string> {
  const out = new Set<string>();
  for (const part of [event.trigger, event.summary, event.text, event.predicate, event.action, event.what]) {
    for (const w of words(typeof part === 'string' ? part : part?.text)) out.add(w);
  }
  return out;
}

/** A trigger is found when each of its words is among the event's words; a word longer than five letters also by its stem. */
export function triggerFound(eventWordSet: ReadonlySet<string>, trigger: string): boolean {
  const need = words(trigger);
  if (need.length === 0) return false;
  return need.every((w) => {
    const stem = w.length > 5 ? w.slice(0, Math.max(4, w.length - 3)) : w;
    for (const have of eventWordSet) if (have === w || have.startsWith(stem)) return true;
    return false;
  });
}

interface Tally {
  tp: number;
  pred: number;
  gold: number;
}
const tally = (): Tally => ({ tp: 0, pred: 0, gold: 0 });

export function scoreMission(cases: readonly Case[], notes?: Note[]): MissionScores | undefined {
  const t = {
    persons: tally(), ages: tally(), locations: tally(), organizations: tally(), distances: tally(), events: tally(),
  };
  const roles = { matchedPred: 0, pred: 0, gold: 0, found: 0 };
  const participants = { right: 0, of: 0 };
  const kinds = { right: 0, of: 0 };
  const endpoints = { right: 0, of: 0 };
  let any = false;
  const note = (kind: string, doc: string, what: string) => notes?.push({ kind, doc, what });

  for (const c of cases) {
    const g = c.gold;
    if (!g.persons) continue;
    any = true;
    const sheet = c.sheet ?? {};
    const actors = list(sheet.actors);
    const people = actors.filter((a) => kindOf(a) === 'person');
    const orgs = actors.filter((a) => kindOf(a) === 'organization');
    const goldPersons = list(g.persons);

    // persons, and through them ages and roles
    const personPairs = alignGreedy(people, goldPersons, personPairScore);
    t.persons.tp += personPairs.length;
    t.persons.pred += people.length;
    t.persons.gold += goldPersons.length;
    const goldOf = new Map(personPairs.map(([i, j]) => [i, j]));
    const predOf = new Map(personPairs.map(([i, j]) => [j, i]));
    goldPersons.forEach((q, j) => predOf.has(j) || note('person-', c.id, q.name));
    people.forEach((p, i) => goldOf.has(i) || note('person+', c.id, p.name));

    people.forEach((p, i) => {
      if (p.age == null) return;
      t.ages.pred++;
      const j = goldOf.get(i);
      if (j !== undefined && Number(p.age) === Number(goldPersons[j].age)) t.ages.tp++;
      else note('age+', c.id, `${p.name} ${p.age}`);
    });
    goldPersons.forEach((q, j) => {
      if (q.age == null) return;
      t.ages.gold++;
      const i = predOf.get(j);
      if (i === undefined || Number(people[i].age) !== Number(q.age)) note('age-', c.id, `${q.name} ${q.age}`);
    });

    // roles: precision over predicted roles (those of unmatched people are all wrong), recall over gold roles
    people.forEach((p, i) => {
      const j = goldOf.get(i);
      const wanted = j === undefined ? [] : list(goldPersons[j].roles);
      for (const r of list(p.roles)) {
        roles.pred++;
        if (wanted.some((gr) => roleCovers(r, gr))) roles.matchedPred++;
        else note('role+', c.id, `${p.name}: ${roleWords(r)}`);
      }
    });
    goldPersons.forEach((q, j) => {
      const i = predOf.get(j);
      const have = i === undefined ? [] : list(people[i].roles);
      for (const gr of list(q.roles)) {
        roles.gold++;
        if (have.some((r) => roleCovers(r, gr))) roles.found++;
        else note('role-', c.id, `${q.name}: ${roleWords(gr)}`);
      }
    });

    // locations by name; an optional place is ignored unless it is also a gold location
    const goldLocations = list(g.locations);
    const optional = new Set(list(g.optional_locations).map(foldName));
    const goldPlaceNames = new Set(goldLocations.flatMap((q) => [q.name, ...list(q.aliases)]).map(foldName));
    const locs = list(sheet.locations).filter((l) => goldPlaceNames.has(foldName(l.name)) || !optional.has(foldName(l.name)));
    const locPairs = alignGreedy(locs, goldLocations, (p, q) => {
      const name = foldName(p.name);
      if (name === foldName(q.name)) return 2;
      const aliasHit = [...list(q.aliases), ...list(p.aliases)].map(foldName).includes(name) || list(p.aliases).map(foldName).includes(foldName(q.name));
      return aliasHit ? 1 : 0;
    });
    t.locations.tp += locPairs.length;
    t.locations.pred += locs.length;
    t.locations.gold += goldLocations.length;
    for (const [i, j] of locPairs) {
      const want = goldLocations[j];
      if (!want.kind) continue;
      kinds.of++;
      if (foldName(locs[i].kind) === foldName(want.kind)) kinds.right++;
      else note('loc-kind', c.id, `${want.name}: ${want.kind}, got ${locs[i].kind}`);
    }
    const locHitG = new Set(locPairs.map(([, j]) => j));
    const locHitP = new Set(locPairs.map(([i]) => i));
    goldLocations.forEach((q, j) => locHitG.has(j) || note('loc-', c.id, q.name));
    locs.forEach((p, i) => locHitP.has(i) || note('loc+', c.id, p.name));

    // organizations by name or alias
    const goldOrgs = list(g.organizations);
    const orgPairs = alignGreedy(orgs, goldOrgs, (p, q) => ([q.name, ...list(q.aliases)].map(foldName).includes(foldName(p.name)) ? 1 : 0));
    t.organizations.tp += orgPairs.length;
    t.organizations.pred += orgs.length;
    t.organizations.gold += goldOrgs.length;

    // distances: the same meters (within 0.5%, in either of the gold's units), else the same number and unit
    const dists = list(sheet.distances);
    const goldDists = list(g.distances);
    const distPairs = alignGreedy(dists, goldDists, (p, q) => {
      const meters = Number(p.meters ?? p.normalized?.meters);
      const near = (x: Gold) => Number.isFinite(meters) && Math.abs(meters - x.meters) <= Math.max(0.01, 0.005 * x.meters);
      if (near(q) || (q.alt && near(q.alt))) return 2;
      return Number(p.value) === q.value && foldName(p.unit) === foldName(q.unit) ? 1 : 0;
    });
    t.distances.tp += distPairs.length;
    t.distances.pred += dists.length;
    t.distances.gold += goldDists.length;
    for (const [i, j] of distPairs) {
      const q = goldDists[j];
      const got = [placeName(dists[i].from), placeName(dists[i].to)].map(foldName).filter((x) => x.length > 0);
      for (const end of [q.from, q.to].filter(Boolean).map(foldName)) {
        endpoints.of++;
        if (got.some((x) => x.includes(end) || (x.length > 0 && end.includes(x)))) endpoints.right++;
        else note('endpoint', c.id, `${q.text}: wanted ${end}, got ${got.join(' / ') || 'nothing'}`);
      }
    }
    const distHitG = new Set(distPairs.map(([, j]) => j));
    const distHitP = new Set(distPairs.map(([i]) => i));
    goldDists.forEach((q, j) => distHitG.has(j) || note('dist-', c.id, q.text));
    dists.forEach((p, i) => distHitP.has(i) || note('dist+', c.id, p.text ?? `${p.value} ${p.unit}`));

    // events: the same date value and the trigger among the event's words
    const goldEvents = list(g.events);
    let events = list(sheet.events).map((e) => ({ e, date: typeof e.date === 'object' && e.date !== null ? e.date : (e.when ?? { value: e.value ?? e.date }) }));
    if (Number.isInteger(g.events_end)) events = events.filter(({ date }) => !(Number.isInteger(date?.start) && date.start >= g.events_end));
    const wordSets = events.map(({ e }) => eventWords(e));
    const eventPairs = alignGreedy(events.map((_, i) => i), goldEvents, (i, q) => {
      if (String(events[i]!.date?.value) !== String(q.date.value)) return 0;
      return [q.trigger.text, ...list(q.alt_triggers)].some((trig) => triggerFound(wordSets[i]!, trig)) ? 1 : 0;
    });
    t.events.tp += eventPairs.length;
    t.events.pred += events.length;
    t.events.gold += goldEvents.length;
    const everyone = [...goldPersons, ...goldOrgs, ...goldLocations];
    const formsOf = (name: string): string[] => {
      const entry = everyone.find((x) => foldName(x.name) === foldName(name));
      return [name, ...list(entry?.aliases)].map(foldName);
    };
    for (const [i, j] of eventPairs) {
      const ev = events[i]!.e;
      const named = list(ev.participants ?? ev.actors).map((x) => foldName(typeof x === 'string' ? x : x?.name));
      for (const want of list(goldEvents[j].participants)) {
        participants.of++;
        if (formsOf(want).some((f) => named.includes(f))) participants.right++;
        else note('particip', c.id, `${goldEvents[j].date.value} ${goldEvents[j].trigger.text}: ${want}`);
      }
    }
    const evHitG = new Set(eventPairs.map(([, j]) => j));
    const evHitP = new Set(eventPairs.map(([i]) => i));
    goldEvents.forEach((q, j) => evHitG.has(j) || note('event-', c.id, `${q.date.value} ${q.trigger.text}`));
    events.forEach((x, i) => evHitP.has(i) || note('event+', c.id, `${x.date?.value} ${[...wordSets[i]!].slice(0, 6).join(' ')}`));
  }
  if (!any) return undefined;

  const rp = roles.pred > 0 ? roles.matchedPred / roles.pred : roles.gold > 0 ? 0 : 1;
  const rr = roles.gold > 0 ? roles.found / roles.gold : 1;
  const ratio = (x: Ratio) => (x.of > 0 ? x.right / x.of : 1);
  return {
    persons: prf(t.persons.tp, t.persons.pred, t.persons.gold),
    ages: prf(t.ages.tp, t.ages.pred, t.ages.gold),
    roles: { p: rp, r: rr, f1: rp + rr > 0 ? (2 * rp * rr) / (rp + rr) : 0, tp: roles.found, pred: roles.pred, gold: roles.gold },
    locations: prf(t.locations.tp, t.locations.pred, t.locations.gold),
    organizations: prf(t.organizations.tp, t.organizations.pred, t.organizations.gold),
    distances: prf(t.distances.tp, t.distances.pred, t.distances.gold),
    events: prf(t.events.tp, t.events.pred, t.events.gold),
    eventParticipants: { recall: ratio(participants), ...participants },
    locationKinds: { accuracy: ratio(kinds), ...kinds },
    distanceEndpoints: { accuracy: ratio(endpoints), ...endpoints },
  };
}

/** Every kind of score the gold supports; `notes`, when given, collects each miss and false hit. */
export function scoreCorpus(cases: readonly Case[], notes?: Note[]): Scores {
  const out: Scores = { articles: cases.length };
  const timex = scoreTimexes(cases, notes);
  if (timex) out.timex = timex;
  const mentions = scoreMentions(cases, notes);
  if (mentions) out.mentions = mentions;
  const mission = scoreMission(cases, notes);
  if (mission) out.mission = mission;
  return out;
}
