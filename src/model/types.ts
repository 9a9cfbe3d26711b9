// The plain data every stage shares. This module imports nothing: stages talk only through these shapes.

/** A calendar day as ISO `YYYY-MM-DD`. */
export type IsoDay = string;

/** A file as the CLI read it, before ingest. */
export interface RawSource {
  /** Path as shown to the user (relative to the working directory when possible). */
  path: string;
  /** Decoded text exactly as in the file (BOM removed, line endings kept). */
  content: string;
  /** The extension to read the content as (`md`) when the path has none that says (standard input, a web page). */
  readAs?: string;
  /** The address the article was fetched from, when it came from the web (its `path` then names it too). */
  url?: string;
  /** The day a feed dated the article: its publication day when the page itself states none. */
  listedOn?: IsoDay;
}

/** What kind of block a stretch of article text is; only `body`, `heading` and `list` carry event claims. */
export type BlockKind =
  | 'body'
  | 'heading'
  | 'list'
  | 'background' // a section headed "Background", "Historical context", "Timeline": history, not the event
  | 'caption'
  | 'byline'
  | 'teaser'
  | 'faq'
  | 'boilerplate';

/**
 * Maps offsets in Article.text back to the original file, piecewise-linearly: text offset t maps to
 * origStarts[k] + (t - textStarts[k]) for the last k with textStarts[k] <= t. Both arrays ascend.
 */
export interface OffsetMap {
  textStarts: number[];
  origStarts: number[];
}

export interface Block {
  kind: BlockKind;
  /** [start, end) offsets into Article.text */
  start: number;
  end: number;
}

export interface PublicationDate {
  day: IsoDay;
  /** Where the date came from; `inferred-year` means the month and day were stated and the year was not. */
  /** `address`: the day a news address files the story under (/2024/12/29/). */
  from: 'front-matter' | 'dateline' | 'address' | 'lead' | 'as-of';
  yearInferred?: boolean;
}

/** What the report says of a source: no text, so a run keeps claims, not articles, in memory. */
export interface SourceInfo {
  /** Unique, stable id: the file name without extension (disambiguated when two files share a stem). */
  id: string;
  path: string;
  title?: string;
  outlet?: string;
  url?: string;
  published?: PublicationDate;
  /**
   * The dateline's month and day when it carried no year ("SEOUL, Jan. 14 (UPI)"), for the pipeline to place
   * among the other sources' dates; with --as-of, never after `latest`, that month and day's last fall
   * on or before the as-of day.
   */
  datelineMonthDay?: { month: number; day: number; latest?: IsoDay };
  /**
   * The file is HTML or Markdown holding character references (`&amp;`, `&nbsp;`): its quotes stay the exact
   * source text, and a report shows them decoded.
   */
  references?: true;
  /** A web page's copy as verify read it (under the cache folder): quotes' lines and columns point into it. */
  copy?: string;
  /** Characters in the original file. */
  length: number;
}

/** One article after extraction: what it is and what it claims, spans already pointing into the file. */
export interface ArticleAnalysis {
  source: SourceInfo;
  candidates: Candidate[];
  /** What the user should know of how the file was read (a page read without its article found): warned, not reported. */
  notes?: string[];
}

/** An article after ingest: plain text plus the means to point back into the original file. */
export interface Article extends Omit<SourceInfo, 'length'> {
  /** The original file content (as in RawSource.content). */
  original: string;
  /** Plain text for extraction: markup stripped, entities decoded, front matter removed. */
  text: string;
  /** Where each offset of `text` came from in `original`. */
  origin: OffsetMap;
  blocks: Block[];
  /** As ArticleAnalysis.notes. */
  notes?: string[];
}

/** Exact provenance of a quoted span. */
export interface Span {
  source: string;
  /** [start, end) offsets into the ORIGINAL file content. */
  start: number;
  end: number;
  /** 1-based line and column (column = JS string index within the line + 1) in the original file. */
  line: number;
  column: number;
  /** original.slice(start, end): verbatim. */
  text: string;
}

// ---- claim definitions (loaded from claims/*.yaml) ----

export type ValueType = 'quantity' | 'date' | 'time' | 'place' | 'category' | 'statement';

/**
 * One state a statement kind may report ("landing gear: not deployed"), and the phrases that state it. A phrase in
 * `phrases` counts only where one of the kind's `about` phrases stands in its clause ("failed to deploy" needs "landing
 * gear"); one in `alone` says the state by itself ("belly landing"). Phrases match by word stem: "cancel" matches
 * "canceled", "cancelled" and "cancels"; "..." stands for a few words between.
 */
