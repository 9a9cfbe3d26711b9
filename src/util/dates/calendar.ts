import type { IsoDay } from '../../model/types.js';

export interface CalendarDay {
  year: number;
  month: number; // 1-12
  day: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// Years a news article can plausibly carry; anything else is a misread number.
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;
/** How far back a yearless date may reach when its year is inferred (covers Feb 29). */
const MAX_YEARS_BACK = 8;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}

/** True when the month and day exist in some year (Feb 29 does, Feb 30 does not). */
export function isValidMonthDay(month: number, day: number): boolean {
  return isValidDay(2000, month, day);
}

export function toIsoDay(d: CalendarDay): IsoDay {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** Parses a strict `YYYY-MM-DD`; undefined when malformed or not a real day. */
export function parseIsoDay(text: string): CalendarDay | undefined {
  const m = ISO_DAY.exec(text);
  if (!m) return undefined;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDay(d.year, d.month, d.day) ? d : undefined;
}

/** The latest year that puts month/day on or before `asOf` (a dateline is never after its own publication). */
export function inferYear(month: number, day: number, asOf: IsoDay): CalendarDay | undefined {
  const anchor = parseIsoDay(asOf);
  if (!anchor) return undefined;
  for (let year = anchor.year; year >= anchor.year - MAX_YEARS_BACK; year--) {
    if (!isValidDay(year, month, day)) continue;
    const candidate = { year, month, day };
    if (toIsoDay(candidate) <= asOf) return candidate;
  }
  return undefined;
}
