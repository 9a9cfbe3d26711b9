// Span-strict matching: a report value counts for a gold value where the report's quote, at its line and
// column, overlaps a place where the gold text stands in the source. A line-for-line port of score-gold.mjs
// --strict (../shared/tools): change nothing here without changing it there, or the two scorers disagree.

/** A quote as the report places it: 1-based line and column in its source. */
export interface PlacedQuote {
  text: string;
  line?: number | null;
  column?: number | null;
}

/** Half-open [start, end) offsets of a text in its source. */
export type Span = readonly [start: number, end: number];

/** Source texts by file stem, with their line starts and the places of gold texts worked out once each. */
export class SourceSpans {
  private readonly lineStarts = new Map<string, number[]>();
  private readonly goldPlaces = new Map<string, Span[]>();

  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  /**
   * The offset of a 1-based line and column, or -1 when the source or the line is unknown. The column is
   * not checked against the line's length: score-gold does not check it either.
   */
  offsetOf(source: string, line: number | null | undefined, column: number | null | undefined): number {
    const text = this.texts.get(source);
    if (text === undefined || !line) return -1;
    let starts = this.lineStarts.get(source);
    if (starts === undefined) {
      starts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts.set(source, starts);
    }
    const start = starts[line - 1];
    return start === undefined ? -1 : start + (column ?? 1) - 1;
  }

  /** Every place the text stands in the source, overlapping places included; none for an unknown source. */
  placesOf(source: string, goldText: string): Span[] {
    const key = `${source}\u0000${goldText}`;
    let places = this.goldPlaces.get(key);
    if (places === undefined) {
      const text = this.texts.get(source) ?? '';
      places = [];
      for (let at = goldText ? text.indexOf(goldText) : -1; at >= 0; at = text.indexOf(goldText, at + 1)) {
        places.push([at, at + goldText.length]);
      }
      this.goldPlaces.set(key, places);
    }
    return places;
  }

  /**
   * Whether the quote overlaps a place of the gold text; undefined when position cannot decide (the quote
   * has no known place, or the gold text stands nowhere in the source), and the caller falls back to text.
   */
  overlap(source: string, goldText: string, quote: PlacedQuote): boolean | undefined {
    const at = this.offsetOf(source, quote.line, quote.column);
    const places = this.placesOf(source, goldText);
    if (at < 0 || !places.length) return undefined;
    const end = at + String(quote.text).length;
    return places.some(([start, stop]) => at < stop && start < end);
  }
}
