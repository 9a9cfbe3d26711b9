import type { DateValue, IsoDay, Mention } from '../model/types.js';
import { displayDay, isWholeMonth, isWholeYear, monthName, parseIsoDay, weekdayName } from '../util/calendarNames.js';
import { addDays, daysBetween, isoDay, lastDayOfMonth, mondayOf, parseDay, weekdayOf, weekdayOnOrBefore } from '../util/days.js';
import { dateLabel } from '../util/format.js';
import type { RawOf, Relation, ValueType } from './valueType.js';

// Calendar dates: day intervals resolved against the publication date, with what the text stated kept apart
// from what was inferred (a year guessed, a weekday placed).

export type RawDate = RawOf<DateValue>;

/**
 * Turns a stated date into a day interval, resolving what the text left out against the
 * publication date and preferring the past (news reports what has happened). Without a
 * publication date, relative expressions keep only what was stated (a weekday, a month and day).
 */
export function resolveDate(raw: RawDate, published: IsoDay | undefined): DateValue | undefined {
  const value = resolveStated(raw, published);
  // "Monday evening Eastern time" is Monday there and may be Tuesday east of it, where the happening may be.
  if (!raw.westernZone || !value?.latest || !value.earliest) return value;
  return { ...value, latest: addDays(value.latest, 1), stated: { ...value.stated, day: false } };
}

function resolveStated(raw: RawDate, published: IsoDay | undefined): DateValue | undefined {
  const stated = {
    year: raw.year !== undefined,
    month: raw.month !== undefined,
    day: raw.day !== undefined,
    weekday: raw.weekday !== undefined,
    // "6:48 a.m. Wednesday in Seoul", "early Sunday local time": the day where it happened, whatever the page's zone.
    ...(raw.local ? { local: true } : {}),
  };
  if (raw.relative) return resolveRelative(raw, published, stated);
  if (raw.month === undefined) {
    if (raw.year === undefined) return undefined;
    return { type: 'date', earliest: `${raw.year}-01-01`, latest: `${raw.year}-12-31`, stated };
  }
  let year = raw.year;
  if (year === undefined) {
    if (!published) return { type: 'date', month: raw.month, day: raw.day, weekday: raw.weekday, stated };
    year = pastYear(raw.month, raw.day ?? 1, published);
  }
  if (raw.day === undefined) {
    const first = isoDay(year, raw.month, 1);
    return first ? { type: 'date', earliest: first, latest: lastDayOfMonth(year, raw.month), stated, relativeTo: raw.year ? undefined : published } : undefined;
  }
  const day = isoDay(year, raw.month, raw.day);
  if (!day) return undefined;
  return { type: 'date', earliest: day, latest: day, weekday: raw.weekday, stated, relativeTo: raw.year ? undefined : published };
}

/** The year that puts month/day on or before the publication date, and closest to it. */
function pastYear(month: number, day: number, published: IsoDay): number {
  const year = parseDay(published).getUTCFullYear();
  const candidate = isoDay(year, month, day);
  return candidate && candidate <= published ? year : year - 1;
}

