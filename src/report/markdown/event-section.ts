import type { Event, Finding, Report, Verdict } from '../../model/types.js';
import { displayValue } from '../../values/index.js';
import { counted } from '../plural.js';
import { findingsOfEvent, isInternalConflict } from '../report-view.js';
import { claimsTable, LEGEND_LINE } from './claims-table.js';
import { escapeMarkdown } from './escape.js';
import { findingBlock, singleSourceBullets } from './finding-blocks.js';

/** A compared event: its sources, the claims-by-sources table, then findings from most to least urgent. */
export function eventSection(report: Report, event: Event, shortIds: Map<string, string>): string[] {
  const findings = findingsOfEvent(report, event.id);
  const lines = [`## ${escapeMarkdown(event.label)}`, '', eventFacts(event, shortIds)];
  if (findings.length === 0) return [...lines, '', 'No checkable claims.'];
  lines.push('', ...claimsTable(report, event, findings, shortIds), '', LEGEND_LINE);

  const withVerdict = (verdict: Verdict) => findings.filter((finding) => finding.verdict === verdict);
  const blocks = (list: Finding[]) => list.flatMap((finding) => ['', ...findingBlock(report, finding, shortIds)]);
  const conflicts = withVerdict('conflict');
  // Conflicts between sources first: those are the news; a source's own slip follows.
  const orderedConflicts = [
    ...conflicts.filter((finding) => !isInternalConflict(finding)),
    ...conflicts.filter(isInternalConflict),
  ];
  if (orderedConflicts.length > 0) lines.push('', '### ✗ Conflicts', ...blocks(orderedConflicts));
  const variances = withVerdict('variance');
  const updated = variances.some((finding) => finding.reason === 'updated-count');
  if (variances.length > 0) lines.push('', `### ≈ Variance within rounding${updated ? ' or by an updated count' : ''}`, ...blocks(variances));
  const agreements = withVerdict('agree');
  if (agreements.length > 0) {
    // Agreements are the bulk and rarely need reading; fold them so conflicts stay on screen.
    const summary = `✓ ${counted(agreements.length, 'claim agrees', 'claims agree')}`;
    lines.push('', `<details><summary>${summary}</summary>`, ...blocks(agreements), '', '</details>');
  }
  const singles = withVerdict('single-source');
  if (singles.length > 0) {
    const bullets = singles.flatMap((finding) => singleSourceBullets(report, finding, shortIds));
    lines.push('', '### ○ Single source', '', ...bullets);
  }
  return lines;
}

function eventFacts(event: Event, shortIds: Map<string, string>): string {
  const sources = event.sources.map((id) => escapeMarkdown(shortIds.get(id) ?? id)).join(', ');
  const date = event.date ? ` · date: ${escapeMarkdown(displayValue(event.date))}` : '';
  return `Sources: ${sources || 'none'}${date}`;
}
