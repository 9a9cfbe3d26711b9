import type { Hedge, QuantityValue, RawValue, StatedNumber, Unit } from '../model/types.js';

type RawQuantity = Extract<RawValue, { type: 'quantity' }>;

// How much wider than its rounding a hedged figure is, as a share of the figure.
const APPROXIMATE_SHARE = 0.05;
const NEARLY_SHARE = 0.1;
// How far "at least 118 dead" reaches as the same count: 118 that may grow a little (to about 150). A toll of
// 163 later in the day lies beyond it: for a running tally (a kind marked `cumulative`) the compare stage calls
// that an updated count, for anything else ("more than 230 km/h" winds) a conflict.
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
  const unit = units.get(unitId);
  const factor = unitId === 'count' ? 1 : (unit?.factor ?? (unitId.includes('/') ? rateFactor(unitId, units) : undefined));
  if (factor === undefined) return undefined;
  const [lo, hi] = interval(number, high, hedge, unit?.hedge === 'step');
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
