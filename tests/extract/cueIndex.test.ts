import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { literal, pattern } from '../../src/extract/caseless.js';
import { CueIndex } from '../../src/extract/cueIndex.js';
import { phraseTenses } from '../../src/extract/inflect.js';
import { SentenceTokens } from '../../src/extract/tokens.js';

const spans = (text: string, hits: [number, number][] | undefined) => (hits ?? []).map(([s, e]) => text.slice(s, e));

function found(phrases: string[], text: string): string[] {
  const list = { phrases };
  return spans(text, new CueIndex([list]).find(new SentenceTokens(text)).get(list));
}

describe('the cue index', () => {
  it('finds a phrase in any tense of its verb, any letter case, any white space between its words', () => {
    expect(found(['slammed into'], 'Yagi SLAMMING  INTO Hainan after it slammed\ninto Luzon')).toEqual(['SLAMMING  INTO', 'slammed\ninto']);
  });

  it('matches whole words only', () => {
    expect(found(['launch'], 'the launcher and relaunch, but a launch')).toEqual(['launch']);
  });

  it('takes the longest phrase at a place, then goes on after it, never overlapping', () => {
    expect(found(['flew', 'flew for'], 'it flew for 70 minutes and flew 1,000 km')).toEqual(['flew for', 'flew']);
    expect(found(['death toll', 'toll rose'], 'the death toll rose')).toEqual(['death toll']);
  });

  it('keeps a hyphen a hyphen: "test-fired" is not "test fired"', () => {
    expect(found(['test-fired'], 'it test-fired one; a test fired')).toEqual(['test-fired']);
  });

  it('gives each list its own matches from one walk', () => {
    const launch = { phrases: ['launched from'] };
    const landing = { phrases: ['landed in', 'landed'] };
    const index = new CueIndex([launch, landing]);
    const text = 'It was launched from Sunan and landed in the sea.';
    const hits = index.find(new SentenceTokens(text));
    expect(spans(text, hits.get(launch))).toEqual(['launched from']);
    expect(spans(text, hits.get(landing))).toEqual(['landed in']);
    expect(index.find(new SentenceTokens('Nothing here.')).size).toBe(0);
  });

  it('reads the characters around a phrase that starts or ends with one: "(km)", "u.s."', () => {
    expect(found(['(km)'], 'a range (km), not km')).toEqual(['(km)']);
    expect(found(['u.s.'], 'the U.S. said; the u.s.a')).toEqual(['U.S.']);
  });

  // The index replaced a pattern per list; it must find what such a pattern finds.
  it('finds what a case-insensitive pattern of the same phrases finds', () => {
    const words = ['fired', 'fire', 'test', 'landed', 'in', 'the', 'sea', 'Launch', 'LAUNCHED', 'from', 'toll'];
    const seps = [' ', '  ', '-', ', ', '\n', '.', ''];
    const phraseArb = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }).chain((ws) =>
      fc.array(fc.constantFrom(' ', '-'), { minLength: ws.length - 1, maxLength: ws.length - 1 }).map((ss) => ws.map((w, i) => (i ? ss[i - 1] : '') + w).join('').toLowerCase()),
    );
    const textArb = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...seps)), { maxLength: 14 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(fc.array(phraseArb, { minLength: 1, maxLength: 4 }), textArb, (phrases, text) => {
        const alternatives = [...new Set(phrases.flatMap(phraseTenses))].sort((a, b) => b.length - a.length).map((w) => literal(w, true));
        const re = pattern(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
        const expected = [...text.matchAll(re)].map((m) => m[0]);
        expect(found(phrases, text)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
