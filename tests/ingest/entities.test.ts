import { describe, expect, it } from 'vitest';
import { decodedForDisplay, readableReference, referenceAt } from '../../src/util/entities.js';
import { runJson } from '../helpers/run.js';
import { ingestOne, originalOf } from './helpers.js';

const STORY = (body: string) => `# Floods in the delta\n\n${body}\n`;

describe('character references (entities)', () => {
  it('knows every named reference of the HTML spec, not a short list', () => {
    expect(referenceAt('&thinsp;', 0)).toEqual({ length: 8, decoded: '\u2009' });
    expect(referenceAt('x &frac12;', 2)).toEqual({ length: 8, decoded: '½' });
    expect(referenceAt('&#x202F;', 0)).toEqual({ length: 8, decoded: '\u202f' });
    expect(referenceAt('&nosuchname;', 0)).toBeUndefined();
    expect(referenceAt('AT&T', 2)).toBeUndefined();
  });

  it('reads a thin space between digits as part of the figure, a no-break space as a space', () => {
    expect(readableReference('\u2009', '1', '1')).toBe('');
    expect(readableReference('\u2009', 'a', '1')).toBe('\u2009');
    expect(readableReference('\u00a0', '2', 'k')).toBe(' ');
  });

  it('decodes a quote for display', () => {
    expect(decodedForDisplay('1&thinsp;100&nbsp;km')).toBe('1\u2009100 km');
    expect(decodedForDisplay('plain 12 km')).toBe('plain 12 km');
  });

  it('keeps the figure whole in Markdown: "1&thinsp;100 km" is 1100 km, and the quote is the source slice', () => {
    const content = STORY('Floods covered 1&thinsp;100 km of coast and destroyed 3&#8239;400 homes on Monday.');
    const a = ingestOne('a.md', content);
    expect(a.text).toContain('covered 1100 km of coast and destroyed 3400 homes');
    const at = a.text.indexOf('1100 km');
    expect(originalOf(a, at, at + '1100 km'.length)).toBe('1&thinsp;100 km');
  });

  it('keeps the figure whole in HTML too, and a &nbsp; reads as a space', () => {
    const content = '<html><body><article><p>Floods covered 1&thinsp;100&nbsp;km of coast on Monday.</p></article></body></html>';
    const a = ingestOne('a.html', content);
    expect(a.text).toContain('covered 1100 km of coast');
  });

  it('extracts the figure behind a thin space, with an exact quote', () => {
    const md = STORY('Floods covered 1&thinsp;100 km of coast on Monday, officials said.');
    const report = runJson([{ path: 'a.md', content: md }]);
    const values = report.findings.flatMap((f) => f.values);
    const length = values.find((v) => v.text.includes('km'));
    expect(length?.text).toBe('1&thinsp;100 km');
    expect(JSON.stringify(report)).toContain('1100');
  });
});
