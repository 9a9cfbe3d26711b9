import type { Formatter } from '../formatter.js';
import { figurePaths } from '../figures/figure-files.js';
import { eventsInReportOrder, shortSourceIds } from '../report-view.js';
import { topConflicts } from '../top-conflicts.js';
import { backgroundSection } from './background-section.js';
import { baselineSection } from './baseline-section.js';
import { contradictionsSection } from './contradictions-section.js';
import { eventSection } from './event-section.js';
import { groupingSection } from './grouping-section.js';
import { matrixSection } from './matrix-section.js';
import { noPackSection } from './no-pack-section.js';
import { overviewTable, timestampLine, titleLine, verdictParagraph } from './overview.js';
import { sourcesSection } from './sources-section.js';

/**
 * The GitHub-flavoured Markdown report (reports/report.md). Its first screen answers "can we publish?": the verdict
 * and counts, what no claim pack knew, then each conflict with its quotes. Then the events, claims by sources, the
 * details (long parts folded), background and sources. Every article-derived string passes escapeMarkdown.
 */
export const formatMarkdown: Formatter = (report, options) => {
  const shortIds = shortSourceIds(report.sources);
  const figures = options.figures ? figurePaths(report) : new Map<string, string>();
  const comparedEvents = eventsInReportOrder(report).filter((event) => !event.background);
  const shownAtTop = new Set(topConflicts(report).map((finding) => finding.id));
  const details = comparedEvents.map((event) => eventSection(report, event, { shortIds, figures, shownAtTop }));
  const sections = [
    [titleLine(report), ...timestampLine(options.timestamp)],
    [verdictParagraph(report)],
    noPackSection(report),
    contradictionsSection(report, shortIds, figures),
    baselineSection(report),
    groupingSection(report, shortIds),
    overviewTable(report),
    matrixSection(report, comparedEvents, shortIds),
    details.length > 0 ? ['## Details'] : [],
    ...details,
    backgroundSection(report, shortIds),
    sourcesSection(report, shortIds),
  ];
  return `${sections
    .filter((section) => section.length > 0)
    .map((section) => section.join('\n'))
    .join('\n\n')}\n`;
};
