import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/types.js';
import { formatReport } from '../../src/report/index.js';
import { seedReport } from './fixtures.js';

/** Splits a GFM table row the way GitHub does: on `|` not consumed by a backslash escape. */
function tableCells(row: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < row.length; i += 1) {
    if (row[i] === '\\' && i + 1 < row.length) {
      current += row[i] + row[i + 1];
      i += 1;
    } else if (row[i] === '|') {
      cells.push(current);
      current = '';
    } else current += row[i];
  }
  cells.push(current);
  return cells.slice(1, -1); // outside the leading and trailing pipes
}

/** The seed report with untrusted strings wherever article- or config-derived text reaches a table. */
function withHostileStrings(report: Report, quote: string, name: string, label: string): Report {
  return {
    ...report,
    knowledge: { ...report.knowledge, kinds: report.knowledge.kinds.map((k) => ({ ...k, label: `${k.label}${label}` })) },
    events: report.events.map((event) => ({ ...event, label: `${event.label}${label}` })),
    findings: report.findings.map((finding) => ({
      ...finding,
      summary: quote,
      mentions: finding.mentions.map((mention) => ({
        ...mention,
        span: { ...mention.span, text: quote },
        value: mention.value.type === 'place' ? { ...mention.value, name } : mention.value,
      })),
    })),
  };
}

const hostileText = fc.string({ unit: fc.constantFrom('|', '\\', '`', '\n', '\r', '<', '>', '[', ']', '*', '_', 'a', ' ', '\x1b', '&') });
const anyText = fc.oneof(hostileText, fc.string({ unit: 'binary' }));

describe('Markdown tables under arbitrary text', () => {
  it('keep their cell count and never carry a raw | or line break in a cell', () => {
    const baselineLines = formatReport(seedReport(), 'md', { color: false }).split('\n').length;
    fc.assert(
      fc.property(anyText, anyText, anyText, (quote, name, label) => {
        const markdown = formatReport(withHostileStrings(seedReport(), quote, name, label), 'md', { color: false });
        const lines = markdown.split('\n');
        // A line break smuggled in anywhere would add lines.
        expect(lines.length).toBe(baselineLines);
        let width = 0;
        for (const line of lines) {
          if (!line.startsWith('|')) {
            width = 0;
            continue;
          }
          const cells = tableCells(line);
          if (width === 0) width = cells.length; // header row sets the width of its table
          expect(cells.length).toBe(width);
          for (const cell of cells) expect(cell).not.toMatch(/[\r\n]/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
