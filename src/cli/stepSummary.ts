import { appendFileSync, statSync } from 'node:fs';
import { describeFsError } from './fsErrors.js';
import type { Warn } from './warnings.js';

/** GitHub refuses a step summary file larger than this (it shows an error instead of the summary). */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;

const CUT_NOTE =
  '\n> **The report was cut here** to stay within the 1 MiB GitHub allows a step summary. ' +
  'Run verify with `--format md --out DIR` to write the whole report and keep it as an artifact.\n';

/**
 * The Markdown that fits in `budget` bytes of UTF-8: all of it, or its first whole lines, any `<details>` left open
 * closed, and a note saying it was cut. Empty when not even the note fits.
 */
export function fitStepSummary(markdown: string, budget: number): string {
  const bytes = Buffer.from(markdown, 'utf8');
  if (bytes.length <= budget) return markdown;
  // The report's <details> are never nested: at most one is open where the cut falls.
  const closing = '\n</details>\n';
  const room = budget - Buffer.byteLength(CUT_NOTE) - Buffer.byteLength(closing);
  if (room < 0) return '';
  // A cut just after a line break never splits a UTF-8 sequence (a break is one byte no sequence contains).
  const cut = room > 0 ? bytes.lastIndexOf(0x0a, room - 1) + 1 : 0;
  const kept = bytes.subarray(0, cut).toString('utf8');
  // Only our own <details> stand at a line's start; an article's are escaped ("\<details\>").
  const open = (kept.match(/^<details>/gm) ?? []).length > (kept.match(/^<\/details>/gm) ?? []).length;
  return `${kept}${open ? closing : ''}${CUT_NOTE}`;
}

/**
 * Appends the Markdown report to the step summary file the Actions runner names, within what GitHub shows of it
 * (less what the step has written there already). A file that cannot be written costs a warning, not the run.
 */
export function appendStepSummary(path: string, markdown: string, warn: Warn): void {
  try {
    const used = statSync(path, { throwIfNoEntry: false })?.size ?? 0;
    // After what the step wrote already, a blank line first, so the report's title starts a block of its own.
    const fitted = fitStepSummary(used > 0 ? `\n${markdown}` : markdown, STEP_SUMMARY_LIMIT - used);
    if (fitted === '') {
      warn(path, 'the step summary is full (1 MiB): the report was not added to it');
      return;
    }
    appendFileSync(path, fitted);
  } catch (err) {
    warn(path, `cannot append the report to the step summary: ${describeFsError(err)}`);
  }
}
