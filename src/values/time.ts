import type { Mention, TimeValue } from '../model/types.js';
import type { RawOf, Relation, ValueType } from './valueType.js';

// Times of day: minutes after midnight with an interval for hedges, and the zone when the text gives one.

/** UTC offsets (minutes) of the zone names news copy uses. "local" has none: the place decides. */
const ZONE_OFFSETS: Record<string, number> = {
  GMT: 0, UTC: 0, Z: 0, BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180, IST: 330,
  CST: -360, CDT: -300, CT: -360, EST: -300, EDT: -240, ET: -300, MST: -420, MDT: -360, PST: -480, PDT: -420, PT: -480,
  HST: -600, AKST: -540, AKDT: -480, WIB: 420, WITA: 480, WIT: 540, PHT: 480, HKT: 480, SGT: 480, ICT: 420,
  PKT: 300, NPT: 345, TRT: 180, EAT: 180, SAST: 120, WAT: 60, AEST: 600, AEDT: 660, ACST: 570, AWST: 480, NZST: 720, NZDT: 780,
  KST: 540, JST: 540, 'Korea time': 540, 'Seoul time': 540, 'Tokyo time': 540, 'Japan time': 540,
  'Beijing time': 480, 'Moscow time': 180, 'Kyiv time': 120, 'Eastern time': -300, 'Central time': -360,
  'Pacific time': -480, 'Mountain time': -420, 'Washington time': -300, 'New York time': -300,
};

// How far a hedged time may stray, in minutes.
const APPROXIMATE = 30;
const SHORTLY = 30;

export function resolveTime(raw: RawOf<TimeValue>): TimeValue {
  const m = raw.minutes;
  const p = raw.precision;
  const [lo, hi] =
    raw.hedge === 'approximately' ? [m - APPROXIMATE, m + APPROXIMATE]
    : raw.hedge === 'shortly-before' ? [m - SHORTLY, m]
    : raw.hedge === 'shortly-after' ? [m, m + SHORTLY]
    : [m - p, m + p];
  const value: TimeValue = { type: 'time', minutes: m, lo, hi };
  if (raw.zone) {
    value.zone = raw.zone;
    const offset = ZONE_OFFSETS[raw.zone];
    if (offset !== undefined) value.utcOffset = offset;
  }
  return value;
}

/** Times compare as instants when both zones are known, else as clock times of the event's place. */
function relateTimes(a: TimeValue, b: TimeValue): Relation {
  const shift = a.utcOffset !== undefined && b.utcOffset !== undefined ? a.utcOffset - b.utcOffset : 0;
  const day = 24 * 60;
  // Align b to a's clock, choosing the day that brings them closest (22:00 and 00:30 are 2.5 h apart).
  let offset = shift;
  while (b.minutes + offset - a.minutes > day / 2) offset -= day;
  while (a.minutes - (b.minutes + offset) > day / 2) offset += day;
  const bq = { lo: b.lo + offset, hi: b.hi + offset, base: b.minutes + offset };
  const aq = { lo: a.lo, hi: a.hi, base: a.minutes };
  if (aq.lo > bq.hi || bq.lo > aq.hi) return 'apart';
  const [fine, coarse] = aq.hi - aq.lo <= bq.hi - bq.lo ? [aq, bq] : [bq, aq];
  return fine.base >= coarse.lo && fine.base <= coarse.hi ? 'same' : 'close';
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

export const time: ValueType<TimeValue> = {
  name: 'time',
  normalise: (raw) => resolveTime(raw),
  relate: (a, b) => relateTimes(a, b),
  display: displayTime,
  json: (v) => ({ value: clockTime(v.minutes), ...(v.zone === undefined ? {} : { zone: v.zone }) }),
  agreement: (mentions: Mention[], ctx) => `All consistent: ${[...new Set(mentions.map((m) => displayTime(m.value as TimeValue)))].join(', ')} (${ctx.label}).`,
  // A clock time is what sources are compared on; one a kind marks as identity weighs against as a place does.
  evidence: { weighed: true, tellsSubject: true, weight: 1, against: 1.5, identityByDefault: false },
};
