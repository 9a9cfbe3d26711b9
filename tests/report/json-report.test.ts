import { describe, expect, it } from 'vitest';
import type { Value } from '../../src/model/types.js';
import { countVerdicts, toJsonReport } from '../../src/report/index.js';
import { jsonValueParts } from '../../src/values/index.js';
import { category, day, place, quantity, range, seedReport, time } from './fixtures.js';

describe('jsonValueParts', () => {
  it.each<[string, Value, object]>([
    ['quantity', quantity(1100, 'km', 'approximately'), { value: 1100, unit: 'km' }],
    ['quantity range', quantity(3000, 'km', 'exact', { statedHigh: 5500 }), { value: 3000, unit: 'km', valueHigh: 5500 }],
    ['one day', day('2025-01-06'), { value: '2025-01-06' }],
    ['whole month', range('2024-11-01', '2024-11-30'), { value: '2024-11' }],
    ['week', range('2025-01-06', '2025-01-12'), { value: '2025-01-06/2025-01-12' }],
    ['open end', { ...range('2025-01-06', ''), latest: undefined }, { value: '2025-01-06/..' }],
    ['bare weekday', { type: 'date', weekday: 1, stated: { year: false, month: false, day: false, weekday: true } }, { value: 'Monday' }],
    ['time with zone', time(9, 30, 'KST', 15), { value: '09:30', zone: 'KST' }],
    ['time without zone', time(12, 0), { value: '12:00' }],
    ['place', place('Sea of Japan'), { value: 'Sea of Japan' }],
    ['category', category('IRBM', 'intermediate-range ballistic missile'), { value: 'IRBM' }],
  ])('%s', (_name, value, expected) => {
    expect(jsonValueParts(value)).toEqual(expected);
  });
});

describe('toJsonReport', () => {
  const json = toJsonReport(seedReport());

  it('keeps sources, events and findings in input order', () => {
    expect(json.sources.map((s) => s.id)).toEqual(['000_alpha', '001_beta', '002_gamma']);
    expect(json.events.map((e) => e.id)).toEqual(['e-2024-11-05', 'e-2025-01-06', 'e-2025-01-14']);
    expect(json.findings.map((f) => f.id)).toEqual(['f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7', 'f8', 'f9', 'f10']);
  });

  it('writes one value per mention with its provenance', () => {
    expect(json.findings[0].values[0]).toEqual({
      source: '000_alpha',
      text: 'approximately 1,100 kilometers',
      line: 5,
      column: 12,
      value: 1100,
      unit: 'km',
      display: '≈1,100 km',
      type: 'quantity',
      attribution: "South Korea's military",
    });
    expect(json.findings[6].values.map((v) => v.source)).toEqual(['001_beta', '001_beta']);
  });

  it('labels findings and marks background events', () => {
    expect(json.findings[2].label).toBe('time of day');
    expect(json.events[0]).toMatchObject({ background: true, date: '2024-11-05' });
  });

  it('omits optional source fields the article lacks', () => {
    expect(json.sources[2]).toEqual({ id: '002_gamma', path: 'sources/nested/002_gamma.html' });
  });
});

describe('countVerdicts', () => {
  it('counts every finding, background events included', () => {
    expect(countVerdicts(seedReport())).toEqual({ sources: 3, findings: 10, agree: 4, variance: 1, conflict: 2, singleSource: 3 });
  });

  it('counts an empty report as zeros', () => {
    expect(countVerdicts({ ...seedReport(), sources: [], findings: [] })).toEqual({
      sources: 0,
      findings: 0,
      agree: 0,
      variance: 0,
      conflict: 0,
      singleSource: 0,
    });
  });
});
