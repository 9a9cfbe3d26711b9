import type { Report } from '../../model/types.js';
import { comparedInstead, eventsNoPackMatched } from '../no-pack.js';
import { escapeMarkdown } from './escape.js';

/**
 * A note near the top for each reported event no claim pack knew (a dam failure among packs for missiles, quakes
 * and storms): without it a reader takes "no contradictions" for a check the pack's rules made.
 */
export function noPackSection(report: Report): string[] {
  const notes = eventsNoPackMatched(report).map((unmatched) => {
    const packs = unmatched.packs.join(', ');
    const instead = comparedInstead(unmatched);
    return (
      `> **No claim pack matched ${escapeMarkdown(unmatched.event.label)}.** None of the packs (${escapeMarkdown(packs)}) knows its subject, ` +
      `so no pack's claims were looked for. Compared instead: ${escapeMarkdown(instead)}.`
    );
  });
  if (notes.length === 0) return [];
  return ['> [!NOTE]', ...notes.flatMap((note, i) => (i === 0 ? [note] : ['>', note]))];
}
