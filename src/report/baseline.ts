// Baselines: conflicts and variances a team has looked at and accepted, recorded by fingerprint (event, claim kind
// and quoted values, never a line number), so an accepted finding stops failing the run while a new one still does.
// Pure: the CLI reads and writes the file.
import type { BaselineEntry, Finding, Report } from '../model/types.js';
import { compareText } from '../util/compareText.js';
import { findingFingerprint } from './fingerprint.js';
import { jsonFinding } from './json-report.js';

/** The findings a baseline records: those that can fail a run. */
const recordable = (f: Pick<Finding, 'verdict'>) => f.verdict === 'conflict' || f.verdict === 'variance';

/** Each recordable finding with its fingerprint and quotes, in report order. */
function fingerprinted(report: Report): { id: string; entry: Omit<BaselineEntry, 'reason'> }[] {
  return report.findings.filter(recordable).map((finding) => jsonFinding(report, finding)).map((f) => ({
    id: f.id,
    entry: {
      fingerprint: findingFingerprint(f),
      event: f.event,
      claim: f.claim,
      verdict: f.verdict,
      quotes: f.values.map((v) => ({ source: v.source, text: v.text })),
    },
  }));
}

/** The report with what `entries` accept; entries that match nothing are stale. */
export function applyBaseline(report: Report, entries: readonly BaselineEntry[], file: string): Report {
  const byFingerprint = new Map(entries.map((e) => [e.fingerprint, e]));
  const matched = new Set<string>();
  const accepted: { finding: string; reason: string }[] = [];
  for (const { id, entry } of fingerprinted(report)) {
    const recorded = byFingerprint.get(entry.fingerprint);
    if (!recorded) continue;
    matched.add(recorded.fingerprint);
    accepted.push({ finding: id, reason: recorded.reason });
  }
  const stale = entries.filter((e) => !matched.has(e.fingerprint));
  return { ...report, baseline: { file, accepted, stale } };
}

/**
 * The entries a new baseline holds: every conflict and variance of the report, sorted by event, claim and
 * fingerprint so the file is the same for the same findings; a reason already written for a finding is kept.
 */
export function baselineEntries(report: Report, previous: readonly BaselineEntry[] = []): BaselineEntry[] {
  const reasons = new Map(previous.map((e) => [e.fingerprint, e.reason]));
  const unique = new Map<string, BaselineEntry>();
  for (const { entry } of fingerprinted(report)) unique.set(entry.fingerprint, { ...entry, reason: reasons.get(entry.fingerprint) ?? '' });
  return [...unique.values()].sort((a, b) => compareText(a.event, b.event) || compareText(a.claim, b.claim) || compareText(a.fingerprint, b.fingerprint));
}

const acceptedMaps = new WeakMap<Report, Map<string, string>>();

/** The reason the run's baseline gives for accepting a finding ('' when it gives none), or undefined when it does not accept it. */
export function acceptedReason(report: Report, findingId: string): string | undefined {
  if (!report.baseline) return undefined;
  let reasons = acceptedMaps.get(report);
  if (!reasons) acceptedMaps.set(report, (reasons = new Map(report.baseline.accepted.map((a) => [a.finding, a.reason]))));
  return reasons.get(findingId);
}

/** Whether a finding is one the run's baseline accepts. */
export function isAccepted(report: Report, findingId: string): boolean {
  return acceptedReason(report, findingId) !== undefined;
}

/** Conflicts and variances the run's baseline accepts, and those it does not: what the gates and the summaries count. */
export function problemCounts(report: Report): { open: { conflict: number; variance: number }; accepted: { conflict: number; variance: number } } {
  const open = { conflict: 0, variance: 0 };
  const accepted = { conflict: 0, variance: 0 };
  for (const f of report.findings) {
    if (f.verdict !== 'conflict' && f.verdict !== 'variance') continue;
    (isAccepted(report, f.id) ? accepted : open)[f.verdict]++;
  }
  return { open, accepted };
}
