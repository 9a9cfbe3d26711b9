import type { Hedge, Mention, QuantityValue, Reference, StatedNumber, Unit } from '../model/types.js';
import { relateBearings } from '../util/compass.js';
import { formatNumber as formatInReason } from '../util/format.js';
import { formatNumber } from '../util/formatNumber.js';
import { dimensionOf } from './dimensions.js';
import type { Lookups, RawOf, Relation, ValueType } from './valueType.js';

// Figures with units. One value type for every dimension: a dimension is its units (claims/units.yaml), and the
// few with rules of their own have a module registered in dimensions.ts.

type Figure = Omit<QuantityValue, 'alternate'>;

// How much wider than its rounding a hedged figure is, as a share of the figure.
const APPROXIMATE_SHARE = 0.05;
const NEARLY_SHARE = 0.1;
// How far "at least 118 dead" reaches as the same count: 118 that may grow a little (to about 150). A toll of
// 163 later in the day lies beyond it: for a running tally (a kind marked `cumulative`) the compare stage calls
// that an updated count, for anything else ("more than 230 km/h" winds) a conflict.
const ONE_SIDED_SHARE = 0.25;

const worse = (a: Relation, b: Relation): Relation => (a === 'apart' || b === 'apart' ? 'apart' : a === 'close' || b === 'close' ? 'close' : 'same');

/** A stated figure as an interval in the base unit: rounding first, then the hedge. */
export function resolveQuantity(raw: RawOf<QuantityValue>, units: Map<string, Unit>, dimension: string): QuantityValue | undefined {
  const main = toValue(raw.number, raw.high, raw.unit, raw.hedge, units, dimension);
  if (!main) return undefined;
  if (raw.qualifier) main.qualifier = raw.qualifier;
  if (raw.reference) main.reference = raw.reference;
  if (raw.alternate) {
    const alt = toValue(raw.alternate.number, undefined, raw.alternate.unit, raw.alternate.hedge, units, dimension);
    if (alt) main.alternate = alt;
  }
  return main;
}

/** Open claims carry their dimension in their key ("open.length"), or their unit says it. */
function dimensionOfMention(kind: string, unit: string, lookups: Lookups): string {
  return lookups.dimensionOf.get(kind) ?? lookups.units.get(unit)?.dimension ?? (kind.startsWith('open.') ? kind.split('.')[1] : 'count');
}

function toValue(number: StatedNumber, high: StatedNumber | undefined, unitId: string, hedge: Hedge, units: Map<string, Unit>, dimension: string): QuantityValue | undefined {
  const unit = units.get(unitId);
  const factor = unitId === 'count' ? 1 : (unit?.factor ?? (unitId.includes('/') ? rateFactor(unitId, units) : undefined));
  if (factor === undefined) return undefined;
  const [lo, hi] = interval(number, high, hedge, unit?.hedge === 'step');
  // A scale that does not start at zero (temperature) converts by its dimension's module; the rest by factor.
  const scale = unit && dimensionOf(unit.dimension)?.toBase;
  const toBase = scale ? (x: number) => scale(x, unit) : (x: number) => x * factor;
  return {
    type: 'quantity',
    dimension,
    stated: number.value,
    unit: unitId,
    hedge,
    base: toBase(number.value),
    lo: toBase(lo),
    hi: toBase(hi),
    ...(high ? { statedHigh: high.value } : {}),
  };
}

/**
 * [lo, hi) in the stated unit. A hedge widens the figure by a share of it, or, on a unit whose hedges go by
 * the stated precision (`hedge: step`), by one step of that precision: "about 6.3" is 6.2-6.4.
 */
function interval(n: StatedNumber, high: StatedNumber | undefined, hedge: Hedge, byStep: boolean): [number, number] {
  const v = n.value;
  const r = n.rounding;
  if (high) return [v - r, high.value + high.rounding];
  const spread = (share: number) => (byStep ? 2 * r : share * Math.abs(v));
  switch (hedge) {
    case 'approximately': {
      const half = Math.max(r, spread(APPROXIMATE_SHARE));
      return [v - half, v + half];
    }
    case 'nearly':
      return [v - spread(NEARLY_SHARE), v + r];
    case 'more-than':
    case 'at-least':
      return [v - r, v + spread(ONE_SIDED_SHARE) + r];
    case 'less-than':
      return [v - spread(ONE_SIDED_SHARE), v];
    case 'at-most':
      return [v - spread(ONE_SIDED_SHARE), v + r];
    default:
      return [v - r, v + r];
  }
}

/** A rate's factor ("USD/gallon", "count/km2"): its parts' factors divided; a word no unit names ("loaf") is 1. */
function rateFactor(unitId: string, units: Map<string, Unit>): number {
  const [top, per] = unitId.split('/');
  return (units.get(top)?.factor ?? 1) / (units.get(per)?.factor ?? 1);
}

/**
 * Distances from one place compare as positions: the figures, and the bearings when both give one ("8 mi S" and
 * "5 mi W of Sarasota" are two places). Distances from different places say nothing of each other: the compare
 * stage never puts them in one finding, and for identity a tested figure that is not the same adds nothing.
 */
