// Generators for the property tests: news-like token soup that reaches deep into the extractors, markup that
// reaches into ingest, plain random strings for everything else, and edits of real articles.
import fc from 'fast-check';

/** Words and marks the extractors react to: figures, units, hedges, dates, times, places, categories, cues. */
export const NEWS_TOKENS = [
  'North Korea', 'fired', 'launched', 'a', 'an', 'the', 'missile', 'missiles', 'ballistic', 'short-range', 'intermediate-range',
  'ICBM', 'IRBM', 'SRBM', 'hypersonic', 'flew', 'flight', 'travelled', 'altitude', 'apogee', 'reached', 'range of', 'capable of',
  'did not', 'about', 'around', 'approximately', 'more than', 'at least', 'up to', 'nearly', 'some', 'between', 'and', 'to', 'or',
  '900', '1,100', '1,000,000', '3.5', '0', '12', '2026', '1998', '07', '-', '–', '—', 'km', 'kilometers', 'kilometres', 'miles',
  'mi', 'm', 'feet', 'ft', 'minutes', 'min', 'hours', 'seconds', 'mph', 'km/h', 'magnitude', 'two', 'three', 'twelve', 'dozen',
  'million', 'thousand', 'people', 'troops', 'killed', 'dead', 'injured', 'January', 'March', 'Jan.', 'Sept.', 'Monday', 'Thursday',
  'Tue.', 'today', 'yesterday', 'last week', 'three days ago', 'since', 'after', 'previous', 'earlier', 'on', 'in', 'at', 'of',
  '7:40', 'a.m.', 'p.m.', 'am', 'noon', 'midnight', '2215', 'GMT', 'KST', 'UTC', 'local time', 'Seoul', 'Pyongyang', 'Sinpo',
  'Tokyo', 'Japan', 'East Sea', 'Sea of Japan', 'Kangye', 'Seaul', 'Washington', 'from', 'into', 'off', 'coast', 'said', 'according to',
  'officials', 'military', 'U.S.', 'Mr.', 'Dr.', 'Gen.', 'St.', 'No.', 'etc.', 'i.e.', 'J.', 'SEOUL,', '(UPI)', 'Reuters',
  '.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '"', '“', '”', "'", '’', '’s', '/', '&', '%', '*', '_', '`', '#', '|', '<', '>',
  ' ', ' ', ' ', '  ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\u2028', '\u200b', '\ufeff', '\u0000', '\u001b[31m', 'é', '😀', '\ud800',
];

/** Markup that ingest treats specially, mixed into article bodies. */
export const MARKUP_TOKENS = [
  '# ', '## ', '- ', '* ', '1. ', '> ', '**', '__', '```\n', '[', '](http://x)', '![', '<p>', '</p>', '<div class="caption">', '</div>',
  '<br>', '<li>', '<ul>', '<h2>', '</h2>', '<script>', '</script>', '<!-- c -->', '&amp;', '&#8217;', '&nbsp;', '&bogus;',
  '---\n', '---\ntitle: x\npublished: 2026-03-12\n---\n', 'Photo: AFP', 'By Ann Lee', 'Background', 'Related:', '<time datetime="2026-03-12">',
];

const pick = (...xs: string[]) => fc.constantFrom(...xs);
const opt = (...xs: string[]) => fc.constantFrom('', ...xs);
const phrase = (...parts: fc.Arbitrary<string>[]) => fc.tuple(...parts).map((p) => p.join(''));

/** Whole value phrases, so figures meet units and days meet months often enough to exercise the scanners. */
const VALUE_PHRASES = fc.oneof(
  phrase(opt('about ', 'more than ', 'up to ', 'nearly ', 'between ', 'an estimated ', 'some '), pick('900', '1,100', '3.5', '12', 'two', 'twelve', '0', '99999999999999999999'),
    opt(' to 1,200', '-1,000', ' and 950', ' million'), pick(' ', '', '-', '  '), pick('km', 'kilometers', 'miles', 'mi', 'm', 'feet', 'minutes', 'km/h', 'mph', 'people', 'troops', 'missiles'),
    opt(' (560 miles)', ' (900 km)', ' (', ')')),
  phrase(opt('on ', 'since ', 'after ', 'Monday, ', 'Thu., '), pick('March', 'Jan.', 'Sept', 'December', 'May'), pick(' 12', ' 31', ' 0', ' 99', ' 12th', ''), opt(', 2026', ' 1998', ', 20261')),
  phrase(opt('the ', 'in ', 'since '), pick('12 March', '2026-03-12', '2026-13-45', '31 February 2026', '2017:', 'three days ago', 'last week', 'yesterday')),
  phrase(opt('at ', 'around ', 'shortly after ', 'at about '), pick('7:40', '07:40', '12', '9', '13:75', '2215', '0115', 'noon', 'midnight'), opt(' a.m.', ' p.m.', 'am', ' PM', ' hours'), opt(' KST', ' GMT', ' (UTC)', ' local time', ' Seoul time')),
  phrase(pick('magnitude ', 'killing ', 'death toll rose to '), pick('7.1', '179', 'two dozen', '1,000')),
);

const joined = (tokens: string[], maxLength: number) =>
  fc
    .array(
      fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...tokens) }, { weight: 2, arbitrary: VALUE_PHRASES }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) }),
      { maxLength },
    )
    .map((parts) => parts.join(' '));

