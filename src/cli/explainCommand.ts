// `verify explain FINDING-ID [PATH...]`: runs the check as `verify` would on the same inputs and prints the reasoning
// behind one finding. An id not in the run is one line naming some that are, exit code 2.
import type { Command } from 'commander';
import type { Report } from '../model/types.js';
import { explainFinding } from '../report/explain-finding.js';
import { InputError } from '../util/errors.js';
import { addRunOptions, buildReport, runSettings, type RunOptions } from './runOptions.js';
import { Warnings } from './warnings.js';

/** Ids named when the one asked for is not in the run. */
const SUGGESTED = 5;

export function registerExplainCommand(program: Command, setExitCode: (code: number) => void): void {
  addRunOptions(
    program
      .command('explain')
      .summary('print the reasoning behind one finding: values, quotes, conversions, intervals, the rule, the grouping')
      .description(
        'Print the reasoning behind one finding of a run on PATHS (articles or extracted-claims files, as `verify` takes ' +
          'them, with the same options): each value with its quote and where it stands, the conversions, the interval its ' +
          "precision and hedge allow, the tolerance, how the sources' values relate, the rule that gave the verdict, and " +
          'how each source came into the event.',
      )
      .argument('<finding-id>', 'a finding id of the JSON report (findings[].id), e.g. 2025-06-09/launch.distance'),
  ).action(async (findingId: string, paths: string[], options: RunOptions) => {
    const warnings = Warnings.forRun(options.quiet);
    // The same inputs as `verify` reads, so the same report and the same ids.
    const report = await buildReport(runSettings(paths, options), options, warnings);
    const explained = explainFinding(report, findingId);
    if (explained === undefined) throw new InputError(`no finding '${findingId}' in this run; ${suggestions(report, findingId)}`);
    process.stdout.write(explained);
    warnings.flush();
    setExitCode(0);
  });
}

/** A few ids of the run, those of the same claim first (a finding of another day's event, most likely). */
function suggestions(report: Report, wanted: string): string {
  if (!report.findings.length) return 'it has no findings';
  const claim = wanted.slice(wanted.indexOf('/') + 1);
  const ids = report.findings.map((f) => f.id);
  const ranked = [...ids.filter((id) => id.endsWith(`/${claim}`)), ...ids.filter((id) => !id.endsWith(`/${claim}`))];
  const more = ids.length - SUGGESTED;
  return `its findings include ${ranked.slice(0, SUGGESTED).join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
