/**
 * Incident hints for one claim: where it happened (as named), on which day, and what kind of
 * event it was. The incident matcher (lib/incidents) compares claims on these.
 *
 * Each hint is looked for in widening scopes around the claim — its clause, the rest of its
 * sentence, the earlier sentences of its paragraph, then the document title — and the first scope
 * that has one wins; inside the sentence the mention nearest the clause wins. No DOM, no Node APIs:
 * this runs in the content script.
 */
import type { EventType } from '../types';
import { formatDay, latestMonthDay, makeDate, parseDay } from './calendar';
import { findDateMeanings, findDateMentions, isEventCandidate, resolveMention, resolveToDate, type DateMention, type DateReference } from './event-date';
import { findEventTypeMentions, type EventTypeMention } from './event-type';
import { findPlaceMentions, isTitleCase, type PlaceMention } from './place';
import { isCountry } from './place-words';
import { wordRuns } from './word-runs';

/** The hints for one claim; each null when the text does not tell. */
export interface IncidentHints {
  /** The event's place as written ("Kramatorsk", "Gaza City", "Donetsk region"). */
  place: string | null;
  /** The event's day, `YYYY-MM-DD`; null also for totals over a period ("since 2011"). */
  date: string | null;
  eventType: EventType | null;
  /** True when the figure counts over a period ("since 2011", "over the past week"): a total, not one event. */
  period?: true;
}

/** Where a claim sits in its document. Offsets are JavaScript string indices into `text`. */
export interface HintContext {
  /** The whole document text; paragraphs are separated by "\n\n". */
  text: string;
  /** The sentence holding the claim. */
  sentenceStart: number;
  sentenceEnd: number;
  /** The claim's clause or quote inside that sentence. */
  claimStart: number;
  claimEnd: number;
  /** Publication date, `YYYY-MM-DD` or an ISO timestamp; relative dates resolve against it. */
  published?: string | null;
  title?: string;
}

interface Span {
  start: number;
  end: number;
}

interface Scan {
  dates: DateMention[];
  places: PlaceMention[];
  types: EventTypeMention[];
}

/** How far back a paragraph is searched: live blogs may have none of their "\n\n" breaks. */
const MAX_PARAGRAPH_BACK = 3000;
/** A "the previous day" looks this far back for the date it counts from. */
const MAX_ANCHOR_DISTANCE = 300;
const MAX_CACHED_SCANS = 64;
/** How much of a document's opening is its lead, where news names the event's place and day. */
const LEAD_LENGTH = 1200;

/*
 * Scans are cached per document and paragraph range: the extractor asks once per claim, and a
 * sentence often holds several claims (a breakdown, killed and wounded). Keyed on the text itself:
 * comparing the same string object is a pointer check.
 */
let cachedText: string | null = null;
const scanCache = new Map<string, Scan>();
let titleScan: TitleScan | null = null;
let yearHintText: string | null = null;
let yearHint: Date | null = null;

function scanRange(text: string, from: number, to: number): Scan {
  if (cachedText !== text) {
    cachedText = text;
    scanCache.clear();
  }
  const key = `${from}:${to}`;
  let scan = scanCache.get(key);
  if (!scan) {
    const runs = wordRuns(text, from, to); // read once for all three
    scan = {
      dates: findDateMentions(text, from, to, runs),
      places: findPlaceMentions(text, from, to, false, runs),
      types: findEventTypeMentions(text, from, to, runs),
    };
    if (scanCache.size >= MAX_CACHED_SCANS) scanCache.clear();
    scanCache.set(key, scan);
  }
  return scan;
}

/** A title's mentions, each kind scanned on first use: most claims find all three in their text. */
class TitleScan implements Scan {
  private dateMentions: DateMention[] | null = null;
  private placeMentions: PlaceMention[] | null = null;
  private typeMentions: EventTypeMention[] | null = null;

  constructor(readonly title: string) {}

  get dates(): DateMention[] {
    return (this.dateMentions ??= findDateMentions(this.title, 0, this.title.length));
  }

  get places(): PlaceMention[] {
    return (this.placeMentions ??= findPlaceMentions(this.title, 0, this.title.length, isTitleCase(this.title)));
  }

  get types(): EventTypeMention[] {
    return (this.typeMentions ??= findEventTypeMentions(this.title, 0, this.title.length));
  }
}

function scanTitle(title: string): TitleScan {
  if (titleScan?.title !== title) titleScan = new TitleScan(title);
  return titleScan;
}

/**
 * A document's lead (its first LEAD_LENGTH characters), each kind scanned on first use: only claims
 * whose own paragraph and title lack a place or a day ask, most of them for one kind.
 */
class LeadScan {
  private dateMentions: DateMention[] | null = null;
  private placeMentions: PlaceMention[] | null = null;
  readonly end: number;

  constructor(readonly text: string) {
    this.end = leadEnd(text);
  }

  get dates(): DateMention[] {
    return (this.dateMentions ??= findDateMentions(this.text, 0, this.end));
  }

