/** Ages as of a date: the days a person of that age may have been born on, and whether two ages can both be true. */
import { parseDay, utc } from '../time/calendar.js';

const DAY = 86_400_000;

/** A YYYY-MM-DD date as a day number, or null. */
export function dayNumber(date: string | null): number | null {
  const day = parseDay(date);
  return day ? utc(day.y, day.m - 1, day.d) / DAY : null;
}

/** The same calendar day `years` years earlier (29 February falls back to 28 February). */
function yearsBefore(date: string, years: number): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = y - years;
  const last = new Date(utc(year, m, 0)).getUTCDate();
  return utc(year, m - 1, Math.min(d, last)) / DAY;
}

/** The first and last day someone `age` years old on `asOf` may have been born on. */
export function birthDays(age: number, asOf: string): [number, number] {
  return [yearsBefore(asOf, age + 1) + 1, yearsBefore(asOf, age)];
}

/** Two ages, each as of its date, that could both be true of one person (one birthday a year). */
export function agesAgree(a: { age: number; asOf: string | null }, b: { age: number; asOf: string | null }): boolean {
  if (!a.asOf || !b.asOf || dayNumber(a.asOf) === null || dayNumber(b.asOf) === null) return true;
  const [a0, a1] = birthDays(a.age, a.asOf);
  const [b0, b1] = birthDays(b.age, b.asOf);
  return a0 <= b1 && b0 <= a1;
}
