// A run's inputs as analyses: articles are extracted, extracted-claims files named on the command line are read
// instead, and an article with a reviewed file in the extracted folder takes its claims from that file. Ids are
// given over the whole run, as a run on the articles alone would give them, so the report is the same.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { ArticleAnalysis, IsoDay, Knowledge } from '../../model/types.js';
import { sourceIds, withSourceId } from '../../pipeline/index.js';
import { InputError } from '../../util/errors.js';
import { analyzeFiles, shownPath as shownAs, type WebCopy } from '../analyzeFiles.js';
import { globFiles, globPath } from '../globs.js';
import type { Progress } from '../progress.js';
import { ARTICLE_EXTENSIONS, displayPath, readText, selectArticles } from '../readInputs.js';
import { readStdin, STDIN_ARG } from '../stdin.js';
import { realOrResolved, walk, type FoundFile } from '../walk.js';
import type { Warn } from '../warnings.js';
import { contentHash, EXTRACTED_EXTENSIONS, EXTRACTED_FORMATS, extractedPathFor, isExtractedText } from './format.js';
import { readExtracted, type ExtractedFile } from './read.js';
import { toAnalysis } from './toAnalysis.js';

export interface InputOptions {
  knowledge: Knowledge;
  asOf?: IsoDay;
  /** Worker threads for extraction; 0 = by input size. */
  jobs: number;
  maxFileBytes: number;
  warn: Warn;
  /** Folders never searched (the report folder). */
  skipFolders: string[];
  /** Where `verify extract` keeps its files: a reviewed one there replaces extracting its article. */
  extractedDir: string;
  /** Articles left out by --exclude or the config's `exclude`. */
  exclude?: (path: string) => boolean;
  /** Web pages' copies among the paths, by file: read and reported under their address, linked to the copy. */
  web?: ReadonlyMap<string, WebCopy>;
  /** A progress bar for this many articles to extract, or none (progressFor decides when). */
  progress?: (total: number) => Progress | undefined;
}

const SEARCHED = new Set([...ARTICLE_EXTENSIONS, ...EXTRACTED_EXTENSIONS]);
const silent: Warn = () => {};
/** Enough of a file to pass the comments verify writes at the top of a YAML file and find its marker. */
const HEAD_BYTES = 4096;

/** An extracted file used for a source, and the article file it stands for when the run named that article. */
interface Used {
  file: ExtractedFile;
  article?: string;
}

export async function analyzeInputs(paths: string[], options: InputOptions): Promise<ArticleAnalysis[]> {
  const { named, articlePaths } = splitInputs(paths, options);
  const stdin = articlePaths.includes(STDIN_ARG) ? await readStdin(options.maxFileBytes) : undefined;
  const articles = articlePaths.length
    ? selectArticles(articlePaths, { maxFileBytes: options.maxFileBytes, warn: options.warn, skipFolders: options.skipFolders, exclude: options.exclude, stdin })
    : [];
  const byPath = new Map<string, Used>();
  for (const file of named) {
    const first = byPath.get(file.source.path);
    if (first) throw new InputError(`two extracted-claims files for ${file.source.path}: ${first.file.file} and this one; name one`, file.file);
    byPath.set(file.source.path, { file });
  }
  const shownPath = (file: string) => shownAs(file, options.web);
  const articlePathsShown = articles.map(shownPath);
  // Most runs have no extracted folder: then no article costs a look for its file.
  if (statSync(options.extractedDir, { throwIfNoEntry: false })?.isDirectory()) {
    // Standard input is a different article each run, and a web page may change: no reviewed file stands for them.
    articlePathsShown.forEach((path, i) => byPath.has(path) || articles[i] === STDIN_ARG || options.web?.has(articles[i]) || setReviewed(byPath, path, articles[i], options));
  }

  const toExtract = articles.filter((_, i) => !byPath.has(articlePathsShown[i]));
  const progress = options.progress?.(toExtract.length);
  let extractedAnalyses: ArticleAnalysis[];
  try {
    extractedAnalyses = await analyzeFiles(toExtract, { knowledge: options.knowledge, asOf: options.asOf, jobs: options.jobs, stdin, web: options.web, onProgress: progress?.update });
  } finally {
    progress?.stop(); // cleared before anything else is written, an error included
  }
  toExtract.forEach((file, i) => extractedAnalyses[i].notes?.forEach((note) => options.warn(shownPath(file), note)));
  const fromArticles = new Map(toExtract.map((file, i) => [shownPath(file), withCopy(extractedAnalyses[i], options.web?.has(file) ? displayPath(file) : undefined)]));
  // Input order: the articles as listed, then files whose article was not named.
  const listed = new Set(articlePathsShown);
  const order = [...articlePathsShown, ...[...byPath.keys()].filter((path) => !listed.has(path))];
  const ids = sourceIds(order);
  return order.map((path, i) => {
    const used = byPath.get(path);
    if (!used) return withSourceId(fromArticles.get(path)!, ids[i]);
    if (used.file.asOf !== options.asOf) options.warn(used.file.file, `extracted with --as-of ${used.file.asOf ?? '(none)'}; this run has ${options.asOf ?? 'none'}`);
    return toAnalysis(used.file, ids[i], options.knowledge, sourceTextChecked(used, options));
  });
}

