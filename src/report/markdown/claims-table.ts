import type { Event, Finding, Report } from '../../model/types.js';
import { readerValue } from '../reader-value.js';
import { claimLabel, firstMentionOf } from '../report-view.js';
import { NOT_STATED_MARK, VERDICT_MARKS } from '../verdict-marks.js';
import { escapeMarkdown, tableHeader, tableRow } from './escape.js';

export const LEGEND_LINE = '✓ agrees · ≈ varies within rounding · ✗ conflicts · ○ only this source states it · — not stated';

/**
 * Claims by sources for one event: a row per claim kind (in the order findings arrive), a column per source
 * that tells of the event, in the run's order (a column per source of the run made an archive's report
 * quadratic). A cell shows the verdict mark and the source's first stated value (its later count, when it gives
 * successive ones), from the first finding of that kind the source takes part in (an event may hold two
 * findings of one kind).
 */
export function claimsTable(report: Report, event: Event, findings: Finding[], shortIds: Map<string, string>): string[] {
  const claimKeys = [...new Set(findings.map((finding) => finding.claim))];
  const sources = event.sources; // in the run's order
  const header = ['claim', ...sources.map((id) => escapeMarkdown(shortIds.get(id) ?? id))];
  const rows = claimKeys.map((claimKey) => {
    const ofKind = findings.filter((finding) => finding.claim === claimKey);
    const cells = sources.map((id) => claimCell(ofKind, id));
    return tableRow([escapeMarkdown(claimLabel(report, claimKey)), ...cells]);
  });
  return [...tableHeader(header), ...rows];
}

function claimCell(findingsOfKind: Finding[], sourceId: string): string {
  for (const finding of findingsOfKind) {
    // Of a source's successive figures of a count, the table shows the later one: what the source says now.
    const mention = finding.mentions.find((m) => m.source === sourceId && m.sequence?.order !== 'earlier') ?? firstMentionOf(finding, sourceId);
    if (mention) return `${VERDICT_MARKS[finding.verdict]} ${escapeMarkdown(readerValue(mention.value))}`;
  }
  return NOT_STATED_MARK;
}
