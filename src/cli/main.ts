#!/usr/bin/env node
// The command line: a thin shell that reads files, calls the pure pipeline, prints and writes reports.
import './engineFlags.js';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError, Option } from 'commander';
import { loadClaims } from './claimSources.js';
import { applyTolerances, CONFIG_FILE, FAIL_ON, findConfig, loadConfig, type FailOn } from './config.js';
import { excluder } from './exclude.js';
import { combine } from '../pipeline/index.js';
import { analyzeFiles } from './analyzeFiles.js';
import { countVerdicts, explainGrouping, formatReport, formatReportPieces, type FormatName } from '../report/index.js';
import { InputError } from '../util/errors.js';
import { isoDay } from '../util/days.js';
import { registerEvalCommand } from './evalCommand.js';
import { DEFAULT_MAX_FILE_MB, MEGABYTE, parseMaxFileSize } from './limits.js';
import { parseFormats, planOutputs } from './outputs.js';
import { displayPath, selectArticles } from './readInputs.js';
import { appendStepSummary } from './stepSummary.js';
import { printable, Warnings, warnUnclaimed } from './warnings.js';
import { writeReportFile } from './writeReport.js';
import { writePieces } from './writePieces.js';

const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEFAULT_PATHS = ['sources'];
const DEFAULT_OUT = 'reports';

interface Options {
  claims: string[];
  replaceClaims?: boolean;
  config?: string | false;
  exclude: string[];
  out?: string;
  format?: FormatName[];
  failOn?: FailOn;
  maxVariances?: number;
  asOf?: string;
  color: boolean;
  jobs: number;
  maxFileSize: number;
  explain?: string;
}

/** The version from package.json; a missing or broken file must not break the command. */
function packageVersion(): string {
  try {
    return String(JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')).version);
  } catch {
    return 'unknown';
  }
}

function parseJobs(value: string): number {
  if (!/^\d{1,2}$/.test(value)) throw new InvalidArgumentError('expected a whole number of threads (0 = by input size).');
  return Number(value);
}

function parseCount(value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return Number(value);
}

const collect = (value: string, previous: string[]) => [...previous, value];

function parseDay(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = m && isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!day) throw new InvalidArgumentError('expected a date as YYYY-MM-DD.');
  return day;
}

