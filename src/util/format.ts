import type { DateValue } from '../model/types.js';
import { formatRounded } from './formatNumber.js';

/** "1,102", "3.5", "0.25": grouped, at most `digits` decimals, no trailing zeros. */
export function formatNumber(n: number, digits = 1): string {
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞';
  return formatRounded(n, digits);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "6 Jan 2025", "Nov 2024", "2017", "a Monday". */
export function dateLabel(d: DateValue | undefined): string {
  if (!d) return 'undated';
  if (d.earliest && d.latest) {
    const [y, m, day] = d.earliest.split('-').map(Number);
    if (d.earliest === d.latest) return `${day} ${MONTHS[m - 1]} ${y}`;
    if (d.earliest.endsWith('-01-01') && d.latest === `${y}-12-31`) return `${y}`;
    if (d.earliest.slice(0, 7) === d.latest.slice(0, 7) && day === 1) return `${MONTHS[m - 1]} ${y}`;
    return `${d.earliest} – ${d.latest}`;
  }
  if (d.weekday !== undefined) return `a ${WEEKDAYS[d.weekday]}`;
  if (d.month !== undefined) return `${d.day ?? ''} ${MONTHS[d.month - 1]}`.trim();
  return 'undated';
}
