import { describe, expect, it } from 'vitest';
import type { RawSource } from '../../src/model/types.js';
import { quoteSentences, verify } from '../../src/pipeline/index.js';
import { shippedKnowledge } from '../helpers/knowledge.js';

const SOURCES: RawSource[] = [
  {
    path: 'a.html',
    content:
      '<html><head><title>Launch</title></head><body><article><h1>North Korea fires a missile</h1>' +
      '<p>North Korea fired a ballistic missile on March 12, 2026, officials said. The missile flew about 1,100&nbsp;km before it fell into the <em>East Sea</em>, the military said.</p>' +
      '</article></body></html>',
  },
  { path: 'b.txt', content: 'North Korea fired a ballistic missile on March 12, 2026.\n\nIt flew some 900 km, officials said.\n' },
];

describe('quoteSentences: a quote read back in its sentence', () => {
  const report = verify(SOURCES, shippedKnowledge());
  const distance = report.findings.find((finding) => finding.claim === 'launch.distance')!;
  const [html, text] = ['a', 'b'].map((id) => distance.mentions.find((mention) => mention.source === id)!);

  it('gives the sentence as plain text, markup and entities gone (a no-break space read as a space), around the quote', () => {
    const found = quoteSentences(SOURCES[0], 'a', [html]).get(html.id);
    expect(html.span.text).toBe('about 1,100&nbsp;km');
    expect(found).toEqual({ before: 'The missile flew ', quote: 'about 1,100 km', after: ' before it fell into the East Sea, the military said.' });
  });

  it('works on plain text, and gives nothing for a file changed since', () => {
    expect(quoteSentences(SOURCES[1], 'b', [text]).get(text.id)).toEqual({ before: 'It flew ', quote: 'some 900 km', after: ', officials said.' });
    const changed = { ...SOURCES[1], content: SOURCES[1].content.replace('some 900', 'some 950') };
    expect(quoteSentences(changed, 'b', [text]).size).toBe(0);
  });
});
