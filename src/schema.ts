/**
 * The fact sheet: every output shape of summit-facts is declared here, and only here.
 * Each schema and its inferred type share one name.
 */
import { z } from 'zod';

/** A stretch of the input: `input.slice(start, end) === text` (UTF-16 offsets). */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof Span>;

export const ActorKind = z.enum(['person', 'organization']);
export type ActorKind = z.infer<typeof ActorKind>;

export const Role = z.object({
  title: z.string(),
  organization: z.string().nullable(),
  qualifier: z.string().nullable(),
  evidence: Span,
  rule: z.string(),
});
export type Role = z.infer<typeof Role>;

export const Actor = z.object({
  id: z.string(),
  kind: ActorKind,
  name: z.string(),
  aliases: z.array(z.string()),
  age: z.number().int().nullable(),
  ageEvidence: Span.nullable(),
  roles: z.array(Role),
  mentions: z.array(Span),
  rule: z.string(),
});
export type Actor = z.infer<typeof Actor>;

export const LocationKind = z.enum(['country', 'city', 'region', 'state', 'feature', 'other']);
export type LocationKind = z.infer<typeof LocationKind>;

export const Location = z.object({
  id: z.string(),
  name: z.string(),
  kind: LocationKind,
  countryCode: z.string().nullable(),
  mentions: z.array(Span),
  rule: z.string(),
});
export type Location = z.infer<typeof Location>;

export const DistanceUnit = z.enum(['km', 'm', 'mi', 'ft', 'yd', 'nmi']);
export type DistanceUnit = z.infer<typeof DistanceUnit>;

/** The same distance restated in another unit ("17 kilometers (10 miles)"). */
export const DistanceAlt = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  value: z.number(),
  unit: DistanceUnit,
  meters: z.number(),
});
export type DistanceAlt = z.infer<typeof DistanceAlt>;

export const Distance = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  value: z.number(),
  upper: z.number().nullable(),
  unit: DistanceUnit,
  meters: z.number(),
  approximate: z.boolean(),
  /** a way travelled ("a 40-mile drive", "a 1,200-mile road route"), not a straight line between two points; false in sheets written before it */
  route: z.boolean().default(false),
  from: z.string().nullable(),
  to: z.string().nullable(),
  alt: DistanceAlt.nullable(),
  sentence: Span,
  rule: z.string(),
});
export type Distance = z.infer<typeof Distance>;

export const TimexType = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);
export type TimexType = z.infer<typeof TimexType>;

export const TimexMod = z.enum(['APPROX', 'BEFORE', 'AFTER', 'ON_OR_BEFORE', 'ON_OR_AFTER', 'START', 'MID', 'END', 'LESS_THAN', 'MORE_THAN', 'EQUAL_OR_LESS', 'EQUAL_OR_MORE']);
export type TimexMod = z.infer<typeof TimexMod>;

export const DateFact = z.object({
  id: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  type: TimexType,
  /** A TIMEX3 value: 2023-09-12, 2023-09-12TMO, 2019-04, P4Y, PAST_REF, XXXX-WXX-2 … */
  value: z.string(),
  mod: TimexMod.nullable(),
  sentence: Span,
  rule: z.string(),
});
export type DateFact = z.infer<typeof DateFact>;

export const EventDate = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  type: TimexType,
  value: z.string(),
});
export type EventDate = z.infer<typeof EventDate>;

export const Event = z.object({
  id: z.string(),
  date: EventDate,
  trigger: Span,
  summary: z.string(),
  participants: z.array(z.string()),
  sentence: Span,
  rule: z.string(),
});
export type Event = z.infer<typeof Event>;

export const FactKind = z.enum(['actors', 'locations', 'distances', 'dates', 'events']);
export type FactKind = z.infer<typeof FactKind>;
export const FACT_KINDS = FactKind.options;

/** What a consistency check compares. */
export const CheckKind = z.enum(['distance', 'age-birth-year', 'age-conflict', 'event-dates', 'weekday']);
export type CheckKind = z.infer<typeof CheckKind>;

/**
 * A consistency check of the article against itself or against geography: `ok` when the facts agree, `warning` when
 * they do not. Warnings never change the exit code of a plain run.
 */
export const Check = z.object({
  kind: CheckKind,
  status: z.enum(['ok', 'warning']),
  message: z.string(),
  /** the mentions the check compared */
  evidence: z.array(Span),
  /** distance checks: the distance the text states (its lower end for a range), in kilometers */
  statedKm: z.number().optional(),
  /** distance checks: the great-circle distance between the two places, in kilometers */
  greatCircleKm: z.number().optional(),
});
export type Check = z.infer<typeof Check>;

