// Feed dates to one form. feedsmith hands dates over as the raw strings the feed carries, so they are read here: ISO 8601
// (Atom, JSON Feed, dc:date) and RFC 822 (RSS pubDate), computed with Date.UTC so that the machine's time zone never
// leaks in. A form we do not know is unparseable (undefined), never a guess: a wrong date would keep or drop an item.
import { isoDay } from '../util/days.js';
import { monthNumber } from '../util/dates/names.js';

const MINUTE = 60_000;

// Fixed-width fields and optional groups only, so both patterns run in linear time.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const RFC822 = /^(?:[a-z]{2,9}\.?,?\s*)?(\d{1,2})[\s-]+([a-z]{3,9}\.?)[\s-]+(\d{4}|\d{2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([a-z]{1,5}|[+-]\d{2}:?\d{2})?$/i;

/** Zone names feeds write in place of an offset: RFC 822's own, and the few others news sites commonly use. */
const ZONE_MINUTES: Record<string, number> = {
  z: 0, ut: 0, utc: 0, gmt: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  wet: 0, west: 60, bst: 60, cet: 60, cest: 120, eet: 120, eest: 180, msk: 180,
  jst: 540, kst: 540, hkt: 480, sgt: 480, aest: 600, aedt: 660, nzst: 720, nzdt: 780,
};

/** The instant `raw` names as an ISO 8601 UTC string, or undefined when it is not a date we can read exactly. */
export function parseFeedDate(raw: string | undefined): string | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  const iso = ISO.exec(text);
  if (iso) return instant(+iso[1], +iso[2], +iso[3], iso[4], iso[5], iso[6], iso[7], iso[8]);
  const rfc = RFC822.exec(text);
  if (!rfc) return undefined;
  const month = monthNumber(rfc[2]);
  if (month === undefined) return undefined;
  // RFC 2822's rule for two-digit years: 00–49 are 2000–2049.
  const year = rfc[3].length === 2 ? +rfc[3] + (+rfc[3] < 50 ? 2000 : 1900) : +rfc[3];
  return instant(year, month, +rfc[1], rfc[4], rfc[5], rfc[6], undefined, rfc[7]);
}

/**
 * The calendar day `raw` names as written, in the feed's own zone (YYYY-MM-DD): "Mon, 09 Jun 2025 08:00 +0900" is
 * 9 June, the day its readers saw, though 8 June in UTC. Undefined when `raw` is not a date parseFeedDate reads.
 */
export function feedDay(raw: string | undefined): string | undefined {
  const text = raw?.trim();
  if (!text || parseFeedDate(text) === undefined) return undefined;
  const iso = ISO.exec(text);
  if (iso) return isoDay(+iso[1], +iso[2], +iso[3]);
  const rfc = RFC822.exec(text)!;
  const year = rfc[3].length === 2 ? +rfc[3] + (+rfc[3] < 50 ? 2000 : 1900) : +rfc[3];
  return isoDay(year, monthNumber(rfc[2])!, +rfc[1]);
}

function instant(year: number, month: number, day: number, hour = '0', minute = '0', second = '0', fraction = '', zone = 'Z'): string | undefined {
  if (!isoDay(year, month, day) || +hour > 23 || +minute > 59 || +second > 60) return undefined;
  const offset = zoneMinutes(zone);
  if (offset === undefined) return undefined;
  // A leap second (:60) is read as :59; milliseconds are the first three digits of the fraction.
  const ms = Date.UTC(year, month - 1, day, +hour, +minute, Math.min(+second, 59), +fraction.padEnd(3, '0').slice(0, 3)) - offset * MINUTE;
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

/** Minutes east of UTC; a date without a zone is taken as UTC, as RFC 822 and most feed readers do. */
function zoneMinutes(zone: string): number | undefined {
  const sign = zone[0] === '-' ? -1 : zone[0] === '+' ? 1 : 0;
  if (!sign) return ZONE_MINUTES[zone.toLowerCase()];
  const digits = zone.slice(1).replace(':', '');
  const hours = +digits.slice(0, 2);
  const minutes = digits.length > 2 ? +digits.slice(2) : 0;
  return hours > 23 || minutes > 59 ? undefined : sign * (hours * 60 + minutes);
}

/** Midnight UTC starting `day` (YYYY-MM-DD), in milliseconds, or undefined when it is not a calendar day. */
export function dayStart(day: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const valid = m ? isoDay(+m[1], +m[2], +m[3]) : undefined;
  return valid === undefined ? undefined : Date.parse(`${valid}T00:00:00Z`);
}
