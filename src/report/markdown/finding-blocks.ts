import type { Finding, Mention, Report } from '../../model/types.js';
import { readerValue } from '../reader-value.js';
import { claimLabel, isInternalConflict, reasonWords, sequenceWords, shownQuote, sourcePath } from '../report-view.js';
import { distinctQuotes } from '../top-conflicts.js';
import { VERDICT_MARKS } from '../verdict-marks.js';
import { capitalize, codeSpan, escapeMarkdown } from './escape.js';

/** Where and how a source says it: ``- 001 `sources/file.txt:11` — "quote" → ≈1,100 km (attributed to …)``. */
function quoteLine(report: Report, mention: Mention, shortIds: Map<string, string>, alsoAt: number[] = []): string {
  const who = escapeMarkdown(shortIds.get(mention.source) ?? mention.source);
  const where = codeSpan(`${sourcePath(report, mention.source)}:${mention.span.line}`);
  // Quotes go in plain quotation marks, escaped, never in code spans: a backtick in an article cannot break out.
  // A whole read from its parts quotes each part and shows the sum.
  const quoted = mention.parts ?? [mention];
  const quote = quoted.map((m) => `"${escapeMarkdown(shownQuote(report, m.span))}"`).join(' + ');
  const sum = mention.parts ? `${mention.parts.map((m) => readerValue(m.value)).join(' + ')} = ` : '';
  const reading = escapeMarkdown(sum + readerValue(mention.value));
  // Which of a source's successive figures this is, who the text credits with it, and where it says it again.
  const notes = [
    sequenceWords(mention),
    mention.attribution && `attributed to ${escapeMarkdown(mention.attribution)}`,
    alsoAt.length > 0 && `also ${alsoAt.length === 1 ? 'line' : 'lines'} ${alsoAt.join(', ')}`,
  ].filter(Boolean);
  return `${who} ${where} — ${quote} → ${reading}${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

/** The verdict in words: "conflict (between authorities)", "internal inconsistency in 001". */
export function verdictWords(finding: Finding, shortIds: Map<string, string>): string {
  if (isInternalConflict(finding)) {
    const onlySource = finding.mentions[0].source;
    return `internal inconsistency in ${escapeMarkdown(shortIds.get(onlySource) ?? onlySource)}`;
  }
  const reason = reasonWords(finding);
  return `${finding.verdict}${reason ? ` (${reason})` : ''}`;
}

/** A compared finding: a bold lead-in with the verdict, the reason, then each distinct quote behind it. */
export function findingBlock(report: Report, finding: Finding, shortIds: Map<string, string>, figure?: string): string[] {
  const label = escapeMarkdown(capitalize(claimLabel(report, finding.claim)));
  const note = isInternalConflict(finding)
    ? ' The source contradicts itself (for example, its own unit conversion is wrong); no other source is involved.'
    : '';
  return [
    `**${label} — ${verdictWords(finding, shortIds)}.** ${escapeMarkdown(finding.summary)}${note}`,
    '',
    ...distinctQuotes(finding).map((row) => `- ${quoteLine(report, row.mention, shortIds, row.alsoAt)}`),
    ...figureLines(label, figure),
  ];
}

/** A finding's number line shown in place (GitHub renders an SVG image beside the report), or nothing. */
export function figureLines(label: string, figure: string | undefined): string[] {
  return figure ? ['', `![Number line of ${label}: each source's figure as a bar](${figure})`] : [];
}

/** A claim only one source makes: one compact bullet per distinct quote. */
export function singleSourceBullets(report: Report, finding: Finding, shortIds: Map<string, string>): string[] {
  const label = escapeMarkdown(claimLabel(report, finding.claim));
  return distinctQuotes(finding).map(
    (row) => `- **${label}** ${VERDICT_MARKS['single-source']} ${quoteLine(report, row.mention, shortIds, row.alsoAt)}`,
  );
}
