import type { Candidate, IsoDay, SourceInfo } from '../model/types.js';
import { daysBetween, isoDay } from '../util/days.js';

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
  const days = [...new Set(stated)].sort();
  const placed = new Map<string, IsoDay | undefined>();
  const out = new Map<string, IsoDay | undefined>();
  for (const a of articles) {
    if (a.published) out.set(a.id, a.published.day);
    else if (a.datelineMonthDay) {
      // Many articles share a dateline's month and day: work each out once.
      const key = `${a.datelineMonthDay.month}-${a.datelineMonthDay.day}`;
      if (!placed.has(key)) placed.set(key, nearestYear(a.datelineMonthDay, days));
      out.set(a.id, placed.get(key));
    }
    else out.set(a.id, undefined);
  }
  return out;
}

function nearestYear(md: { month: number; day: number }, stated: IsoDay[]): IsoDay | undefined {
  let best: { day: IsoDay; distance: number } | undefined;
  const years = new Set(stated.flatMap((d) => [Number(d.slice(0, 4)), Number(d.slice(0, 4)) + 1]));
  for (const year of [...years].sort()) {
    const day = isoDay(year, md.month, md.day);
    if (!day) continue;
    let distance = Infinity;
    for (const s of stated) distance = Math.min(distance, Math.abs(daysBetween(s, day)));
    if (!best || distance < best.distance) best = { day, distance };
  }
  return best?.day;
}
