#!/usr/bin/env node
// The command line: a thin shell that reads files, calls the pure pipeline, prints and writes reports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { explainGrouping, formatReport, formatReportPieces, problemCounts, terminalColor, type FormatName } from '../report/index.js';
import { InputError } from '../util/errors.js';
import { registerBaselineCommand } from './baselineCommand.js';
import { FAIL_ON, type FailOn } from './config.js';
import { registerEvalCommand } from './evalCommand.js';
import { registerReviewCommands } from './reviewCommands.js';
import { parseFormats, planOutputs } from './outputs.js';
import { displayPath } from './readInputs.js';
import { parseCount } from './optionParsers.js';
import { addRunOptions, buildReport, DEFAULT_OUT, packageVersion, runSettings, withBaseline, type RunOptions } from './runOptions.js';
import { appendStepSummary } from './stepSummary.js';
import { configureUsageErrors } from './usageErrors.js';
import { printable, Warnings } from './warnings.js';
import { withQuoteSentences, writeMarkdownReport } from './writeMarkdownReport.js';
import { writeReportFile } from './writeReport.js';
import { writePieces } from './writePieces.js';

interface Options extends RunOptions {
  format?: FormatName[];
  failOn?: FailOn;
  maxVariances?: number;
  color: boolean;
  explain?: string;
  timestamp?: boolean;
}

export async function run(argv: string[]): Promise<number> {
  // `verify … | head`: a reader that stops early closes the pipe; that ends the run quietly, as in other CLIs.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  let exitCode = 0;
  const program = addRunOptions(
    new Command('verify')
      .description('Check news articles about the same event against each other: agreements, variances and contradictions.')
      .version(packageVersion(), '-v, --version'),
  )
    .option('--out <dir>', `folder the reports are written to (report.md, report.json, ...); default: ${DEFAULT_OUT}`)
    .option(
      '--format <formats>',
      'text, md, json, sarif, junit or github, or several comma-separated. One without --out: printed alone on ' +
        'stdout, no file. Several, or one with --out: written to --out (report.txt, .md, .json, .sarif, .xml; github ' +
        "printed on stdout) and the summary printed. Default: the config's formats, else the summary and report.md, " +
        'plus github under GitHub Actions',
      parseFormats,
    )
    .addOption(new Option('--fail-on <level>', 'exit 1 when a finding at or above this level exists (default: conflict)').choices([...FAIL_ON]))
    .option('--max-variances <n>', 'also exit 1 when there are more than n variances', parseCount)
    .option('--no-color', 'plain terminal output (NO_COLOR is honoured too)')
    .option('--explain <event>', 'print how each account came into one event (an id from the report) instead of the report')
    .option('--timestamp', 'write the time of the run into the Markdown report (left out by default, so runs diff cleanly)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .action(async (paths: string[], options: Options) => {
      exitCode = await check(paths, options, program.getOptionValueSource('out') === 'cli');
    });
  registerEvalCommand(program, (code) => (exitCode = code));
  registerBaselineCommand(program, (code) => (exitCode = code));
  registerReviewCommands(program, (code) => (exitCode = code));
  configureUsageErrors(program);
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
    process.stderr.write(`verify: internal error: ${printable((err as Error).message)} (a bug: VERIFY_DEBUG=1 prints where it happened)\n`);
    if (process.env.VERIFY_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
    return 2;
  }
  return exitCode;
}

async function check(cliPaths: string[], options: Options, outGiven: boolean): Promise<number> {
  const warnings = Warnings.forRun(options.quiet);
  const s = runSettings(cliPaths, options);
  const report = withBaseline(await buildReport(s, options, warnings), options, warnings);
  const color = options.color && terminalColor();
  const width = process.stdout.isTTY ? process.stdout.columns : undefined;
  if (options.explain !== undefined) {
    const explained = explainGrouping(report, options.explain);
    const ids = report.events.map((e) => e.id);
    if (explained === undefined) throw new InputError(`--explain: no event '${options.explain}' in this run; its events: ${ids.length ? ids.join(', ') : '(none)'}`);
    process.stdout.write(explained);
  } else {
    // Formats the config file lists are written into the out folder, as several given on the command line are.
    const formats = s.config?.formats;
    const plan = planOutputs(options.format ?? formats, outGiven || (options.format === undefined && formats !== undefined), process.env);
    const toolVersion = packageVersion();
    const timestamp = options.timestamp ? new Date().toISOString() : undefined;
    // The Markdown shows each conflict's quotes in their sentences, read back from the articles only when it is made.
    const wantsMarkdown = plan.files.some((f) => f.format === 'md') || plan.printed.includes('md') || Boolean(plan.stepSummary);
    const shown = wantsMarkdown ? withQuoteSentences(report) : report;
    // The reports first: when one cannot be written, stdout stays empty and the run fails with one line.
    const written = plan.files.flatMap(({ format, name }) => {
      // report.md comes with its number lines, written beside it.
      if (format === 'md') {
        const md = writeMarkdownReport(s.out, shown, { timestamp });
        const figures = md.figures === 0 ? [] : [`${md.figures === 1 ? '1 number line' : `${md.figures} number lines`} written to ${displayPath(md.figuresFolder)}/`];
        return [...figures, `report written to ${displayPath(md.report)}`];
      }
      return [`report written to ${displayPath(writeReportFile(s.out, name, withNewline(formatReportPieces(report, format, { color: false, toolVersion }))))}`];
    });
    for (const format of plan.printed) {
      await writePieces(process.stdout, formatReportPieces(shown, format, { color: format === 'text' && color, toolVersion, width, timestamp, conflictsOnly: options.quiet }));
    }
    if (plan.summary) {
      process.stdout.write(ensureNewline(formatReport(report, 'text', { color, width, conflictsOnly: options.quiet })));
      for (const line of written) process.stdout.write(`${line}\n`);
    }
    if (plan.stepSummary) appendStepSummary(plan.stepSummary, ensureNewline(formatReport(shown, 'md', { color: false, timestamp })), warnings.warn);
  }
  const failOn = options.failOn ?? s.config?.failOn ?? 'conflict';
  const maxVariances = options.maxVariances ?? s.config?.maxVariances;
  const { open } = problemCounts(report);
  const failing = failOn === 'never' ? 0 : open.conflict + (failOn === 'variance' ? open.variance : 0);
  const tooManyVariances = maxVariances !== undefined && open.variance > maxVariances;
  warnings.flush();
  if (tooManyVariances) process.stderr.write(`verify: ${open.variance} variance${open.variance === 1 ? '' : 's'}, more than --max-variances ${maxVariances}\n`);
  // A source that could not be read leaves the check incomplete: that outranks what the rest found.
  if (warnings.unreadCount > 0) {
    const n = warnings.unreadCount;
    process.stderr.write(`verify: ${n === 1 ? '1 source' : `${n} sources`} could not be read (--allow-missing checks the rest without failing)\n`);
    return 2;
  }
  return failing > 0 || tooManyVariances ? 1 : 0;
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