function resolveRelative(raw: RawDate, published: IsoDay | undefined, stated: DateValue['stated']): DateValue | undefined {
  if (raw.relative === 'weekday') {
    if (raw.weekday === undefined) return undefined;
    if (!published) return { type: 'date', weekday: raw.weekday, stated };
    // The latest such day up to the day after publication: a page dated by a zone behind the event's
    // ("Tuesday night" in New York) reports the event's "Wednesday".
    const day = weekdayOnOrBefore(addDays(published, 1), raw.weekday);
    return { type: 'date', earliest: day, latest: day, weekday: raw.weekday, stated, relativeTo: published };
  }
  if (!published) return undefined;
  const span = (earliest: IsoDay, latest: IsoDay): DateValue => ({ type: 'date', earliest, latest, stated, relativeTo: published });
  const d = parseDay(published);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  switch (raw.relative) {
    case 'today':
      return span(published, published);
    case 'yesterday':
      return span(addDays(published, -1), addDays(published, -1));
    case 'days-ago': {
      const day = addDays(published, -(raw.daysAgo ?? 0));
      return span(day, day);
    }
    case 'last-week': {
      const monday = addDays(mondayOf(published), -7);
      return span(monday, addDays(monday, 6));
    }
    case 'this-week':
      return span(mondayOf(published), published);
    case 'last-month': {
      const [y, m] = month === 1 ? [year - 1, 12] : [year, month - 1];
      return span(isoDay(y, m, 1)!, lastDayOfMonth(y, m));
    }
    case 'this-month':
      return span(isoDay(year, month, 1)!, published);
    case 'day-of-month': {
      // "on the 29th": the latest such day up to the day after publication (as for a weekday).
      const limit = addDays(published, 1);
      const limitDate = parseDay(limit);
      const [y, m] = [limitDate.getUTCFullYear(), limitDate.getUTCMonth() + 1];
      const thisMonth = raw.day === undefined ? undefined : isoDay(y, m, raw.day);
      const day = thisMonth && thisMonth <= limit ? thisMonth : raw.day === undefined ? undefined : isoDay(m === 1 ? y - 1 : y, m === 1 ? 12 : m - 1, raw.day);
      return day ? { ...span(day, day), stated: { ...stated, day: true } } : undefined;
    }
    case 'last-year':
      return span(`${year - 1}-01-01`, `${year - 1}-12-31`);
    default:
      return undefined;
  }
}

function relateDates(a: DateValue, b: DateValue): Relation {
  if (a.earliest && a.latest && b.earliest && b.latest) {
    if (a.latest < b.earliest || b.latest < a.earliest) {
      // A day apart is what time zones and midnight make of one happening (23:47 in Kolkata is the
      // previous evening in New York), and what a page date a day off makes of a relative day.
      const gap = a.latest < b.earliest ? daysBetween(a.latest, b.earliest) : daysBetween(b.latest, a.earliest);
      return gap <= 1 ? 'close' : 'apart';
    }
    return weekdaysAgree(a, b) ? 'same' : 'close';
  }
  const full = a.earliest ? a : b.earliest ? b : undefined;
  const partial = full === a ? b : a;
  if (!full) return partialsAgree(a, b) ? 'same' : 'close';
  // A bare weekday or a month and day with no year: compare what was stated; a miss is a variance,
  // since the reading of an unanchored weekday is the weakest we make.
  return fitsPartial(full, partial) ? 'same' : 'close';
}

function weekdaysAgree(a: DateValue, b: DateValue): boolean {
  for (const [x, y] of [[a, b], [b, a]] as const)
    if (x.weekday !== undefined && x.stated.weekday && y.earliest === y.latest && y.earliest && weekdayOf(y.earliest) !== x.weekday) return false;
  return true;
}

function fitsPartial(full: DateValue, partial: DateValue): boolean {
  // A weekday or a month-and-day cannot be placed in a coarse span ("2025"): not evidence of agreement.
  if (full.earliest !== full.latest || !full.earliest) return false;
  const month = Number(full.earliest.slice(-5, -3));
  const day = Number(full.earliest.slice(-2));
  if (partial.weekday !== undefined && weekdayOf(full.earliest) !== partial.weekday) return false;
  if (partial.month !== undefined && partial.month !== month) return false;
  return partial.day === undefined || partial.day === day;
}

function partialsAgree(a: DateValue, b: DateValue): boolean {
  const same = (x?: number, y?: number) => x === undefined || y === undefined || x === y;
  return same(a.weekday, b.weekday) && same(a.month, b.month) && same(a.day, b.day);
}

/**
 * For a verdict, two days the text states outright ("4 March", "March 3, 2025") a day apart are a conflict.
 * The events stage keeps them together (one quake, one source a day off); the finding must then say the days
 * differ, not pass them as rounding. A day read from a weekday or "yesterday" against a publication date stays
 * a variance: that reading is the weaker.
 */
function verdict(a: DateValue, b: DateValue, relation: Relation): Relation {
  return relation === 'close' && statesDay(a) && statesDay(b) && a.earliest !== b.earliest ? 'apart' : relation;
}

function statesDay(d: DateValue): boolean {
  return d.stated.day && d.stated.month && d.earliest !== undefined && d.earliest === d.latest;
}

