// The report stage: pure formatters from a Report to text. The CLI picks one by name and writes its output.
import type { Report } from '../model/types.js';
import type { FormatOptions } from './formatter.js';
import { FORMATTERS, PIECEWISE, type FormatName } from './registry.js';

export { countVerdicts, type VerdictCounts } from './count-verdicts.js';
export { displayValue } from '../values/index.js';
export type { FormatOptions, Formatter } from './formatter.js';
export {
  toJsonReport,
  type JsonEvent,
  type JsonFinding,
  type JsonMember,
  type JsonMentionValue,
  type JsonReport,
  type JsonSource,
} from './json-report.js';
export { FORMAT_NAMES, isFormatName, REPORT_FILES, type FormatName } from './registry.js';
export { findingFingerprint, FINGERPRINT_NAME } from './fingerprint.js';
export { explainGrouping } from './explain-grouping.js';
export { terminalColor } from './text-formatter.js';
export { FIGURES_FOLDER, reportFigures, type ReportFigure } from './figures/figure-files.js';
export { FIGURE_MARKER } from './figures/number-line.js';
export { mentionsShownInSentence } from './top-conflicts.js';

/** Renders a report in the named format; same report and options give byte-identical output. */
export function formatReport(report: Report, format: FormatName, options: FormatOptions): string {
  return FORMATTERS[format](report, options);
}

/** The same text as formatReport, in pieces to write as they come (JSON is made a piece at a time, the others whole). */
export function formatReportPieces(report: Report, format: FormatName, options: FormatOptions): Iterable<string> {
  return PIECEWISE[format]?.(report) ?? [formatReport(report, format, options)];
}
export { acceptedReason, applyBaseline, baselineEntries, isAccepted, problemCounts } from './baseline.js';
