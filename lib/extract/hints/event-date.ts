/**
 * Date mentions in news text and their resolution to a calendar day.
 *
 * `findDateMentions` lists every date-like phrase in a range of the text with what it means
 * relative to a reference day; `resolveMention` turns one into `YYYY-MM-DD`. Choosing which
 * mention is the claim's event date (clause first, then sentence, ...) happens in `index.ts`.
 */
import {
  earlierThisMonth,
  earlierThisWeek,
  formatDay,
  lastMonth,
  lastWeek,
  latestMonthDay,
  makeDate,
  monthsBefore,
  shiftDays,
  weekdayOnOrBefore,
  type Day,
} from './calendar';
import { isDigit } from '../ascii';
import { runEnd, runStart, WordTable, wordRuns, type WordRuns } from './word-runs';

/** What a date phrase says, before a reference day is known. */
export type DateMeaning =
  /** A full date with its year ("March 16, 2022", "2017-03-17"). */
  | { type: 'absolute'; year: number; month: number; day: number }
  /** A month and day without a year ("May 23", "New Year's Eve"). */
  | { type: 'month-day'; month: number; day: number }
  /** A weekday (0 = Sunday); `strict` for "last Tuesday", which never means the reference day. */
  | { type: 'weekday'; weekday: number; strict: boolean }
  /** Days from the publication date ("yesterday" -1, "two days ago" -2). */
  | { type: 'days-ago'; days: number }
  /** Whole months before the publication date ("a month ago"). */
  | { type: 'months-ago'; months: number }
  /** A span resolved to its middle (see calendar.ts for each convention). */
  | { type: 'span'; span: 'last-week' | 'earlier-this-week' | 'last-month' | 'earlier-this-month' }
  /** Days from another date in the same passage ("the previous day" -1, "a day later" +1). */
  | { type: 'relative'; days: number }
  /** "since ...": the claim counts a period, not one incident. `strong` when a date/year follows. */
  | { type: 'period'; strong: boolean };

/** One date phrase found in the text, with absolute offsets. */
export interface DateMention {
  start: number;
  end: number;
  meaning: DateMeaning;
  /**
   * Why the phrase is not read as the event's date although it is a date: `statement` when it
   * dates a statement ("said on Friday"; the event came that day or before), `label` for the
   * page's own dates (datelines, "published on", "updated"), `range-end` for the far end of
   * "from X to Y", `future` for "next Tuesday".
   */
  not?: 'statement' | 'label' | 'range-end' | 'future';
  /** For the first date of "from X to Y" / "between X and Y": the mention that closes the range. */
  rangeEnd?: DateMention;
}

const MONTH_NAMES =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const MONTH_INDEX: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const SMALL_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
const COUNT = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})';

/*
 * One scan regex, alternatives tried left to right at each position, so longer phrases come first
 * ("the day before yesterday" before "the day before"). Months and weekdays must be capitalized:
 * "may" and "march" are also verbs. Every quantifier is bounded or applies to a single character
 * class followed by a literal, so the scan stays linear on any input.
 */
