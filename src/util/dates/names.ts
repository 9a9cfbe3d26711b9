// The calendar's words as news copy writes them, for every reader of dates: datelines, page stamps, metadata and
// the dates in the text. One table, so the readers cannot disagree on what "Sept." or "Thurs" is.

/** Month names, full or abbreviated (an abbreviation's dot is matched apart). */
const MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

/** Weekday names from Sunday (0), full and abbreviated. */
const WEEKDAY_NAMES: ReadonlyArray<readonly string[]> = [
  ['sunday', 'sun'],
  ['monday', 'mon'],
  ['tuesday', 'tues', 'tue'],
  ['wednesday', 'wed'],
  ['thursday', 'thurs', 'thur', 'thu'],
  ['friday', 'fri'],
  ['saturday', 'sat'],
];

const MONTH_BY_NAME = new Map<string, number>(MONTH_NAMES.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));
const WEEKDAY_BY_NAME = new Map<string, number>(WEEKDAY_NAMES.flatMap((names, i) => names.map((name) => [name, i] as const)));

/** 1–12 for a month's name or abbreviation ("August", "Aug."), in any case. */
export function monthNumber(name: string): number | undefined {
  return MONTH_BY_NAME.get(name.toLowerCase().replace(/\.$/, ''));
}

/** 0 (Sunday) to 6 for a weekday's name or abbreviation, in any case. */
export function weekdayNumber(name: string): number | undefined {
  return WEEKDAY_BY_NAME.get(name.toLowerCase().replace(/\.$/, ''));
}

const capitalize = (word: string) => word[0].toUpperCase() + word.slice(1);
const longestFirst = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).join('|');
const fullNames = (table: ReadonlyArray<readonly string[]>) => table.map((names) => names[0]);
const abbreviations = (table: ReadonlyArray<readonly string[]>) => table.flatMap((names) => names.slice(1));

/**
 * Regex source for a month or weekday name as Capitalized or UPPER case, longest first ("Sept" before "Sep"). Case
 * variants are spelled out instead of using the `i` flag, so "may" the verb is no month and patterns that need
 * `\p{Lu}` keep their meaning. For metadata and datelines ("SEOUL, JAN. 14"); callers add `\b\.?`.
 */
const anyCase = (words: string[]) => `(?:${longestFirst(words.flatMap((w) => [capitalize(w), w.toUpperCase()]))})`;
export const MONTH_SOURCE = anyCase([...MONTH_BY_NAME.keys()]);
export const WEEKDAY_SOURCE = anyCase([...WEEKDAY_BY_NAME.keys()]);

/** In running text names are capitalised only: a full month name, or an abbreviation with an optional dot. */
export const FULL_MONTHS = fullNames(MONTH_NAMES).map(capitalize).join('|');
export const MONTH_ABBREVIATED = longestFirst(abbreviations(MONTH_NAMES).map(capitalize));
export const FULL_WEEKDAYS = fullNames(WEEKDAY_NAMES).map(capitalize).join('|');
export const WEEKDAY_ABBREVIATED = longestFirst(abbreviations(WEEKDAY_NAMES).map(capitalize));
