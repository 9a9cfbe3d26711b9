// Reading what the user named: article files and folders, claims folders. Every problem is either a warning (the
// file was skipped or repaired, and the run says so) or an InputError naming the file (exit 2); never a stack trace,
// never a hang on a pipe or device, never a run that checked nothing.
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RawSource } from '../model/types.js';
import { InputError } from '../util/errors.js';
import { decodeText } from './decode.js';
import { EXTRACTED_SUBFOLDER, isExtractedText } from './extracted/format.js';
import { describeFsError } from './fsErrors.js';
import { DEFAULT_MAX_FILE_MB, formatSize, MAX_MAX_FILE_MB, MEGABYTE } from './limits.js';
import { displayPath } from './displayPath.js';
import { globFiles, globPath } from './globs.js';
import { STDIN_ARG } from './stdin.js';
import { realOrResolved, walk } from './walk.js';
import { warnOnStderr, type Warn } from './warnings.js';

export { displayPath } from './displayPath.js';
export { walk } from './walk.js';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);
const CLAIM_EXTENSIONS = new Set(['.yaml', '.yml']);
const ARTICLE_KINDS = '.txt, .md, .markdown, .html, .htm';

export interface ReadOptions {
  /** Largest file read, in bytes. */
  maxFileBytes?: number;
  /** Where skipped and repaired files are reported. */
  warn?: Warn;
  /** Folders not to search (the report folder); a file in one named on the command line is still read. */
  skipFolders?: string[];
  /** Files left out by --exclude or the config's `exclude`; one named on the command line is left out with a warning. */
  exclude?: (path: string) => boolean;
  /** What the path `-` stands for: the bytes read from standard input (readStdin). */
  stdin?: Buffer;
}

/**
 * The article files to check, in order: folders searched, every file opened, size-checked and decoded once here,
 * so what will be skipped (binary, blank) or repaired (invalid UTF-8) is warned about before the run, and a file
 * too big is refused before any work. Throws InputError when nothing is left, so a gate never passes on no input.
 */
export function selectArticles(paths: string[], options: ReadOptions = {}): string[] {
  const warn = options.warn ?? warnOnStderr;
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_MB * MEGABYTE;
  const where = paths.map(displayPath).join(', ');
  const files = listArticleFiles(paths, warn, options.skipFolders, options.exclude);
  if (!files.length) throw noArticles(where, options.exclude !== undefined);
  const kept = files.filter((f) => readArticle(f, maxBytes, warn, options.stdin) !== undefined);
  if (!kept.length) {
    const all = files.length === 1 ? 'the only article file was' : `all ${files.length} article files were`;
    throw new InputError(`nothing to check: ${all} skipped (see the warnings above)`, where);
  }
  return kept;
}

const noArticles = (where: string, excluding: boolean) =>
  new InputError(`no article files (${ARTICLE_KINDS}) found${excluding ? ' that no exclude pattern leaves out' : ''}; name article files, a folder holding them, or a pattern such as "coverage/**/*.md"`, where);

/**
 * Files named on the command line, article files found (recursively, sorted) in folders and matched by glob
 * patterns, and `-` (standard input) where it was named; each file once. A pattern that matches no article file is
 * an error of its own, as in ESLint: a typo in one of several patterns must not pass unnoticed.
 */
export function listArticleFiles(paths: string[], warn: Warn = warnOnStderr, skipFolders: string[] = [], exclude?: (path: string) => boolean): string[] {
  const files: string[] = [];
  const seen = new Map<string, string>(); // device:inode -> the path it was first found under
  const add = (path: string, stat: Stats) => {
    // Some file systems report no inode numbers; there the resolved path has to do.
    const id = stat.ino ? `${stat.dev}:${stat.ino}` : resolve(path);
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, path);
      files.push(path);
    } else if (displayPath(first) !== displayPath(path)) {
      warn(displayPath(path), `same file as ${displayPath(first)}, read once`);
    }
  };
  const skip = skipFolders.map(realOrResolved);
  for (const p of paths) {
    if (p === STDIN_ARG) {
      if (files.includes(STDIN_ARG)) warn(displayPath(p), 'named more than once, read once');
      else files.push(STDIN_ARG);
      continue;
    }
    const glob = globPath(p);
    if (glob) {
      const matched = globFiles(glob, ARTICLE_EXTENSIONS, warn, skip).filter((f) => !exclude?.(f.path));
      if (!matched.length) throw noArticles(displayPath(p), exclude !== undefined);
      for (const f of matched) add(f.path, f.stat);
      continue;
    }
    const stat = statOrFail(p);
    if (stat.isDirectory()) {
      for (const f of walk(p, ARTICLE_EXTENSIONS, warn, skip)) if (!exclude?.(f.path)) add(f.path, f.stat);
    } else if (stat.isFile()) {
      if (exclude?.(p)) warn(displayPath(p), 'left out by an exclude pattern');
      else add(p, stat);
    }
    else throw new InputError('not a regular file or folder', displayPath(p));
  }
  return files;
}

