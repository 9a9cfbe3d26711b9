// The one module that imports chalk: terminal colors belong to this formatter only.
import { Chalk, type ChalkInstance, supportsColor } from 'chalk';
import type { Finding, Mention, Report } from '../model/types.js';
import { displayValue } from '../values/index.js';
import { acceptedReason, problemCounts } from './baseline.js';
import { oneLine } from './control-characters.js';
import { countVerdicts, type VerdictCounts } from './count-verdicts.js';
import type { Formatter } from './formatter.js';
import { comparedInstead, eventsNoPackMatched } from './no-pack.js';
import { counted } from './plural.js';
import { claimLabel, eventsInReportOrder, findingsOfEvent, isInternalConflict, reasonWords, sequenceWords, shortSourceIds, shownQuote, sourcePath } from './report-view.js';

/**
 * The terminal summary: the conflicts and variances grouped by event (compared events first, conflicts first in
 * each), every quote on a line of its own, then one closing line with the counts, as ESLint ends its output.
 * Lines are wrapped to `width` when one is given (a terminal); a file or a pipe gets whole lines, to grep.
 * Every article-derived string goes through oneLine(), so quotes cannot inject escape sequences or line breaks.
 */
export const formatText: Formatter = (report, options) => {
  // A fixed level, not chalk's detection: output depends on `color` alone, never on the terminal running the tests.
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const shortIds = shortSourceIds(report.sources);
  const shown = (f: Finding) =>
    options.conflictsOnly ? f.verdict === 'conflict' && acceptedReason(report, f.id) === undefined : f.verdict === 'conflict' || f.verdict === 'variance';
  const out: string[] = [];
  for (const event of eventsInReportOrder(report)) {
    const problems = findingsOfEvent(report, event.id).filter((f) => shown(f));
    if (!problems.length) continue;
    // Conflicts, then variances; what a baseline accepts after what is new.
    const rank = (f: Finding) => (acceptedReason(report, f.id) === undefined ? 0 : 2) + (f.verdict === 'conflict' ? 0 : 1);
    const ordered = problems.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
    out.push(paint.bold(oneLine(`${event.label}${event.background ? ' (background)' : ''}`)));
    for (const finding of ordered) out.push(...findingLines(report, finding, shortIds, paint), '');
  }
  // An event no pack knew was compared on open claims only: "no contradictions" there says less, and must say so.
  // Under --quiet, conflicts alone are shown: the notes go with the variances.
  if (!options.conflictsOnly) {
    for (const unmatched of eventsNoPackMatched(report)) {
      out.push(paint.yellow(`note: no claim pack matched ${oneLine(unmatched.event.label)}; compared instead: ${oneLine(comparedInstead(unmatched))}`), '');
    }
  }
  out.push(closingLine(report, countVerdicts(report), paint, options.conflictsOnly === true));
  const lines = options.width ? out.flatMap((line) => wrap(line, options.width!)) : out;
  return `${lines.join('\n')}\n`;
};

/** The color level chalk's own rules give standard output (FORCE_COLOR, a terminal or not), with NO_COLOR honoured. */
export function terminalColor(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  return supportsColor !== false && supportsColor.level > 0;
}

/**
 * ```
 *   ✖ conflict  distance flown (between authorities)
 *       a   ≈600 km   "about 600 km"   articles/a.txt:1:85
 *       b   900 km    "900 km"         articles/b.txt:1:76
 * ```
 */
function findingLines(report: Report, finding: Finding, shortIds: Map<string, string>, paint: ChalkInstance): string[] {
  const accepted = acceptedReason(report, finding.id);
  const mark =
    accepted !== undefined ? paint.dim(`✔ accepted ${finding.verdict}`)
    : finding.verdict === 'conflict' ? paint.red('✖ conflict')
    : paint.yellow('⚠ variance');
  const reason = reasonWords(finding);
  const note = isInternalConflict(finding) ? ' (within one source)' : reason ? ` (${reason})` : '';
  const head = `  ${mark}  ${paint.bold(oneLine(claimLabel(report, finding.claim)))}${note}`;
  const why = accepted !== undefined && report.baseline ? [`      ${paint.dim(oneLine(`in ${report.baseline.file}${accepted ? `: ${accepted}` : ''}`))}`] : [];
  const rows = finding.mentions.map((m) => mentionCells(report, m, shortIds));
  const widths = [0, 1].map((c) => Math.max(...rows.map((r) => r[c].length)));
  const quoted = rows.map(([who, value, quote, where]) => `      ${who.padEnd(widths[0])}  ${value.padEnd(widths[1])}  ${quote}  ${paint.dim(where)}`);
  return [head, ...why, ...quoted];
}

/** Who, the value read, the quote and where it stands: the columns of one quoted line. */
function mentionCells(report: Report, mention: Mention, shortIds: Map<string, string>): [string, string, string, string] {
  const who = oneLine(shortIds.get(mention.source) ?? mention.source);
  const sequence = sequenceWords(mention);
  const value = `${oneLine(displayValue(mention.value))}${sequence ? ` (${sequence})` : ''}`;
  const { line, column } = mention.span;
  return [who, value, `"${oneLine(shownQuote(report, mention.span))}"`, `${oneLine(sourcePath(report, mention.source))}:${line}:${column}`];
}

/**
 * "✖ 2 conflicts, 1 variance in 5 sources (6 agree, 5 single-source)", "✔ no contradictions in 5 sources (…)";
 * with a baseline, what it accepts is counted apart and only what is new decides the mark. With conflictsOnly,
 * variances are not counted, as they are not listed.
 */
function closingLine(report: Report, counts: VerdictCounts, paint: ChalkInstance, conflictsOnly: boolean): string {
  const { open, accepted } = problemCounts(report);
  const conflicts = open.conflict;
  const variances = conflictsOnly ? 0 : open.variance;
  const newWord = report.baseline ? 'new ' : '';
  const inSources = `in ${counted(counts.sources, 'source', 'sources')}`;
  const details = [
    ...(report.baseline && accepted.conflict + accepted.variance > 0 ? [`${accepted.conflict + accepted.variance} accepted in ${oneLine(report.baseline.file)}`] : []),
    ...(report.baseline?.stale.length ? [counted(report.baseline.stale.length, 'stale baseline entry', 'stale baseline entries')] : []),
    `${counts.agree} agree`,
    `${counts.singleSource} single-source`,
  ].join(', ');
  if (conflicts > 0) {
    const variance = variances > 0 ? `, ${counted(variances, `${newWord}variance`, `${newWord}variances`)}` : '';
    return paint.red.bold(`✖ ${counted(conflicts, `${newWord}conflict`, `${newWord}conflicts`)}${variance} ${inSources} (${details})`);
  }
  const variance = variances > 0 ? `, ${counted(variances, `${newWord}variance`, `${newWord}variances`)}` : '';
  const line = `✔ no ${newWord}contradictions${variance} ${inSources} (${details})`;
  return variances > 0 ? paint.yellow.bold(line) : paint.green.bold(line);
}

// Escape sequences take no columns: lengths are measured without them.
const ESCAPES = /\x1b\[[0-9;]*m/g;
const visible = (s: string) => s.replace(ESCAPES, '').length;

/** A line cut at spaces to `width` columns, the rest indented under its start; a word longer than a line stays whole. */
export function wrap(line: string, width: number): string[] {
  if (visible(line) <= width) return [line];
  const indent = ' '.repeat(line.length - line.trimStart().length + 4);
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && current.trim() !== '' && visible(candidate) > width) {
      out.push(current);
      current = indent + word;
    } else current = candidate;
  }
  out.push(current);
  return out;
}
