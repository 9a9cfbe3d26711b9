import { describe, expect, it } from 'vitest';
import { extractCandidates, prepareExtractor } from '../../src/extract/index.js';
import { ingestAll } from '../../src/ingest/index.js';
import { shippedKnowledge } from '../helpers/knowledge.js';

// Statement claims of the shipped packs, read from messy copy. Each row: a text (a short article, so its pack's
// topic words are frequent enough), then what it must state as "kind state: quote", with "?" after the state
// where the text hedges it.
const ex = prepareExtractor(shippedKnowledge());
const statements = (text: string) =>
  extractCandidates(ingestAll([{ path: 't.txt', content: text }], {})[0], ex)
    .filter((c) => c.raw.type === 'statement')
    .map((c) => {
      const raw = c.raw as Extract<typeof c.raw, { type: 'statement' }>;
      return `${c.kind} ${raw.state}${raw.hedged ? '?' : ''}: ${c.span.text}${c.role === 'main' ? '' : ` (${c.role})`}`;
    });

// Enough crash words for the accident pack to be the article's subject.
const CRASH = 'The plane crash at the airport shocked the country. The crashed jet carried 120 passengers. ';
const QUAKE = 'A strong earthquake shook the coast on Monday. The quake was felt widely. ';
const LAUNCH = 'North Korea launched a ballistic missile on Monday. The missile launch was condemned. ';
const STORM = 'The typhoon lashed the coast on Monday. The storm weakened overnight. ';

