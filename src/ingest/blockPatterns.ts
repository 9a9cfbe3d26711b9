// How a line of article text tells what it is: tables of patterns, tried in order (first match wins).
// Every regex is linear: anchored or led by a literal, quantifiers bounded, quantified groups at most optional.
import type { BlockKind } from '../model/types.js';
import { MONTH_SOURCE, WEEKDAY_SOURCE } from '../util/dates/names.js';

export interface LinePattern {
  /** Stable name, for tests and debugging. */
  id: string;
  kind: BlockKind;
  re: RegExp;
  /** Longer blocks are prose that merely contains the words. */
  maxLength?: number;
  /** "Source: X" under an image: the short line just before it is the caption it credits. */
  creditsPrevious?: boolean;
}

const END = '[\\s.:!|»›>-]{0,5}$';
const CHROME_PHRASES = [
  'loading', 'loading now', 'loading\\.{3}', 'post comment', 'add comment', 'leave a comment', 'leave a reply',
  'no comments?', '\\d{1,6} comments?', 'comments?', 'comment url', 'view comments', 'exit mobile version',
  'share', 'share this(?: article| story| post)?', 'advertisement', 'sponsored(?: content)?', 'subscribe(?: now)?',
  'sign up', 'sign in', 'log in', 'skip to(?: main)? content', 'back to top', 'print', 'email', 'tweet',
  'follow us', 'listen to this article', 'read next', 'continue reading', 'show comments', 'close',
].join('|');
const OUTLETS = [
  'Reuters', 'AP', 'Associated Press', 'AFP', 'BBC', 'BBC News', 'BBC\\.com', 'CNN', 'Al Jazeera', 'Al Jazeera English',
  'NHK', 'NHK World', 'Yonhap', 'Kyodo', 'UPI', 'NPR', 'Fox News', 'CBS News', 'NBC News', 'ABC News',
  'The Guardian', 'The New York Times', 'New York Times', 'The Washington Post', 'Washington Post', 'Bloomberg',
  'The Korea Herald', 'Korea Herald', 'The Korea Times', 'Korea Times', 'The Japan Times', 'Japan Times',
  'NK News', 'Nikkei Asia', 'South China Morning Post', 'DW', 'France 24', 'Sky News', 'The Hill', 'Politico',
].join('|');
const ITEM_MARKER = '(?:[-*+•]|\\d{1,3}[.)])';
const CAPTION_AGENCIES = 'AP|AFP|EPA|Yonhap|KCNA|Reuters|Getty|Xinhua|Kyodo|Bloomberg|NurPhoto';
const CREDIT_SUFFIXES = 'AFP|Reuters|AP|EPA|Yonhap|Getty Images|Bloomberg|KCNA|KNS|Xinhua|Kyodo|Pool';
const ROLES = 'journalist|reporter|writer|correspondent|editor|columnist|author|contributor|freelancer|producer|photographer';
const SENTENCE_END = '[^.!?\\n]';

