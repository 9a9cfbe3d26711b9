// The one module that imports js-yaml: claim definitions and article front matter both parse through it.
import yaml from 'js-yaml';
import { InputError } from './errors.js';

/** Parses YAML safely (no custom tags, duplicate keys rejected); syntax errors become InputError with the line. */
export function parseYaml(text: string, file: string): unknown {
  try {
    return yaml.load(text, { filename: file, schema: yaml.CORE_SCHEMA, json: false });
  } catch (err) {
    if (err instanceof yaml.YAMLException) {
      const line = err.mark ? err.mark.line + 1 : undefined;
      throw new InputError(`invalid YAML: ${err.reason}`, file, line);
    }
    throw err;
  }
}

/** YAML text of plain data, deterministic: keys in the given order, no anchors, no line folding. */
export function dumpYaml(value: unknown): string {
  return yaml.dump(value, { lineWidth: -1, noRefs: true, sortKeys: false, quotingType: '"' });
}
