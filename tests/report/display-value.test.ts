import { describe, expect, it } from 'vitest';
import type { Value } from '../../src/model/types.js';
import { displayValue } from '../../src/report/index.js';
import { category, day, place, quantity, range, time } from './fixtures.js';

describe('displayValue', () => {
  it.each<[string, Value]>([
    ['≈1,100 km', quantity(1100, 'km', 'approximately')],
    ['685 mi', quantity(685, 'mi')],
    ['>12,345.5 km', quantity(12345.5, 'km', 'more-than')],
    ['≥3 km', quantity(3, 'km', 'at-least')],
    ['<1 km', quantity(1, 'km', 'less-than')],
    ['≤2 km', quantity(2, 'km', 'at-most')],
    ['≈3,000–5,500 km', quantity(3000, 'km', 'nearly', { statedHigh: 5500 })],
    ['1,000', { ...quantity(1000, 'km'), unit: '' }],
    ['6 Jan 2025', day('2025-01-06')],
    ['Monday 6 Jan 2025', day('2025-01-06', { day: false, weekday: true }, { weekday: 1 })],
    ['Monday', { type: 'date', weekday: 1, stated: { year: false, month: false, day: false, weekday: true } }],
    ['unknown date', { type: 'date', stated: { year: false, month: false, day: false, weekday: false } }],
    ['6–12 Jan 2025', range('2025-01-06', '2025-01-12')],
    ['28 Jan – 3 Feb 2025', range('2025-01-28', '2025-02-03')],
    ['30 Dec 2024 – 5 Jan 2025', range('2024-12-30', '2025-01-05')],
    ['Feb 2024', range('2024-02-01', '2024-02-29')],
    ['2024', range('2024-01-01', '2024-12-31')],
    ['from 6 Jan 2025', { ...range('2025-01-06', ''), latest: undefined }],
    ['until 6 Jan 2025', { ...range('', '2025-01-06'), earliest: undefined }],
    ['12:00 local', time(12, 0, 'local')],
    ['≈12:00 local', time(12, 0, 'local', 30)],
    ['09:30 KST', time(9, 30, 'KST')],
    ['07:05', time(7, 5)],
    ['Sea of Japan', place('Sea of Japan')],
    // A category is shown by its label; JSON keeps the id as the value.
    ['intermediate-range ballistic missile', category('IRBM', 'intermediate-range ballistic missile')],
  ])('%s', (expected, value) => {
    expect(displayValue(value)).toBe(expected);
  });
});
