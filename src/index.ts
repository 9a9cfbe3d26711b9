// The programmatic API: the pure pipeline, the claim-definition loader and the formatters.
export { loadKnowledge } from './claims/index.js';
export { verify, combine, Analyzer, sourceIds } from './pipeline/index.js';
export { formatReport, toJsonReport, countVerdicts, displayValue, type FormatName } from './report/index.js';
export { scoreReport, parseGold } from './eval/index.js';
export { InputError } from './util/errors.js';
export type * from './model/types.js';
