import type { DateValue, Value } from '../model/types.js';
import { isWholeMonth, parseIsoDay, weekdayName } from '../util/calendarNames.js';
import { clockTime } from '../util/displayValue.js';

/** The machine-readable part of a value in the JSON contract; `unit`, `valueHigh` and `zone` only when they apply. */
export interface JsonValueParts {
  value: string | number;
  unit?: string;
  valueHigh?: number;
  zone?: string;
}

export function jsonValueParts(value: Value): JsonValueParts {
  switch (value.type) {
    case 'quantity':
      return {
        value: value.stated,
        unit: value.unit,
        ...(value.statedHigh === undefined ? {} : { valueHigh: value.statedHigh }),
      };
    case 'date':
      return { value: isoDateText(value) };
    case 'time':
      return { value: clockTime(value.minutes), ...(value.zone === undefined ? {} : { zone: value.zone }) };
    case 'place':
      return { value: value.name };
    case 'category':
      return { value: value.id };
    case 'statement':
      return { value: value.state };
  }
}

/**
 * A date as text a program can parse: `YYYY-MM-DD` for one day, `YYYY-MM` for a whole month, `earliest/latest`
 * otherwise (ISO 8601 interval, `..` for an open end), or the weekday name when the text fixed no day at all.
 */
export function isoDateText(value: DateValue): string {
  const { earliest, latest } = value;
  if (earliest === undefined && latest === undefined) {
    return value.weekday === undefined ? '../..' : weekdayName(value.weekday);
  }
  if (earliest !== undefined && earliest === latest) return earliest;
  if (earliest !== undefined && latest !== undefined) {
    const first = parseIsoDay(earliest);
    const last = parseIsoDay(latest);
    if (first && last && isWholeMonth(first, last)) return earliest.slice(0, 7);
  }
  return `${earliest ?? '..'}/${latest ?? '..'}`;
}
