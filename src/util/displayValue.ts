import type { DateValue, Hedge, QuantityValue, Reference, TimeValue, Value } from '../model/types.js';
import { displayDay, isWholeMonth, isWholeYear, monthName, parseIsoDay, weekdayName } from './calendarNames.js';
import { formatNumber } from './formatNumber.js';

const HEDGE_PREFIXES: Record<Hedge, string> = {
  approximately: '≈',
  nearly: '≈',
  'more-than': '>',
  'at-least': '≥',
  'less-than': '<',
  'at-most': '≤',
  exact: '',
};

/** A value in a short human form for tables and terminal lines: "≈1,100 km", "6 Jan 2025", "09:30 KST", "IRBM". */
export function displayValue(value: Value): string {
  switch (value.type) {
    case 'quantity':
      return displayQuantity(value);
    case 'date':
      return displayDate(value);
    case 'time':
      return displayTime(value);
    case 'place':
      // "W of Kelp Island", "off Padang": the place named is where something lies from.
      return value.relative === undefined ? value.name : `${value.relative}${value.relative === 'off' ? '' : ' of'} ${value.name}`;
    case 'category':
      return value.id;
    case 'statement':
      // "bird strike (hedged)", "tsunami warning issued (coastal areas)".
      return `${value.label}${value.hedged ? ' (hedged)' : ''}${value.qualifier ? ` (${value.qualifier})` : ''}`;
  }
}

function displayQuantity(value: QuantityValue): string {
  const figure =
    value.statedHigh === undefined
      ? formatNumber(value.stated)
      : `${formatNumber(value.stated)}–${formatNumber(value.statedHigh)}`;
  const unit = value.unit && value.unit !== 'count' ? ` ${value.unit}` : '';
  const from = value.reference ? ` ${referenceText(value.reference)}` : '';
  return `${HEDGE_PREFIXES[value.hedge]}${figure}${unit}${from}`;
}

/** Where a distance is measured from: "NW of Ridgeview", "from Ardmore". */
export function referenceText(reference: Reference): string {
  return reference.bearing ? `${reference.bearing} of ${reference.place}` : `from ${reference.place}`;
}

function displayDate(value: DateValue): string {
  const { earliest, latest } = value;
  if (earliest === undefined && latest === undefined) {
    if (value.month !== undefined) return `${value.day ?? ''} ${monthName(value.month)}`.trim();
    return value.weekday === undefined ? 'unknown date' : weekdayName(value.weekday);
  }
  if (latest === undefined) return `from ${displayDay(earliest!)}`;
  if (earliest === undefined) return `until ${displayDay(latest)}`;
  if (earliest === latest) {
    // "Monday" alone hides which Monday the pipeline chose; show both what was said and what it resolved to.
    const namedOnlyByWeekday = value.stated.weekday && !value.stated.day && value.weekday !== undefined;
    return namedOnlyByWeekday ? `${weekdayName(value.weekday!)} ${displayDay(earliest)}` : displayDay(earliest);
  }
  return displayDayRange(earliest, latest);
}

/** "6–12 Jan 2025", "28 Jan – 3 Feb 2025", "30 Dec 2024 – 5 Jan 2025", "Jan 2025", "2025". */
function displayDayRange(earliestIso: string, latestIso: string): string {
  const earliest = parseIsoDay(earliestIso);
  const latest = parseIsoDay(latestIso);
  if (!earliest || !latest) return `${earliestIso} – ${latestIso}`;
  if (isWholeYear(earliest, latest)) return String(earliest.year);
  if (isWholeMonth(earliest, latest)) return `${monthName(earliest.month)} ${earliest.year}`;
  if (earliest.year !== latest.year) return `${displayDay(earliestIso)} – ${displayDay(latestIso)}`;
  if (earliest.month !== latest.month) {
    return `${earliest.day} ${monthName(earliest.month)} – ${latest.day} ${monthName(latest.month)} ${latest.year}`;
  }
  return `${earliest.day}–${latest.day} ${monthName(latest.month)} ${latest.year}`;
}

/** "HH:MM" from minutes after midnight, wrapping past midnight. */
export function clockTime(minutes: number): string {
  const wrapped = ((Math.round(minutes) % 1440) + 1440) % 1440;
  const hours = Math.floor(wrapped / 60);
  return `${String(hours).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

function displayTime(value: TimeValue): string {
  // An interval wider than a clock's rounding (a few minutes) means the text hedged ("around noon").
  const hedged = value.hi - value.lo > 10;
  const zone = value.zone ? ` ${value.zone}` : '';
  return `${hedged ? '≈' : ''}${clockTime(value.minutes)}${zone}`;
}
