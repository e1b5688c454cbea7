/**
 * Scoring fact sheets (`FactSheet`, as the library makes them) against gold annotations. Pure functions, no I/O: the
 * CLI's `eval` command loads the gold files, runs the library and hands each (gold, sheet) pair to `scoreCorpus`.
 *
 * Three kinds of gold, told apart by their keys, each scored in its own module:
 * - `timexes` (TempEval-3 Task A, timex.ts): predicted dates against gold timexes, strict and relaxed, value and type.
 * - `entities` (MEANTIME, mentions.ts): named PERSON / LOCATION / ORGANIZATION mentions against actor and location
 *   mentions.
 * - `persons` (mission gold, mission.ts): persons, ages, roles, locations, organizations, distances with endpoints,
 *   dated events with participants, location kinds.
 */
import type { Case, Note } from './align.js';
import { scoreMentions, type MentionScores } from './mentions.js';
import { scoreMission, type MissionScores } from './mission.js';
import { scoreTimexes, type TimexScores } from './timex.js';

export { alignGreedy, foldName, overlapLength, prf, type Case, type Gold, type Interval, type Note, type Prf } from './align.js';
export { scoreMentions, type MentionScores } from './mentions.js';
export { personPairScore, roleCovers, scoreMission, triggerFound, type MissionScores, type Ratio } from './mission.js';
export { scoreTimexes, timexPairScore, type TimexScores } from './timex.js';

export interface Scores {
  articles: number;
  timex?: TimexScores;
  mentions?: MentionScores;
  mission?: MissionScores;
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
