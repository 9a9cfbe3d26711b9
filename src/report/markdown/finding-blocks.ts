import type { Finding, Mention, Report } from '../../model/types.js';
import { displayValue } from '../../values/index.js';
import { baseName, claimLabel, isInternalConflict, reasonWords, sequenceWords, sourcePath } from '../report-view.js';
import { VERDICT_MARKS } from '../verdict-marks.js';
import { capitalize, codeSpan, escapeMarkdown } from './escape.js';

/** Where and how a source says it: ``- 001 `file.txt:11` — "quote" → ≈1,100 km (attributed to …)``. */
export function quoteBullet(report: Report, mention: Mention, shortIds: Map<string, string>): string {
  return `- ${quoteLine(report, mention, shortIds)}`;
}

function quoteLine(report: Report, mention: Mention, shortIds: Map<string, string>): string {
  const who = escapeMarkdown(shortIds.get(mention.source) ?? mention.source);
  const where = codeSpan(`${baseName(sourcePath(report, mention.source))}:${mention.span.line}`);
  // Quotes go in plain quotation marks, escaped, never in code spans: a backtick in an article cannot break out.
  // A whole read from its parts quotes each part and shows the sum.
  const quoted = mention.parts ?? [mention];
  const quote = quoted.map((m) => `"${escapeMarkdown(m.span.text)}"`).join(' + ');
  const sum = mention.parts ? `${mention.parts.map((m) => displayValue(m.value)).join(' + ')} = ` : '';
  const reading = escapeMarkdown(sum + displayValue(mention.value));
  // Which of a source's successive figures this is, and who the text credits with it.
  const notes = [sequenceWords(mention), mention.attribution && `attributed to ${escapeMarkdown(mention.attribution)}`].filter(Boolean);
  return `${who} ${where} — ${quote} → ${reading}${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

/** A compared finding: a bold lead-in with the verdict, the reason, then every quote behind it. */
export function findingBlock(report: Report, finding: Finding, shortIds: Map<string, string>): string[] {
  const label = escapeMarkdown(capitalize(claimLabel(report, finding.claim)));
  const internal = isInternalConflict(finding);
  const onlySource = internal ? finding.mentions[0].source : '';
  const reason = reasonWords(finding);
  const verdictWords = internal
    ? `internal inconsistency in ${escapeMarkdown(shortIds.get(onlySource) ?? onlySource)}`
    : `${finding.verdict}${reason ? ` (${reason})` : ''}`;
  const note = internal
    ? ' The source contradicts itself (for example, its own unit conversion is wrong); no other source is involved.'
    : '';
  return [
    `**${label} — ${verdictWords}.** ${escapeMarkdown(finding.summary)}${note}`,
    '',
    ...finding.mentions.map((mention) => quoteBullet(report, mention, shortIds)),
  ];
}

/** A claim only one source makes: one compact bullet per mention. */
export function singleSourceBullets(report: Report, finding: Finding, shortIds: Map<string, string>): string[] {
  const label = escapeMarkdown(claimLabel(report, finding.claim));
  return finding.mentions.map(
    (mention) => `- **${label}** ${VERDICT_MARKS['single-source']} ${quoteLine(report, mention, shortIds)}`,
  );
}
