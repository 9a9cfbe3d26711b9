import { describe, expect, it } from 'vitest';
import { formatReport, type FormatName } from '../../src/report/index.js';
import { cleanReport, seedReport } from './fixtures.js';

// Golden files under tests/report/golden/ are the reviewed expected output; regenerate with `npx vitest run -u`
// and read the diff before committing.
describe('golden output', () => {
  it.each<[FormatName, string, boolean]>([
    ['md', 'seed.md', false],
    ['text', 'seed.txt', false],
    ['text', 'seed.color.txt', true],
    ['json', 'seed.json', false],
    ['sarif', 'seed.sarif', false],
    ['junit', 'seed.junit.xml', false],
    ['github', 'seed.github.txt', false],
  ])('%s -> golden/%s', async (format, file, color) => {
    await expect(formatReport(seedReport(), format, { color })).toMatchFileSnapshot(`golden/${file}`);
  });

  it.each<[FormatName, string]>([
    ['md', 'clean.md'],
    ['text', 'clean.txt'],
  ])('%s of a report without problems -> golden/%s', async (format, file) => {
    await expect(formatReport(cleanReport(), format, { color: false })).toMatchFileSnapshot(`golden/${file}`);
  });

  it.each<FormatName>(['md', 'text', 'json', 'sarif', 'junit', 'github'])('%s is byte-identical when formatted twice', (format) => {
    for (const color of [false, true]) {
      expect(formatReport(seedReport(), format, { color })).toBe(formatReport(seedReport(), format, { color }));
    }
  });
});
