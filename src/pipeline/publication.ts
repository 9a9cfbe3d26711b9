import type { Candidate, IsoDay, SourceInfo } from '../model/types.js';
import { dayNumber, isoDay } from '../util/days.js';

/**
 * Each article's publication day. A dateline with a month and day but no year ("SEOUL, Jan. 14")
 * takes the year that puts it nearest the full dates the articles state, looking back from them.
 */
export function publicationDays(articles: SourceInfo[], candidates: Candidate[][]): Map<string, IsoDay | undefined> {
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
  const placed = new Map<string, IsoDay | undefined>();
  const out = new Map<string, IsoDay | undefined>();
  for (const a of articles) {
    if (a.published) out.set(a.id, a.published.day);
    else if (a.datelineMonthDay) {
      // Many articles share a dateline's month and day: work each out once.
      const key = `${a.datelineMonthDay.month}-${a.datelineMonthDay.day}`;
      if (!placed.has(key)) placed.set(key, nearestYear(a.datelineMonthDay, years, days));
      out.set(a.id, placed.get(key));
    }
    else out.set(a.id, undefined);
  }
  return out;
}

/** The day of `md` in one of `years` nearest any of `stated` (day numbers, ascending), the earlier year on a tie. */
function nearestYear(md: { month: number; day: number }, years: number[], stated: number[]): IsoDay | undefined {
  let best: { day: IsoDay; distance: number } | undefined;
  for (const year of years) {
    const day = isoDay(year, md.month, md.day);
    if (!day) continue;
    const distance = distanceToNearest(dayNumber(day), stated);
    if (!best || distance < best.distance) best = { day, distance };
  }
  return best?.day;
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
