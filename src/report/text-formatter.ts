// The one module that imports chalk: terminal colors belong to this formatter only.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Finding, Report } from '../model/types.js';
import { oneLine } from './control-characters.js';
import { countVerdicts, type VerdictCounts } from './count-verdicts.js';
import { displayValue } from '../values/index.js';
import type { Formatter } from './formatter.js';
import { counted } from './plural.js';
import { comparedInstead, eventsNoPackMatched } from './no-pack.js';
import { claimLabel, eventLabel, isInternalConflict, reasonWords, sequenceWords, shortSourceIds, sourcePath } from './report-view.js';

/**
 * The terminal summary: one line per conflict or variance, the counts, and an ESLint-style closing line.
 * Every article-derived string goes through oneLine(), so quotes cannot inject escape sequences or line breaks.
 */
export const formatText: Formatter = (report, options) => {
  // A fixed level, not chalk's detection: output depends on `color` alone, never on the terminal running the tests.
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const shortIds = shortSourceIds(report.sources);
  const problems = report.findings.filter(({ verdict }) => verdict === 'conflict' || verdict === 'variance');
  const counts = countVerdicts(report);
  const lines = problems.map((finding) => problemLine(report, finding, shortIds, paint));
  if (lines.length > 0) lines.push('');
  // An event no pack knew was compared on open claims only: "no contradictions" there says less, and must say so.
  for (const unmatched of eventsNoPackMatched(report)) {
    lines.push(paint.yellow(`note: no claim pack matched ${oneLine(unmatched.event.label)}; compared instead: ${oneLine(comparedInstead(unmatched))}`), '');
  }
  lines.push(paint.dim(countsLine(counts)), '', closingLine(counts, paint));
  return `${lines.join('\n')}\n`;
};

/**
 * `conflict  distance · Launch of 6 Jan 2025 — 000 ≈1,100 km sources/000.txt:5:3; 001 685 mi sources/001.md:9:1`
 */
function problemLine(report: Report, finding: Finding, shortIds: Map<string, string>, paint: ChalkInstance): string {
  const verdict = finding.verdict === 'conflict' ? paint.red('conflict') : paint.yellow('variance');
  const claim = paint.bold(oneLine(claimLabel(report, finding.claim)));
  const event = oneLine(eventLabel(report, finding.event));
  const reason = reasonWords(finding);
  const internal = isInternalConflict(finding) ? ' (within one source)' : reason ? ` (${reason})` : '';
  const values = finding.mentions.map((mention) => {
    const who = oneLine(shortIds.get(mention.source) ?? mention.source);
    const { line, column } = mention.span;
    const where = paint.dim(`${oneLine(sourcePath(report, mention.source))}:${line}:${column}`);
    const sequence = sequenceWords(mention);
    return `${who} ${oneLine(displayValue(mention.value))}${sequence ? ` (${sequence})` : ''} ${where}`;
  });
  // Padding the plain word keeps columns aligned whether or not color codes surround it.
  const padding = ' '.repeat('conflict'.length - finding.verdict.length + 2);
  return `${verdict}${padding}${claim} · ${event}${internal} — ${values.join('; ')}`;
}

function countsLine(counts: VerdictCounts): string {
  const totals = `${counted(counts.sources, 'source', 'sources')}, ${counted(counts.findings, 'finding', 'findings')}`;
  const verdicts = `${counts.agree} agree, ${counts.variance} variance, ${counts.conflict} conflict`;
  return `${totals}: ${verdicts}, ${counts.singleSource} single-source`;
}

/** "✖ 2 conflicts, 1 variance in 5 sources" or "✔ no contradictions in 5 sources (6 agree, 5 single-source)". */
function closingLine(counts: VerdictCounts, paint: ChalkInstance): string {
  const inSources = `in ${counted(counts.sources, 'source', 'sources')}`;
  if (counts.conflict > 0) {
    const variance = counts.variance > 0 ? `, ${counted(counts.variance, 'variance', 'variances')}` : '';
    return paint.red.bold(`✖ ${counted(counts.conflict, 'conflict', 'conflicts')}${variance} ${inSources}`);
  }
  const details = [
    `${counts.agree} agree`,
    ...(counts.variance > 0 ? [counted(counts.variance, 'variance', 'variances')] : []),
    `${counts.singleSource} single-source`,
  ];
  const line = `✔ no contradictions ${inSources} (${details.join(', ')})`;
  return counts.variance > 0 ? paint.yellow.bold(line) : paint.green.bold(line);
}
