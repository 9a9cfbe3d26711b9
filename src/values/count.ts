import type { Dimension } from './dimension.js';

/**
 * Counts (people, homes, vehicles): told of every kind of happening, and changing as the day goes on (tolls,
 * evacuations), so they say nothing of which happening an account tells or of its subject. A running tally
 * is a claim kind's rule (`cumulative` in the claims, compare/updates.ts), not the dimension's: a kind that
 * is no tally ("four cabin crew") is a count too.
 */
export const count: Dimension = {
  id: 'count',
  evidence: { weighed: false, tellsSubject: false },
};
