import type { Grouping, IsoDay, SourceEvent, Value } from '../model/types.js';
import { addDays, dayNumber, daysBetween } from '../util/days.js';
import { pushTo } from '../util/multimap.js';
import { contradicts, dateEvidence, depth, evidence, explain, sharesPack, weighable, type Profile, type Weighed } from './evidence.js';
import { precision } from './sourceEvents.js';
import type { KindInfo, RelateFn } from './types.js';

// A report speaks of what happened up to a week before its publication day.
const READ_BACK_DAYS = 8;
// Readings read in full, the best matched first: the names and figures leave few years in play.
const READINGS_READ = 6;
// Events weighed per reading, the nearest the dateline's day first: an article costs the same however
// many events an archive files each day.
const READ_CANDIDATES = 4;
// Events a recollection dated by its month is weighed against (the latest filed, its own month first):
// one needs two matching figures and none differing, so a dense month's other events cannot take it.
const COARSE_CANDIDATES = 64;
const JOIN_AT = 2;
// What a main account needs to take an event of its subject that nothing it says contradicts.
const WEAK_JOIN_AT = 0;
// A cluster is judged by its first accounts (the best dated): a cluster of hundreds would otherwise
// hold a matching figure for almost anything.
const PROFILE_MEMBERS = 3;

// Every lookup key reaches at most this many clusters, the latest filed: an account in an archive is
// weighed against a bounded number of events, so the work grows with the accounts, not their square.
const MAX_PER_KEY = 256;

/** What clusters are filed under: a day as its day number (the commonest lookup, kept cheap), anything else as text. */
type Key = number | string;

interface Cluster extends Profile {
  at: number;
  members: SourceEvent[];
  /** Keys it is filed under, so that no key lists it twice. */
  filed: Set<Key>;
}

/**
 * Greedy, deterministic clustering: the best-dated accounts seed clusters, and each further account
 * joins the cluster it has most evidence for, or starts its own. Only clusters filed under a key the
 * account looks up (a day near its date, a place, a category) are scored, at most MAX_PER_KEY a key.
 */
export function clusterSourceEvents(events: SourceEvent[], kinds: Map<string, KindInfo>, relate: RelateFn): SourceEvent[][] {
  return clusterWithReadings(events, [], kinds, relate).clusters;
}

/** An article whose publication year is a guess: its candidate days, the guess first, and its accounts as of one. */
export interface Readings {
  days: IsoDay[];
  read: (published: IsoDay) => SourceEvent[];
}

/** The reading kept: its index, its accounts, and its main account with the event that supports it. */
interface Pick {
  at: number;
  accounts: SourceEvent[];
  main: SourceEvent;
  cluster: Cluster;
}

/**
 * As clusterSourceEvents, then the articles whose publication year is a guess. Of each article's
 * readings, the one whose main account the clustered sources support best, and better than any other
 * reading, is kept (`chosen`: its index); with no such reading the guess is kept, and its accounts
 * join nothing, so that a wrong year merges nothing.
 */
export function clusterWithReadings(
  firm: SourceEvent[],
  undecided: Readings[],
  kinds: Map<string, KindInfo>,
  relate: RelateFn,
): { clusters: SourceEvent[][]; chosen: (number | undefined)[] } {
  const clustering = new Clustering(kinds, relate);
  const order = firm
    .map((e, i) => ({ e, i }))
    .sort((a, b) => precision(b.e.date) - precision(a.e.date) || Number(a.e.role !== 'main') - Number(b.e.role !== 'main') || a.i - b.i)
    .map(({ e }) => e);
  for (const e of order) clustering.place(e);
  const chosen = undecided.map((readings) => {
    const guess = readings.read(readings.days[0]);
    const best = clustering.bestReading(readings, guess);
    // The chosen reading's main account joins the event that chose it; its recollections are placed as any.
    for (const e of best?.accounts ?? guess) clustering.place(e, best !== undefined, e === best?.main ? best.cluster : undefined);
    return best?.at;
  });
  return { clusters: clustering.clusters.map((c) => c.members), chosen };
}

/** The best-scored of what is offered, unless another scored the same. */
class Choice {
  private top: { item: Pick; score: number } | undefined;
  private tied = false;

  offer(item: Pick, score: number): void {
    if (this.top && score < this.top.score) return;
    this.tied = this.top !== undefined && score === this.top.score;
    if (!this.tied) this.top = { item, score };
  }

  best(): Pick | undefined {
    return this.tied ? undefined : this.top?.item;
  }

  empty(): boolean {
    return this.top === undefined;
  }
}

