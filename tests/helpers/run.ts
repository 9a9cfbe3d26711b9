import { verify } from '../../src/pipeline/index.js';
import { toJsonReport } from '../../src/report/index.js';
import type { RawSource, VerifyOptions } from '../../src/model/types.js';
import { shippedKnowledge } from './knowledge.js';

/** Runs the pure pipeline on in-memory articles and returns the JSON contract object. */
export function runJson(sources: RawSource[], options: VerifyOptions = {}) {
  return toJsonReport(verify(sources, shippedKnowledge(), options));
}

/** The findings of a report as "claim verdict [sources]" lines, for compact assertions. */
export function findingLines(report: ReturnType<typeof runJson>): string[] {
  return report.findings.map((f) => `${f.event} ${f.claim} ${f.verdict} [${[...new Set(f.values.map((v) => v.source))].join(',')}]`);
}
