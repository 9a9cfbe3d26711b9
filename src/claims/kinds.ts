// The `kinds:` section: what a claim is and which words tie a mention to it.
import type { ClaimKind, ValueType } from '../model/types.js';
import type { Node } from '../util/yamlNode.js';
import type { Registry } from './registry.js';
import { MIN_PHRASE_CHARS } from './limits.js';
import { readStatement } from './statements.js';
import { identifier, KIND_KEY, phrase, SLUG, unique } from './text.js';

const KIND_FIELDS = ['key', 'label', 'type', 'dimension', 'cues', 'exclude', 'context', 'categories', 'nouns', 'before', 'tolerance', 'parts', 'evidence', 'cumulative', 'relative', 'units', 'about', 'states', 'together'] as const;
const EVIDENCE = ['identity', 'tested'] as const;
const VALUE_TYPES: readonly ValueType[] = ['quantity', 'date', 'time', 'place', 'category', 'statement'];
// Tolerance widens an interval; only quantities and times have one.
const TOLERANT: readonly ValueType[] = ['quantity', 'time'];

/** A kind plus the nodes whose names are checked once every file is read. */
export interface KindRef {
  kind: ClaimKind;
  dimension?: Node;
  categories?: Node;
  parts?: Node;
  units?: Node;
}

export function readKinds(section: Node, keys: Registry): KindRef[] {
  return section.list('kinds').map((item) => readKind(item, keys));
}

function readKind(item: Node, keys: Registry): KindRef {
  const f = item.fields(KIND_FIELDS, 'a kind');
  const keyNode = f.require('key', 'a kind');
  const key = identifier(keyNode, 'key', KIND_KEY, 'dotted lower-case words such as launch.distance');
  keys.add(key, key, keyNode);
  const what = `kind '${key}'`;
  const label = phrase(f.require('label', what), 'label', 1, false);

  const typeNode = f.require('type', what);
  const type = typeNode.str('type') as ValueType;
  if (!VALUE_TYPES.includes(type)) typeNode.fail(`unknown type '${type}'; allowed: ${VALUE_TYPES.join(', ')}`);

  const dimension = onlyFor(f.get('dimension'), type === 'quantity', 'dimension', 'quantity');
  if (type === 'quantity' && !dimension) item.fail(`${what} is a quantity and needs 'dimension'`);
  const categories = onlyFor(f.get('categories'), type === 'category', 'categories', 'category');
  if (type === 'category' && !categories) item.fail(`${what} is a category and needs 'categories' (a category set)`);
  const nounsNode = onlyFor(f.get('nouns'), type === 'quantity', 'nouns', 'quantity');
  const toleranceNode = onlyFor(f.get('tolerance'), TOLERANT.includes(type), 'tolerance', 'quantity and time');

  // A statement's phrases are its cues; every other kind ties a value to itself by its cue words.
  const statement = type === 'statement';
  const cuesNode = statement ? onlyFor(f.get('cues'), false, 'cues', 'non-statement') : f.require('cues', what);
  const cues = cuesNode ? phrases(cuesNode, 'cue') : [];
  if (cuesNode && cues.length === 0) cuesNode.fail(`${what} needs at least one cue`);
  const excludeNode = f.get('exclude');
  const excludeCues = excludeNode ? phrases(excludeNode, 'exclude cue') : [];
  const clash = cues.find((c) => excludeCues.includes(c));
  if (clash !== undefined) excludeNode?.fail(`'${clash}' is both a cue and an exclude cue`);

  const kind: ClaimKind = { key, label, type, cues, excludeCues, file: item.file.path, line: item.line() };
  const statementFields = (['about', 'states', 'together'] as const).map((field) => onlyFor(f.get(field), statement, field, 'statement'));
  if (statement) Object.assign(kind, readStatement(item, what, ...statementFields));
  if (dimension) kind.dimension = identifier(dimension, 'dimension', SLUG, 'a lower-case word such as length');
  if (categories) kind.categories = identifier(categories, 'categories', SLUG, 'a category set name such as missile-type');
  if (nounsNode) kind.nouns = phrases(nounsNode, 'noun');
  const beforeNode = onlyFor(f.get('before'), type === 'quantity', 'before', 'quantity');
  if (beforeNode) kind.before = phrases(beforeNode, 'lead phrase');
  const contextNode = f.get('context');
  if (contextNode) kind.context = phrases(contextNode, 'context word');
  if (toleranceNode) kind.tolerance = tolerance(toleranceNode);
  const parts = onlyFor(f.get('parts'), type === 'quantity', 'parts', 'quantity');
  if (parts) kind.parts = parts.list('parts').map((n) => identifier(n, 'part', KIND_KEY, 'kind keys such as people.crew'));
  const unitsNode = onlyFor(f.get('units'), type === 'quantity', 'units', 'quantity');
  if (unitsNode) kind.units = unitsNode.list('units').map((n) => n.str('unit'));
  const evidenceNode = f.get('evidence');
  if (evidenceNode) kind.evidence = evidenceOf(evidenceNode, type);
  const cumulative = onlyFor(f.get('cumulative'), type === 'quantity', 'cumulative', 'quantity');
  if (cumulative?.bool('cumulative')) kind.cumulative = true;
  const relativeNode = onlyFor(f.get('relative'), type === 'quantity', 'relative', 'quantity');
  if (relativeNode?.bool('relative')) {
    // Only a distance is measured from a place ("40 km north-west of Ridgeview").
    if (kind.dimension !== 'length') relativeNode.fail(`'relative' applies only to kinds of dimension length: only a distance is measured from a place`);
    kind.relative = true;
  }
  return { kind, dimension, categories, parts, ...(unitsNode ? { units: unitsNode } : {}) };
}

/** The node when the field is allowed for this type; a field meant for another type is a mistake, not noise. */
function onlyFor(node: Node | undefined, allowed: boolean, field: string, types: string): Node | undefined {
  if (node && !allowed) node.fail(`'${field}' applies only to ${types} kinds`);
  return node;
}

/** Lower-cased cue-like phrases; a repeat is dropped rather than reported, as it changes nothing. */
export function phrases(node: Node, what: string): string[] {
  return unique(node.list(`${what}s`).map((n) => phrase(n, what, MIN_PHRASE_CHARS, true)));
}

function evidenceOf(node: Node, type: ValueType): ClaimKind['evidence'] {
  const value = node.str('evidence') as (typeof EVIDENCE)[number];
  if (!EVIDENCE.includes(value)) node.fail(`unknown evidence '${value}'; allowed: ${EVIDENCE.join(', ')}`);
  // A date is weighed apart, by its own rules: it is neither.
  if (type === 'date') node.fail(`'evidence' does not apply to date kinds: a date is weighed by its own rules`);
  // A statement is what sources are compared on, never what tells happenings apart.
  if (type === 'statement') node.fail(`'evidence' does not apply to statement kinds: a statement is compared, never weighed for identity`);
  return value;
}

function tolerance(node: Node): number {
  const value = node.num('tolerance');
  if (value < 0 || value >= 1) node.fail(`tolerance ${value} is out of range: expected a fraction from 0 up to (not including) 1`);
  return value;
}
