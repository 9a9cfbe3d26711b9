import type { OffsetMap } from '../model/types.js';

/**
 * Builds Article.text piece by piece while recording where each piece came from, so that
 * verbatim stretches stay one linear segment of the OffsetMap (one segment for a plain file).
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private readonly textStarts: number[] = [];
  private readonly origStarts: number[] = [];
  private size = 0;
  /** Original offset the next copied char must have to extend the last segment; -1 after an insert. */
  private linearNext = -1;
  private last = '';
  /** Whether a character reference was decoded: quotes of the file are then shown decoded. */
  private references = false;

  get length(): number {
    return this.size;
  }

  /** The last char appended ('' when empty): lets converters avoid doubled separators. */
  get lastChar(): string {
    return this.last;
  }

  /** Appends original.slice(from, to) verbatim. */
  copy(original: string, from: number, to: number): void {
    if (to <= from) return;
    if (from !== this.linearNext) this.startSegment(from);
    this.push(original.slice(from, to));
    this.linearNext = to;
  }

  /**
   * Appends text that is not in the original verbatim (a decoded entity, a separator): its first char
   * maps to original offset `at` (any further chars follow linearly); the next copy starts a fresh segment.
   */
  insert(str: string, at: number): void {
    if (str.length === 0) return;
    this.startSegment(at);
    this.push(str);
    // A following copy from `at + str.length` would be linear only by accident; force a new segment.
    this.linearNext = -1;
  }

  /** Appends what a character reference (`&nbsp;`, `&#160;`) reads as, at the reference's offset; it may read as nothing. */
  insertReference(readable: string, at: number): void {
    this.references = true;
    this.insert(readable, at);
  }

  get decodedReferences(): boolean {
    return this.references;
  }

  /** `emptyAt`: where an empty text points (the body start after front matter). */
  finish(emptyAt = 0): { text: string; origin: OffsetMap } {
    const text = this.parts.join('');
    if (this.textStarts.length === 0) return { text, origin: { textStarts: [0], origStarts: [emptyAt] } };
    return { text, origin: { textStarts: this.textStarts, origStarts: this.origStarts } };
  }

  private startSegment(orig: number): void {
    const n = this.textStarts.length;
    // Two segments starting at the same text offset: the earlier one is empty, overwrite it.
    if (n > 0 && this.textStarts[n - 1] === this.size) {
      this.origStarts[n - 1] = orig;
      return;
    }
    this.textStarts.push(this.size);
    this.origStarts.push(orig);
  }

  private push(str: string): void {
    this.parts.push(str);
    this.size += str.length;
    this.last = str[str.length - 1];
  }
}