class Clustering {
  readonly clusters: Cluster[] = [];
  private readonly index = new Map<Key, number[]>();
  /** Of the events the account being placed was weighed against, the best, and whether several weak ones tied. */
  private nearest: { cluster: Cluster; score: number } | undefined;
  private severalWeak = false;
  private metAny = false;

  constructor(
    private readonly kinds: Map<string, KindInfo>,
    private readonly relate: RelateFn,
  ) {}

  /**
   * Files `e` under `into`, else under the cluster with most evidence for it, or under a new one (always,
   * when `join` is false).
   */
  place(e: SourceEvent, join = true, into?: Cluster): void {
    // A year alone ("in 2025") dates a statistic or a memory, too coarse to say two sources mean one happening.
    const yearOnly = e.role === 'other' && precision(e.date) <= 1;
    const mine = weighable(e, this.kinds);
    const lookup = into || !join || yearOnly ? { keys: [], fallback: [] } : lookupKeys(e, mine);
    // A recollection by its month is weighed against a bounded number of events, its own month's first.
    const limit = mine.coarse ? COARSE_CANDIDATES : Infinity;
    this.nearest = undefined;
    this.severalWeak = false;
    this.metAny = false;
    const best = into ? { cluster: into, score: JOIN_AT } : this.bestAmong(e, mine, lookup.keys, JOIN_AT, limit) ?? this.bestAmong(e, mine, lookup.fallback, JOIN_AT, limit);
    e.grouping = this.grouping(e, mine, best, into !== undefined, join);
    const cluster: Cluster = best?.cluster ?? { at: this.clusters.length, members: [], dated: [], days: [], profile: new Map(), specific: new Map(), packs: new Set(), filed: new Set() };
    if (!best) this.clusters.push(cluster);
    cluster.members.push(e);
    for (const p of mine.packs) cluster.packs.add(p);
    if (e.date && cluster.dated.length < PROFILE_MEMBERS) {
      cluster.dated.push(e);
      cluster.days.push(mine.day);
    }
    // A month-dated recollection joins on its figures but does not speak for the event it joined.
    // Beyond its first accounts, a cluster learns only what it is that they did not state (the launch site
    // one outlet alone names): identity, not the figures it is compared on.
    const learns = cluster.members.length === 1 || !mine.coarse;
    const full = cluster.members.length > PROFILE_MEMBERS;
    const learned = full ? identityKindsNotIn(mine, cluster.profile) : undefined;
    if (learns && (!full || learned!.size > 0)) {
      for (const m of e.mentions) {
        if (learned && !learned.has(m.kind)) continue;
        pushTo(cluster.profile, m.kind, m);
        const known = cluster.specific.get(m.kind);
        if (m.value.type === 'category' && (!known || depth(m) > depth(known))) cluster.specific.set(m.kind, m);
      }
      for (const k of full ? [] : filingKeys(e, mine)) {
        if (cluster.filed.has(k)) continue;
        cluster.filed.add(k);
        pushTo(this.index, k, cluster.at);
      }
    }
  }

  /** Why `e` joins the event of `best`, or, with none, starts its own: what ties it and what speaks against. */
  private grouping(e: SourceEvent, mine: Weighed, best: { cluster: Cluster; score: number } | undefined, chosen: boolean, join: boolean): Grouping {
    const weighed = best ?? this.nearest;
    const words = weighed ? explain(mine, e.date, weighed.cluster, dateEvidence(e.date, mine.day, weighed.cluster, this.relate), this.relate) : { for: [], against: [] };
    if (best) {
      if (chosen) return { how: 'chose-year', ...words, reason: "the event's day and what the account says chose its publication year" };
      if (best.score >= JOIN_AT) return { how: 'joined', ...words, reason: 'what it says ties it to the event' };
      return { how: 'joined-weakly', ...words, reason: 'it states no day, nothing it says is against this event, and it fits it better than any other of its subject it met' };
    }
    if (!join) return { how: 'started', ...words, reason: 'its publication year is a guess no event supported' };
    if (!this.nearest && !this.metAny) return { how: 'started', ...words, reason: 'the first account of its happening: no event before it shares its date, a place or its kind of thing' };
    if (!this.nearest) return { how: 'started', ...words, reason: e.date ? 'the events it met are of days far from its own' : 'it names too little to tie it to any event it met' };
    const reason = words.against.length
      ? 'what it says is against the nearest event'
      : this.severalWeak
        ? 'it states no day and fits several events of its subject equally'
        : 'too little ties it to the nearest event';
    return { how: 'started', ...words, nearest: this.nearest.cluster.members[0], reason };
  }

