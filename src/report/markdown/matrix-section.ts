import type { Event, Report } from '../../model/types.js';
import { findingsOfEvent } from '../report-view.js';
import { claimsTable, LEGEND_LINE } from './claims-table.js';
import { escapeMarkdown } from './escape.js';

/** Claims by sources for each reported event, one table each, under one legend: the whole picture after the verdict. */
export function matrixSection(report: Report, events: Event[], shortIds: Map<string, string>): string[] {
  const tables = events.flatMap((event) => {
    const findings = findingsOfEvent(report, event.id);
    if (findings.length === 0) return [];
    return ['', `### ${escapeMarkdown(event.label)}`, '', ...claimsTable(report, event, findings, shortIds)];
  });
  if (tables.length === 0) return [];
  return ['## Claims by source', '', LEGEND_LINE, ...tables];
}
