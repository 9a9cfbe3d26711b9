import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseRuns, phraseWordsOf, SentenceTokens } from '../../src/extract/tokens.js';

const texts = (what: string) => fc.array(fc.constantFrom(...what.split('|')), { maxLength: 20 }).map((parts) => parts.join(''));
// Letters, digits, the characters words are joined over, and what breaks them.
const messy = texts("U|S|led|O|Brien|wasn|t|go|around|½|²|7C2216|é|Ж|'|’|.|-|--|...| |  |\n|,|(|)|$|:");

describe('a sentence tokenised once', () => {
  it('gives the words listed phrases are matched on: runs joined over dots, apostrophes and hyphens', () => {
    const words = new SentenceTokens("The U.S.-led drill, O'Brien said.").phraseWords.map((w) => w.text);
    expect(words).toEqual(['The', 'U.S.-led', 'drill', "O'Brien", 'said.']);
  });

  it('gives the words statements are matched on: runs joined over one apostrophe or hyphen', () => {
    const words = new SentenceTokens("The gear wasn't down; a go-around, U.S. says").stemWords.map((w) => w.text);
    expect(words).toEqual(['The', 'gear', "wasn't", 'down', 'a', 'go-around', 'U', 'S', 'says']);
  });

  it('gives each run of letters and digits in lower case, white space between them as one space', () => {
    const { words, gaps } = new SentenceTokens('Test-FIRED  from\n(Sunan)').runs;
    expect(words).toEqual(['test', 'fired', 'from', 'sunan']);
    expect(gaps).toEqual(['', '-', ' ', ' (', ')']);
  });

  // The tokens replaced a pattern per reader; each reader's words must be what its pattern found.
  it('finds the words each reader used to find with its own pattern', () => {
    const PHRASE_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
    const STEM_WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
    const spans = (ws: { start: number; end: number; text: string }[]) => ws.map((w) => [w.start, w.end, w.text]);
    const matched = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length, m[0]]);
    fc.assert(
      fc.property(messy, (text) => {
        const tokens = new SentenceTokens(text);
        expect(spans(tokens.phraseWords)).toEqual(matched(text, PHRASE_WORD));
        expect(spans(tokens.stemWords)).toEqual(matched(text, STEM_WORD));
        // A listed name read on its own gives the words a sentence holding it gives.
        expect(phraseWordsOf(text)).toEqual(tokens.phraseWords.map((w) => w.text));
        // ...and a cue phrase its runs.
        const { words, gaps } = tokens.runs;
        expect(phraseRuns(text)).toEqual({ words, gaps });
      }),
      { numRuns: 3000 },
    );
  });
});
