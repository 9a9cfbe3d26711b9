// What every command that checks articles shares: the options that choose the input (articles, claims, config,
// excludes, baseline), how a flag, the config file and the default combine, and the run from files to a Report.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { Knowledge, Report } from '../model/types.js';
import { combine } from '../pipeline/index.js';
import { applyBaseline } from '../report/index.js';
import { InputError } from '../util/errors.js';
import { findBaseline, loadBaseline } from './baseline.js';
import { loadClaims } from './claimSources.js';
import { applyTolerances, CONFIG_FILE, findConfig, loadConfig, type VerifyConfig } from './config.js';
import { excluder } from './exclude.js';
import { DEFAULT_MAX_FILE_MB, MEGABYTE, parseMaxFileSize } from './limits.js';
import { DEFAULT_EXTRACTED_DIR } from './extracted/format.js';
import { analyzeInputs } from './extracted/inputs.js';
import { collect, parseDay, parseJobs, parseSeconds } from './optionParsers.js';
import { userAgent } from '../web/settings.js';
import { DEFAULT_CACHE_DIR, DEFAULT_TIMEOUT_SECONDS, namesWeb, readWebInputs, type WebOptions } from './webInputs.js';
import { progressFor } from './progress.js';
import { displayPath } from './readInputs.js';
import { printable, type Warnings, warnUnclaimed } from './warnings.js';

export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEFAULT_PATHS = ['sources'];