export interface StatementState {
  id: string;
  label: string;
  phrases: string[];
  alone: string[];
  /** A state this one implies: a warning lifted was issued, so "lifted" agrees with "issued". */
  implies?: string;
}

export interface ClaimKind {
  key: string; // stable id, e.g. launch.distance
  label: string;
  type: ValueType;
  /** For quantities: the dimension (length, duration, speed, count, ...). */
  dimension?: string;
  /** Words or phrases (lower case) that tie a mention to this kind when they occur near it. */
  cues: string[];
  /** Phrases that, near a mention, rule this kind out ("range of" for a flight distance). */
  excludeCues: string[];
  /** Words one of which must occur in the sentence ("launched" for a launch site cued only by "from"). */
  context?: string[];
  /** For categories: which category tree (CategorySet.name) the values come from. */
  categories?: string;
  /** Relative tolerance (0.05 = 5%) added to every value's interval when comparing. */
  tolerance?: number;
  /** Nouns counted, for count quantities ("troops", "people"). */
  nouns?: string[];
  /** For counts: phrases that stand right before the figure and name what it counts ("death toll rose to", "killing"). */
  before?: string[];
  /** The pack (file) that defines it, if the file names one. */
  pack?: string;
  /**
   * Its values are distances from a named place ("40 km north-west of Ridgeview"): it takes only distances
   * stated with their reference, and no other kind takes those. Each is compared only with distances from the same place.
   */
  relative?: boolean;
  /** Kinds whose counts add up to this one ("175 passengers and six crew" = 181 on board). */
  parts?: string[];
  /**
   * What a value says of which happening an account is about: `identity` (another value says another
   * happening: a place, a kind of thing, a designation) or `tested` (what sources are compared on, which
   * never says so: figures, clock times, a storm's changing category). By default places and categories
   * are identity, figures and times tested.
   */
  evidence?: 'identity' | 'tested';
  /**
   * A running tally that grows as reports come in (a death toll, evacuations): a lower bound followed by a
   * larger figure, or a figure a source gives as an earlier count, is an updated count, not a conflict.
   */
  cumulative?: boolean;
  /** For quantities: the only units it is told in (rain in millimetres, centimetres or inches), when not every unit of its dimension. */
  units?: string[];
  /** For statements: the states it may report, each with its phrases. */
  states?: StatementState[];
  /** For statements: what the state phrases are said of ("landing gear"): one must stand in a phrase's clause. */
  about?: string[];
  /**
   * For statements: the states may hold together (a bird strike and an engine failure may both be causes), so
   * different states are a variance, never a conflict.
   */
  together?: boolean;
  /** Where it was defined, for error messages. */
  file: string;
  line: number;
}

export interface PlaceEntry {
  /** Canonical name, e.g. "Sea of Japan". */
  name: string;
  aliases: string[];
  /** IANA time zone used for "local time" when the article names none. */
  timeZone?: string;
  /** Places this one lies within (canonical names). */
  within?: string[];
  /** Places this one borders (canonical names), both ways: a sea and a coast, a city and its county. */
  adjoins?: string[];
}

export interface CategoryEntry {
  id: string; // e.g. IRBM
  label: string;
  /** Phrases that name it (lower case). */
  names: string[];
  /** The parent category id: a hypersonic IRBM is an IRBM. */
  parent?: string;
}

export interface CategorySet {
  name: string;
  entries: CategoryEntry[];
  /** Whether a name of a designation's shape ("Comet-7") that no entry lists is a member too. */
  designations?: boolean;
}

