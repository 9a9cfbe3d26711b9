import type { Unit } from '../model/types.js';
import type { Dimension } from './dimension.js';

/**
 * Temperatures ("34 degrees Celsius", "93°F", "a high of 40C"), on the Celsius scale. The only dimension whose
 * units do not share a zero: a figure converts by its unit's factor (claims/units.yaml) after taking away the
 * unit's zero, so 93 °F is (93 - 32) × 5/9 = 33.9 °C. Hedges go by a step of the stated precision
 * (`hedge: step` on the units): a share of the figure means nothing where zero is arbitrary (5 % of 34 °C
 * is not 5 % of 93 °F).
 */
const ZERO_IN_UNIT: Record<string, number> = { degF: 32, K: 273.15 };

export const temperature: Dimension = {
  id: 'temperature',
  toBase: (figure: number, unit: Unit) => (figure - (ZERO_IN_UNIT[unit.id] ?? 0)) * unit.factor,
  fromBase: (celsius: number, unit: Unit) => celsius / unit.factor + (ZERO_IN_UNIT[unit.id] ?? 0),
};
