// Acceptance: on every folder with human gold (../shared/real/*, ../shared/seeds, eval/*), `verify eval` prints
// the figures score-gold.mjs --strict prints for the JSON report of the same articles, with and without
// --lenient: the built CLI against the shared script, end to end.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { EVAL_FOLDERS, HAVE_SHARED, REAL_FOLDERS, SEEDS, removeTemps, runScoreGold, tempTree, warnIfNoShared } from './helpers.js';

afterAll(removeTemps);
warnIfNoShared('the agreement of `verify eval` with score-gold.mjs --strict on the gold folders');

const FOLDERS = [...REAL_FOLDERS, SEEDS, ...EVAL_FOLDERS];
const MODES: [name: string, evalArgs: string[], scoreGoldArgs: string[]][] = [
  ['strict', [], ['--strict']],
  ['strict, lenient', ['--lenient'], ['--strict', '--lenient']],
];

/** Each folder's figure line from one `verify eval` run over all the folders. */
function evalLines(args: string[]): Map<string, string> {
  const run = runCli(['eval', ...FOLDERS, ...args]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const lines = new Map<string, string>();
  for (const line of run.stdout.trimEnd().split('\n').slice(0, -1)) {
    const at = line.indexOf(': recall ');
    lines.set(line.slice(0, at), line.slice(at + 2));
  }
  return lines;
}

describe.skipIf(!HAVE_SHARED)('verify eval agrees with score-gold.mjs on the gold folders', () => {
  it('covers the real folders, the seeds and the evaluation set', () => {
    expect(REAL_FOLDERS.length).toBeGreaterThanOrEqual(3);
    expect(EVAL_FOLDERS.length).toBeGreaterThanOrEqual(4);
  });

  it.each(MODES)('%s', (_name, evalArgs, scoreGoldArgs) => {
    const printed = evalLines(evalArgs);
    for (const folder of FOLDERS) {
      const report = runCli([join(folder, 'articles'), '--format', 'json']);
      expect(report.stderr).toBe('');
      const reportPath = join(tempTree({ 'report.json': report.stdout }), 'report.json');
      const scored = runScoreGold(join(folder, 'gold.yaml'), reportPath, join(folder, 'articles'), scoreGoldArgs);
      expect(scored.stderr).toBe('');
      expect({ folder, figures: printed.get(folder) }).toEqual({ folder, figures: scored.stdout.trimEnd().split('\n').at(-1) });
    }
  }, 120_000);
});
