import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/index.js';
import { ingestOne } from '../../src/ingest/index.js';

const sentences = (text: string) => splitSentences(ingestOne({ path: 'a.txt', content: `${text}\n` }, 'a')).map((s) => s.text);

describe('sentences', () => {
  it('end after a clock\'s a.m. or p.m. when a new sentence starts: "at 7:40 a.m. The missile flew"', () => {
    expect(sentences('It was launched from Sinpo at 7:40 a.m. The missile flew about 560 miles, the JCS said.')).toEqual([
      'It was launched from Sinpo at 7:40 a.m.',
      'The missile flew about 560 miles, the JCS said.',
    ]);
  });

  it.each([
    ['a zone', 'It made landfall at 5:10 a.m. EDT near Mexico Beach.'],
    ['a zone in words', 'It struck at 11:40 p.m. Philippine time near Bato.'],
    ['a named zone', 'The launch came at 6:48 a.m. Korea time, officials said.'],
    ['a day', 'It struck at 3:41 a.m. Thursday, the agency said.'],
    ['a month', 'The test was held at 9 a.m. March 4, officials said.'],
    ['an abbreviation that is no clock', 'The U.S. Navy said it was tracking the missile.'],
  ])('go on after a.m. or p.m. that %s follows', (_what, text) => {
    expect(sentences(text)).toEqual([text]);
  });
});
