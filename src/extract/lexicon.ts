/**
 * Word lists the entity extractors share: titles, honorifics, role qualifiers, organization heads, institutions, name
 * particles. Rules as data: each list is general English news usage.
 */

/** Honorifics: a person follows; they are never part of the name. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'rev', 'fr', 'sr', 'mister', 'madam', 'mme', 'messrs']);

/**
 * Heads of titles and functions ("spokesman", "Foreign Minister", "chief executive"). A capitalized run that ends in one
 * of these before a name is a title, not part of the name.
 */
export const TITLE_HEADS = new Set([
  'president', 'vice-president', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'advisor', 'adviser',
  'chairman', 'chairwoman', 'chairperson', 'chair', 'ceo', 'cfo', 'coo', 'cto', 'executive', 'officer', 'director', 'manager',
  'senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'premier', 'chancellor',
  'ambassador', 'envoy', 'diplomat', 'attorney', 'judge', 'justice', 'prosecutor', 'lawyer', 'commissioner', 'inspector',
  'general', 'gen', 'admiral', 'adm', 'colonel', 'col', 'lieutenant', 'lt', 'major', 'maj', 'captain', 'capt', 'sergeant', 'sgt',
  'commander', 'cmdr', 'marshal', 'chief', 'head', 'leader', 'king', 'queen', 'prince', 'princess', 'emperor', 'pope', 'cardinal',
  'archbishop', 'bishop', 'rabbi', 'imam', 'ayatollah', 'sheikh', 'president-elect', 'analyst', 'economist', 'strategist',
  'founder', 'co-founder', 'owner', 'partner', 'treasurer', 'deputy', 'aide', 'official', 'spokesmen', 'correspondent',
  'reporter', 'editor', 'columnist', 'professor', 'dean', 'coach', 'striker', 'player', 'detective', 'det', 'sheriff',
  'superintendent', 'supt', 'dictator', 'negotiator', 'counsel', 'attache', 'consul', 'regent', 'delegate', 'mp', 'pm', 'vp',
  'auditor', 'controller', 'comptroller', 'clerk', 'registrar', 'provost', 'principal', 'chieftain', 'warlord', 'publisher',
  'speaker', 'constable', 'commandant', 'interpreter', 'scholar', 'spokesperson', 'undersecretary', 'counselor', 'councillor', 'councilman',
  'councilwoman', 'legislator', 'lawmaker', 'physician', 'surgeon', 'scientist', 'researcher', 'historian', 'chef',
  'trustee', 'banker', 'broker', 'trader', 'investor', 'administrator', 'coordinator', 'supervisor', 'ruler', 'monarch', 'asst',
]);

/** Nouns of kinship ("his cousin", "her stepmother"). */
export const KINSHIP = new Set([
  'father', 'mother', 'son', 'daughter', 'brother', 'sister', 'husband', 'wife', 'widow', 'widower', 'cousin', 'uncle',
  'aunt', 'nephew', 'niece', 'grandson', 'granddaughter', 'grandfather', 'grandmother', 'grandchild', 'grandparent', 'parent',
  'stepfather', 'stepmother', 'stepson', 'stepdaughter', 'sibling', 'twin', 'spouse', 'boyfriend', 'girlfriend', 'fiance',
  'fiancee', 'child', 'kid', 'baby', 'infant', 'dad', 'mom', 'mum', 'relative', 'descendant', 'ancestor', 'heir',
  'half-brother', 'half-sister', 'stepbrother', 'stepsister',
]);
/**
 * Nouns for people that are never a position or function, although a tagger may call them occupations: kinship,
 * party membership, people in general ("his cousin", "a Texas Republican", "the man", "a witness"), and the agent
 * nouns news uses for companies ("an electronics maker", "a tour operator").
 */
