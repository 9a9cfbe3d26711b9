// Scoring reports against human gold files: the pure core of `verify eval`.
export { figureLine, ratios, shortfalls, sumCounts, type Bounds, type Ratios, type Shortfall } from './figures.js';
export { evaluate, formatEvalJson, formatEvalText, type EvalResult, type FolderScore } from './format.js';
export { GOLD_VERDICTS, parseGold, type Gold, type GoldClaim, type GoldValue, type GoldVerdict } from './gold.js';
export {
  formatQuantityScore,
  parseQuantitySet,
  sameUnit,
  scoreQuantities,
  type MarkedQuantity,
  type QuantityCase,
  type QuantityScore,
} from './quantities.js';
export { norm, quoteMatches, stem, textsMatch } from './match.js';
export {
  scoreReport,
  type Score,
  type ScoreCounts,
  type ScoredFinding,
  type ScoredReport,
  type ScoredValue,
  type ScoreMisses,
  type ScoreOptions,
} from './score.js';
export { SourceSpans, type PlacedQuote, type Span } from './spans.js';
