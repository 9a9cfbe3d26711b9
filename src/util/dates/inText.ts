import type { RawValue, RelativeDay } from '../../model/types.js';
import { FULL_MONTHS, FULL_WEEKDAYS, MONTH_ABBREVIATED, WEEKDAY_ABBREVIATED, monthNumber, weekdayNumber } from './names.js';

export { monthNumber, weekdayNumber };

export interface FoundDate {
  /** [start, end) within the sentence text. */
  start: number;
  end: number;
  raw: Extract<RawValue, { type: 'date' }>;
}

type RawDate = Extract<RawValue, { type: 'date' }>;

// The forms news copy dates things with. A small grammar of our own: a general date parser costs
// more to load than a whole five-article run, and reads figures ("3,000 to 5") as times.
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

// Month and weekday names are capitalised in news copy, which keeps "may" the verb out.
/** A month's full name, capitalised, as one capturing group: for other readers of dates in a sentence. */
export const MONTH_NAME = `(${FULL_MONTHS})`;
const MONTH = String.raw`(${FULL_MONTHS}|(?:${MONTH_ABBREVIATED})\.?)`;
const WEEKDAY_FULL = String.raw`(${FULL_WEEKDAYS})`;
const WEEKDAY = String.raw`(?:(?:${FULL_WEEKDAYS}|(?:${WEEKDAY_ABBREVIATED})\.?),?\s+)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20)\d{2})`;
const END = String.raw`(?![\p{L}\d])`;

/** Patterns in priority order; where two match overlapping text the earlier pattern wins. */
// What each pattern cannot match without; a sentence runs only the patterns whose word it holds. No word
// boundary here, unlike DATE_HINT: each is true wherever its patterns could match.
const NEEDS = {
  name: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Sun|Mon|Tue|Wed|Thu|Fri|Sat/,
  relative: /[Tt]o(?:day|night)|[Yy]esterday|[Ll]ast|[Tt]his|ago/,
  year: /\d{4}/,
  ordinal: /\d(?:st|nd|rd|th)\b/,
};
type Need = keyof typeof NEEDS;

const PATTERNS: { needs: Need; re: RegExp; read: (m: RegExpExecArray) => RawDate | undefined; dropLead?: boolean }[] = [
  { needs: 'name', re: re(String.raw`(?:${WEEKDAY})?${MONTH}\s+${DAY}(?:,?\s+${YEAR})?${END}`), read: (m) => calendar(m[1], m[2], m[3], weekdayIn(m[0])) },
  { needs: 'name', re: re(String.raw`(?:${WEEKDAY})?${DAY}\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR})?${END}`), read: (m) => calendar(m[2], m[1], m[3], weekdayIn(m[0])) },
  { needs: 'name', re: re(String.raw`${MONTH}(?:\s+of)?,?\s+${YEAR}${END}`), read: (m) => calendar(m[1], undefined, m[2]) },
  // "29-Dec-2024", "29-December-2024": the day, the month's name and the year joined by hyphens.
  { needs: 'name', re: re(String.raw`(\d{1,2})-(${FULL_MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)-${YEAR}${END}`), read: (m) => calendar(m[2], m[1], m[3]) },
  // "occurred on the 29th at 9:03 a.m.": a day of the month the page's own month and year complete.
  {
    needs: 'ordinal',
    re: re(String.raw`(?<=[Oo]n\s)the\s+(\d{1,2})(?:st|nd|rd|th)(?=\s*(?:[,.;)]|at\b|in\b|when\b|$))`),
    read: (m) => (+m[1] >= 1 && +m[1] <= 31 ? { type: 'date', relative: 'day-of-month', day: +m[1] } : undefined),
  },
  { needs: 'year', re: re(String.raw`${YEAR}-(\d{2})-(\d{2})${END}`), read: (m) => (+m[2] >= 1 && +m[2] <= 12 && +m[3] >= 1 && +m[3] <= 31 ? { type: 'date', year: +m[1], month: +m[2], day: +m[3] } : undefined) },
  {
    needs: 'name',
    re: re(String.raw`(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ff]rom|[Ll]ast|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-?)\s+${MONTH}(?!\s*\d)${END}`),
    read: (m) => calendar(m[1], undefined, undefined),
    dropLead: true, // quote the month alone, without its preposition
  },
  {
    needs: 'name',
    // "next Monday" is a plan, not a report.
    re: re(String.raw`(?<![Nn]ext\s)(?:(?:[Tt]his|[Ll]ast)\s+)?${WEEKDAY_FULL}${END}`),
    read: (m) => ({ type: 'date', relative: 'weekday', weekday: weekdayNumber(m[1])! }),
  },
  { needs: 'relative', re: re(String.raw`(?:[Tt]oday|[Tt]onight|[Tt]his\s+(?:morning|afternoon|evening))${END}`), read: () => relative('today') },
  { needs: 'relative', re: re(String.raw`(?:[Yy]esterday|[Ll]ast\s+night)${END}`), read: () => relative('yesterday') },
  { needs: 'relative', re: re(String.raw`[Ll]ast\s+week${END}`), read: () => relative('last-week') },
  { needs: 'relative', re: re(String.raw`(?:[Ee]arlier\s+)?[Tt]his\s+week${END}`), read: () => relative('this-week') },
  { needs: 'relative', re: re(String.raw`[Ll]ast\s+month${END}`), read: () => relative('last-month') },
  { needs: 'relative', re: re(String.raw`(?:[Ee]arlier\s+)?[Tt]his\s+month${END}`), read: () => relative('this-month') },
  { needs: 'relative', re: re(String.raw`[Ll]ast\s+year${END}`), read: () => relative('last-year') },
  {
    needs: 'relative',
    re: re(String.raw`(\d{1,2}|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)\s+(days?|weeks?)\s+ago${END}`),
    read: (m) => ({ type: 'date', relative: 'days-ago', daysAgo: count(m[1]) * (m[2].startsWith('week') ? 7 : 1) }),
  },
  // A year on its own marks history: "In 1998, ...", "since 2017", and "2017: ..." opening a list item.
  { needs: 'year', re: re(String.raw`(?<=(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|[Ff]rom)\s)${YEAR}(?![-–/]\d)${END}`), read: (m) => ({ type: 'date', year: +m[1] }) },
  { needs: 'year', re: re(String.raw`^${YEAR}(?=\s*:)`), read: (m) => ({ type: 'date', year: +m[1] }) },
  // "the 2009 earthquake", "The 2018 storm", "a 1987 quake", "its 2019 test": a happening named by its year.
  { needs: 'year', re: re(String.raw`(?<=(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir)\s)${YEAR}(?=\s+\p{L})`), read: (m) => ({ type: 'date', year: +m[1] }) },
];

