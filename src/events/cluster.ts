import type { Mention, SourceEvent, ValueType } from '../model/types.js';
import { precision } from './sourceEvents.js';
import type { KindInfo, RelateFn } from './types.js';

// Evidence that two accounts are of one happening. Agreeing figures count most; a differing date
// counts against, but not so much that a source with a wrong date is split from its event.
const DATE_SAME = 3;
// Two accounts of one calendar day are very likely one happening: a differing figure should show as
// a conflict within it, not split it in two.
const SAME_DAY = 4;
const DATE_CLOSE = 1;
const DATE_APART = -3;
const WEIGHTS: Record<ValueType, number> = { quantity: 2, category: 1.5, place: 1, time: 1, date: 0 };
const JOIN_AT = 2;

/**
 * Greedy, deterministic clustering: the best-dated accounts seed clusters, and each further account
 * joins the cluster it has most evidence for, or starts its own.
 */
export function clusterSourceEvents(events: SourceEvent[], kinds: Map<string, KindInfo>, relate: RelateFn): SourceEvent[][] {
  const order = events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => precision(b.e.date) - precision(a.e.date) || Number(a.e.role !== 'main') - Number(b.e.role !== 'main') || a.i - b.i)
    .map(({ e }) => e);
  const clusters: SourceEvent[][] = [];
  for (const e of order) {
    let best: { cluster: SourceEvent[]; score: number } | undefined;
    // A year alone ("in 2025") dates a statistic or a memory, too coarse to say two sources mean one happening.
    const yearOnly = e.role === 'other' && precision(e.date) <= 1;
    for (const cluster of yearOnly ? [] : clusters) {
      const score = evidence(e, cluster, kinds, relate);
      if (score >= JOIN_AT && (!best || score > best.score)) best = { cluster, score };
    }
    if (best) best.cluster.push(e);
    else clusters.push([e]);
  }
  return clusters;
}

function evidence(e: SourceEvent, cluster: SourceEvent[], kinds: Map<string, KindInfo>, relate: RelateFn): number {
  let score = 0;
  const dated = cluster.filter((c) => c.date);
  if (e.date && dated.length) {
    const relations = dated.map((c) => relate('', e.date!, c.date!));
    const sameDay = precision(e.date) === 4 && dated.some((c) => precision(c.date) === 4 && c.date!.earliest === e.date!.earliest);
    score += sameDay ? SAME_DAY : relations.includes('same') ? DATE_SAME : relations.includes('close') ? DATE_CLOSE : DATE_APART;
  }
  const theirs = new Map<string, Mention[]>();
  for (const c of cluster) for (const m of c.mentions) theirs.set(m.kind, [...(theirs.get(m.kind) ?? []), m]);
  const mine = new Map<string, Mention[]>();
  for (const m of e.mentions) mine.set(m.kind, [...(mine.get(m.kind) ?? []), m]);
  for (const [kind, ms] of mine) {
    const info = kinds.get(kind);
    const type = info?.type;
    const other = theirs.get(kind);
    // Counts change as the day goes on (tolls, evacuations) and say little about which happening it is.
    if (!type || !other || type === 'date' || info?.dimension === 'count') continue;
    const relations = ms.flatMap((a) => other.map((b) => relate(kind, a.value, b.value)));
    const w = WEIGHTS[type];
    // Differing figures are strong evidence of another happening; a differing name or time is more
    // often one source's error about the same happening, which must show as a conflict within it.
    const against = type === 'quantity' ? w : w / 2;
    score += relations.includes('same') ? w : relations.includes('close') ? w / 2 : -against;
  }
  return score;
}
