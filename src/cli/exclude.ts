// --exclude and the config's `exclude`: glob patterns (globs.ts, as ESLint reads them) over paths relative to
// where they were given: the working directory for the flag, the config file's folder for the file.
import { relative, resolve } from 'node:path';
import { globMatcher } from './globs.js';

export interface ExcludeRule {
  /** The folder the patterns are relative to. */
  base: string;
  patterns: string[];
}

/** Whether a file is excluded by any rule; `dot` so that a pattern may name hidden folders too. */
export function excluder(rules: ExcludeRule[]): ((path: string) => boolean) | undefined {
  const tests = rules
    .filter((r) => r.patterns.length)
    .map((r) => ({ base: resolve(r.base), match: globMatcher(r.patterns, { dot: true }) }));
  if (!tests.length) return undefined;
  return (path) => {
    const full = resolve(path);
    return tests.some(({ base, match }) => {
      const rel = relative(base, full).split('\\').join('/');
      return rel !== '' && !rel.startsWith('../') && rel !== '..' && match(rel);
    });
  };
}