export const DATE_SOURCE = [
  // 2017-03-17
  String.raw`\b(?<isoY>(?:19|20)\d\d)-(?<isoM>[01]\d)-(?<isoD>[0-3]\d)\b`,
  // March 16, 2022 · Dec. 31 · May 23rd · March 3-4 (a night's two days: the first)
  String.raw`\b(?<mdM>${MONTH_NAMES})\.?[ \u00a0](?<mdD>[0-3]?\d)(?:st|nd|rd|th)?\b(?!-(?![0-3]?\d\b)|:|\.\d|,\d)(?:,?[ \u00a0](?<mdY>(?:19|20)\d\d)\b)?`,
  // 16 March 2022 · 23rd of May
  String.raw`\b(?<dmD>[0-3]?\d)(?:st|nd|rd|th)?[ \u00a0](?:of[ \u00a0])?(?<dmM>${MONTH_NAMES})\b\.?(?:,?[ \u00a0](?<dmY>(?:19|20)\d\d)\b)?`,
  // Holidays whose date is fixed.
  String.raw`\b(?<nye>New[ \u00a0]Year['’]?s[ \u00a0]Eve)\b`,
  // "New Year's" alone is left out: it names the night as often as the day.
  String.raw`\b(?<nyd>New[ \u00a0]Year['’]?s[ \u00a0]Day)\b`,
  String.raw`\b(?<xmasEve>Christmas[ \u00a0]Eve)\b`,
  String.raw`\b(?<xmas>Christmas(?:[ \u00a0]Day)?)\b`,
  // last Tuesday · on Tuesday · Tuesday night · next Tuesday (future: never the event)
  String.raw`(?:\b(?<wdPre>[Ll]ast|[Tt]his|[Nn]ext|[Cc]oming)[ \u00a0])?\b(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`,
  // Relative to publication.
  String.raw`\b(?<dayBeforeYesterday>[Tt]he[ \u00a0]day[ \u00a0]before[ \u00a0]yesterday)\b`,
  String.raw`\b(?<yesterday>[Yy]esterday|[Ll]ast[ \u00a0]night)\b`,
  String.raw`\b(?<today>[Ee]arlier[ \u00a0]today|[Tt]onight|[Tt]his[ \u00a0](?:morning|afternoon|evening))\b`,
  String.raw`\b(?<agoN>${COUNT})[ \u00a0](?<agoUnit>days?|weeks?|months?)[ \u00a0]ago\b`,
  String.raw`\b(?<lastWeek>[Ll]ast[ \u00a0]week)\b`,
  String.raw`\b(?<thisWeek>[Ee]arlier[ \u00a0]this[ \u00a0]week)\b`,
  String.raw`\b(?<lastMonth>[Ll]ast[ \u00a0]month)\b`,
  String.raw`\b(?<thisMonth>[Ee]arlier[ \u00a0]this[ \u00a0]month)\b`,
  // Relative to another date of the passage.
  String.raw`\b(?<relBefore>(?:[Tt]he|[Aa]|[Oo]ne)[ \u00a0]day[ \u00a0](?:earlier|before)|[Tt]he[ \u00a0](?:previous|preceding)[ \u00a0](?:day|night|evening)|[Tt]he[ \u00a0]night[ \u00a0]before)\b`,
  String.raw`\b(?<relAfter>[Tt]he[ \u00a0](?:next|following)[ \u00a0]day|(?:[Aa]|[Oo]ne)[ \u00a0]day[ \u00a0]later|[Tt]he[ \u00a0]day[ \u00a0]after)\b`,
  String.raw`\b(?<relN>two|three|four|five|six|seven|\d)[ \u00a0]days[ \u00a0](?<relDir>earlier|before|later|after)\b`,
  // A period total: "since 2011", "since the war began".
  String.raw`\b(?<since>[Ss]ince)\b`,
].join('|');

/** The alternatives anchored at one position (sticky); `nextDate` picks the positions. */
const DATE_AT = new RegExp(`\\b(?:${DATE_SOURCE.replace(/\(\?<\w+>/g, '(')})`, 'y');

/*
 * DATE_AT numbers its groups instead of naming them: a match then carries no groups object of
 * forty properties. GROUP gives each name of DATE_SOURCE its number.
 */
type GroupName = 'isoY' | 'isoM' | 'isoD' | 'mdM' | 'mdD' | 'mdY' | 'dmD' | 'dmM' | 'dmY' | 'nye' | 'nyd' | 'xmasEve' | 'xmas' | 'wdPre' | 'wd'
  | 'dayBeforeYesterday' | 'yesterday' | 'today' | 'agoN' | 'agoUnit' | 'lastWeek' | 'thisWeek' | 'lastMonth' | 'thisMonth' | 'relBefore'
  | 'relAfter' | 'relN' | 'relDir' | 'since';
