import { describe, expect, it } from 'vitest';
import type { BlockKind } from '../../src/model/types.js';
import { blockList, expectWellFormedBlocks, ingestOne, kindOf } from './helpers.js';

const LEAD = 'The rocket rose from a coastal pad at dawn and flew east for 900 kilometers, officials said.';
const CLOSE = 'Officials in the capital said they would study the flight data before commenting further.';

/** A small article with `line` standing alone between two body paragraphs. */
const around = (line: string) => `Harbor Rocket Test Draws Protest\n\n${LEAD}\n\n${line}\n\n${CLOSE}\n`;

describe('a line standing alone is classified by what it says', () => {
  it.each<[string, BlockKind]>([
    ['Photo by Ana Lindqvist/Reuters', 'caption'],
    ['A crowd watches the launch on a screen at a rail station. (AP Photo/Kim Min-ji)', 'caption'],
    ['Photo: Harbor Defense Ministry', 'caption'],
    ['Image: state television', 'caption'],
    ['Caption: the rocket on its pad', 'caption'],
    ['Credit: Harbor Press Agency', 'caption'],
    ['File photo shows an earlier test on the coast', 'caption'],
    ['Smoke trails over the bay on Sunday. EPA-EFE', 'caption'],
    ['Soldiers stand guard at the border crossing./AFP', 'caption'],
    ['Visitors look at a model rocket in a museum. Getty Images', 'caption'],
    ['By Maria Okafor', 'byline'],
    ['By Maria Okafor and Tom Reyes, Harbor Daily', 'byline'],
    ['Reporting by Lena Park; Editing by Joe Brand', 'byline'],
    ['(Reporting by Lena Park in Seoul)', 'byline'],
    ['Written by Sam Ortiz', 'byline'],
    ['Dana Whitfield is a freelance journalist who covers security in East Asia.', 'byline'],
    ['Over the years Marco Bell has spent nearly 20 years in broadcast journalism on three continents.', 'byline'],
    ['Related: Rocket fails shortly after liftoff', 'teaser'],
    ['Read more: what the launch means for the region', 'teaser'],
    ['See also: earlier tests in the region', 'teaser'],
    ['More from Harbor Daily', 'teaser'],
    ['You may also like', 'teaser'],
    ['Next Post Previous Post', 'teaser'],
    ['Most read', 'teaser'],
    ['Loading Now', 'boilerplate'],
    ['Post Comment', 'boilerplate'],
    ['Add Comment', 'boilerplate'],
    ['No Comment', 'boilerplate'],
    ['comment url', 'boilerplate'],
    ['Exit mobile version', 'boilerplate'],
    ['Original Source: www.example.org', 'boilerplate'],
    ['Share this article', 'boilerplate'],
    ['Advertisement', 'boilerplate'],
    ['Subscribe', 'boilerplate'],
    ['Sign up for our morning newsletter', 'boilerplate'],
    ['Copyright 2025 Harbor Daily. All rights reserved.', 'boilerplate'],
    ['© 2025 Harbor Daily', 'boilerplate'],
    ['Q: Where did the rocket land?', 'faq'],
    ['A: In open water east of the coast.', 'faq'],
    ['- Launch window opened at dawn', 'list'],
    ['* Second stage separated on time', 'list'],
    ['• Debris fell at sea', 'list'],
    ['1. Rocket lifted off', 'list'],
    ['2) Stage two fired', 'list'],
    ['Key Facts About the Flight', 'heading'],
  ])('%s -> %s', (line, kind) => {
    const a = ingestOne('a.txt', around(line));
    expectWellFormedBlocks(a);
    expect(kindOf(a, line)).toBe(kind);
    expect(kindOf(a, LEAD)).toBe('body');
    expect(kindOf(a, CLOSE)).toBe('body');
  });
});

describe('prose that merely resembles a pattern stays body', () => {
  it.each([
    'By Monday evening, the navy had recovered parts of the booster.',
    'By the end of the day the rocket had flown 900 kilometers.',
    'The photo, taken by a fisherman, shows the rocket climbing.',
    'Sharing data with allies is a priority, the minister said.',
    'Subscribers to the agency feed saw the images first.',
    'A. Q. Khan supplied parts to several programs, investigators believe.',
    'Related tensions have simmered for years along the coast.',
    'History suggests the program will keep testing through the summer.',
    'The missile is a new design that analysts have not seen before.',
    'Recommended evacuation zones were expanded on Tuesday.',
    'Source: officials speaking on condition of anonymity said the rocket flew farther than planned and came down well outside the zone announced in advance.',
    'Printing presses at the state newspaper ran late into the night.',
    'The launch was watched by thousands, and photos spread quickly online; Reuters could not verify them.',
  ])('%s', (line) => {
    const a = ingestOne('a.txt', around(line));
    expect(kindOf(a, line)).toBe('body');
  });
});

describe('headings in plain text', () => {
  it('takes the first line as the headline even when a list follows directly', () => {
    const a = ingestOne('a.txt', 'Rocket Test Over the Bay\n- It flew 900 kilometers.\n- It fell at sea.\n');
    expect(blockList(a)).toEqual([
      ['heading', 'Rocket Test Over the Bay'],
      ['list', '- It flew 900 kilometers.'],
      ['list', '- It fell at sea.'],
    ]);
    expect(a.title).toBe('Rocket Test Over the Bay');
  });

  it.each([
    ['ends in a period', 'Short line that ends here.'],
    ['is too long', 'A line that goes on and on about the launch and the navy and the weather over the bay and the coast'],
    ['ends in a colon', 'Key facts include:'],
  ])('a standalone line that %s is no heading', (_why, line) => {
    expect(kindOf(ingestOne('a.txt', around(line)), line)).not.toBe('heading');
  });

  it('a short line inside a paragraph is no heading', () => {
    const a = ingestOne('a.txt', `${LEAD}\nShort line here\n${CLOSE}\n`);
    expect(kindOf(a, 'Short line here')).not.toBe('heading');
  });

  it('the first line is no headline when the next line continues it in lower case', () => {
    const a = ingestOne('a.txt', 'The rocket flew east toward\nthe open sea, officials said.\n');
    expect(blockList(a)).toEqual([['body', 'The rocket flew east toward\nthe open sea, officials said.']]);
  });
});

