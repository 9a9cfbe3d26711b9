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
