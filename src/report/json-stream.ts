// JSON written piece by piece: a report of 100,000 articles is hundreds of megabytes of JSON, and one string of it
// (with the tree it is made from) was the largest part of a large run's peak memory.

/** A list whose items are made only when they are written. */
export class LazyList<T> {
  constructor(
    readonly length: number,
    readonly item: (i: number) => T,
  ) {}

  toArray(): T[] {
    return Array.from({ length: this.length }, (_, i) => this.item(i));
  }
}

/** `items` converted one at a time, as they are written. */
export function lazyMap<S, T>(items: readonly S[], convert: (item: S) => T): LazyList<T> {
  return new LazyList(items.length, (i) => convert(items[i]));
}

/**
 * The pieces of `JSON.stringify(value, null, 2)` in order (a LazyList written as an array): objects and lists
 * down to `depth` levels are written a member at a time, anything deeper in one piece. Joined, the pieces are
 * exactly that string. Values are plain data: no toJSON, no cycles.
 */
export function* jsonChunks(value: unknown, depth: number, indent = ''): Generator<string> {
  if (depth > 0 && (value instanceof LazyList || Array.isArray(value))) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    const inner = `${indent}  `;
    yield '[\n';
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value instanceof LazyList ? value.item(i) : value[i];
      yield inner;
      // As JSON.stringify does: a list item that JSON cannot hold is null.
      if (omitted(item)) yield 'null';
      else yield* jsonChunks(item, depth - 1, inner);
      yield i + 1 < value.length ? ',\n' : '\n';
    }
    yield `${indent}]`;
    return;
  }
  if (depth > 0 && isPlainObject(value)) {
    // As JSON.stringify does: a member whose value JSON cannot hold is left out.
    const keys = Object.keys(value).filter((k) => !omitted(value[k]));
    if (keys.length === 0) {
      yield '{}';
      return;
    }
    const inner = `${indent}  `;
    yield '{\n';
    for (const [n, key] of keys.entries()) {
      yield `${inner}${JSON.stringify(key)}: `;
      yield* jsonChunks(value[key], depth - 1, inner);
      yield n + 1 < keys.length ? ',\n' : '\n';
    }
    yield `${indent}}`;
    return;
  }
  // JSON never holds a raw line break inside a string, so every one here is layout, indented like the rest.
  const whole = JSON.stringify(value instanceof LazyList ? value.toArray() : value, null, 2);
  yield indent ? whole.replaceAll('\n', `\n${indent}`) : whole;
}

function omitted(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