export const NOT_TITLES = new Set([
  ...KINSHIP,
  'republican', 'democrat', 'conservative', 'liberal', 'socialist', 'communist', 'tory', 'nationalist', 'loyalist',
  'unionist', 'monarchist', 'independent', 'moderate', 'radical', 'hardliner', 'supporter', 'opponent', 'critic', 'follower',
  'man', 'woman', 'boy', 'girl', 'person', 'people', 'guy', 'gentleman', 'lady', 'adult', 'teenager', 'youth', 'friend',
  'neighbor', 'neighbour', 'acquaintance', 'stranger', 'fan', 'witness', 'victim', 'suspect', 'citizen', 'resident',
  'native', 'local', 'tourist', 'visitor', 'passenger', 'survivor', 'hostage', 'patient', 'customer', 'viewer', 'reader',
  'listener', 'individual', 'human', 'newcomer', 'bystander', 'onlooker', 'mourner', 'winner', 'loser',
  'maker', 'manufacturer', 'producer', 'retailer', 'supplier', 'provider', 'distributor', 'carrier', 'lender', 'insurer',
  'operator', 'exporter', 'importer', 'developer', 'builder', 'seller', 'buyer', 'bidder', 'shareholder', 'stockholder',
  'prisoner', 'inmate', 'detainee', 'captive', 'refugee', 'migrant', 'immigrant', 'protester', 'demonstrator',
]);

/** Nouns that are a role after a name ("a member of Parliament", "a management expert") but never split a capitalized name. */
export const ROLE_NOUNS = new Set(['member', 'expert', 'specialist', 'consultant', 'adviser', 'advisor']);

/** Words that qualify a role in time or rank ("then US President", "former chairman", "acting director"). */
export const QUALIFIERS = new Set(['special', 'former', 'then', 'acting', 'interim', 'outgoing', 'incoming', 'late', 'ex', 'retired', 'current', 'future', 'deputy', 'vice', 'assistant', 'associate', 'senior', 'junior', 'elected', 'designate']);
/** Of the qualifiers, those that are kept in the title itself as well ("Deputy Prime Minister"). */
export const RANK_QUALIFIERS = new Set(['deputy', 'vice', 'assistant', 'associate', 'senior', 'junior']);

/** The last word of an organization's name ("Defense Ministry", "Workers' Party", "U.S. Trust Corp."). */
export const ORG_HEADS = new Set([
  'ministry', 'department', 'agency', 'party', 'inc', 'corp', 'corporation', 'co', 'company', 'companies', 'ltd', 'llc', 'plc',
  'ag', 'sa', 'nv', 'gmbh', 'group', 'bank', 'bancorp', 'trust', 'fund', 'holdings', 'partners', 'associates', 'industries',
  'university', 'college', 'institute', 'school', 'academy', 'council', 'committee', 'commission', 'board', 'bureau', 'office',
  'court', 'parliament', 'assembly', 'congress', 'senate', 'house', 'army', 'navy', 'force', 'forces', 'police', 'guard',
  'association', 'federation', 'league', 'union', 'society', 'foundation', 'organization', 'organisation', 'alliance', 'front',
  'movement', 'church', 'airlines', 'airways', 'motors', 'systems', 'technologies', 'electric', 'energy', 'oil', 'petroleum',
  'press', 'news', 'times', 'post', 'journal', 'herald', 'tribune', 'telegraph', 'guardian', 'network', 'broadcasting',
  'television', 'radio', 'exchange', 'reserve', 'administration', 'authority', 'service', 'services', 'team', 'club',
  'brigade', 'battalion', 'regiment', 'division', 'corps', 'cabinet', 'government', 'secretariat', 'tribunal', 'laboratories',
  'labs', 'securities', 'capital', 'investments', 'insurance', 'communications', 'pharmaceuticals', 'entertainment', 'media',
  'hospital', 'clinic', 'museum', 'library', 'council', 'centre', 'center', 'mission', 'coalition', 'junta', 'regime',
  'embassy', 'consulate', 'treasury', 'legislature', 'marines', 'aircraft', 'aerospace', 'shipping', 'courts', 'computer',
  'computers', 'software', 'airplanes', 'aviation', 'financial', 'chiefs', 'lines',
]);

/** Heads of organizations that belong to a place, whose name may start with it ("US Air Force", "Canadian Government"). */
export const PUBLIC_BODIES = new Set([
  'government', 'ministry', 'department', 'senate', 'congress', 'parliament', 'assembly', 'court', 'army', 'navy', 'force',
  'forces', 'police', 'guard', 'administration', 'embassy', 'consulate', 'treasury', 'cabinet', 'agency', 'commission',
  'council', 'military', 'marines', 'legislature',
]);