export const LINE_PATTERNS: readonly LinePattern[] = [
  // Site chrome: whole short lines, or short lines opening with a chrome phrase.
  { id: 'chrome-line', kind: 'boilerplate', re: new RegExp(`^(?:${CHROME_PHRASES})${END}`, 'i'), maxLength: 60 },
  {
    id: 'chrome-prefix',
    kind: 'boilerplate',
    re: /^(?:original source|source link|copyright\b|©|\(c\)|all rights reserved|subscribe to\b|sign up (?:for|to)\b|click here\b|follow us on\b|share (?:this|on)\b|tags?\s{0,2}:|filed under\b|topics?\s{0,2}:|this (?:article|story) (?:was|is|has been) (?:originally |first )?(?:published|republished|updated))/i,
    maxLength: 200,
  },
  { id: 'chrome-rights', kind: 'boilerplate', re: /\ball rights reserved\b/i, maxLength: 200 },
  // Links to other stories.
  {
    id: 'teaser-lead',
    kind: 'teaser',
    re: /^(?:related(?: stories| articles| coverage| news| content| reading)?\s{0,2}(?::|$)|read more\b|read also\b|also read\b|see also\b|more from\b|recommended(?:\s{0,2}(?::|$)| for you\b| stories\b| reading\b| articles\b)|you may also like|you might also like|next post\b|previous post\b|most read\b|most popular\b|more stories\b|further reading\b|trending now\b|watch\s{0,2}:)/i,
    maxLength: 250,
  },
  {
    id: 'teaser-headline-outlet',
    kind: 'teaser',
    // Headline, two or more spaces (often no-break), outlet: "1. X fires missile – Seoul  BBC.com"
    re: new RegExp(`^${ITEM_MARKER}\\s{1,4}\\S[^\\n]{0,300}?\\S[ \\u00a0\\t]{2,4}\\p{Lu}[\\p{L}\\p{N}.&'’ \\u00a0-]{1,40}$`, 'u'),
    maxLength: 360,
  },
  {
    id: 'teaser-headline-known-outlet',
    kind: 'teaser',
    re: new RegExp(`^${ITEM_MARKER}\\s{1,4}[^\\n]{1,300}?\\s[-–—|]\\s{1,3}(?:${OUTLETS})\\.?$`),
    maxLength: 360,
  },
  // Who wrote it.
  {
    id: 'byline-by',
    kind: 'byline',
    re: new RegExp(`^(?:By|BY|Written by|Words by)\\s{1,3}(?!${WEEKDAY_SOURCE}\\b|${MONTH_SOURCE}\\b)\\p{Lu}[^\\n]{0,100}${SENTENCE_END}$`, 'u'),
    maxLength: 120,
  },
  {
    id: 'byline-credits',
    kind: 'byline',
    re: /^[(\[]?(?:reporting|additional reporting|editing|writing|compiled|reported|produced|edited|translated) by\b/i,
    maxLength: 300,
  },
  { id: 'byline-about', kind: 'byline', re: /^about the (?:author|writer|reporter)s?\b/i, maxLength: 80 },
  {
    id: 'byline-bio',
    kind: 'byline',
    re: new RegExp(`^\\p{Lu}[\\p{L}.'’ -]{1,60}? (?:is|was) (?:an?|the) [^.!?\\n]{0,60}?\\b(?:${ROLES})s?\\b`, 'u'),
  },
  {
    id: 'byline-career',
    kind: 'byline',
    re: /\bhas (?:spent|worked|been)\b[^.!?\n]{0,80}?\b(?:years?|decades?)\b[^.!?\n]{0,80}?\b(?:journalism|reporting|newsrooms?)\b/i,
    maxLength: 1500,
  },
  // Pictures and their credits.
  {
    id: 'caption-lead',
    kind: 'caption',
    re: /^(?:photo|photos|photograph|image|picture|caption|credit|illustration|graphic|file photo|file)\s{0,2}(?:by\b|:|\/|-|—)|^file photo\b/i,
    maxLength: 400,
  },
  { id: 'caption-source', kind: 'caption', re: /^source\s{0,2}:\s{0,3}\S/i, maxLength: 100, creditsPrevious: true },
  {
    id: 'caption-credit',
    kind: 'caption',
    re: new RegExp(
      `(?:\\((?:${CAPTION_AGENCIES})(?: Photo|\\/| via| pool)[^()\\n]{0,60}\\)|\\((?:Photo|Image|Photograph)s?[:/ ][^()\\n]{1,60}\\)|\\bPhoto by [^.!?\\n]{1,80}|\\/(?:${CREDIT_SUFFIXES})|\\bEPA-EFE|\\bGetty Images|\\b(?:Photo|Photo credit|Credit): [^.!?\\n]{1,60})\\s{0,3}\\.?$`,
    ),
    maxLength: 600,
  },
  // Question-and-answer boxes.
  { id: 'faq-qa', kind: 'faq', re: /^(?:Q|A|Question|Answer)\s{0,2}:\s/ },
];

/** A list item in plain text or markdown: "- ", "* ", "•", "1.", "2)". */
export const LIST_ITEM = /^(?:[-*+•▪◦‣·]\s|[-*+•▪◦‣·](?=\p{L})|\d{1,3}[.)]\s)/u;

export interface SectionOpener {
  kind: BlockKind;
  re: RegExp;
}

/** Headings that open a section of one kind, up to the next heading. */
export const SECTION_OPENERS: readonly SectionOpener[] = [
  { kind: 'faq', re: /^(?:faqs?\b|frequently asked questions|q\s{0,2}&\s{0,2}a\b|questions and answers|explainer\b)/i },
  {
    kind: 'background',
    re: /^(?:background\b|historical context|history\b|timeline\b|key milestones|past tests|previous tests|earlier tests|past launches|previous launches|recent launches|a look back|chronology|context\b|recent history)/i,
  },
  {
    kind: 'teaser',
    re: /^(?:related\b|read more\b|read also\b|also read\b|see also\b|more from\b|more on this\b|recommended\b|you may also like|you might also like|most read\b|most popular\b|more stories\b|further reading\b|trending\b|top stories\b|more news\b)/i,
  },
];

/** Within an FAQ, a heading that asks something is one of its questions, not the end of it. */
export const QUESTION_HEADING = /^(?:Q\s{0,2}[:.]|(?:what|why|how|when|where|who|which|is|are|can|could|will|would|does|do|did|should)\b)|\?\s{0,3}$/i;
