import { describe, expect, it } from 'vitest';
import { buildFigureScanner } from '../../src/extract/figureScanner.js';
import { findFigures } from '../../src/extract/figures.js';
import type { QuantityValue } from '../../src/model/types.js';
import { displayValue, inUnit, jsonValueParts, relate, resolveQuantity } from '../../src/values/index.js';
import { runJson } from '../helpers/run.js';
import { shippedKnowledge } from '../helpers/knowledge.js';

// Temperatures: a dimension whose units do not share a zero (src/values/temperature.ts), read by the general
// figure reader from the units in claims/units.yaml.

const k = shippedKnowledge();
const units = new Map(k.units.map((u) => [u.id, u]));
const scanner = buildFigureScanner(k.units);
const temperature = (sentence: string): QuantityValue => {
  const found = findFigures(sentence, scanner).find((f) => f.open === 'open.temperature');
  if (!found) throw new Error(`no temperature in ${sentence}`);
  return resolveQuantity(found.raw, units, 'temperature')!;
};

describe('temperatures', () => {
  it.each([
    ['It was 34 degrees Celsius at noon.', 'degC', 34],
    ['Temperatures reached 93°F in the afternoon.', 'degF', (93 - 32) * (5 / 9)],
    ['The core was 310 kelvin.', 'K', 310 - 273.15],
    ['Forecasters expect a high of 40 °C.', 'degC', 40],
  ])('reads "%s" in %s, %d °C', (sentence, unit, celsius) => {
    const t = temperature(sentence);
    expect(t.unit).toBe(unit);
    expect(t.base).toBeCloseTo(celsius, 6);
  });

  it.each(['It rose 40 degrees on the compass.', 'The team won 40K in prizes.', 'Turn 40 C for the gate.'])('reads no temperature in "%s"', (sentence) => {
    expect(findFigures(sentence, scanner).filter((f) => f.open === 'open.temperature')).toEqual([]);
  });

  it.each([
    ['34 degrees Celsius', '93°F', 'same'], // 93 °F is 33.9 °C
    ['34 degrees Celsius', '34.5 degrees Celsius', 'close'],
    ['34 degrees Celsius', '36 degrees Celsius', 'apart'],
    // A hedge widens by one step of the stated precision, not by a share of the figure.
    ['about 34 degrees Celsius', '34.8 degrees Celsius', 'same'],
    ['about 34 degrees Celsius', '35 degrees Celsius', 'close'], // 33-35, half-open as every interval
    ['about 34 degrees Celsius', '36 degrees Celsius', 'apart'],
    ['more than 30 degrees Celsius', '33 degrees Celsius', 'same'],
    ['0 degrees Celsius', '32°F', 'same'],
    ['100 degrees Celsius', '212 degrees Fahrenheit', 'same'],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(relate(temperature(`It was ${a}.`), temperature(`It was ${b}.`))).toBe(expected);
  });

  it('is shown in its unit, and converted back to any unit', () => {
    const t = temperature('It was about 93°F.');
    expect(displayValue(t)).toBe('≈93 degF');
    expect(jsonValueParts(t)).toEqual({ value: 93, unit: 'degF' });
    expect(inUnit(t.base, units.get('degF'))).toBe('93 degF');
    expect(inUnit(temperature('It was 0 degrees Celsius.').base, units.get('K'))).toBe('273 K');
  });

  it('agrees across units in a report, and open claims never conflict', () => {
    const md = (body: string) => `---\npublished: 2025-07-10\n---\nThe heat wave peaked on Wednesday, July 9, 2025: ${body}\n`;
    const agree = runJson([
      { path: 'a.md', content: md('the city recorded 34 degrees Celsius.') },
      { path: 'b.md', content: md('the city recorded 93°F.') },
    ]);
    const found = agree.findings.filter((f) => f.claim === 'open.temperature');
    expect(found.map((f) => f.verdict)).toEqual(['agree']);
    expect(found[0].summary).toContain('93 degF = 34 degC');
    const differ = runJson([
      { path: 'a.md', content: md('the city recorded 34 degrees Celsius.') },
      { path: 'b.md', content: md('the city recorded 40 degrees Celsius.') },
    ]);
    expect(differ.findings.filter((f) => f.verdict === 'conflict')).toEqual([]);
  });
});
