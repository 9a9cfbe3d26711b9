import type { Hedge, QuantityValue, RawValue, StatedNumber, Unit } from '../model/types.js';

type RawQuantity = Extract<RawValue, { type: 'quantity' }>;

// How much wider than its rounding a hedged figure is, as a share of the figure.
const APPROXIMATE_SHARE = 0.05;
const NEARLY_SHARE = 0.1;
// "At least 118 dead" reports a count of 118 that may grow a little, not any number above it: a toll
// of 163 later in the day is an updated figure, and a conflict with the earlier one.
const ONE_SIDED_SHARE = 0.25;

/** A stated figure as an interval in the base unit: rounding first, then the hedge. */
export function resolveQuantity(raw: RawQuantity, units: Map<string, Unit>, dimension: string): QuantityValue | undefined {
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

function toValue(
  number: StatedNumber,
  high: StatedNumber | undefined,
  unitId: string,
  hedge: Hedge,
  units: Map<string, Unit>,
  dimension: string,
): QuantityValue | undefined {
  const factor = unitId === 'count' ? 1 : units.get(unitId)?.factor;
  if (factor === undefined) return undefined;
  const [lo, hi] = interval(number, high, hedge);
  return {
    type: 'quantity',
    dimension,
    stated: number.value,
    unit: unitId,
    hedge,
    base: number.value * factor,
    lo: lo * factor,
    hi: hi * factor,
    ...(high ? { statedHigh: high.value } : {}),
  };
}

/** [lo, hi) in the stated unit. */
function interval(n: StatedNumber, high: StatedNumber | undefined, hedge: Hedge): [number, number] {
  const v = n.value;
  const r = n.rounding;
  if (high) return [v - r, high.value + high.rounding];
  switch (hedge) {
    case 'approximately': {
      const half = Math.max(r, APPROXIMATE_SHARE * Math.abs(v));
      return [v - half, v + half];
    }
    case 'nearly':
      return [v * (1 - NEARLY_SHARE), v + r];
    case 'more-than':
    case 'at-least':
      return [v - r, v * (1 + ONE_SIDED_SHARE) + r];
    case 'less-than':
      return [v * (1 - ONE_SIDED_SHARE), v];
    case 'at-most':
      return [v * (1 - ONE_SIDED_SHARE), v + r];
    default:
      return [v - r, v + r];
  }
}
