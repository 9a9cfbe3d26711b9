import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verify } from '../../src/pipeline/index.js';
import { toJsonReport } from '../../src/report/index.js';
import type { RawSource, Report, VerifyOptions } from '../../src/model/types.js';
import { ROOT, shippedKnowledge } from './knowledge.js';

/** Runs the pure pipeline on in-memory articles and returns the JSON contract object. */
export function runJson(sources: RawSource[], options: VerifyOptions = {}) {
  return toJsonReport(verify(sources, shippedKnowledge(), options));
}

/** The findings of a report as "claim verdict [sources]" lines, for compact assertions. */
export function findingLines(report: ReturnType<typeof runJson>): string[] {
  return report.findings.map((f) => `${f.event} ${f.claim} ${f.verdict} [${[...new Set(f.values.map((v) => v.source))].join(',')}]`);
}

/** The articles of a golden case folder (tests/cases/NAME/articles), named as a run from that folder shows them. */
export function caseSources(name: string): RawSource[] {
  const dir = join(ROOT, 'tests', 'cases', name, 'articles');
  return readdirSync(dir)
    .sort()
    .map((file) => ({ path: `articles/${file}`, content: readFileSync(join(dir, file), 'utf8') }));
}

/** The report of a golden case folder, made in-process; `edit` may change the articles first. */
export function caseReport(name: string, edit: (sources: RawSource[]) => RawSource[] = (s) => s): Report {
  return verify(edit(caseSources(name)), shippedKnowledge());
}
