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

// Every lookup key reaches at most this many clusters, the latest filed: an account in an archive is
// weighed against a bounded number of events, so the work grows with the accounts, not their square.
const MAX_PER_KEY = 256;

interface Cluster {
  at: number;
  members: SourceEvent[];
  dated: SourceEvent[];
  /** Mentions of the first members by claim kind. */
  profile: Map<string, Mention[]>;
  /** Keys it is filed under, so that no key lists it twice. */
  filed: Set<string>;
}

/**
 * Greedy, deterministic clustering: the best-dated accounts seed clusters, and each further account
 * joins the cluster it has most evidence for, or starts its own. Only clusters filed under a key the
 * account looks up (a day near its date, a place, a category) are scored, at most MAX_PER_KEY a key.
 */
export function clusterSourceEvents(events: SourceEvent[], kinds: Map<string, KindInfo>, relate: RelateFn): SourceEvent[][] {
  const order = events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => precision(b.e.date) - precision(a.e.date) || Number(a.e.role !== 'main') - Number(b.e.role !== 'main') || a.i - b.i)
    .map(({ e }) => e);
  const clusters: Cluster[] = [];
  const index = new Map<string, number[]>();
  const bestAmong = (e: SourceEvent, keys: string[]) => {
    let best: { cluster: Cluster; score: number } | undefined;
    const byKind = new Map<string, Mention[]>();
    for (const m of e.mentions) pushTo(byKind, m.kind, m);
    for (const i of candidatesUnder(index, keys)) {
      const score = evidence(e, byKind, clusters[i], kinds, relate);
      if (score >= JOIN_AT && (!best || score > best.score)) best = { cluster: clusters[i], score };
    }
    return best;
  };
  for (const e of order) {
    // A year alone ("in 2025") dates a statistic or a memory, too coarse to say two sources mean one happening.
    const yearOnly = e.role === 'other' && precision(e.date) <= 1;
    const lookup = yearOnly ? { keys: [], fallback: [] } : lookupKeys(e);
    const best = bestAmong(e, lookup.keys) ?? bestAmong(e, lookup.fallback);
    const cluster: Cluster = best?.cluster ?? { at: clusters.length, members: [], dated: [], profile: new Map(), filed: new Set() };
    if (!best) clusters.push(cluster);
    cluster.members.push(e);
    if (e.date && cluster.dated.length < PROFILE_MEMBERS) cluster.dated.push(e);
    if (cluster.members.length <= PROFILE_MEMBERS) {
      for (const m of e.mentions) pushTo(cluster.profile, m.kind, m);
      for (const k of filingKeys(e)) {
        if (cluster.filed.has(k)) continue;
        cluster.filed.add(k);
        pushTo(index, k, cluster.at);
      }
    }
  }
  return clusters.map((c) => c.members);
}

/** The clusters filed under any of `keys`, the latest MAX_PER_KEY of each, in the order they were made. */
function candidatesUnder(index: Map<string, number[]>, keys: string[]): number[] {
  const found = new Set<number>();
  for (const k of keys) for (const at of index.get(k)?.slice(-MAX_PER_KEY) ?? []) found.add(at);
  return [...found].sort((a, b) => a - b);
}

/** "10-19": the month and day of a day, or of a date stated without its year. */
function monthDay(month: number, day: number): string {
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The month-days either side of one (leap days aside, which only widen the look by a day). */
function monthDaysAround(month: number, day: number): string[] {
  const at = `2000-${monthDay(month, day)}`;
  return [-1, 0, 1].map((n) => addDays(at, n).slice(5));
}

function namedKeys(e: SourceEvent): string[] {
  const named: string[] = [];
  for (const m of e.mentions) {
    const v: Value = m.value;
    if (v.type === 'place') named.push(`place:${v.name}`);
    // The category and its parent, not the root of the tree: "ballistic missile" would find everything.
    if (v.type === 'category') named.push(...v.lineage.slice(0, 2).map((c) => `cat:${c}`));
  }
  return named;
}

/** What a date files a cluster under: its day, month and month-day; a span's month or year; a yearless month-day; or nothing. */
function dateKeys(d: SourceEvent['date']): string[] {
  if (d?.earliest && d.latest && d.earliest === d.latest) {
    const [, month, day] = d.earliest.split('-').map(Number);
    return [`day:${d.earliest}`, `month:${d.earliest.slice(0, 7)}`, `md:${monthDay(month, day)}`];
  }
  // A span of days or weeks is found through its month; only a longer one ("in 2025") through its year.
  if (d?.earliest) return precision(d) >= 2 ? [`month:${d.earliest.slice(0, 7)}`] : [`year:${d.earliest.slice(0, 4)}`];
  if (d?.month !== undefined && d.day !== undefined) return [`yearless:${monthDay(d.month, d.day)}`];
  return ['undated'];
}

function filingKeys(e: SourceEvent): string[] {
  return [...dateKeys(e.date), ...namedKeys(e), 'all'];
}

/**
 * Where an account looks, and where it looks next when nothing there takes it. A dated account looks
 * near its date (the day either side, and the months either side: a source with a wrong day is still
 * found), at spans that hold it, at yearless dates a day either side and at clusters with no date. A
 * yearless date ("19 October") looks at that month-day in any year; one with no date at all looks by the
 * places and categories it names, or everywhere ("all") when it names none.
 */
function lookupKeys(e: SourceEvent): { keys: string[]; fallback: string[] } {
  const d = e.date;
  const named = namedKeys(e);
  const byName = named.length ? named : ['all'];
  if (d?.earliest) {
    // The months either side: "last week" on the 2nd reaches into the month before.
    const first = `${d.earliest.slice(0, 7)}-01`;
    const months = [`month:${addDays(first, -1).slice(0, 7)}`, `month:${d.earliest.slice(0, 7)}`, `month:${addDays(first, 31).slice(0, 7)}`];
    const elsewhere = [`year:${d.earliest.slice(0, 4)}`, 'undated'];
    const day = d.latest === d.earliest ? d.earliest : undefined;
    if (!day) return { keys: [...months, ...elsewhere], fallback: [] };
    // A day looks first at the days either side; the months, for a source whose day is wrong, only when
    // nothing there takes it (an event of its own day outscores any other by far).
    const [, month, dayOfMonth] = day.split('-').map(Number);
    const days = [`day:${addDays(day, -1)}`, `day:${day}`, `day:${addDays(day, 1)}`];
    const yearless = monthDaysAround(month, dayOfMonth).map((md) => `yearless:${md}`);
    return { keys: [...days, ...yearless, ...elsewhere], fallback: months };
  }
  if (d?.month !== undefined && d.day !== undefined) {
    const around = monthDaysAround(d.month, d.day);
    return { keys: [...around.map((md) => `md:${md}`), ...around.map((md) => `yearless:${md}`), 'undated'], fallback: byName };
  }
  return { keys: byName, fallback: [] };
}

/** How strongly account `e` (its mentions grouped by kind in `mine`) belongs to `cluster`. */
function evidence(e: SourceEvent, mine: Map<string, Mention[]>, cluster: Cluster, kinds: Map<string, KindInfo>, relate: RelateFn): number {
  let score = 0;
  if (e.date && cluster.dated.length) {
    const relations = cluster.dated.map((c) => relate('', e.date!, c.date!));
    const sameDay = precision(e.date) === 4 && cluster.dated.some((c) => precision(c.date) === 4 && c.date!.earliest === e.date!.earliest);
    score += sameDay ? SAME_DAY : relations.includes('same') ? DATE_SAME : relations.includes('close') ? DATE_CLOSE : DATE_APART;
  }
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
