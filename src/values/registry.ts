import type { Value } from '../model/types.js';
import { category } from './category.js';
import { date } from './date.js';
import { place } from './place.js';
import { quantity } from './quantity.js';
import { statement } from './statement.js';
import { time } from './time.js';
import type { ValueType } from './valueType.js';

/** Each value type's module by name; a type missing here fails to compile. */
export type ValueTypes = { [T in Value['type']]: ValueType<Extract<Value, { type: T }>> };

// One line per value type. Quantity dimensions with rules of their own are registered in dimensions.ts.
export const VALUE_TYPES: ValueTypes = {
  quantity,
  date,
  time,
  place,
  category,
  statement,
};
