import { describe, expect, it } from 'vitest';
import { extractCandidates, prepareExtractor } from '../../src/extract/index.js';
import { ingestAll } from '../../src/ingest/index.js';
import { shippedKnowledge } from '../helpers/knowledge.js';

const ex = prepareExtractor(shippedKnowledge());
/** The claim candidates of one article (a plain-text file unless `path` says otherwise). */
const candidatesOf = (text: string, path = 't.txt') => extractCandidates(ingestAll([{ path, content: text }], {})[0], ex);
/** "kind: quoted text" for each candidate. */
const read = (text: string) => candidatesOf(text).map((c) => `${c.kind}: ${c.span.text}`);
const claims = (text: string) => candidatesOf(text).map((c) => `${c.kind}: ${c.span.text}${c.role === 'main' ? '' : ` (${c.role})`}`);

describe('claim kinds from cues', () => {
  it.each([
    ['The missile flew about 600 km before it fell into the East Sea.', ['launch.distance: about 600 km', 'landing.area: East Sea']],
    ['The missile reached an altitude of 1,100 km and flew 900 km.', ['launch.altitude: 1,100 km', 'launch.distance: 900 km']],
    ['It was launched from the Pyongyang area at 7:40 a.m. on Thursday.', ['launch.origin: Pyongyang area', 'launch.time: 7:40 a.m.', 'launch.date: Thursday']],
    ['North Korea fired two short-range ballistic missiles on Tuesday.', ['missile.count: two short-range ballistic missiles', 'missile.type: short-range ballistic missiles', 'launch.date: Tuesday']],
    ['The missiles were launched at around 6:48 a.m. from near the port city of Wonsan.', ['launch.time: at around 6:48 a.m.', 'launch.origin: Wonsan']],
    ['North Korea fired two SRBMs from the Sukchon area.', ['missile.count: two SRBMs', 'missile.type: SRBMs', 'launch.origin: Sukchon area']],
    ['The second salvo left the Wonsan area at 06:48 KST.', ['launch.origin: Wonsan area', 'launch.time: 06:48 KST']],
    ['Seoul and Tokyo put the range at roughly 350 km.', ['launch.distance: roughly 350 km']],
  ])('%s', (text, expected) => {
    // The piece names its subject (a missile launch) in a title, as every report does; the title gives no claim.
    expect(claims(`Missile launch\n\n${text}`)).toEqual(expected);
  });

  it.each([
    ['An IRBM is a missile with a range of 3,000 to 5,500 kilometers.'], // a capability, not this flight
    ['The missile did not fly 1,000 km, officials said.'], // negated
    ['While the missile did not appear to be an intercontinental ballistic missile (ICBM), it worried Seoul.'],
    ['Defense officials from the U.S. and South Korea met in Seoul.'], // "from" without a launch
    ['The weather in Seoul was about 5 km of visibility.'], // no cue for any kind
    ['“We stopped the missile launches,” he said at the convention in July.'], // a cue across a quotation
    ['It was the second launch in two days, officials said of the missile.'], // no flight time
    ['The allied exercise, which runs for 11 days, angered Pyongyang, which fired a missile.'],
  ])('no claim in: %s', (text) => {
    expect(claims(text).filter((c) => !c.startsWith('missile.type') && !c.startsWith('open.'))).toEqual([]);
  });

  it('keeps a textbook range out of open claims too', () => {
    expect(claims('An IRBM is a missile with a range of 3,000 to 5,500 kilometers.').filter((c) => !c.startsWith('missile.type'))).toEqual([]);
  });

  it('marks an undated earlier launch as background', () => {
    expect(claims('Missile launch\n\nThe previous test flew for 70 minutes, officials said.')).toEqual(['launch.duration: 70 minutes (background)']);
  });
});

