import { InvalidArgumentError } from 'commander';
import { FORMAT_NAMES, isFormatName, REPORT_FILES, type FormatName } from '../report/index.js';

/** `--format md,json,sarif`: the names in the order given, each once; an unknown or empty name is a usage error. */
export function parseFormats(value: string): FormatName[] {
  const names = value.split(',').map((name) => name.trim());
  const unknown = names.find((name) => !isFormatName(name));
  if (unknown !== undefined) {
    const what = unknown === '' ? 'an empty format name' : `unknown format '${unknown}'`;
    throw new InvalidArgumentError(`${what}; allowed: ${FORMAT_NAMES.join(', ')} (several separated by commas).`);
  }
  return [...new Set(names as FormatName[])];
}

/** What a run prints and writes. */
export interface OutputPlan {
  /** Written into --out, each to its file name (REPORT_FILES), in this order. */
  files: { format: FormatName; name: string }[];
  /** Printed on stdout, in this order, before the summary. */
  printed: FormatName[];
  /** The terminal summary and a line naming each file written. */
  summary: boolean;
  /** The file to append the Markdown report to: $GITHUB_STEP_SUMMARY, when workflow commands are printed. */
  stepSummary?: string;
}

/**
 * - no --format: the summary and report.md in --out, as always; on GitHub Actions (GITHUB_ACTIONS=true) the
 *   findings as workflow commands too, so they become annotations without a flag.
 * - one --format and no --out: that format alone on stdout, no file, so `--format json > x.json` stays clean.
 * - several formats, or --out given: each written to its file in --out and the summary printed; `github` is printed
 *   on stdout whatever the rest, since the runner reads workflow commands from there only.
 */
export function planOutputs(formats: FormatName[] | undefined, outGiven: boolean, env: NodeJS.ProcessEnv): OutputPlan {
  const onGithub = env.GITHUB_ACTIONS === 'true';
  let plan: Omit<OutputPlan, 'stepSummary'>;
  if (formats === undefined) plan = { files: [{ format: 'md', name: 'report.md' }], printed: onGithub ? ['github'] : [], summary: true };
  else if (formats.length === 1 && !outGiven) plan = { files: [], printed: formats, summary: false };
  else {
    plan = {
      files: formats.flatMap((format) => {
        const name = REPORT_FILES[format];
        return name === undefined ? [] : [{ format, name }];
      }),
      printed: formats.filter((format) => REPORT_FILES[format] === undefined),
      summary: true,
    };
  }
  const stepSummary = plan.printed.includes('github') ? env.GITHUB_STEP_SUMMARY || undefined : undefined;
  return stepSummary === undefined ? plan : { ...plan, stepSummary };
}
