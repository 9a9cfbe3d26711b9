import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { InputError } from '../util/errors.js';
import { describeFsError } from './fsErrors.js';
import { BATCH_CHARS } from './writePieces.js';

/** A plain file name: no folder part, no NUL, not `.` or `..`. */
const PLAIN_NAME = /^(?!\.{1,2}$)[^/\\\0]+$/;

/**
 * Writes `name` inside `outDir` atomically: a new temporary file beside it (created exclusively, so nothing
 * planted at that path is followed), synced, then renamed over the target; a reader sees the old report or the
 * new one, never half of one. On failure the temporary file is removed. A name that would land outside the
 * folder is refused. `content` may come in pieces (a large JSON report), written as they come. Returns the path written.
 */
export function writeReportFile(outDir: string, name: string, content: string | Iterable<string>): string {
  const dir = resolve(outDir);
  const target = resolve(dir, name);
  if (!PLAIN_NAME.test(name) || !target.startsWith(dir + sep)) throw new InputError(`refusing to write outside the output folder: ${name}`, outDir);
  const existing = statSync(dir, { throwIfNoEntry: false });
  if (existing && !existing.isDirectory()) throw new InputError('cannot write report: --out is not a folder; name a folder (made if missing) with --out DIR', outDir);
  if (statSync(target, { throwIfNoEntry: false })?.isDirectory()) throw new InputError(`cannot write report: ${name} is a folder`, outDir);
  const tmp = join(dir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    mkdirSync(dir, { recursive: true });
    fd = openSync(tmp, 'wx', 0o644);
    if (typeof content === 'string') writeFileSync(fd, content);
    else writeInBatches(fd, content);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, target);
  } catch (err) {
    try {
      if (fd !== undefined) closeSync(fd);
      rmSync(tmp, { force: true });
    } catch {
      // Best effort: the error that matters is the one below.
    }
    throw new InputError(`cannot write report: ${describeFsError(err)}`, outDir);
  }
  return target;
}

function writeInBatches(fd: number, pieces: Iterable<string>): void {
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= BATCH_CHARS) {
      writeAll(fd, batch);
      batch = '';
    }
  }
  writeAll(fd, batch);
}

/** One write may take only part of its bytes: write until all are down. */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}
