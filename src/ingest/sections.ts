import type { BlockKind } from '../model/types.js';
import { QUESTION_HEADING, SECTION_OPENERS } from './blockPatterns.js';
import type { Candidate } from './classify.js';

/** A line that is nothing but an opener phrase ("Related:", "FAQ") opens a section without being a heading. */
const MAX_OPENER_LINE_LENGTH = 40;
const ENDS_SENTENCE = /[.!?]$/;
/** Related-story lists hold headlines; a sentence or a paragraph means the story has resumed. */
const MAX_TEASER_LENGTH = 200;
const isHeadline = (text: string) => text.length <= MAX_TEASER_LENGTH && !ENDS_SENTENCE.test(text);

/**
 * Sections: a heading like "Background" or "FAQ" gives its kind to the body and list blocks under it,
 * up to the next heading (an FAQ keeps its question headings). Blocks a pattern or region already
 * typed keep their kind.
 */
export function applySections(candidates: Candidate[]): void {
  let section: BlockKind | undefined;
  for (const c of candidates) {
    if (c.fixed) continue;
    if (section === 'faq' && c.heading && QUESTION_HEADING.test(c.text)) {
      c.kind = 'faq';
      continue;
    }
    const opener = openerOf(c);
    if (opener) {
      section = opener;
      c.kind = opener;
      continue;
    }
    if (c.heading) {
      section = undefined;
      continue;
    }
    if (section === undefined || (c.kind !== 'body' && c.kind !== 'list')) continue;
    if (section === 'teaser' && c.kind === 'body' && !isHeadline(c.text)) {
      section = undefined;
      continue;
    }
    c.kind = section;
  }
}

function openerOf(c: Candidate): BlockKind | undefined {
  const standalone = c.heading || (c.text.length <= MAX_OPENER_LINE_LENGTH && !ENDS_SENTENCE.test(c.text));
  if (!standalone || (c.kind !== 'body' && c.kind !== 'heading' && !c.pattern)) return undefined;
  return SECTION_OPENERS.find((o) => o.re.test(c.text))?.kind;
}
