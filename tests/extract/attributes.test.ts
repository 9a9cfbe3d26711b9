import { describe, expect, it } from 'vitest';
import { extractCandidates, prepareExtractor } from '../../src/extract/index.js';
import { ingestAll } from '../../src/ingest/index.js';
import { shippedKnowledge } from '../helpers/knowledge.js';

// Issue 15, item 5: a length no pack names, said of a thing, is keyed by the thing and its measure.
const ex = prepareExtractor(shippedKnowledge());
const keyed = (text: string) =>
  extractCandidates(ingestAll([{ path: 't.txt', content: text }], {})[0], ex)
    .filter((c) => /^(?:attribute|open)\.(?!date)/.test(c.kind))
    .map((c) => `${c.kind}: ${c.span.text}`);

describe('a thing’s measure', () => {
  it.each([
    ['The Ashgrove Dam, a 900-metre earthen wall built in 1962, collapsed.', ['attribute.dam.length: 900-metre']],
    ['The 0.56-mile Ashgrove Dam burst on Thursday.', ['attribute.dam.length: 0.56-mile']],
    ['The dam, 1.2 km long and 40 m high, had been flagged for repairs.', ['attribute.dam.length: 1.2 km', 'attribute.dam.height: 40 m']],
    ['The dam was finished in 1962. It is 220 m high.', ['attribute.dam.height: 220 m']],
    ['Runway 19L is 3,627 metres (11,900 ft) long, the longest at the airport.', ['attribute.runway.length: 3,627 metres (11,900 ft)']],
    ['The 300-metre tower was evacuated.', ['attribute.tower.height: 300-metre']],
    ['Floods washed away a 50-metre bridge upstream.', []], // one bridge of many: not keyed by "bridge"
    ['The bridge stretches about 2.4 km across the bay.', []], // no measure word after the figure: not read as the bridge's
    ['The bridge is about 2.4 km long.', ['attribute.bridge.length: about 2.4 km']],
    ['The volcano, which stands 1,731 metres tall, last erupted in 2007.', ['attribute.volcano.height: 1,731 metres']],
  ])('%s', (text, expected) => {
    expect(keyed(text).filter((k) => k.startsWith('attribute.'))).toEqual(expected);
  });

  it.each([
    ['Police closed a 5-km stretch of the highway.'], // a stretch is no thing
    ['The water rose 2 m in an hour.'], // a change, not a size
    ['Residents 3 km away heard the roar.'], // a distance
    ['A 40-year-old engineer said the 2019 report was ignored.'], // an age
  ])('no thing measured in: %s', (text) => {
    expect(keyed(text).filter((k) => k.startsWith('attribute.'))).toEqual([]);
  });

  it('dates a thing’s size with the news, not with the year it was built', () => {
    const [c] = extractCandidates(ingestAll([{ path: 't.txt', content: 'The Ashgrove Dam, a 900-metre earthen wall built in 1962, collapsed.' }], {})[0], ex).filter((x) =>
      x.kind.startsWith('attribute.'),
    );
    expect(c.anchor).toBeUndefined();
  });
});