/** Heads after which "of" continues a name ("Bank of America", "Ministry of Defense", "Gulf of Mexico"). */
export const OF_HEADS = new Set([
  'bank', 'ministry', 'department', 'university', 'college', 'institute', 'school', 'council', 'committee', 'commission', 'board',
  'bureau', 'office', 'court', 'house', 'federation', 'league', 'union', 'society', 'association', 'church', 'republic',
  'kingdom', 'state', 'states', 'gulf', 'sea', 'bay', 'isle', 'cape', 'strait', 'straits', 'lake', 'mount', 'museum', 'academy',
  'secretary', 'minister', 'chamber', 'city', 'port', 'duke', 'prince', 'king', 'queen', 'emirates', 'islands', 'sultanate',
  'people', 'peoples', 'organization', 'organisation', 'party', 'army', 'chief', 'chiefs', 'center', 'centre', 'sisters', 'order',
  'courts', 'agency', 'service', 'authority', 'fund', 'foundation', 'institution', 'coalition', 'alliance', 'movement', 'front',
]);

/** Heads after which "for" or "on" continues a name ("Agency for International Development", "Committee on Finance"). */
export const FOR_HEADS = new Set([
  'agency', 'institute', 'institution', 'center', 'centre', 'council', 'committee', 'commission', 'bank', 'ministry',
  'department', 'office', 'foundation', 'fund', 'society', 'alliance', 'coalition', 'campaign', 'project', 'association',
  'federation', 'union', 'league', 'board', 'bureau', 'organization', 'organisation', 'movement', 'front', 'party',
]);

/** Places, institutions and bodies that news names with one common word; the rest come from the gazetteer. */
export const INSTITUTIONS = new Set([
  'kremlin', 'pentagon', 'white house', 'congress', 'parliament', 'senate', 'vatican', 'knesset', 'duma', 'bundestag',
  'politburo', 'nato', 'un', 'u.n.', 'united nations', 'european union', 'eu', 'opec', 'interpol', 'unicef', 'unesco', 'who',
  'imf', 'world bank', 'fbi', 'cia', 'nsa', 'kgb', 'fsb', 'sec', 'fda', 'epa', 'nasa', 'federal reserve', 'fed', 'supreme court',
  'downing street', 'elysee', 'state department', 'justice department', 'treasury', 'red cross', 'taliban', 'hamas', 'hezbollah',
  'al-qaeda', 'al qaeda', 'associated press', 'ap', 'reuters', 'afp', 'tass', 'xinhua', 'kcna', 'bbc', 'cnn', 'yonhap',
]);

/**
 * Common nouns that name a public body when written with a capital inside a sentence ("the Cabinet", "the House"); at
 * the start of a sentence they are ordinary words ("House prices rose").
 */
export const CAPITALIZED_BODIES = new Set(['cabinet', 'army', 'navy', 'house', 'government', 'administration', 'legislature', 'politburo']);

/** Particles inside names ("Ludwig van Beethoven", "Osama bin Laden", "Charles de Gaulle"). */
export const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'des', 'del', 'della', 'di', 'da', 'dos', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'es', 'ben', 'abu', 'ter', 'ten', 'y', 'st']);

/** Name suffixes ("Jr.", "III"). */
export const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Closed-class words the tagger sometimes takes for person nouns inside titles ("Chief of Staff"). */
const FUNCTION_WORDS = new Set(['from', 'with', 'into', 'onto', 'over', 'under', 'than', 'that', 'this', 'these', 'those', 'about', 'after', 'before']);

/**
 * Is this written word a noun of occupation or function outside the listed titles ("astronaut", "pharmacist",
 * "financier")? Titles are an open class: a lower-case singular noun the tagger knows as a person noun (`Actor`), not one
 * of NOT_TITLES.
 */
export function isOccupationNoun(text: string, key: string, tags: (tag: string) => boolean): boolean {
  return /^\p{Ll}[\p{Ll}-]{3,}$/u.test(text) && !FUNCTION_WORDS.has(key) && tags('Actor') && tags('Noun') && !tags('Plural') && !tags('Hyphenated') && !tags('Unit') &&
    !tags('Possessive') && !NOT_TITLES.has(key) && !HONORIFICS.has(key);
}

/** Is this lower-case word a title head, also inside a hyphenated title ("secretary-general", "editor-in-chief")? */
export function isTitleHead(key: string): boolean {
  if (HONORIFICS.has(key)) return false;
  return TITLE_HEADS.has(key) || (key.includes('-') && key.split('-').some((p) => TITLE_HEADS.has(p) && p !== 'vice' && p !== 'ex'));
}

/**
 * Nouns that name a kind of place, with the kind they give: before "of" ("the port of Aqaba", "the state of Texas")
 * or as the last word of a name ("Helmand Province", "Kansas City").
 */