  get places(): PlaceMention[] {
    return (this.placeMentions ??= findPlaceMentions(this.text, 0, this.end, false));
  }
}

/** Where the lead ends: at a line break, else a space, before LEAD_LENGTH; never inside a word ("Kramator|sk"). */
function leadEnd(text: string): number {
  if (text.length <= LEAD_LENGTH) return text.length;
  const lineBreak = text.lastIndexOf('\n', LEAD_LENGTH);
  if (lineBreak > LEAD_LENGTH / 2) return lineBreak;
  const space = text.lastIndexOf(' ', LEAD_LENGTH);
  return space > 0 ? space : LEAD_LENGTH;
}

let leadScan: LeadScan | null = null;

function scanLead(text: string): LeadScan {
  if (leadScan?.text !== text) leadScan = new LeadScan(text);
  return leadScan;
}

/**
 * The latest full date (with its year) the document mentions, standing in for a missing
 * publication date when a yearless "Dec. 31" needs a year: an article is written on or after the
 * dates it reports. Scans the whole text once per document.
 */
function documentYearHint(text: string): Date | null {
  if (yearHintText !== text) {
    yearHintText = text;
    yearHint = null;
    // Every full date has a year: most pages without a publication date name none, and need no scan.
    if (!YEAR.test(text)) return null;
    for (const meaning of findDateMeanings(text, 0, text.length)) {
      if (meaning.type !== 'absolute') continue;
      const d = resolveToDate(meaning, { published: null });
      if (d && (!yearHint || d > yearHint)) yearHint = d;
    }
  }
  return yearHint;
}

/** What every full date of DATE_SOURCE holds (isoY, mdY, dmY). */
const YEAR = /(?:19|20)\d\d/;

function clamp(n: number, lo: number, hi: number): number {
  return n < lo ? lo : n > hi ? hi : n;
}

/** Start of the paragraph holding `at`, looking back at most MAX_PARAGRAPH_BACK characters. */
function paragraphStart(text: string, at: number): number {
  const from = Math.max(0, at - MAX_PARAGRAPH_BACK);
  const i = text.slice(from, at).lastIndexOf('\n\n');
  return i < 0 ? from : from + i + 2;
}

function distance(item: Span, claim: Span): number {
  if (item.end <= claim.start) return claim.start - item.end;
  if (item.start >= claim.end) return item.start - claim.end;
  return 0;
}

/**
 * The item of the narrowest scope: the first inside the clause, else the nearest in the sentence,
 * else the last of the earlier sentences in the paragraph. Items come in text order.
 */
function pickInText<T extends Span>(items: T[], claim: Span, sentence: Span, accept: (item: T) => boolean): T | null {
  let best: T | null = null;
  let bestDistance = Infinity;
  let earlier: T | null = null;
  for (const item of items) {
    if (!accept(item)) continue;
    if (item.start >= claim.start && item.end <= claim.end) return item;
    if (item.start >= sentence.start && item.end <= sentence.end) {
      const d = distance(item, claim);
      if (d < bestDistance) {
        best = item;
        bestDistance = d;
      }
    } else if (item.end <= sentence.start) {
      earlier = item;
    }
  }
  return best ?? earlier;
}

/**
 * A war or campaign dated by when it began, a month and year or a year ("The war, which began in
 * April 2023, has killed ..."): what the sentence counts runs from then, as after "since". A day
 * ("the fighting that began on Monday") is an incident's.
 */
const BEGAN_IN_YEAR =
  /\b(?:war|conflict|insurgency|offensive|campaign|uprising|invasion|crisis|fighting)\b[^.;]{0,40}?\b(?:began|started|erupted|broke out)[ \u00a0]+in[ \u00a0]+(?:(?:early|late|mid-?)[ \u00a0]*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \u00a0]+)?(?:19|20)\d\d\b/;

/**
 * A period total: "since" in the clause, or "since 2011" / "since the war began" in the sentence.
 * (A war begun in a year, BEGAN_IN_YEAR, is tested once by the caller for this and isPeriodCount.)
 */
function countsAPeriod(dates: DateMention[], claim: Span, sentence: Span, text: string): boolean {
  for (const m of dates) {
    if (m.meaning.type !== 'period' || sinceWhen(m, claim, text)) continue;
    if (m.start >= claim.start && m.end <= claim.end) return true;
    if (m.meaning.strong && m.start >= sentence.start && m.end <= sentence.end) return true;
  }
  return false;
}

/**
 * "the deadliest since 2009, when a roof gave way and killed four": the time "since" names is that
 * of an earlier event the when-clause tells, no period counted (see YEAR_TIME).
 */
const SINCE_WHEN =
  /^[ \u00a0]+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?:[ \u00a0]+(?:19|20)\d\d)?|(?:19|20)\d\d),?[ \u00a0]+when\b/;
const SINCE_WHEN_CONTEXT = 24;

/** Whether a period before the claim is a SINCE_WHEN: "since 2009, when ...". */
function sinceWhen(m: Span, claim: Span, text: string): boolean {
  return m.end <= claim.start && SINCE_WHEN.test(text.slice(m.end, m.end + SINCE_WHEN_CONTEXT));
}

