// `verify baseline [PATH...]`: records today's conflicts and variances as accepted, so a CI gate fails only on new
// ones. Writing the file again keeps every reason already given for a finding that is still there.
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { baselineEntries } from '../report/index.js';
import { BASELINE_FILE, baselineText, loadBaseline } from './baseline.js';
import { displayPath } from './readInputs.js';
import { addRunOptions, baselineFile, buildReport, runSettings, type RunOptions } from './runOptions.js';
import { InputError } from '../util/errors.js';
import { Warnings } from './warnings.js';
import { writeReportFile } from './writeReport.js';

export function registerBaselineCommand(program: Command, setExitCode: (code: number) => void): void {
  addRunOptions(
    program
      .command('baseline')
      .summary(`record today's conflicts and variances as accepted (${BASELINE_FILE})`)
      .description(
        `Check the articles and write every conflict and variance to the baseline file (--baseline FILE, else the ` +
          `nearest ${BASELINE_FILE}, else one in the working directory). Later runs do not fail on a finding recorded ` +
          'there (matched by event, claim and quoted values, not by line numbers), only on new ones. Give each entry a ' +
          'reason; reasons already written are kept when the file is written again.',
      ),
  ).action(async (paths: string[], options: RunOptions) => {
    setExitCode(await writeBaseline(paths, options));
  });
}

async function writeBaseline(cliPaths: string[], options: RunOptions): Promise<number> {
  const warnings = Warnings.forRun(options.quiet);
  const s = runSettings(cliPaths, options);
  const report = await buildReport(s, options, warnings);
  // A baseline of part of the sources would drop the accepted findings of the rest.
  if (warnings.unreadCount > 0) throw new InputError('baseline not written: a source could not be read (see above; --allow-missing records the rest)');
  const file = (options.baseline === false ? undefined : baselineFile(options)) ?? BASELINE_FILE;
  const previous = existsSync(file) ? loadBaseline(file) : [];
  const entries = baselineEntries(report, previous);
  // Whole or not at all: the reasons people wrote are in the old file until the new one replaces it.
  writeReportFile(dirname(resolve(file)), basename(file), baselineText(entries));
  const kept = new Set(entries.map((e) => e.fingerprint));
  const reasons = entries.filter((e) => e.reason).length;
  const dropped = previous.filter((e) => !kept.has(e.fingerprint)).length;
  warnings.flush();
  const also = [reasons ? `${reasons} with a reason kept` : '', dropped ? `${dropped} stale dropped` : ''].filter(Boolean);
  process.stdout.write(`baseline written to ${displayPath(file)}: ${entries.length} finding${entries.length === 1 ? '' : 's'}${also.length ? ` (${also.join(', ')})` : ''}\n`);
  return 0;
}
