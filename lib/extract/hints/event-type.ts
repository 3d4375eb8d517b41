/**
 * Event-type cues ("airstrike", "shelled", "car bomb", "gunmen", "earthquake") in news text.
 * Choosing the cue nearest the claim happens in `index.ts`.
 */
import type { EventType } from '../types';
import { runEnd, runStart, wordRuns } from './word-runs';

/** One cue word or phrase, with offsets into the text. */
export interface EventTypeMention {
  start: number;
  end: number;
  eventType: EventType;
}

/*
 * One alternation, each group one type (group names cannot hold spaces, hence the keys). The
 * whole alternation sits between word boundaries, so "bomb" cannot match the start of "bombers";
 * where two cues start at the same place, the one listed first wins, which is why the phrases
 * naming the means ("car bomb", "drone strike", "rocket attack", "Storm Shadow") come before
 * the single words they contain. Plain "strike", "attack" and "bombed" say nothing about the
 * means and are not cues; neither are "shot down" (interceptions) and "was shot" (also filming).
 */
const CUES: [key: string, type: EventType, source: string][] = [
  [
    'blast',
    'explosion',
    String.raw`car[ -]bomb(?:s|ings?)?|truck[ -]bomb(?:s|ings?)?|suicide[ -]bomb(?:ers?|ings?|s)?|suicide[ -]attacks?|improvised[ -]explosive(?:[ -]devices?)?|IEDs?|explosions?|exploded|explosives?|blasts?|detonat(?:ed|ions?|ing)|landmines?|grenades?|bombings?|bombs?`,
  ],
  [
    'drone',
    'drone strike',
    String.raw`drone[ -]?(?:strikes?|attacks?)|(?:kamikaze|suicide|attack)[ -]drones?|drones?|UAVs?|unmanned[ -]aerial[ -]vehicles?|Shaheds?|quadcopters?`,
  ],
  [
    'missile',
    'missile strike',
    String.raw`Storm[ -]Shadows?|(?:cruise|ballistic|guided|anti-ship)[ -]missiles?|missile[ -](?:strikes?|attacks?)|rocket[ -](?:strikes?|attacks?)|missiles?|HIMARS|Iskanders?|Tochka(?:-U)?|Kalibrs?`,
  ],
  [
    'air',
    'air strike',
    String.raw`air[ -]?strikes?|air[ -]raids?|air[ -]attacks?|aerial[ -](?:bombardments?|bombings?|attacks?|strikes?)|warplanes?|war[ -]planes?|fighter[ -]jets?|jet[ -]fighters?|(?:dropped|dropping|drops)[ -]bombs|bombers?|helicopter[ -]gunships?|strafing|strafed`,
  ],
  [
    'shelling',
    'shelling',
    String.raw`shell(?:ing|ed|fire|s)?|artillery|mortars?|rocket[ -]fire|rockets?|howitzers?|Grads?|MLRS|multiple[ -]rocket[ -]launchers?|bombardments?|barrages?`,
  ],
  ['ambush', 'ambush', String.raw`ambush(?:ed|es|ing)?`],
  [
    'shooting',
    'shooting',
    String.raw`shootings?|shot[ -]dead|shot[ -]and[ -]killed|shot[ -]to[ -]death|fatally[ -]shot|opened[ -]fire|open[ -]fire|gun(?:men|man|fire|shots?|battles?)|gun[ -]attacks?|gunned[ -]down|gunning[ -]down|snipers?|shootouts?|machine[ -]guns?`,
  ],
  [
    'clashes',
    'clashes',
    String.raw`clash(?:es|ed)?|street[ -]fighting|fighting|battles?|firefights?|skirmish(?:es)?|hostilities`,
  ],
  [
    'crash',
    'crash',
    // "crash\w{0,4}" also reads words glued to the next one in scraped text ("crashedon").
    // A boat that capsized or sank and a vehicle that left the road ("the bus plunged into a
    // ravine") are crashes too; "plunged", "overturned" and "sank" only after a vehicle's name
    // ("shares plunged", "the court overturned", "hopes sank").
    String.raw`(?:plane|helicopter|air|jet|train|bus|car|road)[ -](?:crash(?:es)?|accidents?)|crash\w{0,4}|derail(?:ed|ment|s)?|collisions?|collided` +
      String.raw`|capsiz(?:ed|es|ing|e)|shipwrecks?|(?:boat|ferry|ship|vessel|dinghy|canoe|barge|trawler)s?[ -](?:sank|sinks|sinking|went[ -]down)` +
      String.raw`|(?:bus|minibus|coach|truck|lorry|van|car|vehicle)[ -](?:plunged|plunges|plunging|overturned|overturns|veered|swerved|rolled[ -]over)`,
  ],
  [
    'nature',
    'natural disaster',
    String.raw`hurricanes?|typhoons?|cyclones?|earthquakes?|quakes?|tsunamis?|flash[ -]floods?|floods?|flooding|landslides?|mudslides?|tornado(?:es)?|wildfires?|bushfires?|storms?|volcan(?:o|oes|ic)|eruptions?|avalanches?|heat[ -]?waves?|droughts?`,
  ],
];