  /**
   * Of an article's readings, the one the clustered sources support: each reading's candidate events are
   * a few of those filed in the week up to its day, the nearest first (an article reports what happened
   * up to a week before it), ranked by how well the article's names and figures, which do not
   * depend on the year, match them (years with an event on the dateline's day or the day before first);
   * the best few readings are then read as of their day, and the one whose main account joins an event
   * best, and better than any other, is kept, a reading that reports the dateline's day or the day before
   * over one that reports an earlier day. Undefined when no reading, or more than one, is supported.
   */
  bestReading(readings: Readings, guess: SourceEvent[]): Pick | undefined {
    const main = guess.find((e) => e.role === 'main');
    if (!main) return undefined;
    const undated: SourceEvent = { ...main, date: undefined };
    const mine = weighable(undated, this.kinds);
    const score = (published: IsoDay) => {
      const window: Key[] = [];
      const dateline = dayNumber(published);
      for (let n = 0; n >= -READ_BACK_DAYS; n--) window.push(dateline + n);
      // The near window's events (the dateline's day and the day before) lead the far window's: scored once.
      const scores = new Map<number, number>();
      const best = (keys: Key[]) => {
        let top = -Infinity;
        for (const i of candidatesUnder(this.index, keys, READ_CANDIDATES)) {
          let s = scores.get(i);
          // An event that cannot beat the best so far (its score is at most mine.gain) is not weighed.
          if (s === undefined && mine.gain <= top) continue;
          if (s === undefined) scores.set(i, (s = evidence(undated, mine, this.clusters[i], 0, this.relate)));
          top = Math.max(top, s);
        }
        return top;
      };
      return { near: best(window.slice(0, 2)), far: best(window) };
    };
    // Years with an event on the dateline's day or the day before come first: that is what wires report.
    const ranked = readings.days
      .map((published, at) => ({ at, ...score(published) }))
      .filter((r) => r.far > -Infinity)
      .sort((a, b) => b.near - a.near || b.far - a.far || a.at - b.at)
      .slice(0, READINGS_READ);
    const tiers = [new Choice(), new Choice()];
    for (const { at } of ranked) {
      const accounts = at === 0 ? guess : readings.read(readings.days[at]);
      const dated = accounts.find((e) => e.role === 'main');
      const day = dated?.date && precision(dated.date) === 4 ? dated.date.earliest! : undefined;
      // A dateline is local: the day it reports from is not after it (a wrong year puts "Thursday" there).
      if (!dated || !day || day > readings.days[at]) continue;
      const reported = dayNumber(day);
      // The year is a guess: a reading is supported only by an event nothing in the account is against.
      const found = this.bestAmong(dated, weighable(dated, this.kinds), [reported - 1, reported, reported + 1], JOIN_AT, Infinity, true);
      // A reading that puts the reported day days before the dateline is the likelier a wrong year's.
      if (found) tiers[daysBetween(day, readings.days[at]) <= 1 ? 0 : 1].offer({ at, accounts, main: dated, cluster: found.cluster }, found.score);
    }
    return tiers[0].best() ?? (tiers[0].empty() ? tiers[1].best() : undefined);
  }

  /**
   * The event with most evidence for `e` among those filed under `keys`: one that reaches `atLeast`, or,
   * for an article's main account, the best of its subject that nothing in the account contradicts (a
   * main account starts an event of its own only when something says it is another happening, never
   * for want of support). With `strict` (the account's year is a guess) only an event nothing in the
   * account contradicts is taken.
   */
  private bestAmong(e: SourceEvent, mine: Weighed, keys: Key[], atLeast = JOIN_AT, limit = Infinity, strict = false): { cluster: Cluster; score: number } | undefined {
    let best: { cluster: Cluster; score: number } | undefined;
    if (!mine.joinable) return best;
    // A main account that states no day may take the uncontradicted event of its subject it fits best, on
    // little evidence; where several fit it equally (an archive), taking one would be a guess.
    const weakly = e.role === 'main' && mine.day === undefined && mine.packs.length > 0;
    // A month-day without its year matches that day of every year in an archive: it takes an event only
    // where nothing the account says is against it.
    const yearless = strict || (e.date !== undefined && !e.date.earliest && e.date.day !== undefined);
    const floor = weakly ? Math.min(atLeast, WEAK_JOIN_AT) : atLeast;
    // Whether another event the account could take scored as high as the best: then, weakly, none is the best.
    let tiedAtTop = false;
    for (const i of candidatesUnder(this.index, keys, limit)) {
      const cluster = this.clusters[i];
      this.metAny = true;
      const onDate = dateEvidence(e.date, mine.day, cluster, this.relate);
      // Its mentions add at most mine.gain: an event the account cannot take, or cannot take from the best, is not weighed.
      if (onDate + mine.gain < floor || (!weakly && best && onDate + mine.gain <= best.score)) continue;
      const score = evidence(e, mine, cluster, onDate, this.relate);
      if (!this.nearest || score > this.nearest.score) this.nearest = { cluster, score };
      const takes =
        (score >= atLeast && !(yearless && contradicts(mine, cluster, onDate, this.relate))) ||
        (score >= floor && sharesPack(mine, cluster) && !contradicts(mine, cluster, onDate, this.relate));
      if (!takes) continue;
      if (best && score === best.score) tiedAtTop = true;
      if (!best || score > best.score) [best, tiedAtTop] = [{ cluster, score }, false];
    }
    if (!best || best.score >= atLeast) return best;
    if (tiedAtTop) this.severalWeak = true;
    return tiedAtTop ? undefined : best;
  }
}

