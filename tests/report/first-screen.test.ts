import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/types.js';
import { formatReport } from '../../src/report/index.js';
import { seedReport } from './fixtures.js';

const markdown = (report: Report, options = {}) => formatReport(report, 'md', { color: false, ...options });
const firstScreen = (md: string) => md.split('\n').slice(0, 40).join('\n');

describe('the first screen of the Markdown report', () => {
  const md = markdown(seedReport());
  const top = firstScreen(md);

  it('gives the verdict, then each conflict with its quotes side by side, path:line:column', () => {
    expect(top.split('\n')[2]).toMatch(/^\*\*❌ 2 contradictions: check them before publishing\.\*\*/);
    expect(top).toContain('| 000 | ≈1,100 km | **approximately 1,100 kilometers** | sources/000\\_alpha.txt:5:12 |');
    expect(top).toContain('| 001 | 1,500 km | **1,500 km** | sources/001\\_beta.md:9:1 |');
    expect(top).toContain('| 001 | ≈155 mi | **155 miles** | sources/001\\_beta.md:12:5 |');
  });

  it('puts conflicts between sources before a source’s conflict with itself', () => {
    expect(top.indexOf('### ✗ Distance · Launch of 6 Jan 2025')).toBeGreaterThan(0);
    expect(top.indexOf('### ✗ Distance · Launch of 14 Jan 2025 (within one source)')).toBeGreaterThan(top.indexOf('Launch of 6 Jan 2025'));
  });

  it('does not repeat the conflicts’ quotes further down', () => {
    expect(md.split('approximately 1,100 kilometers')).toHaveLength(2);
    expect(md).toContain('**Distance — conflict.** Its quotes are at the top of this report.');
  });

  it('shows a quote in its sentence, escaped, when the report holds the sentence', () => {
    const report = seedReport();
    const quoted = report.findings[0].mentions[0];
    report.sentences = new Map([[quoted.id, { before: 'It flew <b>|</b> ', quote: 'approximately 1,100 kilometers', after: ', officials *said*.' }]]);
    expect(firstScreen(markdown(report))).toContain('| It flew \\<b\\>\\|\\</b\\> **approximately 1,100 kilometers**, officials \\*said\\*. |');
  });

  it('shows the first ten conflicts at the top, and the rest in full under their events', () => {
    const report = seedReport();
    const conflict = report.findings[0];
    report.findings = Array.from({ length: 12 }, (_, i) => ({ ...conflict, id: `c${i}`, summary: `Conflict number ${i}.` }));
    const many = markdown(report);
    const top = many.slice(0, many.indexOf('## Events'));
    expect(top.match(/^### ✗ /gm)).toHaveLength(10);
    expect(top).toContain('2 more conflicts are listed further down, with their events.');
    expect(top).not.toContain('Conflict number 10.');
    expect(many.slice(many.indexOf('## Details'))).toContain('**Distance — conflict.** Conflict number 11.');
  });

  it('names categories by their label in the claims table', () => {
    expect(md).toContain('| missile type | ✓ intermediate-range ballistic missile | ✓ intermediate-range ballistic missile | — |');
  });

  it('writes the time of the run only when given one', () => {
    expect(md).not.toContain('Generated');
    expect(markdown(seedReport(), { timestamp: '2026-03-12T07:40:00.000Z' }).split('\n')[1]).toBe('Generated 2026-03-12T07:40:00.000Z.');
  });
});