function displayDate(value: DateValue): string {
  const { earliest, latest } = value;
  if (earliest === undefined && latest === undefined) {
    if (value.month !== undefined) return `${value.day ?? ''} ${monthName(value.month)}`.trim();
    return value.weekday === undefined ? 'unknown date' : weekdayName(value.weekday);
  }
  if (latest === undefined) return `from ${displayDay(earliest!)}`;
  if (earliest === undefined) return `until ${displayDay(latest)}`;
  if (earliest === latest) {
    // "Monday" alone hides which Monday the pipeline chose; show both what was said and what it resolved to.
    const namedOnlyByWeekday = value.stated.weekday && !value.stated.day && value.weekday !== undefined;
    return namedOnlyByWeekday ? `${weekdayName(value.weekday!)} ${displayDay(earliest)}` : displayDay(earliest);
  }
  return displayDayRange(earliest, latest);
}

/** "6–12 Jan 2025", "28 Jan – 3 Feb 2025", "30 Dec 2024 – 5 Jan 2025", "Jan 2025", "2025". */
function displayDayRange(earliestIso: string, latestIso: string): string {
  const earliest = parseIsoDay(earliestIso);
  const latest = parseIsoDay(latestIso);
  if (!earliest || !latest) return `${earliestIso} – ${latestIso}`;
  if (isWholeYear(earliest, latest)) return String(earliest.year);
  if (isWholeMonth(earliest, latest)) return `${monthName(earliest.month)} ${earliest.year}`;
  if (earliest.year !== latest.year) return `${displayDay(earliestIso)} – ${displayDay(latestIso)}`;
  if (earliest.month !== latest.month) {
    return `${earliest.day} ${monthName(earliest.month)} – ${latest.day} ${monthName(latest.month)} ${latest.year}`;
  }
  return `${earliest.day}–${latest.day} ${monthName(latest.month)} ${latest.year}`;
}

/**
 * A date as text a program can parse: `YYYY-MM-DD` for one day, `YYYY-MM` for a whole month, `earliest/latest`
 * otherwise (ISO 8601 interval, `..` for an open end), or the weekday name when the text fixed no day at all.
 */
export function isoDateText(value: DateValue): string {
  const { earliest, latest } = value;
  if (earliest === undefined && latest === undefined) {
    return value.weekday === undefined ? '../..' : weekdayName(value.weekday);
  }
  if (earliest !== undefined && earliest === latest) return earliest;
  if (earliest !== undefined && latest !== undefined) {
    const first = parseIsoDay(earliest);
    const last = parseIsoDay(latest);
    if (first && last && isWholeMonth(first, last)) return earliest.slice(0, 7);
  }
  return `${earliest ?? '..'}/${latest ?? '..'}`;
}

/** "All consistent with 6 Jan 2025", with how each date stated without its year was read. */
function agreement(mentions: Mention[], ctx: { names: Map<string, string> }): string {
  const exact = mentions.find((m) => m.value.type === 'date' && m.value.earliest && m.value.earliest === m.value.latest)?.value;
  const notes = mentions
    .filter((m) => m.value.type === 'date' && !m.value.stated.year)
    .map((m) => `"${m.span.text}" (${ctx.names.get(m.source)}${m.value.type === 'date' && m.value.relativeTo ? `, dated ${m.value.relativeTo}` : ''}) reads as ${dateLabel(m.value as DateValue)}`);
  const head = exact ? `All consistent with ${dateLabel(exact as DateValue)}` : 'All consistent';
  return `${head}${notes.length ? `; ${[...new Set(notes)].join('; ')}` : ''}.`;
}

export const date: ValueType<DateValue> = {
  name: 'date',
  normalise: (raw, ctx) => resolveDate(raw, ctx.published),
  relate: relateDates,
  verdict,
  display: displayDate,
  json: (v) => ({ value: isoDateText(v) }),
  agreement,
  // The date is weighed on its own (events/evidence.ts dateEvidence): a day is the strongest identity evidence.
  evidence: { weighed: false, tellsSubject: true, weight: 0, against: 0, identityByDefault: false },
};
