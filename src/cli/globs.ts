// Glob patterns, as ESLint reads them: `verify "coverage/**/*.md"` (quoted, so the shell leaves it alone) searches
// the folder before the first glob character and keeps the files the rest of the pattern matches. The one module
// that imports picomatch (ESLint's own matcher is minimatch; picomatch reads the same syntax, with no dependencies).
import { lstatSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import picomatch from 'picomatch';
import { InputError } from '../util/errors.js';
import type { Warn } from './warnings.js';
import { walk, type FoundFile } from './walk.js';

/** A test of paths (forward slashes, relative to where the patterns apply) against patterns. */
export function globMatcher(patterns: string | string[], options: { dot?: boolean } = {}): (path: string) => boolean {
  return picomatch(patterns, { dot: options.dot ?? false });
}

/** A path given as a pattern: the folder to search and the test of paths relative to it. */
export interface GlobPath {
  base: string;
  matches: (relativePath: string) => boolean;
  /** How deep below `base` a match can be: 1 for `*.md`, Infinity with `**`. */
  depth: number;
}

/**
 * The pattern in `path`, or undefined when it is none. A path that exists is taken as it is, glob characters and all
 * (`file(1).txt`), as ESLint takes it.
 */
export function globPath(path: string): GlobPath | undefined {
  const scanned = picomatch.scan(path);
  if (!scanned.isGlob || existsLiterally(path)) return undefined;
  // `!x` is an ignore pattern in ESLint's config, never a path; here it would silently match nothing.
  if (scanned.negated) throw new InputError("a pattern starting with '!' selects nothing here; leave files out with --exclude PATTERN", path);
  const parts = scanned.glob.split('/');
  return {
    base: scanned.base || '.',
    matches: globMatcher(scanned.glob),
    depth: parts.some((part) => part.includes('**')) ? Infinity : parts.length,
  };
}

/** Whether something is at `path`; one that cannot be looked at counts, so that reading it reports why. */
function existsLiterally(path: string): boolean {
  try {
    return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return true;
  }
}

/** The files with one of `extensions` that the pattern matches, in walk order (sorted, hidden ones skipped). */
export function globFiles(glob: GlobPath, extensions: Set<string>, warn: Warn, skip: string[] = []): FoundFile[] {
  const relativePath = (path: string) => relative(glob.base, path).split('\\').join('/');
  // Trouble is reported only about paths the pattern names: `*.md` must not warn about a broken link in a subfolder.
  const warnIfMatched: Warn = (file, message) => {
    if (glob.matches(relativePath(file))) warn(file, message);
  };
  // A base folder that does not exist matches nothing, as with ESLint; the caller says so.
  if (!statSync(glob.base, { throwIfNoEntry: false })?.isDirectory()) return [];
  return walk(glob.base, extensions, warnIfMatched, skip, glob.depth).filter((f) => glob.matches(relativePath(f.path)));
}
