import type { DateValue, Mention, SourceEvent, ValueType } from '../model/types.js';
import { dayNumber, daysBetween } from '../util/days.js';
import { pushTo } from '../util/multimap.js';
import { identityEvidence } from '../values/index.js';
import { precision } from './sourceEvents.js';
import type { KindInfo, RelateFn } from './types.js';

// Evidence that two accounts are of one happening. Agreeing figures count most; a differing date
// counts against, but not so much that a source with a wrong date is split from its event.
const DATE_SAME = 3;
// Two accounts of one calendar day are very likely one happening: a differing figure should show as
// a conflict within it, not split it in two.
const SAME_DAY = 4;
const DATE_CLOSE = 1;
// A month holds about thirty days: that one holds the other's day is weak evidence ("the previous test,
// in February" may be any February launch), so the figures must agree for the two to merge.
const DATE_WITHIN = 1;
const DATE_APART = -3;
// Two exact days weeks apart: only a source with a badly wrong date, or another happening, which is
// the likelier and the cheaper to be wrong about (a split hides a link; a merge invents conflicts).
const DATE_FAR = -6;
const FAR_DAYS = 7;
// Matching figures a recollection dated by its month needs to join an event: one hedged figure matches
// some event of most months in an archive.
const COARSE_MATCHES = 2;
// What each value type weighs for and against is its module's (src/values): `evidence`. Two things against
// (another place and another kind of thing) say another happening, whatever the date.
const CONTRARY_KINDS = 2;

/** What evidence weighs an account against: an event's first accounts. */
export interface Profile {
  /** Its first dated accounts. */
  dated: SourceEvent[];
  /** Their days as day numbers, where a date is one day (undefined where it is not). */
  days: (number | undefined)[];
  /** Mentions of its first accounts by claim kind. */
  profile: Map<string, Mention[]>;
  /** The most specific of the profile's mentions of each category kind. */
  specific: Map<string, Mention>;
  /** The claim packs its mentions come from. */
  packs: Set<string>;
}

/** An account's mentions of one kind, with what weighing them needs, worked out once for all the events it meets. */
interface Weighable {
  kind: string;
  type: Exclude<ValueType, 'date'>;
  /** What the sources are compared on: a value that differs subtracts nothing. */
  tested: boolean;
  /** What an agreeing value adds (half of it for a close one). */
  weight: number;
  /** What a differing value subtracts, when it is not tested. */
  against: number;
  mentions: Mention[];
  /** For a category: its most specific mention. */
  specific?: Mention;
}

/** What evidence weighs of an account: its weighable mentions by kind, and whether it is a coarse recollection. */
export interface Weighed {
  coarse: boolean;
  byKind: Weighable[];
  /** The most its mentions can add to the date's evidence: every kind agreeing. */
  gain: number;
  /** False when no event can take it: a coarse recollection with fewer figures than it must match. */
  joinable: boolean;
  /** Its date's day number, when the date is one day. */
  day: number | undefined;
  /** The claim packs of its mentions, counts aside. */
  packs: string[];
}

/**
 * The mentions evidence weighs, by kind, as their value types' modules say: not dates (the date is weighed
 * apart), not counts (tolls and evacuations change as the day goes on and say little about which happening it
 * is) and not statements.
 */
export function weighable(e: SourceEvent, kinds: Map<string, KindInfo>): Weighed {
  const byKind = new Map<string, Mention[]>();
  for (const m of e.mentions) pushTo(byKind, m.kind, m);
  const out: Weighable[] = [];
  const packs = new Set<string>();
  for (const [kind, mentions] of byKind) {
    const info = kinds.get(kind);
    if (!info) continue;
    const rule = identityEvidence(info.type, info.dimension);
    if (info.pack && rule.tellsSubject) packs.add(info.pack);
    if (!rule.weighed) continue;
    const type = info.type as Weighable['type'];
    const tested = !saysWhatItIs(info);
    const against = tested ? 0 : rule.against;
    out.push({ kind, type, tested, weight: rule.weight, against, mentions, ...(type === 'category' ? { specific: mostSpecific(mentions) } : {}) });
  }
  const isCoarse = coarse(e);
  const figures = out.filter((w) => w.type === 'quantity').length;
  return {
    coarse: isCoarse,
    byKind: out,
    gain: out.reduce((sum, w) => sum + w.weight, 0),
    joinable: !isCoarse || figures >= COARSE_MATCHES,
    day: dayOf(e.date),
    packs: [...packs],
  };
}

/**
 * Whether a kind's values say which happening an account is about (a place, a kind of thing, a flight
 * number), rather than being what the sources are compared on (figures, clock times, a storm's category).
 */
