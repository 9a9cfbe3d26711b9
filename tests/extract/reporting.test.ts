import { describe, expect, it } from 'vitest';
import { extractCandidates, prepareExtractor } from '../../src/extract/index.js';
import { ingestAll } from '../../src/ingest/index.js';
import { shippedKnowledge } from '../helpers/knowledge.js';

// Issue 15, item 3: the ways real reporting states a value, each with the values expected, written inline.
const ex = prepareExtractor(shippedKnowledge());
const candidatesOf = (text: string) => extractCandidates(ingestAll([{ path: 't.txt', content: text }], {})[0], ex);
const claims = (text: string, prefix: string) =>
  candidatesOf(text)
    .filter((c) => c.kind.startsWith(prefix))
    .map((c) => `${c.kind}: ${c.span.text}`);

describe('a landfall told with the verbs reporters use', () => {
  it.each([
    // the time stands far after the cue, past a long place phrase
    [
      'Typhoon Koru made landfall in Vietnam on Sunday along the coast of Quang Ninh, a popular cruise destination, and nearby Hai Phong at 13:40 local time, state media said.',
      'storm.landfall-time',
      ['storm.landfall-time: 13:40 local time'],
    ],
    ['Typhoon Koru slammed into the port city of Haiphong at 2:15pm, with gusts near 200 km/h.', 'storm.landfall-time', ['storm.landfall-time: 2:15pm']],
    ['Typhoon Koru slammed into the port city of Haiphong at 2:15pm, with gusts near 200 km/h.', 'storm.landfall-place', ['storm.landfall-place: Haiphong']],
    ['The storm hit the coast of Cat Ba Island near Haiphong at 2 p.m.', 'storm.landfall-place', ['storm.landfall-place: Cat Ba Island']],
    // describing words between the cue and the place
    ['Koru made landfall in the northern industrial hub’s Haiphong district around 2 p.m.', 'storm.landfall-place', ['storm.landfall-place: Haiphong']],
  ])('%s → %s', (text, prefix, expected) => {
    expect(claims(text, prefix)).toEqual(expected);
  });

  it.each([
    // a preposition that starts another part of the clause: the place is not where it came ashore
    ['Koru made landfall as a typhoon with winds felt as far away as Hanoi.'],
    // more than a few describing words: the place is too far from the cue to be its
    ['Koru made landfall in the long and very heavily populated coastal farming strip beside Hanoi.'],
    // a comma between: the place belongs to the next clause
    ['Koru made landfall in the north, sparing Hanoi the worst.'],
  ])('no landfall place in: %s', (text) => {
    expect(claims(text, 'storm.landfall-place')).toEqual([]);
  });

  it.each([
    // another relation between the cue and the place
    ['The missile fell outside Japan’s exclusive economic zone, the ministry said.', 'landing.area'],
    // after a comma, "the" starts the next clause
    ['The missile flew about 890 miles before splashing down, the JCS said.', 'landing.area'],
    // "launches" is a plural noun here, not the launch's verb
    ['Tokyo has expanded its ability to track launches from the Korean Peninsula.', 'launch.origin'],
  ])('no place in: %s', (text, prefix) => {
    expect(claims(text, prefix)).toEqual([]);
  });
});

describe('a fronted clause about an earlier happening ends at its comma', () => {
  const anchorOf = (text: string, kind: string) => candidatesOf(text).find((c) => c.kind === kind)?.anchor;

  it('dates the main clause by the news, not by the earlier happening', () => {
    const text = 'After killing nine people in Luzon earlier this week, Typhoon Koru slammed into the city of Haiphong on Sunday.';
    expect(anchorOf(text, 'storm.landfall-place')).toMatchObject({ reference: false, raw: { relative: 'weekday', weekday: 0 } });
  });

  it('keeps a clause that goes on past the date about the earlier happening', () => {
    // "since" in the middle of the sentence: what follows the date is still about the earlier storm
    const text = 'It is the strongest storm since Typhoon Rammasun in July 2014, when winds reached 250 km/h.';
    expect(anchorOf(text, 'storm.wind')).toMatchObject({ reference: true });
  });
});

describe('cues in every tense of their verb', () => {
  it.each([
    // "crash" listed: "crashing" read
    ['The airliner was crashing into an embankment early Monday as it tried to land.', 'accident.date', ['accident.date: Monday']],
    // "slammed into" listed: "slams into" and "slamming into" read
    ['Forecasters said Typhoon Koru was slamming into the port city of Haiphong at 2 p.m.', 'storm.landfall-place', ['storm.landfall-place: Haiphong']],
    // "came ashore" listed: "coming ashore" read
    ['The storm, coming ashore at 13:40 local time, flattened fishing villages.', 'storm.landfall-time', ['storm.landfall-time: 13:40 local time']],
  ])('%s', (text, prefix, expected) => {
    expect(claims(text, prefix)).toEqual(expected);
  });

  it('does not read a listed past form as its noun ("fired" is not "fire")', () => {
    expect(claims('A fire broke out in the hangar at 4:10 a.m., hours before any missile was seen.', 'launch.time')).toEqual([]);
  });
});

