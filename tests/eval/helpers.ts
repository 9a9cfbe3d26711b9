import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../helpers/knowledge.js';

export { ROOT };
export const SHARED = join(ROOT, '..', 'shared');
export const SCORE_GOLD = join(SHARED, 'tools', 'score-gold.mjs');
export const SEEDS = join(SHARED, 'seeds');
export const HAVE_SHARED = existsSync(SCORE_GOLD) && existsSync(join(SEEDS, 'gold.yaml'));
/** The real-reporting folders of ../shared/real that hold a gold file, sorted; none when ../shared is absent. */
export const REAL_FOLDERS = goldFolders(join(SHARED, 'real'));
/** The evaluation set in the repo (eval/*), sorted. */
export const EVAL_FOLDERS = goldFolders(join(ROOT, 'eval'));

function goldFolders(parent: string): string[] {
  if (!existsSync(parent)) return [];
  return readdirSync(parent, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(parent, d.name, 'gold.yaml')))
    .map((d) => join(parent, d.name))
    .sort();
}

export function warnIfNoShared(what: string): void {
  if (!HAVE_SHARED) console.warn(`tests/eval: ${SHARED} is absent; skipping ${what}`);
}

const temps: string[] = [];

/** A fresh temp folder holding `files` (relative path -> content); removed by removeTemps(). */
export function tempTree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'verify-eval-'));
  temps.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  return dir;
}

/** Runs the shared scorer from the repo root (it finds js-yaml there); stdout lines and exit status. */
export function runScoreGold(gold: string, report: string, sources: string, args: string[] = []) {
  const out = spawnSync(process.execPath, [SCORE_GOLD, gold, report, sources, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SCORE_VERBOSE: '1' },
  });
  if (out.error) throw out.error;
  return { status: out.status, stdout: out.stdout, stderr: out.stderr };
}

export function removeTemps(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}
