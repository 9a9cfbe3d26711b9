import type { Event, Finding, Report, Verdict } from '../../model/types.js';
import { displayValue } from '../../values/index.js';
import { counted } from '../plural.js';
import { claimLabel, findingsOfEvent, isInternalConflict } from '../report-view.js';
import { capitalize, escapeMarkdown } from './escape.js';
import { figureLines, findingBlock, singleSourceBullets, verdictWords } from './finding-blocks.js';

// Past this many bullets, single-source claims are folded: they are often the longest part and rarely urgent.
const OPEN_SINGLE_BULLETS = 5;

/** What the details of one event need besides the report: figures by finding id, and the conflicts shown at the top. */
export interface DetailsContext {
  shortIds: Map<string, string>;
  figures: ReadonlyMap<string, string>;
  shownAtTop: ReadonlySet<string>;
}

/**
 * The details of a reported event, from most to least urgent: conflicts (those at the top only named, so no quote
 * is repeated), variances with their number lines, then agreements and single-source claims folded in `<details>`.
 */
export function eventSection(report: Report, event: Event, context: DetailsContext): string[] {
  const findings = findingsOfEvent(report, event.id);
  const lines = [`### ${escapeMarkdown(event.label)}`, '', eventFacts(event, context.shortIds)];
  if (findings.length === 0) return [...lines, '', 'No checkable claims.'];

  const withVerdict = (verdict: Verdict) => findings.filter((finding) => finding.verdict === verdict);
  const blocks = (list: Finding[]) => list.flatMap((finding) => ['', ...detailBlock(report, finding, context)]);
  const conflicts = withVerdict('conflict');
  // Conflicts between sources first: those are the news; a source's own slip follows.
  const orderedConflicts = [...conflicts.filter((finding) => !isInternalConflict(finding)), ...conflicts.filter(isInternalConflict)];
  if (orderedConflicts.length > 0) lines.push('', '#### ✗ Conflicts', ...blocks(orderedConflicts));
  const variances = withVerdict('variance');
  const updated = variances.some((finding) => finding.reason === 'updated-count');
  if (variances.length > 0) lines.push('', `#### ≈ Variance within rounding${updated ? ' or by an updated count' : ''}`, ...blocks(variances));
  const agreements = withVerdict('agree');
  if (agreements.length > 0) {
    // Agreements are the bulk and rarely need reading; folded, so conflicts stay on screen.
    const summary = `✓ ${counted(agreements.length, 'claim agrees', 'claims agree')}`;
    lines.push('', `<details><summary>${summary}</summary>`, ...blocks(agreements), '', '</details>');
  }
  const singles = withVerdict('single-source');
  const bullets = singles.flatMap((finding) => singleSourceBullets(report, finding, context.shortIds));
  if (bullets.length > OPEN_SINGLE_BULLETS) {
    const summary = `○ ${counted(singles.length, 'claim rests', 'claims rest')} on one source`;
    lines.push('', `<details><summary>${summary}</summary>`, '', ...bullets, '', '</details>');
  } else if (bullets.length > 0) lines.push('', '#### ○ Single source', '', ...bullets);
  return lines;
}

/** A finding in full, or for a conflict already shown at the top, one line pointing there. */
function detailBlock(report: Report, finding: Finding, context: DetailsContext): string[] {
  if (!context.shownAtTop.has(finding.id)) return findingBlock(report, finding, context.shortIds, context.figures.get(finding.id));
  const label = escapeMarkdown(capitalize(claimLabel(report, finding.claim)));
  return [
    `**${label} — ${verdictWords(finding, context.shortIds)}.** Its quotes are at the top of this report.`,
    ...figureLines(label, context.figures.get(finding.id)),
  ];
}

function eventFacts(event: Event, shortIds: Map<string, string>): string {
  const sources = event.sources.map((id) => escapeMarkdown(shortIds.get(id) ?? id)).join(', ');
  const date = event.date ? ` · date: ${escapeMarkdown(displayValue(event.date))}` : '';
  return `Sources: ${sources || 'none'}${date}`;
}