describe('fact boxes, dates and times as copy writes them', () => {
  it.each([
    ['The Boeing 737-800 was flying from Manila to Cebu when it went down. Rescuers reached the crash site at dawn.', 'flight.origin', ['flight.origin: Manila']],
    ['The plane crashed near Cebu.\n\nKey facts:\n\n- Flight Number: 5J 562\n- Origin: Manila, Philippines\n- Destination: Cebu', 'flight.', ['flight.number: Flight Number: 5J 562', 'flight.origin: Manila', 'flight.destination: Cebu']],
    ['The plane crashed on landing at Cebu on 14-Mar-2025.', 'accident.date', ['accident.date: 14-Mar-2025']],
    ['The accident occurred on the 14th at 6:10 a.m. at Cebu airport, officials said.', 'accident.', ['accident.date: the 14th', 'accident.time: 6:10 a.m.', 'accident.place: Cebu']],
    ['The incident occurred at approximately 6:10 AM, as the plane touched down.', 'accident.time', ['accident.time: approximately 6:10 AM']],
  ])('%s', (text, prefix, expected) => {
    expect(claims(text, prefix)).toEqual(expected);
  });

  it('takes no day of the month from an ordinal that counts something', () => {
    expect(claims('Koru is the 11th typhoon of the season and hit on the 3rd floor level.', 'storm.date')).toEqual([]);
  });
});

describe('a pack cue in a piece about something else', () => {
  it('takes none of a topical pack’s kinds where the piece never names that pack’s subject', () => {
    const text =
      'The Ashgrove Dam collapsed on Thursday after three days of rain.\n\nFloodwater landed in the town square of Millbrook within minutes, and the surge flew past the bridge.';
    expect(candidatesOf(text).map((c) => c.kind).filter((k) => /^(?:launch|landing|missile)\./.test(k))).toEqual([]);
  });

  it('still reads a short piece that names its subject once', () => {
    expect(claims('North Korea fired a missile that flew about 600 km on Tuesday.', 'launch.distance')).toEqual(['launch.distance: about 600 km']);
  });
});

describe('records a happening set', () => {
  const states = (text: string, prefix: string) =>
    candidatesOf(text)
      .filter((c) => c.kind.startsWith(prefix))
      .map((c) => `${c.kind}: ${c.raw.type === 'statement' ? c.raw.state : ''} (${c.span.text})`);

  it.each([
    ['Typhoon Koru was the strongest storm to hit Luzon since 2013, when Haiyan struck.', 'storm.record', ['storm.record: in-years (strongest storm to hit Luzon since)']],
    ['Koru is the most powerful typhoon to strike the region in more than a decade.', 'storm.record', ['storm.record: in-years (most powerful typhoon to strike the region in more than a decade)']],
    ['Forecasters called Koru the strongest autumn typhoon to reach the coast.', 'storm.record', ['storm.record: of-season (strongest autumn)']],
    ['Koru became the second-strongest storm of the year globally, behind only Typhoon Mawar.', 'storm.year-rank', ['storm.year-rank: second (second-strongest storm of the year)']],
    ['The earthquake was the deadliest to strike the country in decades.', 'quake.record', ['quake.record: in-years (deadliest to strike the country in decades)']],
  ])('%s', (text, prefix, expected) => {
    expect(states(text, prefix)).toEqual(expected);
  });

  it('dates a record by its storm, not by the year it reaches back to', () => {
    const [record] = candidatesOf('Typhoon Koru is the strongest storm to hit Luzon since 2013, when Haiyan killed thousands.').filter((c) => c.kind === 'storm.record');
    expect(record.anchor).toBeUndefined();
  });
});

describe('a figure an agency gave without its unit', () => {
  it.each([
    ['The earthquake rattled Hualien. The U.S. Geological Survey put it at 6.4.', ['quake.magnitude: put it at 6.4']],
    ['The earthquake was larger: 6.5 on the CWA’s scale and 6.4 by the USGS.', ['quake.magnitude: 6.5 on the CWA’s scale', 'quake.magnitude: 6.4 by the USGS']],
    ['After the earthquake, Kandilli Observatory, which uses another method, reported 6.0.', ['quake.magnitude: reported 6.0']],
  ])('%s', (text, expected) => {
    expect(claims(text, 'quake.magnitude')).toEqual(expected);
  });

  it.each([
    ['After the earthquake the gauge reported 2.5 inches of rain.'], // a unit follows: rainfall, not a magnitude
    ['The earthquake drill put it at 6 in the morning.'], // no decimal
    ['Prices rose after the storm; the bureau reported 6.4 on Monday.'], // no quake kind in the piece
  ])('no magnitude in: %s', (text) => {
    expect(claims(text, 'quake.magnitude')).toEqual([]);
  });
});

