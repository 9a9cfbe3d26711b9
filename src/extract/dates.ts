import * as chrono from 'chrono-node';
import type { RawValue, RelativeDay } from '../model/types.js';
import { findTimes } from './times.js';

export interface FoundDate {
  /** [start, end) within the sentence text. */
  start: number;
  end: number;
  raw: Extract<RawValue, { type: 'date' }>;
}

// Cheap pre-scan: only sentences with one of these words go to chrono (the costly parser).
const DATE_HINT =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|last|this|ago|\d{4}-\d{2}-\d{2})/i;

// A year on its own marks history: "In 1998, ...", "since 2017", and "2017: ..." at the start of a list item.
const YEAR_PHRASE = /\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|[Ff]rom)\s+((?:19|20)\d{2})\b(?![-–/]\d)/g;
const YEAR_ITEM = /^((?:19|20)\d{2})\s*:/;

// chrono reads these as dates; for news they are durations or future plans, never a reported day.
const FALSE_HITS = /^(?:in\s|within\s|next\s|for\s|over\s|after\s)/i;

const RELATIVE: [RegExp, RelativeDay][] = [
  [/^(?:today|tonight|this (?:morning|afternoon|evening))$/i, 'today'],
  [/^(?:yesterday|last night)$/i, 'yesterday'],
  [/^last week$/i, 'last-week'],
  [/^this week$/i, 'this-week'],
  [/^last month$/i, 'last-month'],
  [/^this month$/i, 'this-month'],
  [/^last year$/i, 'last-year'],
  [/ ago$/i, 'days-ago'],
];

const LEADING_ON = /^(?:on|the)\s+/i;
const TRAILING_PUNCT = /[\s,.;:]+$/;

/** Dates in one sentence: calendar dates, weekdays, relative days and bare years of history. */
export function findDates(sentence: string): FoundDate[] {
  const found: FoundDate[] = [];
  if (DATE_HINT.test(sentence)) {
    for (const r of chrono.casual.parse(sentence, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 })) {
      const d = fromChrono(r);
      if (d) found.push(d);
    }
  }
  YEAR_PHRASE.lastIndex = 0;
  for (let m = YEAR_PHRASE.exec(sentence); m; m = YEAR_PHRASE.exec(sentence)) pushYear(found, m.index + m[0].length - 4, Number(m[1]));
  const item = YEAR_ITEM.exec(sentence);
  if (item) pushYear(found, 0, Number(item[1]));
  return found.sort((a, b) => a.start - b.start);
}

function pushYear(found: FoundDate[], start: number, year: number): void {
  if (found.some((d) => start < d.end && d.start < start + 4)) return;
  found.push({ start, end: start + 4, raw: { type: 'date', year } });
}

// Words that join a date to a time in one phrase ("at 7:40 a.m. on Thursday").
const CONNECTOR_START = /^[\s,]*(?:on|at|of)?[\s,]*/i;
const CONNECTOR_END = /[\s,]*(?:on|at|of)?[\s,]*$/i;

/** chrono reads "7:40 a.m. on Thursday" as one result; the date is the part beside the time. */
function withoutTime(text: string, start: number): { text: string; start: number } {
  const time = findTimes(text)[0];
  if (!time) return { text, start };
  const before = text.slice(0, time.start).replace(CONNECTOR_END, '');
  const afterRaw = text.slice(time.end);
  const lead = CONNECTOR_START.exec(afterRaw)?.[0].length ?? 0;
  const after = afterRaw.slice(lead);
  return after.length >= before.length ? { text: after, start: start + time.end + lead } : { text: before, start };
}

function fromChrono(r: chrono.ParsedResult): FoundDate | undefined {
  let { text, start } = r.start.isCertain('hour') ? withoutTime(r.text, r.index) : { text: r.text, start: r.index };
  const lead = LEADING_ON.exec(text);
  if (lead) {
    text = text.slice(lead[0].length);
    start += lead[0].length;
  }
  text = text.replace(TRAILING_PUNCT, '');
  if (!text || FALSE_HITS.test(text)) return undefined;
  const end = start + text.length;
  const known = (c: chrono.Component) => r.start.isCertain(c);
  const relative = RELATIVE.find(([re]) => re.test(text))?.[1];
  if (relative) {
    const daysAgo = relative === 'days-ago' ? daysAgoOf(text) : undefined;
    if (relative === 'days-ago' && daysAgo === undefined) return undefined;
    return { start, end, raw: { type: 'date', relative, daysAgo } };
  }
  if (known('month')) {
    return {
      start,
      end,
      raw: {
        type: 'date',
        month: r.start.get('month') ?? undefined,
        day: known('day') ? r.start.get('day') ?? undefined : undefined,
        year: known('year') ? r.start.get('year') ?? undefined : undefined,
        weekday: known('weekday') ? r.start.get('weekday') ?? undefined : undefined,
      },
    };
  }
  if (known('weekday')) return { start, end, raw: { type: 'date', relative: 'weekday', weekday: r.start.get('weekday') ?? undefined } };
  return undefined; // a bare time ("000 to 5") or something we cannot place
}

const WORD_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function daysAgoOf(text: string): number | undefined {
  const m = /^(\w+)\s+(day|days|week|weeks)\s+ago$/i.exec(text);
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : WORD_NUMBERS[m[1].toLowerCase()];
  if (n === undefined) return undefined;
  return m[2].toLowerCase().startsWith('week') ? n * 7 : n;
}
