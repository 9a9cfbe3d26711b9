import type { OffsetMap } from '../model/types.js';

/** The original-file offset of text offset `t` (see OffsetMap). */
export function toOriginal(map: OffsetMap, t: number): number {
  const starts = map.textStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= t) lo = mid;
    else hi = mid - 1;
  }
  return map.origStarts[lo] + (t - starts[lo]);
}

/** The identity map, shifted by `offset` (plain text after front matter). */
export function shiftedMap(offset: number): OffsetMap {
  return { textStarts: [0], origStarts: [offset] };
}
