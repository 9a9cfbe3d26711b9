import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressDay, sourceAddress } from '../../src/ingest/sourceAddress.js';
import { ingestOne } from '../../src/ingest/index.js';

describe('a saved page\'s address and the day it files the story under', () => {
  it('reads a "source:" line at the top of a saved page', () => {
    expect(sourceAddress('# source: https://example.com/a/b\n\nText')).toBe('https://example.com/a/b');
    expect(sourceAddress('Source: https://example.com/x?y=1\nText')).toBe('https://example.com/x?y=1');
    expect(sourceAddress('Text first.\nThe source: https://example.com/ said so.')).toBeUndefined();
  });

  it('reads the day from the path, in the forms news sites use', () => {
    expect(addressDay('https://tasnimnews.com/en/news/2024/09/06/3153787/deadly-typhoon')).toBe('2024-09-06');
    expect(addressDay('https://www.kmxt.org/2024-10-09/photos-hurricane')).toBe('2024-10-09');
    expect(addressDay('https://example.com/news/20241229/crash.html')).toBe('2024-12-29');
    // A month alone, an impossible day, a number in the host or the query: no day.
    expect(addressDay('https://news.example.com/2024/12/south-korea-plane-crash.html')).toBeUndefined();
    expect(addressDay('https://example.com/2024/02/30/story')).toBeUndefined();
    expect(addressDay('https://2024-01-05.example.com/story?d=/2024/01/05/')).toBeUndefined();
  });

  it('never throws and only ever gives a valid day', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (tail) => {
        const day = addressDay(`https://example.com/${tail}`);
        if (day !== undefined) expect(new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10)).toBe(day);
        sourceAddress(tail);
      }),
    );
  });

  it('dates a page with no other publication date, below a stated one', () => {
    const page = (head: string) => ingestOne({ path: 'p.txt', content: `${head}# source: https://example.com/2024/09/06/story\n\nA typhoon hit on Friday.\n` }, 'p', undefined);
    expect(page('').published).toEqual({ day: '2024-09-06', from: 'address' });
    expect(ingestOne({ path: 'p.md', content: '---\npublished: 2024-09-07\n---\n# source: https://example.com/2024/09/06/story\n\nText.\n' }, 'p', undefined).published?.day).toBe('2024-09-07');
  });
});
