import { describe, expect, it } from 'vitest';
import { findingLines, runJson } from '../helpers/run.js';

// Two launches a year apart on the same month and day, and a wire story whose dateline gives no year.
// Both years put the dateline on a stated date; the wire's figures and site say which launch it reports.
const dated2024 = `---
published: 2024-03-12
---
North Korea launched a medium-range ballistic missile from Sinpo on Tuesday. The missile flew about 900 km and reached an altitude of about 1,500 km before falling into the East Sea.
`;
const dated2025 = `---
published: 2025-03-12
---
North Korea fired a short-range ballistic missile from Kusong on Wednesday. It flew about 300 km at an altitude of about 60 km and fell into the East Sea.
`;
const wire = (what: string, distance: string) => `Missile launch
SEOUL, March 12 (Northgate Wire) — North Korea fired ${what} on Wednesday, South Korea's military said. The missile flew about ${distance} before falling into the East Sea.
`;

describe('a dateline without a year in a run spanning years', () => {
  it('takes the year of the launch its figures and site match, and is compared with it alone', () => {
    const report = runJson([
      { path: 'a-2024.md', content: dated2024 },
      { path: 'b-2025.md', content: dated2025 },
      { path: 'c-wire.txt', content: wire('a short-range ballistic missile from the Kusong area', '300 km') },
    ]);
    expect(report.sources.find((s) => s.id === 'c-wire')?.published).toBe('2025-03-12');
    const lines = findingLines(report);
    expect(lines).toContain('2025-03-12 launch.distance agree [b-2025,c-wire]');
    expect(lines.filter((l) => l.includes('c-wire') && !l.startsWith('2025-03-12'))).toEqual([]);
    expect(report.findings.filter((f) => f.verdict === 'conflict')).toEqual([]);
  });

  it('joins neither launch when its missile, site and figures match neither, and conflicts with none', () => {
    const report = runJson([
      { path: 'a-2024.md', content: dated2024 },
      { path: 'b-2025.md', content: dated2025 },
      { path: 'c-wire.txt', content: wire('an intercontinental ballistic missile from the Hwangju area', '2,000 km') },
    ]);
    expect(report.findings.filter((f) => f.verdict === 'conflict')).toEqual([]);
    const wireEvents = report.events.filter((e) => e.sources.includes('c-wire') && !e.background);
    expect(wireEvents.map((e) => e.sources)).toEqual([['c-wire']]);
  });
});

describe('--as-of bounds a yearless dateline; the events choose its year', () => {
  const dated = (day: string, published: string) =>
    `---\npublished: ${published}\n---\nNorth Korea fired a short-range ballistic missile from Kusong on ${day}. It flew about 300 km and fell into the East Sea.\n`;

  it('a run made as of a later year puts the dateline in the events\' year, not the as-of year', () => {
    const sources = [
      { path: 'a.md', content: dated('Wednesday', '2025-03-12') },
      { path: 'b.md', content: dated('March 12', '2025-03-12') },
      { path: 'c-wire.txt', content: wire('a short-range ballistic missile from the Kusong area', '300 km') },
    ];
    const report = runJson(sources, { asOf: '2026-12-07' });
    expect(report.sources.find((s) => s.id === 'c-wire')?.published).toBe('2025-03-12');
    expect(findingLines(report)).toContain('2025-03-12 launch.distance agree [a,b,c-wire]');
  });

  it('never after the as-of day: as of 10 March 2025, "March 12" is of 2024 even beside 2025 events', () => {
    const sources = [
      { path: 'a.md', content: dated('Wednesday', '2025-03-12') },
      { path: 'c-wire.txt', content: wire('a short-range ballistic missile from the Kusong area', '300 km') },
    ];
    const report = runJson(sources, { asOf: '2025-03-10' });
    expect(report.sources.find((s) => s.id === 'c-wire')?.published).toBe('2024-03-12');
  });

  it('with no other date in the run, the as-of day places it, as before', () => {
    const report = runJson([{ path: 'c-wire.txt', content: wire('a short-range ballistic missile from the Kusong area', '300 km') }], { asOf: '2025-06-01' });
    expect(report.sources.find((s) => s.id === 'c-wire')?.published).toBe('2025-03-12');
  });
});
