import type { Finding, Report } from '../../model/types.js';
import { counted } from '../plural.js';
import { readerValue } from '../reader-value.js';
import { claimLabel, eventLabel, isInternalConflict, reasonWords, sequenceWords, sourcePath } from '../report-view.js';
import { distinctQuotes, topConflicts, type DistinctQuote } from '../top-conflicts.js';
import { capitalize, escapeMarkdown, tableHeader, tableRow } from './escape.js';
import { markedSentence } from './marked-sentence.js';

/**
 * The first screen's answer to "can we publish?": each conflict with its quotes side by side, a row per distinct
 * quote with the source, the value read, the sentence with the quote in bold and where it stands (path as the run
 * was given it, line, column). Conflicts of the reported events come before those of background events.
 */
export function contradictionsSection(report: Report, shortIds: Map<string, string>, figures: ReadonlyMap<string, string>): string[] {
  const shown = topConflicts(report);
  if (shown.length === 0) return [];
  const total = report.findings.filter((finding) => finding.verdict === 'conflict').length;
  const lines = ['## ✗ Contradictions'];
  for (const finding of shown) lines.push('', ...conflictBlock(report, finding, shortIds, figures.get(finding.id)));
  if (total > shown.length) lines.push('', `${counted(total - shown.length, 'more conflict is', 'more conflicts are')} listed further down, with ${total - shown.length === 1 ? 'its event' : 'their events'}.`);
  return lines;
}

function conflictBlock(report: Report, finding: Finding, shortIds: Map<string, string>, figure: string | undefined): string[] {
  const event = report.events.find((e) => e.id === finding.event);
  const where = `${eventLabel(report, finding.event)}${event?.background ? ' (background)' : ''}`;
  const internal = isInternalConflict(finding);
  const reason = reasonWords(finding);
  const kind = internal ? 'within one source' : reason ?? '';
  const heading = `### ✗ ${escapeMarkdown(capitalize(claimLabel(report, finding.claim)))} · ${escapeMarkdown(where)}${kind ? ` (${escapeMarkdown(kind)})` : ''}`;
  const link = figure ? ` [Number line](${figure})` : '';
  return [
    heading,
    '',
    `${escapeMarkdown(finding.summary)}${link}`,
    '',
    ...tableHeader(['source', 'value', 'quote in its sentence', 'where']),
    ...distinctQuotes(finding).map((row) => quoteRow(report, row, shortIds)),
  ];
}

function quoteRow(report: Report, row: DistinctQuote, shortIds: Map<string, string>): string {
  const { mention } = row;
  const who = escapeMarkdown(shortIds.get(mention.source) ?? mention.source);
  const sequence = sequenceWords(mention);
  const value = `${escapeMarkdown(readerValue(mention.value))}${sequence ? ` (${escapeMarkdown(sequence)})` : ''}`;
  // Escaped text, not a code span: GFM splits a table cell on a `|` even inside code.
  const at = escapeMarkdown(`${sourcePath(report, mention.source)}:${mention.span.line}:${mention.span.column}`);
  const again = row.alsoAt.length > 0 ? ` (also ${row.alsoAt.length === 1 ? 'line' : 'lines'} ${row.alsoAt.join(', ')})` : '';
  return tableRow([who, value, markedSentence(report, mention), `${at}${again}`]);
}
