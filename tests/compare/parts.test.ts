import { describe, expect, it } from 'vitest';
import { findingLines, runJson } from '../helpers/run.js';

// Parts add up: "175 passengers and six crew" states the 181 people on board.
const crash = (who: string) =>
  `---\npublished: 2024-12-29\n---\nA passenger plane ${who} crashed on landing at Kestrel airport on Sunday, officials said. The airliner overran the runway and hit a wall.\n`;

describe('a whole stated as its parts', () => {
  it('agrees with the same whole stated outright, and the report shows the sum with both quotes', () => {
    const report = runJson([
      { path: 'a.md', content: crash('carrying 175 passengers and six crew members') },
      { path: 'b.md', content: crash('with 181 people on board') },
    ]);
    expect(findingLines(report)).toContain('2024-12-29 people.on-board agree [a,b]');
    const whole = report.findings.find((f) => f.claim === 'people.on-board')!.values.find((v) => v.source === 'a')!;
    expect(whole.display).toBe('181');
    expect(whole.parts?.map((p) => p.text)).toEqual(['175 passengers', 'six crew']);
  });

  it('conflicts with another whole', () => {
    const report = runJson([
      { path: 'a.md', content: crash('carrying 175 passengers and six crew members') },
      { path: 'b.md', content: crash('with 190 people on board') },
    ]);
    expect(findingLines(report)).toContain('2024-12-29 people.on-board conflict [a,b]');
  });

  it('is not made where no source states the whole, nor from one part alone', () => {
    const report = runJson([
      { path: 'a.md', content: crash('carrying 175 passengers and six crew members') },
      { path: 'b.md', content: crash('carrying 175 passengers') },
    ]);
    expect(report.findings.filter((f) => f.claim === 'people.on-board')).toEqual([]);
  });
});
