import type { Unit } from '../model/types.js';
import type { IdentityEvidence } from './valueType.js';

/**
 * What one dimension of quantities (length, count, temperature, ...) does beyond what its units say. Most
 * dimensions are data only: their units, factors, `hedge: step` (magnitudes, air pressure) and `exact`
 * (flight numbers) live in claims/units.yaml, and a dimension a claims folder invents needs no code. A
 * dimension with a rule of its own (a scale that does not start at zero, figures that are no identity
 * evidence) has a module here, registered in dimensions.ts.
 */
export interface Dimension {
  id: string;
  /** A figure in `unit` on the dimension's base scale; by default figure × factor. */
  toBase?(figure: number, unit: Unit): number;
  /** The inverse of toBase; by default base ÷ factor. */
  fromBase?(base: number, unit: Unit): number;
  /** Where its figures weigh otherwise than other quantities' as evidence of which happening it is. */
  evidence?: Partial<IdentityEvidence>;
}