export const CUE_SOURCE = `\\b(?:${CUES.map(([key, , source]) => `(?<${key}>${source})`).join('|')})\\b`;

/*
 * Where a cue can start: every cue begins with three ASCII letters (case-insensitive in a regex
 * without the u flag, which folds no other character onto them), so a cue regex is tried only at a
 * word whose first three letters begin some cue, and there only the cues that begin with them: one
 * small regex per three letters, made from CUES in their order, finds what CUE_SOURCE would at that
 * position (the others cannot match there) while running a fraction of its code. The letters are
 * read off CUES themselves (see `prefixes`), so a new cue cannot be missed; a cue it cannot read
 * throws here, at load.
 */
const PREFIX_LENGTH = 3;
const LETTERS = 27; // a-z, 0 for anything else

interface CueRegex {
  /** Sticky, case-insensitive; group k + 1 is a cue of `types[k]`. */
  re: RegExp;
  types: EventType[];
}

const CUES_AT = new Map<number, CueRegex>();
/** A bit per key of CUES_AT (2.5 KB, small enough to stay in the CPU cache between paragraphs). */
const HAS_CUES = new Uint32Array(Math.ceil(LETTERS ** PREFIX_LENGTH / 32));
{
  const byKey = new Map<number, Map<EventType, string[]>>();
  for (const [, type, source] of CUES) {
    for (const alternative of splitAlternatives(source)) {
      for (const prefix of prefixes(alternative, PREFIX_LENGTH)) {
        if (!/^[a-z]+$/.test(prefix) || prefix.length !== PREFIX_LENGTH) throw new Error(`event-type cue starting "${prefix}": not three letters`);
        const key = prefixKey(prefix, 0);
        if (!byKey.has(key)) byKey.set(key, new Map(CUES.map(([, t]) => [t, []])));
        const list = byKey.get(key)!.get(type)!;
        if (list[list.length - 1] !== alternative) list.push(alternative);
      }
    }
  }
  for (const [key, groups] of byKey) {
    const used = [...groups].filter(([, alternatives]) => alternatives.length);
    const source = `\\b(?:${used.map(([, alternatives]) => `(${alternatives.join('|')})`).join('|')})\\b`;
    if (new RegExp(`${source}|`).exec('')!.length !== used.length + 1) throw new Error('CUES: a cue has a capturing group');
    CUES_AT.set(key, { re: new RegExp(source, 'iy'), types: used.map(([type]) => type) });
    HAS_CUES[key >>> 5] |= 1 << (key & 31);
  }
}

/** The table index of the three characters of `s` at `i` (letters folded to lowercase). */
function prefixKey(s: string, i: number): number {
  let key = 0;
  for (let k = i; k < i + PREFIX_LENGTH; k++) {
    const c = s.charCodeAt(k) | 32;
    key = key * LETTERS + (c >= 97 && c <= 122 ? c - 96 : 0);
  }
  return key;
}

const BARRAGE_AS_DAM = /^[ \u00a0]+(?:gates?|walls?|reservoirs?|sluices?|spillways?)\b/i;
const NAME_BEFORE = /\bthe[ \u00a0]+\p{Lu}\p{Ll}+[ \u00a0]$/u;
/** A headline in Title Case ("Russian Barrage Kills 12") goes on with a capital. */
const TITLE_CASE_AFTER = /^[ \u00a0]+\p{Lu}/u;
const OPEN_FIRE = /^open(?:ed)?[ -]fire$/i;
const BARRAGE = /^barrages?$/i;
/**
 * "Gangs storm Mirebalais", "troops storm the building": the verb, lowercase, before what is
 * stormed (a name, an article, "into"). "Storm Daniel" and "the storm killed" are the weather.
 */
const STORM_VERB = /^storms?[ \u00a0]+(?:\p{Lu}|(?:the|a|an|into|through|its|their)\b)/u;
const STORM_REACH = 10;

/** How far before "opened fire" a weapon's cue still names what opened fire. */
const OPEN_FIRE_REACH = 40;

/**
 * "the barrage sluices were opened", "the Varna Barrage on Friday": a barrage that is a dam, not a
 * bombardment. A capitalized one after "the" and a name is the dam's name, unless the text goes on
 * in Title Case ("The Russian Barrage Kills 12").
 */
function isDam(text: string, start: number, end: number): boolean {
  if (BARRAGE_AS_DAM.test(text.slice(end, end + 24))) return true;
  return text.charCodeAt(start) === 66 /* B */ && NAME_BEFORE.test(text.slice(Math.max(0, start - 28), start)) && !TITLE_CASE_AFTER.test(text.slice(end, end + 3));
}

