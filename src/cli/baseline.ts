// verify-baseline.yaml: reading (every key checked, file:line errors) and writing. A person edits it to give each
// entry its reason, so writing it again keeps every reason already written for a finding still there.
import { readFileSync } from 'node:fs';
import type { BaselineEntry, Verdict } from '../model/types.js';
import { InputError } from '../util/errors.js';
import { dumpYaml, parseYaml } from '../util/yaml.js';
import { Locator } from '../util/yamlLocate.js';
import { Node, SourceFile } from '../util/yamlNode.js';
import { findUpward } from './config.js';

export const BASELINE_FILE = 'verify-baseline.yaml';
const FILE_KEYS = ['version', 'findings'] as const;
const ENTRY_KEYS = ['fingerprint', 'event', 'claim', 'verdict', 'quotes', 'reason'] as const;
const QUOTE_KEYS = ['source', 'text'] as const;
const VERDICTS: readonly Verdict[] = ['conflict', 'variance'];
const FINGERPRINT = /^[0-9a-f]{64}$/;
// A baseline of many thousand findings is still far below this.
const MAX_BASELINE_CHARS = 20_000_000;

/** The nearest verify-baseline.yaml at or above `from`, or undefined. */
export const findBaseline = (from?: string) => findUpward(BASELINE_FILE, from);

export function loadBaseline(file: string, options: { requireReasons?: boolean } = {}): BaselineEntry[] {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (err) {
    throw new InputError(`cannot read the baseline: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, file);
  }
  if (content.length > MAX_BASELINE_CHARS) throw new InputError(`baseline has ${content.length} characters; the limit is ${MAX_BASELINE_CHARS}`, file);
  return readBaseline(file, content, options);
}

/** The entries of a baseline's text; `file` names it in errors. */
export function readBaseline(file: string, content: string, options: { requireReasons?: boolean } = {}): BaselineEntry[] {
  const doc = parseYaml(content, file);
  if (doc === undefined || doc === null) return [];
  const source = new SourceFile(file, () => new Locator(content));
  const f = new Node(source, doc, '', () => source.loc.root()).fields(FILE_KEYS, 'the baseline');
  const version = f.get('version');
  if (version && version.num('version') !== 1) version.fail(`unknown baseline version ${String(version.value)}; this verify reads version 1`);
  const findings = f.get('findings');
  if (!findings || findings.value === null) return [];
  return findings.list('findings').map((node) => entry(node, options.requireReasons === true));
}

function entry(node: Node, requireReasons: boolean): BaselineEntry {
  const f = node.fields(ENTRY_KEYS, 'a baseline entry');
  const fingerprintNode = f.require('fingerprint', 'a baseline entry');
  const fingerprint = fingerprintNode.str('fingerprint');
  if (!FINGERPRINT.test(fingerprint)) fingerprintNode.fail('fingerprint must be 64 hexadecimal digits, as `verify baseline` writes it');
  const verdictNode = f.require('verdict', 'a baseline entry');
  const verdict = verdictNode.str('verdict') as Verdict;
  if (!VERDICTS.includes(verdict)) verdictNode.fail(`unknown verdict '${verdict}'; allowed: ${VERDICTS.join(', ')}`);
  const reasonNode = f.get('reason');
  const reason = reasonNode && reasonNode.value !== null ? reasonNode.str('reason').trim() : '';
  if (requireReasons && !reason) (reasonNode ?? node).fail('this entry gives no reason, and --require-reasons asks for one');
  const quotesNode = f.get('quotes');
  return {
    fingerprint,
    event: f.require('event', 'a baseline entry').str('event'),
    claim: f.require('claim', 'a baseline entry').str('claim'),
    verdict,
    quotes: quotesNode ? quotesNode.list('quotes').map(quote) : [],
    reason,
    line: node.line(),
  };
}

function quote(node: Node): { source: string; text: string } {
  const f = node.fields(QUOTE_KEYS, 'a quote');
  return { source: f.require('source', 'a quote').str('source'), text: f.require('text', 'a quote').str('text') };
}

/** The file's text: a comment saying what it is for, then the entries. Same entries, same bytes. */
export function baselineText(entries: readonly BaselineEntry[]): string {
  const findings = entries.map(({ fingerprint, event, claim, verdict, quotes, reason }) => ({ fingerprint, event, claim, verdict, quotes, reason }));
  const body = dumpYaml({ version: 1, findings });
  return (
    '# verify baseline: conflicts and variances accepted for now. A finding recorded here (matched by its\n' +
    '# fingerprint: event, claim and quoted values, never line numbers) does not fail `verify`; a new one does.\n' +
    "# Give each entry a reason; `verify --require-reasons` fails on an empty one. Rewrite with `verify baseline`.\n" +
    body
  );
}
