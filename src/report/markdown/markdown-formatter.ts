import type { Formatter } from '../formatter.js';
import { eventsInReportOrder, shortSourceIds } from '../report-view.js';
import { backgroundSection } from './background-section.js';
import { eventSection } from './event-section.js';
import { groupingSection } from './grouping-section.js';
import { overviewTable, titleLine, verdictParagraph } from './overview.js';
import { sourcesSection } from './sources-section.js';

/** The GitHub-flavoured Markdown report (reports/report.md). Every article-derived string passes escapeMarkdown. */
export const formatMarkdown: Formatter = (report) => {
  const shortIds = shortSourceIds(report.sources);
  const comparedEvents = eventsInReportOrder(report).filter((event) => !event.background);
  const sections = [
    [titleLine(report)],
    [verdictParagraph(report)],
    report.events.length > 0 ? overviewTable(report) : [],
    groupingSection(report, shortIds),
    ...comparedEvents.map((event) => eventSection(report, event, shortIds)),
    backgroundSection(report, shortIds),
    sourcesSection(report, shortIds),
  ];
  return `${sections
    .filter((section) => section.length > 0)
    .map((section) => section.join('\n'))
    .join('\n\n')}\n`;
};