/** The kinds of `mine` that say what a happening is (places, kinds of thing) and `profile` does not hold yet. */
function identityKindsNotIn(mine: Weighed, profile: Map<string, unknown>): Set<string> {
  const out = new Set<string>();
  for (const w of mine.byKind) if (!w.tested && !profile.has(w.kind)) out.add(w.kind);
  return out;
}

/** The clusters filed under any of `keys`, the latest MAX_PER_KEY of each, in the order they were made. */
function candidatesUnder(index: Map<Key, number[]>, keys: Key[], limit = Infinity): number[] {
  const found = new Set<number>();
  for (const k of keys) {
    const filed = index.get(k) ?? [];
    for (let i = filed.length - 1; i >= Math.max(0, filed.length - MAX_PER_KEY) && found.size < limit; i--) found.add(filed[i]);
  }
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
function dateKeys(d: SourceEvent['date']): Key[] {
  if (d?.earliest && d.latest && d.earliest === d.latest) {
    const [, month, day] = d.earliest.split('-').map(Number);
    return [dayNumber(d.earliest), `month:${d.earliest.slice(0, 7)}`, `md:${monthDay(month, day)}`];
  }
  // A span of days or weeks is found through its month; only a longer one ("in 2025") through its year.
  if (d?.earliest) return precision(d) >= 2 ? [`month:${d.earliest.slice(0, 7)}`] : [`year:${d.earliest.slice(0, 4)}`];
  if (d?.month !== undefined && d.day !== undefined) return [`yearless:${monthDay(d.month, d.day)}`];
  return ['undated'];
}

function filingKeys(e: SourceEvent, mine: Weighed): Key[] {
  return [...dateKeys(e.date), ...namedKeys(e), ...packKeys(mine), 'all'];
}

function packKeys(mine: Weighed): string[] {
  return mine.packs.map((p) => `pack:${p}`);
}

/**
 * Where an account looks, and where it looks next when nothing there takes it. A dated account looks
 * near its date (the day either side, and the months either side: a source with a wrong day is still
 * found), at spans that hold it, at yearless dates a day either side and at clusters with no date. A
 * yearless date ("19 October") looks at that month-day in any year and nowhere else (in an archive every
 * year has an event that its names and figures fit); one with no date at all looks by the places and
 * categories it names, or everywhere ("all") when it names none.
 */
function lookupKeys(e: SourceEvent, mine: Weighed): { keys: Key[]; fallback: Key[] } {
  const d = e.date;
  const named = namedKeys(e);
  const byName = named.length ? named : ['all'];
  if (d?.earliest) {
    // The months either side: "last week" on the 2nd reaches into the month before.
    const first = `${d.earliest.slice(0, 7)}-01`;
    const months = [`month:${d.earliest.slice(0, 7)}`, `month:${addDays(first, -1).slice(0, 7)}`, `month:${addDays(first, 31).slice(0, 7)}`];
    const elsewhere = [`year:${d.earliest.slice(0, 4)}`, 'undated'];
    const day = d.latest === d.earliest ? d.earliest : undefined;
    if (!day) return { keys: [...months, ...elsewhere], fallback: [] };
    // A day looks first at the days either side; the months, for a source whose day is wrong, only when
    // nothing there takes it (an event of its own day outscores any other by far).
    const [, month, dayOfMonth] = day.split('-').map(Number);
    const n = dayNumber(day);
    const days = [n - 1, n, n + 1];
    const yearless = monthDaysAround(month, dayOfMonth).map((md) => `yearless:${md}`);
    return { keys: [...days, ...yearless, ...elsewhere], fallback: months };
  }
  if (d?.month !== undefined && d.day !== undefined) {
    const around = monthDaysAround(d.month, d.day);
    return { keys: [...around.map((md) => `md:${md}`), ...around.map((md) => `yearless:${md}`), 'undated'], fallback: [] };
  }
  // An undated main account is never left alone while an event of its subject exists: it looks there next.
  return { keys: byName, fallback: e.role === 'main' ? packKeys(mine) : [] };
}

