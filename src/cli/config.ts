// verify.config.yaml: a project's settings, found from the working directory upward as ESLint and markdownlint find
// theirs. Every key is checked against what it may hold; a mistake is one line naming the file, the line and the
// allowed values (exit 2). Paths in the file are relative to the folder that holds it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Knowledge } from '../model/types.js';
import { FORMAT_NAMES, type FormatName } from '../report/index.js';
import { isUrl } from '../web/settings.js';
import { InputError } from '../util/errors.js';
import { parseYaml } from '../util/yaml.js';
import { Locator } from '../util/yamlLocate.js';
import { Node, SourceFile } from '../util/yamlNode.js';

export const CONFIG_FILE = 'verify.config.yaml';
export const FAIL_ON = ['conflict', 'variance', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

const KEYS = ['paths', 'claims', 'out', 'fail-on', 'max-variances', 'formats', 'tolerances', 'exclude', 'feeds', 'cache-dir'] as const;
const CLAIMS_KEYS = ['paths', 'replace'] as const;
// A config file is a few lines; anything this big is not one.
const MAX_CONFIG_CHARS = 200_000;

/** A tolerance the file sets for a claim kind, with where it was set: the kind is checked once the packs are loaded. */
export interface ToleranceSetting {
  key: string;
  value: number;
  line: number;
}

export interface VerifyConfig {
  /** The file, as found. */
  file: string;
  paths?: string[];
  claims?: { dirs: string[]; replace: boolean };
  out?: string;
  failOn?: FailOn;
  maxVariances?: number;
  /** Written into the out folder, as several --format names are. */
  formats?: FormatName[];
  tolerances?: ToleranceSetting[];
  exclude?: string[];
  /** Feed files (anchored at the file's folder) or addresses, read when no path, --urls or --feed is given. */
  feeds?: string[];
  cacheDir?: string;
}

/** The nearest file called `name` at or above `from`, as ESLint and markdownlint find theirs, or undefined. */
export function findUpward(name: string, from = process.cwd()): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The nearest verify.config.yaml at or above `from`, or undefined. */
export const findConfig = (from?: string) => findUpward(CONFIG_FILE, from);

/** Reads and checks a config file. */
export function loadConfig(file: string): VerifyConfig {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (err) {
    throw new InputError(`cannot read the config file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, file);
  }
  if (content.length > MAX_CONFIG_CHARS) throw new InputError(`config file has ${content.length} characters; the limit is ${MAX_CONFIG_CHARS}`, file);
  return readConfig(file, content);
}

/** The settings of one config file's text. Pure: `file` names it in errors and anchors its relative paths. */
export function readConfig(file: string, content: string): VerifyConfig {
  const doc = parseYaml(content, file);
  const config: VerifyConfig = { file };
  // An empty file (or one of comments) sets nothing.
  if (doc === undefined || doc === null) return config;
  const base = dirname(resolve(file));
  const at = (p: string) => resolve(base, p);
  // A web address is where it is, wherever the file lies.
  const atOrUrl = (p: string) => (isUrl(p) ? p : at(p));
  const source = new SourceFile(file, () => new Locator(content));
  const f = new Node(source, doc, '', () => source.loc.root()).fields(KEYS, 'the config file');
  const paths = f.get('paths');
  if (paths) config.paths = strings(paths, 'paths').map(atOrUrl);
  const feeds = f.get('feeds');
  if (feeds) config.feeds = strings(feeds, 'feeds').map(atOrUrl);
  const cacheDir = f.get('cache-dir');
  if (cacheDir) config.cacheDir = at(nonEmpty(cacheDir, 'cache-dir'));
  const claims = f.get('claims');
  if (claims) config.claims = typeof claims.value === 'string' ? { dirs: [at(claims.value)], replace: false } : claimsSetting(claims, at);
  const out = f.get('out');
  if (out) config.out = at(nonEmpty(out, 'out'));
  const failOn = f.get('fail-on');
  if (failOn) config.failOn = oneOf(failOn, 'fail-on', FAIL_ON);
  const maxVariances = f.get('max-variances');
  if (maxVariances) config.maxVariances = count(maxVariances, 'max-variances');
  const formats = f.get('formats');
  if (formats) config.formats = formats.list('formats').map((n) => oneOf(n, 'format', FORMAT_NAMES));
  const tolerances = f.get('tolerances');
  if (tolerances) config.tolerances = toleranceSettings(tolerances);
  const exclude = f.get('exclude');
  if (exclude) config.exclude = strings(exclude, 'exclude');
  return config;
}

function claimsSetting(node: Node, at: (p: string) => string): { dirs: string[]; replace: boolean } {
  if (node.value === null || typeof node.value !== 'object' || Array.isArray(node.value)) {
    node.fail("claims must be a folder, or a mapping with 'paths' (folders) and 'replace' (true to drop the bundled packs)");
  }
  const c = node.fields(CLAIMS_KEYS, 'claims');
  const paths = c.get('paths');
  const replace = c.get('replace');
  return { dirs: paths ? strings(paths, 'claims.paths').map(at) : [], replace: replace ? replace.bool('claims.replace') : false };
}

function toleranceSettings(node: Node): ToleranceSetting[] {
  const map = node.value;
  if (map === null || typeof map !== 'object' || Array.isArray(map)) node.fail('tolerances must be a mapping of claim kinds to fractions (launch.distance: 0.05)');
  return Object.keys(map as object)
    .sort()
    .map((key) => {
      const child = node.child(key, (map as Record<string, unknown>)[key]);
      const value = child.num(`the tolerance of ${key}`);
      if (value < 0 || value >= 1) child.fail(`tolerance ${value} is out of range: expected a fraction from 0 up to (not including) 1`);
      return { key, value, line: child.line() };
    });
}

/** A string or a list of strings, each non-empty. */
function strings(node: Node, what: string): string[] {
  return typeof node.value === 'string' ? [nonEmpty(node, what)] : node.list(what).map((n) => nonEmpty(n, `an entry of ${what}`));
}

function nonEmpty(node: Node, what: string): string {
  const text = node.str(what);
  if (!text.trim()) node.fail(`${what} is empty`);
  return text;
}

function oneOf<T extends string>(node: Node, what: string, allowed: readonly T[]): T {
  const text = node.str(what);
  if (!(allowed as readonly string[]).includes(text)) node.fail(`unknown ${what} '${text}'; allowed: ${allowed.join(', ')}`);
  return text as T;
}

function count(node: Node, what: string): number {
  const n = node.num(what);
  if (!Number.isInteger(n) || n < 0) node.fail(`${what} must be a whole number, 0 or more, not ${n}`);
  return n;
}

/** The knowledge with the config's tolerances set; a kind no pack defines, or one that takes none, is an error at its line. */
export function applyTolerances(knowledge: Knowledge, config: VerifyConfig): Knowledge {
  if (!config.tolerances?.length) return knowledge;
  const set = new Map(config.tolerances.map((t) => [t.key, t]));
  for (const t of config.tolerances) {
    const kind = knowledge.kinds.find((k) => k.key === t.key);
    if (!kind) {
      const known = knowledge.kinds.filter((k) => TOLERANT.includes(k.type)).map((k) => k.key).sort();
      throw new InputError(`tolerances: no claim kind '${t.key}' in the loaded packs; kinds that take a tolerance: ${known.join(', ')}`, config.file, t.line);
    }
    if (!TOLERANT.includes(kind.type)) throw new InputError(`tolerances: '${t.key}' is a ${kind.type} kind; only quantity and time kinds take a tolerance`, config.file, t.line);
  }
  return { ...knowledge, kinds: knowledge.kinds.map((k) => (set.has(k.key) ? { ...k, tolerance: set.get(k.key)!.value } : k)) };
}

const TOLERANT: readonly string[] = ['quantity', 'time'];
