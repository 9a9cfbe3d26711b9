import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeCached } from '../../src/cli/knowledgeCache.js';
import { loadKnowledge } from '../../src/claims/index.js';
import { ROOT } from '../helpers/knowledge.js';

const files = readdirSync(join(ROOT, 'claims'))
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => ({ path: `claims/${f}`, content: readFileSync(join(ROOT, 'claims', f), 'utf8') }));

describe('the cached claim definitions', () => {
  it('are the same knowledge as a fresh load, on a miss and on a hit', () => {
    const fresh = loadKnowledge(files);
    expect(loadKnowledgeCached(files)).toEqual(fresh);
    expect(loadKnowledgeCached(files)).toEqual(fresh);
  });

  it('ignore a damaged cache file and still load', () => {
    const marked = [...files, { path: 'claims/zz-test.yaml', content: `# ${Date.now()}\n` }];
    loadKnowledgeCached(marked);
    const dir = join(tmpdir(), 'verify-cache');
    for (const f of readdirSync(dir)) if (f.endsWith('.json')) writeFileSync(join(dir, f), '{not json');
    expect(loadKnowledgeCached(marked)).toEqual(loadKnowledge(marked));
  });

  it('never hides a broken file behind a cache entry', () => {
    expect(() => loadKnowledgeCached([...files, { path: 'claims/broken.yaml', content: 'kinds: [' }])).toThrow(
      expect.objectContaining({ file: 'claims/broken.yaml', message: expect.stringMatching(/invalid YAML/) }),
    );
  });
});