function re(source: string): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\d])${source}`, 'gu');
}

// A month alone after a preposition is quoted without the preposition: "in July" -> "July".
const LEADING_WORD = /^(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ff]rom|[Ll]ast|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id)[\s-]+/;

// Cheap pre-scan: every pattern above needs a capitalised month or weekday, a relative word, four digits or an ordinal.
const DATE_HINT = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Sun|Mon|Tue|Wed|Thu|Fri|Sat)|\b(?:[Tt]o(?:day|night)|[Yy]esterday|[Ll]ast|[Tt]his|ago)\b|\d{4}|\d(?:st|nd|rd|th)\b/;

/** Dates in one sentence: calendar dates, weekdays, relative days and bare years of history. */
export function findDates(sentence: string): FoundDate[] {
  const found: FoundDate[] = [];
  if (!DATE_HINT.test(sentence)) return found;
  const holds = { name: NEEDS.name.test(sentence), relative: NEEDS.relative.test(sentence), year: NEEDS.year.test(sentence), ordinal: NEEDS.ordinal.test(sentence) };
  for (const { needs, re: pattern, read, dropLead } of PATTERNS) {
    if (!holds[needs]) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
      let start = m.index;
      let text = m[0];
      const lead = dropLead ? LEADING_WORD.exec(text) : null;
      if (lead) {
        start += lead[0].length;
        text = text.slice(lead[0].length);
      }
      const end = start + text.length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      const raw = read(m);
      if (raw) found.push({ start, end, raw });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function calendar(monthName: string, day: string | undefined, year: string | undefined, weekday?: number): RawDate | undefined {
  const month = monthNumber(monthName);
  if (!month) return undefined;
  const d = day === undefined ? undefined : Number(day);
  if (d !== undefined && (d < 1 || d > 31)) return undefined;
  return { type: 'date', month, ...(d !== undefined ? { day: d } : {}), ...(year ? { year: Number(year) } : {}), ...(weekday !== undefined ? { weekday } : {}) };
}

function weekdayIn(text: string): number | undefined {
  const word = /^[A-Za-z]+/.exec(text)?.[0];
  return word === undefined ? undefined : weekdayNumber(word);
}

function relative(relativeDay: RelativeDay): RawDate {
  return { type: 'date', relative: relativeDay };
}

function count(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()] ?? 1;
}
