// A whole stated as its parts: "175 passengers and six crew" is 181 people on board.
import type { ClaimKind, Mention, QuantityValue } from '../model/types.js';

/**
 * For each source that states every part of a kind with `parts` but not the whole, one mention of the
 * whole: the parts' sum, its interval the sum of theirs, quoted at the first part and carrying all of
 * them. A source stating the whole itself is compared on what it stated.
 */
export function wholesFromParts(kind: ClaimKind, byKind: Map<string, Mention[]>): Mention[] {
  if (!kind.parts?.length) return [];
  const stated = new Set((byKind.get(kind.key) ?? []).map((m) => m.source));
  const bySource = new Map<string, Mention[]>();
  for (const key of kind.parts)
    for (const m of byKind.get(key) ?? []) {
      if (stated.has(m.source) || m.value.type !== 'quantity' || m.value.qualifier) continue;
      const list = bySource.get(m.source) ?? [];
      // One figure a part: the first the source gives.
      if (!list.some((x) => x.kind === m.kind)) list.push(m);
      bySource.set(m.source, list);
    }
  const out: Mention[] = [];
  for (const parts of bySource.values()) {
    if (parts.length !== kind.parts.length) continue;
    parts.sort((a, b) => a.span.start - b.span.start);
    const values = parts.map((m) => m.value as QuantityValue);
    const sum = (f: (q: QuantityValue) => number) => values.reduce((n, q) => n + f(q), 0);
    const first = parts[0];
    const value: QuantityValue = {
      type: 'quantity',
      dimension: values[0].dimension,
      stated: sum((q) => q.stated),
      unit: values[0].unit,
      hedge: values.every((q) => q.hedge === 'exact') ? 'exact' : 'approximately',
      base: sum((q) => q.base),
      lo: sum((q) => q.lo),
      hi: sum((q) => q.hi),
    };
    out.push({ ...first, id: `${first.id}+sum`, kind: kind.key, value, tag: 'sum', parts });
  }
  return out;
}