/** Longest stretch between a claim and a period after it that still reads as the claim's ("killed 340 people in Niger State since January"). */
const MAX_PERIOD_GAP = 60;

/** A break between clauses: a comma, a dash, a colon or a bracket. */
const CLAUSE_BREAK = /[,;:(—–]|\s-\s/;

/**
 * A figure that counts over a period ("since 2011", "over the past week"): the period in its
 * clause, opening its sentence ("Since 1 October, at least 96 civilians have been killed"), or
 * before or right after it in the same clause ("killed 340 people in Niger State since January").
 * One told of something else is not the figure's ("The KLF, which has held the town since 2023,
 * said 42 were killed"; "killing hundreds, the deadliest strike in five wars fought since 2008"):
 * the event's day is then still unknown, but the figure is no total. A bare "since" ("two have
 * since died") is the matcher's to read (claim-traits). A war begun in a year (BEGAN_IN_YEAR) the
 * caller tests.
 */
function isPeriodCount(dates: DateMention[], claim: Span, sentence: Span, text: string): boolean {
  const sentenceText = text.slice(sentence.start, sentence.end);
  const told = (m: Span) =>
    !SUPERLATIVE_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 60), m.start)) &&
    ((m.start >= claim.start && m.end <= claim.end) ||
    (m.end <= claim.start && (!text.slice(sentence.start, m.start).trim() || !CLAUSE_BREAK.test(text.slice(m.end, claim.start)))) ||
    (m.start >= claim.end && m.start - claim.end <= MAX_PERIOD_GAP && !CLAUSE_BREAK.test(text.slice(claim.end, m.start))));
  for (const m of dates) {
    if (m.meaning.type === 'period' && m.meaning.strong && m.start >= sentence.start && m.end <= sentence.end && told(m) && !sinceWhen(m, claim, text)) return true;
  }
  PAST_SPAN.lastIndex = 0;
  for (let m = PAST_SPAN.exec(sentenceText); m; m = PAST_SPAN.exec(sentenceText)) {
    if (told({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length })) return true;
  }
  return false;
}

/**
 * A superlative whose phrase the period closes: "the worst storm in the past 50 years", "the
 * deadliest raid since 2027" rank one event among those of the period; they count no total.
 */
const SUPERLATIVE_BEFORE =
  /\b(?:worst|deadliest|bloodiest|largest|biggest|heaviest|highest|strongest|fiercest|greatest|costliest|most|first)\s+(?:[\w-]+\s+){0,4}$/i;

/**
 * Spans counted back from now, which no day resolves: "over the past week", "in the last 24
 * hours", "so far this year", "this year", "year to date"; and parts of a year a report counts
 * over: "in the first nine months of 2031", "in the first half of the year", "in the same period
 * last year". Not "last year": it dates an event as often ("the hurricane killed thousands last
 * year"); nor "earlier this year", "in March this year", which date one, nor "this year's" before
 * an event ("at this year's pilgrimage").
 */
const PAST_SPAN = new RegExp(
  String.raw`\b(?:(?:[Oo]ver|[Ii]n|[Dd]uring)[ \u00a0]the[ \u00a0](?:past|last)[ \u00a0](?:(?:\d+|two|three|four|five|six|seven|ten|few|several)[ \u00a0])?(?:hours|days?|weeks?|months?|years?)` +
    String.raw`|[Ss]o[ \u00a0]far[ \u00a0]this[ \u00a0](?:year|month)` +
    String.raw`|(?<!\b(?:[Ee]arlier|[Ll]ater|[Oo]f|[Ee]arly|[Ll]ate|January|February|March|April|May|June|July|August|September|October|November|December)[ \u00a0])this[ \u00a0]year(?!['’]s\b)` +
    String.raw`|year[ \u00a0-]to[ \u00a0-]date` +
    String.raw`|(?:[Ii]n|[Dd]uring|[Oo]ver)[ \u00a0]the[ \u00a0]first[ \u00a0](?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|few|several)[ \u00a0](?:weeks|months)|half|quarter|three[ \u00a0]quarters)[ \u00a0]of[ \u00a0](?:the[ \u00a0]year|this[ \u00a0]year|last[ \u00a0]year|(?:19|20)\d\d)` +
    String.raw`|(?:[Ii]n|[Dd]uring|[Oo]ver)[ \u00a0]the[ \u00a0]same[ \u00a0]period)\b`,
  'g',
);

/** The date a relative mention ("the previous day") counts from: the nearest other date before it. */
function anchorFor(m: DateMention, dates: DateMention[], ref: DateReference): Date | null {
  let anchor: DateMention | null = null;
  let best = Infinity;
  for (const other of dates) {
    if (other === m || other.not === 'future') continue;
    const t = other.meaning.type;
    if (t === 'relative' || t === 'period') continue;
    const d = distance(other, m);
    if (d <= MAX_ANCHOR_DISTANCE && d < best) {
      anchor = other;
      best = d;
    }
  }
  return anchor ? resolveToDate(anchor.meaning, ref) : null;
}

