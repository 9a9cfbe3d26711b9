import type { Event } from '../model/types.js';
import { dateLabel } from '../util/format.js';
import { compareText } from '../util/compareText.js';

/** "6 Jan 2025 — intermediate-range ballistic missile": the date and the most named category. */
export function labelOf(event: Event, categoryLabels: Map<string, string>): string {
  const counts = new Map<string, number>();
  for (const member of event.members)
    for (const m of member.mentions) if (m.value.type === 'category') counts.set(m.value.id, (counts.get(m.value.id) ?? 0) + 1);
  // Ties go to the id first in a case-blind order ("ballistic-missile" before "SRBM"), the same on every machine.
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0].toLowerCase(), b[0].toLowerCase()) || compareText(a[0], b[0]))[0]?.[0];
  const what = top ? categoryLabels.get(top) ?? top : undefined;
  const when = dateLabel(event.date);
  return `${when === 'undated' ? 'Undated event' : when}${what ? ` — ${what}` : ''}`;
}