/** Every event-type cue in `text[from, to)`, in text order, with offsets into `text`: what CUE_SOURCE matches. */
export function findEventTypeCues(text: string, from: number, to: number, runs = wordRuns(text, from, to)): EventTypeMention[] {
  const slice = text.slice(from, to);
  const out: EventTypeMention[] = [];
  let pos = from; // where the last cue ended: cues do not overlap, as with a global regex
  for (let k = 0; k < runs.count; k++) {
    const start = runStart(runs, k);
    if (start < pos || runEnd(runs, k) - start < PREFIX_LENGTH) continue;
    const key = prefixKey(text, start);
    if (!(HAS_CUES[key >>> 5] & (1 << (key & 31)))) continue;
    const cue = CUES_AT.get(key)!;
    cue.re.lastIndex = start - from;
    const m = cue.re.exec(slice);
    if (!m) continue;
    pos = start + m[0].length;
    let group = 1;
    while (m[group] === undefined) group++;
    out.push({ start, end: pos, eventType: cue.types[group - 1] });
  }
  return out;
}

/** Every event-type cue in `text[from, to)` that names an event, in text order, with offsets into `text`. */
export function findEventTypeMentions(text: string, from: number, to: number, runs = wordRuns(text, from, to)): EventTypeMention[] {
  const cues = findEventTypeCues(text, from, to, runs);
  const out: EventTypeMention[] = [];
  for (const cue of cues) {
    const first = text.charCodeAt(cue.start) | 32;
    if (first === 98 /* b */ && BARRAGE.test(text.slice(cue.start, cue.end)) && isDam(text, cue.start, cue.end)) continue;
    if (first === 115 /* s */ && STORM_VERB.test(text.slice(cue.start, cue.end + STORM_REACH))) continue;
    // "its howitzers did not open fire": opening fire is what the weapon named just before did.
    const prev = out[out.length - 1];
    if (first === 111 /* o */ && prev && prev.eventType !== cue.eventType && cue.start - prev.end <= OPEN_FIRE_REACH && OPEN_FIRE.test(text.slice(cue.start, cue.end))) continue;
    out.push(cue);
  }
  return out;
}

/** The top-level alternatives of a regex source: "a(?:b|c)|d" → ["a(?:b|c)", "d"]. */
export function splitAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = source.indexOf(']', i + 1);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/**
 * The lowercased first `n` characters of every string `source` matches, for the regex syntax CUES
 * use: literals, [...] classes, (?:...) and named groups, |, and the quantifiers ?, *, + and {m,n}.
 * A class such as \w stands for any character ("\0"); so does anything it does not know, which
 * the caller then refuses. Strings shorter than `n` come back whole.
 */
export function prefixes(source: string, n: number): Set<string> {
  let i = 0;
  const WILD = '\0';

  // Each reader returns the strings (cut to n) its part of the source can match.
  function alternation(): Set<string> {
    const out = new Set(sequence());
    while (source[i] === '|') {
      i++;
      for (const s of sequence()) out.add(s);
    }
    return out;
  }

  function sequence(): Set<string> {
    let out = new Set(['']);
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const options = quantified(atom());
      const next = new Set<string>();
      for (const s of out) {
        if (s.length >= n) next.add(s);
        else for (const t of options) next.add((s + t).slice(0, n));
      }
      out = next;
    }
    return out;
  }

  function atom(): Set<string> {
    const c = source[i++];
    if (c === '(') {
      if (source[i] === '?') {
        if (source[i + 1] === ':') i += 2;
        else if (source[i + 1] === '<' && source[i + 2] !== '=' && source[i + 2] !== '!') i = source.indexOf('>', i) + 1;
        else throw new Error(`prefixes: unsupported group at ${i} in ${source}`);
      }
      const inner = alternation();
      if (source[i++] !== ')') throw new Error(`prefixes: unclosed group in ${source}`);
      return inner;
    }
    if (c === '[') {
      const end = source.indexOf(']', i);
      const chars = source.slice(i, end);
      i = end + 1;
      if (chars.startsWith('^') || chars.includes('\\') || /.-./.test(chars)) return new Set([WILD]);
      return new Set([...chars].map((ch) => ch.toLowerCase()));
    }
    if (c === '\\') {
      i++;
      return new Set([WILD]);
    }
    if (c === '.' || c === '^' || c === '$') return new Set([WILD]);
    return new Set([c.toLowerCase()]);
  }

  function quantified(options: Set<string>): Set<string> {
    let min = 1;
    let max = 1;
    const q = source[i];
    if (q === '?') [min, max] = [0, 1];
    else if (q === '*') [min, max] = [0, n];
    else if (q === '+') [min, max] = [1, n];
    else if (q === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(source.slice(i));
      if (!m) throw new Error(`prefixes: bad quantifier in ${source}`);
      min = +m[1];
      max = m[2] === undefined ? min : m[2] === '' ? n : +m[2];
      i += m[0].length - 1;
    } else return options;
    i++;
    let out = new Set<string>();
    let reps = new Set(['']);
    for (let k = 0; k <= Math.min(max, n); k++) {
      if (k >= min) for (const s of reps) out.add(s);
      const next = new Set<string>();
      for (const s of reps) for (const t of options) next.add((s + t).slice(0, n));
      reps = next;
    }
    if (max > n) for (const s of reps) out.add(s);
    return out;
  }

  const out = alternation();
  if (i !== source.length) throw new Error(`prefixes: unexpected "${source[i]}" at ${i} in ${source}`);
  return out;
}
