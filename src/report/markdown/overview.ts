import type { Report } from '../../model/types.js';
import { isAccepted } from '../baseline.js';
import { countVerdicts, tallyFindings } from '../count-verdicts.js';
import { counted } from '../plural.js';
import { eventsInReportOrder, findingsOfEvent, isInternalConflict } from '../report-view.js';
import { escapeMarkdown, tableHeader, tableRow } from './escape.js';

export function titleLine(report: Report): string {
  const sources = counted(report.sources.length, 'source', 'sources');
  return `# verify report: ${sources}, ${counted(report.events.length, 'event', 'events')}`;
}

/** The time of the run, only when asked for (`--timestamp`): without it two runs give byte-identical reports. */
export function timestampLine(timestamp: string | undefined): string[] {
  return timestamp === undefined ? [] : [`Generated ${escapeMarkdown(timestamp)}.`];
}

/** The verdict first, so a reader (or a PR comment preview) sees the outcome before any table. */
export function verdictParagraph(report: Report): string {
  const counts = countVerdicts(report);
  const internal = report.findings.filter(isInternalConflict).length;
  // With a baseline, what it accepts does not decide the verdict: only what is new.
  const accepted = report.findings.filter((f) => f.verdict === 'conflict' && isAccepted(report, f.id)).length;
  const open = counts.conflict - accepted;
  const newWord = report.baseline ? 'new ' : '';
  const acceptedNote = accepted > 0 && report.baseline ? ` (${open > 0 ? 'and ' : ''}${counted(accepted, 'contradiction', 'contradictions')} accepted in ${escapeMarkdown(report.baseline.file)})` : '';
  const headline =
    open > 0
      ? `**❌ ${counted(open, `${newWord}contradiction`, `${newWord}contradictions`)}: check ${open === 1 ? 'it' : 'them'} before publishing.**${acceptedNote}`
      : counts.variance > 0
        ? `**✅ No ${newWord}contradictions; ${counted(counts.variance, 'claim varies', 'claims vary')} within rounding.**${acceptedNote}`
        : `**✅ No ${newWord}contradictions.**${acceptedNote}`;
  if (counts.findings === 0) return `${headline} No checkable claims were found.`;
  const tally =
    `Of ${counted(counts.findings, 'claim', 'claims')}, ${counted(counts.agree, 'agrees', 'agree')} across sources, ` +
    `${counted(counts.variance, 'varies', 'vary')} within rounding, ` +
    `${counted(counts.conflict, 'conflicts', 'conflict')} ` +
    `and ${counted(counts.singleSource, 'rests', 'rest')} on one source.`;
  const internalNote =
    internal > 0 ? ` ${counted(internal, 'contradiction is', 'contradictions are')} within a single source.` : '';
  return `${headline} ${tally}${internalNote}`;
}

/** One row per event, in the order the sections follow. */
export function overviewTable(report: Report): string[] {
  if (report.events.length === 0) return [];
  const rows = eventsInReportOrder(report).map((event) => {
    const tally = tallyFindings(findingsOfEvent(report, event.id));
    const label = `${escapeMarkdown(event.label)}${event.background ? ' (background)' : ''}`;
    const numbers = [tally.findings, tally.agree, tally.variance, tally.conflict, tally.singleSource];
    return tableRow([label, ...numbers.map(String)]);
  });
  return ['## Events', '', ...tableHeader(['event', 'claims', 'agree', 'variance', 'conflict', 'single source']), ...rows];
}
