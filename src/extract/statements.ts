// Statement claims: a phrase of one of a kind's states ("the landing gear failed to deploy", "a tsunami warning was
// lifted"), matched word by word on stems so tense and spelling do not matter. A phrase that does not name its
// subject counts only where one of the kind's `about` phrases stands in its clause; a negated or questioned one
// ("no tsunami warning was issued" for "issued", "whether the gear was deployed") states nothing.
import type { ClaimKind, RawValue } from '../model/types.js';
import { phraseStems, stem, wordStems } from '../util/wordStem.js';
import { SentenceTokens } from './tokens.js';

export interface FoundStatement {
  start: number;
  end: number;
  kind: string;
  raw: Extract<RawValue, { type: 'statement' }>;
}

/** A word of the sentence as matched: its span, stem and clause. A contraction is two words on one span. */
interface Token {
  start: number;
  end: number;
  stem: string;
  clause: number;
}

/** A compiled phrase: its words' stems, split where "..." lets a few words stand between. */
interface Pattern {
  segments: string[][];
  /** Characters of the phrase as written: of overlapping states' phrases the longer, more specific one wins. */
  weight: number;
}

interface StatePattern extends Pattern {
  kind: StatementKind;
  state: string;
  /** Says its state by itself; otherwise one of the kind's `about` phrases must stand in its clause. */
  alone: boolean;
}

interface StatementKind {
  key: string;
  about: Pattern[];
  exclude: Pattern[];
  /** Stems one of which must occur in the sentence, when the kind names context words. */
  context?: Pattern[];
}

interface Match {
  from: number; // first token
  to: number; // last token
}

// Words that may stand between the parts of a gapped phrase ("collision ... with birds").
const MAX_GAP = 4;
// How many words may stand between a state phrase and its subject ("the landing gear of the Boeing jet failed to deploy").
const ABOUT_REACH = 8;
// How far before a phrase a negation or a question reaches, in words of its clause.
const DENIAL_REACH = 8;
// How many words after a phrase name whom or where it is said of ("for the coast of Aceh").
const QUALIFIER_WORDS = 5;

// What ends a clause: punctuation (not quotation marks: a "bird strike" in quotes is part of its clause) and the
// conjunctions that join two statements.
const CLAUSE_PUNCTUATION = /[,;:()[\]—–]|\s-\s/;
const CLAUSE_WORDS = new Set(['but', 'while', 'whereas', 'although', 'though', 'however']);

// Knowledge of English: what denies or questions a statement, what hedges it, and what names whom it is said of.
const DENIALS = compileAll(['not', 'never', 'no', 'nothing', 'none', 'nor', 'neither', 'without', 'deny', 'dismiss', 'rule out', 'whether', 'if', 'unless', 'unclear', 'unknown', 'question', 'rather than', 'instead of', 'false']);
const HEDGES = compileAll([
  'suspect', 'may', 'might', 'could', 'possible', 'possibly', 'probable', 'probably', 'likely', 'believe', 'think', 'apparent',
  'apparently', 'appear', 'seem', 'preliminary', 'initial', 'initially', 'presume', 'presumably', 'potential', 'potentially',
  'speculate', 'allegedly', 'unconfirmed', 'expect', 'fear', 'reportedly', 'estimate', 'early indications', 'according to early',
]);
// "could not lower the gear" says what the crew was unable to do, not what may have happened.
const ABILITY = new Set(['could']);
const QUALIFIER_LEAD = new Set(['for', 'to', 'along', 'off']);
// What a qualifier names when it names no place by its name ("for coastal areas", "to residents").
const PLACE_WORDS = new Set(['coast', 'coastal', 'coastline', 'island', 'province', 'region', 'resident', 'area', 'state', 'prefecture', 'country', 'city', 'town', 'shore', 'beach'].map(stem));
const CAPITAL = /^\p{Lu}/u;

function compileAll(phrases: string[]): Pattern[] {
  return phrases.map(compile);
}

function compile(phrase: string): Pattern {
  const segments: string[][] = [[]];
  for (const s of phraseStems(phrase)) {
    if (s === '...') segments.push([]);
    else segments[segments.length - 1].push(s);
  }
  return { segments, weight: phrase.length };
}

