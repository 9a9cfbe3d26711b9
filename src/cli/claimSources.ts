// Which claim definitions a run loads: the bundled packs, extended by the user's folders (--claims, the config's
// `claims`), or replaced by them when asked. A user's file of the same name as a bundled one (missile.yaml) takes its
// place. What was loaded from where is said in one line whenever the user's folders are involved.
import { realpathSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Knowledge } from '../model/types.js';
import { InputError } from '../util/errors.js';
import { loadKnowledgeCached } from './knowledgeCache.js';
import { displayPath, readClaimFiles } from './readInputs.js';
import type { Warn } from './warnings.js';

/** The claims folder shipped with verify. */
export const BUNDLED_CLAIMS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'claims');

export interface ClaimChoice {
  /** The user's folders, in order; later ones win over earlier ones for a file of the same name. */
  dirs: string[];
  /** Drop the bundled packs. */
  replace: boolean;
}

export interface LoadedClaims {
  knowledge: Knowledge;
  /** "claims: bundled (…) + my-claims/dam.yaml", or undefined when only the bundled packs were read. */
  said?: string;
}

export function loadClaims(choice: ClaimChoice, options: { warn?: Warn; bundled?: string } = {}): LoadedClaims {
  const bundledDir = options.bundled ?? BUNDLED_CLAIMS;
  if (choice.replace && !choice.dirs.length) throw new InputError('replacing the bundled claims needs a folder of your own (--claims DIR)');
  const chosen = new Map<string, { path: string; content: string; bundled: boolean }>();
  if (!choice.replace) for (const f of readClaimFiles(bundledDir, { warn: options.warn })) chosen.set(basename(f.path), { ...f, bundled: true });
  const replaced: string[] = [];
  // Naming the bundled folder itself (`--claims claims` in verify's own checkout) adds nothing.
  const dirs = choice.replace ? choice.dirs : choice.dirs.filter((d) => !sameFolder(d, bundledDir));
  for (const dir of dirs)
    for (const f of readClaimFiles(dir, { warn: options.warn })) {
      const name = basename(f.path);
      if (chosen.get(name)?.bundled) replaced.push(name);
      // A later folder's file of the same name wins, as a later flag does.
      chosen.delete(name);
      chosen.set(name, { ...f, bundled: false });
    }
  const files = [...chosen.values()];
  const knowledge = loadKnowledgeCached(files.map(({ path, content }) => ({ path, content })));
  if (!dirs.length) return { knowledge };
  const bundled = files.filter((f) => f.bundled).map((f) => stem(f.path));
  const own = files.filter((f) => !f.bundled).map((f) => f.path);
  const parts = [
    ...(bundled.length ? [`bundled ${displayPath(bundledDir)} (${bundled.join(', ')})`] : []),
    ...own,
  ];
  const instead = replaced.length ? `; in place of the bundled ${replaced.join(', ')}` : '';
  return { knowledge, said: `claims: ${choice.replace ? 'only ' : ''}${parts.join(' + ')}${instead}` };
}

function sameFolder(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false; // a folder that cannot be read is reported when it is read
  }
}

const stem = (path: string) => basename(path).replace(/\.ya?ml$/, '');
