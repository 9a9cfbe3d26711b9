import type { Candidate, IsoDay, SourceInfo } from '../model/types.js';
import { dayNumber, isoDay } from '../util/days.js';
import { compareText } from '../util/compareText.js';

export interface Publication {
  days: Map<string, IsoDay | undefined>;
  /** Articles whose year is a guess among several: every candidate day, the guess first. */
  readings: Map<string, IsoDay[]>;
}

/** A year is a candidate when it puts the dateline at most this many days from a stated date. */
const READING_REACH_DAYS = 7;

/**
 * Each article's publication day, and for a dateline whose year is in doubt the other days it may be.
 * A dateline with a month and day but no year ("SEOUL, Jan. 14") takes the year that puts it nearest
 * the full dates the articles state. When several years put it that near (an archive spanning years
 * states dates around every Jan. 14), the guess is the nearest, the earlier year on a tie, and the
 * other years are kept as `readings` for the events stage to weigh against the other sources.
 */
export function publicationDays(articles: SourceInfo[], candidates: Candidate[][]): Publication {
  const stated: IsoDay[] = [];
  for (const list of candidates)
    for (const c of list) {
      if (c.raw.type !== 'date' || c.raw.year === undefined || c.raw.month === undefined || c.raw.day === undefined) continue;
      const day = isoDay(c.raw.year, c.raw.month, c.raw.day);
      if (day) stated.push(day);
    }
  for (const a of articles) if (a.published) stated.push(a.published.day);
  const days = [...new Set(stated.map(dayNumber))].sort((a, b) => a - b);
  const years = [...new Set(stated.flatMap((d) => [Number(d.slice(0, 4)), Number(d.slice(0, 4)) + 1]))].sort((a, b) => a - b);
  // Many articles share a dateline's month and day: work each out once.
  const placed = new Map<string, IsoDay[]>();
  const out: Publication = { days: new Map(), readings: new Map() };
  for (const a of articles) {
    if (a.published) out.days.set(a.id, a.published.day);
    else if (a.datelineMonthDay) {
      const key = `${a.datelineMonthDay.month}-${a.datelineMonthDay.day}-${a.datelineMonthDay.latest ?? ''}`;
      if (!placed.has(key)) placed.set(key, rankYears(a.datelineMonthDay, years, days));
      const ranked = placed.get(key)!;
      out.days.set(a.id, ranked[0]);
      if (ranked.length > 1) out.readings.set(a.id, ranked);
    } else out.days.set(a.id, undefined);
  }
  return out;
}

/**
 * The day of `md` in each of `years`, nearest any of `stated` (day numbers, ascending) first, the earlier
 * year on a tie: the nearest alone when no other is within reach, else every one within reach.
 */
function rankYears(md: { month: number; day: number; latest?: IsoDay }, years: number[], stated: number[]): IsoDay[] {
  // No stated date to go by: the last such day on or before --as-of, if one was given.
  if (!stated.length) return md.latest ? [md.latest] : [];
  const placements: { day: IsoDay; distance: number }[] = [];
  for (const year of years) {
    const day = isoDay(year, md.month, md.day);
    // --as-of bounds the year: a dateline is never after the day the run is made as of.
    if (day && !(md.latest && day > md.latest)) placements.push({ day, distance: distanceToNearest(dayNumber(day), stated) });
  }
  if (!placements.length && md.latest) return [md.latest];
  placements.sort((a, b) => a.distance - b.distance || compareText(a.day, b.day));
  const near = placements.filter((p) => p.distance <= READING_REACH_DAYS);
  return (near.length > 1 ? near : placements.slice(0, 1)).map((p) => p.day);
}

/** How far `n` is from the nearest of `sorted`, by binary search: a corpus states thousands of days. */
function distanceToNearest(n: number, sorted: number[]): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < n) lo = mid + 1;
    else hi = mid;
  }
  const after = lo < sorted.length ? sorted[lo] - n : Infinity;
  const before = lo > 0 ? n - sorted[lo - 1] : Infinity;
  return Math.min(after, before);
}
