// Ratios, bounds and the one-line summary, worded exactly as score-gold.mjs prints them.
import type { ScoreCounts } from './score.js';

export interface Ratios {
  recall: number;
  pairing: number;
  verdict: number;
}

/** Lower bounds on the ratios and upper bounds on the error counts; an absent bound always holds. */
export interface Bounds {
  minRecall?: number;
  minPairing?: number;
  minVerdict?: number;
  maxFalseConflicts?: number;
  maxProvenanceErrors?: number;
}

/** Names of the figures that fall short, in score-gold's order and spelling. */
export type Shortfall = 'recall' | 'pairing' | 'verdict' | 'false-conflicts' | 'provenance';

// Nothing asked for is nothing missed: an empty denominator scores 1.
const ratio = (x: number, y: number) => (y ? x / y : 1);

export function ratios(c: ScoreCounts): Ratios {
  return { recall: ratio(c.found, c.wanted), pairing: ratio(c.paired, c.pairs), verdict: ratio(c.right, c.judged) };
}

/** Counts added up; ratios of the sum are then recomputed from these, never averaged. */
export function sumCounts(all: readonly ScoreCounts[]): ScoreCounts {
  const sum: ScoreCounts = {
    found: 0, wanted: 0, paired: 0, pairs: 0, right: 0, judged: 0,
    falseConflicts: 0, internalConflicts: 0, provenanceErrors: 0, provenanceChecked: 0,
  };
  for (const c of all) for (const k of Object.keys(sum) as (keyof ScoreCounts)[]) sum[k] += c[k];
  return sum;
}

export function shortfalls(c: ScoreCounts, b: Bounds): Shortfall[] {
  const r = ratios(c);
  const short: Shortfall[] = [];
  if (r.recall < (b.minRecall ?? 0)) short.push('recall');
  if (r.pairing < (b.minPairing ?? 0)) short.push('pairing');
  if (r.verdict < (b.minVerdict ?? 0)) short.push('verdict');
  if (c.falseConflicts > (b.maxFalseConflicts ?? Infinity)) short.push('false-conflicts');
  if (c.provenanceErrors > (b.maxProvenanceErrors ?? Infinity)) short.push('provenance');
  return short;
}

/** score-gold's last line, e.g. `recall 1.00 (19/19) pairing 1.00 (14/14) ... provenance-errors 0/38`. */
export function figureLine(c: ScoreCounts, short: readonly Shortfall[] = []): string {
  const r = ratios(c);
  return (
    `recall ${r.recall.toFixed(2)} (${c.found}/${c.wanted}) pairing ${r.pairing.toFixed(2)} (${c.paired}/${c.pairs}) ` +
    `verdict ${r.verdict.toFixed(2)} (${c.right}/${c.judged}) false-conflicts ${c.falseConflicts} internal-conflicts ${c.internalConflicts} ` +
    `provenance-errors ${c.provenanceErrors}/${c.provenanceChecked}${short.length ? ' SHORT: ' + short.join(',') : ''}`
  );
}
