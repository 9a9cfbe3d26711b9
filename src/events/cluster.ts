import type { Mention, SourceEvent, Value, ValueType } from '../model/types.js';
import { addDays } from '../util/days.js';
import { pushTo } from '../util/multimap.js';
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
// A cluster is judged by its first accounts (the best dated): a cluster of hundreds would otherwise
// hold a matching figure for almost anything.
const PROFILE_MEMBERS = 3;

interface Cluster {
  members: SourceEvent[];
  dated: SourceEvent[];
  /** Mentions of the first members by claim kind. */
  profile: Map<string, Mention[]>;
}

/**
 * Greedy, deterministic clustering: the best-dated accounts seed clusters, and each further account
 * joins the cluster it has most evidence for, or starts its own. Only clusters sharing a feature with
 * the account (a day near its date, a place, a category) are scored, so the work grows with the
 * accounts, not with their square.
 */
export function clusterSourceEvents(events: SourceEvent[], kinds: Map<string, KindInfo>, relate: RelateFn): SourceEvent[][] {
  const order = events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => precision(b.e.date) - precision(a.e.date) || Number(a.e.role !== 'main') - Number(b.e.role !== 'main') || a.i - b.i)
    .map(({ e }) => e);
  const clusters: Cluster[] = [];
  const index = new Map<string, Set<number>>();
  for (const e of order) {
    let best: { cluster: Cluster; score: number } | undefined;
    // A year alone ("in 2025") dates a statistic or a memory, too coarse to say two sources mean one happening.
    const yearOnly = e.role === 'other' && precision(e.date) <= 1;
    const candidates = yearOnly ? [] : [...new Set(featureKeys(e, true).flatMap((k) => [...(index.get(k) ?? [])]))].sort((a, b) => a - b);
    for (const i of candidates) {
      const score = evidence(e, clusters[i], kinds, relate);
      if (score >= JOIN_AT && (!best || score > best.score)) best = { cluster: clusters[i], score };
    }
    const cluster: Cluster = best?.cluster ?? { members: [], dated: [], profile: new Map() };
    if (!best) clusters.push(cluster);
    cluster.members.push(e);
    if (e.date && cluster.dated.length < PROFILE_MEMBERS) cluster.dated.push(e);
    if (cluster.members.length <= PROFILE_MEMBERS) {
      for (const m of e.mentions) pushTo(cluster.profile, m.kind, m);
      const at = clusters.indexOf(cluster);
      for (const k of featureKeys(e, false)) index.set(k, (index.get(k) ?? new Set()).add(at));
    }
  }
  return clusters.map((c) => c.members);
}

/**
 * The features an account is filed and found under. A dated account looks only near its date (the
 * day either side, and its month: a source with a wrong day is still found) and at clusters without a
 * day; an undated one by the places and categories it names; one with nothing looks everywhere ("all",
 * where every cluster is filed).
 */
function featureKeys(e: SourceEvent, looking: boolean): string[] {
  const d = e.date;
  const day = d?.earliest && d.latest && d.earliest === d.latest ? d.earliest : undefined;
  const dated = day ? [`day:${day}`, `month:${day.slice(0, 7)}`] : d?.earliest ? [`month:${d.earliest.slice(0, 7)}`] : [];
  if (looking && d?.earliest) {
    if (day) dated.push(`day:${addDays(day, -1)}`, `day:${addDays(day, 1)}`);
    // The months either side: "last week" on the 2nd reaches into the month before.
    const first = `${d.earliest.slice(0, 7)}-01`;
    dated.push(`month:${addDays(first, -1).slice(0, 7)}`, `month:${addDays(first, 31).slice(0, 7)}`);
  }
  const named: string[] = [];
  for (const m of e.mentions) {
    const v: Value = m.value;
    if (v.type === 'place') named.push(`place:${v.name}`);
    // The category and its parent, not the root of the tree: "ballistic missile" would find everything.
    if (v.type === 'category') named.push(...v.lineage.slice(0, 2).map((c) => `cat:${c}`));
  }
  // Clusters with no day of their own (a bare weekday, no date at all) are found by every dated account.
  if (!looking) return [...(day ? dated : [...dated, 'undated']), ...named, 'all'];
  if (dated.length) return [...dated, 'undated'];
  return named.length ? named : ['all'];
}

function evidence(e: SourceEvent, cluster: Cluster, kinds: Map<string, KindInfo>, relate: RelateFn): number {
  let score = 0;
  if (e.date && cluster.dated.length) {
    const relations = cluster.dated.map((c) => relate('', e.date!, c.date!));
    const sameDay = precision(e.date) === 4 && cluster.dated.some((c) => precision(c.date) === 4 && c.date!.earliest === e.date!.earliest);
    score += sameDay ? SAME_DAY : relations.includes('same') ? DATE_SAME : relations.includes('close') ? DATE_CLOSE : DATE_APART;
  }
  const mine = new Map<string, Mention[]>();
  for (const m of e.mentions) pushTo(mine, m.kind, m);
  for (const [kind, ms] of mine) {
    const info = kinds.get(kind);
    const type = info?.type;
    const other = cluster.profile.get(kind);
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