const GROUP = {} as Record<GroupName, number>;
{
  // Every "(" opens a group but "(?:", "(?=", "(?!" and lookbehinds; DATE_SOURCE has no "(" in a class or escaped.
  let number = 0;
  for (const m of DATE_SOURCE.matchAll(/\((\?<(\w+)>|\?)?/g)) {
    if (m[1] === '?') continue;
    number++;
    if (m[2]) GROUP[m[2] as GroupName] = number;
  }
  if (new RegExp(`${DATE_SOURCE}|`).exec('')!.length !== number + 1) throw new Error('DATE_SOURCE: groups miscounted');
}

/*
 * The first word of every date phrase: what DATE_SOURCE can match from the start of a run of
 * letters and digits to the end of that run, with the words that may follow it after one space
 * when it is a common word ("the day before", "last week", "a day later"). A run starting with a
 * digit is a day or a count before such words, or a year before "-" (see `mayStartDate`). DATE_AT
 * is tried only where such a word starts: every phrase starts with \b and one of them, so this
 * finds what a global regex would, trying a few positions instead of every one. A test holds these
 * lists to DATE_SOURCE.
 */
const ANY_NEXT = 1 << 30;
/*
 * FIRST_WORDS: each first word with the sets of words that may follow it (a bit each), or
 * ANY_NEXT; NEXT_WORDS: each word that may follow one, with the bits of the sets it is in;
 * AFTER_DAY, AFTER_COUNT: the sets of what may follow a day or a count of one or two digits
 * ("5 March", "23rd of May", "two days ago"). Runs are looked up lowercased, so "MAY" and "may"
 * pass for "May" too: that only lets DATE_AT try (and fail) at a few more places.
 */
const { FIRST_WORDS, NEXT_WORDS, AFTER_DAY, AFTER_COUNT } = (() => {
  const capitalized = (w: string) => w[0].toUpperCase() + w.slice(1);
  const weekdays = WEEKDAYS.map(capitalized);
  const months = MONTH_NAMES.split('|');
  const counts = ['day', 'days', 'week', 'weeks', 'month', 'months'];
  const firstWords: [words: string[], next: string[] | null][] = [
    [months, null],
    [weekdays, null],
    [['New', 'Christmas', 'yesterday', 'Yesterday', 'tonight', 'Tonight', 'since', 'Since'], null],
    [['the', 'The'], ['day', 'previous', 'preceding', 'night', 'next', 'following']],
    [['A', 'One'], ['day']],
    [Object.keys(SMALL_NUMBERS), counts],
    [['last', 'Last'], [...weekdays, 'night', 'week', 'month']],
    [['this', 'This'], [...weekdays, 'morning', 'afternoon', 'evening']],
    [['next', 'Next', 'coming', 'Coming'], weekdays],
    [['earlier', 'Earlier'], ['today', 'this']],
    [[], [...months, 'of']], // after a day
    [[], [...months, 'of', ...counts]], // after a count
  ];
  const first: [string, number][] = [];
  const next: [string, number][] = [];
  firstWords.forEach(([words, followers], set) => {
    for (const w of words) first.push([w.toLowerCase(), followers ? 1 << set : ANY_NEXT]);
    for (const w of followers ?? []) next.push([w.toLowerCase(), 1 << set]);
  });
  return {
    FIRST_WORDS: new WordTable(first),
    NEXT_WORDS: new WordTable(next),
    AFTER_DAY: 1 << (firstWords.length - 2),
    AFTER_COUNT: 1 << (firstWords.length - 1),
  };
})();
const HYPHEN = 45;

/** Whether a date phrase may start with run `k` (which \b may still refuse, after a "_"). */
function mayStartDate(runs: WordRuns, k: number): boolean {
  const { text } = runs;
  const start = runStart(runs, k);
  const end = runEnd(runs, k);
  let sets: number;
  if (isDigit(text.charCodeAt(start))) {
    const digits = isDigit(text.charCodeAt(end - 1));
    // "2017-03-17"; "5", "23" before a month or a count; "23rd" before a month.
    if (end - start === 4 && digits) return text.charCodeAt(end) === HYPHEN && end < runs.to;
    if (end - start <= 2 && digits) sets = AFTER_COUNT;
    else if (end - start <= 4 && !isDigit(text.charCodeAt(end - 2))) sets = AFTER_DAY; // the regex checks the suffix
    else return false;
  } else {
    sets = FIRST_WORDS.get(runs, k);
    if (sets & ANY_NEXT) return true;
  }
  if (sets === 0 || k + 1 >= runs.count || runStart(runs, k + 1) !== end + 1) return false;
  const space = text.charCodeAt(end);
  return (space === 32 || space === 0xa0) && (NEXT_WORDS.get(runs, k + 1) & sets) !== 0;
}

/** Every date phrase in text[runs.from, runs.to): the matches a global regex of DATE_SOURCE would give over that slice. */
function dateMatches(slice: string, runs: WordRuns): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let pos = runs.from; // where the last phrase ended
  for (let k = 0; k < runs.count; k++) {
    const start = runStart(runs, k);
    if (start < pos || !mayStartDate(runs, k)) continue;
    DATE_AT.lastIndex = start - runs.from;
    const m = DATE_AT.exec(slice);
    if (!m) continue;
    out.push(m);
    pos = start + m[0].length;
  }
  return out;
}

/** The page's own dates: "Published on", "Updated:", "Last modified". */
const LABEL_BEFORE = /\b(?:published|updated|modified|posted)(?:[ \u00a0]+(?:on|at))?[ \u00a0]*:?[ \u00a0]*$/i;
/*
 * A date right after a reporting verb ("said on Friday"; "told AFP Tuesday" is not caught, on
 * purpose: too rare to pay for) dates the statement, not the event.
 */
