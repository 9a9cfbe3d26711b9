import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/claims/index.js';
import { shippedFiles } from './helpers.js';

// The event packs beside the missile pack: earthquake, storm, accident and casualties.
describe('shipped claim packs', () => {
  const files = shippedFiles();
  const k = loadKnowledge(files);
  const kind = (key: string) => k.kinds.find((x) => x.key === key);
  const set = (name: string) => k.categories.find((s) => s.name === name)!;
  const entry = (setName: string, id: string) => set(setName).entries.find((e) => e.id === id)!;
  const unitOf = (name: string) => k.units.find((u) => u.names.includes(name));

  it.each([
    // earthquake.yaml
    ['quake.magnitude', 'quantity', 'magnitude', 'claims/earthquake.yaml'],
    ['quake.magnitude-scale', 'category', undefined, 'claims/earthquake.yaml'],
    ['quake.intensity', 'category', undefined, 'claims/earthquake.yaml'],
    ['quake.depth', 'quantity', 'length', 'claims/earthquake.yaml'],
    ['quake.epicentre-distance', 'quantity', 'length', 'claims/earthquake.yaml'],
    ['quake.epicentre', 'place', undefined, 'claims/earthquake.yaml'],
    ['quake.time', 'time', undefined, 'claims/earthquake.yaml'],
    ['quake.date', 'date', undefined, 'claims/earthquake.yaml'],
    ['quake.aftershocks', 'quantity', 'count', 'claims/earthquake.yaml'],
    ['tsunami.height', 'quantity', 'length', 'claims/earthquake.yaml'],
    // storm.yaml
    ['storm.category', 'category', undefined, 'claims/storm.yaml'],
    ['storm.wind', 'quantity', 'speed', 'claims/storm.yaml'],
    ['storm.gust', 'quantity', 'speed', 'claims/storm.yaml'],
    ['storm.movement', 'quantity', 'speed', 'claims/storm.yaml'],
    ['storm.pressure', 'quantity', 'pressure', 'claims/storm.yaml'],
    ['storm.landfall-place', 'place', undefined, 'claims/storm.yaml'],
    ['storm.landfall-time', 'time', undefined, 'claims/storm.yaml'],
    ['storm.date', 'date', undefined, 'claims/storm.yaml'],
    ['weather.rainfall', 'quantity', 'length', 'claims/weather.yaml'],
    ['storm.surge', 'quantity', 'length', 'claims/storm.yaml'],
    // accident.yaml
    ['aircraft.type', 'category', undefined, 'claims/accident.yaml'],
    ['aircraft.operator', 'category', undefined, 'claims/accident.yaml'],
    ['people.on-board', 'quantity', 'count', 'claims/accident.yaml'],
    ['people.passengers', 'quantity', 'count', 'claims/accident.yaml'],
    ['people.crew', 'quantity', 'count', 'claims/accident.yaml'],
    ['people.survivors', 'quantity', 'count', 'claims/casualties.yaml'],
    ['accident.place', 'place', undefined, 'claims/accident.yaml'],
    ['flight.origin', 'place', undefined, 'claims/accident.yaml'],
    ['flight.destination', 'place', undefined, 'claims/accident.yaml'],
    ['accident.time', 'time', undefined, 'claims/accident.yaml'],
    ['flight.departure-time', 'time', undefined, 'claims/accident.yaml'],
    ['accident.date', 'date', undefined, 'claims/accident.yaml'],
    ['aircraft.altitude', 'quantity', 'length', 'claims/accident.yaml'],
    ['rail.speed', 'quantity', 'speed', 'claims/accident.yaml'],
    ['rail.train-type', 'category', undefined, 'claims/accident.yaml'],
    ['rail.cars-derailed', 'quantity', 'count', 'claims/accident.yaml'],
    // casualties.yaml
    ['casualties.deaths', 'quantity', 'count', 'claims/casualties.yaml'],
    ['casualties.injured', 'quantity', 'count', 'claims/casualties.yaml'],
    ['casualties.missing', 'quantity', 'count', 'claims/casualties.yaml'],
    ['casualties.evacuated', 'quantity', 'count', 'claims/casualties.yaml'],
    ['casualties.displaced', 'quantity', 'count', 'claims/casualties.yaml'],
    ['casualties.rescued', 'quantity', 'count', 'claims/casualties.yaml'],
    ['casualties.arrested', 'quantity', 'count', 'claims/casualties.yaml'],
    ['troops.count', 'quantity', 'count', 'claims/casualties.yaml'],
  ])('%s is a %s (%s) from %s', (key, type, dimension, file) => {
    const found = kind(key);
    expect(found, key).toBeDefined();
    expect(found!.type).toBe(type);
    expect(found!.dimension).toBe(dimension);
    expect(found!.file).toBe(file);
    expect(found!.label.length).toBeGreaterThan(3);
    expect(found!.cues.length).toBeGreaterThan(0);
    for (const cue of [...found!.cues, ...found!.excludeCues, ...(found!.context ?? [])]) expect(cue).toBe(cue.toLowerCase());
    const line = files.find((f) => f.path === file)!.content.split('\n')[found!.line - 1];
    expect(line).toBe(`  - key: ${key}`);
  });

  it('ties category kinds to their sets', () => {
    expect(kind('quake.magnitude-scale')!.categories).toBe('magnitude-scale');
    expect(kind('quake.intensity')!.categories).toBe('seismic-intensity');
    expect(kind('storm.category')!.categories).toBe('storm-category');
    expect(kind('aircraft.type')!.categories).toBe('aircraft-type');
    expect(kind('aircraft.operator')!.categories).toBe('airline');
    expect(kind('rail.train-type')!.categories).toBe('train-type');
  });

  it('gives counted kinds their nouns, each noun to one kind only', () => {
    expect(kind('casualties.deaths')!.nouns).toEqual(expect.arrayContaining(['dead', 'deaths', 'killed']));
    expect(kind('casualties.injured')!.nouns).toContain('injured');
    expect(kind('quake.aftershocks')!.nouns).toContain('aftershocks');
    expect(kind('people.passengers')!.nouns).toContain('passengers');
    expect(kind('people.crew')!.nouns).toContain('crew');
    expect(kind('troops.count')!.nouns).toEqual(expect.arrayContaining(['troops', 'soldiers']));
    const owner = new Map<string, string>();
    for (const x of k.kinds)
      for (const n of x.nouns ?? []) {
        expect(owner.get(n), `noun '${n}' of ${x.key} also belongs to ${owner.get(n)}`).toBeUndefined();
        owner.set(n, x.key);
      }
    // "people" stands between a figure and what happened to them ("436 people were killed"); a kind that
    // listed it would take those figures from the casualty kinds.
    expect(owner.has('people')).toBe(false);
  });

  it('lists a longer cue before a shorter cue it starts with (the first listed alternative wins)', () => {
    const packs = ['claims/earthquake.yaml', 'claims/storm.yaml', 'claims/accident.yaml', 'claims/casualties.yaml'];
    for (const x of k.kinds.filter((y) => packs.includes(y.file)))
      for (const list of [x.cues, x.excludeCues, x.context ?? []])
        list.forEach((c, i) =>
          list.slice(i + 1).forEach((d) => expect(d.startsWith(`${c} `) || d.startsWith(`${c}-`), `${x.key}: '${d}' after '${c}'`).toBe(false)),
        );
  });

  it('tolerates agency differences in magnitude and depth, and conversion rounding in winds', () => {
    expect(kind('quake.magnitude')!.tolerance).toBe(0.005);
    expect(kind('storm.wind')!.tolerance).toBe(0.025);
    expect(kind('quake.depth')!.tolerance).toBe(0.1);
    expect(kind('casualties.deaths')!.tolerance).toBeUndefined();
  });

  it('ships the units the packs read', () => {
    expect(unitOf('magnitude')).toMatchObject({ id: 'magnitude', dimension: 'magnitude', factor: 1 });
    for (const name of ['earthquake', 'quake', 'temblor', 'on the richter scale']) expect(unitOf(name)?.id).toBe('magnitude');
    // Plural nouns are counts ("two earthquakes"), never magnitudes.
    expect(unitOf('earthquakes')).toBeUndefined();
    for (const name of ['mph', 'miles an hour']) expect(unitOf(name)?.id).toBe('mph');
    for (const name of ['km/h', 'kph', 'kmh', 'kmph', 'kilometres an hour']) expect(unitOf(name)?.id).toBe('km/h');
    for (const name of ['knots', 'kt']) expect(unitOf(name)?.id).toBe('kn');
    for (const name of ['hpa', 'hectopascals']) expect(unitOf(name)?.id).toBe('hPa');
    for (const name of ['mb', 'millibars']) expect(unitOf(name)?.id).toBe('mb');
    expect(unitOf('inches of mercury')?.id).toBe('inHg');
    expect(unitOf('inches')?.dimension).toBe('length');
  });

  it('orders storm classes so wordings of one strength agree', () => {
    const lineage = (id: string): string[] => {
      const e = entry('storm-category', id);
      return e.parent ? [id, ...lineage(e.parent)] : [id];
    };
    expect(lineage('Cat4')).toEqual(['Cat4', 'major-hurricane', 'hurricane', 'tropical-cyclone']);
    expect(lineage('Cat1')).toEqual(['Cat1', 'hurricane', 'tropical-cyclone']);
    expect(lineage('tropical-storm')).toEqual(['tropical-storm', 'tropical-cyclone']);
    expect(entry('storm-category', 'hurricane').names).toEqual(expect.arrayContaining(['a hurricane', 'a typhoon']));
    expect(entry('storm-category', 'major-hurricane').names).toContain('super typhoon');
    expect(entry('storm-category', 'Cat4').names).toEqual(expect.arrayContaining(['category 4', 'cat 4', 'category 4 hurricane']));
    // Storm names carry class words ("Hurricane Milton", "Cyclone Alfred"): the bare words name no class, or
    // every source would agree on "hurricane" and hide a Category 3 against Category 4 conflict.
    const names = set('storm-category').entries.flatMap((e) => [e.label.toLowerCase(), ...e.names]);
    for (const bare of ['hurricane', 'typhoon', 'cyclone', 'tropical cyclone']) expect(names).not.toContain(bare);
    // Agency names are listed apart so "National Hurricane Center" is not read as a hurricane.
    expect(set('storm-terms').entries.flatMap((e) => e.names)).toContain('national hurricane center');
    expect(k.kinds.some((x) => x.categories === 'storm-terms')).toBe(false);
  });

  it('keeps intensity scales out of the magnitude scales', () => {
    const scales = set('magnitude-scale').entries.flatMap((e) => e.names);
    expect(scales).toEqual(expect.arrayContaining(['moment magnitude', 'mw', 'richter scale', 'local magnitude', 'body-wave magnitude']));
    for (const n of scales) expect(n).not.toMatch(/intensity|shindo|mercalli/);
    expect(entry('seismic-intensity', 'JMA-6-upper').parent).toBe('JMA-6');
    expect(entry('seismic-intensity', 'JMA-6-upper').names).toContain('upper 6');
  });

  it('places aircraft models under their families', () => {
    expect(entry('aircraft-type', 'B737-800').parent).toBe('B737NG');
    expect(entry('aircraft-type', 'B737NG').parent).toBe('B737');
    expect(entry('aircraft-type', 'B737MAX8').parent).toBe('B737MAX');
    expect(entry('aircraft-type', 'B737MAX').parent).toBe('B737');
    expect(entry('aircraft-type', 'A320neo').parent).toBe('A320');
    expect(entry('aircraft-type', 'A321').parent).toBe('A320-family');
    expect(entry('aircraft-type', 'ATR72-600').parent).toBe('ATR72');
    expect(entry('aircraft-type', 'E190').parent).toBe('E-Jet');
    expect(entry('aircraft-type', 'Q400').parent).toBe('Dash8');
    expect(entry('airline', 'psa-airlines').parent).toBe('american-eagle');
  });

  it('ships the places the packs name, with zones', () => {
    const place = (name: string) => k.places.find((p) => p.name === name)!;
    expect(place('Kahramanmaras Province').aliases).toContain('Kahramanmaraş');
    expect(place('Kahramanmaras Province').within).toEqual(['Turkey']);
    expect(place('Siesta Key').within).toEqual(['Sarasota']);
    expect(place('Muan International Airport').within).toEqual(['Muan County']);
    expect(place('Queensland').timeZone).toBe('Australia/Brisbane');
    expect(place('Sulawesi').timeZone).toBe('Asia/Makassar');
    const all = k.places.flatMap((p) => [p.name, ...p.aliases].map((s) => s.toLowerCase()));
    // Ambiguous town names are left out on purpose.
    for (const name of ['mobile', 'charleston', 'wilmington', 'kingston', 'naples', 'atlas']) expect(all).not.toContain(name);
  });
});