/** The version from package.json; a missing or broken file must not break the command. */
export function packageVersion(): string {
  try {
    return String(JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')).version);
  } catch {
    return 'unknown';
  }
}
export const DEFAULT_OUT = 'reports';

export interface RunOptions {
  claims: string[];
  replaceClaims?: boolean;
  config?: string | false;
  exclude: string[];
  baseline?: string | false;
  requireReasons?: boolean;
  out?: string;
  asOf?: string;
  jobs: number;
  maxFileSize: number;
  extracted: string;
  quiet?: boolean;
  // What reads the web (verify, baseline and explain have these; extract reads files only).
  urls?: string[];
  feed?: string[];
  since?: string;
  offline?: boolean;
  cacheDir?: string;
  timeout?: number;
  allowMissing?: boolean;
}


/** The options that choose what a run reads. */
export function addRunOptions(command: Command): Command {
  return command
    .argument('[paths...]', "article files or folders (.txt, .md, .html), or extracted-claims files (verify extract); default: the config's paths, else sources/")
    .option('--claims <dir>', 'a folder of claim definitions (YAML) that extends the bundled packs (repeatable)', collect, [])
    .option('--replace-claims', 'use only the --claims folders, not the bundled packs')
    .option('--config <file>', `settings file; default: the nearest ${CONFIG_FILE} at or above the working directory`)
    .option('--no-config', `ignore any ${CONFIG_FILE}`)
    .option('--exclude <glob>', 'leave out article files matching this pattern, relative to the working directory (repeatable)', collect, [])
    .option('--baseline <file>', 'accepted findings; default: the nearest verify-baseline.yaml at or above the working directory')
    .option('--no-baseline', 'ignore any baseline file')
    .option('--require-reasons', 'a baseline entry without a reason is an error')
    .option('--as-of <date>', 'publication date (YYYY-MM-DD) for sources that carry none', parseDay)
    .option('--jobs <n>', 'worker threads for extraction, 0 = by input size', parseJobs, 0)
    .option('--max-file-size <MB>', 'largest article file to read, in MB', parseMaxFileSize, DEFAULT_MAX_FILE_MB)
    .option('--extracted <dir>', 'folder of extracted claims (verify extract): a reviewed file there replaces extracting its article', DEFAULT_EXTRACTED_DIR)
    .option('--quiet', 'only conflicts in the terminal: no variances, nothing a baseline accepts, no warnings, no progress bar')
    .option('--urls <file>', 'a file of web addresses to check, one a line (# starts a comment; repeatable)', collect, [])
    .option('--feed <file-or-url>', 'an RSS, Atom or JSON Feed: check the articles it lists (repeatable)', collect, [])
    .option('--since <date>', 'only feed items published on or after this day (YYYY-MM-DD)', parseDay)
    .option('--offline', 'read web pages from the cache folder alone, never the network')
    .option('--cache-dir <dir>', `where fetched pages are kept, with their HTTP cache; default: the config's cache-dir, else ${DEFAULT_CACHE_DIR}`)
    .option('--timeout <seconds>', 'longest wait for one web page', parseSeconds, DEFAULT_TIMEOUT_SECONDS)
    .option('--allow-missing', 'a web page or feed that cannot be read is a warning, not exit code 2');
}

export interface RunSettings {
  config?: VerifyConfig;
  paths: string[];
  claims: { dirs: string[]; replace: boolean };
  out: string;
  exclude?: (path: string) => boolean;
  /** --quiet: no warnings, notes or progress on stderr; errors still. */
  quiet: boolean;
  /** Files of web addresses (--urls) and feeds (--feed, else the config's feeds when nothing is named). */
  urlLists: string[];
  feeds: string[];
  cacheDir: string;
}

/** What the run reads: a flag given on the command line wins over the config file, which wins over the default. */
export function runSettings(cliPaths: string[], options: RunOptions): RunSettings {
  const file = options.config === false ? undefined : (options.config ?? findConfig());
  const config = file === undefined ? undefined : loadConfig(file);
  const quiet = options.quiet === true;
  if (config && options.config === undefined && !quiet) process.stderr.write(`verify: using ${displayPath(config.file)}\n`);
  const rules = [{ base: process.cwd(), patterns: options.exclude }];
  if (config?.exclude) rules.push({ base: dirname(config.file), patterns: config.exclude });
  const urlLists = options.urls ?? [];
  // What the command line names is the whole input (addresses or feeds alone included); else the config's paths
  // and feeds; else sources/.
  const named = cliPaths.length > 0 || urlLists.length > 0 || (options.feed ?? []).length > 0;
  const feeds = named ? (options.feed ?? []) : (config?.feeds ?? []);
  return {
    config,
    paths: named ? cliPaths : (config?.paths ?? (feeds.length ? [] : DEFAULT_PATHS)),
    urlLists,
    feeds,
    cacheDir: options.cacheDir ?? config?.cacheDir ?? DEFAULT_CACHE_DIR,
    claims: options.claims.length || options.replaceClaims ? { dirs: options.claims, replace: options.replaceClaims === true } : (config?.claims ?? { dirs: [], replace: false }),
    out: options.out ?? config?.out ?? DEFAULT_OUT,
    exclude: excluder(rules),
    quiet,
  };
}

/** The claim definitions the run chose (bundled, extended or replaced), with the config's tolerances. */
export function runKnowledge(s: Pick<RunSettings, 'claims' | 'config' | 'quiet'>, warnings: Warnings): Knowledge {
  const claims = loadClaims(s.claims, { warn: warnings.warn });
  if (claims.said && !s.quiet) process.stderr.write(`verify: ${printable(claims.said)}\n`);
  return s.config ? applyTolerances(claims.knowledge, s.config) : claims.knowledge;
}

/** Reads the articles (or their extracted claims) and checks them: the report, before any baseline. */
export async function buildReport(s: RunSettings, options: RunOptions, warnings: Warnings): Promise<Report> {
  const knowledge = runKnowledge(s, warnings);
  if (options.since !== undefined && !s.feeds.length) warnings.warn('', '--since limits the items of feeds, and no feed is named (--feed): it changes nothing');
  const web = namesWeb(s.paths, { urlLists: s.urlLists, feeds: s.feeds }) ? await readWebInputs(s.paths, webOptions(s, options, warnings)) : undefined;
  const paths = web ? web.paths : s.paths;
  if (!paths.length) throw new InputError('nothing to check: no source named could be read (see the lines above)');
  const analyses = await analyzeInputs(paths, {
    knowledge,
    asOf: options.asOf,
    jobs: options.jobs,
    maxFileBytes: options.maxFileSize * MEGABYTE,
    warn: warnings.warn,
    // The output folder is never searched for articles: `verify .` must not read its own last report.
    skipFolders: [s.out],
    exclude: s.exclude,
    extractedDir: options.extracted,
    progress: progressFor(s.quiet),
    web: web?.copies,
  });
  const report = combine(analyses, knowledge);
  warnUnclaimed(report, warnings.warn);
  return report;
}

function webOptions(s: RunSettings, options: RunOptions, warnings: Warnings): WebOptions {
  return {
    urlLists: s.urlLists,
    feeds: s.feeds,
    since: options.since,
    cacheDir: s.cacheDir,
    offline: options.offline === true,
    timeoutSeconds: options.timeout ?? DEFAULT_TIMEOUT_SECONDS,
    maxBytes: options.maxFileSize * MEGABYTE,
    userAgent: userAgent(packageVersion()),
    warn: warnings.warn,
    unread: options.allowMissing ? (source, reason) => warnings.warn(source, `cannot read: ${reason}`) : warnings.unread,
    progress: progressFor(s.quiet, 'pages'),
  };
}

/** The baseline file the run uses: the one named (which must exist), none, or the nearest found. */
export function baselineFile(options: RunOptions): string | undefined {
  if (options.baseline === false) return undefined;
  if (options.baseline !== undefined) return options.baseline;
  return findBaseline();
}

/** The report with what the run's baseline accepts; each stale entry is warned about at its line. */
export function withBaseline(report: Report, options: RunOptions, warnings: Warnings): Report {
  const file = baselineFile(options);
  if (file === undefined) {
    if (options.requireReasons) throw new InputError('--require-reasons: no baseline file to check (verify-baseline.yaml or --baseline FILE)');
    return report;
  }
  const shown = displayPath(file);
  const checked = applyBaseline(report, loadBaseline(shown, { requireReasons: options.requireReasons }), shown);
  for (const entry of checked.baseline!.stale) {
    warnings.warn(`${shown}${entry.line ? `:${entry.line}` : ''}`, `stale baseline entry: ${entry.verdict} on ${entry.claim} (event ${entry.event}) matches no finding any more`);
  }
  return checked;
}