export const PLACE_KINDS: Record<string, 'city' | 'region' | 'state' | 'feature'> = {
  port: 'city', town: 'city', city: 'city', village: 'city', settlement: 'city', suburb: 'city', capital: 'city',
  municipality: 'city', hamlet: 'city', outskirts: 'city', province: 'region', region: 'region', district: 'region',
  county: 'region', prefecture: 'region', oblast: 'region', enclave: 'region', territory: 'region', state: 'state',
  island: 'feature', islands: 'feature',
};

/**
 * Acronyms that name a thing, not an organization: formats and devices, science and medicine, money and markets
 * (currencies, indexes, measures), ranks and titles. Time zones come from the time vocabulary.
 */
export const COMMON_ACRONYMS = new Set([
  // technology and media
  'tv', 'hdtv', 'cd', 'dvd', 'lcd', 'led', 'pc', 'os', 'sdk', 'api', 'gps', 'usb', 'url', 'pdf', 'sms', 'atm', 'cpu', 'gpu',
  'ram', 'rom', 'vcr', 'ufo', 'ai', 'hd', 'dsl', 'isp', 'html', 'http', 'mp3', 'mms',
  // science and medicine
  'dna', 'rna', 'hiv', 'aids', 'sars', 'mrsa', 'bse', 'icu', 'mri', 'ecg', 'ekg', 'ivf', 'iq', 'adhd', 'ptsd', 'std', 'tb',
  // money and markets
  'usd', 'eur', 'gbp', 'jpy', 'chf', 'cny', 'rmb', 'ipo', 'gdp', 'gnp', 'cpi', 'ppi', 'eps', 'etf', 'vat', 'djia', 'ftse',
  'dax', 'cac', 'indu', 'spx', 'ibex', 'hsi', 'kospi', 'sensex', 'lbo', 'apr', 'roi',
  // people, ranks and titles
  'vip', 'ceo', 'cfo', 'coo', 'cto', 'cio', 'mp', 'mep', 'pm', 'vp', 'md', 'phd', 'mba', 'pow', 'mia', 'rsvp',
  // units
  'kb', 'mb', 'gb', 'tb', 'kw', 'mw', 'gw', 'kwh', 'mwh', 'mhz', 'ghz', 'mph', 'kph', 'rpm', 'psi',
  // weapons and vehicles
  'suv', 'icbm', 'ied', 'rpg', 'wmd', 'uav',
]);

/**
 * Nouns for a company, an outlet or a body written right before its name ("automaker Chrysler", "consulting firm
 * Accenture", "state news agency TASS") or as the head of an apposition ("Airbus, the European plane maker,").
 */
export const COMPANY_NOUNS = new Set([
  'company', 'companies', 'firm', 'corporation', 'conglomerate', 'giant', 'group', 'maker', 'automaker', 'carmaker',
  'manufacturer', 'retailer', 'airline', 'carrier', 'bank', 'lender', 'insurer', 'brokerage', 'chain', 'supplier',
  'producer', 'distributor', 'exporter', 'importer', 'operator', 'broadcaster', 'newspaper', 'daily', 'weekly', 'tabloid',
  'magazine', 'agency', 'network', 'website', 'channel', 'station', 'studio', 'label', 'startup', 'subsidiary', 'utility',
  'refiner', 'miner', 'shipbuilder', 'contractor', 'airplanemaker', 'planemaker', 'chipmaker', 'drugmaker', 'automobile', 'outlet',
]);

/**
 * Words after a name that make it a company's ("Apple CEO Steve Jobs", "Chrysler shares", "Acme's board"): its officers,
 * its stock, its people and its parts.
 */
export const COMPANY_PARTS = new Set([
  'ceo', 'cfo', 'coo', 'cto', 'chairman', 'executive', 'executives', 'shares', 'stock', 'shareholders', 'stockholders',
  'employees', 'dealers', 'dealerships', 'subsidiary', 'subsidiaries', 'trademark', 'trademarks',
  'logo', 'share', 'parent', 'website',
]);

/** Titles of a company's officers: a name before them in the same title is the company's ("Acme CEO", "Acme Chief Financial Officer"). */
export const CORPORATE_TITLES = new Set(['ceo', 'cfo', 'coo', 'cto', 'chairman', 'chairwoman', 'executive', 'officer', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'founder', 'co-founder']);

