/**
 * Reading number phrases: digits with separators, number words and their compounds, vague
 * quantities ("dozens", "several hundred"), with the qualifier in front ("at least", "up to") and
 * ranges ("between 300 and 400", "20 to 30", "80,000-100,000").
 *
 * Everything here is position-preserving: a phrase knows where it starts and ends in the text it was
 * found in, so a claim can point back at exactly the words the reader sees.
 */
import { isAsciiLetter, isDigit } from './ascii';

/** A number phrase as read: the value bounds the words give, before any context is considered. */
export interface NumberPhrase {
  start: number;
  end: number;
  /** Where the bare number starts, after the qualifier ("nine" in "at least nine"). */
  coreStart: number;
  low: number | null;
  high: number | null;
  approx: boolean;
  /** The central value, whatever the qualifier (9 for "at least nine"); used for plausibility. */
  value: number;
  /** "dozens", "hundreds", "scores": a quantity with no exact number. */
  vague: boolean;
  /** Written as a number word ("nine") rather than digits. */
  words: boolean;
  /** A bare "one"/"a"/"both": a weaker signal, only a figure in a strong pattern. */
  weak: boolean;
  /** "from 63 to 89": a revision, read as two phrases by the caller; this is the "to" side. */
  revisionFrom?: NumberPhrase;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

const UNIT_WORD = Object.keys(UNITS).join('|');
const TENS_WORD = Object.keys(TENS).join('|');
/** "twenty-six", "forty", "seven". */
const SMALL_WORDS = `(?:(?:${TENS_WORD})(?:[- ](?:${UNIT_WORD}))?|${UNIT_WORD})`;
/** "two hundred and forty", "a hundred", "one thousand five hundred", "twenty-six". */
const WORD_NUMBER = `(?:(?:${SMALL_WORDS}|a)\\s+(?:hundred|thousand|million)(?:(?:\\s+and)?\\s+${SMALL_WORDS}(?:\\s+hundred)?(?:(?:\\s+and)?\\s+${SMALL_WORDS})?)?|${SMALL_WORDS})`;
/**
 * "1.2m", "2m people": millions written against the digits, as the British press does. Metres are
 * written the same way ("500m from the border", "a 2m wall"), so an "m" counts as millions after
 * a decimal or before a word for people, and never on its own.
 */
const MILLIONS_M = `(?:m(?<=\\.\\d+m)|m(?=\\s+(?:more\\s+|other\\s+)?(?:people|persons|civilians|children|refugees|residents|soldiers|troops|lives|deaths|dead|casualties|victims|fatalities|men|women)\\b))(?![\\w])`;
/**
 * "5,937", "1.2 million", "60 thousand", "518k", "100,000." (a stray point after groups). Groups may
 * also be set off by a no-break, narrow no-break or thin space ("2 300"), as many European outlets
 * and typeset copy do; an ordinary space never joins groups (it would join "on 12 May 2024, 9").
 */
const DIGIT_NUMBER = `(?:\\d{1,3}(?:[,\u00a0\u202f\u2009]\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s*(?:thousand|million|k\\b)|${MILLIONS_M})?`;
/** Vague quantities the guide gives values for. */
const VAGUE =
  '(?:tens\\s+of\\s+thousands|hundreds\\s+of\\s+thousands|dozens|scores|hundreds|thousands|several\\s+(?:hundred|thousand|dozen)|a\\s+few\\s+(?:hundred|thousand|dozen)|(?:a|one|two|three|four|five|half\\s+a|another|\\d{1,2})\\s+dozen)';
/** "both" counts two people ("both pilots were killed"); it is weak, like "one". */
const CORE = `(?:${VAGUE}|half\\s+a\\s+million|${DIGIT_NUMBER}|${WORD_NUMBER}|both)`;

/**
 * Qualifiers in front of a number, longest first so "no more than" wins over "more than". "past"
 * only where a toll or a count rose past it ("the toll from the quake climbed past 2,300"); the
 * lookbehind is written after the word, so it is tried only where "past" stands ("the convoy went
 * past 12 bodies" counts 12, not more than 12).
 */
const QUALIFIER =
  '(?:anywhere\\s+from|(?:in|on)\\s+the\\s+(?:region|order)\\s+of|a\\s+minimum\\s+of|a\\s+maximum\\s+of|upward\\s+of|no\\s+fewer\\s+than|not\\s+fewer\\s+than|no\\s+less\\s+than|not\\s+less\\s+than|no\\s+more\\s+than|not\\s+more\\s+than|no\\s+greater\\s+than|at\\s+least|at\\s+most|more\\s+than|fewer\\s+than|less\\s+than|upwards\\s+of|in\\s+excess\\s+of|well\\s+over|just\\s+over|just\\s+under|up\\s+to|as\\s+many\\s+as|as\\s+high\\s+as|as\\s+few\\s+as|close\\s+to|closer\\s+to|close\\s+on|(?:just\\s+)?shy\\s+of|(?:well\\s+|just\\s+)?above|an\\s+estimated|estimated|approximately|about|around|roughly|nearly|almost|some|over|under|exceed(?:s|ed|ing)?|surpass(?:es|ed)?|topp(?:ed)|(?<=\\b(?:toll|total|tally|count|number|figure)s?\\s+(?:(?:has|have|had|now|already|just)\\s+){0,2})(?:tops|pass(?:es|ed))|cross(?:es|ed)(?<=\\b(?:tolls?|totals?|tally|count|number|figures?|casualties|deaths|fatalities)\\b[^.;:!?]{0,60}?\\scross(?:es|ed))|past(?<=\\b(?:tolls?|totals?|tally|count|number|figures?|casualties|deaths|dead|fatalities|injured|wounded|missing)\\b[^.;:!?]{0,60}?\\b(?:rose|risen|rises|rising|climbed|climbs|climbing|jumped|jumps|soared|soars|surged|surges|crept|creeps|edged|edges|went|gone|pushed|moved)\\s+past)|like|between|from)';

/**
 * One number phrase: qualifier, core, and an optional range tail ("to 30", "and 400", "-300").
 * The lookbehind keeps us from starting inside a word or a number.
 */
export const NUMBER_PHRASE = new RegExp(
  `(?<![\\w.,$€£-])(?:(${QUALIFIER})\\s+)?(${CORE})(?:(\\s*(?:-|–|—|to|and|or)\\s*)(${DIGIT_NUMBER}|${WORD_NUMBER}))?(?![\\w])`,
  'gi',
);

/** The same pattern anchored where a list continues ("45 adults and 5 children"). */
const TAIL_PHRASE = new RegExp(NUMBER_PHRASE.source, 'giy');

/** Parse "twenty-six", "two hundred and forty", "a hundred", "one thousand five hundred". */
export function parseWordNumber(words: string): number | null {
  const parts = words.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter((w) => w && w !== 'and');
  if (!parts.length) return null;
  let total = 0;
  let current = 0;
  for (const w of parts) {
    if (w in UNITS) current += UNITS[w];
    else if (w in TENS) current += TENS[w];
    else if (w === 'a') current += 1;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w in SCALES) {
      total += (current || 1) * SCALES[w];
      current = 0;
    } else return null;
  }
  return total + current;
}