/*
 * A reporting verb after a date that precedes the claim ("On 2 January, the ministry revealed that
 * 63 were killed", "Earlier Sunday, the military said 61 bodies ...", "backed off the figure
 * Sunday, saying that 200 ...") makes the date the statement's: news puts the time element beside
 * the verb it modifies. The verb may sit inside the claim's clause, which often starts with its
 * source.
 */
const REPORTING_VERB =
  /\b(?:said|says|say|saying|told|tells|announced|announces|reported|reports|revealed|reveals|stated|claimed|claims|confirmed|confirms|added|wrote|tweeted|posted|declared|acknowledged|admitted|estimated|estimates|showing|shows|showed|found|finds)\b/;

function datesTheStatement(text: string, m: DateMention, claim: Span): boolean {
  return m.end <= claim.start && REPORTING_VERB.test(text.slice(m.end, claim.end));
}

/*
 * The publication day, parsed once per document rather than per claim. The Date is shared between
 * claims: nothing here changes a Date it is given (calendar.ts makes new ones).
 */
let publishedText: string | null | undefined;
let publishedDate: Date | null = null;
function publishedDay(published: string | null | undefined): Date | null {
  if (published !== publishedText) {
    publishedText = published;
    publishedDate = parseDay(published);
  }
  return publishedDate;
}

/*
 * A month or a year with no day ("In March, gunmen killed eight", "a bomb there last May", "in
 * November 2029", "in the first nine months of 2031"): the sentence tells an event or a count of
 * its own that no day names, not the day of the event an earlier date or the lead gives. "In
 * March 3" is a day; "the March accord" names a thing, not a time.
 */
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const COARSE_TIME = new RegExp(
  String.raw`\b(?:[Ii]n|[Ll]ast|[Ee]arly|[Ll]ate|[Mm]id-|[Dd]uring|[Bb]etween)[ \u00a0](?:(?:early|late|mid-)[ \u00a0]?)?` +
    String.raw`(?:(?:${MONTHS})\b(?![ \u00a0]\d{1,2}\b)|(?:19|20)\d\d\b|year\b)|\b(?:first|last|past)[ \u00a0][a-z]+[ \u00a0]months[ \u00a0]of\b` +
    String.raw`|\b[Ss]ince[ \u00a0](?:(?:${MONTHS})\b(?:[ \u00a0](?:19|20)\d\d)?|(?:19|20)\d\d),?[ \u00a0]when\b|\b[Tt]he[ \u00a0](?:(?:${MONTHS})[ \u00a0])?(?:19|20)\d\d[ \u00a0][a-z]|\b[A-Z][a-z]+[ \u00a0]of[ \u00a0](?:19|20)\d\d\b`,
);

/** A month named as a time, with its year if given: "In March", "last May", "in November 2029". */
const MONTH_TIME = new RegExp(
  // Not the start of a period: "the war, which began in November 2020, ...".
  String.raw`(?<!\b(?:began|begun|started|erupted|out|since|from|until|through)[ \u00a0])\b(?:[Ii]n|[Ll]ast|[Ee]arly|[Ll]ate|[Mm]id-|[Dd]uring)[ \u00a0](?:(?:early|late|mid-)[ \u00a0]?)?(${MONTHS})\b(?![ \u00a0]\d{1,2}\b)(?:,?[ \u00a0]((?:19|20)\d\d)\b)?`,
  'g',
);

/**
 * A past year named as the time, or the month (and year) of "since ..., when": "In 2027 a mine
 * there killed six", "last year", "the deadliest since June 2029, when 31 died", "since September,
 * when a drone hit the depot". Not the start of a period ("the war, which began in 2028, ...").
 * Groups: 1 in YEAR; 2 last year; 3-5 since MONTH YEAR / since YEAR; 6-7 the (MONTH) YEAR noun; 8 of YEAR.
 */
const YEAR_TIME = new RegExp(
  String.raw`(?<!\b(?:began|begun|started|erupted|out|from|until|through)[ \u00a0])\b(?:(?:[Ii]n|[Dd]uring)[ \u00a0](?:(?:early|late|mid-)[ \u00a0]?)?((?:19|20)\d\d)\b(?!,?[ \u00a0]alone)|[Ll]ast[ \u00a0](year)\b(?![ \u00a0]alone)` +
    String.raw`|[Ss]ince[ \u00a0](?:(${MONTHS})\b(?:[ \u00a0]((?:19|20)\d\d))?|((?:19|20)\d\d)),?[ \u00a0]when\b` +
    // An event named by its year or its month and year: "the 2027 floods", "the February 2029
    // earthquakes", "the Great Storm of 1953".
    String.raw`|[Tt]he[ \u00a0](?:(${MONTHS})[ \u00a0])?((?:19|20)\d\d)[ \u00a0](?=[a-z])|(?<=\p{Lu}\p{Ll}+[ \u00a0])of[ \u00a0]((?:19|20)\d\d)\b)`,
  'gu',
);