/** Lower-case words before "of X" or "in X" that make X a company ("shares of Apple", "a stake in Chrysler"). */
export const COMPANY_OF = new Set(['shares', 'stake', 'stock', 'subsidiary', 'unit', 'division', 'shareholders', 'stockholders', 'owner', 'takeover', 'bankruptcy']);

/** Last words of natural features' names ("the Red River", "the Pacific coast"). */
export const FEATURE_TAIL = new Set(['river', 'lake', 'mountains', 'mountain', 'island', 'islands', 'sea', 'ocean', 'bay', 'strait', 'straits', 'valley', 'desert', 'peninsula', 'coast', 'canal', 'hills', 'plateau', 'park', 'square', 'bridge', 'dam', 'glacier', 'volcano', 'reef', 'falls']);
/** First words of natural features' names ("Lake Chad", "Mount Kenya"). */
export const FEATURE_HEAD = new Set(['lake', 'mount', 'mt', 'gulf', 'cape', 'isle', 'port', 'fort']);
/** Last words of sites a text names as places of their own kind (`other`): "Andrews Air Force Base", "Garvaghy Road". */
export const SITE_TAIL = new Set(['airport', 'airfield', 'airbase', 'base', 'road', 'avenue', 'boulevard', 'drive', 'theater', 'theatre']);
/**
 * Site words a text writes in lower case after a name ("Kennedy airport"): airfields only. A street or a theatre is
 * capitalized when it is named, and a lower-case "drive" or "road" after a name is a thing ("a USB drive").
 */
export const LOWER_SITE_TAIL = new Set(['airport', 'airfield', 'airbase']);
/** Last words of venues' names, when the text places them in a town ("the Moscone Center in San Francisco"). */
export const VENUE_TAIL = new Set(['center', 'centre']);
/** Words that make a center an institution rather than a venue ("Medical Center", "Research Centre"). */
export const INSTITUTION_WORDS = new Set([
  'medical', 'research', 'health', 'cancer', 'policy', 'studies', 'study', 'strategic', 'law', 'legal', 'rights', 'justice',
  'science', 'sciences', 'disease', 'prevention', 'control', 'information', 'data', 'trauma', 'care', 'treatment',
  'rehabilitation', 'detention', 'crisis', 'counseling', 'analysis', 'development', 'education', 'training',
]);
/** Nouns of writing: a name after "NOUN in" is where it appeared ("a report in Ars Technica"), a publication. */
export const WRITING_NOUNS = new Set([
  'report', 'article', 'story', 'interview', 'editorial', 'column', 'op-ed', 'piece', 'essay', 'letter', 'commentary',
  'review', 'blog', 'post', 'profile', 'analysis', 'advertisement', 'ad', 'headline', 'feature',
]);
/** Last words of the names of gatherings, which are events, not organizations ("Worldwide Developers Conference"). */
export const EVENT_TAIL = new Set(['conference', 'summit', 'expo', 'festival', 'convention', 'championship', 'championships', 'olympics', 'tournament', 'awards', 'fair']);
/** Last words of buildings and sites, which are named after people but are not people ("Everett Factory"). */
export const FACILITY_TAIL = new Set(['factory', 'terminal', 'building', 'stadium', 'arena', 'hotel', 'mall', 'facility', 'headquarters', 'prison', 'shipyard', 'refinery', 'plaza']);

/**
 * A company's legal form abbreviated at the end of its name ("Apple Inc.", "Chrysler LLC", "Cineplex Odeon Corp.",
 * "Du Pont Cos."): no other capitalized word follows one inside the same name.
 */
export const LEGAL_ABBREVIATIONS = new Set([
  'inc', 'corp', 'co', 'cos', 'ltd', 'llc', 'llp', 'lp', 'plc', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'spa', 'srl', 'ab', 'asa',
  'oyj', 'kk', 'pty', 'pte', 'bhd', 'sas', 'se', 'cie',
]);
/** A company's legal form at the end of its name, abbreviated or spelled out ("Ford Motor Company"). */
export const LEGAL_SUFFIXES = new Set([...LEGAL_ABBREVIATIONS, 'incorporated', 'corporation', 'company', 'companies', 'limited']);

/** Words an acronym leaves out ("Organization of the Petroleum Exporting Countries" → OPEC). */
export const ACRONYM_SKIPS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'to', '&', 'de', 'du', 'des', 'la', 'le']);
