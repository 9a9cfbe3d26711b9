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

/**
 * YAML text of plain data, read back by parseYaml as the same data: keys in the order given, no line folding,
 * no anchors. `flow` writes one line (`{a: 1, b: [x, y]}`), for records people are not meant to edit.
 */
export function dumpYaml(value: unknown, options: { flow?: boolean } = {}): string {
  return yaml.dump(value, { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true, flowLevel: options.flow ? 0 : -1, quotingType: '"' });
}