export function saysWhatItIs(info: KindInfo): boolean {
  return info.evidence ? info.evidence === 'identity' : identityEvidence(info.type, info.dimension).identityByDefault;
}

/**
 * How strongly account `e` (its weighable mentions in `mine`) belongs to the event of `profile`, given
 * what its date says (`onDate`, from dateEvidence): at most `onDate + mine.gain`.
 *
 * Identity is what is not under test: the date (weighed apart), the places and the kind of thing. A
 * figure or a clock time is what the sources are compared on, so one that agrees adds support and one
 * that differs subtracts nothing: a differing figure must show as a conflict within the event, never
 * split the account off and hide it.
 */
export function evidence(e: SourceEvent, mine: Weighed, profile: Profile, onDate: number, relate: RelateFn): number {
  let score = onDate;
  let matchingFigures = 0;
  // A day off already says another day: one more thing against (a place, a kind of thing) says another
  // happening. A recollection states its day outright ("on 2 June, when it fired…"), and what it recalls
  // is thin (a day, a kind, a sea): a day off says another of the many such happenings in an archive.
  const off = onDate === DATE_CLOSE && dayOff(mine.day, profile.days);
  if (off && e.role === 'other') return -Infinity;
  let contrary = off ? 1 : 0;
  for (const { kind, type, tested: underTest, weight: w, against, mentions, specific } of mine.byKind) {
    const other = profile.profile.get(kind);
    if (!other) continue;
    const relation = relationTo(kind, mentions, specific, other, profile, relate);
    // A happening recalled by its month ("a test in February flew 480 km") is one of that month's many:
    // only figures that match the event's tie it there (two of them: one hedged figure matches some event
    // of most months in an archive). That is support it lacks, not evidence against.
    if (type === 'quantity' && mine.coarse && relation !== 'same') return -Infinity;
    // A happening an article recalls ("since 29 January, when it fired short-range missiles into the
    // Yellow Sea") is another than the event it nears when the kind of thing or a place differs.
    if (relation === 'apart' && e.role === 'other' && !underTest) return -Infinity;
    if (type === 'quantity' && relation === 'same') matchingFigures++;
    if (relation === 'apart' && !underTest && ++contrary >= CONTRARY_KINDS) return -Infinity;
    if (relation === 'apart') score -= against;
    else score += relation === 'same' ? w : w / 2;
  }
  return mine.coarse && matchingFigures < COARSE_MATCHES ? -Infinity : score;
}

/**
 * Whether anything in the account says it is another happening than the event's: a date beyond a day
 * off, a weekday the event's day is not, another place or another kind of thing. Figures and clock
 * times never do (they are what is compared).
 */
export function contradicts(mine: Weighed, profile: Profile, onDate: number, relate: RelateFn): boolean {
  if (onDate < 0) return true;
  for (const { kind, tested, mentions, specific } of mine.byKind) {
    if (tested) continue;
    const other = profile.profile.get(kind);
    if (!other) continue;
    if (relationTo(kind, mentions, specific, other, profile, relate) === 'apart') return true;
  }
  return false;
}

/** Whether the account and the event are of one subject: they share a claim pack (launches, quakes, storms…). */
export function sharesPack(mine: Weighed, profile: Profile): boolean {
  for (const p of mine.packs) if (profile.packs.has(p)) return true;
  return false;
}

/** What ties an account to an event and what speaks against it, in words, as evidence() weighs them. */
export function explain(mine: Weighed, date: DateValue | undefined, profile: Profile, onDate: number, relate: RelateFn): { for: string[]; against: string[] } {
  const out = { for: [] as string[], against: [] as string[] };
  const day = dateWords(date, onDate);
  if (day) (onDate > 0 ? out.for : out.against).push(day);
  for (const { kind, tested, mentions, specific } of mine.byKind) {
    const other = profile.profile.get(kind);
    if (!other) continue;
    const relation = relationTo(kind, mentions, specific, other, profile, relate);
    const [a, b] = specific ? [specific, profile.specific.get(kind)!] : nearestPair(kind, mentions, other, relate);
    // A differing figure is compared, not weighed: the findings show it.
    if (relation === 'apart' && tested) continue;
    const words = `${kind}: "${a.span.text}" ${relation === 'same' ? '=' : relation === 'close' ? '~' : '≠'} "${b.span.text}"`;
    (relation === 'apart' ? out.against : out.for).push(words);
  }
  return out;
}

/** What the date evidence says, in words. */
function dateWords(date: DateValue | undefined, onDate: number): string | undefined {
  if (!date) return undefined;
  if (onDate === SAME_DAY) return 'the same day';
  if (onDate === DATE_SAME) return 'the same date';
  if (onDate === DATE_CLOSE) return 'a day off, or a date that holds its day';
  if (onDate === DATE_APART) return 'another day';
  if (onDate === DATE_FAR) return 'weeks apart';
  return undefined;
}

