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
import { displayPath, readClaimFiles, selectArticles } from './readInputs.js';
import { printable, Warnings, warnUnclaimed } from './warnings.js';
import { withQuoteSentences, writeMarkdownReport } from './writeMarkdownReport.js';
import { writePieces } from './writePieces.js';

const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FAIL_ON = ['conflict', 'variance', 'never'] as const;
type FailOn = (typeof FAIL_ON)[number];

interface Options {
  claims?: string;
  out: string;
  format?: FormatName;
  failOn: FailOn;
  asOf?: string;
  color: boolean;
  jobs: number;
  maxFileSize: number;
  explain?: string;
  timestamp?: boolean;
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
    .option('--out <dir>', 'folder for report.md', 'reports')
    .addOption(new Option('--format <format>', 'print only this format on stdout and write no file').choices(['text', 'md', 'json']))
    .addOption(new Option('--fail-on <level>', 'exit 1 when a finding at or above this level exists').choices([...FAIL_ON]).default('conflict'))
    .option('--as-of <date>', 'publication date (YYYY-MM-DD) for sources that carry none', parseDay)
    .option('--no-color', 'plain terminal output (NO_COLOR is honoured too)')
    .option('--jobs <n>', 'worker threads for extraction, 0 = by input size', parseJobs, 0)
    .option('--max-file-size <MB>', 'largest article file to read, in MB', parseMaxFileSize, DEFAULT_MAX_FILE_MB)
    .option('--explain <event>', 'print how each account came into one event (an id from the report) instead of the report')
    .option('--timestamp', 'write the time of the run into the Markdown report (left out by default, so runs diff cleanly)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .action(async (paths: string[], options: Options) => {
      exitCode = await check(paths, options);
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

async function check(paths: string[], options: Options): Promise<number> {
  const claimsDir = options.claims ?? (existsSync('claims') ? 'claims' : join(PACKAGE_ROOT, 'claims'));
  const warnings = new Warnings();
  const knowledge = loadKnowledgeCached(readClaimFiles(claimsDir, { warn: warnings.warn }));
  // The output folder is never searched for articles: `verify .` must not read its own last report.
  const files = selectArticles(paths, { maxFileBytes: options.maxFileSize * MEGABYTE, warn: warnings.warn, skipFolders: [options.out] });
  const analyses = await analyzeFiles(files, { knowledge, asOf: options.asOf, jobs: options.jobs });
  const report = combine(analyses, knowledge);
  warnUnclaimed(report, warnings.warn);
  const color = options.color && !process.env.NO_COLOR && process.stdout.isTTY === true;
  const timestamp = options.timestamp ? new Date().toISOString() : undefined;
  if (options.explain !== undefined) {
    const explained = explainGrouping(report, options.explain);
    const ids = report.events.map((e) => e.id);
    if (explained === undefined) throw new InputError(`--explain: no event '${options.explain}' in this run; its events: ${ids.length ? ids.join(', ') : '(none)'}`);
    process.stdout.write(explained);
  } else if (options.format) {
    const shown = options.format === 'md' ? withQuoteSentences(report, files) : report;
    await writePieces(process.stdout, formatReportPieces(shown, options.format, { color: options.format === 'text' && color, timestamp }));
  } else {
    // The report first: when it cannot be written, stdout stays empty and the run fails with one line.
    const written = writeMarkdownReport(options.out, withQuoteSentences(report, files), { timestamp });
    process.stdout.write(ensureNewline(formatReport(report, 'text', { color })));
    if (written.figures > 0) process.stdout.write(`${written.figures === 1 ? '1 number line' : `${written.figures} number lines`} written to ${displayPath(written.figuresFolder)}/\n`);
    process.stdout.write(`report written to ${displayPath(written.report)}\n`);
  }
  const counts = countVerdicts(report);
  const failing = options.failOn === 'never' ? 0 : counts.conflict + (options.failOn === 'variance' ? counts.variance : 0);
  warnings.flush();
  return failing > 0 ? 1 : 0;
}

const ensureNewline = (s: string) => (s.endsWith('\n') ? s : `${s}\n`);

// No top-level await: the bundle is a CommonJS program (see launcher.ts).
void run(process.argv).then((code) => {
  process.exitCode = code;
});
