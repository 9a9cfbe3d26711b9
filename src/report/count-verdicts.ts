import type { Finding, Report, Verdict } from '../model/types.js';

export interface VerdictCounts {
  sources: number;
  findings: number;
  agree: number;
  variance: number;
  conflict: number;
  singleSource: number;
}

/** Tallies findings by verdict; background events count too, so the totals match the JSON findings list. */
export function countVerdicts(report: Report): VerdictCounts {
  return { sources: report.sources.length, ...tallyFindings(report.findings) };
}

export function tallyFindings(findings: Finding[]): Omit<VerdictCounts, 'sources'> {
  const byVerdict: Record<Verdict, number> = { agree: 0, variance: 0, conflict: 0, 'single-source': 0 };
  for (const finding of findings) byVerdict[finding.verdict] += 1;
  return {
    findings: findings.length,
    agree: byVerdict.agree,
    variance: byVerdict.variance,
    conflict: byVerdict.conflict,
    singleSource: byVerdict['single-source'],
  };
}