/** Extracted-claims files named or found in named folders, read and checked; the rest is for selectArticles. */
function splitInputs(paths: string[], options: InputOptions): { named: ExtractedFile[]; articlePaths: string[] } {
  const named: ExtractedFile[] = [];
  const articlePaths: string[] = [];
  const readIfExtracted = (file: string) => {
    if (!startsAsExtracted(file)) return false;
    named.push(readExtracted(readText(file, { maxFileBytes: options.maxFileBytes }), displayPath(file)));
    return true;
  };
  const skip = options.skipFolders.map(realOrResolved);
  for (const path of paths) {
    const stat = path === STDIN_ARG ? undefined : statSync(path, { throwIfNoEntry: false });
    const glob = globPath(path);
    if (stat?.isDirectory() || glob) {
      // A pattern is searched as a folder is. Warnings about what is skipped come from selectArticles' own walk, once.
      const files: FoundFile[] = glob ? globFiles(glob, SEARCHED, silent, skip) : walk(path, SEARCHED, silent, skip);
      const extracted = files.filter((f) => EXTRACTED_EXTENSIONS.has(extname(f.path).toLowerCase()) && readIfExtracted(f.path));
      const hasArticles = files.some((f) => ARTICLE_EXTENSIONS.has(extname(f.path).toLowerCase()));
      if (hasArticles || !extracted.length) articlePaths.push(path);
    } else if (!(stat?.isFile() && EXTRACTED_EXTENSIONS.has(extname(path).toLowerCase()) && readIfExtracted(path))) {
      articlePaths.push(path); // a missing path fails there, naming it, as it always has
    }
  }
  return { named, articlePaths };
}

/** A reviewed file in the extracted folder for the article at `path`, if one exists, put in `byPath`. */
function setReviewed(byPath: Map<string, Used>, path: string, article: string, options: InputOptions): void {
  for (const format of EXTRACTED_FORMATS) {
    const at = extractedPathFor(options.extractedDir, path, format);
    if (!statSync(at, { throwIfNoEntry: false })?.isFile()) continue;
    const file = readExtracted(readText(at, { maxFileBytes: options.maxFileBytes }), displayPath(at));
    if (!file.reviewed) continue;
    if (file.source.path !== path) {
      options.warn(file.file, `not used: its claims are of ${file.source.path}, not ${path}`);
      continue;
    }
    byPath.set(path, { file, article });
    return;
  }
}

/**
 * The article's text, when it can be read here, after checking it is what the file was extracted from (one warning
 * line naming the file when not). A file used where its article is absent (the comparison step of a CI matrix) is
 * taken as it is.
 */
function sourceTextChecked({ file, article = file.source.path }: Used, options: InputOptions): string | undefined {
  if (!statSync(article, { throwIfNoEntry: false })?.isFile()) return undefined;
  const text = readText(article, { maxFileBytes: options.maxFileBytes });
  if (contentHash(text) !== file.sha256) {
    const again = file.reviewed ? 'review the claims again' : 'extract it again';
    options.warn(file.file, `${file.source.path} changed since this file was extracted (its sha256 differs); ${again}`);
  }
  return text;
}

/** Whether a file begins as an extracted-claims file does: only its head is read (a folder may hold big data files). */
function startsAsExtracted(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(HEAD_BYTES);
    const read = readSync(fd, head, 0, HEAD_BYTES, 0);
    return isExtractedText(head.subarray(0, read).toString('utf8'));
  } catch {
    return false; // unreadable: not ours to report; selectArticles reports what it reads
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A web page's analysis names the copy it was read from, for reports to link. */
function withCopy(analysis: ArticleAnalysis, copy: string | undefined): ArticleAnalysis {
  if (copy === undefined) return analysis;
  const { length, ...source } = analysis.source;
  return { ...analysis, source: { ...source, copy, length } };
}
