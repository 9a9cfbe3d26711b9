import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/types.js';
import { formatReport, reportFigures } from '../../src/report/index.js';
import { article, seedReport, withQuote } from './fixtures.js';

const HOSTILE = 'a <script>alert("x")</script> & \'b\' ]]> \x1b[31m\ud800 end';

/** What is left of an SVG once our own elements and the comment are taken out: text only, with no markup. */
const withoutOwnMarkup = (svg: string) =>
  svg.replace(/<!--[^]*?-->|<\/?(?:svg|g|title|text|line|rect|circle|path)\b(?:[^<>"]|"[^"<>]*")*>/g, '');

describe('number lines (reportFigures)', () => {
  it('makes one per quantity conflict or variance, named after its finding, in report order', () => {
    const figures = reportFigures(seedReport());
    // f1: a conflict between sources; f7: a source's own wrong conversion. f3 is a variance of times, not quantities.
    expect(figures.map((figure) => [figure.findingId, figure.path])).toEqual([
      ['f1', 'report-figures/f1.svg'],
      ['f7', 'report-figures/f7.svg'],
    ]);
  });

  it('is deterministic and marked as ours', () => {
    const [first] = reportFigures(seedReport());
    expect(reportFigures(seedReport())[0].content).toBe(first.content);
    expect(first.content.split('\n')[0]).toMatch(/^<!-- verify report figure: /);
  });

  it('draws a bar per source with its figure, the conversion into the axis unit, and the quote with file and line', () => {
    const [, internal] = reportFigures(seedReport());
    // "155 miles" and "400 km" in one source: one figure each, so the axis takes the first one's unit.
    expect(internal.content).toContain('axis in mi');
    expect(internal.content).toContain('>400 km = 249 mi<');
    expect(internal.content).toContain('&quot;155 miles&quot; 001_beta.md:12');
    expect(internal.content).toContain('(sources/001_beta.md:12:5)');
    expect(internal.content.match(/<rect x=/g)).toHaveLength(2); // a bar each
  });

  it('escapes every text from an article or a label, and leaves no markup of its own in it', () => {
    const report: Report = withQuote(seedReport(), HOSTILE);
    report.sources[0] = article('000_alpha', 'sources/<b>&.txt');
    report.events[1] = { ...report.events[1], label: 'Launch <i>"6 Jan"</i>' };
    for (const figure of reportFigures(report)) {
      expect(figure.content).not.toContain('<script');
      expect(figure.content).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]/);
      expect(withoutOwnMarkup(figure.content)).not.toMatch(/[<>]/);
    }
    expect(reportFigures(report)[0].content).toContain('&lt;script&gt;alert(&quot;x&quot;)');
    expect(reportFigures(report)[0].content).toContain('Launch &lt;i&gt;&quot;6 Jan&quot;&lt;/i&gt;');
  });

  it('is linked from the Markdown only when written beside it', () => {
    const linked = formatReport(seedReport(), 'md', { color: false, figures: true });
    expect(linked).toContain('[Number line](report-figures/f1.svg)');
    expect(linked).toContain('](report-figures/f7.svg)');
    expect(formatReport(seedReport(), 'md', { color: false })).not.toContain('report-figures/');
  });
});
