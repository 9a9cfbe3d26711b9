import type { DateValue, IsoDay, RawValue } from '../model/types.js';
import { addDays, isoDay, lastDayOfMonth, mondayOf, parseDay, weekdayOnOrBefore } from '../util/days.js';

export type RawDate = Extract<RawValue, { type: 'date' }>;

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