/** Nouns of an event a year names: "the 2027 floods", "the Great Storm of 1953". */
const YEAR_EVENTS = String.raw`(?:floods?|flooding|earthquakes?|quakes?|storms?|hurricanes?|cyclones?|typhoons?|tsunamis?|fires?|wildfires?|blasts?|explosions?|bombings?|attacks?|massacres?|crash(?:es)?|disasters?|landslides?|eruptions?|riots?|uprising|famine|drought|heat[ -]?waves?|stampede|shootings?|siege|offensive|invasion|war|collapse|derailment|sinking|tragedy)`;
const EVENT_AFTER_YEAR = new RegExp(String.raw`^(?:[a-z-]+[ \u00a0])?${YEAR_EVENTS}\b`, 'i');
const EVENT_BEFORE_OF = new RegExp(String.raw`\b${YEAR_EVENTS}[ \u00a0]$`, 'i');

/** What makes a month the start of a span: "March and April", "March-April", "March to early May". */
const MONTH_SPAN_AFTER = new RegExp(String.raw`^[ \u00a0]*(?:and|or|to|through|until|[-–—])[ \u00a0]*(?:early[ \u00a0]|late[ \u00a0]|mid-)?(?:${MONTHS})\b`);
const MONTH_NAMES = MONTHS.split('|');

/**
 * The middle of the month a sentence names as its time (the convention "last month" follows),
 * the latest such month by the publication date; null for a year, a span of months, or no
 * publication date. A day it cannot name, but a time another event of the article can be told by.
 */
function monthMiddle(sentence: string, claimAt: number, claimEndAt: number, published: Date | null): string | null {
  if (!published || /\b(?:[Bb]etween|months[ \u00a0]of)\b/.test(sentence)) return null;
  // The month nearest the claim: "a bomb there last May killed four, and one in November 2029 killed nine".
  let m: RegExpExecArray | null = null;
  for (const x of sentence.matchAll(MONTH_TIME)) if (!m || Math.abs(x.index - claimAt) < Math.abs(m.index - claimAt)) m = x;
  if (!m) return yearMiddle(sentence, claimAt, claimEndAt, published);
  // A span of months ("In March and April", "in March or April", "in March-April") gives none.
  if (MONTH_SPAN_AFTER.test(sentence.slice(m.index + m[0].length))) return null;
  const month = MONTH_NAMES.indexOf(m[1]!) + 1;
  // "in March last year": the year before the publication's; otherwise the latest such month that
  // has begun by the publication date ("In June" published on 10 June is this June, not last year's).
  const lastYear = !m[2] && /^,?[ \u00a0](?:of[ \u00a0])?last[ \u00a0]year\b/.test(sentence.slice(m.index + m[0].length));
  const year = m[2] ? +m[2] : lastYear ? published.getFullYear() - 1 : latestMonthDay(month, 1, published)?.getFullYear();
  const d = year ? makeDate(year, month, 15) : null;
  if (!d) return null;
  return formatDay(d.getTime() > published.getTime() ? published : d);
}

/**
 * The middle of a past year the sentence names as its time (1 July), or of the month "since ...,
 * when" names; null for the publication's own year, which may be a count so far. The matcher then
 * tells an earlier event the article recalls from the one it reports.
 */
function yearMiddle(sentence: string, claimAt: number, claimEndAt: number, published: Date): string | null {
  let m: RegExpExecArray | null = null;
  for (const x of sentence.matchAll(YEAR_TIME)) {
    if (!toldOfClaim(sentence, x.index, claimAt, claimEndAt)) continue;
    // "the 2029 truce", "the Class of 2028": a year names an event only with an event's noun.
    if (x[7] && !EVENT_AFTER_YEAR.test(sentence.slice(x.index + x[0].length))) continue;
    if (x[8] && !EVENT_BEFORE_OF.test(sentence.slice(Math.max(0, x.index - 24), x.index))) continue;
    if (!m || Math.abs(x.index - claimAt) < Math.abs(m.index - claimAt)) m = x;
  }
  if (!m) return null;
  const monthName = m[3] ?? m[6];
  const month = monthName ? MONTH_NAMES.indexOf(monthName) + 1 : 7;
  const named = m[1] ?? m[4] ?? m[5] ?? m[7] ?? m[8];
  // "since September, when": the latest September begun by the publication date.
  const year = m[2] ? published.getFullYear() - 1 : named ? +named : latestMonthDay(month, 1, published)?.getFullYear();
  // The publication's own year alone may be a count so far; a month of it is a time.
  if (!year || (!monthName && year >= published.getFullYear())) return null;
  const d = makeDate(year, month, monthName ? 15 : 1);
  return d && d.getTime() <= published.getTime() ? formatDay(d) : null;
}

/**
 * Whether a year at `at` tells the claim's time: not in a relative clause of its own ("the army,
 * which bombed a terminal in 2019, denied any role"), nor after the claim beyond a clause break
 * ("rejected the suggestion, saying its mines were cleared in 2022").
 */
