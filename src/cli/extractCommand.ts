// `verify extract [PATH...]`: each article's claims in a file of its own under --out, for an editor to review or for
// another machine to compare (the map step of a CI matrix). Never overwrites a reviewed file, a file edited by hand,
// or a file verify did not write: each is reported as skipped. Exit 0 unless the input is bad (2).
import { statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { Option, type Command } from 'commander';
import type { ArticleAnalysis, IsoDay } from '../model/types.js';
import { sourceIds, withSourceId } from '../pipeline/index.js';
import { InputError } from '../util/errors.js';
import { analyzeFiles } from './analyzeFiles.js';
import { contentHash, DEFAULT_EXTRACTED_DIR, EXTRACTED_FORMATS, extractedPathFor, isExtractedText, untouchedSinceWritten, type ExtractedFormat } from './extracted/format.js';
import { readExtracted } from './extracted/read.js';
import { ExtractedWriter } from './extracted/write.js';
import { DEFAULT_MAX_FILE_MB, MEGABYTE, parseMaxFileSize } from './limits.js';
import { collect, parseDay, parseJobs } from './optionParsers.js';
import { displayPath, readText, selectArticles } from './readInputs.js';
import { progressFor } from './progress.js';
import { runKnowledge, runSettings } from './runOptions.js';
import { isUrl } from '../web/settings.js';
import { readStdin, STDIN_ARG } from './stdin.js';
import { Warnings } from './warnings.js';
import { writeReportFile } from './writeReport.js';

interface ExtractOptions {
  out: string;
  format: ExtractedFormat;
  claims: string[];
  replaceClaims?: boolean;
  config?: string | false;
  exclude: string[];
  asOf?: IsoDay;
  jobs: number;
  maxFileSize: number;
  quiet?: boolean;
}

/** Adds `extract`; it reads the claim definitions and the config file as `verify` does. */
export function registerExtractCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('extract')
    .summary('write each article\'s claims to a file to review, or to compare on another machine')
    .description(
      'Write the claims found in each article to a file of its own under --out, at the article\'s path (sources/a.md -> ' +
        `${DEFAULT_EXTRACTED_DIR}/sources/a.md.yaml): YAML to review, JSON Lines for machines. An editor corrects, deletes ` +
        'or adds claims and sets reviewed: true; later runs use the reviewed claims instead of extracting the article. ' +
        'A reviewed file, a file edited by hand and a file verify did not write are never overwritten. `verify DIR` ' +
        'compares extracted files as it compares articles.',
    )
    .argument('[paths...]', 'article files or folders (.txt, .md, .html)', ['sources'])
    .option('--out <dir>', 'folder for the extracted files', DEFAULT_EXTRACTED_DIR)
    .addOption(new Option('--format <format>', 'yaml for people, jsonl (JSON Lines) for machines').choices([...EXTRACTED_FORMATS]).default('yaml'))
    .option('--claims <dir>', 'a folder of claim definitions (YAML) that extends the bundled packs (repeatable)', collect, [])
    .option('--replace-claims', 'use only the --claims folders, not the bundled packs')
    .option('--config <file>', 'settings file; default: the nearest verify.config.yaml at or above the working directory')
    .option('--no-config', 'ignore any verify.config.yaml')
    .option('--exclude <glob>', 'leave out article files matching this pattern, relative to the working directory (repeatable)', collect, [])
    .option('--as-of <date>', 'publication date (YYYY-MM-DD) for sources that carry none', parseDay)
    .option('--jobs <n>', 'worker threads for extraction, 0 = by input size', parseJobs, 0)
    .option('--max-file-size <MB>', 'largest article file to read, in MB', parseMaxFileSize, DEFAULT_MAX_FILE_MB)
    .option('--quiet', 'no warnings and no progress bar')
    .action(async (paths: string[], options: ExtractOptions) => {
      setExitCode(await runExtract(paths, options));
    });
}

