import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/index.js';
import { codeSpan, escapeMarkdown } from '../../src/report/markdown/escape.js';
import { article, seedReport, withQuote } from './fixtures.js';

const HOSTILE = 'a | b `code` <script>alert(1)</script> [x](y) **bold** _it_ $x$ &lt; line\nbreak';

describe('Markdown escaping', () => {
  const markdown = formatReport(withQuote(seedReport(), HOSTILE), 'md', { color: false });

  it('leaves no live HTML, link, code span or emphasis from a quote', () => {
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toContain('[x](y)');
    expect(markdown).not.toContain('`code`');
    expect(markdown).not.toContain('**bold**');
    expect(markdown).not.toContain('line\nbreak');
    expect(markdown).toContain(
      '"a \\| b \\`code\\` \\<script\\>alert(1)\\</script\\> \\[x\\](y) \\*\\*bold\\*\\* \\_it\\_ \\$x\\$ \\&lt; line break"',
    );
  });

  it('keeps the quote on the line of its bullet or table row', () => {
    const quoteLines = markdown.split('\n').filter((line) => line.includes('alert(1)'));
    expect(quoteLines.length).toBeGreaterThan(0);
    for (const line of quoteLines) expect(line).toMatch(/^(?: {0,2}- |\| )/);
  });

  it('escapes titles, labels and ids from the input too', () => {
    const report = seedReport();
    report.sources[0] = article('000_alpha', 'sources/a`b.txt', { title: '<img src=x onerror=alert(1)>' });
    report.events[1] = { ...report.events[1], label: 'Launch | <b>6 Jan</b>' };
    const output = formatReport(report, 'md', { color: false });
    expect(output).not.toMatch(/(?<!\\)<(?:img|b>)/);
    expect(output).toContain('## Launch \\| \\<b\\>6 Jan\\</b\\>');
    expect(output).toContain('``sources/a`b.txt``');
  });

  it.each([
    ['plain', '`plain`'],
    ['a`b', '``a`b``'],
    ['`start', '`` `start ``'],
    ['x``y`', '``` x``y` ```'],
    ['two\nlines', '`two lines`'],
  ])('codeSpan(%j) is %s', (text, expected) => {
    expect(codeSpan(text)).toBe(expected);
  });

  it('escapeMarkdown removes control characters and line breaks', () => {
    expect(escapeMarkdown('a\x1b[31mred\x07\r\nb\tc')).toBe('ared b c');
  });
});

describe('terminal output', () => {
  const hostile = withQuote(seedReport(), 'x');
  hostile.events[1] = { ...hostile.events[1], label: 'Launch \x1b[31mRED\x1b[0m\x07 of\nJan \x1b]0;pwned\x07 \x9b2J end' };
  hostile.sources[0] = { ...hostile.sources[0], path: 'sources/\x1b[2Jevil.txt' };

  it('strips escape sequences, BEL and C1 controls from article-derived text', () => {
    const text = formatReport(hostile, 'text', { color: false });
    expect(text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(text).toContain('Launch RED of Jan   end');
    expect(text).toContain('sources/evil.txt:5:12');
  });

  it('keeps only chalk codes when color is on', () => {
    const text = formatReport(hostile, 'text', { color: true });
    const withoutChalk = text.replace(/\x1b\[(?:1|2|22|31|33|32|39)m/g, '');
    expect(withoutChalk).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
  });

  it.each(['text', 'md', 'json'] as const)('%s has no escape codes when color is false', (format) => {
    expect(formatReport(hostile, format, { color: false })).not.toContain('\x1b');
  });
});
