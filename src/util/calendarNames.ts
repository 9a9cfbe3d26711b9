import type { IsoDay } from '../model/types.js';
import type { CalendarDay } from './dates/calendar.js';

// Calendar arithmetic for display only; everything is UTC so output never depends on the machine's zone.

export const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export type { CalendarDay } from './dates/calendar.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD`; undefined for anything else, so a malformed day shows verbatim rather than as a wrong date. */
export function parseIsoDay(iso: IsoDay): CalendarDay | undefined {
  const match = ISO_DAY.exec(iso);
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function weekdayOf(day: CalendarDay): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

export function monthName(month: number): string {
  return MONTH_ABBREVIATIONS[month - 1] ?? String(month);
}

export function weekdayName(weekday: number): string {
  return WEEKDAY_NAMES[weekday] ?? String(weekday);
}

/** "6 Jan 2025"; a malformed day is shown as given. */
export function displayDay(iso: IsoDay): string {
  const day = parseIsoDay(iso);
  return day ? `${day.day} ${monthName(day.month)} ${day.year}` : iso;
}

/** True when [earliest, latest] is exactly one calendar month. */
export function isWholeMonth(earliest: CalendarDay, latest: CalendarDay): boolean {
  return (
    earliest.year === latest.year &&
    earliest.month === latest.month &&
    earliest.day === 1 &&
    latest.day === daysInMonth(latest.year, latest.month)
  );
}

/** True when [earliest, latest] is exactly one calendar year. */
export function isWholeYear(earliest: CalendarDay, latest: CalendarDay): boolean {
  return (
    earliest.year === latest.year &&
    earliest.month === 1 &&
    earliest.day === 1 &&
    latest.month === 12 &&
    latest.day === 31
  );
}