function toldOfClaim(sentence: string, at: number, claimAt: number, claimEndAt: number): boolean {
  if (at >= claimEndAt) return !CLAUSE_BREAK.test(sentence.slice(claimEndAt, at));
  if (at >= claimAt) return true;
  const clause = sentence.slice(0, at);
  const breakAt = Math.max(clause.lastIndexOf(','), clause.lastIndexOf(';'), clause.lastIndexOf('('), clause.lastIndexOf('—'));
  return !RELATIVE.test(clause.slice(breakAt + 1));
}
const RELATIVE = /\b(?:which|who|whose|whom)\b/;

/** Longest "from X to Y" still read as one incident's day rather than a period total. */
const MAX_INCIDENT_RANGE_DAYS = 7;

function eventDate(ctx: HintContext, scan: Scan, title: Scan | null, claim: Span, sentence: Span, period: boolean): string | null {
  if (period) return null;
  const published = publishedDay(ctx.published);
  const ref: DateReference = { published };
  const outsideSentence = (m: DateMention) => m.end <= sentence.start || m.start >= sentence.end;
  let chosen = pickInText(
    scan.dates,
    claim,
    sentence,
    (m) => isEventCandidate(m) && (outsideSentence(m) || !datesTheStatement(ctx.text, m, claim)),
  );
  let pool = scan.dates;
  const inSentence = (m: DateMention) => m.start >= sentence.start && m.end <= sentence.end;
  if (!chosen || !inSentence(chosen)) {
    const sentenceText = ctx.text.slice(sentence.start, sentence.end);
    if (COARSE_TIME.test(sentenceText)) return monthMiddle(sentenceText, claim.start - sentence.start, claim.end - sentence.start, published);
  }
  if (!chosen && title) {
    chosen = title.dates.find(isEventCandidate) ?? null;
    pool = title.dates;
  }
  if (!chosen && sentence.start > 0 && !scan.dates.some((m) => m.not !== 'statement' && m.not !== 'label') && !pickInText(scan.places, claim, sentence, always)) {
    // A paragraph that names no event day (a statement's day does not count) and no place of its
    // own goes on with the lead's event: its day is the lead's first date, when that is an event's
    // (not "said on Monday"). A paragraph with a date or place of its own may be telling another
    // event, and is left undated.
    const lead = scanLead(ctx.text);
    const first = lead.dates[0];
    chosen = first && first.end <= sentence.start && isEventCandidate(first) ? first : null;
    pool = lead.dates;
  }
  if (!chosen) {
    // Last resort, the date of a statement in the claim's own sentence ("officials said on
    // Friday"): the event came that day or shortly before, often the same day, which is closer
    // than the publication date the matcher would fall back to.
    chosen = pickInText(scan.dates, claim, sentence, (m) => m.not === 'statement' && !outsideSentence(m));
    pool = scan.dates;
  }
  if (!chosen) return null;
  if (!published && chosen.meaning.type === 'month-day') ref.yearHint = documentYearHint(ctx.text);
  if (chosen.meaning.type === 'relative') ref.anchor = anchorFor(chosen, pool, ref);
  if (chosen.rangeEnd) {
    // "between 4 November 2020 and 31 December 2022" counts a period; "from March 17 to 18" does not.
    const end = resolveToDate(chosen.rangeEnd.meaning, ref);
    if (end) {
      // The start counts back from the end: "from Sept. 20 to Dec. 31, 2017", "from Monday to Friday".
      const startRef = { ...ref, published: end, yearHint: end };
      const start = resolveToDate(chosen.meaning, startRef);
      if (start && (end.getTime() - start.getTime()) / 86_400_000 > MAX_INCIDENT_RANGE_DAYS) return null;
      return resolveMention(chosen.meaning, startRef);
    }
  }
  return resolveMention(chosen.meaning, ref);
}

const always = () => true;

