import type { CategoryValue, DateValue, PlaceValue, QuantityValue, Reference, StatementValue, TimeValue, Value } from '../model/types.js';
import { relateBearings } from '../util/compass.js';
import { daysBetween, weekdayOf } from '../util/days.js';

/** How two stated values relate: the same fact, the same fact told differently, or incompatible. */
export type Relation = 'same' | 'close' | 'apart';

const RANK: Record<Relation, number> = { same: 2, close: 1, apart: 0 };
const worse = (a: Relation, b: Relation): Relation => (RANK[a] <= RANK[b] ? a : b);

/** One comparator per value type, registered here; the compare and events stages share them. */
export function relate(a: Value, b: Value, tolerance = 0): Relation {
  if (a.type !== b.type) return 'apart';
  switch (a.type) {
    case 'quantity':
      return relateQuantities(a, b as QuantityValue, tolerance);
    case 'date':
      return relateDates(a, b as DateValue);
    case 'time':
      return relateTimes(a, b as TimeValue);
    case 'place':
      return relatePlaces(a, b as PlaceValue);
    case 'category':
      return relateCategories(a, b as CategoryValue);
    case 'statement':
      return relateStatements(a, b as StatementValue);
  }
}

/**
 * As relate(), for a verdict: two days the text states outright ("4 March", "March 3, 2025") a day apart
 * are a conflict. The events stage keeps them together (one quake, one source a day off); the finding must
 * then say the days differ, not pass them as rounding. A day read from a weekday or "yesterday" against a
 * publication date stays a variance: that reading is the weaker.
 */
export function relateStated(a: Value, b: Value, tolerance = 0): Relation {
  const relation = relate(a, b, tolerance);
  if (relation === 'close' && a.type === 'date' && b.type === 'date' && statesDay(a) && statesDay(b) && a.earliest !== b.earliest) return 'apart';
  return relation;
}

function statesDay(d: DateValue): boolean {
  return d.stated.day && d.stated.month && d.earliest !== undefined && d.earliest === d.latest;
}

/**
 * Distances from one place compare as positions: the figures, and the bearings when both give one ("8 mi S" and
 * "5 mi W of Sarasota" are two places). Distances from different places say nothing of each other: the compare
 * stage never puts them in one finding, and for identity a tested figure that is not the same adds nothing.
 */
export function relateQuantities(a: Omit<QuantityValue, 'alternate'>, b: Omit<QuantityValue, 'alternate'>, tolerance = 0): Relation {
  const figures = relateFigures(a, b, tolerance);
  if (a.reference === undefined || b.reference === undefined) return figures;
  if (referenceKey(a.reference) !== referenceKey(b.reference)) return 'apart';
  const x = a.reference.bearing;
  const y = b.reference.bearing;
  return x && y ? worse(figures, relateBearings(x, y)) : figures;
}

/** What names one reference place: its canonical name, or its words in any case when unlisted. */
export const referenceKey = (r: Reference): string => (r.unlisted ? r.place.toLowerCase() : r.place);

/**
 * Intervals that do not meet are apart. They are the same when the more precise figure lies inside
 * the coarser one's interval (685 mi = 1,102 km inside "approximately 1,100 km"); otherwise close.
 */
function relateFigures(a: Omit<QuantityValue, 'alternate'>, b: Omit<QuantityValue, 'alternate'>, tolerance: number): Relation {
  // Written without tuples: the events stage relates figures millions of times in a large archive.
  const alo = a.lo - tolerance * Math.abs(a.base);
  const ahi = a.hi + tolerance * Math.abs(a.base);
  const blo = b.lo - tolerance * Math.abs(b.base);
  const bhi = b.hi + tolerance * Math.abs(b.base);
  // A qualified count ("four cabin crew") may be part of the other's whole: different, not contradictory.
  if (alo > bhi || blo > ahi) return a.qualifier !== b.qualifier ? 'close' : 'apart';
  const aFiner = ahi - alo <= bhi - blo;
  const fine = aFiner ? a : b;
  const clo = aFiner ? blo : alo;
  const chi = aFiner ? bhi : ahi;
  // Half-open: 685 does not round to 680, so "680 miles" and "685 miles" are close, not the same.
  const upper = Number.isFinite(chi) ? chi - 1e-9 * Math.abs(chi) : Infinity;
  return fine.base >= clo && fine.base < upper ? 'same' : 'close';
}

function relateDates(a: DateValue, b: DateValue): Relation {
  if (a.earliest && a.latest && b.earliest && b.latest) {
    if (a.latest < b.earliest || b.latest < a.earliest) {
      // A day apart is what time zones and midnight make of one happening (23:47 in Kolkata is the
      // previous evening in New York), and what a page date a day off makes of a relative day.
      const gap = a.latest < b.earliest ? daysBetween(a.latest, b.earliest) : daysBetween(b.latest, a.earliest);
      return gap <= 1 ? 'close' : 'apart';
    }
    return weekdaysAgree(a, b) ? 'same' : 'close';
  }
  const full = a.earliest ? a : b.earliest ? b : undefined;
  const partial = full === a ? b : a;
  if (!full) return partialsAgree(a, b) ? 'same' : 'close';
  // A bare weekday or a month and day with no year: compare what was stated; a miss is a variance,
  // since the reading of an unanchored weekday is the weakest we make.
  return fitsPartial(full, partial) ? 'same' : 'close';
}


