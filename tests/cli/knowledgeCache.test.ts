import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_ID, loadKnowledgeCached } from '../../src/cli/knowledgeCache.js';
import { loadKnowledge } from '../../src/claims/index.js';
import { ROOT } from '../helpers/knowledge.js';

const files = readdirSync(join(ROOT, 'claims'))
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => ({ path: `claims/${f}`, content: readFileSync(join(ROOT, 'claims', f), 'utf8') }));

describe('the cached claim definitions', () => {
  it('are the same knowledge as a fresh load, on a miss and on a hit', () => {
    const fresh = loadKnowledge(files);
    expect(loadKnowledgeCached(files, 'test-build')).toEqual(fresh);
    expect(loadKnowledgeCached(files, 'test-build')).toEqual(fresh);
  });

  it('ignore a damaged cache file and still load', () => {
    const marked = [...files, { path: 'claims/zz-test.yaml', content: `# ${Date.now()}\n` }];
    loadKnowledgeCached(marked, 'test-build');
    const dir = join(tmpdir(), 'verify-cache');
    for (const f of readdirSync(dir)) if (f.endsWith('.json')) writeFileSync(join(dir, f), '{not json');
    expect(loadKnowledgeCached(marked, 'test-build')).toEqual(loadKnowledge(marked));
  });

  it('never hides a broken file behind a cache entry', () => {
    expect(() => loadKnowledgeCached([...files, { path: 'claims/broken.yaml', content: 'kinds: [' }], 'test-build')).toThrow(
      expect.objectContaining({ file: 'claims/broken.yaml', message: expect.stringMatching(/invalid YAML/) }),
    );
  });

  it('are not what another build loaded from the same files', () => {
    // What an older program made of the same files must not reach a newer one: the old build's entry is
    // marked, and only the old build sees the mark.
    const dir = mkdtempSync(join(tmpdir(), 'verify-cache-test-'));
    loadKnowledgeCached(files, 'old-build', dir);
    const written = readdirSync(dir);
    expect(written).toHaveLength(1);
    writeFileSync(join(dir, written[0]), JSON.stringify({ madeBy: 'old-build' }));
    expect(loadKnowledgeCached(files, 'new-build', dir)).toEqual(loadKnowledge(files));
    expect(loadKnowledgeCached(files, 'old-build', dir)).toEqual({ madeBy: 'old-build' });
  });

  it('are not cached by a program with no build identity (unbundled modules)', () => {
    expect(BUILD_ID).toBeUndefined();
    const dir = mkdtempSync(join(tmpdir(), 'verify-cache-test-'));
    expect(loadKnowledgeCached(files, undefined, dir)).toEqual(loadKnowledge(files));
    expect(readdirSync(dir)).toEqual([]);
  });
});
