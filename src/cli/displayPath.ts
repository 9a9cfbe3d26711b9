// How a path is shown in reports, warnings and errors.
import { relative } from 'node:path';
import { STDIN_ARG, STDIN_SHOWN } from './stdin.js';

/** Paths relative to the working directory when inside it, so reports do not depend on where the repo lives. */
export function displayPath(p: string): string {
  if (p === STDIN_ARG) return STDIN_SHOWN;
  const rel = relative(process.cwd(), p);
  return rel && !rel.startsWith('..') ? rel.split('\\').join('/') : p;
}
