// A gold file (the format of ../shared/seeds/gold.yaml, and of ../shared/real/*/gold.yaml, which name their one
// event in a top-level `event:` text instead of an `events:` list): human-annotated claims, each with the
// verbatim spans that state it per source. Validated on load; every problem is an InputError with file and line.
import { Locator } from '../util/yamlLocate.js';
import { Node, SourceFile, type Fields } from '../util/yamlNode.js';
import { InputError } from '../util/errors.js';
import { parseYaml } from '../util/yaml.js';

export const GOLD_VERDICTS = ['agree', 'conflict', 'variance', 'single-source'] as const;
export type GoldVerdict = (typeof GOLD_VERDICTS)[number];

export interface GoldValue {
  /** File stem of the article, e.g. `000_e0e358a66f5f41eb`. */
  source: string;
  /** Verbatim span of the source. */
  text: string;
  /** false: a checker may report or skip it. */
  required: boolean;
}

export interface GoldClaim {
  key: string;
  event?: string;
  verdict: GoldVerdict;
  /** false: the whole claim is optional (never counted in recall, pairing or verdicts). */
  required: boolean;
  values: GoldValue[];
}

export interface Gold {
  claims: GoldClaim[];
}

const FILE_FIELDS = ['event', 'events', 'claims', 'distractors'] as const;
const EVENT_FIELDS = ['id', 'description', 'note'] as const;
const CLAIM_FIELDS = ['key', 'event', 'verdict', 'required', 'note', 'values'] as const;
const VALUE_FIELDS = ['source', 'text', 'value', 'unit', 'required', 'note'] as const;
const DISTRACTOR_FIELDS = ['source', 'text', 'why', 'note'] as const;

/** Parses and checks a gold file; `file` names it in messages. Pure. */
export function parseGold(text: string, file: string): Gold {
  const doc = parseYaml(text, file);
  if (doc === undefined || doc === null) throw new InputError('the gold file is empty', file);
  const source = new SourceFile(file, () => new Locator(text));
  const root = new Node(source, doc, '', () => source.loc.root());
  const f = root.fields(FILE_FIELDS, 'a gold file');

  // A folder of one event describes it in words; claims then name no event.
  const eventNode = f.get('event');
  if (eventNode) nonEmpty(eventNode, 'event');
  const events = new Set<string>();
  for (const node of f.get('events')?.list('events') ?? []) {
    const id = nonEmpty(node.fields(EVENT_FIELDS, 'an event').require('id', 'an event'), 'id');
    if (events.has(id)) node.fail(`duplicate event id '${id}'`);
    events.add(id);
  }
  for (const node of f.get('distractors')?.list('distractors') ?? []) {
    const d = node.fields(DISTRACTOR_FIELDS, 'a distractor');
    nonEmpty(d.require('source', 'a distractor'), 'source');
    nonEmpty(d.require('text', 'a distractor'), 'text');
  }
  const claims = f.require('claims', 'a gold file').list('claims');
  return { claims: claims.map((node) => readClaim(node, events)) };
}

function readClaim(node: Node, events: Set<string>): GoldClaim {
  const c = node.fields(CLAIM_FIELDS, 'a claim');
  const key = nonEmpty(c.require('key', 'a claim'), 'key');
  const eventNode = c.get('event');
  const event = eventNode && nonEmpty(eventNode, 'event');
  if (event !== undefined && events.size && !events.has(event)) {
    eventNode!.fail(`unknown event '${event}'; events: ${[...events].join(', ')}`);
  }
  const verdictNode = c.require('verdict', 'a claim');
  const verdict = verdictNode.str('verdict');
  if (!(GOLD_VERDICTS as readonly string[]).includes(verdict)) {
    verdictNode.fail(`unknown verdict '${verdict}'; allowed: ${GOLD_VERDICTS.join(', ')}`);
  }
  const valuesNode = c.require('values', 'a claim');
  const values = valuesNode.list('values');
  if (!values.length) valuesNode.fail('a claim needs at least one value');
  return {
    key,
    ...(event === undefined ? {} : { event }),
    verdict: verdict as GoldVerdict,
    required: flag(c),
    values: values.map(readValue),
  };
}

function readValue(node: Node): GoldValue {
  const v = node.fields(VALUE_FIELDS, 'a value');
  return {
    source: nonEmpty(v.require('source', 'a value'), 'source'),
    text: nonEmpty(v.require('text', 'a value'), 'text'),
    required: flag(v),
  };
}

// An empty text would be contained in every report text of its source, so it would always be "found".
function nonEmpty(node: Node, what: string): string {
  const s = node.str(what);
  if (s.trim() === '') node.fail(`${what} must not be empty`);
  return s;
}

function flag(fields: Fields): boolean {
  const node = fields.get('required');
  if (node === undefined) return true;
  if (typeof node.value !== 'boolean') node.fail('required must be true or false');
  return node.value as boolean;
}
