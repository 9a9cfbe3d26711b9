// A parsed YAML value together with where it came from, so every check can fail with `file:line` and a path.
import { InputError } from './errors.js';
import type { Locator, Pos } from './yamlLocate.js';
import { MAX_LIST_ITEMS } from './yamlLimits.js';

/** One claims file: its path and a line locator built only when a line is first needed. */
export class SourceFile {
  private locator?: Locator;

  constructor(
    readonly path: string,
    private readonly makeLocator: () => Locator,
  ) {}

  get loc(): Locator {
    this.locator ??= this.makeLocator();
    return this.locator;
  }
}

export class Node {
  private pos?: Pos;

  constructor(
    readonly file: SourceFile,
    readonly value: unknown,
    /** Where in the document, for messages: `kinds[2].cues[0]`. */
    readonly path: string,
    private readonly where: () => Pos,
  ) {}

  /** Lines are resolved lazily: most nodes never need one. */
  position(): Pos {
    this.pos ??= this.where();
    return this.pos;
  }

  /** 1-based line to report. */
  line(): number {
    return this.position().line + 1;
  }

  fail(message: string, path = this.path): never {
    throw new InputError(path === '' ? message : `${path}: ${message}`, this.file.path, this.line());
  }

  /** The mapping's fields after checking it is a mapping whose keys are all in `allowed`. */
  fields(allowed: readonly string[], what: string): Fields {
    const v = this.value;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
      this.fail(`${what} must be a mapping (key: value), not ${describe(v)}`);
    }
    for (const key of Object.keys(v)) {
      if (!allowed.includes(key)) {
        // Reported at the key's line but under the mapping's path: the key is not part of the schema.
        const at = this.child(key, (v as Record<string, unknown>)[key]);
        at.fail(`unknown key '${key}' in ${what}${suggest(key, allowed)}; allowed keys: ${allowed.join(', ')}`, this.path);
      }
    }
    return new Fields(this, v as Record<string, unknown>);
  }

  child(key: string, value: unknown): Node {
    const path = this.path === '' ? key : `${this.path}.${key}`;
    // Not found in the text (flow style): report the parent's line, and give descendants nothing wider to search.
    return new Node(this.file, value, path, () => {
      const parent = this.position();
      return this.file.loc.key(parent, key) ?? { line: parent.line, start: parent.line, end: parent.line + 1 };
    });
  }

  /** The items of a list, each with a lazily located line. */
  list(what: string): Node[] {
    if (!Array.isArray(this.value)) this.fail(`${what} must be a list, not ${describe(this.value)}`);
    const items = this.value as unknown[];
    if (items.length > MAX_LIST_ITEMS) this.fail(`${what} has ${items.length} items; the limit is ${MAX_LIST_ITEMS}`);
    return items.map(
      (item, i) =>
        new Node(this.file, item, `${this.path}[${i}]`, () =>
          this.file.loc.item(this.position(), i, items.length, typeof item === 'string' ? item : undefined),
        ),
    );
  }

  str(what: string): string {
    if (typeof this.value !== 'string') this.fail(`${what} must be a string, not ${describe(this.value)}${quoteHint(this.value)}`);
    return this.value;
  }

  bool(what: string): boolean {
    if (typeof this.value !== 'boolean') this.fail(`${what} must be true or false, not ${describe(this.value)}`);
    return this.value;
  }

  num(what: string): number {
    if (typeof this.value !== 'number' || !Number.isFinite(this.value)) {
      this.fail(`${what} must be a finite number, not ${describe(this.value)}`);
    }
    return this.value;
  }
}

/** The keys of one validated mapping. */
export class Fields {
  constructor(
    readonly node: Node,
    private readonly map: Record<string, unknown>,
  ) {}

  has(key: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.map, key);
  }

  get(key: string): Node | undefined {
    return this.has(key) ? this.node.child(key, this.map[key]) : undefined;
  }

  require(key: string, what: string): Node {
    return this.get(key) ?? this.node.fail(`${what} needs '${key}'`);
  }
}

// Catches the common slips (case, a missing or extra plural s) without a fuzzy matcher.
function suggest(key: string, allowed: readonly string[]): string {
  const k = key.toLowerCase();
  const near = allowed.find((a) => [a, `${a}s`, a.replace(/s$/, '')].some((v) => v.toLowerCase() === k));
  return near === undefined ? '' : ` (did you mean '${near}'?)`;
}

export function describe(v: unknown): string {
  if (v === null || v === undefined) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the string '${v.length > 40 ? `${v.slice(0, 40)}...` : v}'`;
  return `${typeof v} ${String(v)}`;
}

// YAML reads `true` or `1.5` as non-strings; tell the user how to keep the text.
function quoteHint(v: unknown): string {
  return typeof v === 'number' || typeof v === 'boolean' ? ' (put it in quotes to make it text)' : '';
}
