// What every format converter hands to the shared classifier: the stage's internal contract.
import type { BlockKind, IsoDay, OffsetMap } from '../model/types.js';

/** Metadata a file states about itself (front matter, HTML <head>); all optional. */
export interface DocMeta {
  title?: string;
  outlet?: string;
  url?: string;
  published?: IsoDay;
}

/** One line (plain text, markdown) or one block element (HTML) of converted text, before classification. */
export interface SourceBlock {
  /** [start, end) in the converted text, trimmed of surrounding whitespace, never empty. */
  start: number;
  end: number;
  /** Kind an enclosing region fixes (<nav>, <figcaption>, class="related"): outranks anything the text says. */
  container?: BlockKind;
  /** Kind the element itself states (<h2>, <li>, `# `, an image): outranked by text patterns. */
  markup?: BlockKind;
  /** A plain-text line: may be a heading by its shape and may join its neighbours into a paragraph. */
  line: boolean;
  /** A blank line (or the start of the text) comes before it. */
  gapBefore: boolean;
}

export interface ConvertedDoc {
  text: string;
  origin: OffsetMap;
  blocks: SourceBlock[];
  meta: DocMeta;
  /** A character reference was decoded into the text. */
  references?: boolean;
  /** How the file was read, when the user should know (Article.notes). */
  notes?: string[];
}
