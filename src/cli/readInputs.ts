import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { RawSource } from '../model/types.js';
import { InputError } from '../util/errors.js';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);
const CLAIM_EXTENSIONS = new Set(['.yaml', '.yml']);

/** Files named on the command line, and article files found (recursively, sorted) in folders. */
export function listArticleFiles(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    const stat = statOrFail(p);
    if (stat.isDirectory()) files.push(...walk(p, ARTICLE_EXTENSIONS));
    else files.push(p);
  }
  return [...new Set(files)];
}

function walk(dir: string, extensions: Set<string>): string[] {
  const out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch (err) {
    throw new InputError(`cannot read folder: ${(err as NodeJS.ErrnoException).code ?? 'error'}`, dir);
  }
  for (const name of entries) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    const stat = statSync(full, { throwIfNoEntry: false });
    if (stat?.isDirectory()) out.push(...walk(full, extensions));
    else if (stat?.isFile() && extensions.has(extname(name).toLowerCase())) out.push(full);
  }
  return out;
}

function statOrFail(p: string) {
  const stat = statSync(p, { throwIfNoEntry: false });
  if (!stat) throw new InputError('no such file or folder', p);
  return stat;
}

/** Reads text files: UTF-8 (a BOM dropped) or UTF-16 with a BOM. */
export function readText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new InputError(`cannot read file: ${(err as NodeJS.ErrnoException).code ?? 'error'}`, path);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function readSources(files: string[]): RawSource[] {
  return files.map((f) => ({ path: displayPath(f), content: readText(f) }));
}

export function readClaimFiles(dir: string): { path: string; content: string }[] {
  const stat = statOrFail(dir);
  if (!stat.isDirectory()) throw new InputError('not a folder of claim definitions', dir);
  const files = walk(dir, CLAIM_EXTENSIONS);
  if (!files.length) throw new InputError('no claim definitions (*.yaml) in this folder', dir);
  return files.map((f) => ({ path: displayPath(f), content: readText(f) }));
}

/** Paths relative to the working directory when inside it, so reports do not depend on where the repo lives. */
export function displayPath(p: string): string {
  const rel = relative(process.cwd(), p);
  return rel && !rel.startsWith('..') ? rel.split('\\').join('/') : p;
}
