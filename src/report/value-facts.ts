// What a value allows, in words a reviewer checks: the interval its stated precision and hedge give it, and whether
// its kind says which happening an account is about. Shared by `verify explain` and the extracted-claims files.
import type { ClaimKind, QuantityValue, Unit, Value, ValueType } from '../model/types.js';
import { formatNumber } from '../util/format.js';
import { clockTime, identityEvidence, isoDateText } from '../values/index.js';
import { dimensionOf } from '../values/dimensions.js';

const DIGITS = 2;

/**
 * The interval a value stands for: "570–630 km" for "about 600 km", "2025-06" for "June 2025", "07:39–07:41 KST";
 * undefined for values that are not intervals (places, categories, statements) or a date not yet placed.
 */
export function intervalText(value: Value, units: ReadonlyMap<string, Unit>): string | undefined {
  switch (value.type) {
    case 'quantity':
      return quantityInterval(value, units);
    case 'date':
      return value.earliest === undefined && value.latest === undefined ? undefined : isoDateText(value);
    case 'time': {
      const ends = value.lo === value.hi ? clockTime(value.lo) : `${clockTime(value.lo)}–${clockTime(value.hi)}`;
      return value.zone ? `${ends} ${value.zone}` : ends;
    }
    default:
      return undefined;
  }
}

/** A quantity's interval in its stated unit (a scale that does not start at zero converts by its dimension). */
export function quantityInterval(q: Omit<QuantityValue, 'alternate'>, units: ReadonlyMap<string, Unit>): string {
  return rangeText(inStatedUnit(q, q.lo, units), inStatedUnit(q, q.hi, units), q.unit);
}

/** A quantity's interval in another unit of its dimension: "1,047.28–1,157.52 km". */
export function intervalIn(q: Pick<QuantityValue, 'lo' | 'hi'>, unit: Unit): string {
  const scale = dimensionOf(unit.dimension)?.fromBase;
  const convert = (base: number) => (scale ? scale(base, unit) : base / unit.factor);
  return rangeText(convert(q.lo), convert(q.hi), unit.id);
}

function rangeText(lo: number, hi: number, unit: string): string {
  const ends = [lo, hi].map((n) => formatNumber(n, DIGITS));
  const figure = ends[0] === ends[1] ? ends[0] : `${ends[0]}–${ends[1]}`;
  return unit === 'count' ? figure : `${figure} ${unit}`;
}

function inStatedUnit(q: Omit<QuantityValue, 'alternate'>, base: number, units: ReadonlyMap<string, Unit>): number {
  const unit = units.get(q.unit);
  const scale = unit && dimensionOf(unit.dimension)?.fromBase;
  if (scale) return scale(base, unit);
  if (unit) return base / unit.factor;
  // A rate ("USD/gallon") is in no unit table: its figure was multiplied by what its base shows.
  return q.base === 0 || q.stated === 0 ? base : (base * q.stated) / q.base;
}

/** Whether a kind's values say which happening an account is about (`identity`) or are what sources are compared on. */
export function evidenceOf(kind: Pick<ClaimKind, 'evidence' | 'dimension'> | undefined, type: ValueType): 'identity' | 'tested' {
  if (kind?.evidence) return kind.evidence;
  return identityEvidence(type, kind?.dimension).identityByDefault ? 'identity' : 'tested';
}
