import type { Report } from '../model/types.js';
import type { Formatter } from './formatter.js';
import { jsonReportLists } from './json-report.js';
import { jsonChunks } from './json-stream.js';

// Levels written a member at a time: the report object, and its lists (an item at a time, each made as it is written).
const STREAMED_LEVELS = 2;

/**
 * The JSON contract, pretty-printed as JSON.stringify(report, null, 2) prints it (JSON.stringify escapes control
 * characters, so article text is kept verbatim), in pieces: a large report is never one string or one tree.
 */
export function* jsonReportChunks(report: Report): Generator<string> {
  yield* jsonChunks(jsonReportLists(report), STREAMED_LEVELS);
  yield '\n';
}

export const formatJson: Formatter = (report) => [...jsonReportChunks(report)].join('');
