import type { Value, ValueType } from '../model/types.js';

/** How two values of one claim kind relate (supplied by the pipeline: the compare stage's comparators). */
export type RelateFn = (kind: string, a: Value, b: Value) => 'same' | 'close' | 'apart';

/** What the events stage needs to know of each claim kind. */
export interface KindInfo {
  type: ValueType;
  dimension?: string;
  /** The claim pack defining it: accounts of one pack are of one subject. */
  pack?: string;
  /** Whether another value says another happening (identity) or is only what sources are compared on (tested). */
  evidence?: 'identity' | 'tested';
}
