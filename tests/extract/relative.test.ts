import { describe, expect, it } from 'vitest';
import { extractCandidates, prepareExtractor } from '../../src/extract/index.js';
import { ingestAll } from '../../src/ingest/index.js';
import { referenceText } from '../../src/values/index.js';
import { shippedKnowledge } from '../helpers/knowledge.js';

const ex = prepareExtractor(shippedKnowledge());

/** Each distance and place of a text with what it is measured from or lies from: "60 km WSW of Padang", "Padang: WSW". */
const located = (text: string) => {
  const [article] = ingestAll([{ path: 't.txt', content: text }], {});
  return extractCandidates(article, ex).flatMap((c) => {
    if (c.raw.type === 'quantity' && c.raw.reference) return [`${c.span.text} ${referenceText(c.raw.reference)}`];
    if (c.raw.type === 'place' && c.raw.relative) return [`${c.span.text}: ${c.raw.relative}`];
    return [];
  });
};

describe('what a distance is measured from, and which places are references', () => {
  it.each([
    ['The quake struck 60 km west-southwest of Padang.', ['60 km WSW of Padang', 'Padang: WSW']],
    ['The quake struck about 60 km (37 miles) west-southwest of Padang.', ['about 60 km (37 miles) WSW of Padang', 'Padang: WSW']],
    ['The quake struck some 60 kilometres off the coast of Padang.', ['some 60 kilometres from Padang', 'Padang: off']],
    ['The quake struck about 55 km from Ardmore, officials said.', ['about 55 km from Ardmore']],
    ['The quake struck 33 km west of the provincial capital.', ['33 km W of provincial capital']],
    ['The quake struck 60 km outside the town of Ardmore.', ['60 km from Ardmore']],
    ['The storm was about 115 miles (185 km) southwest of Orlando Florida.', ['about 115 miles (185 km) SW of Orlando']],
    ['Hurricane Milton made landfall south of Tampa Bay near Siesta Key.', ['Tampa Bay: S']],
    ['North Korea fired a missile from an area north of Pyongyang.', ['Pyongyang: N']],
    // A depth, wherever it was taken: only the place is located.
    ['The quake struck at a depth of 15.8 kilometres off the coast south-southeast of Hualien City.', ['Hualien City: SSE']],
  ])('%s', (text, expected) => {
    expect(located(text)).toEqual(expected);
  });

  it.each([
    ['The train was traveling 150 km from Genoa to Rome when it derailed.'], // a stretch, not a place measured from
    ['Waves of 3 metres struck off the coast of the island, the survey said.'], // a height, not a position
    ['The quake was felt 300 km away from the epicentre.'], // the epicentre is what is located, not a place
    ['The typhoon made landfall in the north of Hainan on Friday.'], // a part of Hainan, not somewhere near it
    ['The typhoon made landfall in the far north of Hainan on Friday.'],
    ['The storm dumped 200 mm of rain from Helene on the coast.'],
  ])('no reference in: %s', (text) => {
    expect(located(text)).toEqual([]);
  });
});