/** Parse digits with separators and an optional scale word: "5,937", "1.2 million", "518k". */
export function parseDigitNumber(s: string): number | null {
  // Groups set off by a space of any kind come here as "2 300" (parseCore folds spaces).
  // "1.2m": the British press's millions, written against the digits ("a 2 m wall" is no match).
  const m = /^(\d{1,3}(?:\s\d{3})+|[\d,]+(?:\.\d+)?)(?:\s*(thousand|million|k)|(m))?$/i.exec(s.trim());
  if (!m) return null;
  // "10.000", "1.500": groups set off by points, as continental copy writes thousands; a count of
  // people is never a fraction with three decimals. With a scale word it is a decimal ("1.500 million").
  const points = !m[2] && !m[3] && /^\d{1,3}(?:\.\d{3})+$/.test(m[1]);
  const digits = m[1].replace(points ? /[.,\s]/g : /[,\s]/g, '');
  let n = Number(digits);
  if (!Number.isFinite(n)) return null;
  const scale = (m[2] ?? m[3])?.toLowerCase();
  if (scale === 'thousand' || scale === 'k') n *= 1_000;
  else if (scale === 'million' || scale === 'm') n *= 1_000_000;
  return Math.round(n);
}

interface CoreValue {
  value: number;
  /** A vague quantity's open-ended reading: low only. */
  vague: boolean;
  words: boolean;
}