describe('counts with where the people were between the figure and what befell them', () => {
  const counts = (text: string) =>
    candidatesOf(text)
      .filter((c) => c.kind.startsWith('casualties.'))
      .map((c) => `${c.kind}: ${c.span.text}${c.raw.type === 'quantity' && c.raw.qualifier ? ` [${c.raw.qualifier}]` : ''}`);

  it.each([
    ['Some 400,000 people in Hainan island were evacuated before the storm.', ['casualties.evacuated: Some 400,000 people in Hainan island were evacuated [in Hainan island]']],
    ['At least 12 people across the province have been killed.', ['casualties.deaths: At least 12 people across the province have been killed [across the province]']],
    ['About 300 residents on the coast were relocated overnight.', ['casualties.evacuated: About 300 residents on the coast were relocated [residents on the coast]']],
    ['More than 420,000 people had been moved to evacuation centres.', ['casualties.evacuated: More than 420,000 people had been moved to evacuation centres']],
    // A year before "killed nine" counts nothing: the participle is a verb with its own figure.
    ['The derailment on 13 October 2026 killed nine people, including the driver.', ['casualties.deaths: killed nine']],
  ])('%s', (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it.each([
    ['Some 400,000 people in Hainan and Guangdong lost power, and others were evacuated.'], // the count is of who lost power
    ['Nearly 2,000 people in the town said they had evacuated their pets.'], // a verb in between
  ])('no count of those who were evacuated in: %s', (text) => {
    expect(counts(text).filter((c) => c.startsWith('casualties.evacuated'))).toEqual([]);
  });
});

describe('what a sentence says of another happening or of the future', () => {
  const readWithHistory = (text: string) =>
    candidatesOf(text).map((c) => `${c.kind}: ${c.span.text}${c.anchor?.reference ? ' (of another happening)' : ''}`);

  it('a comparison with a dated happening dates only its own clause', () => {
    expect(readWithHistory('The quake struck at a depth of 9.7 km, shallower than the 15.8 km of the Jan. 14 quake.')).toEqual([
      'quake.depth: 9.7 km',
      'quake.depth: 15.8 km (of another happening)',
      'quake.date: Jan. 14 (of another happening)',
    ]);
  });

  it('"That quake" goes on about the last day the previous sentence named', () => {
    const text = 'A magnitude 6.5 quake struck on Thursday. For many, Thursday brought back the morning of April 3, 2024. That quake, a magnitude 7.2, killed 18 people.';
    const magnitude = candidatesOf(text).find((c) => c.kind === 'quake.magnitude' && c.span.text.includes('7.2'));
    expect(magnitude?.anchor?.raw).toMatchObject({ year: 2024, month: 4, day: 3 });
  });

  it('"after" with a gerund tells what the happening did before, not another happening', () => {
    const claims = readWithHistory('The jet crashed, bursting into flames after veering off the runway early Sunday.');
    expect(claims).toContain('accident.date: Sunday');
    expect(claims.filter((c) => c.endsWith('(of another happening)'))).toEqual([]);
    // "after" with a noun still introduces one: "after the quake last week".
    expect(readWithHistory('Rescuers returned to the valley after the quake last week.').filter((c) => c.endsWith('(of another happening)')).length).toBeGreaterThan(0);
  });

  it('a comparison with no date in its clause is no other happening', () => {
    const claims = readWithHistory('More than 40 people were injured when the quake struck on Monday, officials said.');
    expect(claims).toContain('casualties.injured: More than 40 people were injured');
    expect(claims.filter((c) => c.endsWith('(of another happening)'))).toEqual([]);
  });

  it('a forecast of what the storm will be is no claim of its category', () => {
    const claims = readWithHistory('Typhoon Kaimana weakened over land. The remnants should reach Vietnam in four days as a tropical storm at most.');
    expect(claims.filter((c) => c.startsWith('storm.category'))).toEqual([]);
  });
});

describe('a section heading that names a happening dates its section', () => {
  const anchored = (path: string, text: string) =>
    candidatesOf(text, path)
      .filter((c) => c.kind !== 'quake.date')
      .map((c) => `${c.kind}: ${c.span.text} [${c.anchor ? JSON.stringify(c.anchor.raw) : 'undated'}]`);
  const blog = [
    '# Two quakes a month apart',
    '',
    'A magnitude 6.1 quake struck off the coast on 13 February, the agency said.',
    '',
    '## The January quake',
    '',
    'The agency placed the earlier quake at a depth of 15.8 km.',
    '',
    'It killed seven people.',
    '',
    '## What comes next',
    '',
    'The agency said the depth of the new quake was 9.7 km.',
  ].join('\n');

  it('dates the undated sentences under "The January quake" by January, and none after the next heading', () => {
    const claims = anchored('blog.md', blog);
    expect(claims.find((c) => c.startsWith('quake.depth: 15.8 km'))).toMatch(/"month":1\b/);
    expect(claims.find((c) => c.startsWith('casualties.deaths'))).toMatch(/"month":1\b/);
    expect(claims.find((c) => c.startsWith('quake.depth: 9.7 km'))).toMatch(/\[undated\]$/);
  });

  it('a headline above the lead dates nothing', () => {
    const claims = anchored('wire.md', '# Quake shakes a region still rebuilding from 2023\n\nA magnitude 5.9 quake struck on Tuesday.\n\nIt struck at a depth of 7 km.\n');
    expect(claims.find((c) => c.includes(': 7 km'))).toMatch(/\[undated\]$/);
  });
});

describe('counts read in their sentence', () => {
  it('homes and customers without power are an outage count, homes destroyed are not', () => {
    const claims = read('More than 900,000 homes and businesses lost power. The quake destroyed 300 homes. Utilities reported roughly 940,000 customers without power.');
    expect(claims.filter((c) => c.startsWith('power.outages'))).toEqual(['power.outages: More than 900,000 homes', 'power.outages: roughly 940,000 customers']);
  });

  it('a count kind with context words is read only where one stands in the sentence', () => {
    const claims = read('The train derailed near Genoa, and three carriages overturned. Police towed away four cars from the station car park.');
    expect(claims.filter((c) => c.startsWith('rail.cars-derailed'))).toEqual(['rail.cars-derailed: three carriages']);
  });

  it('a rail inquiry reads the speed from the event recorder', () => {
    expect(read('Train derailment\n\nThe event recorder shows a speed of 95 km/h at the moment the emergency brake was applied.')).toContain('rail.speed: 95 km/h');
  });

  it("an advisory's fact box gives the storm's motion", () => {
    expect(read('Hurricane Leah\n\n- **Motion:** north-northeast at 14 mph (22 km/h).').filter((c) => c.startsWith('storm.movement'))).toEqual(['storm.movement: 14 mph (22 km/h)']);
  });
});

describe('rain, whatever happening it is told of', () => {
  it('is read in a derailment report, in millimetres or inches', () => {
    expect(read('The train derailed after more than 200 mm of rain fell on the line in six hours.')).toContain('weather.rainfall: more than 200 mm');
  });

  it('a length in feet or metres near "rain" is not rain, in a storm report too', () => {
    const claims = read('Hurricane Leah struck in heavy rain; the storm surge overran the coast road by nearly 1,000 feet, 300 metres beyond it.');
    expect(claims.filter((c) => c.startsWith('weather.rainfall'))).toEqual([]);
  });

  it('"km per hour" is a speed', () => {
    expect(read('Typhoon Yagi hit the coast packing winds exceeding 234 km per hour.')).toEqual(['storm.wind: 234 km per hour']);
  });
});

describe('a depth credited to a seismic agency', () => {
  it('is read though its sentence names no quake', () => {
    const text = 'Earthquake\n\nWhy do the depths differ? The depths are another matter: AFAD says 7.0 km and Kandilli 13.4 km.';
    const depths = candidatesOf(text).filter((c) => c.kind === 'quake.depth').map((c) => c.span.text);
    expect(depths).toEqual(['7.0 km', '13.4 km']);
  });
});

describe('a magnitude named before its figure', () => {
  it.each([
    ['The USGS moment magnitude is 6.0, the agency said of the quake.', 'quake.magnitude: moment magnitude is 6.0'],
    ['The quake had a magnitude of 6.1.', 'quake.magnitude: magnitude of 6.1'],
  ])('%s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });
});

describe('where a storm came ashore', () => {
  const places = (text: string) => candidatesOf(text).filter((c) => c.raw.type === 'place').map((c) => `${c.kind}: ${c.span.text}`);

  it.each([
    // When it happened may stand between the cue and the place.
    ['Hurricane Leah came ashore at 5:10 a.m. EDT Thursday near Mexico Beach as a Category 4 hurricane.', ['storm.landfall-place: Mexico Beach']],
    // "Mexico" of "Mexico Beach" is not Mexico; "Orlando Florida" is a city and its state.
    ['Hurricane Leah made landfall near Mexico Beach.', ['storm.landfall-place: Mexico Beach']],
    ['Hurricane Milton made landfall near Siesta Key Florida.', ['storm.landfall-place: Siesta Key']],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('a gap of other words is still no place of the cue', () => {
    expect(places('Hurricane Leah came ashore with winds that blew down power lines across Mexico Beach.')).toEqual([]);
  });
});
