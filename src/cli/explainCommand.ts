// `verify explain FINDING-ID [PATH...]`: runs the check as `verify` would on the same inputs and prints the reasoning
// behind one finding. An id not in the run is one line naming some that are, exit code 2.
import type { Command } from 'commander';
import type { IsoDay, Report } from '../model/types.js';
import { combine } from '../pipeline/index.js';
import { explainFinding } from '../report/explain-finding.js';
import { InputError } from '../util/errors.js';
import { DEFAULT_EXTRACTED_DIR } from './extracted/format.js';
import { analyzeInputs } from './extracted/inputs.js';
import { loadKnowledgeCached } from './knowledgeCache.js';
import { DEFAULT_MAX_FILE_MB, MEGABYTE, parseMaxFileSize } from './limits.js';
import { parseDay, parseJobs } from './optionParsers.js';
import { readClaimFiles } from './readInputs.js';
import { Warnings } from './warnings.js';

interface ExplainOptions {
  claims?: string;
  asOf?: IsoDay;
  jobs: number;
  maxFileSize: number;
  extracted: string;
}

/** The main command's default report folder, never searched for articles there either: same inputs, same report. */
const REPORT_FOLDER = 'reports';
/** Ids named when the one asked for is not in the run. */
const SUGGESTED = 5;

export function registerExplainCommand(program: Command, claimsDir: () => string, setExitCode: (code: number) => void): void {
  program
    .command('explain')
    .summary('print the reasoning behind one finding: values, quotes, conversions, intervals, the rule, the grouping')
    .description(
      'Print the reasoning behind one finding of a run on PATHS (articles or extracted-claims files, as `verify` takes ' +
        'them): each value with its quote and where it stands, the conversions, the interval its precision and hedge ' +
        'allow, the tolerance, how the sources\' values relate, the rule that gave the verdict, and how each source ' +
        'came into the event.',
    )
    .argument('<finding-id>', 'a finding id of the JSON report (findings[].id), e.g. 2025-06-09/launch.distance')
    .argument('[paths...]', 'article files or folders, or extracted-claims files', ['sources'])
    .option('--claims <dir>', 'folder of claim definitions (YAML); default: ./claims, else the bundled ones')
    .option('--as-of <date>', 'publication date (YYYY-MM-DD) for sources that carry none', parseDay)
    .option('--jobs <n>', 'worker threads for extraction, 0 = by input size', parseJobs, 0)
    .option('--max-file-size <MB>', 'largest article file to read, in MB', parseMaxFileSize, DEFAULT_MAX_FILE_MB)
    .option('--extracted <dir>', 'folder of extracted claims: a reviewed file there replaces extracting its article', DEFAULT_EXTRACTED_DIR)
    .action(async (findingId: string, paths: string[], options: ExplainOptions) => {
      const warnings = new Warnings();
      const knowledge = loadKnowledgeCached(readClaimFiles(options.claims ?? claimsDir(), { warn: warnings.warn }));
      const analyses = await analyzeInputs(paths, {
        knowledge,
        asOf: options.asOf,
        jobs: options.jobs,
        maxFileBytes: options.maxFileSize * MEGABYTE,
        warn: warnings.warn,
        skipFolders: [REPORT_FOLDER],
        extractedDir: options.extracted,
      });
      const report = combine(analyses, knowledge);
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