const STATEMENT_BEFORE =
  /\b(?:said|says|say|told|announced|reported|stated|claimed|confirmed|denied|denies|added|wrote|tweeted|declared|acknowledged|admitted|insisted|noted|explained|revealed|rejected|dismissed|warned|stressed|seen|released|issued)(?:[ \u00a0]+(?:in[ \u00a0]+a[ \u00a0]+statement|late|early|on|at|this|last))*[ \u00a0]*,?[ \u00a0]*$/i;
/*
 * A date right after a revised toll ("the toll rose to 12 on Saturday", "raised the count from nine
 * to 12 over the weekend", "stood at 40 on Monday") dates the revision, not the event: tolls climb
 * for days after it.
 */
const TOLL_UPDATE_BEFORE =
  /\b(?:rose|risen|rises|climbed|climbs|jumped|grew|grown|increased|raised|raises|revised|reached|reaches|stood|stands)\b[^.;!?\n]{0,40}?\b(?:to|at)[ \u00a0]+(?:at[ \u00a0]+least[ \u00a0]+)?[\d,]+[ \u00a0]*,?[ \u00a0]*(?:(?:on|by|over|late|early|this|last)[ \u00a0]+)*$/i;
/** "according to figures the ministry released on Sunday": the date of the source's report. */
const ACCORDING_BEFORE = /\baccording[ \u00a0]+to\b[^,.;:!?\n]{0,70}$/i;
const STATEMENT_AFTER =
  /^[ \u00a0]*(?:morning|afternoon|evening|night)?[ \u00a0]*,?[ \u00a0]*(?:(?:has|have|had|was|were|also|publicly|officially|formally|again|then)[ \u00a0]+){0,2}(?:said|says|told|announced|reported|stated|claimed|confirmed|denied|denies|added|tweeted|posted|published|declared|acknowledged|admitted|rejected|dismissed|warned|issued|released)\b/;
/**
 * A dateline before the date, tested on the line up to the date: "LVIV, Ukraine, 25 Mar",
 * "MOSCOW (Sputnik - 22nd January, 2022)".
 */
