import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge } from '../claims/index.js';
import type { Knowledge } from '../model/types.js';

// Parsing and validating the claim definitions costs more than checking five articles; their result
// is kept in the system's temporary folder, keyed by a hash of the files, so a second run with the same
// files starts at once. A cache that cannot be read or written is simply not used.
const CACHE_VERSION = '1';
const CACHE_DIR = join(tmpdir(), 'verify-cache');

export function loadKnowledgeCached(files: { path: string; content: string }[]): Knowledge {
  const hash = createHash('sha256').update(CACHE_VERSION);
  for (const f of files) hash.update(`\0${f.path}\0${f.content}`);
  const file = join(CACHE_DIR, `knowledge-${hash.digest('hex').slice(0, 32)}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Knowledge;
  } catch {
    // not cached yet, or unreadable: load from the YAML
  }
  const knowledge = loadKnowledge(files);
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(knowledge));
    renameSync(tmp, file);
  } catch {
    // a read-only or full temporary folder only costs the next run its head start
  }
  return knowledge;
}