export interface Unit {
  id: string; // km
  dimension: string;
  /** Factor to the dimension's base unit (m for length, s for duration). */
  factor: number;
  /** Spellings (lower case): km, kilometers, kilometres, ... */
  names: string[];
  /** Spellings that stand before the figure ("magnitude 7.1"). */
  before?: string[];
  /** Signs that stand before the figure, case kept: currency symbols and codes ("$", "€", "Rs", "USD"). */
  symbols?: string[];
  /** Only what a rate is counted per ("per capita", "a month"); never read after a bare figure. */
  denominator?: boolean;
  /** Plausible figures in this unit; a number outside is not a value of it. */
  range?: [number, number];
  /** Identifiers (flight numbers): never rounded, so "2470" and "2471" are different. */
  exact?: boolean;
  /**
   * How far a hedge ("about", "nearly", "more than") widens a figure: by a share of it (the default), or by
   * one step of its stated precision (`step`: "about 6.3" is 6.2-6.4 on a magnitude scale, where 5% of the
   * figure would be a factor of two in amplitude).
   */
  hedge?: 'step';
  /**
   * Phrases that say a figure with one decimal is in this unit though the unit is not written, `#` standing for the
   * figure: "put it at #", "# on the ... scale" (a magnitude an agency gave). `...` stands for one to three words.
   */
  bare?: string[];
}

/** A claim pack: the kinds one YAML file defines, and the topic words that say an article is about its subject. */
export interface Pack {
  name: string;
  /** Lower-case words; a pack's kinds are looked for only in articles where its topic words are frequent. */
  topic: string[];
  /**
   * Nouns a happening of the pack is called by beyond its topic words ("test", "salvo"): too common to say what an
   * article is about, but "the previous test" and "Tuesday's salvo" name a happening.
   */
  happenings?: string[];
}

export interface Knowledge {
  packs: Pack[];
  kinds: ClaimKind[];
  places: PlaceEntry[];
  categories: CategorySet[];
  units: Unit[];
}

// ---- values ----

export type Hedge = 'approximately' | 'more-than' | 'at-least' | 'less-than' | 'at-most' | 'nearly' | 'exact';

export interface QuantityValue {
  type: 'quantity';
  dimension: string;
  /** The figure and unit as stated. */
  stated: number;
  unit: string;
  hedge: Hedge;
  /** The figure in the dimension's base unit. */
  base: number;
  /** Interval in the base unit implied by rounding and the hedge. */
  lo: number;
  hi: number;
  /** A parenthetical conversion stated alongside ("1,100 kilometers (680 miles)"). */
  alternate?: Omit<QuantityValue, 'alternate'>;
  /** Set for ranges ("3,000 to 5,500"): stated upper figure. */
  statedHigh?: number;
  /** Words narrowing what a count counts ("cabin" in "four cabin crew"): it may be part of another's whole. */
  qualifier?: string;
  /** The place a distance is measured from ("40 km north-west of Ridgeview"): only distances from one place compare. */
  reference?: Reference;
}

/** Where a distance is measured from: a place, and the compass point the distance runs toward from it. */
export interface Reference {
  /** The canonical name of a listed place, else the name or place phrase as written ("provincial capital"). */
  place: string;
  /** A point of the 16-point compass rose (N, NNE, NE, ... NNW), when the text gives one. */
  bearing?: string;
  unlisted?: boolean;
}

export interface DateValue {
  type: 'date';
  /** Inclusive day interval. Absent bounds mean the text fixed none (a bare weekday). */
  earliest?: IsoDay;
  latest?: IsoDay;
  /** 0 = Sunday ... 6 = Saturday, when the text named the weekday. */
  weekday?: number;
  /** Month and day stated without a year and without a publication date to place them. */
  month?: number;
  day?: number;
  /** Which parts the text stated; the rest were implied (a year guessed from the publication date). */
  stated: { year: boolean; month: boolean; day: boolean; weekday: boolean; local?: boolean };
  /** Relative expressions ("last week", "Monday") record their anchor so the report can explain them. */
  relativeTo?: IsoDay;
}

export interface TimeValue {
  type: 'time';
  /** Minutes after midnight as stated, and an interval for hedges ("around noon"). */
  minutes: number;
  lo: number;
  hi: number;
  /** Stated zone: an abbreviation (KST, GMT), "local", or absent. */
  zone?: string;
  /** Offset from UTC in minutes when the zone is known. */
  utcOffset?: number;
}

export interface PlaceValue {
  type: 'place';
  /** Canonical place name. */
  name: string;
  /** Every canonical name this place lies within, for containment checks. */
  within: string[];
  /** The canonical names it borders, and the places those lie within (who borders the Sea of Japan borders the Pacific). */
  adjoins?: string[];
  /** Its IANA time zone, or that of the nearest place containing it. */
  timeZone?: string;
  /** Not in the place list: a name as written, whose relation to other places is unknown. */
  unlisted?: boolean;
  /**
   * Set when the text places something by where it lies from this place ("in the sea west of Kelp Island": W;
   * "off the coast of Padang": off): the place named is a reference, not the place itself.
   */
  relative?: string;
}