/** News-like token soup, joined with spaces (so words stay words) and sometimes without. */
export function newsText(maxTokens = 40): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: joined(NEWS_TOKENS, maxTokens) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...NEWS_TOKENS), { maxLength: maxTokens }).map((p) => p.join('')) },
  );
}

/** Any string: random code units (lone surrogates included), or graphemes. */
export function anyText(maxLength = 120): fc.Arbitrary<string> {
  return fc.oneof(fc.string({ unit: 'binary', maxLength }), fc.string({ unit: 'grapheme', maxLength }));
}

/** What the extractors are fed: mostly news-like, sometimes anything. */
export function sentenceText(): fc.Arbitrary<string> {
  return fc.oneof({ weight: 4, arbitrary: newsText() }, { weight: 1, arbitrary: anyText() });
}

/** An article body: news-like text with markup, or anything. */
export function articleText(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.array(fc.oneof({ weight: 4, arbitrary: newsText(12) }, { weight: 1, arbitrary: fc.constantFrom(...MARKUP_TOKENS) }), { maxLength: 8 }).map((p) => p.join(' ')) },
    { weight: 1, arbitrary: anyText(300) },
  );
}

/** One edit of a text; positions are fractions, so an edit applies to any text. */
export type Edit =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate-sentence'; at: number }
  | { op: 'shuffle-lines'; seed: number };

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: sentenceText() }),
  fc.record({ op: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat(400) }),
  fc.record({ op: fc.constant('duplicate-sentence' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ op: fc.constant('shuffle-lines' as const), seed: fc.nat() }),
);

export function applyEdit(text: string, e: Edit): string {
  const pos = (at: number) => Math.min(text.length, Math.floor(at * text.length));
  switch (e.op) {
    case 'insert':
      return text.slice(0, pos(e.at)) + e.text + text.slice(pos(e.at));
    case 'delete':
      return text.slice(0, pos(e.at)) + text.slice(pos(e.at) + e.length);
    case 'duplicate-sentence': {
      // The sentence around the position: from after the previous ". " to the next one, inclusive.
      const at = pos(e.at);
      const previous = text.lastIndexOf('. ', at);
      const next = text.indexOf('. ', at);
      const sentence = text.slice(previous === -1 ? 0 : previous + 2, next === -1 ? text.length : next + 2);
      return text.slice(0, at) + sentence + text.slice(at);
    }
    case 'shuffle-lines': {
      const lines = text.split('\n');
      let s = e.seed;
      for (let i = lines.length - 1; i > 0; i--) {
        s = (s * 1103515245 + 12345) % 2147483648;
        const j = s % (i + 1);
        [lines[i], lines[j]] = [lines[j], lines[i]];
      }
      return lines.join('\n');
    }
  }
}
