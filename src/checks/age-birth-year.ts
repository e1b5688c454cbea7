/**
 * Age against birth date: an age the text states for a person who, the text also says, was born in a given year
 * ("Jane Doe, 39, … born in 1984"), at the article's date. With only the year of birth known, the person may or may
 * not have had this year's birthday yet, so two ages fit (38 or 39 in 2023 for someone born in 1984); a month of
 * birth settles it except in that month, a full date always does. Without an article date there is no check.
 */
import type { Check } from '../schema.js';
import { type Day, parseDay } from '../time/calendar.js';
import { byPerson, type BirthDate, type StatedAge } from './person-ages.js';
import { firstOfEach } from './age-conflict.js';

/** The ages a person born at `birth` (a TIMEX3 year, month or day) can have on `on`. */
export function agesOn(birth: string, on: Day): number[] {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(birth);
  if (!m) return [];
  const y = +m[1]!;
  const month = m[2] ? +m[2] : null;
  const day = m[3] ? +m[3] : null;
  const full = on.y - y;
  if (month === null || (day === null && month === on.m)) return [full - 1, full].filter((a) => a >= 0);
  const before = on.m < month || (on.m === month && day !== null && on.d < day);
  return [before ? full - 1 : full].filter((a) => a >= 0);
}

export function checkAgeBirthYears(ages: readonly StatedAge[], births: readonly BirthDate[], referenceDate: string | null): Check[] {
  const on = parseDay(referenceDate);
  if (!on) return [];
  const out: Check[] = [];
  const agesOf = byPerson([...ages].sort((a, b) => a.evidence.start - b.evidence.start));
  // one check for each person and date of birth, however often either is written
  const seen = new Set<string>();
  for (const birth of births) {
    const key = `${birth.person}\u0000${birth.value}`;
    const stated = firstOfEach(agesOf.get(birth.person) ?? []);
    const fits = agesOn(birth.value, on);
    if (seen.has(key) || stated.length === 0 || fits.length === 0) continue;
    seen.add(key);
    const wrong = stated.filter((a) => !fits.includes(a.age));
    const expected = fits.join(' or ');
    const evidence = [...stated.map((a) => a.evidence), birth.evidence].sort((a, b) => a.start - b.start);
    const said = stated.map((a) => a.age).join(', ');
    out.push(
      wrong.length === 0
        ? { kind: 'age-birth-year', status: 'ok', message: `${birth.person}: age ${said} fits born ${birth.value} (${expected} on ${referenceDate})`, evidence }
        : {
          kind: 'age-birth-year',
          status: 'warning',
          message: `${birth.person}: stated age ${wrong.map((a) => a.age).join(', ')}, but born ${birth.value} gives ${expected} on ${referenceDate}`,
          evidence,
        },
    );
  }
  return out;
}