describe('parts, clocks and places as copy writes them', () => {
  it.each([
    ['The earthquake injured 132 people, 11 of them seriously, the ministry said.', 'casualties.seriously-injured', ['casualties.seriously-injured: 11 of them seriously']],
    ['The derailment injured 43, six of them in a serious condition.', 'casualties.seriously-injured', ['casualties.seriously-injured: six of them in a serious']],
    ['After the quake, twelve people were critically injured.', 'casualties.seriously-injured', ['casualties.seriously-injured: twelve people were critically']],
    ['The eruption forced the evacuation of about 76,000 people, officials said.', 'casualties.evacuated', ['casualties.evacuated: forced the evacuation of about 76,000']],
    ['According to AFAD, the earthquake occurred at 03.26 local time.', 'quake.time', ['quake.time: 03.26 local time']],
    ['After the quake, BMKG issued a tsunami warning for the coasts of West Sumatra at 10:47 a.m., sending people inland.', 'quake.tsunami-warning-time', ['quake.tsunami-warning-time: 10:47 a.m.']],
    ['After the quake, the agency lifted the tsunami warning at 12:54 p.m.', 'quake.tsunami-warning-time', []],
    ['The train derailed at 0438 GMT at Riva Trigoso, a hamlet of Sestri Levante.', 'accident.place', ['accident.place: Riva Trigoso']],
    ['The train derailed at 6:38 a.m. on Tuesday, just east of Sestri Levante.', 'accident.place', ['accident.place: Sestri Levante']],
  ])('%s', (text, prefix, expected) => {
    expect(claims(text, prefix)).toEqual(expected);
  });

  it('does not count a part of a part: "all but two of the seriously injured"', () => {
    expect(claims('After the quake 19 were seriously hurt. All but two of the seriously injured were stable.', 'casualties.seriously-injured')).toEqual([
      'casualties.seriously-injured: 19 were seriously',
    ]);
  });

  it('reads no date from a time restated in another zone ("06:48 KST (21:48 UTC on 9 March)")', () => {
    const found = candidatesOf(
      'North Korea fired missiles from both coasts this week.\n\n## Wednesday, 10 March\n\nThe missile salvo left the Wonsan area at 06:48 KST (21:48 UTC on 9 March).',
    );
    expect(found.filter((c) => c.kind === 'launch.date').map((c) => c.span.text)).toEqual(['this week']);
    expect(found.find((c) => c.kind === 'launch.origin')?.anchor?.raw).toMatchObject({ month: 3, day: 10 });
  });

  it('marks a day told in an American zone ("Monday evening Eastern time")', () => {
    const [date] = candidatesOf('On Monday evening Eastern time, North Korea fired two missiles.').filter((c) => c.kind === 'launch.date');
    expect(date.raw).toMatchObject({ relative: 'weekday', weekday: 1, westernZone: true });
  });
});

describe('counts of any noun', () => {
  it('reads a noun after two describing words joined by "and"', () => {
    expect(claims('After the quake, 1,900 search and rescue personnel had been sent to the area.', 'open.count')).toEqual(['open.count.personnel: 1,900 search and rescue personnel']);
  });

  it('still ends a count at "and" between two counted things', () => {
    expect(claims('After the storm, 3 cars and 40 houses were damaged.', 'open.count')).toEqual(['open.count.cars: 3 cars', 'open.count.house: 40 houses']);
  });
});

describe('a fact box of a piece no pack knows', () => {
  it('dates the news by its line naming what happened, and counts by its labels', () => {
    const text = 'Kelud: what we know\n\n- Eruption: 22:50 WIB, 13 February\n- Evacuated: roughly 76,000\n- Deaths: 3 confirmed';
    const found = candidatesOf(text);
    expect(found.filter((c) => c.kind === 'open.date').map((c) => c.span.text)).toEqual(['13 February']);
    expect(found.filter((c) => c.kind.startsWith('casualties.')).map((c) => `${c.kind}: ${c.span.text}`)).toEqual([
      'casualties.evacuated: Evacuated: roughly 76,000',
      'casualties.deaths: Deaths: 3',
    ]);
  });

  it('reads a fact box line that counts a plural noun, and "12,000+" as at least the figure', () => {
    const found = candidatesOf('Key numbers\n\n- Homes destroyed: 37\n- Area burned: 12,000+ acres\n- Firefighters injured: 2');
    expect(found.map((c) => `${c.kind}: ${c.span.text}${c.raw.type === 'quantity' && c.raw.hedge !== 'exact' ? ` (${c.raw.hedge})` : ''}`)).toEqual([
      'open.count.home: Homes destroyed: 37',
      'open.area: 12,000+ acres (at-least)',
      'casualties.injured: injured: 2',
    ]);
  });

  it('names a counted noun by its singular ("volcanoes", "casualties", "launches")', () => {
    expect(claims('Indonesia has about 130 active volcanoes, 12 casualties and 3 launches.', 'open.count')).toEqual([
      'open.count.volcano: about 130 active volcanoes',
      'open.count.casualty: 12 casualties',
      'open.count.launch: 3 launches',
    ]);
  });
});
