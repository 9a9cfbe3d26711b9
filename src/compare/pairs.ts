// How two sources relate on one claim, from the statements each makes of it.
import type { Mention, TimeValue, Verdict } from '../model/types.js';
import { dayNumber } from '../util/days.js';
import { clockTime, relateStated, type Relation } from '../values/index.js';
import { isUpdatedCount, type Timeline } from './updates.js';

/** As relate(), plus `updated`: figures of a running tally that differ because the count grew between them. */
export type PairRelation = Relation | 'updated';

/** The statements of two sources that decide how they relate. */
export interface Pair {
  a: Mention;
  b: Mention;
  relation: PairRelation;
  /** For days a day apart that one instant explains: both instants, as the sources state them. */
  acrossMidnight?: string;
}

const RANK: Record<PairRelation, number> = { same: 3, close: 2, updated: 1, apart: 0 };
export const VERDICT_OF: Record<PairRelation, Verdict> = { same: 'agree', close: 'variance', updated: 'variance', apart: 'conflict' };

export const worsePair = (x: Pair, y: Pair): Pair => (RANK[y.relation] < RANK[x.relation] ? y : x);

/** What comparing one claim kind needs besides the statements. */
export interface KindRules {
  tolerance: number;
  /** A running tally (`cumulative` in the claims): see updates.ts. */
  cumulative: boolean;
  timeline: Timeline;
  /** For a date kind: each source's clock time of the happening with its UTC offset, if it gives one. */
  clocks?: Map<string, TimeValue>;
}

/**
 * Two sources conflict only if none of their statements can be reconciled, so the best-matching pair speaks
 * for them. A source's earlier figures of a running tally (its history of the count) are compared only with
 * figures of the same time: through the timeline, and with the other source's earlier figures dated to the
 * same day.
 */
export function relateSources(xs: Mention[], ys: Mention[], rules: KindRules): Pair {
  const current = (ms: Mention[]) => ms.filter((m) => m.sequence?.order !== 'earlier');
  let result = bestPair(current(xs), current(ys), rules) ?? bestPair(xs, ys, rules)!;
  const earlierOf = (ms: Mention[]) => ms.filter((m) => m.sequence?.order === 'earlier' && m.sequence.day);
  for (const x of earlierOf(xs)) {
    const sameDay = earlierOf(ys).filter((y) => y.sequence!.day === x.sequence!.day);
    const best = bestPair([x], sameDay, rules);
    if (best) result = worsePair(result, best);
  }
  return result;
}

function bestPair(xs: Mention[], ys: Mention[], rules: KindRules): Pair | undefined {
  let best: Pair | undefined;
  for (const a of xs)
    for (const b of ys) {
      const relation = relatePair(a, b, rules);
      const midnight = relation === 'apart' ? oneInstant(a, b, rules.clocks) : undefined;
      const pair: Pair = midnight ? { a, b, relation: 'close', acrossMidnight: midnight } : { a, b, relation };
      // Among conflicting pairs, one whose figures both name who gave them says the most.
      const better = !best || RANK[pair.relation] > RANK[best.relation] || (pair.relation === 'apart' && best.relation === 'apart' && attributed(a, b) && !attributed(best.a, best.b));
      if (better) best = pair;
    }
  return best;
}

function relatePair(a: Mention, b: Mention, rules: KindRules): PairRelation {
  const relation = relateStated(a.value, b.value, rules.tolerance);
  if (relation !== 'apart' || !rules.cumulative || a.value.type !== 'quantity' || b.value.type !== 'quantity') return relation;
  return isUpdatedCount(a.value, b.value, rules.timeline, rules.tolerance) ? 'updated' : relation;
}

// Clock times stated to the minute that land within this of each other are one instant.
const SAME_INSTANT_MINUTES = 60;

/**
 * Two days a day apart that the sources' clock times, each read in its zone, make one instant ("Tuesday" at
 * 4:48 p.m. Eastern time and "Wednesday" at 6:48 a.m. in Seoul): both instants in words, else undefined.
 */
function oneInstant(a: Mention, b: Mention, clocks: Map<string, TimeValue> | undefined): string | undefined {
  const ta = clocks?.get(a.source);
  const tb = clocks?.get(b.source);
  const da = a.value.type === 'date' && a.value.earliest === a.value.latest ? a.value.earliest : undefined;
  const db = b.value.type === 'date' && b.value.earliest === b.value.latest ? b.value.earliest : undefined;
  if (!ta || !tb || !da || !db || ta.utcOffset === undefined || tb.utcOffset === undefined) return undefined;
  if (Math.abs(dayNumber(da) - dayNumber(db)) !== 1) return undefined;
  const utc = (day: string, t: TimeValue) => dayNumber(day) * 1440 + t.minutes - t.utcOffset!;
  if (Math.abs(utc(da, ta) - utc(db, tb)) > SAME_INSTANT_MINUTES) return undefined;
  return `${instantText(da, ta)} and ${instantText(db, tb)}`;
}

/** "2027-03-10 06:48 UTC+09:00". */
function instantText(day: string, t: TimeValue): string {
  const offset = t.utcOffset!;
  return `${day} ${clockTime(t.minutes)} UTC${offset < 0 ? '−' : '+'}${clockTime(Math.abs(offset))}`;
}

const attributed = (a: Mention, b: Mention) => a.attribution !== undefined && b.attribution !== undefined;

/** Both figures credited, to different authorities ("the USGS" and "the national seismic agency"). */
export function betweenAuthorities(p: Pair): boolean {
  const who = (m: Mention) => m.attribution?.toLowerCase().replace(/^the\s+/, '');
  return attributed(p.a, p.b) && who(p.a) !== who(p.b);
}
