import type { RawValue } from '../model/types.js';

export interface FoundTime {
  start: number;
  end: number;
  raw: Extract<RawValue, { type: 'time' }>;
}

/** Time-of-day hedges, longest first in the pattern. */
const TIME_HEDGES: Record<string, Extract<RawValue, { type: 'time' }>['hedge']> = {
  around: 'approximately', about: 'approximately', approximately: 'approximately', roughly: 'approximately',
  'at around': 'approximately', 'at about': 'approximately', circa: 'approximately',
  'shortly before': 'shortly-before', 'just before': 'shortly-before', 'shortly after': 'shortly-after', 'just after': 'shortly-after',
};
// Zone abbreviations are upper case, so the pattern is case-sensitive and words allow a capital first letter.
const capitalizable = (phrase: string) => `[${phrase[0]}${phrase[0].toUpperCase()}]${phrase.slice(1).replace(/ /g, String.raw`\s+`)}`;
const HEDGE = `(?:${Object.keys(TIME_HEDGES).sort((a, b) => b.length - a.length).map(capitalizable).join('|')})`;

/** Zone names after a time; the normalizer knows their offsets. "local time" stays "local". */
const ZONE = String.raw`(?:[Ll]ocal\s+time|GMT|UTC|[A-Z]{1,4}T(?![A-Za-z])|Z(?![A-Za-z])|(?:Korea|Seoul|Tokyo|Japan|Beijing|Moscow|Kyiv|Washington|New\s+York|Eastern|Central|Pacific|Mountain)\s+time)`;
const MERIDIEM = String.raw`(?:[aApP]\.[mM]\.?|[aApP][mM])`;

// "9:30 a.m.", "9 p.m.", "815pm", "noon", "21:15 GMT", "0115 GMT" — each optionally hedged and zoned.
const CLOCK_12 = String.raw`(\d{1,2})(?:[:.](\d{2})|(\d{2}))?\s?(${MERIDIEM})(?![a-z])`;
const NAMED = String.raw`([Nn]oon|[Mm]idday|[Mm]idnight)`;
const CLOCK_24 = String.raw`([01]\d|2[0-3])[:.]?([0-5]\d)(?:\s?(?:hours|hrs|h))?(?=\s*(?:${ZONE}))`;
const TIME = new RegExp(
  String.raw`\b(?:(${HEDGE})\s+)?(?:${CLOCK_12}|${NAMED}|${CLOCK_24})(?:\s*\(?(${ZONE})\)?)?`,
  'g',
);

export function findTimes(sentence: string): FoundTime[] {
  const out: FoundTime[] = [];
  TIME.lastIndex = 0;
  for (let m = TIME.exec(sentence); m; m = TIME.exec(sentence)) {
    const [text, hedgeWord, h12, m12a, m12b, meridiem, named, h24, m24, zone] = m;
    let minutes: number;
    let precision = 1;
    if (h12 !== undefined) {
      const hour = Number(h12);
      const minute = Number(m12a ?? m12b ?? 0);
      if (hour < 1 || hour > 12 || minute > 59) continue;
      const pm = meridiem.toLowerCase().startsWith('p');
      minutes = ((hour % 12) + (pm ? 12 : 0)) * 60 + minute;
      if (m12a === undefined && m12b === undefined) precision = 5; // "9 a.m." is rarely to the minute
    } else if (named !== undefined) {
      minutes = named.toLowerCase() === 'midnight' ? 0 : 720;
      precision = 5;
    } else {
      minutes = Number(h24) * 60 + Number(m24);
    }
    const hedge = hedgeWord ? TIME_HEDGES[hedgeWord.toLowerCase().replace(/\s+/g, ' ')] ?? 'approximately' : 'exact';
    // A closing parenthesis belongs to the time only when the zone opened one: "(0342 GMT)" quotes "0342 GMT".
    const trimmed = text.replace(/[\s(]+$/, '').replace(/\)$/, (p) => (/\(\s*\S+$/.test(text) ? p : ''));
    out.push({
      start: m.index,
      end: m.index + trimmed.length,
      raw: { type: 'time', minutes, hedge, precision, zone: zone ? normalizeZone(zone) : undefined },
    });
  }
  return out;
}

function normalizeZone(zone: string): string {
  const z = zone.replace(/\s+/g, ' ');
  return /^local time$/i.test(z) ? 'local' : z;
}
