import type { Report } from '../model/types.js';
import type { Formatter } from './formatter.js';
import { formatGithub } from './github-formatter.js';
import { formatJson, jsonReportChunks } from './json-formatter.js';
import { formatJunit } from './junit-formatter.js';
import { formatMarkdown } from './markdown/markdown-formatter.js';
import { formatSarif } from './sarif-formatter.js';
import { formatText } from './text-formatter.js';

export type FormatName = 'text' | 'md' | 'json' | 'sarif' | 'junit' | 'github';

/** Every formatter, by the name the CLI's --format option takes. Adding one is adding a line here and in REPORT_FILES. */
export const FORMATTERS: Record<FormatName, Formatter> = {
  text: formatText,
  md: formatMarkdown,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
};

/**
 * The file each format is written to in the output folder. Workflow commands are never a file: the Actions runner
 * reads them from the job's output alone.
 */
export const REPORT_FILES: Record<FormatName, string | undefined> = {
  text: 'report.txt',
  md: 'report.md',
  json: 'report.json',
  sarif: 'report.sarif',
  junit: 'report.xml',
  github: undefined,
};

/** Formats also written in pieces (the same text as their formatter's): a large JSON report is never one string. */
export const PIECEWISE: Partial<Record<FormatName, (report: Report) => Iterable<string>>> = {
  json: jsonReportChunks,
};

export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATTERS, name);
}