export async function run(argv: string[]): Promise<number> {
  // `verify … | head`: a reader that stops early closes the pipe; that ends the run quietly, as in other CLIs.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  let exitCode = 0;
  const program = new Command('verify')
    .description('Check news articles about the same event against each other: agreements, variances and contradictions.')
    .version(packageVersion(), '-v, --version')
    .argument('[paths...]', 'article files or folders (.txt, .md, .html); default: the config\'s paths, else sources/')
    .option('--claims <dir>', 'a folder of claim definitions (YAML) that extends the bundled packs (repeatable)', collect, [])
    .option('--replace-claims', 'use only the --claims folders, not the bundled packs')
    .option('--config <file>', `settings file; default: the nearest ${CONFIG_FILE} at or above the working directory`)
    .option('--no-config', `ignore any ${CONFIG_FILE}`)
    .option('--exclude <glob>', 'leave out article files matching this pattern, relative to the working directory (repeatable)', collect, [])
    .option('--out <dir>', `folder the reports are written to (report.md, report.json, ...); default: ${DEFAULT_OUT}`)
    .option(
      '--format <formats>',
      'text, md, json, sarif, junit or github, or several comma-separated. One without --out: printed alone on ' +
        'stdout, no file. Several, or one with --out: written to --out (report.txt, .md, .json, .sarif, .xml; github ' +
        'printed on stdout) and the summary printed. Default: the config\'s formats, else the summary and report.md, ' +
        'plus github under GitHub Actions',
      parseFormats,
    )
    .addOption(new Option('--fail-on <level>', 'exit 1 when a finding at or above this level exists (default: conflict)').choices([...FAIL_ON]))
    .option('--max-variances <n>', 'also exit 1 when there are more than n variances', parseCount)
    .option('--as-of <date>', 'publication date (YYYY-MM-DD) for sources that carry none', parseDay)
    .option('--no-color', 'plain terminal output (NO_COLOR is honoured too)')
    .option('--jobs <n>', 'worker threads for extraction, 0 = by input size', parseJobs, 0)
    .option('--max-file-size <MB>', 'largest article file to read, in MB', parseMaxFileSize, DEFAULT_MAX_FILE_MB)
    .option('--explain <event>', 'print how each account came into one event (an id from the report) instead of the report')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .action(async (paths: string[], options: Options) => {
      exitCode = await check(paths, options, program.getOptionValueSource('out') === 'cli');
    });
  registerEvalCommand(program, (code) => (exitCode = code));
  try {
    await program.parseAsync(argv);
  } catch (err) {
    const code = (err as { exitCode?: number }).exitCode;
    if (code === 0) return 0; // --help, --version
    if (err instanceof InputError) {
      process.stderr.write(`verify: ${printable(err.format())}\n`);
      return 2;
    }
    if (code !== undefined) return 2; // commander already printed the usage error
    process.stderr.write(`verify: internal error: ${(err as Error).message}\n`);
    if (process.env.VERIFY_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
    return 2;
  }
  return exitCode;
}

async function check(cliPaths: string[], options: Options, outGiven: boolean): Promise<number> {
  const warnings = new Warnings();
  const s = settings(cliPaths, options);
  const claims = loadClaims(s.claims, { warn: warnings.warn, bundled: join(PACKAGE_ROOT, 'claims') });
  if (claims.said) process.stderr.write(`verify: ${printable(claims.said)}\n`);
  const knowledge = s.config ? applyTolerances(claims.knowledge, s.config) : claims.knowledge;
  // The output folder is never searched for articles: `verify .` must not read its own last report.
  const files = selectArticles(s.paths, { maxFileBytes: options.maxFileSize * MEGABYTE, warn: warnings.warn, skipFolders: [s.out], exclude: s.exclude });
  const analyses = await analyzeFiles(files, { knowledge, asOf: options.asOf, jobs: options.jobs });
  const report = combine(analyses, knowledge);
  warnUnclaimed(report, warnings.warn);
  const color = options.color && !process.env.NO_COLOR && process.stdout.isTTY === true;
  if (options.explain !== undefined) {
    const explained = explainGrouping(report, options.explain);
    const ids = report.events.map((e) => e.id);
    if (explained === undefined) throw new InputError(`--explain: no event '${options.explain}' in this run; its events: ${ids.length ? ids.join(', ') : '(none)'}`);
    process.stdout.write(explained);
  } else {
    // Formats the config file lists are written into the out folder, as several given on the command line are.
    const plan = planOutputs(options.format ?? s.formats, outGiven || (options.format === undefined && s.formats !== undefined), process.env);
    const toolVersion = packageVersion();
    // The reports first: when one cannot be written, stdout stays empty and the run fails with one line.
    const written = plan.files.map(({ format, name }) =>
      writeReportFile(s.out, name, withNewline(formatReportPieces(report, format, { color: false, toolVersion }))),
    );
    for (const format of plan.printed) {
      await writePieces(process.stdout, formatReportPieces(report, format, { color: format === 'text' && color, toolVersion }));
    }
    if (plan.summary) {
      process.stdout.write(ensureNewline(formatReport(report, 'text', { color })));
      for (const path of written) process.stdout.write(`report written to ${displayPath(path)}\n`);
    }
    if (plan.stepSummary) appendStepSummary(plan.stepSummary, ensureNewline(formatReport(report, 'md', { color: false })), warnings.warn);
  }
  const counts = countVerdicts(report);
  const failing = s.failOn === 'never' ? 0 : counts.conflict + (s.failOn === 'variance' ? counts.variance : 0);
  const tooManyVariances = s.maxVariances !== undefined && counts.variance > s.maxVariances;
  warnings.flush();
  if (tooManyVariances) process.stderr.write(`verify: ${counts.variance} variance${counts.variance === 1 ? '' : 's'}, more than --max-variances ${s.maxVariances}\n`);
  return failing > 0 || tooManyVariances ? 1 : 0;
}

/** What the run does: a flag given on the command line wins over the config file, which wins over the default. */
function settings(cliPaths: string[], options: Options) {
  const file = options.config === false ? undefined : (options.config ?? findConfig());
  const config = file === undefined ? undefined : loadConfig(file);
  if (config && options.config === undefined) process.stderr.write(`verify: using ${displayPath(config.file)}\n`);
  const rules = [{ base: process.cwd(), patterns: options.exclude }];
  if (config?.exclude) rules.push({ base: dirname(config.file), patterns: config.exclude });
  return {
    config,
    paths: cliPaths.length ? cliPaths : (config?.paths ?? DEFAULT_PATHS),
    claims: options.claims.length || options.replaceClaims ? { dirs: options.claims, replace: options.replaceClaims === true } : (config?.claims ?? { dirs: [], replace: false }),
    out: options.out ?? config?.out ?? DEFAULT_OUT,
    formats: config?.formats,
    failOn: options.failOn ?? config?.failOn ?? 'conflict',
    maxVariances: options.maxVariances ?? config?.maxVariances,
    exclude: excluder(rules),
  };
}

const ensureNewline = (s: string) => (s.endsWith('\n') ? s : `${s}\n`);

/** The pieces of a text, a line break added after the last when it has none, as ensureNewline does. */
function* withNewline(pieces: Iterable<string>): Generator<string> {
  let last = '';
  for (const piece of pieces) {
    if (piece) last = piece;
    yield piece;
  }
  if (!last.endsWith('\n')) yield '\n';
}

// No top-level await: the bundle is a CommonJS program (see launcher.ts).
void run(process.argv).then((code) => {
  process.exitCode = code;
});
