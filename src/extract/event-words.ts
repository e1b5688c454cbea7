/**
 * The vocabulary of events: nouns that name events (a fixed list and the shapes of deverbal nouns), nouns with those
 * shapes that name things rather than happenings, and the verbs that report speech. General English news usage.
 */
import type { Token } from '../nlp/document.js';
import { lexiconTag } from '../nlp/document.js';

/** Nouns that name events whatever their shape ("trip", "war", "deal"). */
export const EVENT_NOUNS = new Set([
  'trip', 'visit', 'meeting', 'meetings', 'talks', 'summit', 'conference', 'election', 'elections', 'vote', 'referendum', 'war',
  'attack', 'attacks', 'invasion', 'end', 'start', 'beginning', 'collapse', 'fall', 'crash', 'death', 'birth', 'agreement',
  'deal', 'treaty', 'ceasefire', 'strike', 'protest', 'protests', 'rally', 'launch', 'test', 'explosion', 'bombing', 'coup',
  'earthquake', 'storm', 'hurricane', 'flood', 'fire', 'shooting', 'arrest', 'trial', 'verdict', 'ruling', 'hearing',
  'announcement', 'speech', 'interview', 'merger', 'acquisition', 'offering', 'sale', 'purchase', 'report', 'release',
  'opening', 'closing', 'resignation', 'inauguration', 'funeral', 'wedding', 'ceremony', 'crisis', 'revolution', 'uprising',
  'independence', 'dissolution', 'reunification', 'anniversary', 'victory', 'defeat', 'loss', 'win', 'match', 'game', 'race',
  'session', 'debate', 'negotiations', 'deadline', 'meltdown', 'recession', 'decline', 'rise', 'drop', 'jump', 'surge',
  'assassination', 'killing', 'murder', 'kidnapping', 'abduction', 'capture', 'massacre', 'raid', 'cutback', 'withdrawal',
  'arrival', 'departure', 'return', 'shutdown', 'takeover', 'bankruptcy', 'collision', 'accident', 'eruption', 'outbreak',
  'accord', 'blast', 'blasts', 'bombings', 'declines', 'slump', 'squeeze', 'grab', 'purchases', 'comments', 'remarks',
  'olympics', 'games', 'festival', 'championship', 'cup', 'tournament', 'parade', 'march', 'demonstrations', 'rulings',
  'decision', 'decisions', 'move', 'boom', 'crackdown', 'offensive', 'bid', 'hike', 'cut', 'cuts', 'layoffs', 'visit',
]);

/**
 * Nouns with the shape of an event noun that name a thing, a place, a group or a state ("government", "station",
 * "capital", "building", "future"): a date before one of them does not make it an event ("the 11th century temple").
 */
const NOT_EVENTS = new Set([
  // -tion, -sion
  'nation', 'nations', 'station', 'stations', 'population', 'position', 'positions', 'region', 'regions', 'institution',
  'institutions', 'organization', 'organizations', 'administration', 'section', 'portion', 'union', 'unions', 'commission',
  'division', 'television', 'version', 'mission', 'question', 'questions', 'condition', 'conditions', 'tradition', 'option',
  'options', 'relation', 'relations', 'foundation', 'corporation', 'association', 'federation', 'coalition',
  'opposition', 'information', 'situation', 'location', 'edition', 'pension', 'pensions', 'proportion', 'fiction', 'function',
  'mansion', 'vision', 'legislation', 'constitution', 'jurisdiction', 'generation', 'nutrition', 'portfolio', 'nation-state',
  'transportation', 'population', 'reputation', 'congregation', 'delegation', 'infrastructure',
  // -ment
  'government', 'governments', 'department', 'departments', 'apartment', 'apartments', 'parliament', 'document', 'documents',
  'equipment', 'moment', 'element', 'elements', 'instrument', 'instruments', 'segment', 'segments', 'management', 'monument',
  'environment', 'sentiment', 'compartment', 'regiment', 'basement', 'pavement', 'garment',
  // -al, -ure, -ance, -ence
  'capital', 'official', 'officials', 'animal', 'hospital', 'material', 'materials', 'general', 'journal', 'terminal', 'signal',
  'signals', 'total', 'council', 'principal', 'rival', 'rivals', 'individual', 'individuals', 'criminal', 'criminals',
  'cardinal', 'admiral', 'marshal', 'metal', 'canal', 'portal', 'arsenal', 'tribunal', 'potential', 'interval', 'mural',
  'future', 'picture', 'structure', 'figure', 'figures', 'literature', 'culture', 'nature', 'feature', 'features', 'temperature',
  'furniture', 'legislature', 'architecture', 'agriculture', 'creature', 'procedure', 'procedures', 'brochure', 'mixture',
  'balance', 'distance', 'insurance', 'alliance', 'finance', 'ambulance', 'instance', 'substance', 'province', 'evidence',
  'residence', 'science', 'audience', 'conscience', 'influence', 'intelligence', 'sentence', 'difference', 'experience',
  'presence', 'importance', 'guidance', 'assistance', 'performance', 'maintenance', 'allowance',
  // -ing: things, times and trades
  'building', 'buildings', 'king', 'thing', 'things', 'morning', 'evening', 'spring', 'ring', 'string', 'wing', 'ceiling',
  'earnings', 'housing', 'clothing', 'setting', 'feeling', 'feelings', 'meaning', 'ending', 'timing', 'funding', 'banking',
  'lending', 'marketing', 'engineering', 'accounting', 'manufacturing', 'shipping', 'spending', 'savings', 'holdings',
  'nothing', 'something', 'anything', 'everything', 'during', 'ceiling', 'offspring', 'sibling',
  'heading', 'headings', 'listing', 'listings', 'painting', 'paintings', 'drawing', 'outing', 'lightning',
  // periods, buildings and products
  'century', 'decade', 'year', 'years', 'temple', 'church', 'model',
]);

