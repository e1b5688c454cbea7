/**
 * Word tables for time expressions: months, weekdays, seasons, parts of day, units, numbers and modifiers, each with
 * the regular-expression fragment that matches it. Fragments are plain alternations of words (no nested quantifiers),
 * so every pattern built from them runs in linear time.
 */

/**
 * The calendar vocabulary: month and weekday names, full and abbreviated, for every module that reads them (time rules,
 * the dateline, the weekday check, names and places that are not calendar words).
 */
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
/** Month names, full or abbreviated ("Sept.", "Aug"); the capital is checked by the extractor. */
export const MONTH = `(?:${MONTH_NAMES.join('|')}|jan\\.?|feb\\.?|mar\\.|apr\\.?|jun\\.|jul\\.|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?)`;

/** A month's full name, never abbreviated. */
export const MONTH_NAME = `(?:${MONTH_NAMES.join('|')})`;
export const isMonthName = (s: string): boolean => (MONTH_NAMES as readonly string[]).includes(s.toLowerCase());

/** Every month word, full or abbreviated, in lower case: "january", "jan", "sept". */
export const MONTH_WORDS: readonly string[] = Object.keys(MONTHS);

export const monthNumber = (s: string): number | undefined => MONTHS[s.toLowerCase().replace(/\.$/, '')];

export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};
export const WEEKDAY = `(?:${WEEKDAY_NAMES.join('|')})`;
export const WEEKDAY_PLURAL = `(?:${WEEKDAY_NAMES.map((w) => `${w}s`).join('|')})`;
/** A weekday's full name, in lower case. */
export const isWeekdayName = (w: string): boolean => (WEEKDAY_NAMES as readonly string[]).includes(w);
/** A weekday written in full or in short, as a date line writes it: "Tuesday", "Tues.", "Wed", "Thurs.". */
export const WEEKDAY_WORD = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?';
export const weekdayNumber = (s: string): number | undefined => WEEKDAYS[s.toLowerCase().replace(/s$/, '')];

export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
export const SEASON = '(?:spring|summer|fall|autumn|winter)';

/** Parts of day and their TIMEX3 codes. */
export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI', 'mid-afternoon': 'TAF', midafternoon: 'TAF', overnight: 'TNI',
};
export const PART_OF_DAY = '(?:morning|afternoon|evening|night|mid-afternoon|midafternoon)';

/** Duration units: the regex fragment, and the TIMEX3 letter with its multiplier. */
export const UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centuries|century|millenni(?:um|a))';
export type UnitName = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century' | 'millennium';
const UNIT_NAMES: Record<string, UnitName> = {
  second: 'second', seconds: 'second', minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour', day: 'day', days: 'day',
  week: 'week', weeks: 'week', month: 'month', months: 'month', quarter: 'quarter', quarters: 'quarter', year: 'year',
  years: 'year', decade: 'decade', decades: 'decade', century: 'century', centuries: 'century', millennium: 'millennium',
  millennia: 'millennium', fortnight: 'week', fortnights: 'week',
};
export function unitName(s: string): UnitName | undefined {
  return UNIT_NAMES[s.toLowerCase()];
}
export const isFortnight = (s: string): boolean => /^fortnights?$/i.test(s);

/** A duration value: "P4Y", "PT2H", "P10Y" for decades (TimeML also writes "P1E"; decades here are years). */
export function durationValue(n: number | null, unit: UnitName): string {
  if (n !== null && n > 1 && !Number.isInteger(n) && Number.isInteger(n * 2)) {
    // a whole number and a half, as TimeML writes it: "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M
    const whole = Math.floor(n);
    const halves: Partial<Record<UnitName, string>> = {
      year: `P${whole}Y6M`, month: `P${whole}M15D`, day: `P${whole}DT12H`, hour: `PT${whole}H30M`, minute: `PT${whole}M30S`,
    };
    if (halves[unit]) return halves[unit]!;
  }
  if (n !== null && !Number.isInteger(n)) {
    // halves: "half a year" → P6M, "half an hour" → PT30M
    const lower: Partial<Record<UnitName, [UnitName, number]>> = { year: ['month', 12], month: ['day', 30], week: ['day', 7], day: ['hour', 24], hour: ['minute', 60], minute: ['second', 60] };
    const step = lower[unit];
    if (step && Number.isInteger(n * step[1])) return durationValue(n * step[1], step[0]);
  }
  const q = n === null ? 'X' : String(n);
  switch (unit) {
    case 'second': return `PT${q}S`;
    case 'minute': return `PT${q}M`;
    case 'hour': return `PT${q}H`;
    case 'day': return `P${q}D`;
    case 'week': return `P${q}W`;
    case 'month': return `P${q}M`;
    case 'quarter': return `P${q}Q`;
    case 'year': return `P${q}Y`;
    case 'decade': return n === null ? 'P' + 'XE' : `P${n * 10}Y`;
    case 'century': return n === null ? 'PXC' : `P${n * 100}Y`;
    case 'millennium': return n === null ? 'PXL' : `P${n}L`;
  }
}

const SMALL: Record<string, number> = {
  a: 1, an: 1, one: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12, 'a dozen': 12, 'a hundred': 100,
  'a couple of': 2, 'couple of': 2, 'a couple': 2, 'half a': 0.5, 'half an': 0.5, 'a half': 0.5, 'one and a half': 1.5,
  'a thousand': 1000, thousand: 1000, 'two thousand': 2000,
};
/** Vague counts: the value is X ("several years" → PXY). */
const VAGUE = new Set(['a few', 'few', 'several', 'some', 'many', 'a number of', 'the', 'dozens of', 'hundreds of', 'thousands of']);