/** Vague quantities the guide gives values for, by their lower-cased, single-spaced words. */
const VAGUE_VALUES = new Map<string, number>([
  ['tens of thousands', 20_000],
  ['hundreds of thousands', 200_000],
  ['dozens', 24],
  ['scores', 40],
  ['hundreds', 200],
  ['thousands', 2_000],
  ['several hundred', 200],
  ['several thousand', 2_000],
  ['several dozen', 24],
  ['a few hundred', 200],
  ['a few thousand', 2_000],
  ['a few dozen', 24],
]);

/** "a dozen" to "five dozen", and "half a dozen": exact counts. */
const DOZENS = new Map<string, number>([
  ['a dozen', 12],
  ['one dozen', 12],
  ['two dozen', 24],
  ['three dozen', 36],
  ['four dozen', 48],
  ['five dozen', 60],
  ['half a dozen', 6],
  ['another dozen', 12],
]);

/** The value of a core number (no qualifier): 12 for "a dozen", 24 (vague) for "dozens". */
export function parseCore(core: string): CoreValue | null {
  const s = core.trim().replace(/\s+/g, ' ');
  if (isDigit(s.charCodeAt(0))) {
    const dozen = /^(\d+) dozen$/i.exec(s); // "2 dozen"
    if (dozen) return { value: Number(dozen[1]) * 12, vague: false, words: false };
    const v = parseDigitNumber(s);
    return v == null ? null : { value: v, vague: false, words: false };
  }
  const lower = s.toLowerCase();
  const vague = VAGUE_VALUES.get(lower);
  if (vague !== undefined) return { value: vague, vague: true, words: true };
  const dozen = DOZENS.get(lower);
  if (dozen !== undefined) return { value: dozen, vague: false, words: true };
  if (lower === 'both') return { value: 2, vague: false, words: true };
  if (lower === 'half a million') return { value: 500_000, vague: false, words: true };
  const v = parseWordNumber(s);
  return v == null ? null : { value: v, vague: false, words: true };
}

/** Bounds for a single value under a qualifier, following the annotation guide's value rules. */
export function applyQualifier(
  qualifier: string | undefined,
  value: number,
  vague: boolean,
): { low: number | null; high: number | null; approx: boolean } {
  const q = (qualifier ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (vague) {
    // "dozens", "hundreds": open-ended and approximate whatever comes in front ("up to hundreds" is rare).
    if (UPPER_BOUNDS.has(q)) return { low: null, high: value, approx: true };
    return { low: value, high: null, approx: true };
  }
  switch (q) {
    case '':
      return { low: value, high: value, approx: false };
    case 'at least':
    case 'no fewer than':
    case 'not fewer than':
    case 'a minimum of':
    case 'no less than':
    case 'not less than':
      return { low: value, high: null, approx: false };
    case 'more than':
    case 'over':
    case 'upwards of':
    case 'upward of':
    case 'in excess of':
    case 'well over':
    case 'above':
    case 'well above':
    case 'just above':
    case 'just over':
    case 'exceeds':
    case 'exceeded':
    case 'exceed':
    case 'exceeding':
    case 'surpassed':
    case 'surpasses':
    case 'topped':
    case 'tops':
    case 'passes':
    case 'passed':
    case 'crossed':
    case 'crosses':
    case 'past':
      return { low: value + 1, high: null, approx: false };
    case 'up to':
    case 'as many as':
    case 'as high as':
    case 'no more than':
    case 'not more than':
    case 'no greater than':
    case 'at most':
    case 'a maximum of':
      return { low: null, high: value, approx: false };
    case 'fewer than':
    case 'less than':
    case 'under':
    case 'just under':
    case 'shy of':
    case 'just shy of':
      return { low: null, high: value - 1, approx: false };
    case 'as few as':
      return { low: value, high: null, approx: false };
    default:
      // about, around, roughly, nearly, almost, some, approximately, an estimated, close to, like
      return { low: value, high: value, approx: true };
  }
}

/** Qualifiers that give an upper bound only. */
const UPPER_BOUNDS = new Set(['up to', 'as many as', 'as high as', 'no more than', 'at most', 'a maximum of']);

/**
 * Every number phrase in `text` between `from` and `to`, in order, with offsets into `text`.
 * It reads the phrase only; whether it counts people who were harmed is the caller's question.
 */
export function findNumberPhrases(text: string, from = 0, to = text.length): NumberPhrase[] {
  const out: NumberPhrase[] = [];
  const re = NUMBER_PHRASE; // module-level and sticky to this loop: no allocation per call
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) readMatch(m, out);
  return out;
}

