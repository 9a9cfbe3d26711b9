// js-yaml reports no positions for values, and src/util/yaml.ts (the only js-yaml importer) exposes none, so
// lines are recovered from the text's block structure. Every answer is checked against the parsed data (item
// counts, key presence); when the text is laid out in a way this reader does not follow (flow style, odd
// layouts), it falls back to the enclosing node's line, which is never wrong, only less precise.

/** Where a node sits: the line to report and, for block collections, the lines it spans. All 0-based. */
export interface Pos {
  line: number;
  /** [start, end) line range holding the node's content. */
  start: number;
  end: number;
  /** Block mapping: the column its keys start at. */
  keyCol?: number;
  /** Block sequence: the column of its `-` markers. */
  itemCol?: number;
}

const DOC_MARKER = /^(?:---|\.\.\.)(?:\s|$)/;
const PROPS = /^(?:[&!]\S*\s*)+/; // anchors and tags before a value say nothing about its layout

export class Locator {
  private readonly lines: string[];
  private readonly itemCache = new Map<string, number[]>();

  constructor(text: string) {
    this.lines = text.split(/\r\n|\r|\n/);
  }

  /** The document's top-level mapping. */
  root(): Pos {
    const first = this.nextContent(0, this.lines.length);
    if (first === undefined) return { line: 0, start: 0, end: this.lines.length };
    return { line: first, start: first, end: this.lines.length, keyCol: this.indent(first) };
  }

  /** The line of `name:` in a block mapping, with its value's extent; undefined when not found. */
  key(parent: Pos, name: string): Pos | undefined {
    const col = parent.keyCol;
    if (col === undefined) return undefined;
    const pattern = keyPattern(name);
    for (let i = parent.start; i < parent.end; i++) {
      const text = this.lines[i];
      // The part before the key may be indentation or the `- ` of the sequence item the mapping opens.
      if (!/^[ -]*$/.test(text.slice(0, col)) || !pattern.test(text.slice(col))) continue;
      return this.valueOf(i, col, text.slice(col).replace(pattern, ''), parent.end);
    }
    return undefined;
  }

  /** Item `index` of a sequence known (from the parsed data) to hold `count` items. */
  item(parent: Pos, index: number, count: number, hint?: string): Pos {
    const fallback: Pos = { line: parent.line, start: parent.line, end: parent.line + 1 };
    if (parent.itemCol === undefined) {
      // Flow style: the first line of the sequence that shows the item's text is the best guess.
      if (hint === undefined || hint === '') return fallback;
      for (let i = parent.start; i < parent.end; i++) {
        if (this.lines[i].includes(hint)) return { line: i, start: i, end: i + 1 };
      }
      return fallback;
    }
    const starts = this.itemStarts(parent);
    if (starts.length !== count) return fallback;
    const start = starts[index];
    const end = starts[index + 1] ?? parent.end;
    const after = this.lines[start].slice(parent.itemCol + 1);
    const gap = after.length - after.trimStart().length;
    const inline = after.trim() !== '' && !after.trim().startsWith('#');
    const next = inline ? start : this.nextContent(start + 1, end);
    const keyCol = inline ? parent.itemCol + 1 + gap : next === undefined ? undefined : this.indent(next);
    return { line: start, start, end, keyCol };
  }

  /** The extent of the value of a key at `line`, whose text after the colon is `rest`. */
  private valueOf(line: number, col: number, rest: string, limit: number): Pos {
    const inline = rest.replace(PROPS, '').trim();
    if (inline !== '' && !inline.startsWith('#')) {
      // A scalar or flow collection (possibly spanning lines) ends where something as shallow as the key starts.
      let end = line + 1;
      while (end < limit && !(this.isContent(end) && this.indent(end) <= col)) end++;
      return { line, start: line, end };
    }
    const first = this.nextContent(line + 1, limit);
    if (first === undefined) return { line, start: line, end: line + 1 };
    const col2 = this.indent(first);
    const isSeq = this.isItem(first, col2);
    if (col2 < col || (col2 === col && !isSeq)) return { line, start: line, end: line + 1 };
    let end = first + 1;
    for (; end < limit; end++) {
      if (!this.isContent(end)) continue;
      const ind = this.indent(end);
      if (ind < col2 || (ind === col2 && isSeq && !this.isItem(end, col2))) break;
    }
    return isSeq ? { line, start: first, end, itemCol: col2 } : { line, start: first, end, keyCol: col2 };
  }

  private itemStarts(seq: Pos): number[] {
    const id = `${seq.start}:${seq.end}`;
    let starts = this.itemCache.get(id);
    if (starts === undefined) {
      starts = [];
      for (let i = seq.start; i < seq.end; i++) {
        if (this.indent(i) === seq.itemCol && this.isItem(i, seq.itemCol)) starts.push(i);
      }
      this.itemCache.set(id, starts);
    }
    return starts;
  }

  private nextContent(from: number, limit: number): number | undefined {
    for (let i = from; i < limit; i++) if (this.isContent(i)) return i;
    return undefined;
  }

  private isContent(i: number): boolean {
    const t = this.lines[i].trim();
    return t !== '' && !t.startsWith('#') && !DOC_MARKER.test(this.lines[i]);
  }

  private isItem(i: number, col: number): boolean {
    const t = this.lines[i];
    return t[col] === '-' && (t.length === col + 1 || t[col + 1] === ' ' || t[col + 1] === '\t');
  }

  private indent(i: number): number {
    const t = this.lines[i];
    return t.length - t.trimStart().length;
  }
}

function keyPattern(name: string): RegExp {
  const quoted = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^(?:${quoted}|"${quoted}"|'${quoted}')[ \\t]*:(?:[ \\t]|$)`);
}
