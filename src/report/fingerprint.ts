import { createHash } from 'node:crypto';
import type { JsonFinding } from './json-report.js';
import { compareText } from '../util/compareText.js';

/** The name of the fingerprint in SARIF's partialFingerprints; a new recipe gets a new version, never a new meaning. */
export const FINGERPRINT_NAME = 'verifyFinding/v1';

/**
 * A finding's identity across edits that move text: a hash of its event, its claim kind and each quote (source,
 * words, value read), never a line, a column or an offset, so an alert dismissed (or a finding accepted) survives a
 * paragraph added above it. Finding ids are not used: some hold a line and column. Quotes are sorted and their white
 * space collapsed, so a quote reflowed across a line break keeps its fingerprint too.
 */
export function findingFingerprint(finding: JsonFinding): string {
  const quotes = finding.values
    .flatMap((value) =>
      (value.parts ?? [value]).map((quote) =>
        JSON.stringify([value.source, collapseSpace(quote.text), value.value, value.unit ?? '', value.valueHigh ?? '', value.zone ?? '']),
      ),
    )
    .sort(compareText);
  return createHash('sha256').update(JSON.stringify([FINGERPRINT_NAME, finding.event, finding.claim, quotes])).digest('hex');
}

function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