export interface CategoryValue {
  type: 'category';
  id: string;
  label: string;
  /** The id and its ancestors, most specific first. */
  lineage: string[];
  /** A designation no entry lists ("Comet-7"): its family is known ("Comet"), its class is not. */
  designation?: boolean;
}

export interface StatementValue {
  type: 'statement';
  /** The state's id and label, and the states it implies (itself first). */
  state: string;
  label: string;
  lineage: string[];
  /** Told as a suspicion or a likelihood ("suspect", "may have", "preliminary"): never the ground of a conflict. */
  hedged?: boolean;
  /** Its kind's states may hold together: different states are a variance. */
  together?: boolean;
  /** Whom or where it is said of, past the phrase ("for the coast of Aceh"): another one is at most a variance. */
  qualifier?: string;
}

export type Value = QuantityValue | DateValue | TimeValue | PlaceValue | CategoryValue | StatementValue;

// ---- mentions, events, findings ----

/** How a mention relates to the article's events. */
export type EventRole = 'main' | 'other' | 'background';

export interface Mention {
  id: string; // `${source}:${start}` — stable
  kind: string; // ClaimKind.key
  source: string; // Article.id
  span: Span;
  value: Value;
  /** The recogniser that read it (for debugging and reports). */
  tag: Recognizer;
  /** Sentence index within the article; mentions of one sentence share an event. */
  sentence: number;
  /** Who the text credits with the figure ("South Korea's military"). */
  attribution?: string;
  role: EventRole;
  /** For open claims: the content words around the value. */
  context?: string[];
  /** A whole read as the sum of its parts' mentions (the span is the first part's). */
  parts?: Mention[];
  /** The date in the mention's sentence that says which event it is about, if any. */
  /** `names`: the date names a happening ("Tuesday's launch"), so a day other than the main news's is another. */
  anchor?: { date: DateValue; reference: boolean; names?: boolean };
  /**
   * Set by the compare stage when a source gives successive figures of a running tally ("at least 96 ...
   * later the toll rose to 179"): which of them this is, and the day the text dates it to when that ordered them.
   */
  sequence?: { order: 'earlier' | 'later'; day?: IsoDay };
}

/** One happening as one article tells it: the article's main event or another it refers to. */
export interface SourceEvent {
  source: string;
  role: EventRole;
  /** The date the article gives it, when known. */
  date?: DateValue;
  mentions: Mention[];
  /** Why it is in its event, set by the events stage. */
  grouping?: Grouping;
}

/**
 * How an account came into its event: it started it (`started`: first of its happening, or something it
 * says is against the nearest event), joined it on evidence (`joined`), joined it, stating no day, as
 * the event of its subject it fits best that nothing it says contradicts (`joined-weakly`), or its publication year was
 * chosen by the event (`chose-year`).
 */
export interface Grouping {
  how: 'started' | 'joined' | 'joined-weakly' | 'chose-year';
  /** What ties it to its event; for one that started its own, to the nearest other event. */
  for: string[];
  /** The evidence against: another day, another place, another kind of thing. */
  against: string[];
  /** For one that started its own event: the nearest other event's first account, when it met one. */
  nearest?: SourceEvent;
  /** The reason in words. */
  reason: string;
}

export interface Event {
  id: string;
  label: string;
  date?: DateValue;
  background: boolean;
  sources: string[];
  members: SourceEvent[];
}

export type Verdict = 'agree' | 'variance' | 'conflict' | 'single-source';

/**
 * Why a finding has its verdict, where a reader needs more than the verdict: `updated-count` (a variance: a
 * running tally stated as a lower bound or as an earlier count, and a larger later figure), `authorities` (a
 * conflict between figures the sources credit to different authorities), `different-states` (a conflict: two sources
 * state different states of one statement), `hedged-state` (a variance: they would conflict but one is told as a
 * suspicion), `states-may-coexist` (a variance: the states may both hold, as two suspected causes or a warning for
 * another coast).
 */
export type FindingReason = 'updated-count' | 'authorities' | 'across-midnight' | 'different-states' | 'hedged-state' | 'states-may-coexist';

export interface Finding {
  id: string;
  claim: string;
  event: string;
  verdict: Verdict;
  /** The reason, in words. */
  summary: string;
  reason?: FindingReason;
  mentions: Mention[];
}

