import { count } from './count.js';
import type { Dimension } from './dimension.js';
import { temperature } from './temperature.js';

// The quantity dimensions with rules of their own, one line each; every other dimension is its units in
// claims/units.yaml (see dimension.ts).
const DIMENSIONS: readonly Dimension[] = [
  count,
  temperature,
];

const BY_ID = new Map(DIMENSIONS.map((d) => [d.id, d]));

/** The module of a dimension, when it has one. */
export function dimensionOf(id: string): Dimension | undefined {
  return BY_ID.get(id);
}
