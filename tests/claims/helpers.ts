// Shared fixtures for the claims loader tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../src/util/errors.js';

export const CLAIMS_DIR = fileURLToPath(new URL('../../claims', import.meta.url));

/** The shipped claims files as the CLI passes them: every *.yaml / *.yml, sorted by name. */
export function shippedFiles(): { path: string; content: string }[] {
  return readdirSync(CLAIMS_DIR)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((n) => ({ path: `claims/${n}`, content: readFileSync(join(CLAIMS_DIR, n), 'utf8') }));
}

/** A small valid units file that kinds in test inputs can refer to. */
export const UNITS = `units:
  - id: km
    dimension: length
    factor: 1000
    names: [km, kilometers]
  - id: count
    dimension: count
    factor: 1
`;

/** The InputError `fn` throws; fails the test when it throws nothing or something else. */
export function inputErrorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw new Error(`expected an InputError, got ${String(err)}`);
  }
  throw new Error('expected an InputError, but nothing was thrown');
}
