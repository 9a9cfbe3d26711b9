import type { Verdict } from '../model/types.js';

/** One-character marks shared by the Markdown tables and the terminal output. */
export const VERDICT_MARKS: Record<Verdict, string> = {
  agree: '✓',
  variance: '≈',
  conflict: '✗',
  'single-source': '○',
};

/** Marks a source that states nothing for a claim: a dash, plain enough to tell from every verdict mark. */
export const NOT_STATED_MARK = '—';
