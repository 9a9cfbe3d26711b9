import { describe, expect, it } from 'vitest';
import { assignIds } from '../../src/ingest/ids.js';
import { ingestAll } from '../../src/ingest/index.js';

describe('article ids', () => {
  it.each<[string[], string[]]>([
    [['seeds/001_abc.txt'], ['001_abc']],
    [['a.b.c.md', 'noext', '.hidden', 'dir/'], ['a.b.c', 'noext', '.hidden', 'dir']],
    [['a/x.txt', 'b/x.html'], ['a-x', 'b-x']],
    [['p/a/x.txt', 'q/a/x.txt', 'y.txt'], ['p-a-x', 'q-a-x', 'y']],
    [['a\\x.txt', 'b\\x.txt'], ['a-x', 'b-x']],
    [['x.txt', 'x.txt'], ['x', 'x-2']],
    [['a-x.txt', 'a/x.txt', 'b/x.txt'], ['a-x', 'a-x-2', 'b-x']],
  ])('%j -> %j', (paths, ids) => expect(assignIds(paths)).toEqual(ids));

  it('keeps input order and paths', () => {
    const articles = ingestAll(
      [
        { path: 'z/b.txt', content: 'B' },
        { path: 'a.txt', content: 'A' },
      ],
      {},
    );
    expect(articles.map((a) => [a.id, a.path, a.original])).toEqual([
      ['b', 'z/b.txt', 'B'],
      ['a', 'a.txt', 'A'],
    ]);
  });
});
