/**
 * Which happening an event's trigger names, one vocabulary for the article's checks and for the story. Rules as data;
 * each list is general English news usage.
 *
 * A family gathers the words of one happening written as a verb or a noun ("visited", "trip"). The article's
 * restatement check compares families and must be strict: a killing and a death are two events of an article. A story
 * links events across articles by their `kind`, which is broader: one source writes "killed", another "death".
 * `once` lists the words of what happens to the same people only once (a death, a birth): two dates for it cannot
 * both be true. A shooting is not among them: the victim may die another day.
 */
interface Family {
  family: string;
  /** the story's kind, when broader than the family */
  kind?: string;
  words: readonly string[];
  once?: readonly string[];
}

const FAMILIES: readonly Family[] = [
  { family: 'visit', words: ['visit', 'visits', 'visited', 'visiting', 'trip', 'trips', 'tour', 'toured', 'touring', 'travel', 'traveled', 'travelled', 'traveling', 'travelling', 'journey'] },
  { family: 'meeting', words: ['meet', 'meets', 'met', 'meeting', 'meetings', 'talks', 'talked', 'summit', 'negotiations', 'negotiated'] },
  { family: 'death', words: ['die', 'dies', 'died', 'death', 'dead'], once: ['died', 'death'] },
  {
    family: 'killing',
    kind: 'death',
    words: ['kill', 'kills', 'killed', 'killing', 'killings', 'slain', 'slaying', 'murder', 'murdered', 'assassinated', 'assassination', 'executed', 'execution'],
    once: ['killed', 'killing', 'slain', 'slaying', 'murdered', 'assassinated', 'assassination', 'executed', 'execution'],
  },
  { family: 'shooting', kind: 'death', words: ['shooting', 'shot'] },
  { family: 'birth', words: ['born', 'birth'], once: ['born', 'birth'] },
  { family: 'election', words: ['elect', 'elected', 'election', 'win', 'won', 'victory'] },
  { family: 'signing', words: ['sign', 'signs', 'signed', 'signing', 'agreement', 'deal', 'treaty'] },
  { family: 'arrival', words: ['arrive', 'arrives', 'arrived', 'arrival'] },
  { family: 'departure', words: ['leave', 'left', 'departure', 'departed'] },
  { family: 'resignation', words: ['resign', 'resigns', 'resigned', 'resignation', 'quit', 'quits'] },
  { family: 'attack', words: ['attack', 'attacks', 'attacked', 'bombing', 'bombed', 'raid', 'raided', 'strike'] },
  { family: 'arrest', words: ['arrest', 'arrests', 'arrested', 'detained', 'detention', 'captured', 'capture'] },
  { family: 'appointment', words: ['appoint', 'appoints', 'appointed', 'appointment', 'named', 'nominated', 'nomination'] },
  { family: 'announcement', words: ['announce', 'announces', 'announced', 'announcement', 'unveil', 'unveils', 'unveiled'] },
  { family: 'sale', words: ['sell', 'sells', 'sold', 'sale', 'buy', 'buys', 'bought', 'purchase', 'purchased', 'acquire', 'acquired', 'acquisition'] },
  { family: 'launch', words: ['launch', 'launches', 'launched'] },
  { family: 'wedding', words: ['marry', 'married', 'wedding'] },
  { family: 'founding', words: ['found', 'founded', 'founding'] },
  { family: 'opening', words: ['open', 'opened', 'opening'] },
  { family: 'crash', words: ['crash', 'crashed'] },
];

const OF_WORD = new Map(FAMILIES.flatMap((f) => f.words.map((w) => [w, f] as const)));
const ONCE = new Set(FAMILIES.flatMap((f) => f.once ?? []));
const word = (trigger: string) => trigger.toLowerCase().trim().replace(/['’]s$/, '');
/** A word outside the vocabulary is its own family, without a regular ending ("votes", "voted" → "vot"). */
const stem = (w: string) => w.replace(/(?<=\w{3})(?:ings?|ed|es|s)$/, '');

/** The family of a trigger, strict: what the article's restatement check compares. */
export function eventFamily(trigger: string): string {
  const w = word(trigger);
  return OF_WORD.get(w)?.family ?? stem(w);
}

/** The kind of a trigger, broad: what a story links events of different articles by. */
export function eventKind(trigger: string): string {
  const w = word(trigger);
  const f = OF_WORD.get(w);
  return f ? (f.kind ?? f.family) : stem(w);
}

/** Whether a trigger tells what happens to the same people only once (a death), so that two dates disagree. */
export const happensOnce = (trigger: string) => ONCE.has(word(trigger));
