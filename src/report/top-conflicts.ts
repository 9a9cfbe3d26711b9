import type { Finding, Mention, Report } from '../model/types.js';
import { isAccepted } from './baseline.js';
import { readerValue } from './reader-value.js';
import { eventsInReportOrder, findingsOfEvent, isInternalConflict } from './report-view.js';

/** Conflicts shown in full at the top of the Markdown report; past this many, the rest are shown under the events. */
export const TOP_CONFLICTS = 10;

/**
 * The conflicts an editor must resolve before publishing, in the order the report shows them: those of the events
 * the articles report before those of background events, and within an event those between sources before a
 * source's conflict with itself. At most TOP_CONFLICTS. A conflict the run's baseline accepts is listed apart.
 */
export function topConflicts(report: Report): Finding[] {
  const ordered: Finding[] = [];
  for (const event of eventsInReportOrder(report)) {
    const conflicts = findingsOfEvent(report, event.id).filter((finding) => finding.verdict === 'conflict' && !isAccepted(report, finding.id));
    ordered.push(...conflicts.filter((finding) => !isInternalConflict(finding)), ...conflicts.filter(isInternalConflict));
    if (ordered.length >= TOP_CONFLICTS) break;
  }
  return ordered.slice(0, TOP_CONFLICTS);
}

/** One quote of a finding as shown: its first mention, and the other lines where the source says it again. */
export interface DistinctQuote {
  mention: Mention;
  alsoAt: number[];
}

/**
 * A finding's quotes, each once: a source that repeats one quote for one value ("Thursday" on four lines) gives
 * one row, its other lines kept, so no provenance is lost. In mention order.
 */
export function distinctQuotes(finding: Finding): DistinctQuote[] {
  const rows = new Map<string, DistinctQuote>();
  for (const mention of finding.mentions) {
    const quote = (mention.parts ?? [mention]).map((part) => part.span.text).join('\u0000');
    const key = JSON.stringify([mention.source, quote, readerValue(mention.value), mention.sequence?.order ?? '']);
    const row = rows.get(key);
    if (row) row.alsoAt.push(mention.span.line);
    else rows.set(key, { mention, alsoAt: [] });
  }
  return [...rows.values()];
}

/** The mentions whose sentence the report shows: the distinct quotes of the conflicts at the top. */
export function mentionsShownInSentence(report: Report): Mention[] {
  return topConflicts(report).flatMap((finding) => distinctQuotes(finding).map((row) => row.mention));
}
