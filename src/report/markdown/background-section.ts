import type { Event, Report } from '../../model/types.js';
import { displayValue } from '../../values/index.js';
import { counted } from '../plural.js';
import { claimLabel, findingsOfEvent } from '../report-view.js';
import { VERDICT_MARKS } from '../verdict-marks.js';
import { escapeMarkdown } from './escape.js';

/**
 * Background events (history an article recounts, not the news it reports), listed briefly and folded, so a reader
 * sees they were recognised and deliberately kept out of the comparison.
 */
export function backgroundSection(report: Report, shortIds: Map<string, string>): string[] {
  const background = report.events.filter((event) => event.background);
  if (background.length === 0) return [];
  return [
    '## Left out of the comparison',
    '',
    'Background: earlier events the articles recount as history, not the events they report.',
    '',
    `<details><summary>${counted(background.length, 'background event', 'background events')}</summary>`,
    '',
    ...background.flatMap((event) => backgroundBullets(report, event, shortIds)),
    '',
    '</details>',
  ];
}

function backgroundBullets(report: Report, event: Event, shortIds: Map<string, string>): string[] {
  const sources = event.sources.map((id) => escapeMarkdown(shortIds.get(id) ?? id)).join(', ');
  const date = event.date ? `${escapeMarkdown(displayValue(event.date))}; ` : '';
  const findings = findingsOfEvent(report, event.id).map((finding) => {
    const label = escapeMarkdown(claimLabel(report, finding.claim));
    return `  - ${VERDICT_MARKS[finding.verdict]} ${label}: ${escapeMarkdown(finding.summary)}`;
  });
  return [`- **${escapeMarkdown(event.label)}** (${date}mentioned by ${sources || 'no source'})`, ...findings];
}
