import { oneLine } from './control-characters.js';
import { acceptedFindings, eventLabels, findingHeadline, problemFindings, quoteLocations, quoteWords, sourcePaths, type ProblemFinding, type ProblemVerdict } from './finding-quotes.js';
import type { Formatter } from './formatter.js';
import { toJsonReport } from './json-report.js';
import { counted } from './plural.js';

// GitHub Actions workflow commands: the runner turns `::error file=…,line=…::message` lines into annotations on the
// run and on the pull request's diff.
//
// One annotation per finding, placed at its first quote, its message naming every quote with file:line:column.
// GitHub shows only 10 error and 10 warning annotations a step: one per quote would spend two or more of them on a
// single finding and hide the others.

/** GitHub shows no more annotations of one level for a step. */
export const ANNOTATIONS_SHOWN = 10;

const COMMANDS: Record<ProblemVerdict, string> = { conflict: 'error', variance: 'warning' };

export const formatGithub: Formatter = (report) => {
  const json = toJsonReport(report);
  const paths = sourcePaths(json);
  const labels = eventLabels(json);
  const annotated: Record<ProblemVerdict, number> = { conflict: 0, variance: 0 };
  const hidden: Record<ProblemVerdict, number> = { conflict: 0, variance: 0 };
  const lines: string[] = [];
  const accepted = acceptedFindings(json);
  let acceptedCount = 0;
  for (const finding of problemFindings(json)) {
    // What the baseline accepts is no annotation: the pull request shows what is new.
    if (accepted.has(finding.id)) {
      acceptedCount++;
      continue;
    }
    if (annotated[finding.verdict] >= ANNOTATIONS_SHOWN) {
      hidden[finding.verdict]++;
      continue;
    }
    annotated[finding.verdict]++;
    lines.push(annotation(finding, paths, labels.get(finding.event)));
  }
  if (hidden.conflict + hidden.variance > 0) {
    const more = [
      ...(hidden.conflict ? [counted(hidden.conflict, 'more conflict', 'more conflicts')] : []),
      ...(hidden.variance ? [counted(hidden.variance, 'more variance', 'more variances')] : []),
    ].join(' and ');
    const why = `GitHub shows at most ${ANNOTATIONS_SHOWN} errors and ${ANNOTATIONS_SHOWN} warnings a step; the Markdown report lists every finding`;
    lines.push(`::notice title=verify::${escapeData(`${more} not annotated: ${why}.`)}`);
  }
  if (acceptedCount > 0 && json.baseline) {
    lines.push(`::notice title=verify::${escapeData(`${counted(acceptedCount, 'finding', 'findings')} accepted in ${oneLine(json.baseline.file)}, not annotated.`)}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};

function annotation(finding: ProblemFinding, paths: ReadonlyMap<string, string>, eventLabel: string | undefined): string {
  const quotes = quoteLocations(finding, paths);
  const first = quotes[0];
  const where = first
    ? [
        ['file', first.path.replace(/\\/g, '/')],
        ['line', String(first.line)],
        ['endLine', String(first.endLine)],
        ['col', String(first.column)],
        ['endColumn', String(first.endColumn)],
      ]
    : [];
  const properties = [...where, ['title', findingHeadline(finding, eventLabel)]].map(([key, value]) => `${key}=${escapeProperty(oneLine(value))}`);
  const quoteLines = quotes.map((q) => `${oneLine(q.path)}:${q.line}:${q.column} ${quoteWords(q)}`);
  const message = [oneLine(finding.summary), ...quoteLines].join('\n');
  return `::${COMMANDS[finding.verdict]} ${properties.join(',')}::${escapeData(message)}`;
}

/**
 * A workflow command's message, as the runner unescapes it: `%` first (else the other escapes could be undone),
 * then CR and LF, so no text can end the line and start a command of its own.
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: as a message, and `:` and `,`, which would end the property or the property list. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