/**
 * Where the number of a phrase can start: a digit or the first word of a number written out, at a
 * word start. A phrase's number begins with one of these (after its qualifier), so a stretch of
 * text without one holds no whole phrase. Plain alternation, no u flag: it scans ~3x faster than
 * NUMBER_PHRASE.
 */
const NUMBER_START = new RegExp(
  `\\b(?:\\d|${UNIT_WORD}|${TENS_WORD}|tens|hundreds|thousands|dozens|scores|several|half|both|another\\s+dozen|a\\s+(?:hundred|thousand|million|dozen|few))`,
  'gi',
);

/**
 * The phrases of findNumberPhrases(text, from, to) that end by `to`: those wholly inside the range.
 * Same result, less scanning: NUMBER_PHRASE looks for its next match wherever it is, past `to` too,
 * so each step first asks NUMBER_START whether a number starts before `to` at all.
 */
export function findNumberPhrasesWithin(text: string, from: number, to: number): NumberPhrase[] {
  const out: NumberPhrase[] = [];
  const range = text.slice(from, to);
  const re = NUMBER_PHRASE;
  re.lastIndex = from;
  for (;;) {
    // A kept phrase's number starts at or after where the last match ended, inside the range.
    NUMBER_START.lastIndex = re.lastIndex - from;
    const n = NUMBER_START.exec(range);
    if (!n) break;
    // No match starts before a qualifier's reach of that number (phraseReach): NUMBER_PHRASE, slow
    // to scan, skips the words between numbers, which NUMBER_START has read.
    if (QUALIFIER_WORDS > 0) re.lastIndex = phraseReach(text, from + n.index, re.lastIndex);
    const m = re.exec(text);
    if (!m || m.index >= to) break;
    readMatch(m, out);
  }
  return out.filter((p) => p.end <= to);
}

/**
 * The most words a qualifier can have, from QUALIFIER's source; 0 when it consumes anything but
 * ASCII letters and white space (\s+) in groups, alternatives and optional parts (its lookbehinds
 * consume nothing), or NUMBER_PHRASE has the u flag (under /iu "ſ" matches "s"): phraseReach relies on it.
 */
const QUALIFIER_WORDS = NUMBER_PHRASE.flags.includes('u') ? 0 : mostWords(QUALIFIER);

function mostWords(source: string): number {
  // Lookbehinds out (balanced, with escapes and classes skipped).
  let consumed = '';
  for (let i = 0; i < source.length; i++) {
    if (!source.startsWith('(?<=', i) && !source.startsWith('(?<!', i)) {
      consumed += source[i];
      continue;
    }
    for (let depth = 0, inClass = false; i < source.length; i++) {
      const c = source[i];
      if (c === '\\') i++;
      else if (inClass) inClass = c !== ']';
      else if (c === '[') inClass = true;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
    }
  }
  if (!/^\(\?:(?:[a-z()|?:]|\\s\+)*\)$/.test(consumed)) return 0;
  // Per top-level alternative, one word more than its white-space runs.
  let depth = 0;
  let runs = 0;
  let most = 0;
  for (let i = 0; i < consumed.length; i++) {
    const c = consumed[i];
    if (c === '\\') {
      runs++;
      i += 2;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 1) {
      most = Math.max(most, runs);
      runs = 0;
    }
  }
  return Math.max(most, runs) + 1;
}

/** JavaScript's \s, which NUMBER_PHRASE's \s+ matches. */
function isSpaceChar(c: number): boolean {
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : WHITE_SPACE.test(String.fromCharCode(c));
}
const WHITE_SPACE = /\s/;

/**
 * The first place, not before `floor`, where a NUMBER_PHRASE match can start when the first number
 * start at or after `floor` is at `at`: a match starts at its qualifier or its number, and a
 * qualifier is at most QUALIFIER_WORDS words of ASCII letters and white space, then white space.
 * A match of a later number whose qualifier began before `at` would hold `at` inside that
 * qualifier, so it too starts within QUALIFIER_WORDS words before `at`.
 */
