import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/claims/index.js';
import { StatementScanner } from '../../src/extract/statements.js';

// The statement matcher on a pack of its own: what `about`, `alone`, `exclude`, `context` and "..." do.
const PACK = `kinds:
  - key: test.gear
    label: gear
    type: statement
    about: [landing gear]
    states:
      - id: down
        label: gear down
        phrases: [be deployed]
      - id: up
        label: gear up
        phrases: [fail to deploy, not deploy]
        alone: [belly landing]
  - key: test.cause
    label: cause
    type: statement
    together: true
    states:
      - { id: birds, label: birds, phrases: ["collision ... with birds"] }
    exclude: [ruled out]
  - key: test.flights
    label: flights
    type: statement
    about: [flights]
    context: [airport]
    states:
      - { id: off, label: flights off, phrases: [cancel] }
`;
const scanner = new StatementScanner(loadKnowledge([{ path: 'test.yaml', content: PACK }]).kinds);
const read = (text: string) => scanner.find(text).map((f) => `${f.kind} ${f.raw.state}${f.raw.hedged ? '?' : ''}: ${text.slice(f.start, f.end)}`);

describe('the statement matcher', () => {
  it.each([
    ['The landing gear failed to deploy.', ['test.gear up: landing gear failed to deploy']],
    // The subject may stand a few words away, before or after, in the same clause.
    ['The landing gear on the old jet apparently did not deploy.', ['test.gear up?: landing gear on the old jet apparently did not deploy']],
    ['The crew could not deploy the landing gear.', ['test.gear up: not deploy the landing gear']],
    // The negated phrase is longer and wins where the plain one overlaps it; a negation before the plain one drops it.
    ['The landing gear was not deployed.', ['test.gear up: landing gear was not deployed']],
    ['No landing gear was deployed.', []],
    // Alone: no subject needed.
    ['It made a belly landing.', ['test.gear up: belly landing']],
    // Without its subject in the clause a phrase states nothing.
    ['The army failed to deploy troops, and the landing gear stayed in its bay.', []],
    ['The landing gear was inspected; the troops were deployed.', []],
    // "..." lets a few words stand between; `exclude` rules the kind out in its clause.
    ['It was a collision of the plane with birds.', ['test.cause birds: collision of the plane with birds']],
    ['Investigators ruled out a collision with birds.', []],
    // `context`: one of its words must stand in the sentence.
    ['All flights at the airport were cancelled.', ['test.flights off: flights at the airport were cancelled']],
    ['All flights to the island were cancelled.', []],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
