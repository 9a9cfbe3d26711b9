import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/claims/index.js';
import { shippedFiles } from './helpers.js';

describe('shipped claims/', () => {
  const files = shippedFiles();
  const k = loadKnowledge(files);

  it('loads the missile pack with every kind', () => {
    expect(k.kinds.filter((x) => x.file === 'claims/missile.yaml').map((x) => x.key)).toEqual([
      'launch.distance',
      'launch.altitude',
      'launch.duration',
      'launch.date',
      'launch.time',
      'launch.origin',
      'landing.area',
      'landing.distance',
      'missile.type',
      'missile.count',
      'landing.eez',
    ]);
  });

  it.each([
    ['crash.landing-gear', ['not-deployed', 'deployed']],
    ['crash.obstacle', ['struck']],
    ['crash.go-around', ['aborted']],
    ['crash.cause', ['bird-strike', 'mechanical-failure', 'engine-failure', 'pilot-error', 'weather']],
    ['airport.flights', ['suspended']],
    ['quake.tsunami-warning', ['issued', 'not-issued', 'lifted']],
    ['storm.warning', ['raised', 'lowered']],
    ['landing.eez', ['outside', 'inside']],
  ])('ships the statement %s with its states', (key, states) => {
    const kind = k.kinds.find((x) => x.key === key)!;
    expect(kind.type).toBe('statement');
    expect(kind.states!.map((s) => s.id)).toEqual(states);
    for (const s of kind.states!) for (const p of [...s.phrases, ...s.alone]) expect(p).toBe(p.toLowerCase());
  });

  it.each([
    ['launch.distance', 'quantity', 'length'],
    ['launch.altitude', 'quantity', 'length'],
    ['launch.duration', 'quantity', 'duration'],
    ['launch.date', 'date', undefined],
    ['launch.time', 'time', undefined],
    ['launch.origin', 'place', undefined],
    ['landing.area', 'place', undefined],
    ['landing.distance', 'quantity', 'length'],
    ['missile.type', 'category', undefined],
    ['missile.count', 'quantity', 'count'],
  ])('%s is a %s (%s)', (key, type, dimension) => {
    const kind = k.kinds.find((x) => x.key === key)!;
    expect(kind.type).toBe(type);
    expect(kind.dimension).toBe(dimension);
    expect(kind.cues.length).toBeGreaterThan(0);
    for (const cue of [...kind.cues, ...kind.excludeCues]) expect(cue).toBe(cue.toLowerCase());
  });

  it('records where each kind is defined', () => {
    const missile = files.find((f) => f.path === 'claims/missile.yaml')!.content.split('\n');
    for (const kind of k.kinds.filter((x) => x.pack === 'missile')) {
      expect(kind.file).toBe('claims/missile.yaml');
      expect(missile[kind.line - 1]).toBe(`  - key: ${kind.key}`);
    }
  });

  it('ties missile.type to the missile-type tree', () => {
    expect(k.kinds.find((x) => x.key === 'missile.type')!.categories).toBe('missile-type');
    const set = k.categories.find((s) => s.name === 'missile-type')!;
    const byId = new Map(set.entries.map((e) => [e.id, e]));
    expect(byId.get('hypersonic-IRBM')!.parent).toBe('IRBM');
    expect(byId.get('IRBM')!.parent).toBe('ballistic-missile');
    expect(byId.get('IRBM')!.names).toContain('irbm');
    expect(byId.get('SRBM')!.names).toContain('short-range ballistic missiles');
  });

  it('ships units that convert to base units', () => {
    const unit = (id: string) => k.units.find((u) => u.id === id)!;
    expect(unit('km')).toMatchObject({ dimension: 'length', factor: 1000 });
    expect(unit('mi').names).toContain('miles');
    expect(unit('nmi').factor).toBe(1852);
    expect(unit('kn').dimension).toBe('speed');
    expect(unit('count')).toMatchObject({ dimension: 'count', factor: 1, names: [] });
    for (const u of k.units) for (const n of u.names) expect(n).toBe(n.toLowerCase());
  });

  it('ships places with aliases, zones and containment', () => {
    const place = (name: string) => k.places.find((p) => p.name === name)!;
    expect(place('Sea of Japan').aliases).toContain('East Sea');
    expect(place('Yellow Sea').aliases).toContain('West Sea');
    expect(place('North Korea')).toMatchObject({ timeZone: 'Asia/Pyongyang', within: ['Korean Peninsula'] });
    expect(place('South Korea').timeZone).toBe('Asia/Seoul');
    expect(place('Japan').timeZone).toBe('Asia/Tokyo');
    expect(place('Kanggye').within).toEqual(['Chagang Province']);
    expect(place('Chagang Province').within).toEqual(['North Korea']);
    expect(place('Pyongyang').aliases).toContain('Pyongyang area');
    const all = k.places.flatMap((p) => [p.name, ...p.aliases].map((s) => s.toLowerCase()));
    expect(all).not.toContain('exclusive economic zone');
    expect(all).not.toContain('us');
  });

});