const DATELINE_BEFORE = /^[ \u00a0]*(?!(?:On|In|At|By|For|From|Since|Until|After|Before|Early|Late|Last|Earlier)\b)\p{Lu}[\p{L}\p{M} .,()/'’-]{0,60}[,(–—-][ \u00a0]*$/u;
const DATELINE_CONTEXT = 72;

/** Whether the date at `start` follows a dateline at the start of its line. */
function afterDateline(text: string, start: number): boolean {
  const from = Math.max(0, start - DATELINE_CONTEXT);
  const window = text.slice(from, start);
  const line = window.lastIndexOf('\n');
  if (line < 0 && from > 0) return false; // the line starts further back than a dateline's length
  return DATELINE_BEFORE.test(window.slice(line + 1));
}
/*
 * A date fronting its sentence and followed by a short subject and a reporting verb dates the
 * statement: "On 2 January, the ministry revealed ...", "Earlier Sunday, the military said ...".
 * No comma may stand between, so "On Friday, a shell killed two, police said" keeps its date.
 */
const FRONTED_BEFORE = /(?:^|\n|[.!?]["”’]?[ \u00a0]+)(?:(?:[Oo]n|[Ee]arlier|[Ll]ater|[Ll]ate|[Ee]arly|[Bb]y)[ \u00a0]+){0,2}$/;
const FRONTED_AFTER =
  /^[ \u00a0]*(?:morning|afternoon|evening|night)?,?[ \u00a0]+(?:[^\s,.;:!?]+[ \u00a0]+){1,6}?(?:said|says|told|announced|reported|revealed|stated|claimed|confirmed|denied|denies|declared|acknowledged|admitted|tweeted|wrote|insisted)\b/;
const FRONTED_CONTEXT = 90;

/** Whether the date at [start, end) fronts its sentence before "<subject> said". */
function frontsAStatement(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - CONTEXT);
  // A window cut short of the text's start cannot tell a sentence start by "^".
  const before = (from === 0 ? '\n' : '') + text.slice(from, start);
  return FRONTED_BEFORE.test(before) && FRONTED_AFTER.test(text.slice(end, end + FRONTED_CONTEXT));
}

/** "from X through Y", "between X and Y": the second date only closes the range. */
const RANGE_JOIN = /^[ \u00a0]*(?:,[ \u00a0]*)?(?:to|through|thru|until|till|and|-|–|—)[ \u00a0]*$/;
/** What follows "since" in a strong period marker: a year, a month, a date ("since 3 April"), the war's start. */
const SINCE_OBJECT =
  /^[ \u00a0]+(?:(?:early|late|mid-?)[ \u00a0]*)?(?:(?:19|20)\d\d\b|(?:[0-3]?\d(?:st|nd|rd|th)?[ \u00a0]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|the[ \u00a0]+(?:start|beginning|outbreak|onset)\b|the[ \u00a0]+(?:war|conflict|invasion|offensive|fighting|uprising|revolution)[ \u00a0]+(?:began|started|erupted|broke)|then\b)/;
const CONTEXT = 48;

function monthIndex(name: string): number {
  return MONTH_INDEX[name.slice(0, 3).toLowerCase()];
}

function countValue(word: string): number {
  return SMALL_NUMBERS[word.toLowerCase()] ?? Number.parseInt(word, 10);
}

const MONTH_DAY_GROUPS: ReadonlyArray<readonly [GroupName, GroupName, GroupName]> = [
  ['mdM', 'mdD', 'mdY'],
  ['dmM', 'dmD', 'dmY'],
];

function meaningOf(m: RegExpExecArray): { meaning: DateMeaning; future?: boolean } | null {
  const g = (name: GroupName): string | undefined => m[GROUP[name]];
  const isoY = g('isoY');
  if (isoY) return { meaning: { type: 'absolute', year: +isoY, month: +g('isoM')!, day: +g('isoD')! } };
  // "May 23" and "23 May", each with an optional year.
  for (const [M, D, Y] of MONTH_DAY_GROUPS) {
    const name = g(M);
    if (!name) continue;
    const month = monthIndex(name);
    const day = +g(D)!;
    const year = g(Y);
    return year ? { meaning: { type: 'absolute', year: +year, month, day } } : { meaning: { type: 'month-day', month, day } };
  }
  if (g('nye')) return { meaning: { type: 'month-day', month: 12, day: 31 } };
  if (g('nyd')) return { meaning: { type: 'month-day', month: 1, day: 1 } };
  if (g('xmasEve')) return { meaning: { type: 'month-day', month: 12, day: 24 } };
  if (g('xmas')) return { meaning: { type: 'month-day', month: 12, day: 25 } };
  const wd = g('wd');
  if (wd) {
    const pre = g('wdPre')?.toLowerCase();
    const weekday = WEEKDAYS.indexOf(wd.toLowerCase());
    return { meaning: { type: 'weekday', weekday, strict: pre === 'last' }, future: pre === 'next' || pre === 'coming' };
  }
  if (g('dayBeforeYesterday')) return { meaning: { type: 'days-ago', days: 2 } };
  if (g('yesterday')) return { meaning: { type: 'days-ago', days: 1 } };
  if (g('today')) return { meaning: { type: 'days-ago', days: 0 } };
  const agoN = g('agoN');
  if (agoN) {
    const n = countValue(agoN);
    const unit = g('agoUnit')!.toLowerCase();
    if (unit.startsWith('month')) return { meaning: { type: 'months-ago', months: n } };
    return { meaning: { type: 'days-ago', days: unit.startsWith('week') ? 7 * n : n } };
  }
  if (g('lastWeek')) return { meaning: { type: 'span', span: 'last-week' } };
  if (g('thisWeek')) return { meaning: { type: 'span', span: 'earlier-this-week' } };
  if (g('lastMonth')) return { meaning: { type: 'span', span: 'last-month' } };
  if (g('thisMonth')) return { meaning: { type: 'span', span: 'earlier-this-month' } };
  if (g('relBefore')) return { meaning: { type: 'relative', days: -1 } };
  if (g('relAfter')) return { meaning: { type: 'relative', days: 1 } };
  const relN = g('relN');
  if (relN) {
    const n = countValue(relN);
    const dir = g('relDir')!;
    return { meaning: { type: 'relative', days: dir === 'earlier' || dir === 'before' ? -n : n } };
  }
  return null;
}

/**
 * Every date phrase in `text[from, to)`, in text order, with offsets into `text`. `since` phrases
 * come back as `period` meanings so the caller can tell a total over a period from an incident.
 * `runs` are that range's word runs, when the caller has read them for its other finders.
 */
export function findDateMentions(text: string, from: number, to: number, runs = wordRuns(text, from, to)): DateMention[] {
  const slice = text.slice(from, to);
  const out: DateMention[] = [];
  for (const m of dateMatches(slice, runs)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (m[GROUP.since] !== undefined) {
      const strong = SINCE_OBJECT.test(slice.slice(m.index + m[0].length, m.index + m[0].length + CONTEXT));
      out.push({ start, end, meaning: { type: 'period', strong } });
      continue;
    }
    const found = meaningOf(m);
    if (!found) continue;
    const mention: DateMention = { start, end, meaning: found.meaning };
    // Look back in the whole text, not the slice: a dateline starts at the paragraph's start.
    const before = text.slice(Math.max(0, start - CONTEXT), start);
    const prev = out[out.length - 1];
    if (found.future) mention.not = 'future';
    else if (prev && prev.meaning.type !== 'period' && RANGE_JOIN.test(text.slice(prev.end, start))) {
      mention.not = 'range-end';
      prev.rangeEnd = mention;
    } else if (
      LABEL_BEFORE.test(before) ||
      // "On Tuesday, March 15, ..." is a date after a date, not after a dateline.
      ((!prev || start - prev.end > DATELINE_CONTEXT) && afterDateline(text, start))
    ) {
      mention.not = 'label';
    } else if (
      STATEMENT_BEFORE.test(before) ||
      TOLL_UPDATE_BEFORE.test(text.slice(Math.max(0, start - 2 * CONTEXT), start)) ||
      ACCORDING_BEFORE.test(text.slice(Math.max(0, start - 2 * CONTEXT), start)) ||
      frontsAStatement(text, start, end) ||
      STATEMENT_AFTER.test(slice.slice(m.index + m[0].length, m.index + m[0].length + CONTEXT))
    ) {
      mention.not = 'statement';
    }
    out.push(mention);
  }
  return out;
}

/**
 * What every date phrase in `text[from, to)` means, in text order: the phrases of
 * findDateMentions without its look at their context, for callers that need only the dates.
 */
export function findDateMeanings(text: string, from: number, to: number): DateMeaning[] {
  const out: DateMeaning[] = [];
  for (const m of dateMatches(text.slice(from, to), wordRuns(text, from, to))) {
    if (m[GROUP.since] !== undefined) continue; // a period, never a day
    const found = meaningOf(m);
    if (found) out.push(found.meaning);
  }
  return out;
}

/** References a mention may be resolved against. */
export interface DateReference {
  /** The publication day; relative phrases need it. */
  published: Date | null;
  /**
   * A day the article is known to be on or after (its latest full date), used only to give a
   * year to "Dec. 31" when the publication date is missing.
   */
  yearHint?: Date | null;
  /** For `relative` meanings: the day they count from (another date of the passage). */
  anchor?: Date | null;
}

/** The calendar day a mention stands for, or null when its reference is missing or it is no day. */
export function resolveMention(meaning: DateMeaning, ref: DateReference): Day | null {
  const d = resolveToDate(meaning, ref);
  return d ? formatDay(d) : null;
}

/** Like `resolveMention`, as a Date (for use as another mention's anchor). */
export function resolveToDate(meaning: DateMeaning, ref: DateReference): Date | null {
  const pub = ref.published;
  switch (meaning.type) {
    case 'absolute':
      return makeDate(meaning.year, meaning.month, meaning.day);
    case 'month-day': {
      const base = pub ?? ref.yearHint ?? null;
      return base ? latestMonthDay(meaning.month, meaning.day, base) : null;
    }
    case 'weekday':
      return pub ? weekdayOnOrBefore(meaning.weekday, pub, meaning.strict) : null;
    case 'days-ago':
      return pub ? shiftDays(pub, -meaning.days) : null;
    case 'months-ago':
      return pub ? monthsBefore(pub, meaning.months) : null;
    case 'span':
      if (!pub) return null;
      switch (meaning.span) {
        case 'last-week':
          return lastWeek(pub);
        case 'earlier-this-week':
          return earlierThisWeek(pub);
        case 'last-month':
          return lastMonth(pub);
        case 'earlier-this-month':
          return earlierThisMonth(pub);
      }
      return null;
    case 'relative': {
      const anchor = ref.anchor ?? pub;
      return anchor ? shiftDays(anchor, meaning.days) : null;
    }
    case 'period':
      return null;
  }
}

/** True for mentions that can stand for the event's day (not a statement date, range end, ...). */
export function isEventCandidate(m: DateMention): boolean {
  return !m.not && m.meaning.type !== 'period';
}