function phraseReach(text: string, at: number, floor: number): number {
  let p = at;
  for (let words = 0; ; words++) {
    while (p > floor && isSpaceChar(text.charCodeAt(p - 1))) p--;
    if (words === QUALIFIER_WORDS || p <= floor || !isAsciiLetter(text.charCodeAt(p - 1))) break;
    while (p > floor && isAsciiLetter(text.charCodeAt(p - 1))) p--;
  }
  return p;
}

/** "18 or more", "20 or so", "1,000-plus", "500+", "30-odd": a qualifier written after the number. */
const TRAILING_QUALIFIER = /\s+or\s+(more|so)\b|-plus\b|\+|-(odd)\b/iy;

/** Reads one match into `out`, then applies a trailing "or more" / "or so" to the last phrase read. */
function readMatch(m: RegExpExecArray, out: NumberPhrase[]): void {
  const before = out.length;
  readMatchPhrases(m, out);
  const last = out[out.length - 1];
  if (out.length === before || !last || last.vague || last.start < last.coreStart || last.low !== last.high) return;
  TRAILING_QUALIFIER.lastIndex = last.end;
  const t = TRAILING_QUALIFIER.exec(m.input);
  if (!t) return;
  last.end += t[0].length;
  // "or so" and "-odd" hedge the number; "or more", "-plus" and "+" open it upwards.
  if (t[2] !== undefined || t[1]?.toLowerCase() === 'so') last.approx = true;
  else last.high = null;
}

/** Reads one match into `out`: nothing, one phrase, or two ("from 63 to 89", "45 adults and 5 ..."). */
function readMatchPhrases(m: RegExpExecArray, out: NumberPhrase[]): void {
  const whole = m[0];
  const qualifier: string | undefined = m[1];
  const core = m[2];
  const rangeSep: string | undefined = m[3];
  const rangeEnd: string | undefined = m[4];
  const start = m.index;
  let end = start + whole.length;
  const coreStart = start + whole.indexOf(core, qualifier ? qualifier.length : 0);
  const parsed = parseCore(core);
  if (!parsed) return;
  const q = qualifier?.toLowerCase().replace(/\s+/g, ' ');
  const weak = isWeakCore(core);

  if (rangeEnd !== undefined && rangeSep !== undefined) {
    let hi = parseCore(rangeEnd);
    // "two to three dozen", "two to three hundred", "20 to 30 thousand": the scale of the second
    // number is the first's too.
    const dozen = hi && !hi.vague && DOZEN_AFTER.exec(m.input.slice(end, end + 8));
    if (hi && dozen) {
      hi = { ...hi, value: hi.value * 12 };
      end += dozen[0].length;
    }
    const scale = hi && !dozen ? SCALE_END.exec(rangeEnd) : null;
    const factor = dozen ? 12 : scale ? SCALES[scale[1].toLowerCase()] : 1;
    if (factor > 1 && !SCALE_END.test(core) && parsed.value * factor < hi!.value * 1.5 && parsed.value * factor >= hi!.value / 10) parsed.value *= factor;
    const sep = rangeSep.trim().toLowerCase();
    const rangeOk =
      hi && !hi.vague && !parsed.vague && hi.value > parsed.value &&
      // "between A and B" or "A to B", "A-B"; a bare "A and B" / "A or B" is a list, not a range.
      (sep === 'to' || sep === '-' || sep === '–' || sep === '—' || (q === 'between' && sep === 'and') || sep === 'or') &&
      // "rose by 12 to 52": a change and the new total, not a range.
      !(sep === 'to' && !q && BY_BEFORE.test(m.input.slice(Math.max(0, start - 4), start))) &&
      !notARange(m.input, start, rangeSep, core, rangeEnd);
    if (rangeOk && hi) {
      // "estimates range from 300 to 500": after "range"/"vary" a "from" is a range, not a revision.
      if (q === 'from' && RANGE_VERB_BEFORE.test(m.input.slice(Math.max(0, start - 12), start))) {
        out.push(phrase(start, end, coreStart, parsed.value, hi.value, false, Math.round((parsed.value + hi.value) / 2), parsed, weak));
        return;
      }
      if (q === 'from') {
        // "from 63 to 89": a revision; the caller decides whether both are figures.
        const fromEnd = coreStart + core.length;
        const first = phrase(start, fromEnd, coreStart, parsed.value, parsed.value, false, parsed.value, parsed, weak);
        const secondStart = end - rangeEnd.length;
        const second = phrase(secondStart, end, secondStart, hi.value, hi.value, false, hi.value, { vague: false, words: hi.words }, false);
        second.revisionFrom = first;
        out.push(first, second);
        return;
      }
      const approx = q != null && !['between', 'anywhere from'].includes(q) && applyQualifier(q, parsed.value, false).approx;
      let low: number | null = parsed.value;
      const high: number | null = hi.value;
      if (q && UPPER_BOUNDS.has(q)) low = parsed.value; // "as many as 200,000-300,000"
      out.push(phrase(start, end, coreStart, low, high, approx, Math.round((parsed.value + hi.value) / 2), parsed, weak));
      return;
    }
    // Not a range: drop the tail, it may be the next phrase ("45 adults and 5 children").
    end = coreStart + core.length;
    const tailStart = end + rangeSep.length;
    TAIL_PHRASE.lastIndex = tailStart;
    const tail = TAIL_PHRASE.exec(m.input);
    out.push(single(start, coreStart, q, parsed, weak, end));
    if (tail && tail.index === tailStart) readMatch(tail, out);
    return;
  }
  if (q === 'between' || q === 'from' || q === 'anywhere from') {
    // "between" with no range after it: read the bare number.
    out.push(single(coreStart, coreStart, undefined, parsed, weak, end));
    return;
  }
  out.push(single(start, coreStart, q, parsed, weak, end));
}

