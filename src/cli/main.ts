#!/usr/bin/env node
// The command line: a thin shell that reads files, calls the pure pipeline, prints and writes reports.
import './engineFlags.js';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError, Option } from 'commander';
import { loadKnowledgeCached } from './knowledgeCache.js';
import { combine } from '../pipeline/index.js';
import { analyzeFiles } from './analyzeFiles.js';
import { countVerdicts, explainGrouping, formatReport, formatReportPieces, type FormatName } from '../report/index.js';
import { InputError } from '../util/errors.js';
import { isoDay } from '../util/days.js';
import { registerEvalCommand } from './evalCommand.js';
import { DEFAULT_MAX_FILE_MB, MEGABYTE, parseMaxFileSize } from './limits.js';
import { parseFormats, planOutputs } from './outputs.js';
import { displayPath, readClaimFiles, selectArticles } from './readInputs.js';
import { appendStepSummary } from './stepSummary.js';
import { printable, Warnings, warnUnclaimed } from './warnings.js';
import { writeReportFile } from './writeReport.js';
import { writePieces } from './writePieces.js';

const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FAIL_ON = ['conflict', 'variance', 'never'] as const;
type FailOn = (typeof FAIL_ON)[number];

interface Options {
  claims?: string;
  out: string;
  format?: FormatName[];
  failOn: FailOn;
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
    .argument('[paths...]', 'article files or folders (.txt, .md, .html)', ['sources'])
    .option('--claims <dir>', 'folder of claim definitions (YAML); default: ./claims, else the bundled ones')
    .option('--out <dir>', 'folder the reports are written to (report.md, report.json, ...)', 'reports')
    .option(
      '--format <formats>',
      'text, md, json, sarif, junit or github, or several comma-separated. One without --out: printed alone on ' +
        'stdout, no file. Several, or one with --out: written to --out (report.txt, .md, .json, .sarif, .xml; github ' +
        'printed on stdout) and the summary printed. Default: the summary and report.md, plus github under GitHub Actions',
      parseFormats,
    )
    .addOption(new Option('--fail-on <level>', 'exit 1 when a finding at or above this level exists').choices([...FAIL_ON]).default('conflict'))
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

async function check(paths: string[], options: Options, outGiven: boolean): Promise<number> {
  const claimsDir = options.claims ?? (existsSync('claims') ? 'claims' : join(PACKAGE_ROOT, 'claims'));
  const warnings = new Warnings();
  const knowledge = loadKnowledgeCached(readClaimFiles(claimsDir, { warn: warnings.warn }));
  // The output folder is never searched for articles: `verify .` must not read its own last report.
  const files = selectArticles(paths, { maxFileBytes: options.maxFileSize * MEGABYTE, warn: warnings.warn, skipFolders: [options.out] });
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
    const plan = planOutputs(options.format, outGiven, process.env);
    const toolVersion = packageVersion();
    // The reports first: when one cannot be written, stdout stays empty and the run fails with one line.
    const written = plan.files.map(({ format, name }) =>
      writeReportFile(options.out, name, withNewline(formatReportPieces(report, format, { color: false, toolVersion }))),
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
  const failing = options.failOn === 'never' ? 0 : counts.conflict + (options.failOn === 'variance' ? counts.variance : 0);
  warnings.flush();
  return failing > 0 ? 1 : 0;
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
