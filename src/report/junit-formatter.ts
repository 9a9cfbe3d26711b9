import { oneLine } from './control-characters.js';
import { acceptedFindings, acceptedWords, findingHeadline, quoteLocations, quoteWords, sourcePaths } from './finding-quotes.js';
import type { Formatter } from './formatter.js';
import { toJsonReport, type JsonFinding } from './json-report.js';
import { xmlAttribute, xmlText } from './xml-escape.js';

// JUnit XML, the test report every CI server reads (GitHub test-report actions, GitLab, Jenkins, Azure): a test
// suite per event, a test case per finding. What each verdict becomes, and why:
// - conflict: a <failure>, with the quotes and where they stand in its body: the run fails on it by default.
// - variance: passes, with a <system-out> note. The sources were compared and agree within rounding; <skipped> would
//   tell GitLab and Jenkins it was never checked, and <failure> would contradict the exit code of the default gate.
// - agree: passes.
// - single-source: <skipped>: one source states it, so nothing was compared; that is what skipped means to CI tools.
// - a conflict the run's baseline accepts: <skipped>, with the baseline's reason: it does not fail the run.

export const formatJunit: Formatter = (report) => {
  const json = toJsonReport(report);
  const paths = sourcePaths(json);
  const accepted = acceptedFindings(json);
  const isAccepted = (f: JsonFinding) => accepted.has(f.id);
  const byEvent = new Map<string, JsonFinding[]>();
  for (const finding of json.findings) {
    const list = byEvent.get(finding.event);
    if (list) list.push(finding);
    else byEvent.set(finding.event, [finding]);
  }
  // Compared events first, then background ones (as the Markdown report orders them), then any a finding names
  // that the report lacks, in finding order.
  const known = [...json.events.filter((e) => !e.background), ...json.events.filter((e) => e.background)];
  const knownIds = new Set(known.map((event) => event.id));
  const suites = [
    ...known.map((event) => ({ id: event.id, name: event.background ? `${event.label} (background)` : event.label })),
    ...[...byEvent.keys()].filter((id) => !knownIds.has(id)).map((id) => ({ id, name: id })),
  ].filter((suite) => byEvent.has(suite.id));
  const total = tally(json.findings, isAccepted);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="verify" ${counts(total)}>`,
    ...suites.flatMap((suite) => {
      const findings = byEvent.get(suite.id) ?? [];
      return [
        `  <testsuite name="${xmlAttribute(oneLine(suite.name))}" ${counts(tally(findings, isAccepted))} time="0">`,
        ...findings.flatMap((finding) => testCase(finding, paths, json.baseline && accepted.has(finding.id) ? acceptedWords(json.baseline.file, accepted.get(finding.id)!) : undefined)),
        '  </testsuite>',
      ];
    }),
    '</testsuites>',
  ];
  return `${lines.join('\n')}\n`;
};

function testCase(finding: JsonFinding, paths: ReadonlyMap<string, string>, accepted?: string): string[] {
  // The finding id past its event ("launch.distance", "launch.distance/2"): the same label may stand twice in an event.
  const which = finding.id.startsWith(`${finding.event}/`) ? finding.id.slice(finding.event.length + 1) : finding.claim;
  const name = `${oneLine(finding.label)} (${oneLine(which)})`;
  const open = `    <testcase name="${xmlAttribute(name)}" classname="${xmlAttribute(oneLine(finding.event))}" time="0"`;
  const headline = `${findingHeadline(finding)}: ${oneLine(finding.summary)}`;
  const body = () =>
    xmlText([oneLine(finding.summary), '', ...quoteLocations(finding, paths).map((q) => `${oneLine(q.path)}:${q.line}:${q.column} ${quoteWords(q)}`)].join('\n'));
  if (accepted !== undefined && finding.verdict === 'conflict') {
    return [`${open}>`, `      <skipped message="${xmlAttribute(oneLine(accepted))}"/>`, `      <system-out>${body()}</system-out>`, '    </testcase>'];
  }
  switch (finding.verdict) {
    case 'conflict':
      return [`${open}>`, `      <failure message="${xmlAttribute(headline)}" type="conflict">${body()}</failure>`, '    </testcase>'];
    case 'variance':
      return [`${open}>`, `      <system-out>${xmlText(`${findingHeadline(finding)}\n`)}${body()}</system-out>`, '    </testcase>'];
    case 'single-source':
      return [`${open}>`, '      <skipped message="only one source states it: nothing to compare"/>', '    </testcase>'];
    default:
      return [`${open}/>`];
  }
}

interface Tally {
  tests: number;
  failures: number;
  skipped: number;
}

function tally(findings: JsonFinding[], isAccepted: (f: JsonFinding) => boolean): Tally {
  const acceptedConflict = (f: JsonFinding) => f.verdict === 'conflict' && isAccepted(f);
  return {
    tests: findings.length,
    failures: findings.filter((f) => f.verdict === 'conflict' && !acceptedConflict(f)).length,
    skipped: findings.filter((f) => f.verdict === 'single-source' || acceptedConflict(f)).length,
  };
}

function counts(t: Tally): string {
  return `tests="${t.tests}" failures="${t.failures}" errors="0" skipped="${t.skipped}"`;
}