/** The pair of mentions, one from each list, whose values relate best. */
function nearestPair(kind: string, mine: Mention[], theirs: Mention[], relate: RelateFn): [Mention, Mention] {
  let best: [Mention, Mention] = [mine[0], theirs[0]];
  let rank = -1;
  const RANKS = { apart: 0, close: 1, same: 2 } as const;
  for (const a of mine)
    for (const b of theirs) {
      const r = RANKS[relate(kind, a.value, b.value)];
      if (r > rank) [best, rank] = [[a, b], r];
      if (rank === 2) return best;
    }
  return best;
}

/** How an account's mentions of one kind relate to the event's. */
function relationTo(kind: string, mentions: Mention[], specific: Mention | undefined, other: Mention[], profile: Profile, relate: RelateFn): 'same' | 'close' | 'apart' {
  // "ballistic missile" fits any missile: names are weighed by their most specific mention on each side.
  return specific ? relate(kind, specific.value, profile.specific.get(kind)!.value) : closest(kind, mentions, other, relate);
}

/** How the best-related of the two lists' values relate: same if any pair is, else close if any is. */
function closest(kind: string, mine: Mention[], theirs: Mention[], relate: RelateFn): 'same' | 'close' | 'apart' {
  let found: 'close' | 'apart' = 'apart';
  for (const a of mine)
    for (const b of theirs) {
      const relation = relate(kind, a.value, b.value);
      if (relation === 'same') return relation;
      if (relation === 'close') found = relation;
    }
  return found;
}

/** Whether `day` is a day off the event's days, and none of them. */
function dayOff(day: number | undefined, days: (number | undefined)[]): boolean {
  if (day === undefined) return false;
  let off = false;
  for (const d of days) {
    if (d === day) return false;
    if (d !== undefined && Math.abs(d - day) === 1) off = true;
  }
  return off;
}

/** The day number of a date that is one day. */
export function dayOf(date: DateValue | undefined): number | undefined {
  return date && precision(date) === 4 ? dayNumber(date.earliest!) : undefined;
}

/**
 * What an account's date (`day`: its day number, when it is one day) says of an event: the best of its
 * relations to the event's dated accounts; 0 with no date on either side.
 */
export function dateEvidence(date: DateValue | undefined, day: number | undefined, event: Pick<Profile, 'dated' | 'days'>, relate: RelateFn): number {
  const { dated, days } = event;
  if (!date || !dated.length) return 0;
  const own = precision(date);
  let best = -Infinity;
  for (let i = 0; i < dated.length; i++) {
    const c = dated[i];
    const theirDay = days[i];
    if (day !== undefined && theirDay !== undefined) {
      // Two single days, by their numbers (the commonest case by far): as relate() has it, the same day,
      // a day apart (close: time zones and midnight), or apart; weeks apart is far.
      if (day === theirDay) return SAME_DAY;
      const gap = Math.abs(day - theirDay);
      best = Math.max(best, gap <= 1 ? DATE_CLOSE : gap > FAR_DAYS ? DATE_FAR : DATE_APART);
      continue;
    }
    const theirs = precision(c.date);
    if (own === 4 && theirs === 4 && c.date!.earliest === date.earliest) return SAME_DAY;
    const relation = relate('', date, c.date!);
    const far = own === 4 && theirs === 4 && Math.abs(daysBetween(date.earliest!, c.date!.earliest!)) > FAR_DAYS;
    // A weekday or a month and day the event's day is not ("Monday" against a Tuesday) says another day.
    const partial = !date.earliest || !c.date!.earliest;
    const score =
      relation === 'close' && partial ? DATE_APART : relation === 'close' ? DATE_CLOSE : relation === 'apart' ? (far ? DATE_FAR : DATE_APART) : Math.abs(own - theirs) >= 2 ? DATE_WITHIN : DATE_SAME;
    best = Math.max(best, score);
  }
  return best;
}

/** The mention deepest in its category tree, the first among equals. */
function mostSpecific(ms: Mention[]): Mention {
  return ms.reduce((best, m) => (depth(m) > depth(best) ? m : best));
}

/** How far down its category tree a mention names a thing: "SRBM" is deeper than "ballistic missile". */
export function depth(m: Mention): number {
  return m.value.type === 'category' ? m.value.lineage.length : 0;
}

/** A recalled happening dated by a span of weeks or more, not by its day. */
function coarse(e: SourceEvent): boolean {
  return e.role === 'other' && e.date?.earliest !== undefined && precision(e.date) <= 2;
}
