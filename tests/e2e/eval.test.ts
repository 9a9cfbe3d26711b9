import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/knowledge.js';

// The evaluation set (eval/: four non-missile events with human gold) holds accuracy on every change, measured
// as ../shared/real/README.md scores: span-strict (verify eval's default) and lenient (score-gold --strict --lenient).
//
// Recall is held at 0.93, not the 0.95 of text matching: span-strict, the evaluation set measured 0.94 (183/195;
// hurricane-leah 45/46, kolkata-overrun 51/53, liguria-derailment 46/50, sumatra-quake 41/46) where text matching
// measured 0.95 (186/195). The three values text matching alone found were credited to other quotes holding the
// same number or word ("4:10 a.m. Central time" for "10 p.m. CDT Wednesday"); a reader would not credit them.
const EVAL = join(ROOT, 'eval');
const folders = readdirSync(EVAL, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => join('eval', d.name))
  .sort();

describe('accuracy on the evaluation set', () => {
  it('keeps span-strict recall at 0.93 and verdicts at 0.95 or better with no false conflict', () => {
    expect(folders.length).toBeGreaterThanOrEqual(4);
    const bounds = ['--min-recall', '0.93', '--min-verdict', '0.95', '--max-false-conflicts', '0', '--max-provenance-errors', '0'];
    const run = runCli(['eval', ...folders, '--lenient', ...bounds]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^overall: recall /m);
    expect(run.code).toBe(0);
  });
});
