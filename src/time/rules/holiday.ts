/** Holidays: "Christmas", "Thanksgiving Day", "Easter week", "last Christmas", "New Year's Day 2024". */
import { addDays, type Day, easter, nthWeekday } from '../calendar.js';
import { HOLIDAY } from '../lexicon.js';
import { at } from '../point.js';
import { type Resolver, yearFor } from '../resolve.js';
import { REL_DIR, Y4, lc, num } from './shared.js';
import type { Rule } from './types.js';

export const holiday: Rule = {
  name: 'holiday',
  pattern: `(?:(?<rel>last|this|next)\\s+)?(?<hol>${HOLIDAY})(?:(?<wk>\\s+week)|,?\\s+${Y4})?`,
  rejects: [{ name: 'lower-case', test: (g) => !/^[A-Z]/.test(g.hol!), reason: 'a holiday is written with a capital: "easter" alone is not one' }],
  make: (g) => {
    // "Easter week": the (ISO) week of the holiday
    const gran = g.wk ? 'week' : 'day';
    const h = lc(g.hol).replace(/'s/, 's');
    const dateIn = (y: number): Day => {
      if (h.startsWith('christmas eve')) return { y, m: 12, d: 24 };
      if (h.startsWith('christmas')) return { y, m: 12, d: 25 };
      if (h.startsWith('new years eve')) return { y, m: 12, d: 31 };
      if (h.startsWith('new years')) return { y, m: 1, d: 1 };
      if (h.startsWith('thanksgiving')) return nthWeekday(y, 11, 4, 4);
      if (h === 'easter monday') return addDays(easter(y), 1);
      if (h.startsWith('easter')) return easter(y);
      if (h === 'good friday') return addDays(easter(y), -2);
      if (h === 'independence day') return { y, m: 7, d: 4 };
      if (h === 'halloween') return { y, m: 10, d: 31 };
      if (h.startsWith('valentine')) return { y, m: 2, d: 14 };
      if (h === 'labor day') return nthWeekday(y, 9, 1, 1);
      if (h === 'memorial day') return nthWeekday(y, 5, 1, -1);
      if (h === 'veterans day') return { y, m: 11, d: 11 };
      if (h === 'election day') return addDays(nthWeekday(y, 11, 1, 1), 1);
      return { y, m: 12, d: 26 };
    };
    if (g.y) return { type: 'DATE', value: at('day', dateIn(num(g.y))) };
    const dir = g.rel ? REL_DIR[lc(g.rel)] ?? 0 : null;
    const value: Resolver = (env) => {
      if (!env.dct) return gran === 'week' ? 'XXXX-WXX' : 'XXXX-XX-XX';
      const probe = dateIn(env.dct.y);
      let y = yearFor(env.dct, dir === -1 ? 'past' : dir === 1 ? 'future' : env.tense, probe.m, probe.d);
      if (dir === -1 && y === env.dct.y && probe.m === env.dct.m && probe.d === env.dct.d) y--;
      return at(gran, dateIn(y));
    };
    return { type: 'DATE', value };
  },
};
