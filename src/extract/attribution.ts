// Who a sentence credits with what it states: "according to the national seismic institute",
// "..., the defence ministry said", "State media claimed ...". Kept with each value so the report can
// say which authority each figure comes from when sources disagree.

const VERB = String.raw`(?:said|says|say|reported|reports|claimed|claims|told|announced|confirmed|estimated|stated|added|according)`;
const SOURCE = String.raw`([^,;:.!?"“”()]{3,80}?)`;

/** Patterns in order of preference; each captures the source in group 1. */
const PATTERNS: RegExp[] = [
  new RegExp(String.raw`\b[Aa]ccording to ${SOURCE}(?=[,;.!?]|$)`, 'u'),
  // "..., the Joint Chiefs of Staff said." and "..., South Korea's military said in a statement."
  new RegExp(String.raw`[,”"]\s*${SOURCE}\s+(?!according)${VERB}\b`, 'u'),
  // "State media said the missile ..." at the start of a sentence.
  new RegExp(String.raw`^${SOURCE}\s+(?!according)${VERB}\b`, 'u'),
  // "..., said the ministry."
  new RegExp(String.raw`\b(?:said|says|reported|claimed|told)\s+((?:the\s+)?[^,;:.!?"“”()]{3,60}?)(?=[.!?]|$)`, 'u'),
];

// Words that show the captured phrase is a clause, not a speaker ("the missile flew ... said").
const NOT_A_SOURCE = /\b(?:which|that|when|while|after|before|because|missile|it|they|he|she|we|nothing|anything|something)\b/i;
const PRONOUN_ONLY = /^(?:it|they|he|she|we|officials?)$/i;

/** The source a sentence attributes its statements to, as written, or undefined. */
export function attributionOf(sentence: string): string | undefined {
  for (const re of PATTERNS) {
    const m = re.exec(sentence);
    const who = m?.[1]?.trim();
    // A speaker is named in words: a figure in the phrase means the pattern caught part of a claim.
    if (!who || PRONOUN_ONLY.test(who) || /\d/.test(who) || (re !== PATTERNS[0] && NOT_A_SOURCE.test(who))) continue;
    return who.replace(/^(?:the|a)\s+/i, (article) => article.toLowerCase());
  }
  return undefined;
}
