import { describe, expect, it } from 'vitest';
import type { Value } from '../../src/model/types.js';
import { displayValue, identityEvidence, jsonValueParts, relate, VALUE_TYPES } from '../../src/values/index.js';

const day = (iso: string): Value => ({ type: 'date', earliest: iso, latest: iso, stated: { year: true, month: true, day: true, weekday: false } });

describe('value registry', () => {
  it('registers each value type under its own name', () => {
    for (const [name, type] of Object.entries(VALUE_TYPES)) expect(type.name).toBe(name);
  });

  it.each([
    [day('2025-03-04'), day('2025-03-04'), 'same'],
    [day('2025-03-04'), { type: 'place', name: 'Seoul', within: [] } as Value, 'apart'],
  ] as const)('relates through the registry: %j and %j are %s', (a, b, relation) => {
    expect(relate(a, b)).toBe(relation);
  });

  it('shows and serialises through the registry', () => {
    expect(displayValue(day('2025-01-06'))).toBe('6 Jan 2025');
    expect(jsonValueParts(day('2025-01-06'))).toEqual({ value: '2025-01-06' });
  });

  it('takes a dimension rule over its type rule: counts are no identity evidence', () => {
    expect(identityEvidence('quantity', 'length')).toMatchObject({ weighed: true, tellsSubject: true, weight: 2 });
    expect(identityEvidence('quantity', 'count')).toMatchObject({ weighed: false, tellsSubject: false });
    expect(identityEvidence('place', undefined)).toMatchObject({ identityByDefault: true });
  });
});