export const FactSheet = z.object({
  schemaVersion: z.literal(1),
  source: z.object({ path: z.string().nullable(), characters: z.number().int().nonnegative() }),
  referenceDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  actors: z.array(Actor),
  locations: z.array(Location),
  distances: z.array(Distance),
  dates: z.array(DateFact),
  events: z.array(Event),
  checks: z.array(Check),
  warnings: z.array(z.string()),
});
export type FactSheet = z.infer<typeof FactSheet>;

/**
 * Part of a sheet's lists, as `extractFactsInBatches` gives them: facts final when given, numbered in the article's
 * order, places under their merged names. A sheet is its batches' facts in order, with the rest (its warnings).
 */
export const FactBatch = FactSheet.pick({ actors: true, locations: true, distances: true, dates: true, events: true, checks: true });
export type FactBatch = z.infer<typeof FactBatch>;
/** The lists a batch holds, in the sheet's order: all of a sheet's lists but `warnings`. */
export const BATCHED_KINDS = ['actors', 'locations', 'distances', 'dates', 'events', 'checks'] as const satisfies ReadonlyArray<keyof FactBatch>;
export type BatchedKind = (typeof BATCHED_KINDS)[number];

/** The fact sheet as JSON Schema, for `summit-facts schema` and for users' validators. */
export function factSheetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(FactSheet) as Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------------------------
// Expected facts, for `summit-facts check`: the same JSON as `--format json`, with every field optional.
// A fact given in the file must be found in the output; the fields it gives must match. Unknown keys are an error,
// so a typo ("actros") cannot silently pass.
// ---------------------------------------------------------------------------------------------------------------

export const ExpectedSpan = z.strictObject(Span.partial().shape);
export type ExpectedSpan = z.infer<typeof ExpectedSpan>;

export const ExpectedRole = z.strictObject({ ...Role.partial().shape, evidence: ExpectedSpan.optional() });
export type ExpectedRole = z.infer<typeof ExpectedRole>;

export const ExpectedActor = z.strictObject({
  ...Actor.partial().shape,
  ageEvidence: ExpectedSpan.nullable().optional(),
  roles: z.array(ExpectedRole).optional(),
  mentions: z.array(ExpectedSpan).optional(),
});
export type ExpectedActor = z.infer<typeof ExpectedActor>;

export const ExpectedLocation = z.strictObject({ ...Location.partial().shape, mentions: z.array(ExpectedSpan).optional() });
export type ExpectedLocation = z.infer<typeof ExpectedLocation>;

export const ExpectedDistance = z.strictObject({
  ...Distance.partial().shape,
  // no default here: an expected distance that leaves route out does not ask about it
  route: z.boolean().optional(),
  alt: z.strictObject(DistanceAlt.partial().shape).nullable().optional(),
  sentence: ExpectedSpan.optional(),
});
export type ExpectedDistance = z.infer<typeof ExpectedDistance>;

export const ExpectedDate = z.strictObject({ ...DateFact.partial().shape, sentence: ExpectedSpan.optional() });
export type ExpectedDate = z.infer<typeof ExpectedDate>;

export const ExpectedEvent = z.strictObject({
  ...Event.partial().shape,
  date: z.strictObject(EventDate.partial().shape).optional(),
  trigger: ExpectedSpan.optional(),
  sentence: ExpectedSpan.optional(),
});
export type ExpectedEvent = z.infer<typeof ExpectedEvent>;

export const ExpectedCheck = z.strictObject({ ...Check.partial().shape, evidence: z.array(ExpectedSpan).optional() });
export type ExpectedCheck = z.infer<typeof ExpectedCheck>;

export const ExpectedFacts = z.strictObject({
  schemaVersion: z.literal(1).optional(),
  source: z.strictObject(FactSheet.shape.source.partial().shape).optional(),
  /** the article's publication date; `check` uses it when no --date is given */
  referenceDate: FactSheet.shape.referenceDate.optional(),
  actors: z.array(ExpectedActor).optional(),
  locations: z.array(ExpectedLocation).optional(),
  distances: z.array(ExpectedDistance).optional(),
  dates: z.array(ExpectedDate).optional(),
  events: z.array(ExpectedEvent).optional(),
  checks: z.array(ExpectedCheck).optional(),
  warnings: z.array(z.string()).optional(),
});
export type ExpectedFacts = z.infer<typeof ExpectedFacts>;

