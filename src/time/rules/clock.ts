/**
 * Clock times and times of day: "9 a.m.", "noon Tuesday", "4:30 p.m. EST", "at 4 in the morning", "in the afternoon",
 * "at 14:30", "1200 GMT". Without a day of their own they fall on the day the text is talking about.
 */
import type { TimexMod } from '../../schema.js';
import { pad } from '../calendar.js';
import { MONTH, PARTS_OF_DAY, WEEKDAY, ZONE } from '../lexicon.js';
import type { Resolver } from '../resolve.js';
import { D, clockValue, dayResolver, deadline, lc, num, onTheDay, titleCased } from './shared.js';
import type { Groups, Rule } from './types.js';

/** The clock time of a match of `clock`: "T09:00", "T12:00" for noon, or null when the numbers make no time. */
function clockTime(g: Groups): string | null {
  if (g.noon) return lc(g.noon) === 'midnight' ? 'T24:00' : 'T12:00';
  return clockValue(g.h!, g.mi, g.ap);
}

export const clock: Rule = {
  name: 'clock',
  pattern: `(?:(?<qm>about|around|approximately|shortly after|shortly before|just after|just before)\\s+)?(?:(?<h>[0-2]?\\d)(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>a\\.m\\.?|p\\.m\\.?|am|pm)|(?<noon>noon|midnight|midday))(?:\\s+(?<zone>${ZONE}))?(?:,?\\s+(?:(?<wd>${WEEKDAY})|(?<dw>today|yesterday|tomorrow)|(?<month>${MONTH})\\s*${D}))?`,
  rejects: [
    { name: 'high-noon', test: (g, cx) => !!g.noon && (cx.prevWord === 'high' || (/^[A-Z]/.test(g.noon) && titleCased(cx))), reason: '"High Noon", "high noon": a title and an idiom' },
    { name: 'not-a-time', test: (g) => !clockTime(g), reason: 'hours to 24 and minutes to 59' },
    { name: 'am-verb', test: (g, cx) => !!g.ap && /^am$/i.test(g.ap) && !/\d\s?am/i.test(cx.text.slice(cx.start, cx.end)), reason: '"am" is a verb far more often than a clock suffix: only glued to the digits' },
  ],
  make: (g, cx) => {
    const t = clockTime(g)!;
    const qm = g.qm && /^(about|around|approximately)$/i.test(g.qm) ? 'APPROX' : null;
    // "until 9 a.m. Tuesday": a deadline ahead, as for a bare weekday
    const explicit = dayResolver(g, t, g.qm ? null : deadline(cx.prevWord));
    const value: Resolver = explicit ?? onTheDay(t);
    return { type: 'TIME', value, mod: qm as TimexMod | null };
  },
};

export const clockPartOfDay: Rule = {
  name: 'clock-part-of-day',
  pattern: `(?<h>1[0-2]|[1-9])(?::(?<mi>[0-5]\\d))?\\s+(?:o'clock\\s+)?in\\s+the\\s+(?<pod>morning|afternoon|evening)`,
  rejects: [
    {
      name: 'no-time-word',
      test: (_g, cx) => !/^(at|by|until|till|before|after|around|about|from|to|since)$/.test(cx.prevWord),
      reason: '"at 4 in the morning" is a clock time; "2 in the afternoon session" is not',
    },
  ],
  make: (g) => {
    const t = clockValue(g.h!, g.mi, lc(g.pod) === 'morning' ? 'am' : 'pm');
    return t ? { type: 'TIME', value: onTheDay(t) } : null;
  },
};

export const partOfDay: Rule = {
  name: 'part-of-day',
  pattern: `(?<=\\b(?:in|during)\\s)the\\s+(?<pod>morning|afternoon|evening)|(?<=\\b(?:by|at|in|until|since|around|about)\\s)(?<mid>mid[- ]?(?:afternoon|morning))`,
  rejects: [
    {
      name: 'anchor-after',
      test: (_g, cx) => /^(of|after|before|when|that|session|sessions|paper|papers|edition|editions|news|shift|rush|trading)$/.test(cx.nextWord),
      reason: '"the morning of Oct. 23", "the morning after the vote": another anchor follows; "the morning session" is not a time',
    },
  ],
  make: (g) => {
    const suffix = g.pod ? PARTS_OF_DAY[lc(g.pod)]! : /morning/i.test(g.mid!) ? 'TMO' : 'TAF';
    return { type: 'TIME', value: onTheDay(suffix) };
  },
};

export const clock24h: Rule = {
  name: 'clock-24h',
  pattern: `(?:(?<qm>about|around|approximately)\\s+)?(?<h>[01]?\\d|2[0-3])(?::(?<mi>[0-5]\\d)|(?<mi2>[0-5]\\d))(?:\\s*(?<zone>UTC|GMT|Z|${ZONE})|(?<hrs>\\s*(?:hours|hrs|h)))?(?:,?\\s+(?:(?<wd>${WEEKDAY})|(?<dw>today|yesterday|tomorrow)|(?<month>${MONTH})\\s*${D}))?`,
  rejects: [
    { name: 'bare-four-digits', test: (g) => g.mi2 !== undefined && (g.h!.length !== 2 || (!g.zone && !g.hrs)), reason: '"1430" is a time only with a zone or "hours": "1430 GMT", "1430 hours"' },
    {
      name: 'no-time-word',
      test: (g, cx) => !g.zone && !g.hrs && !/^(at|by|until|till|from|before|after|around|about|since|to|between|and)$/.test(cx.prevWord),
      reason: '"14:30" without a zone needs a time word before it ("at 14:30"); a score is not a time',
    },
    { name: 'z-without-colon', test: (g) => g.zone === 'Z' && g.mi === undefined, reason: '"1430Z" is a military time only with a colon' },
  ],
  make: (g) => {
    const h = num(g.h);
    const mi = num(g.mi ?? g.mi2);
    const utc = !!g.zone && /^(UTC|GMT|Z)$/.test(g.zone);
    const t = `T${pad(h)}:${pad(mi)}${utc ? 'Z' : ''}`;
    const explicit = dayResolver(g, t);
    return { type: 'TIME', value: explicit ?? onTheDay(t), mod: g.qm ? 'APPROX' : null };
  },
};