const UNITS_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/**
 * A count before a unit: digits, number words ("twenty-four", "twenty four"), "a", "a couple of", "several"… Ordered
 * so that longer phrases are tried first.
 */
export const COUNT = `(?:\\d{1,3}(?:,\\d{3})*(?:\\.\\d+| 1/2|\u00bd)?|one and a half|single|a couple of|couple of|a couple|a few|a number of|a dozen|a hundred|a thousand|two thousand|half an?|dozens of|hundreds of|thousands of|several|few|some|many|(?:${TENS_WORDS})(?:[- ](?:${UNITS_WORDS}))?|${UNITS_WORDS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|dozen|an|a)`;

/** The value of a COUNT match; null for vague counts ("several", "a few"). */
export function countValue(s: string): number | null {
  const t = s.toLowerCase().replace(/\s+/g, ' ').trim();
  if (VAGUE.has(t)) return null;
  // "2 1/2", "2½"
  const half = /^(\d{1,3}) ?(?:1\/2|\u00bd)$/.exec(t);
  if (half) return Number(half[1]) + 0.5;
  if (/^[\d,.]+$/.test(t)) {
    const n = Number(t.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  if (t in SMALL) return SMALL[t]!;
  const m = /^([a-z]+)[- ]([a-z]+)$/.exec(t);
  if (m && m[1]! in SMALL && m[2]! in SMALL) return SMALL[m[1]!]! + SMALL[m[2]!]!;
  return null;
}

/** Ordinals for quarters, halves, centuries, days of month. */
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
  final: 4, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, 'twenty-first': 21, 'twenty first': 21, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, '6th': 6, '7th': 7,
  '8th': 8, '9th': 9, '10th': 10, '11th': 11, '12th': 12, '13th': 13, '14th': 14, '15th': 15, '16th': 16, '17th': 17, '18th': 18,
  '19th': 19, '20th': 20, '21st': 21, '22nd': 22,
};
export const ORDINAL = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ]first|\\d{1,2}(?:st|nd|rd|th))';
export const ordinalValue = (s: string): number | undefined => ORDINALS[s.toLowerCase().replace(/\s+/g, ' ')];

/** Decades in words: "the nineties" → 199. */
export const DECADE_WORDS: Record<string, number> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

/** Spelled-out years: "nineteen ninety-six", "two thousand". */
const TEEN = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
export const SPELLED_YEAR = `(?:(?:nineteen|eighteen|twenty)[- ](?:(?:${TENS_WORDS})(?:[- ](?:${UNITS_WORDS}))?|${TEEN}|hundred)|two thousand(?:(?: and)? (?:${UNITS_WORDS}|${TEEN}))?)`;
export function spelledYearValue(s: string): number | null {
  const t = s.toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
  const th = /^two thousand(?: and)?(?: (\w+))?$/.exec(t);
  if (th) return 2000 + (th[1] ? SMALL[th[1]] ?? 0 : 0);
  const parts = t.split(' ');
  const centuryWord = parts.shift()!;
  const century = SMALL[centuryWord] ?? 0;
  if (!century) return null;
  if (parts[0] === 'hundred') return century * 100;
  let rest = 0;
  for (const p of parts) rest += SMALL[p] ?? 0;
  return century * 100 + rest;
}

/** Modifiers before a duration or an "ago" phrase, and their TIMEX3 mod. */
export const QUANT_MODS: Record<string, string> = {
  about: 'APPROX', around: 'APPROX', approximately: 'APPROX', roughly: 'APPROX', some: 'APPROX', nearly: 'APPROX',
  almost: 'LESS_THAN', 'more than': 'MORE_THAN', over: 'MORE_THAN', 'less than': 'LESS_THAN', under: 'LESS_THAN',
  'fewer than': 'LESS_THAN', 'at least': 'EQUAL_OR_MORE', 'up to': 'EQUAL_OR_LESS', 'no more than': 'EQUAL_OR_LESS',
  'at most': 'EQUAL_OR_LESS', within: 'EQUAL_OR_LESS', 'just over': 'MORE_THAN', 'just under': 'LESS_THAN',
};
export const QUANT_MOD = '(?:about|around|approximately|roughly|nearly|almost|more than|less than|fewer than|at least|up to|no more than|at most|just over|just under|over|under)';

/** Position modifiers: "early 1990" START, "mid-November" MID, "the end of the year" END. */
const POSITION_MODS: Record<string, string> = {
  early: 'START', earlier: 'START', 'the beginning of': 'START', 'the start of': 'START', 'the first part of': 'START',
  'the early part of': 'START', mid: 'MID', 'the middle of': 'MID', 'the mid': 'MID', late: 'END', later: 'END',
  'the end of': 'END', 'the close of': 'END', 'the latter part of': 'END', 'the last part of': 'END', 'the late': 'END',
  'the early': 'START',
};
export const POSITION_MOD = '(?:the beginning of|the start of|the first part of|the early part of|the middle of|the end of|the close of|the latter part of|the last part of|early|earlier|late|later|mid-|mid)';
export const positionMod = (s: string): string | undefined => POSITION_MODS[s.toLowerCase().replace(/-$/, '').replace(/\s+/g, ' ').trim()];

/** Time zones that may follow a clock time. */
export const ZONE = '(?:[ECMP][SD]T|GMT|UTC)';

/** Fixed-date and movable holidays. */
export const HOLIDAY = "(?:christmas(?: day| eve)?|new year's(?: day| eve)|new year's|thanksgiving(?: day)?|easter(?: sunday| monday)?|good friday|independence day|halloween|valentine's day|labor day|memorial day|veterans day|election day|boxing day)";
