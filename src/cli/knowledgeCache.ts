import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge } from '../claims/index.js';
import type { Knowledge } from '../model/types.js';

// Parsing and validating the claim definitions costs more than checking five articles; their result
// is kept in the system's temporary folder, keyed by a hash of the files and of the program that loaded
// them (another build may load the same files differently), so a second run of the same build with the
// same files starts at once. A cache that cannot be read or written is simply not used.
const CACHE_DIR = join(tmpdir(), 'verify-cache');

// Set by the bundler (scripts/bundle.mjs): a hash of the compiled program. Unbundled modules have none.
declare const VERIFY_BUILD_ID: string | undefined;
/** The running build's identity, or undefined when it has none (then nothing is cached). */
export const BUILD_ID: string | undefined = typeof VERIFY_BUILD_ID === 'string' ? VERIFY_BUILD_ID : undefined;

/** The claim definitions in `files`, from the cache (in `dir`) when `build` loaded the same files before. */
export function loadKnowledgeCached(files: { path: string; content: string }[], build: string | undefined = BUILD_ID, dir = CACHE_DIR): Knowledge {
  if (build === undefined) return loadKnowledge(files);
  const hash = createHash('sha256').update(build);
  for (const f of files) hash.update(`\0${f.path}\0${f.content}`);
  const file = join(dir, `knowledge-${hash.digest('hex').slice(0, 32)}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Knowledge;
  } catch {
    // not cached yet, or unreadable: load from the YAML
  }
  const knowledge = loadKnowledge(files);
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(knowledge));
    renameSync(tmp, file);
  } catch {
    // a read-only or full temporary folder only costs the next run its head start
  }
  return knowledge;
}
