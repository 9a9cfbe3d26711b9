import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { toJsonReport } from '../../src/report/index.js';
import { cleanReport, seedReport } from './fixtures.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'));
// strict mode makes a typo in the schema itself (an unknown keyword) fail here rather than pass silently.
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

/** A fresh, valid JSON report to break one piece at a time. */
function validJson(): Record<string, any> {
  return JSON.parse(JSON.stringify(toJsonReport(seedReport())));
}

describe('schema/report.schema.json', () => {
  it.each([
    ['seed', seedReport],
    ['clean', cleanReport],
  ])('accepts toJsonReport of the %s fixture', (_name, build) => {
    const ok = validate(JSON.parse(JSON.stringify(toJsonReport(build()))));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('accepts the bare minimum: no optional field anywhere', () => {
    const json = validJson();
    for (const source of json.sources) delete source.title, delete source.published;
    for (const event of json.events) delete event.date, delete event.background;
    for (const finding of json.findings) {
      delete finding.label;
      for (const value of finding.values) delete value.type, delete value.attribution, delete value.zone;
    }
    expect(validate(json)).toBe(true);
  });

  it.each<[string, (json: Record<string, any>) => void]>([
    ['wrong schemaVersion', (json) => (json.schemaVersion = 2)],
    ['missing summary', (json) => delete json.summary],
    ['unknown top-level field', (json) => (json.extra = true)],
    ['source without path', (json) => delete json.sources[0].path],
    ['published not an ISO day', (json) => (json.sources[0].published = '6 Jan 2025')],
    ['unknown source field', (json) => (json.sources[0].url = 'https://example.com')],
    ['event sources not an array', (json) => (json.events[0].sources = '000_alpha')],
    ['unknown verdict', (json) => (json.findings[0].verdict = 'maybe')],
    ['finding without values', (json) => (json.findings[0].values = [])],
    ['value with line 0', (json) => (json.findings[0].values[0].line = 0)],
    ['value without display', (json) => delete json.findings[0].values[0].display],
    ['quantity value as text', (json) => (json.findings[0].values[0].value = '1,100')],
    ['quantity without unit', (json) => delete json.findings[0].values[0].unit],
    ['date value as number', (json) => (json.findings[1].values[0].value = 20250106)],
    ['negative count', (json) => (json.summary.conflict = -1)],
    ['fractional count', (json) => (json.summary.agree = 1.5)],
    ['summary missing singleSource', (json) => delete json.summary.singleSource],
  ])('rejects %s', (_name, breakIt) => {
    const json = validJson();
    breakIt(json);
    expect(validate(json)).toBe(false);
  });
});
