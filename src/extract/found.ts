// What a recogniser finds in a sentence, before a claim kind takes it: the plain shape recognisers and refiners share.
import type { ClaimKind, RawValue, Recognizer } from '../model/types.js';
import type { CompiledKind } from './cues.js';

export interface Found {
  start: number;
  end: number;
  raw: RawValue;
  tag: Recognizer;
  accepts: (k: ClaimKind) => boolean;
  /** What `accepts` takes, as a key: values with one key are taken by the same kinds. */
  wants: string;
  /** The open-claim kind to fall back on when no pack's kind takes the value. */
  open?: string;
}

export const TAKES_PLACE = { wants: 'place', accepts: (k: ClaimKind) => k.type === 'place' };

// The kinds that take each key of value, per list of kinds (all kinds, or those of an article's subject).
const takingByKinds = new WeakMap<CompiledKind[], Map<string, CompiledKind[]>>();

/** The kinds of `kinds` that take a value: worked out once per key, not once per value. */
export function kindsTaking(kinds: CompiledKind[], f: Pick<Found, 'wants' | 'accepts'>): CompiledKind[] {
  let byKey = takingByKinds.get(kinds);
  if (!byKey) takingByKinds.set(kinds, (byKey = new Map()));
  let taking = byKey.get(f.wants);
  if (!taking) byKey.set(f.wants, (taking = kinds.filter((c) => f.accepts(c.kind))));
  return taking;
}