function weekdaysAgree(a: DateValue, b: DateValue): boolean {
  for (const [x, y] of [[a, b], [b, a]] as const)
    if (x.weekday !== undefined && x.stated.weekday && y.earliest === y.latest && y.earliest && weekdayOf(y.earliest) !== x.weekday) return false;
  return true;
}

function fitsPartial(full: DateValue, partial: DateValue): boolean {
  // A weekday or a month-and-day cannot be placed in a coarse span ("2025"): not evidence of agreement.
  if (full.earliest !== full.latest || !full.earliest) return false;
  const month = Number(full.earliest.slice(-5, -3));
  const day = Number(full.earliest.slice(-2));
  if (partial.weekday !== undefined && weekdayOf(full.earliest) !== partial.weekday) return false;
  if (partial.month !== undefined && partial.month !== month) return false;
  return partial.day === undefined || partial.day === day;
}

function partialsAgree(a: DateValue, b: DateValue): boolean {
  const same = (x?: number, y?: number) => x === undefined || y === undefined || x === y;
  return same(a.weekday, b.weekday) && same(a.month, b.month) && same(a.day, b.day);
}

/** Times compare as instants when both zones are known, else as clock times of the event's place. */
function relateTimes(a: TimeValue, b: TimeValue): Relation {
  const shift = a.utcOffset !== undefined && b.utcOffset !== undefined ? a.utcOffset - b.utcOffset : 0;
  const day = 24 * 60;
  // Align b to a's clock, choosing the day that brings them closest (22:00 and 00:30 are 2.5 h apart).
  let offset = shift;
  while (b.minutes + offset - a.minutes > day / 2) offset -= day;
  while (a.minutes - (b.minutes + offset) > day / 2) offset += day;
  const bq = { lo: b.lo + offset, hi: b.hi + offset, base: b.minutes + offset };
  const aq = { lo: a.lo, hi: a.hi, base: a.minutes };
  if (aq.lo > bq.hi || bq.lo > aq.hi) return 'apart';
  const [fine, coarse] = aq.hi - aq.lo <= bq.hi - bq.lo ? [aq, bq] : [bq, aq];
  return fine.base >= coarse.lo && fine.base <= coarse.hi ? 'same' : 'close';
}

/**
 * A place agrees with any place that contains it or that it contains (Kanggye lies in North Korea), and with one
 * the place list says it borders (Okushiri Island and the Sea of Japan). A place given by where it lies from
 * another ("the sea west of Kelp Island") is near its reference, not at it: it agrees with what its reference
 * agrees with, and nothing says it is not another place near (it may be "the Sea of X").
 */
function relatePlaces(a: PlaceValue, b: PlaceValue): Relation {
  const named = relateNamedPlaces(a, b);
  return named === 'apart' && (a.relative || b.relative) ? 'close' : named;
}

/** How the places named relate, whatever lies near them. */
function relateNamedPlaces(a: PlaceValue, b: PlaceValue): Relation {
  if (a.name === b.name || a.within.includes(b.name) || b.within.includes(a.name)) return 'same';
  // Places that border each other (a sea and an island's coast) are where one happening is told from either side.
  if (a.adjoins?.includes(b.name) || b.adjoins?.includes(a.name)) return 'same';
  // A place the list does not know may lie in or near any other: only its own name can agree with it.
  if (a.unlisted || b.unlisted) return nameOverlap(a.name, b.name) ? 'same' : 'close';
  return 'apart';
}

function nameOverlap(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.includes(y) || y.includes(x);
}

/**
 * A hypersonic IRBM is an IRBM and a ballistic missile; an IRBM is not an ICBM. Of a designation no list
 * places ("Comet-7"), only its family is known: another mark of the family ("Comet-8") is another
 * missile; a class ("IRBM") may or may not hold it.
 */
function relateCategories(a: CategoryValue, b: CategoryValue): Relation {
  if (a.id === b.id || a.lineage.includes(b.id) || b.lineage.includes(a.id)) return 'same';
  if (a.designation || b.designation) return familyOf(a.id) === familyOf(b.id) ? 'apart' : a.designation && b.designation ? 'apart' : 'close';
  return 'apart';
}

/** "comet" of "Comet-7": what the members of one family share. */
function familyOf(id: string): string {
  const dash = id.lastIndexOf('-');
  return (dash > 0 ? id.slice(0, dash) : id).toLowerCase();
}

/**
 * The same state, or one that implies the other ("lifted" implies "issued"), agrees. Different states conflict,
 * unless one is told as a suspicion ("suspect a bird strike"), the kind's states may hold together (two causes), or
 * one is said of someone or somewhere the other is not ("a warning for the coast of Aceh"): then they differ.
 */
function relateStatements(a: StatementValue, b: StatementValue): Relation {
  if (a.lineage.includes(b.state) || b.lineage.includes(a.state)) return 'same';
  return a.hedged || b.hedged || a.together || b.together || a.qualifier !== b.qualifier ? 'close' : 'apart';
}