describe('statements read by lemma and tense', () => {
  it.each([
    // The gear: subject in the clause before or after the phrase, any tense, negation in the phrase itself.
    [`${CRASH}Witnesses said the jet's landing gear failed to deploy as it came in.`, ['crash.landing-gear not-deployed: landing gear failed to deploy']],
    [`${CRASH}The landing gear fails to deploy in the footage, a pilot told us.`, ['crash.landing-gear not-deployed: landing gear fails to deploy']],
    [`${CRASH}The crew could not lower the undercarriage before touchdown.`, ['crash.landing-gear not-deployed: not lower the undercarriage']],
    [`${CRASH}The landing gear wasn't deployed, video from the tower shows.`, ['crash.landing-gear not-deployed: landing gear wasn\'t deployed']],
    [`${CRASH}It touched down without releasing its landing gear and skidded for 800 metres.`, ['crash.landing-gear not-deployed: without releasing its landing gear']],
    // Alone: a belly landing says the gear was up whatever the sentence names.
    [`${CRASH}The pilots opted for a belly-landing on the second try.`, ['crash.landing-gear not-deployed: belly-landing']],
    [`${CRASH}The jet belly landed and slid down runway 01.`, ['crash.landing-gear not-deployed: belly landed']],
    [`${CRASH}Footage showed the aircraft sliding on its belly.`, ['crash.landing-gear not-deployed: on its belly']],
    // Deployed is said of the gear as it was, and a hedge keeps it, marked.
    [`${CRASH}The landing gear appeared to be deployed in photos taken from the terminal.`, ['crash.landing-gear deployed?: landing gear appeared to be deployed']],
    [`${CRASH}Its landing gear was down when it hit the ground.`, ['crash.landing-gear deployed: landing gear was down']],
    // Struck a structure: one state whatever the structure is called.
    [`${CRASH}The jet overran the runway and slammed into a concrete embankment.`, ['crash.obstacle struck: slammed into a concrete embankment']],
    [`${CRASH}The aircraft struck a localizer antenna at the far end.`, ['crash.obstacle struck: struck a localizer']],
    [`${CRASH}The plane was seen striking the perimeter fence.`, ['crash.obstacle struck: striking the perimeter fence']],
    [`${CRASH}The plane collides with a wall in the clip.`, ['crash.obstacle struck: collides with a wall']],
    // Go-around.
    [`${CRASH}The pilots had aborted an earlier landing attempt, officials said.`, ['crash.go-around aborted: aborted an earlier landing attempt']],
    [`${CRASH}Controllers cleared the plane for a go-around.`, ['crash.go-around aborted: go-around']],
    // Causes, hedged or not, and their subject in the clause.
    [`${CRASH}Officials suspect a bird strike damaged an engine.`, ['crash.cause bird-strike?: suspect a bird strike']],
    [`${CRASH}The crash was caused by a flock of birds hitting the engines.`, ['crash.cause bird-strike: caused by a flock of birds']],
    [`${CRASH}Investigators blamed the crash on pilot error.`, ['crash.cause pilot-error: blamed the crash on pilot error']],
    [`${CRASH}The pilot declared a bird-strike emergency two minutes earlier.`, ['crash.cause bird-strike: declared a bird-strike']],
    // Flights at the airport: cancel, canceled, cancelled, cancels.
    [`${CRASH}All flights at the airport were canceled until further notice.`, ['airport.flights suspended: flights at the airport were canceled']],
    [`${CRASH}The airport cancels all flights through Tuesday.`, ['airport.flights suspended: cancels all flights']],
    [`${CRASH}Authorities suspended departures from the airport for the day.`, ['airport.flights suspended: suspended departures']],
    // Quakes: issued, lifted, not issued; a negation before the plain form makes it the negated state, not issued.
    [`${QUAKE}The agency issued a tsunami warning minutes after the shaking.`, ['quake.tsunami-warning issued: issued a tsunami warning']],
    [`${QUAKE}The tsunami warnings were lifted at noon.`, ['quake.tsunami-warning lifted: tsunami warnings were lifted']],
    [`${QUAKE}No tsunami warning was issued, the agency said.`, ['quake.tsunami-warning not-issued: No tsunami warning']],
    [`${QUAKE}The quake did not trigger a tsunami alert.`, ['quake.tsunami-warning not-issued: not trigger a tsunami alert']],
    // A warning said of a coast is qualified (see the compare tests); the reading is the same.
    [`${QUAKE}A tsunami warning was issued for the coast of the province.`, ['quake.tsunami-warning issued: tsunami warning was issued']],
    // Storms and launches.
    [`${STORM}The observatory lowered the No. 8 typhoon signal at 12:40 p.m.`, ['storm.warning lowered: lowered the No. 8 typhoon signal']],
    [`${LAUNCH}Tokyo said the missile fell outside its exclusive economic zone.`, ['landing.eez outside: fell outside its exclusive economic zone']],
    [`${LAUNCH}Japan said the missile did not land in its EEZ.`, ['landing.eez outside: not land in its EEZ']],
    [`${LAUNCH}The missile is estimated to have landed inside Japan's EEZ.`, ['landing.eez inside?: landed inside Japan\'s EEZ']],
  ])('%s', (text, expected) => {
    expect(statements(text)).toEqual(expected);
  });
});

describe('words in another sense state nothing', () => {
  it.each([
    // "deploy", "wall", "cancel", "strike" in other senses.
    [`${CRASH}The army said it would deploy troops to help at the site.`],
    [`${CRASH}Rescuers in protective gear were deployed to the runway.`],
    [`${CRASH}Firefighters faced a wall of flames as the fuel burned.`],
    [`${STORM}A wall of water hit the sea front as the storm came ashore.`],
    [`${CRASH}The airline cancelled the press conference it had called for noon.`],
    [`${CRASH}The union cancelled its planned strike after the crash.`],
    [`${CRASH}The landing was smooth, a passenger on an earlier plane said.`],
    // Negated, questioned or ruled out: no statement at all.
    [`${CRASH}Investigators have ruled out a bird strike as the cause.`],
    [`${CRASH}It was unclear whether the landing gear was deployed.`],
    [`${CRASH}Officials would not say if flights at the airport were cancelled.`],
    [`${QUAKE}Residents asked whether a tsunami warning had been issued.`],
    // A structure struck by something else than a vehicle: the sentence names none.
    [`${STORM}The surge hit the sea wall at dawn.`],
    // A go-around needs a landing: a takeoff aborted is no go-around.
    [`${CRASH}The crew aborted takeoff and the jet crash-landed.`],
  ])('%s', (text) => {
    expect(statements(text)).toEqual([]);
  });
});
