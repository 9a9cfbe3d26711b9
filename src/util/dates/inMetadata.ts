// Date shapes found in article heads and leads. Every regex here is linear: quantifiers are bounded,
// and a quantified group is at most optional (`?`), never repeated.
import { isValidDay, isValidMonthDay, type CalendarDay } from './calendar.js';
import { MONTH_SOURCE, WEEKDAY_SOURCE, monthNumber } from './names.js';

const GAP = '\\s{1,3}';
const ORDINAL = '(?:st|nd|rd|th)?';
const MONTH = `(${MONTH_SOURCE})\\b\\.?`;
const DAY = '(\\d{1,2})';
const YEAR = '(\\d{4})(?!\\d)';
/** "March 3, 2025", "Jan. 6 2025" */
const MONTH_DAY_YEAR = `\\b${MONTH}${GAP}${DAY}${ORDINAL},?${GAP}${YEAR}`;
/** "6 January 2025", "6th of January, 2025" */
const DAY_MONTH_YEAR = `(?<!\\d)${DAY}${ORDINAL}${GAP}(?:of${GAP})?${MONTH},?${GAP}${YEAR}`;
/** "2025-01-06", also inside a timestamp "2025-01-06T09:00" */
const ISO_DATE = '(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)';
const FULL_DATE = new RegExp(`${MONTH_DAY_YEAR}|${DAY_MONTH_YEAR}|${ISO_DATE}`, 'g');

/** A dateline's place: capitalized words, possibly with a region ("KYIV, Ukraine"), before the date. */
const PLACE = "\\p{Lu}[\\p{L}.'’, -]{0,60}?";
const OPTIONAL_YEAR = `(?:,?${GAP}${YEAR})?`;
const DATELINE_DATE = `(?:${MONTH}${GAP}${DAY}${ORDINAL}(?!\\d)${OPTIONAL_YEAR}|${DAY}${ORDINAL}${GAP}${MONTH}${OPTIONAL_YEAR})`;
const AGENCY = '(?:\\s{0,3}\\([^()\\n]{1,40}\\))?';
const DASH = '\\s{0,3}(?:—|–|--|-|:)';
/** "SEOUL, Jan. 14 (UPI) —", "TOKYO, March 3 (Reuters) -", "March 3, 2025 —" */
const DATELINE = new RegExp(`^(?:${PLACE},${GAP})?${DATELINE_DATE}${AGENCY}${DASH}`, 'u');

/** "Published: ...", "Updated 10:15 a.m. EST, Mon March 3, 2025" */
const STAMP_KEYWORD = /^(?:published|updated|posted|last updated|last modified|first published|publication date|date)\b/i;
const WEEKDAY_PREFIX = new RegExp(`^${WEEKDAY_SOURCE}\\b\\.?,?${GAP}`);
/** Stamps are short lines; a long one is prose that happens to start with "Updated". */
const MAX_STAMP_LENGTH = 120;
/** "March 3, 2025 at 4:12 PM": a bare date line is a stamp only when little else follows. */
const MAX_BARE_STAMP_LENGTH = 60;

export interface FoundDate {
  date: CalendarDay;
  index: number;
}

function toDay(year: string, month: number | undefined, day: string): CalendarDay | undefined {
  const d = { year: Number(year), month: month ?? 0, day: Number(day) };
  return isValidDay(d.year, d.month, d.day) ? d : undefined;
}

/** The first real full date (with a year) in `text`; impossible ones ("Feb. 30, 2025") are skipped. */
export function findFullDate(text: string): FoundDate | undefined {
  const re = new RegExp(FULL_DATE.source, FULL_DATE.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const date = m[1]
      ? toDay(m[3], monthNumber(m[1]), m[2])
      : m[5]
        ? toDay(m[6], monthNumber(m[5]), m[4])
        : toDay(m[7], Number(m[8]), m[9]);
    if (date) return { date, index: m.index };
  }
  return undefined;
}

export type DatelineDate = { kind: 'full'; date: CalendarDay } | { kind: 'month-day'; month: number; day: number };

/** The date of a dateline at the very start of `text`, with or without its year. */
export function matchDateline(text: string): DatelineDate | undefined {
  const m = DATELINE.exec(text);
  if (!m) return undefined;
  const [monthName, day, year] = m[1] ? [m[1], m[2], m[3]] : [m[5], m[4], m[6]];
  const month = monthNumber(monthName);
  if (month === undefined) return undefined;
  if (year !== undefined) {
    const date = toDay(year, month, day);
    return date ? { kind: 'full', date } : undefined;
  }
  return isValidMonthDay(month, Number(day)) ? { kind: 'month-day', month, day: Number(day) } : undefined;
}

/** The date of a site's date stamp line ("Published: March 3, 2025", "March 3, 2025 at 4:12 PM"). */
export function matchStamp(line: string): CalendarDay | undefined {
  if (line.length > MAX_STAMP_LENGTH) return undefined;
  if (STAMP_KEYWORD.test(line)) return findFullDate(line)?.date;
  const rest = line.replace(WEEKDAY_PREFIX, '');
  if (rest.length > MAX_BARE_STAMP_LENGTH) return undefined;
  const found = findFullDate(rest);
  return found && found.index === 0 ? found.date : undefined;
}
