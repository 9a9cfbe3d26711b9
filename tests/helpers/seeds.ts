import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './knowledge.js';

/** The shared seed articles and their gold annotation, which CI has beside the repo. */
export const SEEDS = join(ROOT, '..', 'shared', 'seeds');
export const SEED_ARTICLES = join(SEEDS, 'articles');
export const SCORER = join(ROOT, '..', 'shared', 'tools', 'score-gold.mjs');
export const haveSeeds = existsSync(join(SEEDS, 'gold.yaml'));

if (!haveSeeds) console.warn(`seed tests skipped: ${SEEDS} is absent (CI has it beside the repo)`);

export function seedFiles(): Map<string, string> {
  return new Map(readdirSync(SEED_ARTICLES).sort().map((f) => [f, readFileSync(join(SEED_ARTICLES, f), 'utf8')]));
}

/** A temporary copy of the seeds with `edit` applied to one file's text. */
export function seedVariant(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'verify-variant-'));
  for (const [name, text] of seedFiles()) {
    const changed = name.startsWith(file) ? edit(text) : text;
    if (name.startsWith(file) && changed === text) throw new Error(`variant of ${file} changed nothing`);
    writeFileSync(join(dir, name), changed);
  }
  return dir;
}