export interface Report {
  sources: SourceInfo[];
  events: Event[];
  findings: Finding[];
  knowledge: Knowledge;
  /** What a baseline file accepted, when the run used one (set by the CLI after comparing). */
  baseline?: BaselineOutcome;
  /**
   * The sentence around some quotes, by mention id: read back from the files for the quotes a report shows in full
   * (the pipeline keeps no article text). A quote without one is shown alone.
   */
  sentences?: ReadonlyMap<string, QuoteInSentence>;
}

/** A conflict or variance recorded in a baseline file, matched by a fingerprint that holds no line numbers. */
export interface BaselineEntry {
  fingerprint: string;
  event: string;
  claim: string;
  verdict: Verdict;
  /** What each source said: enough for a person to recognise the finding. */
  quotes: { source: string; text: string }[];
  /** Why the finding is accepted; `--require-reasons` makes an empty one an error. */
  reason: string;
  /** Where the entry stands in its file, when read from one. */
  line?: number;
}

export interface BaselineOutcome {
  /** The baseline file, as named or found. */
  file: string;
  /** Findings the baseline accepts: they do not fail the run. */
  accepted: { finding: string; reason: string }[];
  /** Entries that match no finding any more. */
  stale: BaselineEntry[];
}

/** A quote in its sentence, as plain text (markup stripped, entities decoded): `before + quote + after` is the sentence. */
export interface QuoteInSentence {
  before: string;
  quote: string;
  after: string;
}

export interface VerifyOptions {
  /** Publication date for sources that carry none (ISO day). */
  asOf?: IsoDay;
}

// ---- between extract and normalize ----

/** Relative day expressions, resolved against the publication date. */
export type RelativeDay = 'today' | 'yesterday' | 'days-ago' | 'last-week' | 'this-week' | 'last-month' | 'this-month' | 'last-year' | 'weekday' | 'day-of-month';

/** A number as written: "1,100", "3.5", "twelve". */
export interface StatedNumber {
  value: number;
  /** Half the rounding step the digits imply ("1,100" -> 50, "685" -> 0.5). */
  rounding: number;
}

export type RawValue =
  | { type: 'quantity'; number: StatedNumber; high?: StatedNumber; unit: string; hedge: Hedge; alternate?: { number: StatedNumber; unit: string; hedge: Hedge }; qualifier?: string; reference?: Reference }
  | { type: 'date'; year?: number; month?: number; day?: number; weekday?: number; relative?: RelativeDay; daysAgo?: number; local?: boolean; westernZone?: boolean }
  | { type: 'time'; minutes: number; hedge: 'exact' | 'approximately' | 'shortly-before' | 'shortly-after'; precision: number; zone?: string }
  | { type: 'place'; name: string; unlisted?: boolean; relative?: string }
  | { type: 'category'; set: string; id: string; designation?: boolean }
  | { type: 'statement'; state: string; hedged?: boolean; qualifier?: string };

/** A value found in the text and tied to a claim kind, before normalization. */
/**
 * Which recogniser read a value: a figure with its unit, one placed in a unit by the words around it ("put it at
 * 6.4"), a counted noun of a pack, any other count, the general reader's money, shares, ages and figures, a date, a
 * time, a listed place (exactly or by a near spelling), a capitalised name read as a place, a category, a
 * designation ("Comet-7"), a statement, or a whole summed from its parts by the compare stage.
 */
export type Recognizer =
  | 'quantity'
  | 'count'
  | 'open-count'
  | 'figure'
  | 'money'
  | 'share'
  | 'age'
  | 'date'
  | 'time'
  | 'place'
  | 'place-near-spelling'
  | 'place-unlisted'
  | 'category'
  | 'designation'
  | 'statement'
  | 'sum';

export interface Candidate {
  kind: string;
  source: string;
  /** Where it stands in the original file. */
  span: Span;
  raw: RawValue;
  tag: Recognizer;
  sentence: number;
  /** The date mentions of the sentence decide which event it is about. */
  role: EventRole;
  attribution?: string;
  /** For open claims (no pack names them): the content words around the value, which say what it measures. */
  context?: string[];
  /**
   * The date of the sentence that governs this value. `reference` marks a date introduced as an
   * earlier happening ("since November 5", "after ... last week"): never the article's main event.
   */
  anchor?: { raw: Extract<RawValue, { type: 'date' }>; reference: boolean; names?: boolean };
}
