import type { Event, Report, SourceEvent } from '../model/types.js';
import { oneLine } from './control-characters.js';
import { isoDateText } from '../values/index.js';
import { counted } from './plural.js';

/**
 * `--explain EVENT`: how each account came into one event, as plain lines: what tied it there, what spoke
 * against, and, for the one that started it, why. Undefined when the run has no such event.
 */
export function explainGrouping(report: Report, eventId: string): string | undefined {
  const event = report.events.find((e) => e.id === eventId);
  if (!event) return undefined;
  const eventOf = new Map<SourceEvent, Event>();
  for (const e of report.events) for (const member of e.members) eventOf.set(member, e);
  const size = `${counted(event.members.length, 'account', 'accounts')} from ${counted(event.sources.length, 'source', 'sources')}`;
  const lines = [`${oneLine(event.id)}: ${oneLine(event.label)} (${size})`];
  for (const member of event.members) {
    const grouping = member.grouping;
    const date = member.date ? ` · dated ${isoDateText(member.date)}` : ' · no date';
    lines.push('', `${oneLine(member.source)} (${member.role} account${date}): ${grouping?.how ?? 'started'}: ${oneLine(grouping?.reason ?? '')}`);
    const nearest = grouping?.nearest && eventOf.get(grouping.nearest);
    if (nearest) lines.push(`  nearest other event: ${oneLine(nearest.id)} (${oneLine(nearest.label)})`);
    for (const words of grouping?.for ?? []) lines.push(`  + ${oneLine(words)}`);
    for (const words of grouping?.against ?? []) lines.push(`  - ${oneLine(words)}`);
  }
  return `${lines.join('\n')}\n`;
}
