// Searching a folder for files, as every input path that is a folder or a glob is searched: sorted by name at each
// level, hidden entries skipped, symbolic link loops cut, what cannot be read warned about.
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { InputError } from '../util/errors.js';
import { describeFsError } from './fsErrors.js';
import type { Warn } from './warnings.js';
import { displayPath } from './displayPath.js';

export interface FoundFile {
  path: string;
  stat: Stats;
}

/**
 * Regular files with one of `extensions` under `dir`, sorted by name at each level; hidden entries skipped; folders
 * whose real path is in `skip` not entered. `depth` 1 lists `dir` alone (a glob without `**` needs no more).
 */
export function walk(dir: string, extensions: Set<string>, warn: Warn, skip: string[] = [], depth = Infinity): FoundFile[] {
  return walkBelow(dir, extensions, warn, skip, depth, []);
}

function walkBelow(dir: string, extensions: Set<string>, warn: Warn, skip: string[], depth: number, ancestors: string[]): FoundFile[] {
  let real: string;
  let entries: string[];
  try {
    real = realpathSync(dir);
    entries = readdirSync(dir).sort();
  } catch (err) {
    throw new InputError(`cannot read folder: ${describeFsError(err)}`, displayPath(dir));
  }
  // A symbolic link back to a folder being walked would repeat every file below it, forever.
  if (ancestors.includes(real)) {
    warn(displayPath(dir), 'symbolic link loop, not followed');
    return [];
  }
  const out: FoundFile[] = [];
  if (skip.includes(real)) return out;
  for (const name of entries) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    const wanted = extensions.has(extname(name).toLowerCase());
    let stat: Stats | undefined;
    try {
      stat = statSync(full);
    } catch (err) {
      if (wanted || isSymlink(full)) warn(displayPath(full), `skipped: ${isSymlink(full) ? 'broken symbolic link' : describeFsError(err)}`);
      continue;
    }
    if (stat.isDirectory()) {
      // A loop, not push(...): a folder of a few hundred thousand files would overflow the argument limit.
      if (depth > 1) for (const f of walkBelow(full, extensions, warn, skip, depth - 1, [...ancestors, real])) out.push(f);
    } else if (!wanted) continue;
    else if (stat.isFile()) out.push({ path: full, stat });
    else warn(displayPath(full), 'skipped: not a regular file');
  }
  return out;
}

export function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
