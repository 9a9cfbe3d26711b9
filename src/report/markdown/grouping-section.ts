import type { Event, Report, SourceEvent } from '../../model/types.js';
import { escapeMarkdown } from './escape.js';

/**
 * Under a warning, the articles whose own news was compared with nothing: each main account that ended
 * up alone in its event (why, and the nearest event it was weighed against), and each that joined an
 * event only weakly. A hidden contradiction hides here, so a reader should see it before the tables.
 */
export function groupingSection(report: Report, shortIds: Map<string, string>): string[] {
  if (report.sources.length < 2) return [];
  const eventOf = new Map<SourceEvent, Event>();
  for (const event of report.events) for (const member of event.members) eventOf.set(member, event);
  const lines: string[] = [];
  for (const event of report.events) {
    if (event.background) continue;
    const alone = event.sources.length === 1;
    for (const member of event.members) {
      if (member.role !== 'main' || !member.grouping) continue;
      const who = `**${escapeMarkdown(shortIds.get(member.source) ?? member.source)}**`;
      if (alone) lines.push(`- ${who}: its news is an event of its own (${escapeMarkdown(event.label)}), compared with no other source: ${escapeMarkdown(whyAlone(member, eventOf))}.`);
      else if (member.grouping.how === 'joined-weakly')
        lines.push(`- ${who}: joined ${escapeMarkdown(event.label)} on weak evidence: ${escapeMarkdown(member.grouping.reason)}.`);
    }
  }
  if (lines.length === 0) return [];
  return ['> [!WARNING]', '> Some articles were compared with no other source, or joined an event on weak evidence.', '', ...lines];
}

function whyAlone(member: SourceEvent, eventOf: Map<SourceEvent, Event>): string {
  const grouping = member.grouping!;
  const nearest = grouping.nearest && eventOf.get(grouping.nearest);
  if (!nearest) return grouping.reason;
  const against = grouping.against.length ? ` (against: ${grouping.against.join('; ')})` : '';
  return `${grouping.reason}, ${nearest.label}${against}`;
}
