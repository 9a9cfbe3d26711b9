import { pushTo } from '../util/multimap.js';

const SEPARATOR = /[\\/]/;

/** Path parts without the file's extension: `a/b/x.txt` -> ['a', 'b', 'x']. */
function parts(path: string): string[] {
  const segments = path.split(SEPARATOR).filter((s) => s !== '' && s !== '.');
  const name = segments.pop() ?? '';
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return [...segments, stem || 'source'];
}

/**
 * Article ids: the file name without extension; files sharing a stem are told apart by their parent
 * folders (`a/x.txt` -> `a-x`), and any id still taken gets a counter. Same paths, same ids.
 */
export function assignIds(paths: readonly string[]): string[] {
  const split = paths.map(parts);
  const byStem = new Map<string, string[][]>();
  for (const p of split) pushTo(byStem, p[p.length - 1], p);
  const candidates = split.map((p) => {
    const sharing = byStem.get(p[p.length - 1])!;
    if (sharing.length === 1) return p[p.length - 1];
    // Enough parent folders to make the path's tail unique among the files sharing this stem.
    for (let depth = 2; depth <= p.length; depth++) {
      const tail = p.slice(-depth).join('/');
      if (!sharing.some((q) => q !== p && q.slice(-depth).join('/') === tail)) return p.slice(-depth).join('-');
    }
    return p.join('-');
  });
  const taken = new Set<string>();
  return candidates.map((candidate) => {
    let id = candidate;
    for (let n = 2; taken.has(id); n++) id = `${candidate}-${n}`;
    taken.add(id);
    return id;
  });
}
