import type { Formatter } from './formatter.js';
import { toJsonReport } from './json-report.js';

/** The JSON contract, pretty-printed; JSON.stringify escapes control characters, so article text is kept verbatim. */
export const formatJson: Formatter = (report) => `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
