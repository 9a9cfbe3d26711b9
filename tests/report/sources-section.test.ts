import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/types.js';
import { sourcesSection } from '../../src/report/markdown/sources-section.js';

// A web page is named by its address and links the copy verify read; the link survives any folder name.
describe('the Sources section', () => {
  const report = (copy?: string) =>
    ({ sources: [{ id: 'quake', path: 'https://example.com/news/quake', length: 10, ...(copy === undefined ? {} : { copy }) }] }) as unknown as Report;

  it('names a web page by its address and links its copy', () => {
    expect(sourcesSection(report('../.verify-cache/pages/example.com/news-quake-0123456789.html'), new Map())[2]).toBe(
      '- **quake** `https://example.com/news/quake` — [copy as read](../.verify-cache/pages/example.com/news-quake-0123456789.html)',
    );
  });

  it('escapes what would end the link: spaces, brackets, backslashes as separators', () => {
    const line = sourcesSection(report('..\\my cache (old)\\pages\\a.html'), new Map())[2];
    expect(line).toContain('[copy as read](../my%20cache%20%28old%29/pages/a.html)');
  });

  it('links nothing for a file', () => {
    expect(sourcesSection(report(), new Map())[2]).not.toContain('copy as read');
  });
});
