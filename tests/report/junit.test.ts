import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/types.js';
import { countVerdicts, formatReport } from '../../src/report/index.js';
import { xmlAttribute, xmlText } from '../../src/report/xml-escape.js';
import { caseReport } from '../helpers/run.js';
import { elementsNamed, parseXml } from '../helpers/xml.js';
import { seedReport, withQuote } from './fixtures.js';

const junit = (report: Report) => formatReport(report, 'junit', { color: false });
const CASES = ['conflicting-distance', 'dam-no-pack', 'volcano-no-pack', 'wrong-conversion', 'unit-conversion-agree', 'statement-states', 'two-launches'];

describe('JUnit XML', () => {
  it.each(CASES)('is well-formed, with a failure per conflict: %s', (name) => {
    const report = caseReport(name);
    const root = parseXml(junit(report));
    const counts = countVerdicts(report);
    expect(root.name).toBe('testsuites');
    expect(elementsNamed(root, 'testcase')).toHaveLength(counts.findings);
    expect(elementsNamed(root, 'failure')).toHaveLength(counts.conflict);
    expect(elementsNamed(root, 'skipped')).toHaveLength(counts.singleSource);
    expect(root.attributes).toMatchObject({ tests: String(counts.findings), failures: String(counts.conflict), errors: '0', skipped: String(counts.singleSource) });
    // Each suite's counts add up to its own test cases.
    for (const suite of root.children) {
      expect(suite.name).toBe('testsuite');
      expect(suite.attributes.tests).toBe(String(suite.children.length));
      expect(suite.attributes.failures).toBe(String(elementsNamed(suite, 'failure').length));
    }
  });

  it('a suite per event named by its label; a case per finding, classname the event id', () => {
    const report = caseReport('conflicting-distance');
    const root = parseXml(junit(report));
    expect(root.children.map((s) => s.attributes.name)).toEqual(['9 Jun 2025 — ballistic missile']);
    const cases = elementsNamed(root, 'testcase');
    expect(cases.map((c) => c.attributes.name)).toEqual([
      'distance flown (launch.distance)',
      'launch date (launch.date)',
      'landing area (landing.area)',
      'missile type (missile.type)',
    ]);
    for (const c of cases) expect(c.attributes.classname).toBe('2025-06-09');
    const [failure] = elementsNamed(root, 'failure');
    expect(failure.attributes.type).toBe('conflict');
    expect(failure.attributes.message).toMatch(/^Distance flown — conflict \(between authorities\): a says ≈600 km/);
    // The body names every quote and where it stands.
    expect(failure.text).toContain('articles/a.txt:1:85 a: "about 600 km" → ≈600 km');
    expect(failure.text).toContain('articles/b.txt:1:76 b: "900 km" → 900 km');
  });

  it('a variance passes with a note; an agreement passes bare', () => {
    const report = caseReport('volcano-no-pack');
    const variance = report.findings.find((f) => f.verdict === 'variance')!;
    const root = parseXml(junit(report));
    const deaths = elementsNamed(root, 'testcase').find(
      (c) => c.attributes.classname === variance.event && c.attributes.name === 'people killed (death toll) (casualties.deaths)',
    )!;
    expect(deaths.children.map((c) => c.name)).toEqual(['system-out']);
    expect(deaths.children[0].text).toMatch(/^People killed \(death toll\) — variance\n/);
    expect(deaths.children[0].text).toContain('articles/globe.md:10:1 globe: "At least four people died" → ≥4');
    const agreed = elementsNamed(parseXml(junit(caseReport('unit-conversion-agree'))), 'testcase');
    expect(agreed.length).toBeGreaterThan(0);
    for (const c of agreed.filter((c) => c.children.length === 0)) expect(c.text.trim()).toBe('');
  });

  it('background events come after compared ones, marked so', () => {
    const names = parseXml(junit(seedReport())).children.map((s) => s.attributes.name);
    expect(names).toEqual(['Launch of 6 Jan 2025', 'Launch of 14 Jan 2025', 'Launch of 5 Nov 2024 (background)']);
  });

  it('markup, quotes and characters XML forbids in a quote cannot break the document', () => {
    const hostile = 'a <b>&amp;</b> "q" \'s\' ]]> \x00\x0b\x1b[31m\uFFFF\uD800 end';
    const report = withQuote(seedReport(), hostile);
    report.events[1] = { ...report.events[1], label: 'Launch "<6 Jan>" & co\tend' };
    const xml = junit(report);
    const root = parseXml(xml);
    expect(root.children[0].attributes.name).toBe('Launch "<6 Jan>" & co end');
    const [failure] = elementsNamed(root, 'failure');
    expect(failure.text).toContain('"a <b>&amp;</b> "q" \'s\' ]]>  end"');
    expect(xml).not.toContain(']]>');
  });

  it('is byte-identical when formatted twice', () => {
    expect(junit(caseReport('volcano-no-pack'))).toBe(junit(caseReport('volcano-no-pack')));
  });

  it.each([
    ['a < b & c > d', 'a &lt; b &amp; c &gt; d', 'a &lt; b &amp; c &gt; d'],
    ['say "hi"', 'say "hi"', 'say &quot;hi&quot;'],
    ['tab\tline\nreturn\r', 'tab\tline\nreturn\r', 'tab&#9;line&#10;return&#13;'],
    ['nul\x00 vt\x0b esc\x1b fffe\uFFFE', 'nul vt esc fffe', 'nul vt esc fffe'],
    ['lone \uDC00 pair \u{1F600}', 'lone  pair \u{1F600}', 'lone  pair \u{1F600}'],
  ])('xmlText and xmlAttribute of %j', (raw, text, attribute) => {
    expect(xmlText(raw)).toBe(text);
    expect(xmlAttribute(raw)).toBe(attribute);
  });
});