/**
 * A number and the next one that only look like a range: "Update No. 2 to 37" (a label's number,
 * then a toll's "to"), and across a spaced dash "KABUL, Aug 3 — Twelve people" or "May 19 – 30
 * passengers" (a dateline's day, then the count), or "3 — Twelve" (digits and words are never the
 * two ends of one range).
 */
function notARange(input: string, start: number, sep: string, core: string, end: string): boolean {
  if (LABEL_BEFORE.test(input.slice(Math.max(0, start - 5), start))) return true;
  if (!/\s[-–—]|[-–—]\s/.test(sep)) return false;
  return isDigit(core.charCodeAt(0)) !== isDigit(end.charCodeAt(0)) || MONTH_BEFORE.test(input.slice(Math.max(0, start - 11), start));
}

/** "No. 2", "#4": a number naming an instance. */
const LABEL_BEFORE = /(?:\bno\.|#)\s*$/i;

/** A month right before a number ("Aug 3", "May 19", "Sept. 4"): the number is a day. Capitalised, as "may" is also a verb. */
const MONTH_BEFORE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+$/;

/** " dozen" right after a range's second number ("two to three dozen"). */
const DOZEN_AFTER = /^\s+dozen\b/i;
/** A scale word ending a number ("three hundred", "30 thousand"). */
const SCALE_END = /\s(hundred|thousand|million)$/i;

/** "by " right before a number: "rose by 12 to 52". */
const BY_BEFORE = /\bby\s+$/i;

/** "range(d) from", "varying from": the verb before a "from A to B" that makes it a range. */
const RANGE_VERB_BEFORE = /\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+$/i;

/** Words that are read as numbers only in a strong casualty pattern: "one", "a", "both". */
function isWeakCore(core: string): boolean {
  const w = core.toLowerCase();
  return w === 'one' || w === 'a' || w === 'both';
}

/** A phrase of one value under its qualifier. */
function single(start: number, coreStart: number, q: string | undefined, parsed: CoreValue, weak: boolean, end: number): NumberPhrase {
  const { low, high, approx } = applyQualifier(q, parsed.value, parsed.vague);
  return phrase(start, end, coreStart, low, high, approx, parsed.value, parsed, weak);
}

/**
 * Every NumberPhrase is built here, with its fields in one order: objects of one shape keep the
 * figure reader's property reads monomorphic (spread-built objects came in several shapes).
 */
function phrase(
  start: number, end: number, coreStart: number, low: number | null, high: number | null, approx: boolean,
  value: number, kind: Pick<CoreValue, 'vague' | 'words'>, weak: boolean,
): NumberPhrase {
  return { start, end, coreStart, low, high, approx, value, vague: kind.vague, words: kind.words, weak };
}
