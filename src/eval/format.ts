// The eval command's output: pure functions from scored folders to text (one figure line per folder, then
// the overall line) or JSON.
import { figureLine, ratios, shortfalls, sumCounts, type Bounds, type Shortfall } from './figures.js';
import type { Score, ScoreCounts, ScoreMisses, ScoreOptions } from './score.js';

export interface FolderScore {
  /** The folder as named on the command line. */
  folder: string;
  score: Score;
}

export interface EvalResult {
  folders: FolderScore[];
  /** How values were matched and verdicts judged, so a JSON result says what it measured. */
  matching: 'strict' | 'loose';
  lenient: boolean;
  /** Counts summed over the folders. */
  overall: ScoreCounts;
  bounds: Bounds;
  /** Figures of the overall line that miss their bound; empty when all hold. */
  short: Shortfall[];
}

/** Bounds are held by the overall figures, which for a single folder are that folder's. */
export function evaluate(folders: FolderScore[], bounds: Bounds, scoring: ScoreOptions = {}): EvalResult {
  const overall = sumCounts(folders.map((f) => f.score));
  const matching = scoring.loose ? 'loose' : 'strict';
  return { folders, matching, lenient: scoring.lenient === true, overall, bounds, short: shortfalls(overall, bounds) };
}

// Labels of score-gold's verbose lines, in its order.
const MISS_LABELS: [keyof ScoreMisses, string][] = [
  ['recall', 'missed'],
  ['verdict', 'verdict'],
  ['falseConflicts', 'false-conf'],
  ['provenance', 'provenance'],
];

export function formatEvalText(result: EvalResult, options: { verbose?: boolean } = {}): string {
  const lines: string[] = [];
  for (const { folder, score } of result.folders) {
    lines.push(`${folder}: ${figureLine(score)}`);
    if (!options.verbose) continue;
    for (const [key, label] of MISS_LABELS) for (const m of score.misses[key]) lines.push(`  ${label.padEnd(11)} ${m}`);
  }
  lines.push(`overall: ${figureLine(result.overall, result.short)}`);
  return `${lines.join('\n')}\n`;
}

export function formatEvalJson(result: EvalResult): string {
  const figures = (c: ScoreCounts) => ({ ...ratios(c), ...c });
  const json = {
    matching: result.matching,
    lenient: result.lenient,
    folders: result.folders.map(({ folder, score }) => {
      const { misses, ...counts } = score;
      return { folder, ...figures(counts), misses };
    }),
    overall: figures(result.overall),
    bounds: result.bounds,
    short: result.short,
    pass: result.short.length === 0,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
