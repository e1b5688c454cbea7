/** MEANTIME: named PERSON, LOCATION and ORGANIZATION mentions against the mentions of actors and locations. */
import type { FactSheet } from '../schema.js';
import { alignGreedy, inAnnotatedPart, isInterval, list, overlapLength, prf, type Case, type Interval, type Note, type Prf } from './align.js';

export interface MentionScores {
  person: Prf;
  location: Prf;
  organization: Prf;
}

const ENTITY_TYPES = [
  ['PERSON', 'person'],
  ['LOCATION', 'location'],
  ['ORGANIZATION', 'organization'],
] as const;

function predictedMentions(sheet: FactSheet | null, type: string): Interval[] {
  if (!sheet) return [];
  if (type === 'LOCATION') return sheet.locations.flatMap((l) => l.mentions.filter(isInterval));
  const kind = type === 'PERSON' ? 'person' : 'organization';
  return sheet.actors.filter((a) => a.kind === kind).flatMap((a) => a.mentions.filter(isInterval));
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