// ---------------------------------------------------------------------------------------------------------------
// The story sheet: many articles' fact sheets linked into one story (`buildStory`, `summit-facts story`).
// Its field names are a contract: `articles` holds the sheets in input order, and each story fact lists its `members`,
// the sheet facts it links, by article index and that sheet's id.
// ---------------------------------------------------------------------------------------------------------------

/** A sheet fact a story fact links: `articles[article]`'s fact with this id. */
export const StoryMember = z.object({ article: z.number().int().nonnegative(), id: z.string() });
export type StoryMember = z.infer<typeof StoryMember>;

/** An age an article gives, as of that article's reference date (null when it has none). */
export const StoryAge = z.object({ age: z.number().int(), article: z.number().int().nonnegative(), asOf: z.string().nullable() });
export type StoryAge = z.infer<typeof StoryAge>;

export const StoryRole = z.object({
  title: z.string(),
  organization: z.string().nullable(),
  qualifier: z.string().nullable(),
  article: z.number().int().nonnegative(),
});
export type StoryRole = z.infer<typeof StoryRole>;

export const StoryActor = z.object({
  id: z.string(),
  kind: ActorKind,
  name: z.string(),
  aliases: z.array(z.string()),
  ages: z.array(StoryAge),
  roles: z.array(StoryRole),
  members: z.array(StoryMember),
});
export type StoryActor = z.infer<typeof StoryActor>;

export const StoryLocation = z.object({
  id: z.string(),
  name: z.string(),
  kind: LocationKind,
  countryCode: z.string().nullable(),
  members: z.array(StoryMember),
});
export type StoryLocation = z.infer<typeof StoryLocation>;

/** One event told by one or more articles: the same day, the same family of trigger and a shared participant. */
export const StoryEvent = z.object({
  id: z.string(),
  date: z.object({ value: z.string() }),
  trigger: z.string(),
  summary: z.string(),
  /** story names of the participants (story actors and places), or the sheet's name when it links to none */
  participants: z.array(z.string()),
  members: z.array(StoryMember),
});
export type StoryEvent = z.infer<typeof StoryEvent>;

/** What a story check compares across articles. */
export const StoryCheckKind = z.enum(['age', 'event-date', 'distance', 'role']);
export type StoryCheckKind = z.infer<typeof StoryCheckKind>;

/** A stretch of one article: `articles[article]`'s input `.slice(start, end) === text`. */
export const StoryEvidence = z.object({
  article: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type StoryEvidence = z.infer<typeof StoryEvidence>;

/** A check of the articles against each other: `warning` only for two facts that cannot both be true. */
export const StoryCheck = z.object({
  kind: StoryCheckKind,
  status: z.enum(['ok', 'warning']),
  message: z.string(),
  evidence: z.array(StoryEvidence),
});
export type StoryCheck = z.infer<typeof StoryCheck>;

export const Story = z.object({
  schemaVersion: z.literal(1),
  articles: z.array(FactSheet),
  actors: z.array(StoryActor),
  locations: z.array(StoryLocation),
  events: z.array(StoryEvent),
  checks: z.array(StoryCheck),
  warnings: z.array(z.string()),
});
export type Story = z.infer<typeof Story>;

/** The story sheet as JSON Schema, for `summit-facts schema story`. */
export function storyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Story) as Record<string, unknown>;
}

/** Validate a batch of facts (see extractFactsInBatches) against the schema's own types for them. */
export function validateFactBatch(batch: FactBatch): { ok: true; batch: FactBatch } | { ok: false; error: string } {
  const result = FactBatch.safeParse(batch);
  return result.success ? { ok: true, batch: result.data } : { ok: false, error: issueLines(result.error) };
}

/**
 * Validate a fact sheet against the schema; a failure is a bug in summit-facts, not in the input. The error is one
 * line per issue, `path: message` ("actors.0.age: Invalid input: expected number, received string").
 */
export function validateFactSheet(sheet: unknown): { ok: true; sheet: FactSheet } | { ok: false; error: string } {
  const result = FactSheet.safeParse(sheet);
  return result.success ? { ok: true, sheet: result.data } : { ok: false, error: issueLines(result.error) };
}

/** A schema's verdict for people: one line per issue, `path: message`, the path in dots (`(root)` for the whole). */
function issueLines(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message.replace(/\s+/g, ' ')}`).join('\n');
}
