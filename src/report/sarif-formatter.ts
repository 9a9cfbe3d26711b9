import type { ClaimKind, Report, ValueType } from '../model/types.js';
import { oneLine } from './control-characters.js';
import { findingFingerprint, FINGERPRINT_NAME } from './fingerprint.js';
import { acceptedFindings, acceptedWords, eventLabels, findingHeadline, problemFindings, quoteLocations, quoteWords, sourcePaths, type ProblemFinding, type QuoteLocation } from './finding-quotes.js';
import type { Formatter } from './formatter.js';
import { toJsonReport } from './json-report.js';
import { compareText } from '../util/compareText.js';

// SARIF 2.1.0, as code-scanning tools (GitHub code scanning, Azure DevOps, VS Code's SARIF viewer) read it: one run,
// one result per conflict or variance with a region for every quote, rules named by claim kind.

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVELS = { conflict: 'error', variance: 'warning' } as const;

/** What a kind's values are, by value type, for its rule's help. */
const VALUES_ARE: Record<ValueType, string> = {
  quantity: 'figures with units, compared after converting units and allowing for rounding and hedges ("about", "more than")',
  date: 'days, relative ones ("Monday", "last week") read against the article\'s publication date',
  time: 'clock times, compared across time zones where the text states them',
  place: 'places, where a place and a place it lies within agree',
  category: 'kinds of thing from a category list, where a narrower kind agrees with a broader one',
  statement: 'states said of one thing (deployed, not deployed), told as a fact or as a suspicion',
};

export const formatSarif: Formatter = (report, options) => {
  const json = toJsonReport(report);
  const paths = sourcePaths(json);
  const labels = eventLabels(json);
  const problems = problemFindings(json);
  const accepted = acceptedFindings(json);
  const ruleIds = [...new Set(problems.map((finding) => finding.claim))].sort(compareText);
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'verify',
            ...(options.toolVersion === undefined ? {} : { version: options.toolVersion }),
            rules: ruleIds.map((id) => rule(report, id, problems)),
          },
        },
        // Columns are JS string indexes (UTF-16 code units), as every quote's column is.
        columnKind: 'utf16CodeUnits',
        results: problems.map((finding) => ({
          ...result(finding, ruleIndex.get(finding.claim) ?? 0, paths, labels.get(finding.event)),
          // With a baseline: what it accepts is an unchanged, suppressed result; anything else is new.
          ...(json.baseline ? baselineState(json.baseline.file, accepted.get(finding.id)) : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function rule(report: Report, id: string, problems: ProblemFinding[]) {
  const kind: ClaimKind | undefined = report.knowledge.kinds.find((k) => k.key === id);
  const example = problems.find((finding) => finding.claim === id);
  const label = oneLine(example?.label ?? kind?.label ?? id);
  const type = kind?.type ?? example?.values[0]?.type;
  const what = kind
    ? `"${label}" is a claim kind${kind.pack ? ` of the ${oneLine(kind.pack)} claim pack` : ''}`
    : `"${label}" is a claim no claim pack defines: a measure the articles describe in the same words`;
  const values = type ? ` Its values are ${VALUES_ARE[type]}.` : '';
  const text =
    `${what}. verify compares what each source says of it for one event.${values} A conflict: the values cannot ` +
    'both hold. A variance: they differ but overlap once rounding and hedges are allowed. To resolve one, correct ' +
    'the article that is wrong and run verify again. To accept one as it stands, dismiss the alert: its ' +
    `${FINGERPRINT_NAME} fingerprint holds no line numbers, so it stays dismissed when text moves.`;
  return {
    id,
    shortDescription: { text: label },
    fullDescription: { text: `What the sources say of the ${label}, compared across sources.` },
    help: { text },
  };
}

function result(finding: ProblemFinding, ruleIndex: number, paths: ReadonlyMap<string, string>, eventLabel: string | undefined) {
  return {
    ruleId: finding.claim,
    ruleIndex,
    level: LEVELS[finding.verdict],
    message: { text: messageText(`${findingHeadline(finding, eventLabel)}: ${finding.summary}`) },
    locations: quoteLocations(finding, paths).map(location),
    partialFingerprints: { [FINGERPRINT_NAME]: findingFingerprint(finding) },
    properties: {
      findingId: finding.id,
      event: finding.event,
      verdict: finding.verdict,
      ...(finding.reason === undefined ? {} : { reason: finding.reason }),
    },
  };
}

function baselineState(file: string, reason: string | undefined) {
  if (reason === undefined) return { baselineState: 'new' };
  return { baselineState: 'unchanged', suppressions: [{ kind: 'external', status: 'accepted', justification: acceptedWords(file, reason) }] };
}

function location(quote: QuoteLocation, id: number) {
  return {
    id,
    physicalLocation: {
      artifactLocation: { uri: pathUri(quote.path) },
      region: {
        startLine: quote.line,
        startColumn: quote.column,
        endLine: quote.endLine,
        endColumn: quote.endColumn,
        snippet: { text: quote.text },
      },
    },
    message: { text: messageText(quoteWords(quote)) },
  };
}

/**
 * Article text in a SARIF message, on one line. SARIF reads `[text](target)` in a plain-text message as a link, and
 * asks for literal brackets to be escaped with a backslash (§3.11.6), so a quote cannot make one.
 */
function messageText(text: string): string {
  return oneLine(text).replace(/[[\]]/g, '\\$&');
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A path as the URI reference SARIF requires: forward slashes; characters a URI cannot hold percent-encoded, `#`,
 * `?` and a relative path's `:` too (else read as a fragment, a query or a scheme); an absolute path as a file: URI.
 */
export function pathUri(path: string): string {
  // encodeURI throws on a lone surrogate (a file name that was not valid Unicode): it becomes U+FFFD first.
  const slashed = path.replace(LONE_SURROGATE, '\uFFFD').replace(/\\/g, '/');
  const drive = /^[A-Za-z]:\//.exec(slashed);
  const absolute = drive !== null || slashed.startsWith('/');
  const rest = drive ? slashed.slice(2) : slashed;
  const encoded = encodeURI(rest).replace(/[#?]/g, encodeURIComponent);
  if (!absolute) return encoded.replace(/:/g, '%3A');
  return `file://${drive ? `/${drive[0].slice(0, 2)}` : ''}${encoded}`;
}