/** The statement kinds of a run (or of one subject's packs), compiled once, with their phrases indexed by first stem. */
export class StatementScanner {
  private readonly byFirst = new Map<string, StatePattern[]>();

  constructor(kinds: ClaimKind[]) {
    for (const k of kinds) {
      if (k.type !== 'statement' || !k.states) continue;
      const kind: StatementKind = { key: k.key, about: compileAll(k.about ?? []), exclude: compileAll(k.excludeCues) };
      if (k.context?.length) kind.context = compileAll(k.context);
      for (const s of k.states) {
        const add = (phrase: string, alone: boolean) => {
          const p: StatePattern = { ...compile(phrase), kind, state: s.id, alone };
          const first = p.segments[0][0];
          const list = this.byFirst.get(first);
          if (list) list.push(p);
          else this.byFirst.set(first, [p]);
        };
        for (const phrase of s.phrases) add(phrase, !k.about?.length);
        for (const phrase of s.alone) add(phrase, true);
      }
    }
  }

  get empty(): boolean {
    return this.byFirst.size === 0;
  }

  /** The statements of one sentence (its text, or its tokens when they are at hand), at most one a kind and state, in text order. */
  find(sentence: string | SentenceTokens): FoundStatement[] {
    if (this.empty) return [];
    const words = typeof sentence === 'string' ? new SentenceTokens(sentence) : sentence;
    const text = words.text;
    const tokens = tokenize(words);
    const hits: { p: StatePattern; m: Match }[] = [];
    tokens.forEach((t, i) => {
      for (const p of this.byFirst.get(t.stem) ?? []) {
        const m = matchAt(p, tokens, i);
        if (m) hits.push({ p, m });
      }
    });
    const found: (FoundStatement & { weight: number })[] = [];
    for (const { p, m } of hits) {
      const whole = p.alone ? m : withSubject(p.kind, tokens, m);
      if (!whole) continue;
      const clause = tokens[m.from].clause;
      if (p.kind.exclude.some((x) => findIn(x, tokens, (t) => t.clause === clause))) continue;
      if (p.kind.context && !p.kind.context.some((x) => findIn(x, tokens, () => true))) continue;
      if (denied(tokens, whole.from)) continue;
      const raw: FoundStatement['raw'] = { type: 'statement', state: p.state };
      if (hedged(tokens)) raw.hedged = true;
      const qualifier = qualifierAfter(tokens, whole.to, text);
      if (qualifier) raw.qualifier = qualifier;
      found.push({ start: tokens[whole.from].start, end: tokens[whole.to].end, kind: p.kind.key, raw, weight: p.weight });
    }
    return pickOne(found);
  }
}

/** The sentence's words with their stems and clauses. */
function tokenize(words: SentenceTokens): Token[] {
  const { text } = words;
  const tokens: Token[] = [];
  let clause = 0;
  let last = 0;
  for (const w of words.stemWords) {
    // Most words are one space apart, which holds no clause's end: the gap is read only when it is anything else.
    const gap = w.start - last;
    if (gap > 0 && (gap > 1 || text[last] !== ' ') && CLAUSE_PUNCTUATION.test(text.slice(last, w.start))) clause++;
    const stems = stemsOf(w.text);
    if (stems.length === 1 && CLAUSE_WORDS.has(stems[0])) clause++;
    for (const stem of stems) tokens.push({ start: w.start, end: w.end, stem, clause });
    last = w.end;
  }
  return tokens;
}

// Words recur across a corpus: each is stemmed once (up to a bound, so an archive cannot grow it without end).
const STEM_MEMO_LIMIT = 100_000;
const stemMemo = new Map<string, string[]>();

function stemsOf(word: string): string[] {
  let stems = stemMemo.get(word);
  if (!stems) {
    stems = wordStems(word);
    if (stemMemo.size < STEM_MEMO_LIMIT) stemMemo.set(word, stems);
  }
  return stems;
}

