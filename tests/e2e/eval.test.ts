import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/knowledge.js';

// The evaluation set (eval/: invented events with human gold) holds accuracy on every change, measured as
// ../shared/real/README.md scores: span-strict (verify eval's default) and lenient (score-gold --strict --lenient).
//
// Lenient, as ../shared/real is scored: the gold calls three updated death tolls ("at least six" in the morning,
// nine by evening) conflicts, and verify reports them as variances labelled "updated count" (README, "Counts").
// The first four folders are held at the bars: recall 0.93 (span-strict; text matching measured 0.95, 186/195,
// crediting three values to quotes of the same number in other sentences), verdicts 0.95, no false conflict.
const HELD = ['eval/hurricane-leah', 'eval/kolkata-overrun', 'eval/liguria-derailment', 'eval/sumatra-quake'];

// The folders built to break the event rules of issue 14 do not reach those bars yet (the targets:
// pairing and verdicts 0.95, no false conflict). Each is held at what it measures now, so that no change makes
// it worse; raise a floor when a fix lands, and move the folder to HELD when it reaches the bars.
const FLOORS: Record<string, { recall: number; pairing: number; verdict: number; falseConflicts: number }> = {
  'eval/catanduanes-typhoon': { recall: 0.88, pairing: 1, verdict: 1, falseConflicts: 0 },
  'eval/hualien-doublet': { recall: 0.9, pairing: 0.95, verdict: 1, falseConflicts: 0 },
    'eval/korea-launches': { recall: 0.93, pairing: 0.95, verdict: 1, falseConflicts: 0 },
  'eval/malatya-quake': { recall: 0.89, pairing: 0.98, verdict: 1, falseConflicts: 0 },
};

const folders = readdirSync(join(ROOT, 'eval'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => join('eval', d.name))
  .sort();

describe('accuracy on the evaluation set', () => {
  it('every folder is either held at the bars or has a floor', () => {
    expect(folders).toEqual([...HELD, ...Object.keys(FLOORS)].sort());
  });

  it('keeps span-strict recall at 0.93 and verdicts at 0.95 or better with no false conflict on the held folders', () => {
    const bounds = ['--min-recall', '0.93', '--min-verdict', '0.95', '--max-false-conflicts', '0', '--max-provenance-errors', '0'];
    const run = runCli(['eval', ...HELD, '--lenient', ...bounds]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^overall: recall /m);
    expect(run.code).toBe(0);
  });

  it.each(Object.entries(FLOORS))('%s does no worse than it measures now', (folder, floor) => {
    const run = runCli(['eval', folder, '--lenient', '--format', 'json', '--max-provenance-errors', '0']);
    expect(run.stderr).toBe('');
    const [scores] = JSON.parse(run.stdout).folders;
    expect(scores.recall).toBeGreaterThanOrEqual(floor.recall);
    expect(scores.pairing).toBeGreaterThanOrEqual(floor.pairing);
    expect(scores.verdict).toBeGreaterThanOrEqual(floor.verdict);
    expect(scores.falseConflicts).toBeLessThanOrEqual(floor.falseConflicts);
  });
});
