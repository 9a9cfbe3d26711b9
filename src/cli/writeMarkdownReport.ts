import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, rmSync, statSync, type Stats } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import type { Mention, QuoteInSentence, RawSource, Report, SourceInfo } from '../model/types.js';
import { quoteSentences } from '../pipeline/index.js';
import { FIGURE_MARKER, FIGURES_FOLDER, formatReport, mentionsShownInSentence, reportFigures } from '../report/index.js';
import { InputError } from '../util/errors.js';
import { pushTo } from '../util/multimap.js';
import { describeFsError } from './fsErrors.js';
import { displayPath, readText } from './readInputs.js';
import { STDIN_ARG, STDIN_READ_AS, STDIN_SHOWN, stdinHeld } from './stdin.js';
import { writeReportFile } from './writeReport.js';

/**
 * The report with the sentence around each quote it shows in full, read again from the article files (the pipeline
 * keeps no text) at the paths the report gives its sources (as the run showed them: from the working directory, or
 * absolute). A file that can no longer be read, or no longer holds the quote where it stood, leaves its quotes
 * shown alone: the report is never held up for context.
 */
export function withQuoteSentences(report: Report): Report {
  const shown = mentionsShownInSentence(report);
  if (shown.length === 0) return report;
  const bySource = new Map<string, Mention[]>();
  for (const mention of shown) pushTo(bySource, mention.source, mention);
  const sentences = new Map<string, QuoteInSentence>();
  for (const source of report.sources) {
    const mentions = bySource.get(source.id);
    if (!mentions) continue;
    try {
      const found = quoteSentences(articleAsRead(source), source.id, mentions);
      for (const [id, sentence] of found) sentences.set(id, sentence);
    } catch {
      // Read once already; gone or changed since (or claims read from an extracted file). Its quotes stay, alone.
    }
  }
  return { ...report, sentences };
}

/**
 * A source's article as the run read it: `stdin` is what standard input held (as Markdown), not a file, and a web
 * page is its copy in the cache folder.
 */
function articleAsRead({ path, copy }: SourceInfo): RawSource {
  if (copy !== undefined) return { path, content: readText(copy), readAs: extname(copy).slice(1), url: path };
  const stdin = path === STDIN_SHOWN ? stdinHeld() : undefined;
  if (stdin) return { path, content: readText(STDIN_ARG, { stdin }), readAs: STDIN_READ_AS };
  return { path, content: readText(path) };
}

/** What a report run wrote: the report's path and its figures' folder, if it holds any. */
export interface WrittenReport {
  report: string;
  figures: number;
  figuresFolder: string;
}

/**
 * Writes report.md into `outDir` with its number lines in `outDir/report-figures/`, each file atomically through
 * writeReportFile. The figures go first, so the report never links a missing one; then figures of an earlier run
 * that this report no longer has are removed. Only files we wrote are replaced or removed, known by the marker
 * comment each holds: a file of the user's at a figure's name stops the run (exit 2) before anything is written.
 */
export function writeMarkdownReport(outDir: string, report: Report, options: { timestamp?: string } = {}): WrittenReport {
  const folder = join(outDir, FIGURES_FOLDER);
  const figures = reportFigures(report);
  const kept = new Set(figures.map((figure) => figure.name));
  // What writeReportFile would refuse, refused before any figure is written.
  if (statOf(outDir, outDir, statSync)?.isDirectory() === false) throw new InputError('cannot write report: --out is not a folder; name a folder (made if missing) with --out DIR', outDir);
  if (statOf(join(outDir, 'report.md'), outDir, statSync)?.isDirectory()) throw new InputError('cannot write report: report.md is a folder', outDir);
  const folderExists = figuresFolderExists(outDir, folder);
  if (folderExists) {
    for (const name of kept) {
      const path = join(folder, name);
      if (figureOwner(path) === 'user') throw new InputError(`refusing to overwrite ${displayPath(path)}: verify did not write it (move it away)`, outDir);
    }
  }
  for (const figure of figures) writeReportFile(folder, figure.name, figure.content);
  const content = formatReport(copiesFrom(outDir, report), 'md', { color: false, figures: true, timestamp: options.timestamp });
  const written = writeReportFile(outDir, 'report.md', content.endsWith('\n') ? content : `${content}\n`);
  if (folderExists) removeStaleFigures(folder, kept);
  return { report: written, figures: figures.length, figuresFolder: folder };
}

/** Whether the figures' folder exists; one that is a link or a file is refused, as writing through it could land outside --out. */
function figuresFolderExists(outDir: string, folder: string): boolean {
  const stat = statOf(folder, outDir, lstatSync);
  if (!stat) return false;
  if (!stat.isDirectory()) throw new InputError(`cannot write figures: ${FIGURES_FOLDER} is not a folder`, outDir);
  return true;
}

/** A path's stat, undefined when nothing is there; any other failure is the run's error, naming --out. */
function statOf(path: string, outDir: string, stat: typeof statSync | typeof lstatSync): Stats | undefined {
  try {
    return stat(path, { throwIfNoEntry: false });
  } catch (err) {
    throw new InputError(`cannot write report: ${describeFsError(err)}`, outDir);
  }
}

// Enough of a file to find the marker: it stands in the first line of every figure we write.
const HEAD_BYTES = 512;

/**
 * Who made the file at `path`: `none` when nothing is there, `ours` for a regular file holding our marker near its
 * start, else `user` (a link is never followed: it is opened with O_NOFOLLOW where the system has it).
 */
function figureOwner(path: string): 'none' | 'ours' | 'user' {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    if (!fstatSync(fd).isFile()) return 'user';
    const head = Buffer.alloc(HEAD_BYTES);
    const length = readSync(fd, head, 0, HEAD_BYTES, 0);
    return head.subarray(0, length).toString('utf8').includes(FIGURE_MARKER) ? 'ours' : 'user';
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'none' : 'user';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Removes the figures of earlier runs that this report no longer links: only `.svg` files holding our marker. */
function removeStaleFigures(folder: string, kept: ReadonlySet<string>): void {
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch (err) {
    throw new InputError(`cannot list old figures: ${describeFsError(err)}`, displayPath(folder));
  }
  for (const name of names) {
    if (!name.endsWith('.svg') || kept.has(name)) continue;
    const path = join(folder, name);
    if (figureOwner(path) !== 'ours') continue;
    try {
      rmSync(path);
    } catch (err) {
      throw new InputError(`cannot remove an old figure: ${describeFsError(err)}`, displayPath(path));
    }
  }
}

/** The report with web pages' copies named from the report's folder, so its links to them work where it lies. */
function copiesFrom(outDir: string, report: Report): Report {
  if (!report.sources.some((source) => source.copy !== undefined)) return report;
  const sources = report.sources.map((source) => (source.copy === undefined ? source : { ...source, copy: relative(resolve(outDir), resolve(source.copy)) }));
  return { ...report, sources };
}
