// Keys that could reach an object's prototype are refused anywhere in a claims file, even where the schema
// would reject the mapping anyway, so the message names the real problem.
import { InputError } from '../util/errors.js';

const RESERVED = ['__proto__', 'constructor', 'prototype'];

/** Fails on the first reserved key in the parsed document; iterative, and each shared (anchored) node once. */
export function rejectReservedKeys(doc: unknown, text: string, file: string): void {
  const seen = new Set<object>();
  const todo: unknown[] = [doc];
  while (todo.length) {
    const v = todo.pop();
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    const keys = Array.isArray(v) ? [] : Object.keys(v);
    const bad = keys.find((k) => RESERVED.includes(k));
    if (bad !== undefined) {
      throw new InputError(`reserved key '${bad}' is not allowed in a claims file`, file, lineOf(text, bad));
    }
    // A loop, not push(...spread): a list of a million items would overflow the argument limit.
    if (Array.isArray(v)) for (const item of v) todo.push(item);
    else for (const k of keys) todo.push((v as Record<string, unknown>)[k]);
  }
}

/** The first line showing the key; undefined when it was spelled with escapes the scan cannot see. */
function lineOf(text: string, key: string): number | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  const pattern = new RegExp(`(?:^|[\\s{,?-])["']?${key}["']?[ \\t]*:(?:\\s|$)`);
  const i = lines.findIndex((l) => pattern.test(l));
  return i === -1 ? undefined : i + 1;
}