/** Whether two mentions stand in one sentence: no sentence end between them. */
function oneSentence(text: string, a: Span, b: Span): boolean {
  const gap = a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
  return !/[.!?]["”’)]?\s/.test(gap);
}

/** The start of the sentence holding `at`, no further back than `from`. */
function sentenceStartBefore(text: string, from: number, at: number): number {
  let start = from;
  for (const m of text.slice(from, at).matchAll(/[.!?]["”’)]?\s+/g)) start = from + m.index + m[0].length;
  return start;
}

/*
 * Which event types of the paragraph may stand for a claim's: all of its own sentence, and those of
 * earlier sentences unless the claim's sentence names a town or region of its own and the sentences
 * from the type's on name another ("a suicide bomber killed six in Tarvo. In Estmark, villagers
 * buried 14 after the massacre in Melk": the bombing is Tarvo's). A round-up tells an event a
 * sentence, and the type had carried from one to the next. Countries don't count: "officials in
 * Norland said" after a strike on a Norland town still tells that strike.
 */
function typeCarriesOver(text: string, places: PlaceMention[], sentence: Span, inSentence: (p: PlaceMention) => boolean) {
  const own = new Set(places.filter((p) => !p.reference && inSentence(p) && !isCountry(p.place)).map((p) => p.place.toLowerCase()));
  if (!own.size) return always;
  return (t: EventTypeMention): boolean => {
    if (t.end > sentence.start) return true;
    const from = sentenceStartBefore(text, paragraphStart(text, t.start), t.start);
    return !places.some((p) => p.start >= from && p.end <= sentence.start && !isCountry(p.place) && !own.has(p.place.toLowerCase()));
  };
}

/*
 * The place a document's lead names, for a claim whose paragraph and title name none: news states
 * where once, in its first lines, and later paragraphs (and live-blog entries) rely on it. Only
 * for claims after the lead; a claim inside it has been looked for there already.
 */
function leadPlace(text: string, before: number, claimStart: number): PlaceMention | null {
  if (before <= 0) return null; // a claim of the first sentence: a dateline there cost dev B3 (0.905 -> 0.902)
  const lead = scanLead(text);
  for (const p of lead.places) if (p.end <= before) return p;
  return datelinePlace(text, claimStart);
}

/** Words that end the name of a division: a headline's "in Kherson region" the lead narrows down. */
const DIVISION_END = /[ \u00a0](?:region|province|oblast|governorate|state|county|territory|district)$/i;
/** What joins a place to the division it lies in: "Belozerka in the Kherson region". */
const IN_DIVISION = /^,?[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?$/;

/**
 * The title's place; but when the title names only a division ("... in Kherson region") and the
 * lead names a place in it as such ("near the settlement of Belozerka in the Kherson region"),
 * the lead's place with its division: the lead says where in it, and the division keeps a village
 * the gazetteer lacks comparable with reports that name only the division.
 */
function titleOrLeadPlace(text: string, title: TitleScan | null, before: number, claimStart: number): PlaceMention | null {
  const own = title?.places[0];
  if (!own) return leadPlace(text, before, claimStart);
  if (!DIVISION_END.test(own.place) || before <= 0) return own;
  const division = own.place.toLowerCase();
  const places = scanLead(text).places;
  for (let i = 0; i + 1 < places.length && places[i + 1]!.end <= before; i++) {
    const p = places[i]!;
    const q = places[i + 1]!;
    if (q.place.toLowerCase() === division && !DIVISION_END.test(p.place) && IN_DIVISION.test(text.slice(p.end, q.start))) {
      return { start: p.start, end: q.end, place: text.slice(p.start, q.end), facility: p.facility };
    }
  }
  return own;
}

/** Longest line read as a heading of a live blog or report section. */
const MAX_HEADING_LENGTH = 90;
/** How many paragraphs back an entry's heading may stand (an entry runs to a few). */
const MAX_PARAGRAPHS_UNDER_HEADING = 3;

/**
 * The place a live-blog entry's heading names, for a claim whose paragraph names none: "Port of
 * Velsk hit again" over "07:40 Velsk came under attack ...". A page that tells several events puts
 * each under its own heading, and the page title names the first of them, which had placed every
 * entry. A heading is a short line of its own with no closing punctuation; headlines state their
 * place as a subject ("Velsk toll rises"), which the locative scan can't read, so a name the page
 * title or lead places is also taken when the heading holds it as a word.
 */
function headingPlace(text: string, paraStart: number, title: TitleScan | null): PlaceMention | null {
  let end = paraStart - 2;
  for (let n = 0; n < MAX_PARAGRAPHS_UNDER_HEADING && end > 0; n++) {
    const start = paragraphStart(text, end);
    const line = text.slice(start, end);
    if (line.length <= MAX_HEADING_LENGTH && !line.includes('\n') && /^\p{Lu}/u.test(line) && !/[.!?:;,"”’)]$/.test(line.trim())) {
      const own = findPlaceMentions(text, start, end, isTitleCase(line))[0];
      if (own) return own;
      const known = [...(title?.places ?? []), ...scanLead(text).places];
      for (const p of known) if (holdsAsWord(line, p.place)) return p;
      return null;
    }
    end = start - 2;
  }
  return null;
}

const BEFORE_WORD = /[\s'’-]/u;
const AFTER_WORD = /[\s'’:,-]/u;

/**
 * Whether the line holds the name as a word: at its start or after a space, apostrophe or hyphen,
 * and at its end or before a space, apostrophe, colon, comma or hyphen ("Velsk toll rises", "Velsk's
 * port"). Scanned with indexOf rather than a regex compiled for every name.
 */
function holdsAsWord(line: string, name: string): boolean {
  for (let i = line.indexOf(name); i >= 0; i = i < line.length ? line.indexOf(name, i + 1) : -1) {
    const end = i + name.length;
    if ((i === 0 || BEFORE_WORD.test(line[i - 1]!)) && (end === line.length || AFTER_WORD.test(line[end]!))) return true;
  }
  return false;
}

/**
 * "HARLAN, March 3 (Wire) -", "VELSK, Norland, 4 May -", "PORT ARDEN, (Wire) -": a dateline's town,
 * in capitals at the start, with the dateline's date or agency after it. Without one, a capitalised
 * opening is as likely a label ("UPDATE, 3 p.m.:") or an organisation ("NATO, Brussels -").
 */
const MONTH_HEAD = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].flatMap((m) => [m, m.toUpperCase()]).join('|');
const DATELINE = new RegExp(
  `^[ \\t]*(\\p{Lu}[\\p{Lu}'’.-]+(?:[ \\u00a0]\\p{Lu}[\\p{Lu}'’.-]+){0,2}),[ \\u00a0](?:\\p{Lu}[\\p{L}.'’ -]{1,30}?,[ \\u00a0])?` +
    `(?:(?:${MONTH_HEAD})[a-zA-Z]*\\.?[ \\u00a0]\\d{1,2}\\b|\\d{1,2}[ \\u00a0](?:${MONTH_HEAD})[a-zA-Z]*\\b|\\()`,
  'u',
);
/** Openings in dateline shape that are labels of a live page, not towns. */
const NOT_DATELINE_TOWNS = new Set(['UPDATE', 'UPDATED', 'BREAKING', 'LIVE', 'WATCH', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'CORRECTION']);

/*
 * The town of the document's dateline, the last resort for a claim's place: a report is filed from
 * where its event happened or from the nearest city, which the matcher can still compare.
 */
function datelinePlace(text: string, claimStart: number): PlaceMention | null {
  const m = DATELINE.exec(text.slice(0, 80));
  if (!m || m.index + m[0].length > claimStart || NOT_DATELINE_TOWNS.has(m[1])) return null;
  const start = m.index + m[0].indexOf(m[1]);
  // Written as a name ("Velgrad"), as the text names the town elsewhere.
  const place = m[1].toLowerCase().replace(/(^|[ \u00a0'’.-])\p{Ll}/gu, (c) => c.toUpperCase());
  return { start, end: start + m[1].length, place, facility: false };
}

/**
 * The place, date and event type of the claim at `ctx`, each from the narrowest scope that names
 * one (clause, sentence, earlier sentences of the paragraph, title). Costs one scan of the
 * paragraph up to the sentence's end, cached for the other claims of that sentence.
 */
export function incidentHints(ctx: HintContext): IncidentHints {
  const { text } = ctx;
  const sentence = { start: clamp(ctx.sentenceStart, 0, text.length), end: clamp(ctx.sentenceEnd, 0, text.length) };
  if (sentence.end < sentence.start) sentence.end = sentence.start;
  const claim = { start: clamp(ctx.claimStart, sentence.start, sentence.end), end: clamp(ctx.claimEnd, sentence.start, sentence.end) };
  if (claim.end < claim.start) claim.end = claim.start;

  const scan = scanRange(text, paragraphStart(text, sentence.start), sentence.end);
  const title = ctx.title ? scanTitle(ctx.title) : null;

  // "a depot in Velsk, about 60 km east of Harlan": the distance's point of reference gives way to
  // a place of its own sentence that is not one.
  const inSentence = (p: PlaceMention) => p.start >= sentence.start && p.end <= sentence.end;
  // So does a reference in an earlier sentence to the place it is told beside ("... in Tyahynka
  // died in a Beryslav hospital. Nine remain in hospital."): references are rare, the check cheap.
  const ownPlace = scan.places.some((p) => !p.reference && inSentence(p));
  const placeOf = (p: PlaceMention) => !p.reference || (inSentence(p) ? !ownPlace : !scan.places.some((q) => !q.reference && oneSentence(text, p, q)));
  // A total over a period ("since April 2023") is not the headline's event: the title's and the
  // lead's places are that event's, not the total's.
  const began = BEGAN_IN_YEAR.test(text.slice(sentence.start, sentence.end));
  const period = began || countsAPeriod(scan.dates, claim, sentence, text);
  let place = pickInText(scan.places, claim, sentence, placeOf) ?? (period ? null : headingPlace(text, paragraphStart(text, sentence.start), title) ?? titleOrLeadPlace(text, title, sentence.start, claim.start));
  if (place && isCountry(place.place) && !period) {
    // "... died in Ukraine" after a paragraph naming the town: the town is the event's place.
    // Only within the paragraph: the title's town instead cost dev B3 (0.905 -> 0.893).
    place = pickInText(scan.places, claim, sentence, (p) => !isCountry(p.place)) ?? place;
  }
  const type = pickInText(scan.types, claim, sentence, typeCarriesOver(text, scan.places, sentence, inSentence)) ?? title?.types[0] ?? null;
  return {
    place: place?.place ?? null,
    date: eventDate(ctx, scan, title, claim, sentence, period),
    eventType: type?.eventType ?? null,
    ...(began || isPeriodCount(scan.dates, claim, sentence, text) ? { period: true as const } : {}),
  };
}

export { findDateMentions, resolveMention } from './event-date';
export type { DateMention, DateMeaning, DateReference } from './event-date';
export { findPlaceMentions } from './place';
export type { PlaceMention } from './place';
export { findEventTypeMentions } from './event-type';
export type { EventTypeMention } from './event-type';
