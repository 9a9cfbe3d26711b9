import type { Value } from '../model/types.js';
import { displayValue } from '../values/index.js';

/**
 * A value as an editor reads it in the Markdown report and its figures: as displayValue() shows it, except that a
 * category is named by its label ("ballistic missile", not the id "ballistic-missile"). The JSON and terminal
 * output keep the ids, which CI users match on.
 */
export function readerValue(value: Value): string {
  return value.type === 'category' ? value.label : displayValue(value);
}
