// Documented limits on claims files. They keep start-up fast and stop a runaway file (a generated alias list,
// a pasted document) from turning into a slow or meaningless matcher. Past a limit is an error, never a truncation.

/** Characters in one claims file. */
export const MAX_FILE_CHARS = 4_000_000;
/** Place aliases in one file, over all its places. */
export const MAX_ALIASES_PER_FILE = 10_000;
export { MAX_LIST_ITEMS } from '../util/yamlLimits.js';
/** Characters in one phrase: a cue, alias, name or label. */
export const MAX_PHRASE_CHARS = 200;
/** Shortest cue, alias or category name: shorter phrases would match nearly everywhere. */
export const MIN_PHRASE_CHARS = 2;
