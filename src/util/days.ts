import type { IsoDay } from '../model/types.js';

// Calendar arithmetic on ISO days, in UTC so that no local time zone leaks into results.

export function isoDay(year: number, month: number, day: number): IsoDay | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return d.toISOString().slice(0, 10);
}

const epochDays = new Map<IsoDay, number>();

/** Days since 1970-01-01 (memoized: a run compares the same few days very often). */
export function dayNumber(day: IsoDay): number {
  let n = epochDays.get(day);
  if (n === undefined) {
    n = Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
    if (epochDays.size < 100_000) epochDays.set(day, n);
  }
  return n;
}

export function parseDay(day: IsoDay): Date {
  return new Date(dayNumber(day) * 86_400_000);
}

const isoOfNumber = new Map<number, IsoDay>();

/** The ISO day of a day number (memoized like dayNumber: event clustering asks for the same few days). */
function isoOf(n: number): IsoDay {
  let day = isoOfNumber.get(n);
  if (day === undefined) {
    day = new Date(n * 86_400_000).toISOString().slice(0, 10);
    if (isoOfNumber.size < 100_000) isoOfNumber.set(n, day);
  }
  return day;
}

export function addDays(day: IsoDay, n: number): IsoDay {
  return isoOf(dayNumber(day) + n);
}

export function weekdayOf(day: IsoDay): number {
  return (((dayNumber(day) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function daysBetween(a: IsoDay, b: IsoDay): number {
  return dayNumber(b) - dayNumber(a);
}

export function lastDayOfMonth(year: number, month: number): IsoDay {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The latest day on or before `anchor` with the given weekday. */
export function weekdayOnOrBefore(anchor: IsoDay, weekday: number): IsoDay {
  return addDays(anchor, -((weekdayOf(anchor) - weekday + 7) % 7));
}

/** Monday of the week holding `day` (news weeks run Monday to Sunday). */
export function mondayOf(day: IsoDay): IsoDay {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}
