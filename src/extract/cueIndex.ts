// Every pack's cue phrases (each kind's cues, exclude cues and context words, in every tense) in one trie of words,
// found in a sentence by one walk over its words instead of a pattern per list. A list's matches are what a pattern
// of its phrases would find: case-insensitive, whole words (a letter or digit on neither side), any white space
// between words, leftmost and longest first, not overlapping one another.
import { phraseTenses } from './inflect.js';
import { phraseRuns, type SentenceTokens, type WordRuns } from './tokens.js';

/** A list of phrases (a kind's cues, say): an index finds the matches of every list it was built with. */
export interface CueList {
  readonly phrases: readonly string[];
}

/** Where a phrase ends: its list, and the non-word characters it must have around it ("(" of "(km)", "." of "u.s."). */
interface PhraseEnd {
  list: CueList;
  lead: string;
  trail: string;
}

/** One word of phrases, reached by the words before it. Keys below the first: the separator, then the word. */
interface Node {
  ends?: PhraseEnd[];
  next?: Map<string, Node>;
}

/** The phrases of some lists (those of the kinds an article may hold), each read in every tense of its first word. */
export class CueIndex {
  private readonly first = new Map<string, Node>();

  constructor(lists: Iterable<CueList>) {
    for (const list of lists) for (const p of new Set(list.phrases.flatMap(phraseTenses))) this.insert(p, list);
  }

  private insert(phrase: string, list: CueList): void {
    const { words, gaps } = phraseRuns(phrase);
    if (!words.length) return;
    let level = this.first;
    let node: Node | undefined;
    for (const [i, word] of words.entries()) {
      if (i > 0) level = node!.next ??= new Map();
      const key = i === 0 ? word : gaps[i] + word;
      node = level.get(key);
      if (!node) level.set(key, (node = {}));
    }
    (node!.ends ??= []).push({ list, lead: gaps[0], trail: gaps[words.length] });
  }

  /** Every list's matches in a sentence, as [start, end) pairs in text order; lists with none are absent. */
  find(tokens: SentenceTokens): Map<CueList, [number, number][]> {
    const found = new Map<CueList, [number, number][]>();
    const runs = tokens.runs;
    const { words, gaps, starts, ends } = runs;
    const lastEnd = new Map<CueList, number>();
    const longest = new Map<CueList, [number, number]>();
    for (let i = 0; i < words.length; i++) {
      let node = this.first.get(words[i]);
      if (!node) continue;
      longest.clear();
      for (let j = i; node; ) {
        for (const e of node.ends ?? []) {
          const start = starts[i] - e.lead.length;
          const end = ends[j] + e.trail.length;
          if (!fits(e, runs, i, j)) continue;
          const best = longest.get(e.list);
          if (!best || end > best[1] || start < best[0]) longest.set(e.list, [start, end]);
        }
        if (++j >= words.length || !node.next) break;
        node = node.next.get(gaps[j] + words[j]);
      }
      for (const [list, hit] of longest) {
        if (hit[0] < (lastEnd.get(list) ?? 0)) continue;
        lastEnd.set(list, hit[1]);
        const hits = found.get(list);
        if (hits) hits.push(hit);
        else found.set(list, [hit]);
      }
    }
    return found;
  }
}

/**
 * Whether a phrase's leading and trailing characters stand around words i..j, with no letter or digit right
 * outside them: "(km)" in "(km)," but not "u.s." in "u.s.a".
 */
function fits(e: PhraseEnd, runs: WordRuns, i: number, j: number): boolean {
  const before = runs.gaps[i];
  const after = runs.gaps[j + 1];
  if (e.lead && !(before.endsWith(e.lead) && (before.length > e.lead.length || i === 0))) return false;
  if (e.trail && !(after.startsWith(e.trail) && (after.length > e.trail.length || j + 1 === runs.words.length))) return false;
  return true;
}