/** The phrase `p` starting at token `i`, within one clause, or undefined. */
function matchAt(p: Pattern, tokens: Token[], i: number): Match | undefined {
  const clause = tokens[i].clause;
  let at = i;
  for (const [n, segment] of p.segments.entries()) {
    // After a gap the next segment may start up to MAX_GAP words further on.
    const starts = n === 0 ? [at] : range(at, at + MAX_GAP + 1);
    const start = starts.find((s) => segment.every((stem, k) => tokens[s + k]?.stem === stem && tokens[s + k].clause === clause));
    if (start === undefined) return undefined;
    at = start + segment.length;
  }
  return { from: i, to: at - 1 };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

/** Whether `p` stands anywhere among the tokens `where` allows. */
function findIn(p: Pattern, tokens: Token[], where: (t: Token, i: number) => boolean): boolean {
  return tokens.some((t, i) => t.stem === p.segments[0][0] && where(t, i) && matchAt(p, tokens, i) !== undefined);
}

/** The match widened to the nearest subject phrase of its clause within reach, either side; undefined when none. */
function withSubject(kind: StatementKind, tokens: Token[], m: Match): Match | undefined {
  const clause = tokens[m.from].clause;
  let best: { match: Match; distance: number } | undefined;
  for (let i = Math.max(0, m.from - ABOUT_REACH - 6); i < tokens.length && i <= m.to + ABOUT_REACH + 1; i++) {
    if (tokens[i].clause !== clause) continue;
    for (const a of kind.about) {
      const s = matchAt(a, tokens, i);
      if (!s) continue;
      const distance = s.to < m.from ? m.from - s.to - 1 : s.from > m.to ? s.from - m.to - 1 : 0;
      if (distance <= ABOUT_REACH && (!best || distance < best.distance)) best = { match: s, distance };
    }
  }
  return best && { from: Math.min(best.match.from, m.from), to: Math.max(best.match.to, m.to) };
}

/** A hedge anywhere in the sentence: a suspicion, a likelihood or an early reading ("suspect", "may have", "preliminary"). */
function hedged(tokens: Token[]): boolean {
  return HEDGES.some((x) => findIn(x, tokens, (t, i) => !(ABILITY.has(t.stem) && tokens[i + 1]?.stem === 'not')));
}

/** A negation or a question in the clause before the statement: "no tsunami warning was issued", "whether the gear deployed". */
function denied(tokens: Token[], from: number): boolean {
  const clause = tokens[from].clause;
  for (let i = from - 1; i >= 0 && i >= from - DENIAL_REACH && tokens[i].clause === clause; i--) {
    if (DENIALS.some((d) => (matchAt(d, tokens, i)?.to ?? from) < from)) return true;
  }
  return false;
}

/**
 * "for the coast of Aceh", "to Hawaii": whom or where the statement is said of, when its clause goes on to name a
 * place or people ("for the rest of the day" and "for damage to the engine" name neither).
 */
function qualifierAfter(tokens: Token[], to: number, text: string): string | undefined {
  const lead = tokens[to + 1];
  if (!lead || lead.clause !== tokens[to].clause || !QUALIFIER_LEAD.has(lead.stem)) return undefined;
  const words = tokens.slice(to + 2, to + 2 + QUALIFIER_WORDS).filter((t) => t.clause === lead.clause);
  const named = words.some((t) => PLACE_WORDS.has(t.stem) || CAPITAL.test(text.slice(t.start, t.end)));
  return named ? text.slice(lead.start, words[words.length - 1].end) : undefined;
}

/**
 * Of statements of one kind whose spans overlap, the one with the longer phrase ("failed to deploy" over "deploy");
 * and one per kind and state, again the longest phrase's.
 */
function pickOne(found: (FoundStatement & { weight: number })[]): FoundStatement[] {
  const kept: (FoundStatement & { weight: number })[] = [];
  for (const f of [...found].sort((a, b) => b.weight - a.weight || a.start - b.start)) {
    const overlaps = kept.some((k) => k.kind === f.kind && f.start < k.end && k.start < f.end);
    const again = kept.some((k) => k.kind === f.kind && k.raw.state === f.raw.state);
    if (!overlaps && !again) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start).map(({ weight: _, ...f }) => f);
}
