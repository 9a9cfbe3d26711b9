import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge } from '../../src/claims/index.js';
import type { Knowledge } from '../../src/model/types.js';

export const ROOT = join(import.meta.dirname, '..', '..');

let cached: Knowledge | undefined;

/** The shipped claim definitions, loaded once per test file. */
export function shippedKnowledge(): Knowledge {
  if (!cached) {
    const dir = join(ROOT, 'claims');
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
    cached = loadKnowledge(files.map((f) => ({ path: `claims/${f}`, content: readFileSync(join(dir, f), 'utf8') })));
  }
  return cached;
}
