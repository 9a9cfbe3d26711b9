import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import { InputError } from '../util/errors.js';

/**
 * Writes `name` inside `outDir` atomically (a temporary file, then a rename), refusing any name
 * that would land outside the folder.
 */
export function writeReportFile(outDir: string, name: string, content: string): string {
  const dir = resolve(outDir);
  const target = resolve(dir, name);
  if (basename(target) !== name || !target.startsWith(dir + sep)) throw new InputError(`refusing to write outside the output folder: ${name}`, outDir);
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `.${name}.${process.pid}.tmp`);
    writeFileSync(tmp, content);
    renameSync(tmp, target);
  } catch (err) {
    throw new InputError(`cannot write report: ${(err as NodeJS.ErrnoException).code ?? 'error'}`, outDir);
  }
  return target;
}