export function relateQuantities(a: Figure, b: Figure, tolerance = 0): Relation {
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
function relateFigures(a: Figure, b: Figure, tolerance: number): Relation {
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

const HEDGE_PREFIXES: Record<Hedge, string> = {
  approximately: '≈',
  nearly: '≈',
  'more-than': '>',
  'at-least': '≥',
  'less-than': '<',
  'at-most': '≤',
  exact: '',
};

// In reasons "nearly" keeps its direction ("<≈"), where a table's short form needs only the hedge.
const REASON_HEDGE_MARKS: Record<string, string> = { ...HEDGE_PREFIXES, nearly: '<≈' };

function displayQuantity(value: QuantityValue): string {
  const figure = value.statedHigh === undefined ? formatNumber(value.stated) : `${formatNumber(value.stated)}–${formatNumber(value.statedHigh)}`;
  const unit = value.unit && value.unit !== 'count' ? ` ${value.unit}` : '';
  const from = value.reference ? ` ${referenceText(value.reference)}` : '';
  return `${HEDGE_PREFIXES[value.hedge]}${figure}${unit}${from}`;
}

/** Where a distance is measured from: "NW of Ridgeview", "from Ardmore". */
export function referenceText(reference: Reference): string {
  return reference.bearing ? `${reference.bearing} of ${reference.place}` : `from ${reference.place}`;
}

/** The short form of a stated figure in a reason: "≈1,100 km", ">12,000", "3,000–5,500 km". */
export function quantityLabel(q: { stated: number; statedHigh?: number; unit: string; hedge: string }): string {
  const figure = q.statedHigh !== undefined ? `${formatInReason(q.stated, 2)}–${formatInReason(q.statedHigh, 2)}` : formatInReason(q.stated, 2);
  return `${REASON_HEDGE_MARKS[q.hedge] ?? ''}${figure}${q.unit === 'count' ? '' : ` ${q.unit}`}`;
}

/** A base-unit amount in a given unit: 1,102,400 m in km -> "1,102 km". */
export function inUnit(base: number, unit: Unit | undefined, digits = 0): string {
  if (!unit) return formatInReason(base, digits);
  const scale = dimensionOf(unit.dimension)?.fromBase;
  const v = scale ? scale(base, unit) : base / unit.factor;
  return `${formatInReason(v, Math.abs(v) < 10 ? 1 : digits)} ${unit.id}`;
}

/** A rate ("USD/gallon") is in no unit table: its factor is what its figures were multiplied by. */
function rateUnit(id: string, qs: QuantityValue[]): Unit | undefined {
  const q = qs.find((v) => v.unit === id && v.stated !== 0);
  return q && { id, dimension: q.dimension, factor: q.base / q.stated, names: [] };
}

function commonUnit(qs: QuantityValue[]): string {
  const counts = new Map<string, number>();
  for (const q of qs) counts.set(q.unit, (counts.get(q.unit) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

export const quantity: ValueType<QuantityValue> = {
  name: 'quantity',
  normalise: (raw, ctx) => resolveQuantity(raw, ctx.lookups.units, dimensionOfMention(ctx.kind, raw.unit, ctx.lookups)),
  relate: relateQuantities,
  display: displayQuantity,
  json: (v) => ({ value: v.stated, unit: v.unit, ...(v.statedHigh === undefined ? {} : { valueHigh: v.statedHigh }) }),
  displayAgainst(v, other, units) {
    if (v.unit === other.unit || !units.has(other.unit)) return undefined;
    const from = v.reference ? ` ${referenceText(v.reference)}` : '';
    return `${quantityLabel(v)} (= ${inUnit(v.base, units.get(other.unit))})${from}`;
  },
  agreement(mentions: Mention[], ctx) {
    const qs = mentions.map((m) => m.value as QuantityValue);
    const ref = commonUnit(qs);
    const unit = ctx.units.get(ref) ?? rateUnit(ref, qs);
    const conversions = [...new Set(qs.filter((q) => q.unit !== ref).map((q) => `${quantityLabel(q)} = ${inUnit(q.base, unit)}`))];
    const lo = Math.max(...qs.map((q) => q.lo));
    const hi = Math.min(...qs.map((q) => q.hi));
    if (ref === 'count') return `All give ${[...new Set(qs.map((q) => quantityLabel(q)))].join(' or ')}, consistent with each other.`;
    const range = Number.isFinite(hi) ? `${inUnit(lo, unit)}–${inUnit(hi, unit)}` : `at least ${inUnit(lo, unit)}`;
    // Distances from one place are grouped (compare/index.ts): the place says what the range is measured from.
    const from = qs[0].reference ? ` from ${qs[0].reference.place}` : '';
    return `${conversions.length ? `${conversions.join('; ')}; ` : ''}all within the stated precision (common range ${range}${from}).`;
  },
  // Agreeing figures count most; a figure that names rather than measures (a flight number, `evidence: identity`)
  // weighs against as another place does.
  evidence: { weighed: true, tellsSubject: true, weight: 2, against: 1.5, identityByDefault: false },
};