function statOrFail(p: string): Stats {
  try {
    const stat = statSync(p, { throwIfNoEntry: false });
    if (!stat) throw new InputError(`no such file or folder (paths are read from ${process.cwd()}; \`verify --help\` shows the usage)`, displayPath(p));
    return stat;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`cannot read: ${describeFsError(err)}`, displayPath(p));
  }
}

/**
 * The bytes of a regular file, at most `maxBytes`. Opened non-blocking and checked on the open descriptor, so a
 * FIFO or device swapped in for a file is refused instead of blocking the run.
 */
function readBytes(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw new InputError(`cannot read file: ${describeFsError(err)}`, displayPath(path));
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new InputError('not a regular file', displayPath(path));
    const tooBig = (size: number) =>
      new InputError(
        `file is ${formatSize(size)}, over the ${formatSize(maxBytes)} limit for one file (raise it with --max-file-size ${Math.ceil(size / MEGABYTE)})`,
        displayPath(path),
      );
    if (stat.size > maxBytes) throw tooBig(stat.size);
    const bytes = readFileSync(fd);
    if (bytes.length > maxBytes) throw tooBig(bytes.length); // it grew while we read it
    return bytes;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`cannot read file: ${describeFsError(err)}`, displayPath(path));
  } finally {
    closeSync(fd);
  }
}

/** A file's bytes; for `-`, what was read from standard input (the size limit was applied as it was read). */
function bytesOf(file: string, maxBytes: number, stdin: Buffer | undefined): Buffer {
  if (file !== STDIN_ARG) return readBytes(file, maxBytes);
  if (stdin === undefined) throw new Error('standard input was named but not read');
  return stdin;
}

/** An article's text, or undefined (with a warning) when it is not text or blank. */
function readArticle(file: string, maxBytes: number, warn: Warn, stdin?: Buffer): string | undefined {
  const path = displayPath(file);
  const decoded = decodeText(bytesOf(file, maxBytes, stdin));
  if (decoded.notText !== undefined || decoded.blank) {
    warn(path, `skipped: ${decoded.notText ?? (decoded.text ? 'only white space' : 'empty file')}`);
    return undefined;
  }
  for (const note of decoded.notes) warn(path, note);
  return decoded.text;
}

/**
 * A file that must be read as text (an article already selected, a claims or gold file): UTF-8 (a BOM dropped) or
 * UTF-16 with a BOM; InputError when it is not text. Repairs are reported only to `options.warn`, since
 * selectArticles has warned about articles already. The default size cap is only what a string can hold: the
 * user's --max-file-size was applied when the articles were selected.
 */
export function readText(path: string, options: ReadOptions = {}): string {
  const decoded = decodeText(bytesOf(path, options.maxFileBytes ?? MAX_MAX_FILE_MB * MEGABYTE, options.stdin));
  if (decoded.notText !== undefined) throw new InputError(`cannot read as text: ${decoded.notText}`, displayPath(path));
  if (options.warn) for (const note of decoded.notes) options.warn(displayPath(path), note);
  return decoded.text;
}

/** Decoded articles, in order; a file that is not text, or is blank, is skipped with a warning. */
export function readSources(files: string[], options: ReadOptions = {}): RawSource[] {
  const warn = options.warn ?? warnOnStderr;
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_MB * MEGABYTE;
  const out: RawSource[] = [];
  for (const f of files) {
    const content = readArticle(f, maxBytes, warn, options.stdin);
    if (content !== undefined) out.push({ path: displayPath(f), content });
  }
  return out;
}

export function readClaimFiles(dir: string, options: ReadOptions = {}): { path: string; content: string }[] {
  const stat = statOrFail(dir);
  if (!stat.isDirectory()) throw new InputError('not a folder of claim definitions', displayPath(dir));
  // Extracted claims (claims/extracted/ by default) are a run's input, not claim definitions.
  const files = walk(dir, CLAIM_EXTENSIONS, options.warn ?? warnOnStderr, [realOrResolved(join(dir, EXTRACTED_SUBFOLDER))]);
  const read = files.map((f) => ({ path: displayPath(f.path), content: readText(f.path, { warn: warnOnStderr, ...options }) })).filter((f) => !isExtractedText(f.content));
  if (!read.length) throw new InputError('no claim definitions (*.yaml) in this folder', displayPath(dir));
  return read;
}