describe('paragraphs', () => {
  it('joins hard-wrapped lines into one body block', () => {
    const a = ingestOne('a.txt', 'The rocket rose from a coastal pad at dawn and flew\neast for 900 kilometers before it fell\ninto the sea, officials said.\n\nNext paragraph here.\n');
    expect(blockList(a)).toEqual([
      ['body', 'The rocket rose from a coastal pad at dawn and flew\neast for 900 kilometers before it fell\ninto the sea, officials said.'],
      ['body', 'Next paragraph here.'],
    ]);
  });

  it('keeps one-line paragraphs apart when each ends its sentence', () => {
    const a = ingestOne('a.txt', 'First paragraph ends here.\nSecond paragraph ends here.\n');
    expect(a.blocks).toHaveLength(2);
  });
});

describe('captions credited with a Source line', () => {
  it('marks the short line above "Source:" as caption', () => {
    const a = ingestOne('a.txt', `${LEAD}\n\nA rocket stands on its pad before the launch.\nSource: Harbor Press Agency\n\n${CLOSE}\n`);
    expect(kindOf(a, 'A rocket stands')).toBe('caption');
    expect(kindOf(a, 'Source: Harbor')).toBe('caption');
    expect(kindOf(a, LEAD)).toBe('body');
  });

  it('leaves a paragraph separated by a blank line alone', () => {
    const a = ingestOne('a.txt', `${LEAD}\n\nSource: Harbor Press Agency\n`);
    expect(kindOf(a, LEAD)).toBe('body');
  });

  it('leaves a long paragraph above it alone', () => {
    const long = `${LEAD} ${LEAD} ${LEAD} ${LEAD}`;
    const a = ingestOne('a.txt', `${long}\nSource: Harbor Press Agency\n`);
    expect(kindOf(a, LEAD)).toBe('body');
  });
});

describe('sections', () => {
  it('a Background section covers its paragraphs and list items up to the next heading', () => {
    const a = ingestOne(
      'a.txt',
      'Historical Context: Earlier Flights\n\nThe first test in this series flew 300 kilometers in 2019.\n\n  • 2020: a second test failed.\n\nWhat Comes Next\n\nThe agency plans another flight in the spring.\n',
    );
    expect(blockList(a).map(([k]) => k)).toEqual(['background', 'background', 'background', 'heading', 'body']);
  });

  it.each(['Background', 'Timeline', 'Key milestones', 'Past tests', 'History'])('"%s" opens a background section', (heading) => {
    const a = ingestOne('a.txt', `Headline Here\n\n${LEAD}\n\n${heading}\n\n${CLOSE}\n`);
    expect(kindOf(a, CLOSE)).toBe('background');
    expect(kindOf(a, LEAD)).toBe('body');
  });

  it('an FAQ runs to the next heading that is not one of its questions', () => {
    const a = ingestOne(
      'a.txt',
      'Frequently Asked Questions\n\nWhat happens next\n\nOfficials expect more tests this year.\n\nQ: Was anyone hurt?\n\nA: No injuries were reported.\n\nMarkets React Calmly\n\nShares in defense firms rose slightly.\n',
    );
    expect(blockList(a).map(([k]) => k)).toEqual(['faq', 'faq', 'faq', 'faq', 'faq', 'heading', 'body']);
  });

  it.each(['FAQ', 'Q&A: the launch', 'Explainer: how the rocket works'])('"%s" opens an FAQ', (heading) => {
    const a = ingestOne('a.txt', `Headline Here\n\n${LEAD}\n\n${heading}\n\n${CLOSE}\n`);
    expect(kindOf(a, CLOSE)).toBe('faq');
  });

  it('a related-stories heading makes its list teasers until a full paragraph resumes the story', () => {
    const long = `${CLOSE} ${CLOSE} ${CLOSE}`;
    const a = ingestOne('a.txt', `${LEAD}\n\nRelated stories\n\n- Rocket fails after liftoff\n- Navy recovers debris\n\n${long}\n`);
    expect(blockList(a).map(([k]) => k)).toEqual(['body', 'teaser', 'teaser', 'teaser', 'body']);
  });

  it('numbered headlines that end with an outlet are teasers', () => {
    const a = ingestOne(
      'a.txt',
      `${LEAD}\n\n  1. Rocket test rattles coastal towns – officials  Harbor Daily\n  2. Navy tracks debris east of the bay\u00a0\u00a0Coast News Network\n  3. Rocket launch draws protest - Reuters\n`,
    );
    expect(blockList(a).map(([k]) => k)).toEqual(['body', 'teaser', 'teaser', 'teaser']);
  });

  it('an ordinary numbered list stays a list', () => {
    const a = ingestOne('a.txt', `${LEAD}\n\n1. The first stage burned for two minutes.\n2. The second stage separated.\n`);
    expect(blockList(a).map(([k]) => k)).toEqual(['body', 'list', 'list']);
  });
});
