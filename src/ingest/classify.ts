// Turns a converter's lines and elements into typed blocks: what each says by itself first
// (markup, patterns, shape), then what its neighbours make of it (wrapped lines, captions, sections).
import type { Block, BlockKind } from '../model/types.js';
import { LINE_PATTERNS, LIST_ITEM, type LinePattern } from './blockPatterns.js';
import type { SourceBlock } from './convertedDoc.js';
import { applySections } from './sections.js';

/** A block under classification. */
export interface Candidate {
  start: number;
  end: number;
  text: string;
  kind: BlockKind;
  /** Looks like a heading (by markup or by shape): may open or close a section. */
  heading: boolean;
  /** Came from an enclosing region (<aside>, class="related"): sections leave it alone. */
  fixed: boolean;
  pattern?: LinePattern;
  line: boolean;
  gapBefore: boolean;
}

/** Headlines and section titles are short; the first line may be a long headline. */
const MAX_HEADING_LENGTH = 90;
const MAX_TITLE_LINE_LENGTH = 150;
/** A "Source:" credit's caption is one short line, not a paragraph of the story. */
const MAX_CREDITED_CAPTION_LENGTH = 300;
const NOT_HEADING_ENDING = /[.!?,;:…—–-]$/;
const SENTENCE_ENDING = /[.!?…:][)"'\u201d\u2019\]»]{0,3}$/;
const HAS_LETTER = /\p{L}/u;
const STARTS_LOWER_CASE = /^\p{Ll}/u;

export function classifyBlocks(text: string, sources: readonly SourceBlock[]): Block[] {
  const candidates = sources.map((s) => describe(text, s));
  markShapeHeadings(candidates);
  const merged = mergeWrappedLines(text, candidates);
  markCreditedCaptions(merged);
  applySections(merged);
  return merged.map(({ kind, start, end }) => ({ kind, start, end }));
}

/** What a block says by itself: its region, then text patterns, then its element, then a list marker. */
function describe(text: string, s: SourceBlock): Candidate {
  const body = text.slice(s.start, s.end);
  const base = { start: s.start, end: s.end, text: body, line: s.line, gapBefore: s.gapBefore };
  if (s.container) return { ...base, kind: s.container, heading: false, fixed: true };
  const pattern = LINE_PATTERNS.find((p) => (p.maxLength === undefined || body.length <= p.maxLength) && p.re.test(body));
  const heading = s.markup === 'heading';
  if (pattern) return { ...base, kind: pattern.kind, heading, fixed: false, pattern };
  const kind: BlockKind = s.markup ?? (LIST_ITEM.test(body) ? 'list' : 'body');
  return { ...base, kind, heading, fixed: false };
}

/**
 * In plain text a heading is a short line without closing punctuation that stands alone between
 * blank lines, or the very first line (the headline) unless the next line continues it.
 */
function markShapeHeadings(candidates: Candidate[]): void {
  candidates.forEach((c, i) => {
    if (!c.line || c.heading || c.fixed || (c.kind !== 'body' && !c.pattern)) return;
    const next = candidates[i + 1];
    const first = i === 0;
    if (c.text.length >= (first ? MAX_TITLE_LINE_LENGTH : MAX_HEADING_LENGTH)) return;
    if (NOT_HEADING_ENDING.test(c.text) || !HAS_LETTER.test(c.text) || LIST_ITEM.test(c.text)) return;
    const alone = c.gapBefore && (!next || next.gapBefore);
    const headline = first && (!next || next.gapBefore || !STARTS_LOWER_CASE.test(next.text));
    if (!alone && !headline) return;
    c.heading = true;
    if (c.kind === 'body') c.kind = 'heading';
  });
}

/** Hard-wrapped plain text: a body line that does not end its sentence continues on the next line. */
function mergeWrappedLines(text: string, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let lastLine = ''; // the last line merged into out's last block: its ending decides the next merge
  for (const c of candidates) {
    const previous = out[out.length - 1];
    const continues =
      previous &&
      previous.line &&
      c.line &&
      !c.gapBefore &&
      !c.pattern &&
      !c.heading &&
      c.kind === 'body' &&
      (previous.kind === 'body' || previous.kind === 'list') &&
      !previous.pattern &&
      !previous.heading &&
      !SENTENCE_ENDING.test(lastLine);
    lastLine = c.text;
    if (continues) previous.end = c.end;
    else out.push(c);
  }
  // Re-read merged blocks once at the end, so a long wrapped paragraph is not copied line by line.
  for (const c of out) if (c.end - c.start !== c.text.length) c.text = text.slice(c.start, c.end);
  return out;
}

/** "Source: Agency" under a picture: the short line right above it is that picture's caption. */
function markCreditedCaptions(candidates: Candidate[]): void {
  candidates.forEach((c, i) => {
    const previous = candidates[i - 1];
    if (!c.pattern?.creditsPrevious || !previous || c.gapBefore) return;
    if (previous.kind === 'body' && !previous.heading && previous.text.length <= MAX_CREDITED_CAPTION_LENGTH) {
      previous.kind = 'caption';
    }
  });
}
