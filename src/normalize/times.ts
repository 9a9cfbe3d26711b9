import type { RawValue, TimeValue } from '../model/types.js';

type RawTime = Extract<RawValue, { type: 'time' }>;

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

export function resolveTime(raw: RawTime): TimeValue {
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
