/**
 * Running an input window by window: each window's text normalized and analysed, its spans fixed up, its facts
 * numbered and given out in batches, and the actors, locations and checks merged across windows.
 */
import type { FactBatch, FactKind, FactSheet } from '../schema.js';
import { findDateline } from '../extract/dateline.js';
import { normalizeText } from '../text/normalize.js';
import { Log } from './log.js';
import { Merger, type Part } from './merge.js';
import { resliceSpans, shiftSpans } from './spans.js';
import { stringWindows, streamWindows } from './windows.js';

export interface SheetOptions {
  referenceDate?: string | null;
  path?: string | null;
}

/** What a window's analysis has besides its text: the reference date, the log, where the window starts. */
export interface WindowEnv {
  /** the window's text, normalized (offsets are the source's) */
  text: string;
  source: string;
  referenceDate: string | null;
  log: Log;
  /** where the window starts in the input */
  offset: number;
}

export interface WindowStages {
  /** one window's facts, with offsets into the window */
  analyse: (env: WindowEnv) => Part;
  /** what a failure of the stage costs, for the warnings */
  lost: (stage: string) => string;
}

/**
 * The windows of an input through `analyse`, one at a time, as batches of facts (see extractFactsInBatches): each
 * window's distances, dates and events as soon as it is done, then the actors, locations and checks merged across
 * windows; returns the rest of the sheet.
 */
export function* inBatches(input: string | Iterable<string>, options: SheetOptions, only: ReadonlySet<FactKind>, windowSize: number, stages: WindowStages): Generator<FactBatch, FactSheet, void> {
  const texts = typeof input === 'string' ? stringWindows(input, windowSize) : streamWindows(input, windowSize);
  // one window ahead, to know from the first whether there is more than one
  let next = texts.next();
  const windowed = !next.done && !next.value.last;
  // a dateline is near the top; a window's text is normalized when its turn comes (normalizing keeps every
  // character in place, and windows start and end between paragraphs, never inside a CRLF)
  const head = next.done ? '' : next.value.head;
  const referenceDate = options.referenceDate ?? findDateline(normalizeText(head.slice(0, 2_001)).slice(0, 2_000));
  const log = new Log(windowed, windowSize, stages.lost);
  const merged = new Merger();
  const count = { dates: 0, events: 0, windows: 0 };
  const empty = (): FactBatch => ({ actors: [], locations: [], distances: [], dates: [], events: [], checks: [] });
  let unresolved = false;
  let characters = 0;
  for (; !next.done; next = texts.next()) {
    const { start, text: source } = next.value;
    count.windows++;
    characters = start + source.length;
    const part = stages.analyse({ text: normalizeText(source), source, referenceDate, log, offset: start });
    // every span's text from the input itself, before the window's normalized text can go
    resliceSpans(part, source);
    if (start > 0) shiftSpans(part, start);
    unresolved ||= part.dates.some((d) => d.value.includes('X'));
    const batch: FactBatch = {
      ...empty(),
      distances: only.has('distances') ? part.distances : [],
      dates: only.has('dates') ? part.dates.map((d) => ((d.id = `t${++count.dates}`), d)) : [],
      events: only.has('events') ? part.events.map((e) => ((e.id = `e${++count.events}`), e)) : [],
    };
    if (!windowed) {
      // one window: its actors, locations and checks as the stages gave them, in the same batch
      yield { ...batch, actors: only.has('actors') ? numbered(part.actors, 'a') : [], locations: only.has('locations') ? numbered(part.locations, 'l') : [], checks: part.checks };
      continue;
    }
    // a place named differently in two windows ("U.S.", "United States") takes the merged name everywhere
    const rename = merged.add(part);
    for (const d of part.distances) {
      d.from = rename(d.from);
      d.to = rename(d.to);
    }
    for (const e of part.events) e.participants = [...new Set(e.participants.map((p) => rename(p)!))];
    yield batch;
  }
  if (windowed) {
    if (only.has('actors')) for (const actors of merged.actors(ACTORS_PER_BATCH)) yield { ...empty(), actors };
    if (only.has('locations')) for (const locations of merged.locations(ACTORS_PER_BATCH)) yield { ...empty(), locations };
    const checks = merged.checks();
    if (checks.length) yield { ...empty(), checks };
  }
  const warnings = log.warnings(count.windows);
  if (!referenceDate && unresolved) {
    warnings.unshift('relative dates were left unresolved: pass --date YYYY-MM-DD (the publication date) to resolve them');
  }
  return { schemaVersion: 1, source: { path: options.path ?? null, characters }, referenceDate, ...empty(), warnings };
}

/** Actors (and locations) per batch at the end of a large input: each is made whole (its mentions as spans) then. */
const ACTORS_PER_BATCH = 1_000;

/** Ids in order: a1, a2…; the facts are the pipeline's own objects, numbered in place. */
function numbered<T extends { id: string }>(facts: T[], prefix: string): T[] {
  facts.forEach((f, i) => (f.id = `${prefix}${i + 1}`));
  return facts;
}
