// A statement kind's own fields: the states it may report ("landing gear: deployed / not deployed"), the phrases of
// each, and what the phrases are said of (`about`). Checked here so that a bad pack fails on load with its line.
import type { ClaimKind, StatementState } from '../model/types.js';
import { phraseStems } from '../util/wordStem.js';
import type { Node } from '../util/yamlNode.js';
import { MIN_PHRASE_CHARS } from './limits.js';
import { Registry } from './registry.js';
import { identifier, phrase, SLUG, unique } from './text.js';

const STATE_FIELDS = ['id', 'label', 'phrases', 'alone', 'implies'] as const;
const GAP = '...';

type StatementFields = Pick<ClaimKind, 'states' | 'about' | 'together'>;

/** `about`, `states` and `together` of the statement kind at `item`; every state needs a phrase, and no phrase names two. */
export function readStatement(item: Node, what: string, aboutNode?: Node, statesNode?: Node, togetherNode?: Node): StatementFields {
  if (!statesNode) item.fail(`${what} is a statement and needs 'states' (each with an id, a label and phrases)`);
  const about = aboutNode ? phraseList(aboutNode, 'about phrase') : undefined;
  if (aboutNode && !about?.length) aboutNode.fail(`${what} has an empty 'about': list what its phrases are said of, or leave it out`);
  const ids = new Registry(`state id of ${what}`);
  // Phrases are compared as the matcher reads them, by stem: "cancelled" in one state and "canceled" in another clash;
  // within one state a repeat ("go-around", "go-arounds") changes nothing and is dropped.
  const stems = new Map<string, { state: string; shown: string; node: Node }>();
  const states: StatementState[] = [];
  const implied = new Map<string, Node>();
  for (const node of statesNode.list('states')) {
    const f = node.fields(STATE_FIELDS, 'a state');
    const idNode = f.require('id', 'a state');
    const id = identifier(idNode, 'id', SLUG, 'a lower-case word such as not-deployed');
    ids.add(id, id, idNode);
    const state: StatementState = { id, label: phrase(f.require('label', `state '${id}'`), 'label', 1, false), phrases: [], alone: [] };
    const phrasesNode = f.get('phrases');
    const aloneNode = f.get('alone');
    // Without `about` every phrase stands alone: `alone` would say nothing more.
    if (aloneNode && !about) aloneNode.fail(`'alone' needs the kind's 'about': without it every phrase of ${what} stands alone`);
    for (const [field, list] of [[phrasesNode, state.phrases], [aloneNode, state.alone]] as const)
      for (const n of field?.list('phrases') ?? []) {
        const p = statePhrase(n);
        const key = phraseStems(p).join(' ');
        const prior = stems.get(key);
        if (prior && prior.state !== id) {
          const same = prior.shown === p ? `'${p}'` : `'${p}' (read as '${prior.shown}')`;
          n.fail(`phrase ${same} is in two states of ${what}, '${prior.state}' (${prior.node.file.path}:${prior.node.line()}) and '${id}'`);
        }
        if (prior) continue;
        stems.set(key, { state: id, shown: p, node: n });
        list.push(p);
      }
    if (!state.phrases.length && !state.alone.length) (phrasesNode ?? aloneNode ?? node).fail(`state '${id}' of ${what} needs at least one phrase`);
    const impliesNode = f.get('implies');
    if (impliesNode) {
      state.implies = identifier(impliesNode, 'implies', SLUG, 'the id of another state of this kind');
      implied.set(id, impliesNode);
    }
    states.push(state);
  }
  if (states.length === 0) statesNode.fail(`${what} has no states`);
  checkImplies(states, implied, what);
  const out: StatementFields = { states };
  if (about) out.about = about;
  if (togetherNode?.bool('together')) out.together = true;
  return out;
}

function phraseList(node: Node, what: string): string[] {
  return unique(node.list(`${what}s`).map((n) => phrase(n, what, MIN_PHRASE_CHARS, true)));
}

/** A state phrase: words, with "..." only between two of them. */
function statePhrase(node: Node): string {
  const text = phrase(node, 'phrase', MIN_PHRASE_CHARS, true);
  const stems = phraseStems(text);
  if (!stems.some((s) => s !== GAP)) node.fail(`phrase '${text}' has no words`);
  if (stems[0] === GAP || stems[stems.length - 1] === GAP || stems.some((s, i) => s === GAP && stems[i + 1] === GAP)) {
    node.fail(`phrase '${text}': '...' stands for words between two others, so it may not begin or end a phrase or stand twice`);
  }
  return text;
}

/** `implies` names another state of the kind, and following it never comes back. */
function checkImplies(states: StatementState[], implied: Map<string, Node>, what: string): void {
  const byId = new Map(states.map((s) => [s.id, s]));
  for (const [id, node] of implied) {
    const target = byId.get(id)!.implies!;
    if (!byId.has(target)) node.fail(`state '${id}' of ${what} implies unknown state '${target}'; states: ${[...byId.keys()].join(', ')}`);
    const seen = new Set([id]);
    for (let at = byId.get(target); at?.implies; at = byId.get(at.implies)) {
      if (seen.has(at.id)) node.fail(`state '${id}' of ${what} implies itself through '${target}'`);
      seen.add(at.id);
    }
  }
}
