import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/knowledge.js';
import { runJson } from '../helpers/run.js';

// Statement claims end to end, through the command line's JSON report. The articles are the golden folders
// tests/cases/statement-states (the airline contradicts a witness account of the landing gear) and
// tests/cases/statement-agree (two outlets tell one crash in different words).
const CASES = join(ROOT, 'tests', 'cases');

interface JsonFinding {
  claim: string;
  event: string;
  verdict: string;
  reason?: string;
  summary: string;
  values: { source: string; text: string; line: number; column: number; value: string; type: string; display: string }[];
}

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8'));
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

/** The CLI's JSON report of a case folder, checked against the report schema. */
function report(name: string): { code: number | null; findings: JsonFinding[] } {
  const r = runCli([join(CASES, name, 'articles'), '--format', 'json']);
  expect(r.stderr).toBe('');
  const json = JSON.parse(r.stdout);
  validate(json);
  expect(validate.errors ?? []).toEqual([]);
  return { code: r.code, findings: (json as { findings: JsonFinding[] }).findings };
}

/** "event claim verdict [(reason)]: source=state ..." for every statement finding. */
const lines = (findings: JsonFinding[]) =>
  findings
    .filter((f) => f.values.some((v) => v.type === 'statement'))
    .map((f) => `${f.event} ${f.claim} ${f.verdict}${f.reason ? ` (${f.reason})` : ''}: ${f.values.map((v) => `${v.source}=${v.value}`).join(' ')}`);

describe('statements through the CLI', () => {
  it('two sources stating different states of the landing gear conflict; the same states agree', () => {
    const { code, findings } = report('statement-states');
    expect(code).toBe(1);
    expect(lines(findings)).toEqual([
      '2026-05-03 crash.landing-gear conflict (different-states): coastline-daily=not-deployed valley-ledger=deployed',
      '2026-05-03 crash.obstacle agree: coastline-daily=struck valley-ledger=struck',
      '2026-05-03 crash.go-around single-source: valley-ledger=aborted',
      '2026-05-03 crash.cause agree: coastline-daily=bird-strike valley-ledger=bird-strike',
      '2026-05-03 airport.flights agree: coastline-daily=suspended valley-ledger=suspended',
      // "In 2019, … its landing gear was deployed": another happening, never weighed against Sunday's crash.
      '2019-01 crash.landing-gear single-source: coastline-daily=deployed',
    ]);
    const gear = findings.find((f) => f.claim === 'crash.landing-gear' && f.verdict === 'conflict')!;
    expect(gear.summary).toBe(
      'coastline-daily says landing gear not deployed but valley-ledger says landing gear deployed: different states of one thing, and neither told as a suspicion.',
    );
  });

  it('different wordings of one state agree, and every quote stands verbatim at its line and column', () => {
    const { code, findings } = report('statement-agree');
    expect(code).toBe(0);
    expect(lines(findings)).toEqual([
      '2026-05-03 crash.landing-gear agree: coastline-daily=not-deployed harbour-post=not-deployed harbour-post=not-deployed',
      '2026-05-03 crash.obstacle agree: coastline-daily=struck harbour-post=struck',
      '2026-05-03 crash.go-around single-source: harbour-post=aborted',
      '2026-05-03 crash.cause agree: coastline-daily=bird-strike harbour-post=bird-strike',
      '2026-05-03 airport.flights agree: coastline-daily=suspended harbour-post=suspended',
      '2019-01 crash.landing-gear single-source: coastline-daily=deployed',
    ]);
    const quotes = findings.flatMap((f) => f.values.filter((v) => v.type === 'statement'));
    expect(quotes.map((v) => v.text)).toContain('landing gear failed to deploy');
    expect(quotes.map((v) => v.text)).toContain('crashed into a wall');
    expect(quotes.map((v) => v.text)).toContain('canceled all flights');
  });

  it('shows the reason in words in the terminal and in Markdown', () => {
    const dir = join(CASES, 'statement-states', 'articles');
    expect(runCli([dir, '--format', 'text']).stdout).toMatch(/3 May 2026\n {2}✖ conflict {2}landing gear \(different states\)/);
    expect(runCli([dir, '--format', 'md']).stdout).toContain('conflict (different states)');
  });
});

describe('statement verdicts', () => {
  // Two short reports of one happening: a crash (the accident pack) or a quake (the earthquake pack).
  const LEADS = {
    crash: 'Jet crashes at Port Elgin\n\nPORT ELGIN, May 4, 2026 (ID) — A passenger jet crashed at Port Elgin airport on Sunday, officials said. The plane crash killed three.',
    quake: 'Strong quake off Sumatra\n\nPADANG, March 4, 2026 (ID) — A strong earthquake struck off Sumatra on Wednesday. The quake was felt in Padang.',
  };
  const article = (lead: keyof typeof LEADS, id: string, body: string) => ({ path: `${id}.txt`, content: `${LEADS[lead].replace('ID', id)}\n\n${body}\n` });
  const verdictOf = (lead: keyof typeof LEADS, a: string, b: string, claim: string) =>
    runJson([article(lead, 'one', a), article(lead, 'two', b)])
      .findings.filter((f) => f.claim === claim)
      .map((f) => `${f.verdict}${f.reason ? ` (${f.reason})` : ''}`);

  it.each([
    // A state told as a suspicion never makes a conflict.
    ['crash', 'The landing gear failed to deploy.', 'The landing gear appears to have been deployed.', 'crash.landing-gear', 'variance (hedged-state)'],
    // Causes may hold together: a bird strike may stop an engine.
    ['crash', 'The crash was caused by a bird strike.', 'The crash was caused by an engine failure.', 'crash.cause', 'variance (states-may-coexist)'],
    // A warning lifted was issued: no conflict.
    ['quake', 'A tsunami warning was issued.', 'The tsunami warning was lifted at noon.', 'quake.tsunami-warning', 'agree'],
    ['quake', 'A tsunami warning was issued.', 'No tsunami warning was issued.', 'quake.tsunami-warning', 'conflict (different-states)'],
    // A warning said of another coast is a variance, not a conflict.
    ['quake', 'A tsunami warning was issued for the coast of West Sumatra.', 'There was no tsunami threat to Hawaii, the warning center said.', 'quake.tsunami-warning', 'variance (states-may-coexist)'],
  ] as const)('%s: %s / %s', (lead, a, b, claim, verdict) => {
    expect(verdictOf(lead, a, b, claim)).toEqual([verdict]);
  });
});