async function runExtract(cliPaths: string[], options: ExtractOptions): Promise<number> {
  const warnings = Warnings.forRun(options.quiet);
  const s = runSettings(cliPaths, { ...options, out: undefined, extracted: options.out });
  const address = s.paths.find(isUrl);
  if (address !== undefined) {
    throw new InputError(`verify extract reads files, not web addresses: check the pages with verify first, then extract their copies (the JSON report's "copy")`, address);
  }
  const knowledge = runKnowledge(s, warnings);
  const maxFileBytes = options.maxFileSize * MEGABYTE;
  const stdin = s.paths.includes(STDIN_ARG) ? await readStdin(maxFileBytes) : undefined;
  const files = selectArticles(s.paths, { maxFileBytes, warn: warnings.warn, skipFolders: [options.out, s.out], exclude: s.exclude, stdin });
  // Ids as a run on these articles gives them; the run that compares the files gives its own.
  const shown = files.map(displayPath);
  const ids = sourceIds(shown);
  const plans = files.map((file, i) => ({ file, path: shown[i], id: ids[i], target: extractedPathFor(options.out, shown[i], options.format), skip: skipReason(shown[i], () => readText(file, { stdin }), options, warnings.warn) }));
  const toWrite = plans.filter((p) => p.skip === undefined);
  const progress = progressFor(s.quiet)(toWrite.length);
  let analyses: ArticleAnalysis[];
  try {
    analyses = await analyzeFiles(toWrite.map((p) => p.file), { knowledge, asOf: options.asOf, jobs: options.jobs, stdin, onProgress: progress?.update });
  } finally {
    progress?.stop(); // cleared before anything else is written, an error included
  }
  toWrite.forEach((plan, i) => analyses[i].notes?.forEach((note) => warnings.warn(plan.path, note)));
  const writer = new ExtractedWriter(knowledge, options.asOf);
  let claims = 0;
  toWrite.forEach((plan, i) => {
    const analysis = withSourceId(analyses[i], plan.id);
    const text = writer.text(analysis, contentHash(readText(plan.file, { maxFileBytes, stdin })), options.format);
    writeReportFile(dirname(plan.target), basename(plan.target), text);
    claims += analysis.candidates.length;
  });
  for (const plan of plans) if (plan.skip) process.stdout.write(`${displayPath(plan.skip.file)}: skipped: ${plan.skip.reason}\n`);
  const skipped = plans.length - toWrite.length;
  const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  process.stdout.write(
    `wrote ${counted(toWrite.length, 'file', 'files')} (${counted(claims, 'claim', 'claims')}) to ${displayPath(options.out)}${skipped ? `; skipped ${skipped}` : ''}\n`,
  );
  warnings.flush();
  return 0;
}

/**
 * Why the article's file must be left alone, or undefined when it may be (re)written: a reviewed file in either
 * format is the editor's; a file in the target format may be overwritten only if verify wrote it and it is untouched.
 */
function skipReason(path: string, articleText: () => string, options: ExtractOptions, warn: (file: string, message: string) => void): { file: string; reason: string } | undefined {
  for (const format of [options.format, ...EXTRACTED_FORMATS.filter((f) => f !== options.format)]) {
    const file = extractedPathFor(options.out, path, format);
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat) continue;
    if (!stat.isFile()) return { file, reason: 'not a regular file' };
    const text = readText(file);
    if (format === options.format && untouchedSinceWritten(text)) return undefined;
    if (isReviewed(text, file)) {
      const sha = readExtracted(text, displayPath(file)).sha256;
      if (sha !== contentHash(articleText())) warn(displayPath(file), `${path} changed since this file was extracted (its sha256 differs); review the claims again`);
      return { file, reason: 'reviewed' };
    }
    if (format !== options.format) continue;
    if (!isExtractedText(text)) return { file, reason: 'not written by verify extract (move it away to extract this article)' };
    return { file, reason: 'edited by hand since verify extract wrote it (set reviewed: true to use it, or delete it to extract again)' };
  }
  return undefined;
}

/** Whether the file is a well-formed extracted file marked reviewed; a broken one is no editor's finished work yet. */
function isReviewed(text: string, file: string): boolean {
  if (!isExtractedText(text)) return false;
  try {
    return readExtracted(text, displayPath(file)).reviewed;
  } catch (err) {
    if (err instanceof InputError) return false;
    throw err;
  }
}
