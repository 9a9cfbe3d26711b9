import type { RawValue } from '../model/types.js';
import type { CompiledKind } from './cues.js';
import { DIGITS, HEDGE, NUMBER_WORD, SCALE, hedgeOf, parseStatedNumber } from './numbers.js';

export interface FoundCount {
  start: number;
  end: number;
  kind: string;
  raw: Extract<RawValue, { type: 'quantity' }>;
}

// A figure, then the counted noun within a few words: "over 12,000 troops", "two short-range missiles".
const FIGURE = new RegExp(String.raw`(?<![\p{L}\d.,:])(?:(${HEDGE})\s+)?(${DIGITS}|${NUMBER_WORD})(?:\s+(${SCALE}))?(?=\s)`, 'giu');
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/uy;
const FIGURE_HINT = new RegExp(String.raw`\d|\b${NUMBER_WORD}\b`, 'i');
const MAX_GAP_WORDS = 4;
// Words that end the noun phrase: a count of "two missiles" is not "two of the missiles' stages".
const STOP_WORDS = new Set(['of', 'and', 'or', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'than', 'per', 'a', 'an', 'the', 'as', 'was', 'were', 'had', 'has', 'have']);

/** Counted nouns of count kinds (kind.nouns), with the figure before them. */
export function findCounts(sentence: string, kinds: CompiledKind[]): FoundCount[] {
  const nounKinds = new Map<string, string>();
  for (const c of kinds) for (const n of c.kind.nouns ?? []) nounKinds.set(n.toLowerCase(), c.kind.key);
  if (nounKinds.size === 0) return [];
  const out: FoundCount[] = [];
  if (!FIGURE_HINT.test(sentence)) return out;
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(sentence); m; m = FIGURE.exec(sentence)) {
    const [text, hedgeWord, digits, scale] = m;
    if (/^an?$/i.test(digits)) continue; // "a missile" is not a count claim
    const number = parseStatedNumber(digits, scale);
    if (!number) continue;
    const noun = nounAfter(sentence, m.index + text.length, nounKinds);
    if (!noun) continue;
    out.push({
      start: m.index,
      end: noun.end,
      kind: noun.kind,
      raw: { type: 'quantity', number, unit: 'count', hedge: hedgeOf(hedgeWord) },
    });
  }
  return out;
}

function nounAfter(sentence: string, from: number, nounKinds: Map<string, string>) {
  let at = from;
  for (let i = 0; i <= MAX_GAP_WORDS; i++) {
    while (at < sentence.length && sentence[at] === ' ') at++;
    WORD.lastIndex = at;
    const m = WORD.exec(sentence);
    if (!m) return undefined;
    const word = m[0].toLowerCase();
    const kind = nounKinds.get(word);
    if (kind) return { kind, end: at + m[0].length };
    if (STOP_WORDS.has(word) || /^\d/.test(word)) return undefined;
    at += m[0].length;
  }
  return undefined;
}
