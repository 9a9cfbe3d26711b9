import type { Report } from '../../model/types.js';
import { acceptedReason } from '../baseline.js';
import { counted } from '../plural.js';
import { claimLabel, eventLabel } from '../report-view.js';
import { escapeMarkdown } from './escape.js';

/**
 * What the run's baseline accepted (each finding with its reason) and its entries that match nothing any more, after
 * the contradictions that are new: the report lists both, so an editor sees what was let through and why.
 */
export function baselineSection(report: Report): string[] {
  const baseline = report.baseline;
  if (!baseline || (baseline.accepted.length === 0 && baseline.stale.length === 0)) return [];
  const file = escapeMarkdown(baseline.file);
  const out = [`## Accepted in ${file}`, ''];
  const accepted = report.findings.filter((f) => acceptedReason(report, f.id) !== undefined);
  if (accepted.length === 0) out.push(`None of this run's findings: every entry of ${file} is stale.`);
  for (const f of accepted) {
    const reason = acceptedReason(report, f.id);
    out.push(`- ${f.verdict} · ${escapeMarkdown(claimLabel(report, f.claim))} · ${escapeMarkdown(eventLabel(report, f.event))}: ${reason ? escapeMarkdown(reason) : '*no reason given*'}`);
  }
  if (baseline.stale.length > 0) {
    out.push('', `${counted(baseline.stale.length, 'entry', 'entries')} of ${file} ${baseline.stale.length === 1 ? 'matches' : 'match'} no finding any more (stale: remove, or write the baseline again):`, '');
    for (const e of baseline.stale) {
      const quotes = e.quotes.map((q) => `${escapeMarkdown(q.source)}: "${escapeMarkdown(q.text)}"`).join('; ');
      out.push(`- ${file}${e.line ? `:${e.line}` : ''} · ${e.verdict} · ${escapeMarkdown(e.claim)} · event ${escapeMarkdown(e.event)}${quotes ? ` — ${quotes}` : ''}`);
    }
  }
  return out;
}
