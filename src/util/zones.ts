import type { IsoDay } from '../model/types.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The UTC offset (minutes) of an IANA time zone on a given day, from the platform's time zone data. */
export function utcOffsetOn(zone: string, day: IsoDay | undefined): number | undefined {
  let fmt = formatters.get(zone);
  if (!fmt) {
    try {
      fmt = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    } catch {
      return undefined;
    }
    formatters.set(zone, fmt);
  }
  const when = new Date(`${day ?? '2000-01-01'}T12:00:00Z`);
  const name = fmt.formatToParts(when).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
  if (!m) return undefined;
  return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}