/** Verbs that report speech or writing: a date across a comma from one of them belongs to the reported clause. */
export const REPORTING_VERBS = new Set([
  'say', 'says', 'said', 'tell', 'tells', 'told', 'report', 'reports', 'reported', 'add', 'adds', 'added', 'note', 'notes',
  'noted', 'state', 'states', 'stated', 'claim', 'claims', 'claimed', 'write', 'writes', 'wrote', 'explain', 'explains',
  'explained', 'insist', 'insists', 'insisted', 'quote', 'quoted', 'according', 'comment', 'commented', 'argue', 'argued',
]);

/** Verbs that take a clause saying what was found, decided or made known ("confirmed Friday that …"). */
const CLAUSE_TAKING = new Set([
  'confirm', 'confirms', 'confirmed', 'announce', 'announces', 'announced', 'declare', 'declares', 'declared', 'disclose',
  'discloses', 'disclosed', 'reveal', 'reveals', 'revealed', 'indicate', 'indicated', 'acknowledge', 'acknowledged', 'deny',
  'denies', 'denied', 'warn', 'warns', 'warned', 'agree', 'agreed', 'decide', 'decided', 'rule', 'ruled', 'learn', 'learned',
  'suggest', 'suggests', 'suggested', 'show', 'shows', 'showed', 'find', 'finds', 'found', 'conclude', 'concludes', 'concluded',
]);

/** The -ing forms of those verbs: "…, saying on Friday that …", "…, insisting the boy would be …". */
const CLAUSE_TAKING_GERUNDS = new Set([
  'saying', 'telling', 'adding', 'noting', 'stating', 'claiming', 'writing', 'explaining', 'insisting', 'arguing',
  'confirming', 'announcing', 'declaring', 'disclosing', 'revealing', 'indicating', 'acknowledging', 'denying', 'warning',
  'suggesting', 'showing', 'concluding', 'reporting',
]);

/** Nouns of what was said, found or decided, whose that-clause belongs to them ("stern warnings … that US air strikes …"). */
export const CLAUSE_NOUNS = new Set([
  'warning', 'warnings', 'accusation', 'accusations', 'allegation', 'allegations', 'statement', 'statements',
  'announcement', 'declaration', 'claim', 'claims', 'report', 'reports', 'assurance', 'assurances', 'promise', 'pledge',
  'threat', 'threats', 'denial', 'decision', 'ruling', 'finding', 'findings', 'charge', 'charges', 'comments', 'remarks',
  'news', 'word', 'signals', 'signs', 'indication', 'indications', 'suggestion', 'admission', 'confirmation',
]);

/** Whether a verb reports speech or takes a clause of what was said, found or decided: that clause belongs to its event. */
export const takesClause = (word: string): boolean => REPORTING_VERBS.has(word) || CLAUSE_TAKING.has(word) || CLAUSE_TAKING_GERUNDS.has(word);

/** Verbs of intention or arrangement: the infinitive after one is the event its date anchors ("planned to leave Monday"). */
export const INTENT_VERBS = new Set([
  'planned', 'scheduled', 'expected', 'hoped', 'wanted', 'agreed', 'decided', 'promised', 'intended', 'vowed', 'threatened',
  'offered', 'refused', 'failed', 'tried', 'sought', 'asked', 'urged', 'continued', 'began', 'started', 'managed', 'prepared',
  'pledged', 'proposed', 'set', 'due', 'supposed', 'allowed', 'ordered', 'told', 'invited', 'called',
]);

/** The shapes of deverbal nouns: -tion, -sion, -ment, -al, -ure, -ance, -ence, -ing, with an optional plural. */
const DEVERBAL = /^[a-z][a-z-]{2,}(?:tions?|sions?|ments?|als?|ures?|ances?|ences?|ings?)$/;

/**
 * Whether a token names an event: on the list, or a noun with a deverbal shape that compromise also knows as a
 * verb form (its gerund, or a lexicon verb) or that ends in a suffix only verbs take (-tion, -ment…), and not on the
 * list of thing nouns.
 */
export function isEventNoun(t: Token): boolean {
  const w = t.normal.replace(/'s$/, '');
  if (NOT_EVENTS.has(w)) return false;
  if (EVENT_NOUNS.has(w)) return true;
  if (t.tags.has('ProperNoun') && !/^[a-z]/.test(t.text)) return false;
  if (!DEVERBAL.test(w)) return false;
  if (/(?:tions?|sions?|ments?|ures?|ances?|ences?)$/.test(w)) return true;
  // -al and -ing are common endings of adjectives and thing nouns: the word must also be a noun here
  if (/ings?$/.test(w)) return t.tags.has('Noun') || t.tags.has('Gerund');
  return t.tags.has('Noun') && !/^(Adjective|Comparable)$/.test(lexiconTag(w) ?? '');
}

/** Conjunctions that open a subordinate clause ("after the talks ended", "because it rained"). */
export const SUBORDINATORS = /^(after|before|when|while|because|although|though|if|since|until|whereas|unless)$/;
