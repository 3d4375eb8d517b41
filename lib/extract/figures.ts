/**
 * Casualty figures in one sentence: a number phrase bound to an outcome by one of a few grammatical
 * patterns, each general over the words it allows:
 *
 *  - count before outcome:  "63 Russian soldiers had been killed", "87 wounded", "4,645 excess deaths",
 *                           "45 adults and 5 children died", "30 children were among the dead"
 *  - verb before count:     "killing at least 30", "has killed 89 Russian personnel", "wounded 31 others"
 *  - noun + of:             "the deaths of 6,600 soldiers", "the bodies of 12 people"
 *  - running total:         "the death toll rose to 57", "the number of civilians killed has increased to 52",
 *                           "raised the toll from 64 to 2,975", "our losses amount to 5,937 people"
 *  - among / included:      "Among those killed were five children", "The victims included three women"
 *  - group, then count:     "Those killed were 11 soldiers", "The dead numbered 85", "Killed: 12"
 *  - continuation:          "... killed more than 1,400 people in Israel and about 3,000 in Gaza",
 *                           "..., bringing the total to 17", "killed 7 police and captured 3"
 *  - zero:                  "no casualties", "nobody was hurt", "none of the crew was injured",
 *                           "killed no one"
 *
 * Between the count and its outcome the victims phrase may hold a partitive ("64 of the 100
 * passengers"), an appositive ("Seven people, most of them women, were killed"), an aside between
 * dashes, a list ("Nine passengers, a driver and two guards") or a reduced relative ("people
 * believed to have been inside were killed"); the numbers inside these are part of it, not figures.
 *
 * A number is refused when it reads as something else: an age, a date, a year, a time, money, a
 * percentage, a measure, or a count of things ("seven planes") or of people not harmed ("300 troops
 * were deployed": the predicate after the count is not an outcome).
 */
import { isDigit } from './ascii';
import { findNumberPhrasesWithin, type NumberPhrase } from './numbers';
import {
  ACTIVE_VERBS, AUXILIARIES, CLAUSE_STOPS, MONTHS, NON_PERSON, NOUN_OF, OUTCOME_WORDS, PERSON_NOUNS,
  POSTNOMINAL, REVISION_VERBS, TOLL_LINKS, TOLL_NOUNS, table,
} from './lexicon';
import { tokenize, type Token } from './tokens';
import type { Outcome } from './types';

/** A figure found in a sentence, before attribution. */
export interface FigureHit {
  numberStart: number;
  numberEnd: number;
  quoteStart: number;
  quoteEnd: number;
  low: number | null;
  high: number | null;
  approx: boolean;
  outcome: Outcome;
  victims: string | null;
  /** The predicate was negated ("3,000 people did not die"). */
  negated: boolean;
  /** Which pattern bound it; for debugging and tests. */
  pattern: string;
}

/** A sentence as units: words and punctuation, with each number phrase merged into one unit. */
interface Unit {
  start: number;
  end: number;
  t: string;
  raw: string;
  kind: 'word' | 'punct' | 'num';
  phrase?: NumberPhrase;
  /** For number units: refused as a look-alike; reads as an ordinary word. */
  lookalike?: boolean;
}

function toUnits(text: string, tokens: Token[], phrases: NumberPhrase[]): Unit[] {
  const units: Unit[] = [];
  let p = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    while (p < phrases.length && phrases[p].end <= tok.start) p++;
    const ph = phrases[p];
    if (ph && tok.start >= ph.start && tok.start < ph.end) {
      let j = i;
      while (j + 1 < tokens.length && tokens[j + 1].start < ph.end) j++;
      // raw is the phrase as written, for a victims phrase that holds a count ("including two officers").
      units.push({ start: ph.start, end: ph.end, t: '#', raw: text.slice(ph.start, ph.end), kind: 'num', phrase: ph });
      i = j;
      p++;
      continue;
    }
    units.push(tok); // a token is a unit as it stands: no copy
  }
  return units;
}

const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);
const RELATIVES = new Set(['who', 'that', 'which', 'whom']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);
const CURRENCY = new Set(['$', '€', '£', '¥', 'us$', 'usd', 'eur', 'rs', 'inr']);
const AGE_WORDS = new Set(['age', 'aged', 'ages']);
const TIME_WORDS = new Set(['am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', "o'clock", 'hrs', 'local']);
const SKIP_BEFORE_COUNT = new Set(['all', 'a', 'an', 'another', 'further', 'additional', 'other', 'reportedly', 'also', 'at', 'only', 'just', 'so', 'far', 'up', 'total', 'of', 'estimated', 'some', '"', '“', '‘', "'"]);
const MONEY_AFTER = new Set(['dollars', 'euros', 'pounds', 'rupees', 'yuan', 'roubles', 'rubles', 'hryvnias', 'bn', 'mn']);
const AMONG_HEADS = table<Outcome>({
  dead: 'killed', killed: 'killed', victims: 'killed', deceased: 'killed', casualties: 'casualties',
  wounded: 'wounded', injured: 'wounded', fatalities: 'killed', missing: 'missing',
});
/** A determiner after a count starts a new phrase ("130 a day earlier"): the count's head is not after it. */
const DETERMINERS = new Set(['of', 'a', 'an', 'the', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'and', 'or', 'to', 'from', 'last', 'next', 'per', 'every', 'each']);
/** Verbs of a violent death with "to death" ("stabbed to death"); not "sentenced to death". */
const TO_DEATH = new Set([
  'stabbed', 'beaten', 'beat', 'burned', 'burnt', 'burn', 'crushed', 'hacked', 'starved', 'tortured', 'trampled', 'frozen', 'froze',
  'bludgeoned', 'shot', 'stoned', 'clubbed', 'kicked', 'battered', 'mauled', 'choked', 'strangled', 'suffocated', 'bled',
  'put', 'stamped', 'knifed', 'lynched', 'whipped', 'flogged', 'mowed', 'gunned', 'drowned',
]);

/** Verbs whose object people are alive: "interviewed 320 victims", "met 40 victims of the flood". */
const MEETING_VERBS = new Set([
  'interviewed', 'interviewing', 'interview', 'met', 'meeting', 'meet', 'visited', 'visiting', 'assisted', 'assisting', 'helped', 'helping',
  'supported', 'supporting', 'counselled', 'counseled', 'compensated', 'registered', 'represented', 'representing', 'surveyed', 'hosted', 'sheltered',
  'to', 'with', // "spoke to 40 victims", "talked with 12 victims"
]);
/** What lets prisoners go: "the release of 12 prisoners", "freed 40 detainees". */
const RELEASE_WORDS = new Set(['release', 'releases', 'released', 'releasing', 'freed', 'freeing', 'pardoned', 'pardon', 'amnesty']);

/**
 * Whether the group a count names by an outcome noun is of people alive and free to be met or let
 * go: "interviewed 320 victims and witnesses", "the release of 12 prisoners held since 2023".
 */
function aliveGroup(units: Unit[], i: number): boolean {
  let k = i - 1;
  for (let skipped = 0; k >= 0 && skipped < 3 && SKIP_BEFORE_COUNT.has(units[k].t) && units[k].t !== 'to'; skipped++) k--;
  const v = units[k]?.t ?? '';
  const group = units[units[i + 1]?.kind === 'word' && !ROLE_NOUNS.has(units[i + 1].t) ? i + 2 : i + 1]?.t ?? '';
  if (group === 'victims') return MEETING_VERBS.has(v) && (v !== 'to' && v !== 'with' || /^(?:spoke|spoken|speaking|talked|talking|wrote|writing)$/.test(units[k - 1]?.t ?? ''));
  return (group === 'prisoners' || group === 'detainees') && RELEASE_WORDS.has(v);
}

/** Verbs that end a captivity or a disappearance for their object. */
const FREEING = new Set(['rescued', 'rescuing', 'rescue', 'rescues', 'freed', 'freeing', 'free', 'frees', 'released', 'releasing', 'release', 'releases', 'evacuated', 'evacuating']);

/**
 * Whether a freeing verb before the count at i, past the words a count may have before it ("freed
 * another 12"), did set them free: not "failed to rescue 20", "refused to release 12", "have not
 * yet freed 30" (a bare "to" is an aim, unless "managed to" or "able to").
 */
function setFree(units: Unit[], i: number): boolean {
  let k = i - 1;
  for (let skipped = 0; k >= 0 && skipped < 3 && SKIP_BEFORE_COUNT.has(units[k].t); skipped++) k--;
  if (!FREEING.has(units[k]?.t ?? '')) return false;
  const p1 = units[k - 1]?.t ?? '';
  const p2 = units[k - 2]?.t ?? '';
  if (p1 === 'to' && !/^(?:managed|able)$/.test(p2)) return false;
  return ![p1, p2].some((w) => /^(?:not|never|n['’]t|yet|without)$/.test(w));
}

/** Nouns for one person, whose "of" gives an age ("a woman of 78"). */
const ONE_PERSON = new Set(['man', 'woman', 'boy', 'girl', 'person', 'pensioner', 'widow', 'widower', 'grandmother', 'grandfather', 'mother', 'father']);

/** A count of exactly one ("one", "1"). */
function isOne(w: Unit | undefined): boolean {
  return w?.kind === 'num' && w.phrase!.low === 1 && w.phrase!.high === 1;
}

/** Four digits that read as a year of the last two centuries ("1932", "2023"). */
const YEAR = /^(?:1[89]|20)\d\d$/;

/** A month name; "may" only as "May" ("12 may have died" is a verb). */
function isMonth(w: Unit | undefined): boolean {
  // Months are written capitalised; "may" and "march" are also a verb and a noun ("20 march stewards").
  return !!w && MONTHS.has(w.t) && /^[A-Z]/.test(w.raw);
}

/** What may follow the second number of a ratio: "1 in 5 of", "one in three children", "1 in 4.". */
function ratioEnd(w: Unit | undefined): boolean {
  return !w || w.kind === 'punct' || w.t === 'of' || isPersonNoun(w);
}

/** Words that take a part of a group: "many of the 300", "none of the 40 hostages". */
const QUANTIFIERS = new Set(['many', 'most', 'some', 'any', 'none', 'few', 'several', 'half', 'part', 'majority', 'minority', 'proportion', 'share', 'rest', 'each', 'one', 'two', 'three', 'four', 'five']);
/** Nouns a bare number can name an instance of: "Ward 7", "Flight 302", "Resolution 2254". */
const LABEL_NOUNS = new Set([
  'ward', 'room', 'block', 'gate', 'route', 'flight', 'platform', 'bed', 'section', 'article', 'resolution',
  'highway', 'chapter', 'hangar', 'terminal', 'exit', 'pier', 'bay', 'lot', 'apartment', 'suite', 'floor',
  'level', 'phase', 'stage', 'grade', 'category', 'channel', 'unit', 'building', 'sector', 'zone', 'hall',
]);
const HOSPITAL = /^(?:hospital|hospitals|hospital's|clinic|clinics)$/;
/** Nouns of harm a person has or is left with: "suffered serious burns", "left 32 others with injuries". */
const INJURY_NOUNS = /^(?:injuries|wounds|burns|injury|wound)$/;
/** Harm people are brought in with: the injury nouns, and "fractures", "frostbite", "broken legs". */
const BROUGHT_WITH = /^(?:injuries|wounds|burns|injury|wound|fractures|fracture|frostbite|concussion|concussions)$/;
const BODY_PARTS = /^(?:limbs?|legs?|arms?|bones|ribs|backs?|necks?|hips?|noses?|jaws?|ankles?|wrists?|skulls?|pelvis|hands?|feet|foot)$/;
/** Participles of moving people that do not end in -ed: "brought in with wounds", "taken away with burns". */
const MOVED = new Set(['brought', 'taken', 'flown', 'driven', 'carried', 'found', 'dug', 'thrown', 'seen']);
/** Participles whose "with" names a charge, not a harm: "charged with causing injuries". */
const CHARGED = new Set(['charged', 'accused', 'convicted', 'indicted', 'suspected', 'sentenced', 'credited', 'tasked', 'threatened', 'associated', 'compared', 'concerned', 'confronted', 'dealt', 'compensated']);
/** Verbs of needing or getting care: "needed surgery", "sought medical attention". */
const CARE_VERBS = new Set(['needed', 'needing', 'required', 'requiring', 'received', 'receiving', 'sought', 'seeking', 'underwent', 'undergoing', 'undergone', 'need', 'require']);
const CARE_MODIFIERS = new Set(['hospital', 'medical', 'emergency', 'urgent', 'surgical', 'further', 'immediate', 'first', 'intensive', 'specialist']);
/** Care only the hurt get; "care", "attention" and "help" count only with a medical word before them. */
const CARE_NOUNS = /^(?:surgery|surgeries|operations|amputations?|treatment|stitches|resuscitation)$/;
/** Words before a patient's place or state that say they are still kept there: "remain admitted", "still at". */
const KEPT = /^(?:remain|remains|remained|still)$/;
/** Wards of the hurt: "the burns unit", "a trauma ward". */
const WARD_KINDS = new Set(['burns', 'burn', 'trauma', 'surgical', 'casualty', 'intensive', 'emergency', 'isolation', 'orthopaedic', 'orthopedic', 'critical', 'recovery']);
/** Spans that number their instances in lower case: "week 9", "day 3". */
const SPAN_LABELS = new Set(['week', 'day', 'round', 'wave']);
/** Words that make casualties make-believe: a drill's "mock victims", "simulated 120 casualties". */
const PRETENDED = new Set(['mock', 'simulated', 'simulating', 'simulate', 'simulates', 'fictional', 'pretend', 'imaginary', 'hypothetical']);
/** Words that set "12 critical cases" among patients. */
const MEDICAL_SETTING = /^(?:hospitals?|clinics?|medics?|doctors?|nurses|patients|treated|admitted|injured|wounded|casualties|emergency|ward|wards|icu|trauma|surgery|victims)$/;
/** People sent to a hospital to work there. */
const CARERS = new Set('doctors nurses medics paramedics surgeons physicians staff volunteers teams specialists workers'.split(' '));
const TO_HOSPITAL_VERBS = new Set(['taken', 'rushed', 'admitted', 'brought', 'evacuated', 'airlifted', 'flown', 'transferred', 'sent', 'sending', 'sends']);

/** Nouns of time after "the": "killed the day before" is no object. */
const TIME_NOUNS = new Set(['day', 'days', 'night', 'nights', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'decade', 'morning', 'evening', 'weekend', 'afternoon']);
/** Words that make a time only with a time noun: "the previous day", "the other night", but "killed the other guards". */
const TIME_MODIFIERS = new Set(['previous', 'same', 'following', 'next', 'last', 'first', 'second', 'other', 'few', 'couple', 'past']);
/** Whether the words from units[k] make a time ("the previous day", "the past two weeks"), not an object. */
function timeAfter(units: Unit[], k: number): boolean {
  const w = units[k]?.t ?? '';
  if (TIME_NOUNS.has(w)) return true;
  if (!TIME_MODIFIERS.has(w)) return false;
  return TIME_NOUNS.has(units[k + 1]?.t ?? '') || (/^(?:of|two|three|four|five|few)$|^\d+$/.test(units[k + 1]?.t ?? '') && TIME_NOUNS.has(units[k + 2]?.t ?? ''));
}
/** Words that start a noun phrase; after a count's nouns, one starts an object. */
const NP_OPENERS = new Set(['the', 'a', 'an', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Prepositions a victims phrase may hold ("63 of its troops", "45 in the province"). */
const PREPOSITIONS = new Set([
  'of', 'in', 'on', 'at', 'from', 'for', 'with', 'by', 'near', 'inside', 'outside', 'among', 'across', 'after',
  'before', 'during', 'under', 'over', 'into', 'onto', 'through', 'throughout', 'without', 'within', 'against',
  'around', 'along', 'aboard', 'behind', 'beside', 'between', 'beyond', 'like', 'than', 'toward', 'towards',
  'via', 'to', 'including', 'and', 'or', 'both', 'all',
]);
/** Words of an attribution set off inside a clause ("ten people, police said, were killed"). */
/** Verbs of saying: a count before one is the speakers' ("two officials said"), an aside with one is the source's. */
const SPEECH = new Set(['said', 'says', 'say', 'told', 'tell', 'tells', 'according', 'reported', 'reports', 'added', 'claimed', 'claims', 'confirmed', 'wrote', 'stated', 'noted']);

/** Verbs of telling after a count's noun: the count is of speakers ("two residents told us"). */
const TELLING = new Set(['told', 'tell', 'tells', 'say', 'says', 'wrote', 'stated', 'explained', 'recounted', 'recalled', 'testified', 'insisted']);

/** Who is told before "that": "told us", "told reporters". */
const TOLD_WHOM = /^(?:us|me|him|her|them|reporters|journalists|the|media|press|police|investigators|officials)$/;

/**
 * Whether the speakers' clause after the verb of telling at j is of themselves, with its verb of
 * harm: "Two residents told us (that) they were injured" counts the residents as hurt.
 */
function toldOfThemselves(units: Unit[], j: number): boolean {
  let k = j + 1;
  while (k <= j + 3 && units[k]?.kind === 'word' && TOLD_WHOM.test(units[k].t)) k++;
  if (units[k]?.t === 'that') k++;
  if (units[k]?.t !== 'they') return false;
  k++;
  while (units[k]?.kind === 'word' && AUXILIARIES.has(units[k].t)) k++;
  const o = units[k]?.kind === 'word' ? OUTCOME_WORDS[units[k].t] : undefined;
  return o !== undefined && o !== 'killed'; // the dead tell nothing
}

/** Whether the words between the count at i and j hold one noun for people only: the count's own. */
function onlyHead(units: Unit[], i: number, j: number): boolean {
  let people = 0;
  for (let k = i + 1; k < j; k++) if (units[k].kind !== 'word' || (isPersonNoun(units[k]) && ++people > 1)) return false;
  return people === 1;
}

/** A person noun, singular or plural ("a driver", "two drivers"). */
function isPersonNoun(w: Unit | undefined): boolean {
  return !!w && w.kind === 'word' && (PERSON_NOUNS.has(w.t) || PERSON_NOUNS.has(w.t + 's'));
}

/** Adverbs of how badly: "54 people were injured, 12 of them seriously" gives a subset, not a figure. */
const SEVERITY = new Set(['seriously', 'critically', 'badly', 'severely', 'gravely', 'lightly', 'slightly', 'moderately', 'fatally', 'mortally']);

/** An adverb of how badly at j with no word after it ("12 of them seriously", "two critically"): no count of its own. */
function severityOnly(units: Unit[], j: number): boolean {
  return SEVERITY.has(units[j]?.t ?? '') && units[j + 1]?.kind !== 'word';
}

/** Outcomes only when people are counted: "15 fighters were eliminated", not "3 teams". */
const PEOPLE_ONLY_OUTCOMES = new Set(['eliminated', 'neutralised', 'neutralized', 'seized', 'shot', 'stabbed', 'destroyed']);
/**
 * Kills only when fighters are counted: people are "eliminated" from a contest and a suspect is
 * "neutralised" by arrest ("Two Americans were eliminated in the semi-finals").
 */
const COMBATANT_ONLY_OUTCOMES = new Set(['eliminated', 'neutralised', 'neutralized', 'destroyed']);
const COMBATANTS = new Set(
  'fighters militants terrorists insurgents rebels soldiers troops servicemen gunmen attackers militiamen jihadists bandits mercenaries occupiers saboteurs invaders enemy enemies personnel combatants commanders khwarij assailants raiders kidnappers hijackers pirates'.split(' '),
);
/** Military shorthand counts only as written so: "12 KIA", "40 POWs", not "4,000 Kia cars" or "Mia". */
const SHORTHAND = /^(?:kia|wia|mia|pows)$/;
const SHORTHAND_AS_WRITTEN = /^(?:KIA|WIA|MIA|POWs|POWS)$/;

/** States people are left in that are no casualty: "and thousands homeless". */
const UNHARMED_STATES = new Set(['homeless', 'displaced', 'stranded', 'unharmed', 'unhurt', 'uninjured', 'alive', 'safe', 'destitute', 'jobless', 'orphaned', 'evacuated', 'rescued', 'sheltering', 'freed', 'released', 'survived', 'spared', 'recovered']);

/** Group nouns that are also outcomes: the predicate after them, if any, says what happened. */
const ROLE_NOUNS = new Set(['prisoners', 'hostages', 'victims', 'detainees']);
const INCLUDE_WORDS = new Set(['included', 'include', 'includes', 'including']);

/**
 * All casualty figures in the sentence text[start, end). `carried`: the outcome of the figure the
 * sentence before ended with, for a sentence that breaks it down ("They included 52 nationals",
 * "Ninety-six of them lived in Maldune").
 */
export function findFigures(text: string, start: number, end: number, carried: Outcome | null = null): FigureHit[] {
  const phrases = findNumberPhrasesWithin(text, start, end);
  // Without a number only a zero claim can be a figure: skip the tokens and the patterns.
  if (!phrases.length) return zeroFigures(text, start, end).sort(byNumberStart);
  const units = toUnits(text, tokenize(text, start, end), phrases);
  const hits: FigureHit[] = [];
  const bound = new Map<number, FigureHit>();
  /** Numbers inside an "including ..." subset of another figure's victims: part of it, not figures. */
  const subset = new Set<number>();
  /** Right scans that met a predicate which is not an outcome ("were deployed"): never inherit. */
  const blocked = new Set<number>();

  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind !== 'num') continue;
    if (isLookalike(text, units, i)) u.lookalike = true;
  }

  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind !== 'num' || u.lookalike || subset.has(i)) continue;
    const right = scanRight(units, i);
    if (right.kind === 'blocked') blocked.add(i);
    let hit: FigureHit | null = null;
    if (right.kind === 'hit') hit = right.hit;
    if (hit && hit.pattern === 'count-group' && aliveGroup(units, i)) hit = null;
    // "rescued 12 of the worshippers abducted", "freed 30 hostages": the captive and the missing
    // set free are no longer either.
    if (hit && (hit.outcome === 'captured' || hit.outcome === 'missing') && setFree(units, i)) hit = null;
    if (hit && hit.pattern === 'count-group') {
      // "executed 11 hostages": a verb before the count says more than the group noun after it.
      const verb = leftVerb(units, i);
      if (verb) hit = { ...verb, victims: hit.victims };
    }
    let listed = right.kind === 'hit' ? right.siblings : [];
    if (hit && hit.pattern === 'count-aux-outcome' && listed.length) {
      // "The army lost one soldier and two were wounded": a count that is a verb's object ends
      // its clause at "and"; the count after it starts a clause of its own, with its own verb.
      const verb = leftVerb(units, i);
      if (verb) {
        hit = verb;
        listed = [];
      }
    }
    // "the bodies of the last two missing climbers", "the deaths of two inmates who had been shot":
    // what the noun before the count names outweighs the outcome after it.
    if (hit && hit.outcome !== 'killed' && hit.pattern !== 'count-of-group') {
      const of = nounOf(units, i);
      if (of?.outcome === 'killed') hit = of;
    }
    hit ??= leftVerb(units, i) ?? nounOf(units, i) ?? toll(units, i) ?? among(units, i) ?? groupCount(units, i) ?? parenCount(units, i) ?? injuredOfThem(units, i);
    if (!hit && right.kind === 'blocked') hit = dischargedPatients(units, i, carried);
    if (!hit && carried && right.kind !== 'hit') hit = breakdown(units, i, carried);
    if (!hit) continue;
    if (u.phrase!.weak && !hasPersonHead(units, i) && hit.pattern !== 'toll' && !tallied(units, i) && !oneIsInState(units, i, hit) && !(PREDICATE_PATTERNS.has(hit.pattern) && partOfPeople(units, i)) && !harmedOne(units, i, hit)) continue;
    if (right.kind === 'hit') for (const s of right.subset) subset.add(s);
    for (const s of listed) {
      // "109 men, 24 women and 38 children were killed": each count is a figure of its own.
      const sib = units[s];
      if (sib.lookalike || bound.has(s)) continue;
      const sh: FigureHit = {
        ...hit, ...values(sib.phrase!), numberStart: sib.start, numberEnd: sib.end,
        victims: victimsAfter(text, units, s), pattern: 'list',
      };
      bound.set(s, sh);
      hits.push(sh);
    }
    if (bound.has(i)) continue;
    bound.set(i, hit);
    hits.push(hit);
  }

  // Continuations: "killed 1,400 people in Israel and about 3,000 in Gaza", "105 ..., 101 of them".
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    // A weak count goes on a list only with people for its noun: "killed three soldiers and one civilian".
    if (u.kind !== 'num' || u.lookalike || bound.has(i) || subset.has(i) || (u.phrase!.weak && !(/^(?:and|,)$/.test(units[i - 1]?.t ?? '') && hasPersonHead(units, i)))) continue;
    // "...: 41 of them were children and 19 were adults": a breakdown's counts have a noun for a
    // predicate ("were children"), which blocks a figure anywhere else.
    const split = clauseBreakdown(units, i, bound);
    const identity = !split && blocked.has(i) && copulaNoun(units, i);
    // "fewer than the 17 recorded by the monitor", "the official figure of 17 announced on Friday":
    // a count another's report gives, named by a participle of that report after it.
    const reported = blocked.has(i) && !split && !identity && reportedBy(units, i);
    if (blocked.has(i) && !split && !identity && !reported) continue;
    let inherited = reported ? comparedCount(units, i, bound) :
      split ?? continuation(units, i, bound) ?? asWere(units, i, bound) ?? runningTotal(units, i, bound) ?? elidedObject(units, i, bound) ?? saidCount(units, i, bound) ?? comparedCount(units, i, bound) ?? gappedCount(units, i, bound);
    // ("Six of the dead were patients and three were relatives": the group's partitive goes on too.)
    if (identity && inherited && !BREAKDOWN_PATTERNS.has(inherited.pattern) && inherited.pattern !== 'count-group') inherited = null;
    const estimate = inherited ? null : bareEstimate(units, i, bound);
    if (estimate) {
      bound.set(i, estimate);
      hits.push(estimate);
    } else if (inherited) {
      const h: FigureHit = {
        ...inherited, ...values(u.phrase!), numberStart: u.start, numberEnd: u.end,
        quoteStart: u.start, quoteEnd: clauseEnd(units, i), victims: reported ? null : victimsAfter(text, units, i), pattern: 'continuation',
      };
      bound.set(i, h);
      hits.push(h);
    }
  }

  noneSurvived(units, bound, hits);
  // "Up to 10,000 could die if the siege goes on": a forecast, not a report of casualties.
  for (let h = hits.length - 1; h >= 0; h--) if (forecast(text, start, hits[h])) hits.splice(h, 1);

  const zeros = zeroFigures(text, start, end);
  if (zeros.length) {
    // "zero fatalities": the zero reader's figure, not the count "zero" a second time.
    for (let h = hits.length - 1; h >= 0; h--) if (zeros.some((z) => z.numberStart === hits[h].numberStart)) hits.splice(h, 1);
    hits.push(...zeros);
  }
  hits.sort(byNumberStart);
  return hits;
}

/**
 * A modal of the future or of a possibility before a bare verb: "will", "could", "are expected to".
 * Not "would": told of the past it is narrative ("five would later die of their wounds").
 */
const MODAL = String.raw`(?:will|'ll|shall|could|may|might|(?:expected|likely|set|going|projected|forecast|predicted) to)\s+(?:\w+ly\s+)?`;
/** A modal that puts a passive in the future: "will be killed" (but "could be injured" reports, in
 * translation, a past event's unconfirmed toll). */
const FUTURE = String.raw`(?:will|'ll|shall|(?:expected|likely|set|going|projected|forecast|predicted) to)\s+(?:\w+ly\s+)?`;
/**
 * "would have died", "would have been killed": what did not happen; an adverb may stand in it
 * ("would otherwise have died", "would probably have killed", "would have easily been killed").
 */
const COUNTERFACTUAL = String.raw`would\s+(?:(?:\w+ly|otherwise|not|never)\s+)?have\s+(?:(?:\w+ly|otherwise)\s+)?(?:been\s+)?`;
/**
 * "could die", "may starve", "will be killed": the outcome is still to come; "would have died":
 * it never came. Not "could have died".
 */
const FORECAST_OUTCOME = new RegExp(String.raw`\b(?:${MODAL}(?:die|perish|starve)|${FUTURE}(?:be|get)\s+(?:killed|injured|wounded|hurt)|${COUNTERFACTUAL}(?:died|perished|killed|injured|wounded|hurt))\b`);
/** "could kill up to 10,000", "would have killed 40": the modal right before the verb of a verb-count figure. */
// Case-sensitive: "9 May killed 40" is a date before the verb, not the modal.
const FORECAST_BEFORE = new RegExp(String.raw`\b(?:${MODAL}|${COUNTERFACTUAL})$`);

/** Whether a figure is a forecast ("could die", "will kill"): no report of casualties. */
function forecast(text: string, start: number, h: FigureHit): boolean {
  if (h.pattern === 'verb-count') return FORECAST_BEFORE.test(text.slice(Math.max(start, h.quoteStart - 30), h.quoteStart));
  return FORECAST_OUTCOME.test(text.slice(h.numberEnd, h.quoteEnd));
}

/**
 * "About 100 people were on board, and none survived": the people counted before a "none survived"
 * all died. The count is the nearest one before it with people as its head, in the same sentence.
 */
function noneSurvived(units: Unit[], bound: Map<number, FigureHit>, hits: FigureHit[]): void {
  for (let z = 1; z < units.length; z++) {
    const w = units[z - 1].t;
    if (units[z].t === 'survived' && z > 1) {
      // "none survived", "Not one of the 200 passengers survived".
      if (units[z + 1]?.kind === 'word') continue;
      let n = z - 1;
      while (n > z - 8 && n > 0 && !noneWord(units, n)) n--;
      if (!noneWord(units, n)) continue;
    } else if (w === 'all' && units[z - 2]?.kind === 'punct' && units[z - 2].t !== ',') {
      // "132 people were on board; all are feared dead": "all" as a subject of its own, after a break.
      let o = z;
      while (o < z + 4 && units[o] && AUXILIARIES.has(units[o].t)) o++;
      if (!units[o] || !/^(?:dead|killed|died|perished|drowned)$/.test(units[o].t)) continue;
      z = o;
    } else continue;
    for (let k = z - 2; k >= 0 && k >= z - 24; k--) {
      const u = units[k];
      if (u.kind !== 'num' || u.lookalike) continue;
      if (bound.has(k) || !hasPersonHead(units, k)) break;
      const hit: FigureHit = {
        numberStart: u.start, numberEnd: u.end, quoteStart: u.start, quoteEnd: units[z].end, ...values(u.phrase!),
        outcome: 'killed', victims: objectVictims(units, k), negated: false, pattern: 'none-survived',
      };
      bound.set(k, hit);
      hits.push(hit);
      break;
    }
  }
}

/** "none", "nobody", "no one", "not one" at n. */
function noneWord(units: Unit[], n: number): boolean {
  const u = units[n];
  const t = u?.kind === 'num' ? u.raw.toLowerCase() : u?.t; // "one" is a number unit
  return t === 'none' || t === 'nobody' || (t === 'one' && (units[n - 1]?.t === 'no' || units[n - 1]?.t === 'not'));
}

function byNumberStart(a: FigureHit, b: FigureHit): number {
  return a.numberStart - b.numberStart;
}

function values(p: NumberPhrase): Pick<FigureHit, 'low' | 'high' | 'approx'> {
  return { low: p.low, high: p.high, approx: p.approx };
}

function isLookalike(text: string, units: Unit[], i: number): boolean {
  const u = units[i];
  const p = u.phrase!;
  const prev = units[i - 1];
  const prev2 = units[i - 2];
  const next = units[i + 1];
  const next2 = units[i + 2];
  const core = text.slice(p.coreStart, p.end);
  // A number right after a number is no count ("#" is also the t of a number unit), unless that
  // number closes a date: a day after its month ("On March 12 40 people were killed") or a year
  // ("In 2023 40 people died").
  const dateBefore = prev?.kind === 'num' && ((/^\d{1,2}$/.test(prev.raw) && Number(prev.raw) <= 31 && isMonth(prev2)) || YEAR.test(prev.raw) ||
    // a live blog's timestamp: "17:40 Two more people have died"
    (/^\d\d$/.test(prev.raw) && prev2?.t === ':' && prev2.end === prev.start && units[i - 3]?.kind === 'num' && units[i - 3].end === prev2.start));
  if (prev && (CURRENCY.has(prev.t) || prev.t === 'no.' || (prev.t === '#' && !dateBefore))) return true;
  // "The famine of 1932–33", "the 2014-15 season": the end of a span of years.
  if (prev && /^[-–—]$/.test(prev.t) && prev.start === prev2?.end && p.start === prev.end && YEAR.test(prev2.raw) && /^\d\d$/.test(core)) return true;
  // "Flash Update No. 2", "Nos. 4": a number naming an instance (the tokens are "No" and ".").
  if (prev?.t === '.' && prev.start === (prev2?.end ?? -1) && /^(?:No|Nos)$/.test(prev2?.raw ?? '')) return true;
  if (prev?.raw === 'No' && /^\d+$/.test(core) && p.start === p.coreStart) return true; // "the Kolsa No 2 colliery"
  // "No one knows", "no one was hurt": a pronoun (the zero reader's), not the count one.
  if (prev && prev.t === 'no' && p.weak) return true;
  // "a 7.8 quake", "5.6 magnitude": a fraction without a scale word ("1.2 million") counts no one.
  if (!p.words && core.indexOf('.') > 0 && !/[a-z]$/i.test(core) && !/^\d{1,3}(?:\.\d{3})+$/.test(core)) return true;
  // "1 in 5 of the dead", "one in three children": a ratio, not a count (but "3 in 2 attacks" is).
  // "40 in 2020" is a count and its year.
  if (next && next.t === 'in' && next2 && next2.kind === 'num' && ratioEnd(units[i + 3]) && !YEAR.test(next2.raw)) return true;
  if (prev && prev.t === 'in' && prev2 && prev2.kind === 'num' && ratioEnd(next)) return true;
  // "how many of the 300 passengers", "most of the 40 crew": the group a quantifier takes from.
  if (prev && prev.t === 'the' && prev2 && prev2.t === 'of' && QUANTIFIERS.has(units[i - 3]?.t ?? '') && groupBeforePredicate(units, i)) return true;
  // "0800 555 0199", "007": digits with a leading zero are codes and numbers of things, never counts.
  if (core.length > 1 && core.charCodeAt(0) === 48 && isDigit(core.charCodeAt(1))) return true;
  if (next && (next.t === '%' || next.t === 'percent' || next.t === 'per' || MONEY_AFTER.has(next.t))) return true;
  if (next && (next.t === 'billion' || next.t === 'trillion')) return true;
  // Compound modifiers: "a 26-year-old", "528-word", "a 4-storey building"; but "3,000-person death count".
  if (next && next.t === '-' && next2 && next2.kind === 'word' && !/^(person|people|strong)$/.test(next2.t)) return true;
  if (next && /^(year|years)-old$/.test(next.t)) return true;
  // A number word inside a hyphenated word ("fifty-year-old", "two-thirds"): the tokenizer keeps the
  // word whole, so the hyphen is in the text right after the phrase, not in a unit of its own.
  if (p.words && text.charCodeAt(p.end) === 45 && !/^-(?:person|people|strong)\b/i.test(text.slice(p.end, p.end + 8))) return true;
  if (next && (next.t === 'years' || next.t === 'year') && next2 && next2.t === 'old') return true;
  // Dates and times: "March 23", "23 March", "Dec. 31", "10:30", "7 pm".
  if (p.value <= 31 && !p.vague && p.low === p.high) {
    // "On 12 March 4 people were killed": the month already has its day, so the number after it counts.
    // So does a span of days before it ("Between 3 and 9 May 27 people were killed").
    const day = prev2?.kind === 'num' && !prev2.phrase!.vague && prev2.phrase!.high !== null && prev2.phrase!.high <= 31 && /^[\d\s\p{L}–-]+$/u.test(prev2.raw);
    if (isMonth(prev) && !day) return true;
    if (prev && prev.t === '.' && isMonth(prev2)) return true;
    if (isMonth(next)) return true;
  }
  // "Between 7 and 13 October", "7-13 March": a range of days.
  if (!p.vague && p.low !== null && p.high !== null && p.high <= 31 && p.low !== p.high && isMonth(next)) return true;
  // "10:30": the hour and its minutes, joined by a colon with no space (a number unit's t is '#').
  if (next && next.t === ':' && next.start === p.end && next2?.kind === 'num' && next2.start === next.end && /^\d\d$/.test(next2.raw)) return true;
  if (prev && prev.t === ':' && prev.start === p.start - 1 && prev2?.kind === 'num' && prev2.end === prev.start && /^\d{1,2}$/.test(prev2.raw)) return true;
  // ("five local fighters": "local" is a time only in "local time")
  if (next && TIME_WORDS.has(next.t) && (next.t !== 'local' || next2?.t === 'time')) return true;
  if (prev && (AGE_WORDS.has(prev.t) || (prev.t === 'of' && prev2 && AGE_WORDS.has(prev2.t)))) return true;
  // "a woman of 78", "an old man of eighty": one person's age after "of" (not "a family of five").
  if (prev?.t === 'of' && ONE_PERSON.has(prev2?.t ?? '') && !p.vague && p.low === p.high && p.value >= 10 && p.value < 120 && p.start === p.coreStart) return true;
  // "children under 5", "men above 18", "patients over 65": a bound on the people's age, right
  // after their noun, with no noun of its own after it.
  if (isPersonNoun(prev) && !p.vague && p.value < 100 && /^(?:over|above|under|below)\s/i.test(text.slice(p.start, p.coreStart)) && !isPersonNoun(next)) return true;
  // "said Ana Ruiz, 24, who escaped": an age set off by commas after a name.
  if (prev?.t === ',' && prev2 && /^[A-Z][a-z]/.test(prev2.raw) && /^\d{1,2}$/.test(core) && p.start === p.coreStart && (!next || next.t === ',' || next.t === '.')) return true;
  // A year: four digits with no separator, unless it plainly counts people ("3000 people did not die").
  if (/^(1[89]\d\d|20\d\d)$/.test(core) && p.low === p.high) {
    // "the 1994 killings": a definite event named by its year (a count this size is written "1,994").
    if (prev && prev.t === 'the' && next && (next.t === 'killings' || next.t === 'deaths')) return true;
    if (!(next && (PERSON_NOUNS.has(next.t) || next.t in OUTCOME_WORDS))) return true;
    // "the crash on 2 March 2025 killed Aoife Brennan": a year after its month is a date.
    if (isMonth(prev) || (prev?.kind === 'num' && isMonth(prev2))) return true;
    // "the flood of 1928 killed 400": an outcome verb with a count of its own after it makes the
    // year the subject's date, not a count.
    if (next.t in ACTIVE_VERBS && next2 && next2.kind === 'num') return true;
  }
  // "28 critical cases": patients, though "cases" alone counts things.
  if (next && (next.t === 'critical' || next.t === 'serious') && next2?.t === 'cases') return false;
  // "thousands of jobs", "dozens of homes": things counted after "of".
  if (next?.t === 'of' && next2 && NON_PERSON.has(next2.t)) return true;
  // Ordinals written as words never match; a count of things is refused by its head noun.
  for (let k = i + 1; k <= i + 3 && k < units.length; k++) {
    const w = units[k];
    // ("not 40 or 50 as some reports said": a clause word ends the count's nouns)
    if (w.kind !== 'word' || CLAUSE_STOPS.has(w.t)) break;
    // "37 police vehicles", "12 civilian cars": a noun for people that modifies a noun for things.
    if (PERSON_NOUNS.has(w.t) && units[k + 1]?.kind === 'word' && NON_PERSON.has(units[k + 1].t)) return true;
    if (PERSON_NOUNS.has(w.t) || w.t in OUTCOME_WORDS || DETERMINERS.has(w.t)) break;
    if (NON_PERSON.has(w.t)) return true;
  }
  if (prev && prev.t === 'page') return true;
  // "During week 9, 14 new deaths", "On day 3, 40 more bodies": a label's number set off before the
  // clause ("last week 9 people died" counts: no comma after).
  if (prev && (LABEL_NOUNS.has(prev.t) || SPAN_LABELS.has(prev.t)) && p.start === p.coreStart && /^\d+$/.test(core) && (next?.t === ',' || next?.t === ')')) return true;
  // "the exercise simulated 120 casualties": a drill's, not a count.
  if (prev && PRETENDED.has(prev.t)) return true;
  // "Ward 7", "Flight 302", "Article 5": a bare number naming the thing before it.
  if (prev && LABEL_NOUNS.has(prev.t) && /^[A-Z]/.test(prev.raw) && p.start === p.coreStart && /^\d+$/.test(core)) return true;
  return false;
}

const NONE: RightScan = { kind: 'none' };

type RightScan =
  | { kind: 'hit'; hit: FigureHit; siblings: number[]; subset: number[] }
  | { kind: 'blocked' }
  | { kind: 'none' };

/** Count, then victims, then (auxiliaries and) the outcome: "63 of its troops were killed". */
function scanRight(units: Unit[], i: number): RightScan {
  const u = units[i];
  let state: 'np' | 'aux' = 'np';
  let npStart = -1;
  let npEnd = -1;
  let negated = false;
  let including = false;
  /** 0: no relative clause; 1: inside one ("who were on patrol"); 2: skipped to the main verb after it. */
  let relative = 0;
  const siblings: number[] = [];
  const subset: number[] = [];
  /** A group noun that is also an outcome ("of the injured", "prisoners"): used if no predicate says more. */
  let fallback: { j: number; outcome: Outcome } | null = null;
  const fallbackHit = (): RightScan => {
    if (!fallback) return NONE;
    const f = units[fallback.j];
    const hit: FigureHit = {
      numberStart: u.start, numberEnd: u.end, quoteStart: u.start, quoteEnd: Math.max(f.end, npEnd), ...values(u.phrase!),
      outcome: fallback.outcome, victims: npStart >= 0 ? victimsText(units, npStart, npEnd) : null, negated, pattern: 'count-group',
    };
    return { kind: 'hit', hit, siblings, subset };
  };
  let steps = 0;
  for (let j = i + 1; j < units.length && steps < 22; j++, steps++) {
    const w = units[j];
    const next = units[j + 1];
    if (w.kind === 'num' && !w.lookalike) {
      if (including) { subset.push(j); continue; }
      // "Five members of one family were killed": "one" after "of" is inside the people's phrase.
      if (state === 'np' && npStart >= 0 && isOne(w) && units[j - 1]?.t === 'of') {
        subset.push(j);
        npEnd = w.end;
        continue;
      }
      const before = units[j - 1];
      if (state === 'np' && (before.t === 'and' || before.t === ',' || before.t === 'or')) {
        // "Of the 45 people on board, 30 died": the opening group is not listed with the count after it.
        if (before.t === ',' && opensPartitive(units, i)) return fallbackHit();
        // "buried 4 skiers, 2 of whom died": a relative clause about some of them, no list; nor
        // is "pulled 11 people out alive, two of them with serious injuries" (some of them).
        if (units[j + 1]?.t === 'of' && (RELATIVES.has(units[j + 2]?.t ?? '') || BACK_POINTERS.has(units[j + 2]?.t ?? ''))) return fallbackHit();
        siblings.push(j);
        continue;
      }
      // "Sixty-four of the 100 passengers were killed": the second count is the group the first is
      // taken from; the predicate is the first's. Not so when the group has an outcome of its own
      // ("two of the 12 soldiers wounded ... died"): then it is a figure.
      if (state === 'np' && (!u.phrase!.weak || j === i + 3) && before.t === 'the' && units[j - 2]?.t === 'of') {
        if (groupBeforePredicate(units, j)) {
          subset.push(j);
          continue;
        }
        // "Two of the 12 soldiers wounded in the ambush later died": the group is a figure of its
        // own (read on its own turn); the first count takes the main verb after the group's phrase.
        let o = j + 1;
        while (o <= j + 4 && units[o]?.kind === 'word' && !(units[o].t in OUTCOME_WORDS)) o++;
        const main = units[o] && units[o].t in OUTCOME_WORDS ? mainOutcomeAfter(units, o + 1) : null;
        if (main) {
          const hit: FigureHit = {
            numberStart: u.start, numberEnd: u.end, quoteStart: u.start, quoteEnd: main.end, ...values(u.phrase!),
            outcome: main.outcome, victims: null, negated, pattern: 'count-of-group',
          };
          return { kind: 'hit', hit, siblings, subset };
        }
      }
      return fallbackHit();
    }
    let phrase = w.kind === 'word' ? outcomePhrase(units, j, state) : null;
    // "Twelve elephants remain in captivity", "the court heard 12 serious cases": people held, and
    // cases where medical words say they are patients.
    if (phrase && units[j + 1]?.t === 'captivity' && !hasPersonHead(units, i) && !hasPersonHead(units, j)) phrase = null;
    if (phrase && units[j + 1]?.t === 'cases' && !units.some((x) => MEDICAL_SETTING.test(x.t))) phrase = null;
    // "Ten ventilators are in intensive care wards": only people are patients there.
    if (phrase && w.t === 'in' && npStart >= 0 && /^(?:icu|intensive|the)$/.test(units[j + 1]?.t ?? '') && !hasPersonHead(units, i)) phrase = null;
    // "The three gunmen have not been found": culprits sought, not the missing.
    // "two stolen paintings have not been found", "the luggage of 40 passengers has not been
    // found": only people are missing, and after "of" the predicate is the noun's before it.
    if (phrase && phrase.outcome === 'missing' && (w.t === 'not' || w.t === 'never') &&
      (hasHeadIn(units, i, PERPETRATORS) || soughtOtherwise(units, i) || (npStart >= 0 && !hasPersonHead(units, i)) || ownedByThing(units, i))) phrase = null;
    if (phrase) {
      const hit: FigureHit = {
        numberStart: u.start, numberEnd: u.end, quoteStart: u.start, quoteEnd: Math.max(phrase.end, npEnd),
        ...values(u.phrase!), outcome: phrase.outcome,
        victims: npStart >= 0 ? victimsText(units, npStart, npEnd) : null,
        negated, pattern: 'count-outcome-phrase',
      };
      return { kind: 'hit', hit, siblings, subset };
    }
    const outcome = OUTCOME_WORDS[w.t];
    // "condemned 2 men to death": a sentence, not a death; "beat 3 men to death" is one.
    if (w.t === 'death' && units[j - 1]?.t === 'to' && !TO_DEATH.has(units[i - 1]?.t ?? '')) return { kind: 'blocked' };
    if (outcome && w.kind === 'word') {
      if (w.t === 'victims' && next && INCLUDE_WORDS.has(next.t)) return fallbackHit();
      // "two of the group's five product lines would be casualties": a noun of people said of things.
      if (state === 'aux' && PREDICATE_NOUNS.has(w.t) && (COPULA.test(units[j - 1]?.t ?? '') || COPULA.test(units[j - 2]?.t ?? '')) && thingsCounted(units, i, j)) return { kind: 'blocked' };
      if (PRETENDED.has(units[j - 1]?.t ?? '')) return { kind: 'blocked' }; // "14 of the mock victims"
      if (missesSomething(units, j)) return { kind: 'blocked' }; // "are missing the final"
      // "15 terrorists were eliminated" is a kill; "3 teams were eliminated" is not.
      if (PEOPLE_ONLY_OUTCOMES.has(w.t) && !hasPersonHead(units, i) && !fallback) return { kind: 'blocked' };
      if (COMBATANT_ONLY_OUTCOMES.has(w.t) && !hasHeadIn(units, i, COMBATANTS)) return { kind: 'blocked' };
      if (SHORTHAND.test(w.t) && !SHORTHAND_AS_WRITTEN.test(w.raw)) return { kind: 'blocked' };
      // "were shot at", "were shot down": not hit.
      if (w.t === 'shot' && next && (next.t === 'at' || next.t === 'down')) return { kind: 'blocked' };
      // "found 7 survivors and 21 bodies": an outcome noun right after a listed count is that
      // count's own head; the first count has a head of its own and is no part of it.
      if (state === 'np' && npStart >= 0 && siblings.length && siblings[siblings.length - 1] === j - 1) return NONE;
      // "43 road deaths per million inhabitants": a rate, not a count.
      if (next?.t === 'per') return { kind: 'blocked' };
      // "12 dead sheep", "3 missing pieces": the outcome modifies a noun for things or animals.
      if (state === 'np' && npStart < 0 && next && NON_PERSON.has(next.t)) return { kind: 'blocked' };
      // "three of the injured died", "21 prisoners who died": a partitive or a role noun names the
      // group; the outcome is the predicate's when one follows.
      const partitive = state === 'np' && units[j - 1]?.t === 'the' && units[j - 2]?.t === 'of';
      // "40 families of those killed", "3 causes of death": after a head noun, an outcome inside an
      // "of" phrase modifies that noun; the count is of families or causes, not of the dead.
      const ofPhrase = units[j - 1]?.t === 'of' || (units[j - 2]?.t === 'of' && (units[j - 1]?.t === 'the' || units[j - 1]?.t === 'those'));
      if (state === 'np' && ofPhrase && hasHeadNoun(units, i, j - (units[j - 1].t === 'of' ? 1 : 2))) {
        npEnd = w.end;
        continue;
      }
      // "mourners walking behind the bodies", "people in the wounded man's car": an outcome after a
      // preposition and "the" inside the phrase of people already named is that preposition's
      // object, not their predicate.
      if (state === 'np' && /^(?:the|their|his|her)$/.test(units[j - 1]?.t ?? '') && !/^(?:of|among|including|and|or|both|all|than|like|to)$/.test(units[j - 2]?.t ?? '') && PREPOSITIONS.has(units[j - 2]?.t ?? '') && npStart >= 0 && hasPersonHead(units, i) && hasHeadNoun(units, i, j - 2)) {
        npEnd = w.end;
        continue;
      }
      // "charged 3 officers in the death of a protester": a death named after a preposition is
      // what the counted people are linked to, not what happened to them.
      if (state === 'np' && units[j - 1]?.t === 'the' && /^(?:in|over|for)$/.test(units[j - 2]?.t ?? '') && /^(?:death|deaths|killing|killings)$/.test(w.t) && hasHeadNoun(units, i, j - 2)) {
        npEnd = w.end;
        continue;
      }
      // "Five gunmen killed two guards", "2,000 troops captured the airport": an active verb with
      // an object of its own after it; the counted people are its agents, not its victims.
      // (Not in a tally run together: "1,274 killed 3,410 injured", where the next count has its own outcome.)
      const tally = next?.kind === 'num' && j === i + 1 && POSTNOMINAL.has(units[j + 2]?.t ?? '');
      if (state === 'np' && !tally && w.t in ACTIVE_VERBS && next && (next.kind === 'num' ? !next.lookalike : NP_OPENERS.has(next.t) && !timeAfter(units, j + 2))) {
        return { kind: 'blocked' };
      }
      if (state === 'np' && !fallback && (partitive || ROLE_NOUNS.has(w.t))) {
        fallback = { j, outcome };
        if (npStart < 0) npStart = j;
        npEnd = w.end;
        continue;
      }
      // "2 gunmen who killed 5 people", "three men who had shot a guard": the counted are the agents.
      if (relative === 1 && agentRelative(units, j)) return { kind: 'blocked' };
      let combined = combinedOutcome(units, j, outcome);
      // "Five of the dead were shot": the group's death says more than "shot".
      if (fallback?.outcome === 'killed' && combined.outcome === 'casualties' && w.t === 'shot') combined = { outcome: 'killed', end: combined.end };
      // "Seven wounded soldiers later died": the outcome modifies the people; the clause's own
      // outcome, when it has one, is the figure's.
      // ("two injured dock workers died": the people's noun may come a word or two later).
      let noun = j + 1;
      while (noun <= j + 3 && units[noun]?.kind === 'word' && !isPersonNoun(units[noun]) && !AUXILIARIES.has(units[noun].t) && !(units[noun].t in OUTCOME_WORDS)) noun++;
      const modifier = state === 'np' && npStart < 0 && isPersonNoun(units[noun]) ? mainOutcomeAfter(units, noun + 1) : null;
      if (modifier) combined = modifier;
      // "Two more people injured in the crush have died": a participle after the people, with a
      // phrase of its own, is a reduced relative; the clause's own outcome is the figure's. Not
      // for the group a partitive takes from ("Two of the 12 soldiers wounded ... later died").
      const group = units[i - 1]?.t === 'the' && units[i - 2]?.t === 'of';
      if (state === 'np' && npStart >= 0 && !group && outcome === 'wounded' && (w.t.endsWith('ed') || w.t === 'hurt') && next && /^(?:in|during|by|at|on|when|after)$/.test(next.t)) {
        const main = mainOutcomeAfter(units, j + 2);
        if (main && main.outcome === 'killed') combined = main;
      }
      // "Two of the people trapped have been pulled out alive": the participle names the group; the
      // main clause after it takes them out of harm.
      if (state === 'np' && npStart >= 0 && w.t.endsWith('ed') && !group) {
        const v = finiteVerbAfter(units, j + 1);
        if (v > 0 && units.slice(v, v + 5).some((x) => UNHARMED_STATES.has(x.t))) return { kind: 'blocked' };
      }
      if (relative === 1) {
        // "Four people who had been trapped in the lift were injured", "people who were hurt in the
        // blast have died": the main clause's outcome, when there is one, is the figure's.
        const main = mainOutcomeAfter(units, j + 1);
        if (main) combined = main;
      }
      const last = combined.end;
      const hit: FigureHit = {
        numberStart: u.start, numberEnd: u.end, quoteStart: u.start, quoteEnd: Math.max(last, npEnd),
        ...values(u.phrase!), outcome: combined.outcome,
        victims: npStart >= 0 ? victimsText(units, npStart, npEnd) : nounVictims(w),
        negated, pattern: state === 'np' ? 'count-outcome' : 'count-aux-outcome',
      };
      return { kind: 'hit', hit, siblings, subset };
    }
    if (w.t === 'among' && next) {
      // "Two Nepali workers were among 11 people killed": the outcome after the group's count.
      const g = next.t === 'the' && units[j + 2]?.kind === 'num' ? j + 2 : j + 1; // "among the at least 20 people killed"
      if (units[g].kind === 'num' && !units[g].lookalike) {
        for (let k = g + 1; k <= g + 4 && units[k]?.kind === 'word'; k++) {
          const o = OUTCOME_WORDS[units[k].t];
          if (!o) continue;
          const hit: FigureHit = {
            numberStart: u.start, numberEnd: u.end, quoteStart: u.start, quoteEnd: units[k].end, ...values(u.phrase!),
            outcome: combinedOutcome(units, k, o).outcome, victims: npStart >= 0 ? victimsText(units, npStart, npEnd) : null, negated, pattern: 'count-among',
          };
          return { kind: 'hit', hit, siblings, subset };
        }
      }
      const k = next.t === 'the' || next.t === 'those' ? j + 2 : j + 1;
      const head = units[k];
      if (head && head.t in AMONG_HEADS) {
        const hit: FigureHit = {
          numberStart: u.start, numberEnd: u.end, quoteStart: u.start, quoteEnd: head.end, ...values(u.phrase!),
          outcome: AMONG_HEADS[head.t], victims: npStart >= 0 ? victimsText(units, npStart, npEnd) : null,
          negated, pattern: 'count-among',
        };
        return { kind: 'hit', hit, siblings, subset };
      }
      return fallbackHit();
    }
    if (w.kind === 'punct') {
      if (QUOTE_MARKS.has(w.t)) continue;
      // "Eight (8) people were killed": the count again in digits, as legal and some wire copy writes it.
      if (w.t === '(' && j === i + 1 && units[j + 1]?.kind === 'num' && units[j + 2]?.t === ')') {
        subset.push(j + 1);
        j += 2;
        continue;
      }
      // "soldiers of the Rapid Support Forces (RSF) were killed": an abbreviation after a name.
      if (w.t === '(' && state === 'np' && npStart >= 0) {
        let close = j + 1;
        while (close <= j + 3 && units[close]?.kind === 'word' && /^[A-Z]/.test(units[close].raw)) close++;
        if (close > j + 1 && units[close]?.t === ')') {
          npEnd = units[close].end;
          j = close;
          continue;
        }
      }
      if (w.t === ',' && state === 'np' && npStart >= 0 && PERSON_NOUNS.has(units[j - 1].t)) {
        // "Seven people, most of them women, were killed", "Three men, aged 19 and 22, died": an
        // appositive between the victims and the predicate. Its numbers are part of it, not figures.
        // Only after a noun for people: "14 fashion brands, Marlo and Kestrel, will be casualties"
        // is a count of things whatever the predicate says.
        const close = appositiveEnd(units, j);
        if (close > 0) {
          let said = false;
          for (let k = j + 1; k < close; k++) {
            if (units[k].kind === 'num') subset.push(k);
            else if (SPEECH.has(units[k].t)) said = true;
          }
          // The appositive describes the victims ("people, most of them women"), unless it is the
          // source's ("people, police said, were killed").
          if (!said) npEnd = units[close - 1].end;
          j = close;
          continue;
        }
      }
      if (w.t === ',' && next && (next.t === 'including' || next.kind === 'num' || including)) continue;
      // "Nine passengers, a driver and two guards were hurt": a single person in the list.
      if (w.t === ',' && state === 'np' && (next?.t === 'a' || next?.t === 'an') && isPersonNoun(units[j + 2])) continue;
      if (w.t === ',' && next && (next.t === 'allegedly' || next.t === 'reportedly')) continue;
      if (w.t === '.' && next && /^[a-z]/.test(next.raw)) continue; // "100,000. soldiers": a stray point
      if (w.t === '-' && (next?.t === 'person' || next?.t === 'people')) continue;
      if ((w.t === '—' || w.t === '–') && state === 'np') {
        // "Hundreds — perhaps thousands — of civilians were killed": an aside between dashes.
        let close = -1;
        for (let k = j + 1; k <= j + 8 && k < units.length; k++) {
          if (units[k].t === w.t) { close = k; break; }
          if (units[k].t === ',' || units[k].t === '.' || units[k].t === ';') break;
        }
        if (close > j + 1) {
          for (let k = j + 1; k < close; k++) if (units[k].kind === 'num') subset.push(k);
          j = close;
          continue;
        }
      }
      return fallbackHit();
    }
    if (NEGATIONS.has(w.t) || w.t === "didn't" || w.t === "wasn't" || w.t === "weren't") {
      // "The 300 troops who were deployed have not been hurt": no figure, and no denial either.
      if (relative === 2) return { kind: 'blocked' };
      negated = true;
      state = 'aux';
      continue;
    }
    if (w.t === 'did' || w.t === 'do' || w.t === 'does') { state = 'aux'; continue; }
    // "Two residents told us he had been killed": the counted are the speakers, the clause after
    // the verb of saying is theirs (but in "14 civilians the authorities say were killed" and "26
    // men they say were killed" the speakers are others, named after the count's own noun).
    if (state === 'np' && TELLING.has(w.t) && !toldOfThemselves(units, j) && ((j === i + 2 && units[i + 1].kind === 'word' && !BURIERS.has(units[i + 1].t) && units[i + 1].t !== 'it') || (isPersonNoun(units[j - 1]) && onlyHead(units, i, j)))) return { kind: 'blocked' };
    if (state === 'np' && RELATIVES.has(w.t)) { state = 'aux'; relative = 1; continue; }
    if (w.t === 'including') { including = true; if (npStart < 0) npStart = j; npEnd = w.end; continue; }
    if (AUXILIARIES.has(w.t) && !(state === 'np' && (w.t === 'more' || w.t === 'both' || w.t === 'all'))) {
      state = 'aux';
      continue;
    }
    if (state === 'aux' && TOLL_NOUNS.has(w.t) && tollOutcome(units, j)) {
      // "200 was the death toll"
      const hit: FigureHit = {
        numberStart: u.start, numberEnd: u.end, quoteStart: u.start, quoteEnd: w.end, ...values(u.phrase!),
        outcome: tollOutcome(units, j)!, victims: null, negated, pattern: 'count-is-toll',
      };
      return { kind: 'hit', hit, siblings, subset };
    }
    if (state === 'aux' && (w.t === 'the' || w.t === 'a') && next && (TOLL_NOUNS.has(next.t) || next.t in OUTCOME_WORDS || next.t === 'casualty' || next.t === 'official')) continue;
    // "were left injured", "was left dead": "left" as a link to the outcome.
    if (state === 'aux' && w.t === 'left' && next && next.t in OUTCOME_WORDS) continue;
    // "was slightly injured", "were seriously wounded", "were fatally shot": a manner adverb.
    if (state === 'aux' && w.t.length > 4 && w.t.endsWith('ly')) continue;
    if (state === 'aux' && /^(identified|confirmed|listed|counted|registered|recorded|declared)$/.test(w.t) && next?.t === 'as') {
      j++; // "were identified as victims", "are listed as missing"
      continue;
    }
    if (state === 'aux' && units[j - 1] && (units[j - 1].t === 'be' || units[j - 1].t === 'been') && infinitiveBefore(units, j)) {
      // "Nine people believed to have been inside the building were killed", "40 residents thought
      // to be sheltering there are missing": a reduced relative in the subject; the clause's own
      // verb comes after it.
      const verb = finiteVerbAfter(units, j);
      if (verb > 0) { j = verb - 1; continue; }
    }
    if (state === 'aux' && relative === 1) {
      // "Two soldiers who were on patrol were killed": the relative clause ends where the main verb
      // comes; the outcome is that verb's.
      const verb = finiteVerbAfter(units, j + 1);
      if (verb > 0) { relative = 2; j = verb - 1; continue; }
      // "nine soldiers and four civilians who were selling tea": a relative clause with no main
      // verb after it says what they were doing, not that they came to no harm; the count may
      // still go on a figure before it.
      // ("19 of whom were later rescued" is the count's own predicate: still blocked.)
      if (!fallback && units[i + 1]?.t !== 'of' && !units.slice(j, j + 4).some((x) => UNHARMED_STATES.has(x.t))) return NONE;
    }
    if (state === 'aux') {
      // "were deployed", "had been destroyed", "were at a field kitchen": a predicate that is not an outcome.
      // "Two of the people trapped have been pulled out alive": the group's outcome is undone.
      if (fallback && units.slice(j, j + 4).some((x) => UNHARMED_STATES.has(x.t))) return { kind: 'blocked' };
      // "had been locked in the hold and are missing": a first predicate, then the outcome after "and".
      const second = fallback ? null : andPredicate(units, j);
      if (second) {
        const hit: FigureHit = {
          numberStart: u.start, numberEnd: u.end, quoteStart: u.start, quoteEnd: second.end, ...values(u.phrase!), outcome: second.outcome,
          victims: npStart >= 0 ? victimsText(units, npStart, npEnd) : null, negated, pattern: 'count-aux-outcome',
        };
        return { kind: 'hit', hit, siblings, subset };
      }
      return fallback ? fallbackHit() : { kind: 'blocked' };
    }
    if ((w.t === 'and' || w.t === 'or') && next?.kind === 'num') continue; // "45 adults and 5 children"
    // "15 members of the prison staff and police had been injured": a coordinated noun stays in the phrase.
    if (w.t === 'and' && npStart >= 0 && next && (PERSON_NOUNS.has(next.t) || next.t === 'the' || next.t === 'their' || (next.kind === 'word' && PERSON_NOUNS.has(units[j + 2]?.t ?? '')))) continue;
    // "Dozens of soldiers and auxiliaries were killed": a noun this reader does not know, joined to
    // people and followed by the predicate, is more of them (not "tanks", not a verb).
    if (w.t === 'and' && npStart >= 0 && next?.kind === 'word' && isPersonNoun(units[j - 1]) && !NON_PERSON.has(next.t) && !(next.t in OUTCOME_WORDS) && !(next.t in ACTIVE_VERBS) && !AUXILIARIES.has(next.t) && !DETERMINERS.has(next.t) && /s$/.test(next.t) && units[j + 2]?.kind === 'word' && (AUXILIARIES.has(units[j + 2].t) || units[j + 2].t in OUTCOME_WORDS)) continue;
    // "Two civilians and a soldier were killed": a single person coordinated with the counted ones.
    if (w.t === 'and' && npStart >= 0 && (next?.t === 'a' || next?.t === 'an') && (isPersonNoun(units[j + 2]) || isPersonNoun(units[j + 3]))) continue;
    // "on board the plane": a preposition of two words.
    const onBoard = units[j - 1]?.t === 'board' && units[j - 2]?.t === 'on';
    if (state === 'np' && npStart >= 0 && NP_OPENERS.has(w.t) && units[j - 1].kind === 'word' && !PREPOSITIONS.has(units[j - 1].t) && !isPersonNoun(units[j - 1]) && !onBoard) {
      // "Four policemen guarding the embassy were killed": an -ing participle's object, then the
      // clause's own verb (an auxiliary or a finite outcome; "carrying the wounded" is no verb).
      if (units[j - 1].t.endsWith('ing')) {
        const verb = finiteVerbAfter(units, j, true);
        if (verb > 0) {
          npEnd = units[verb - 1].end; // the participle's phrase describes the victims
          j = verb - 1;
          continue;
        }
      }
      // "500 mourners attended the funeral", "30 ambulances rushed the wounded": a determiner right
      // after a word that is no preposition starts an object; the word before it was a verb, so the
      // count is that verb's subject, and the outcome word later in the object is not its predicate.
      // After the people's own noun it opens a relative clause instead ("12 people the army says
      // were militants were killed").
      return fallback ? fallbackHit() : { kind: 'blocked' };
    }
    if (CLAUSE_STOPS.has(w.t) || w.t === 'and' || w.t === 'or') return fallbackHit();
    const head = units[j - 1];
    // "3 cholera-related deaths", "2 associated deaths": an -ed adjective of the outcome noun after it.
    const modifiesOutcome = next?.kind === 'word' && OUTCOME_NOUNS.has(next.t);
    if (/ed$/.test(w.t) && w.t.length > 4 && !modifiesOutcome && (npStart < 0 || PERSON_NOUNS.has(head.t)) && !PERSON_NOUNS.has(next?.t ?? '')) {
      // "Forty soldiers surrendered and were taken prisoner": a first predicate, then the outcome.
      if (next?.t === 'and' && units[j + 2] && AUXILIARIES.has(units[j + 2].t)) { j++; state = 'aux'; continue; }
      // "all 11 terrorists involved in the attack were neutralised": a reduced relative after the
      // people's noun; the clause's own outcome, after it, is the figure's.
      if (npStart >= 0 && PREPOSITIONS.has(next?.t ?? '') && next?.t !== 'and' && next?.t !== 'or') {
        const main = mainOutcomeAfter(units, j + 1);
        if (main) {
          const hit: FigureHit = {
            numberStart: u.start, numberEnd: u.end, quoteStart: u.start, quoteEnd: main.end, ...values(u.phrase!),
            outcome: main.outcome, victims: victimsText(units, npStart, npEnd), negated, pattern: 'count-outcome',
          };
          return { kind: 'hit', hit, siblings, subset };
        }
      }
      // "300 troops deployed": a participle that is not an outcome ends the victims phrase. But in
      // "Relatives of the 57 victims gathered" the predicate is the relatives'; the group stands.
      return fallback && units[i - 1]?.t === 'the' && units[i - 2]?.t === 'of' ? fallbackHit() : { kind: 'blocked' };
    }
    if (npStart < 0) npStart = j;
    npEnd = w.end;
  }
  return fallbackHit();
}

const COPULA = /^(?:be|been|are|were|is|was)$/;
/** Outcome nouns that can be a copula's predicate: "were casualties", "are victims". */
const PREDICATE_NOUNS = new Set(['casualties', 'victims', 'fatalities']);

/**
 * Whether the words between the count at i and the predicate at j name things, not people: a
 * noun is there and none of them is a noun for people or an outcome ("of the group's five product
 * lines", not "of them", "of the dead", "Ukrainians").
 */
function thingsCounted(units: Unit[], i: number, j: number): boolean {
  let noun = false;
  for (let k = i + 1; k < j; k++) {
    const w = units[k];
    if (w.kind !== 'word' || AUXILIARIES.has(w.t) || /^(?:of|the|them|those|these|its|their|our|whom|all|both)$/.test(w.t)) continue;
    if (isPersonNoun(w) || w.t in OUTCOME_WORDS || /^[A-Z]\w+(ans|ians|is|ese)$/.test(w.raw)) return false;
    noun = true;
  }
  return noun;
}

/** Objects of "missing" as a verb of absence: "are missing the final", "missing school", "missing out". */
const MISSED = /^(?:the|a|an|their|his|her|its|our|this|that|these|those|out|school|work|lessons|classes|training|meetings|matches|games|flights)$/;

/** Whether "missing" at k takes an object: people who miss something, not people missing. */
function missesSomething(units: Unit[], k: number): boolean {
  return units[k]?.t === 'missing' && units[k + 1]?.kind === 'word' && MISSED.test(units[k + 1].t);
}

/**
 * A second predicate after "and" that is an outcome, within a short clause from j with no break:
 * "(had been) locked in the hold and are missing", "set out on Monday and have not returned" (no).
 * An auxiliary must open it ("and 2 were killed" has a subject of its own).
 */
function andPredicate(units: Unit[], j: number): { outcome: Outcome; end: number } | null {
  for (let k = j; k <= j + 8 && units[k]?.kind === 'word'; k++) {
    const t = units[k].t;
    if (UNHARMED_STATES.has(t) || RELATIVES.has(t) || (CLAUSE_STOPS.has(t) && t !== 'after' && t !== 'before')) return null;
    if (t !== 'and') continue;
    let m = k + 1;
    while (units[m]?.kind === 'word' && AUXILIARIES.has(units[m].t)) m++;
    if (m === k + 1 || units[m]?.kind !== 'word') return null;
    const phrase = outcomePhrase(units, m, 'aux');
    if (phrase) return phrase;
    const o = OUTCOME_WORDS[units[m].t];
    return o && !PEOPLE_ONLY_OUTCOMES.has(units[m].t) && !missesSomething(units, m) ? combinedOutcome(units, m, o) : null;
  }
  return null;
}

/** Outcome nouns an adjective may stand before: "storm-related deaths", "associated deaths". */
const OUTCOME_NOUNS = new Set(['deaths', 'injuries', 'casualties', 'fatalities', 'killings', 'wounds']);

/** Whether a noun stands between the count at i and the "of" at `of` ("40 families of", not "7 of"). */
function hasHeadNoun(units: Unit[], i: number, of: number): boolean {
  for (let k = i + 1; k < of; k++) if (units[k].kind === 'word' && !/^(?:of|the|those|its|their|a|an)$/.test(units[k].t)) return true;
  return false;
}

/** Outcome verbs that are finite only: after a group they are its predicate, never a modifier. */
const FINITE_OUTCOMES = new Set(['died', 'dies', 'die', 'perished', 'succumbed']);

/** Whether the count at i opens its clause as "Of the 45 people on board, ...". */
function opensPartitive(units: Unit[], i: number): boolean {
  return units[i - 1]?.t === 'the' && units[i - 2]?.t === 'of' && (i === 2 || units[i - 3].kind === 'punct');
}

/**
 * Whether the count at j ("the 100 passengers") is followed by an auxiliary before any outcome
 * word: its nouns lead to the clause's predicate, so it names a group, not a figure of its own.
 */
function groupBeforePredicate(units: Unit[], j: number): boolean {
  for (let k = j + 1; k <= j + 8 && k < units.length; k++) {
    const w = units[k];
    if (w.kind !== 'word') return false;
    // "Three of the 4 crew died": a verb that is never a participle is the clause's own.
    if (FINITE_OUTCOMES.has(w.t)) return true;
    // "Two of the three hostages were killed": a role noun names the group, not its outcome.
    if (w.t in OUTCOME_WORDS && !ROLE_NOUNS.has(w.t)) return false;
    if (AUXILIARIES.has(w.t) && w.t !== 'more' && w.t !== 'all' && w.t !== 'both') return true;
  }
  return false;
}

/**
 * The closing comma of an appositive opened by the comma at j, when the predicate follows it
 * ("people, most of them women, were killed"): its index, or -1. The appositive is short, holds no
 * clause boundary, and what follows its close is an auxiliary or an outcome.
 */
function appositiveEnd(units: Unit[], j: number): number {
  for (let k = j + 1; k <= j + 12 && k < units.length; k++) {
    const w = units[k];
    if (w.t === ',') {
      if (k === j + 1) return -1;
      const after = units[k + 1];
      if (!after || after.kind === 'punct') return -1;
      if (after.kind === 'word' && (AUXILIARIES.has(after.t) || after.t in OUTCOME_WORDS || outcomePhrase(units, k + 1, 'np'))) return k;
      continue; // "aged 19, 22 and 41,": a list inside the appositive
    }
    if (w.kind === 'punct' && !QUOTE_MARKS.has(w.t) && w.t !== '-') return -1;
    // "Eleven miners, trapped since Tuesday, were found dead": a participle's phrase may hold a
    // preposition of time that is a clause word elsewhere.
    const participial = k > j + 1 && /ed$/.test(units[j + 1].t) && (w.t === 'since' || w.t === 'after' || w.t === 'before' || w.t === 'until');
    if (w.kind === 'word' && ((CLAUSE_STOPS.has(w.t) && !participial) || RELATIVES.has(w.t))) return -1;
  }
  return -1;
}

/**
 * Outcomes said in several words: "taken prisoner", "lost their lives", "shot dead", "gunned down",
 * "unaccounted for", "(remained) in hospital", "treated for injuries", "taken to hospital",
 * "in a critical condition".
 */
function outcomePhrase(units: Unit[], j: number, state: 'np' | 'aux'): { outcome: Outcome; end: number } | null {
  const w = units[j].t;
  const a = units[j + 1]?.t;
  const b = units[j + 2]?.t;
  const c = units[j + 3]?.t;
  const end = (k: number) => units[j + k].end;
  // "taken into captivity", "remain in captivity"
  if ((a === 'captivity' && (w === 'in' || w === 'into')) || (b === 'captivity' && a === 'into')) return { outcome: 'captured', end: end(a === 'captivity' ? 1 : 2) };
  if ((w === 'taken' || w === 'took') && (a === 'prisoner' || a === 'prisoners' || a === 'captive' || a === 'hostage' || a === 'hostages')) return { outcome: 'captured', end: end(1) };
  if (w === 'lost' && (a === 'their' || a === 'his' || a === 'her') && b === 'lives') return { outcome: 'killed', end: end(2) };
  if (w === 'shot' && (a === 'dead' || (a === 'and' && b === 'killed'))) return { outcome: 'killed', end: end(a === 'dead' ? 1 : 2) };
  if (w === 'shot' && a === 'and' && (b === 'wounded' || b === 'injured')) return { outcome: 'wounded', end: end(2) };
  if (w === 'shot' && units[j - 1]?.t === 'fatally') return { outcome: 'killed', end: end(0) };
  // "fell to their deaths", "plunged to his death"
  if (a === 'to' && (b === 'their' || b === 'his' || b === 'her') && (c === 'deaths' || c === 'death')) return { outcome: 'killed', end: end(3) };
  if ((w === 'gunned' || w === 'cut' || w === 'mowed') && a === 'down') return { outcome: 'killed', end: end(1) };
  // Military press releases: "were sent to hell", "embraced martyrdom" / "embraced shahadat".
  if ((w === 'sent' || w === 'dispatched') && a === 'to' && b === 'hell') return { outcome: 'killed', end: end(2) };
  if (/^(?:embraced|embrace|embracing|attained|achieved)$/.test(w) && /^(?:martyrdom|shahadat|shahadah)$/.test(a ?? '')) return { outcome: 'killed', end: end(1) };
  // "apprehended in an injured state", "apprehended injured": taken wounded, a capture.
  if (w === 'apprehended' && (a === 'injured' || (a === 'in' && (b === 'injured' || ((b === 'an' || b === 'a') && c === 'injured'))))) return { outcome: 'captured', end: end(a === 'injured' ? 1 : b === 'injured' ? 2 : 3) };
  if ((w === 'found' || w === 'pronounced' || w === 'declared') && a === 'dead') return { outcome: 'killed', end: end(1) };
  // "were found killed", "was found murdered", "were found wounded"
  if (w === 'found' && state === 'aux' && units[j + 1]?.kind === 'word') {
    const o = OUTCOME_WORDS[a ?? ''];
    if ((o === 'killed' || o === 'wounded') && !PEOPLE_ONLY_OUTCOMES.has(a ?? '')) return { outcome: o, end: end(1) };
  }
  // A participle of moving or of some other deed ("pulled", "brought", "evacuated").
  const participle = (w.length > 4 && w.endsWith('ed')) || MOVED.has(w);
  // "pulled dead from the river", "washed up dead": a participle with "dead" as its complement.
  if (state === 'aux' && a === 'dead' && participle) return { outcome: 'killed', end: end(1) };
  // "were brought in dead", "was carried out dead"
  if (state === 'aux' && participle && /^(?:in|out|back|home|ashore)$/.test(a ?? '') && b === 'dead') return { outcome: 'killed', end: end(2) };
  // "prisoners whose whereabouts are unknown", "whose whereabouts remain unknown": disappeared.
  if (w === 'whose' && a === 'whereabouts') {
    for (let k = 2; k <= 5 && units[j + k]?.kind === 'word'; k++) if (units[j + k].t === 'unknown') return { outcome: 'missing', end: end(k) };
  }
  if (state === 'aux' && participle && !CHARGED.has(w)) {
    // "evacuated with wounds", "admitted with burns", "brought in with gunshot and shrapnel
    // wounds", "pulled from the rubble with crush injuries", "rescued alive with fractures": a
    // participle, a short phrase of where to or how, then the harm the people came with.
    const injured = withInjury(units, j + 1);
    if (injured > 0) return { outcome: 'wounded', end: injured };
  }
  // "needed hospital treatment", "required surgery", "sought medical attention", "underwent
  // emergency surgery": care only the hurt receive.
  if (CARE_VERBS.has(w)) {
    const k = CARE_MODIFIERS.has(a ?? '') ? 2 : 1;
    const care = units[j + k]?.t ?? '';
    // "underwent surgery for cataracts": care for an illness, no harm done.
    if (units[j + k + 1]?.t === 'for' && illnessAfter(units, j + k + 2)) return null;
    if (CARE_NOUNS.test(care) || (k === 2 && (care === 'care' || care === 'attention' || care === 'help') && a !== 'further' && a !== 'immediate') || (a === 'first' && b === 'aid')) return { outcome: 'wounded', end: end(k) };
  }
  // "were still being treated", "are treated at the scene": patients, with no object after the
  // verb (not "treated as witnesses", "treated to a concert", "treated well").
  if (w === 'treated' && state === 'aux' && /^(?:being|been|were|was|are|is|be|still)$/.test(units[j - 1]?.t ?? '') && treatedAlone(units, j + 1)) {
    // "treated for smoke inhalation": the quote takes what they were treated for.
    let k = 0;
    if (a === 'for') for (k = 1; k < 5 && units[j + k + 1]?.kind === 'word' && !PREPOSITIONS.has(units[j + k + 1].t); k++);
    return { outcome: 'wounded', end: end(k) };
  }
  // "remain admitted", "still admitted": patients kept in (not "admitted that", "admitted to the bar").
  // ("Six of those still admitted are critical": the group's own verb may follow.)
  if (w === 'admitted' && state === 'aux' && KEPT.test(units[j - 1]?.t ?? '') && (!units[j + 1] || units[j + 1].kind === 'punct' || /^(?:in|at|with|and|on|after|overnight|are|were|is|was|remain|remained)$/.test(units[j + 1].t))) return { outcome: 'wounded', end: end(0) };
  // "Of the 62 people admitted, 19 ...", "the 40 passengers admitted overnight": a definite group
  // of people named by their admission ("treated" alone may be for an illness or a routine; and
  // not where the sentence names an illness: "Of the 300 patients admitted, 40 had flu").
  if (w === 'admitted' && state === 'np' && isPersonNoun(units[j - 1]) && units[j - 2]?.kind === 'num' && units[j - 3]?.t === 'the' && (!a || units[j + 1].kind === 'punct' || a === 'overnight') && !units.some((x) => ILLNESSES.test(x.t))) return { outcome: 'wounded', end: end(0) };
  // "38 patients remained under treatment", "are under medical care": still being treated (not for an illness).
  if (w === 'under' && state === 'aux' && (a === 'treatment' || ((a === 'medical' || a === 'hospital' || a === 'intensive') && (b === 'treatment' || b === 'care')))) {
    const k = a === 'treatment' ? 1 : 2;
    if (!(units[j + k + 1]?.t === 'for' && illnessAfter(units, j + k + 2))) return { outcome: 'wounded', end: end(k) };
  }
  // "remain at Kessel General Hospital", "remain in the burns unit": still a patient there ("were at
  // the hospital" may be visitors, so "at" only after "remain" or "still").
  if ((w === 'in' || (w === 'at' && KEPT.test(units[j - 1]?.t ?? ''))) && state === 'aux') {
    const ward = wardAfter(units, j + 1);
    if (ward > 0) return { outcome: 'wounded', end: ward };
  }
  // "stabbed to death", "beaten to death", "burnt to death", "starved to death".
  if (a === 'to' && b === 'death' && TO_DEATH.has(w)) return { outcome: 'killed', end: end(2) };
  // "12 lives were lost": the lives are the dead.
  if (w === 'lost' && state === 'aux' && units[j - 1] && /^(?:were|been|was)$/.test(units[j - 1].t) && livesBefore(units, j)) return { outcome: 'killed', end: end(0) };
  if ((w === 'treated' || w === 'admitted' || w === 'kept' || w === 'held') && a === 'in' && (HOSPITAL.test(b ?? '') || ((b === 'a' || b === 'the') && HOSPITAL.test(c ?? '')))) {
    return { outcome: 'wounded', end: end(HOSPITAL.test(b ?? '') ? 2 : 3) }; // "treated in hospital"
  }
  // "treated at Kolsa General Hospital", "treated at the district hospital": a hospital's name
  // (not "treated at the opening of the new hospital wing": a preposition ends the name).
  if (w === 'treated' && a === 'at') {
    for (let k = 2; k <= 7 && units[j + k]?.kind === 'word' && !PREPOSITIONS.has(units[j + k].t); k++) if (HOSPITAL.test(units[j + k].t)) return { outcome: 'wounded', end: end(k) };
  }
  // "were still being held by the gunmen": captives of their captors (not "held by police").
  if (w === 'held' && a === 'by' && CAPTORS.has(b === 'the' || b === 'their' || b === 'armed' ? c ?? '' : b ?? '')) return { outcome: 'captured', end: end(b === 'the' || b === 'their' || b === 'armed' ? 3 : 2) };
  // "eleven people had been buried on Friday", "were buried in the village cemetery", "were laid to
  // rest": the dead named again. Not "buried under the rubble", "buried alive", "buried by the
  // landslide", "buried in the mud", "buried when the slope gave way": people trapped.
  if (state === 'aux' && w === 'buried' && /^(?:been|were|was)$/.test(units[j - 1]?.t ?? '') && (!units[j + 1] || units[j + 1].kind === 'punct' || /^(?:on|at|in|yesterday|today|overnight|together|later|beside|alongside|near|next)$/.test(a ?? ''))) {
    let trapped = false;
    let grave = false;
    for (let k = j + 1; k <= j + 4 && units[k]?.kind === 'word'; k++) {
      if (RUBBLE.has(units[k].t) || BURYING.test(units[k].t)) trapped = true;
      if (BURIAL_PLACES.test(units[k].t)) grave = true;
    }
    // ("buried in the primary", "buried on the bench": after "in", "on" or "at", a grave or a day
    // says it is the dead who were buried.)
    const figurative = /^(?:in|on|at)$/.test(a ?? '') && !grave && !(a === 'on' && (units[j + 2]?.kind === 'num' || DAYS.test(b ?? '')));
    if (!trapped && !figurative) return { outcome: 'killed', end: end(0) };
  }
  if (state === 'aux' && w === 'laid' && a === 'to' && b === 'rest') return { outcome: 'killed', end: end(2) };
  // "26 remain with the bandits", "are still with their kidnappers", "remain in the hands of the
  // gunmen": captives kept by their captors.
  if (state === 'aux' && (w === 'with' || w === 'among') && KEPT.test(units[j - 1]?.t ?? '') && keptBy(units[a === 'the' || a === 'their' ? j + 2 : j + 1])) return { outcome: 'captured', end: end(a === 'the' || a === 'their' ? 2 : 1) };
  if (state === 'aux' && w === 'in' && a === 'the' && b === 'hands' && c === 'of') {
    const k = units[j + 4]?.t === 'the' || units[j + 4]?.t === 'their' ? 5 : 4;
    if (CAPTORS.has(units[j + k]?.t ?? '')) return { outcome: 'captured', end: end(k) };
  }
  // "more than 60 people had been taken": in a sentence of an abduction, taken by the abductors.
  if (state === 'aux' && w === 'taken' && /^(?:were|was|been)$/.test(units[j - 1]?.t ?? '') && (!units[j + 1] || units[j + 1].kind === 'punct' || a === 'away' || (a === 'by' && CAPTORS.has(b === 'the' ? c ?? '' : b ?? ''))) && units.some((x) => ABDUCTION.test(x.t))) return { outcome: 'captured', end: end(a === 'away' ? 1 : 0) };
  if (w === 'held') {
    // "held captive", "held hostage", "held as prisoners of war"
    const k = a === 'as' ? 2 : 1;
    if (/^(?:captive|hostage|hostages|prisoner|prisoners|pows)$/.test(units[j + k]?.t ?? '')) return { outcome: 'captured', end: end(k) };
  }
  if (w === 'unaccounted') return { outcome: 'missing', end: a === 'for' ? end(1) : end(0) };
  // "had not been accounted for", "have never been found", "had not been seen since the fire",
  // "have not been heard from": people still sought (not "not found guilty", "never seen again" of
  // a sighting; whoever is sought as a culprit is dropped by the caller).
  if ((w === 'not' || w === 'never') && state === 'aux') {
    let k = 1;
    if (units[j + k]?.t === 'yet') k++;
    if (units[j + k]?.t === 'been') k++;
    const v = units[j + k]?.t;
    const after = units[j + k + 1]?.t;
    if (v === 'accounted' && after === 'for') return { outcome: 'missing', end: end(k + 1) };
    if (v === 'heard' && after === 'from') return { outcome: 'missing', end: end(k + 1) };
    if (k > 1 && (v === 'found' || v === 'located' || v === 'traced') && !/^(?:guilty|responsible|liable|fit|to|dead|alive|in|at|on|with|among|by|near)$/.test(after ?? '')) return { outcome: 'missing', end: end(k) };
    if (k > 1 && v === 'seen' && (after === 'since' || after === 'again')) return { outcome: 'missing', end: end(k + 1) };
  }
  // "200 people are believed to remain under the rubble": still buried, missing.
  if (w === 'under' && state === 'aux' && (a === 'the' ? RUBBLE.has(b ?? '') : RUBBLE.has(a ?? ''))) return { outcome: 'missing', end: end(a === 'the' ? 2 : 1) };
  if ((w === 'critical' || w === 'serious') && a === 'cases' && b !== 'of' && state === 'np') return { outcome: 'wounded', end: end(1) }; // "28 critical cases"
  if ((w === 'went' || w === 'gone' || w === 'go' || w === 'goes' || w === 'going') && a === 'missing') return { outcome: 'missing', end: end(1) };
  if (/^(?:sustained|suffered|sustaining|suffering|received|receiving|had|has|have)$/.test(w)) {
    // "sustained minor injuries", "suffered serious burns", "suffered minor smoke inhalation injuries",
    // "had gunshot wounds" (after "have" only a short phrase: "had lunch before the injuries ...").
    const reach = w.startsWith('ha') ? 3 : 5;
    // ("have died of burns": "have" is the auxiliary of an outcome, not "had burns")
    const auxiliary = w.startsWith('ha') && units[j + 1]?.t in OUTCOME_WORDS && !BROUGHT_WITH.test(units[j + 1].t);
    for (let k = 1; k <= reach && !auxiliary && units[j + k]?.kind === 'word'; k++) {
      if (BROUGHT_WITH.test(units[j + k].t)) return { outcome: 'wounded', end: end(k) };
    }
  }
  // "with another 62 people in hospital", "and 12 in hospital": the bare "in hospital" of patients
  // right after the counted, with no verb of their own after it ("people in hospital were moved").
  // (Not a bare count: "29 died at the scene and seven in hospital" leaves out "died".)
  // (Not staff who work there, "3,000 nurses in hospital and community care", nor the ill, "in
  // hospital with flu".)
  if (w === 'in' && state === 'np' && a === 'hospital' && isPersonNoun(units[j - 1]) && !CARERS.has(units[j - 1].t) && (!units[j + 2] || units[j + 2].kind === 'punct' || /^(?:and|with|after|following|overnight|on)$/.test(units[j + 2].t)) && !(/^(?:with|after|following)$/.test(units[j + 2]?.t ?? '') && illnessAfter(units, j + 3))) return { outcome: 'wounded', end: end(1) };
  if (w === 'in' && state === 'aux' && (HOSPITAL.test(a ?? '') || ((a === 'a' || a === 'the') && HOSPITAL.test(b ?? '')))) {
    return { outcome: 'wounded', end: end(HOSPITAL.test(a ?? '') ? 1 : 2) };
  }
  if (w === 'in' && state === 'aux' && (a === 'a' || a === 'the') && (b === 'critical' || b === 'serious') && c === 'condition') return { outcome: 'wounded', end: end(3) };
  if (w === 'in' && (a === 'critical' || a === 'serious') && b === 'condition' && state === 'aux') return { outcome: 'wounded', end: end(2) };
  // "remain in serious but stable condition", "in stable condition": a patient's state.
  if (w === 'in' && state === 'aux' && (a === 'stable' || ((a === 'critical' || a === 'serious') && b === 'but' && c === 'stable')) && units[j + (a === 'stable' ? 2 : 4)]?.t === 'condition') return { outcome: 'wounded', end: end(a === 'stable' ? 2 : 4) };
  // "remain in intensive care", "were in the intensive care unit", "still in ICU".
  if (w === 'in' && state === 'aux') {
    const k = a === 'the' ? 2 : 1;
    const x = units[j + k]?.t;
    if (x === 'icu' || (x === 'intensive' && units[j + k + 1]?.t === 'care')) return { outcome: 'wounded', end: end(x === 'icu' ? k : k + 1) };
  }
  // "four more are critical" (but "two were critical of the plan", "to the rescue", "for the
  // talks"). Only after a plural copula: in "the situation of 300 families is critical" the count
  // is no subject of the singular "is" ("one passenger is critical" has its count of one).
  if (w === 'critical' && state === 'aux' && !/^(?:of|to|for|that|about|towards?)$/.test(a ?? '') && (/^(?:are|were|remain|remained)$/.test(units[j - 1]?.t ?? '') || (/^(?:is|was|remains)$/.test(units[j - 1]?.t ?? '') && (isOne(units[j - 2]) || isOne(units[j - 3]))))) return { outcome: 'wounded', end: end(0) };
  // "fell as martyrs", "fell in battle": a soldier's death.
  if (w === 'fell' && ((a === 'as' && b === 'martyrs') || (a === 'in' && (b === 'battle' || b === 'combat' || b === 'action')))) return { outcome: 'killed', end: end(2) };
  if ((w === 'treated' || w === 'hospitalised' || w === 'hospitalized') && a === 'for') {
    for (let k = 2; k <= 4 && units[j + k]; k++) if (/^(injuries|wounds|burns|injury|wound|inhalation|fractures)$/.test(units[j + k].t)) return { outcome: 'wounded', end: end(k) };
  }
  if (TO_HOSPITAL_VERBS.has(w) && a === 'to') {
    // "taken to hospital", "rushed to the Harlan General Hospital"
    // (a long proper name: "admitted to the Sri Venkateswara Ramnarayan Ruia Government General Hospital")
    for (let k = 2; k <= 9 && units[j + k]; k++) {
      if (HOSPITAL.test(units[j + k].t)) return { outcome: 'wounded', end: end(k) };
      if (units[j + k].kind !== 'word') break;
    }
  }
  void c;
  return null;
}

/**
 * "with crush injuries", "from the rubble with broken legs", "in with gunshot and shrapnel wounds":
 * a short phrase of where to or how (no clause break), then "with" and the harm. The end offset of
 * the harm's noun, or -1.
 */
function withInjury(units: Unit[], from: number): number {
  let w = from;
  while (w < from + 5 && units[w]?.kind === 'word' && units[w].t !== 'with' && !CLAUSE_STOPS.has(units[w].t) && units[w].t !== 'and') w++;
  if (units[w]?.t !== 'with') return -1;
  for (let k = w + 1; k <= w + 5 && units[k]?.kind === 'word'; k++) {
    const t = units[k].t;
    if (BROUGHT_WITH.test(t) || (BODY_PARTS.test(t) && units[k - 1].t === 'broken')) return units[k].end;
    if (t === 'causing' || t === 'inflicting' || t === 'intent') return -1;
  }
  return -1;
}

/**
 * Whether the words after "treated" (at k) leave it without an object or a manner: the end, "for
 * burns", "in hospital", "at the scene". Not "treated for shock" (no harm done), nor "treated at
 * the pithead" (a place that is no hospital: the hospital reader takes "treated at Kolsa Hospital").
 */
function treatedAlone(units: Unit[], k: number): boolean {
  const next = units[k];
  if (!next || next.kind === 'punct') return next?.t !== '"' && next?.t !== '“';
  if (next.t === 'for') return !/^(?:shock|minor|mild|free)$/.test(units[k + 1]?.t ?? '') ? !illnessAfter(units, k + 1) : units[k + 2]?.t === 'injuries';
  if (next.t === 'at') return units[k + 1]?.t === 'the' && /^(?:scene|site)$/.test(units[k + 2]?.t ?? '');
  return /^(?:in|on|after|overnight|and|there|locally|immediately)$/.test(next.t);
}

/** Illnesses people are treated for: patients of an outbreak or of a clinic's round, not casualties. */
const ILLNESSES = /^(?:cramp|cramps|cataract|cataracts|disease|diseases|diarrhoea|diarrhoeal|diarrhea|diarrheal|cholera|malaria|measles|malnutrition|illness|illnesses|infection|infections|fever|covid|covid-19|flu|influenza|dengue|respiratory|skin|chronic|typhoid|tuberculosis|hiv|cancer)$/;

/** Whether an illness is named within the few words from k ("for acute watery diarrhoea"). */
function illnessAfter(units: Unit[], k: number): boolean {
  for (let e = k; e < k + 4 && units[e]?.kind === 'word'; e++) if (ILLNESSES.test(units[e].t)) return true;
  return false;
}

/** After "in" or "at": a hospital or a ward of the hurt within a short name ("at Kessel General Hospital", "in the burns unit"); its end offset, or -1. */
function wardAfter(units: Unit[], from: number): number {
  let k = from;
  if (/^(?:the|a|an)$/.test(units[k]?.t ?? '')) k++;
  for (const last = k + 5; k <= last && units[k]?.kind === 'word' && !PREPOSITIONS.has(units[k].t); k++) {
    const t = units[k].t;
    if (HOSPITAL.test(t) || ((t === 'unit' || t === 'ward' || t === 'wards') && WARD_KINDS.has(units[k - 1].t))) return units[k].end;
  }
  return -1;
}

/**
 * Whether the outcome at j is an active verb with its object, right after a relative pronoun ("who
 * killed 5 people", "who had shot the guard", "who lost their homes"): the counted people did it.
 * Not a passive ("who were killed") nor a reflexive ("who killed themselves").
 */
function agentRelative(units: Unit[], j: number): boolean {
  let k = j - 1;
  while (units[k] && /^(?:had|has|have)$/.test(units[k].t)) k--;
  if (!units[k] || !RELATIVES.has(units[k].t) || !(units[j].t in ACTIVE_VERBS)) return false;
  const o = units[j + 1];
  if (!o) return false;
  return o.kind === 'num' || (o.kind === 'word' && (isPersonNoun(o) || /^(?:the|a|an|his|her|their|its|him|them|dozens|hundreds|scores|thousands|several|many)$/.test(o.t)));
}

/** The outcome of the main clause after a relative clause that held one, or null. */
function mainOutcomeAfter(units: Unit[], from: number): { outcome: Outcome; end: number } | null {
  const v = finiteVerbAfter(units, from);
  if (v < 0) return null;
  for (let k = v; k <= v + 5 && k < units.length; k++) {
    const w = units[k];
    if (w.kind !== 'word') return null;
    const phrase = outcomePhrase(units, k, 'aux');
    if (phrase) return phrase;
    const o = OUTCOME_WORDS[w.t];
    if (o) return combinedOutcome(units, k, o);
    if (!AUXILIARIES.has(w.t) && !(w.t.length > 4 && w.t.endsWith('ly'))) return null;
  }
  return null;
}

/** Whether the auxiliaries before j hold an infinitive "to (have) be(en)". */
function infinitiveBefore(units: Unit[], j: number): boolean {
  for (let k = j - 1; k >= j - 4 && k >= 0; k--) if (units[k].t === 'to') return true;
  return false;
}

/**
 * The next finite verb of the clause after a reduced relative (index), or -1: "were", "are", "died".
 * `strict`: only auxiliaries and verbs that are never participles ("wounded" may modify a noun).
 */
function finiteVerbAfter(units: Unit[], j: number, strict = false): number {
  for (let k = j; k <= j + 10 && k < units.length; k++) {
    const w = units[k];
    // "as" is no boundary here: "whom the ministry described as militants were killed".
    if (w.kind !== 'word' || (CLAUSE_STOPS.has(w.t) && w.t !== 'as') || RELATIVES.has(w.t)) return -1;
    if (/^(?:were|was|are|is|remain|remains|remained|have|has|had)$/.test(w.t) || FINITE_OUTCOMES.has(w.t)) return k;
    if (!strict && w.t in OUTCOME_WORDS && w.t.endsWith('ed')) return k;
  }
  return -1;
}

/** Whether "lives" is the noun of the clause before the verb at j ("12 lives were lost"). */
function livesBefore(units: Unit[], j: number): boolean {
  for (let k = j - 1; k >= j - 4 && k >= 0; k--) if (units[k].t === 'lives') return true;
  return false;
}

/** "killed and wounded", "dead or injured": both outcomes together are casualties. */
function combinedOutcome(units: Unit[], j: number, outcome: Outcome): { outcome: Outcome; end: number } {
  const conj = units[j + 1];
  const other = units[j + 2];
  let end = units[j].end;
  if (units[j].t === 'lost' && units[j + 1]?.t === 'their' && units[j + 2]?.t === 'lives') end = units[j + 2].end;
  if (conj && (conj.t === 'and' || conj.t === 'or') && other) {
    const o2 = OUTCOME_WORDS[other.t];
    if (o2 && o2 !== outcome && (o2 === 'killed' || o2 === 'wounded') && (outcome === 'killed' || outcome === 'wounded')) {
      return { outcome: 'casualties', end: other.end };
    }
  }
  if (conj?.t === ',') {
    // "killed, wounded or missing", "killed, wounded or captured": a list of outcomes that holds
    // both the killed and the wounded counts the casualties.
    let killed = outcome === 'killed';
    let wounded = outcome === 'wounded';
    for (let k = j + 1; k + 1 < units.length && k <= j + 8; k += 2) {
      const o = OUTCOME_WORDS[units[k + 1].t];
      if (!o || units[k + 1].kind !== 'word' || !/^(?:,|and|or)$/.test(units[k].t)) break;
      killed ||= o === 'killed';
      wounded ||= o === 'wounded';
      if (units[k].t !== ',') return killed && wounded ? { outcome: 'casualties', end: units[k + 1].end } : { outcome, end };
    }
  }
  // "unaccounted for"
  return { outcome, end };
}

/** Those whose loss of people is a loss of life: "the family lost six people". */
const MOURNERS = new Set(['family', 'families', 'household', 'households', 'parents', 'mother', 'father', 'couple', 'village', 'villages', 'community', 'communities', 'parish']);

/** Collectives of people: "a family of five". */
const COLLECTIVES = new Set(['family', 'group', 'crew', 'party', 'busload', 'boatload', 'household']);

/** Kin: a person who loses them has lost them to death. */
const SEEKING = new Set(['searching', 'search', 'searched', 'looking', 'looked', 'hunting', 'combing']);
/** Words that make a search a rescue: who searches, or where the sought are. */
const RESCUE_SCENE = new Set([
  'rescuers', 'rescue', 'divers', 'coastguard', 'firefighters', 'lifeboats', 'rubble', 'debris', 'wreckage', 'survivors',
]);
/** What people are still under after a collapse. */
const RUBBLE = new Set(['rubble', 'debris', 'wreckage', 'ruins', 'mud', 'snow', 'collapsed']);

/** Where the dead are buried: "in the village cemetery", "in a mass grave", "in their hometown". */
const BURIAL_PLACES = /^(?:cemetery|cemeteries|graves?|graveyard|churchyard|tombs?|mausoleum|plots?|village|villages|hometowns?|town|city|mosque|martyrs|shrine|crypt|vault|sea)$/;
/** Days a burial is dated by: "buried on Friday", "on 3 May". */
const DAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** What buries the living: "buried in the landslide", "in the sand". */
const BURYING = /^(?:landslides?|mudslides?|avalanches?|sand|earth|soil|collapse|quake|earthquake|rockfall|snowslide)$/;

/** Subjects that bury people who died: pronouns (people nouns are read as such). */
const BURIERS = new Set(['we', 'they', 'i', 'he', 'she', 'who']);

/** Captors whom no one stays with of their own will ("remain with the rebels" may be a choice). */
const KEEPERS = new Set(['kidnappers', 'abductors', 'captors', 'bandits', 'hijackers', 'pirates', 'gunmen']);

/** Whether the word is one of KEEPERS in lower case: "remain with the Pirates" is with a team. */
function keptBy(w: Unit | undefined): boolean {
  return !!w && KEEPERS.has(w.t) && !/^[A-Z]/.test(w.raw);
}

/** Words of an abduction: in their sentence, people "taken" are captives. */
const ABDUCTION = /^(?:abduct\w*|kidnap\w*|captors|hostages?|bandits|gunmen)$/;

/** Who holds people captive: "held by the kidnappers". */
const CAPTORS = new Set(['gunmen', 'kidnappers', 'abductors', 'captors', 'militants', 'rebels', 'insurgents', 'bandits', 'terrorists', 'hijackers', 'jihadists', 'pirates', 'fighters']);

/** People sought as perpetrators, not as the missing. */
const PERPETRATORS = new Set(['gunmen', 'attackers', 'assailants', 'suspects', 'suspect', 'fugitives', 'escapees', 'militants', 'terrorists', 'bandits', 'kidnappers', 'robbers', 'killers', 'perpetrators']);

/** Whether the count at i, with k the word before it, is of people a rescue still seeks ("searching for 11 people"). */
function soughtInRescue(units: Unit[], k: number, i: number): boolean {
  let f = k;
  const rest = units[f]?.t === 'remaining' || units[f]?.t === 'last';
  if (rest) f--;
  if (units[f]?.t === 'the') f--;
  if (units[f]?.t !== 'for' || !SEEKING.has(units[f - 1]?.t ?? '')) return false;
  const sought = hasPersonHead(units, i) || (rest && units[f + 1]?.t === 'the' && units[i + 1]?.kind !== 'word');
  return sought && !hasHeadIn(units, i, PERPETRATORS) && !soughtOtherwise(units, i) && (units[f - 2]?.t === 'still' || units.some((x) => RESCUE_SCENE.has(x.t)));
}

/** Who fled or escaped: sought as fugitives, not as the missing. */
const ESCAPE_VERBS = new Set(['fled', 'escaped', 'absconded', 'broke', 'deserted', 'vanished']);

/**
 * People sought for some other reason than a disaster: "new" ones to hire or enlist ("still
 * searching for 200 new staff", "for 14 new volunteers"), or ones who fled ("11 inmates who fled").
 */
function soughtOtherwise(units: Unit[], i: number): boolean {
  if (units[i + 1]?.t === 'new') return true;
  for (let k = i + 1; k <= i + 6 && units[k]; k++) {
    if (RELATIVES.has(units[k].t)) {
      let v = k + 1;
      while (units[v] && /^(?:had|have|has|later|then|allegedly|reportedly)$/.test(units[v].t)) v++;
      return ESCAPE_VERBS.has(units[v]?.t ?? '');
    }
    if (units[k].kind !== 'word') return false;
  }
  return false;
}

/** Words before "of" that count the people after it: "a total of 40", "a group of 12 hikers". */
const OF_QUANTITY = new Set(['total', 'group', 'number', 'crew', 'team', 'party', 'dozens', 'hundreds', 'thousands', 'scores', 'majority', 'some', 'none', 'all', 'each', 'both', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** Whether the count at i is what a thing before "of" belongs to: "the luggage of 40 passengers". */
function ownedByThing(units: Unit[], i: number): boolean {
  const owner = units[i - 2];
  return units[i - 1]?.t === 'of' && owner?.kind === 'word' && !OF_QUANTITY.has(owner.t) && !isPersonNoun(owner) && !DETERMINERS.has(owner.t);
}

/** Where people lost are gone to without harm: "lost 40,000 people to emigration". */
const GONE_TO = new Set([
  'emigration', 'migration', 'exodus', 'defection', 'defections', 'desertion', 'desertions', 'retirement', 'retirements',
  'resignations', 'rivals', 'competitors', 'poaching', 'private', 'transfers', 'layoffs', 'redundancy', 'redundancies', 'abroad',
]);
const KIN = new Set(['brothers', 'sisters', 'sons', 'daughters', 'children', 'relatives', 'cousins', 'grandchildren', 'nephews', 'nieces', 'uncles', 'aunts', 'siblings', 'grandsons', 'granddaughters']);

/** Verb before the count: "killing at least 30", "has killed 89 Russian military personnel". */
function leftVerb(units: Unit[], i: number): FigureHit | null {
  const u = units[i];
  let k = i - 1;
  for (let skipped = 0; k >= 0 && skipped < 3 && SKIP_BEFORE_COUNT.has(units[k].t); skipped++) k--;
  // "killed a family of five", "wounded a group of 12 hikers": a collective of people as the object.
  if (units[i - 1]?.t === 'of' && COLLECTIVES.has(units[i - 2]?.t ?? '') && /^(?:a|an|the|his|her|their)$/.test(units[i - 3]?.t ?? '')) k = i - 4;
  let v = units[k];
  if (!v || v.kind !== 'word') return null;
  // "the number of injured up to 164": the outcome names the toll's people; the toll reads it.
  if (units[k - 1]?.t === 'of' && TOLL_NOUNS.has(units[k - 2]?.t ?? '')) return null;
  // "1,274 killed 3,410 injured 62 missing": a tally's lines run together; the outcome is the count's before it.
  if (units[k - 1]?.kind === 'num' && !units[k - 1].lookalike && POSTNOMINAL.has(v.t)) return null;
  if (v.t === 'and' && hasPersonHead(units, i)) {
    // "killed himself and 6 others", "wounded the driver and 3 passengers": a second object.
    for (let b = k - 1; b >= k - 3 && b >= 0 && units[b].kind === 'word'; b--) {
      if (units[b].t in ACTIVE_VERBS && !/^(?:lost|lose|losing|claimed|claiming|captured|capturing|seized?|seizes|seizing)$/.test(units[b].t)) { v = units[b]; break; }
    }
  }
  let outcome = ACTIVE_VERBS[v.t];
  if (!outcome && (TO_HOSPITAL_VERBS.has(v.t) || v.t === 'took')) {
    for (let k = i + 1; k <= i + 6 && units[k]; k++) {
      if (units[k].t === 'to') {
        if (units.slice(k + 1, k + 5).some((x) => HOSPITAL.test(x.t))) outcome = 'wounded';
        break;
      }
      // "sent 40 doctors to hospitals": carers sent to work there, not patients.
      if (CARERS.has(units[k].t)) break;
      if (units[k].kind !== 'word') break;
    }
  }
  if (!outcome && v.t === 'down' && /^(gunning|gunned|mowing|mowed|cut|cutting)$/.test(units[k - 1]?.t ?? '')) outcome = 'killed';
  if (!outcome && /^(?:took|take|takes|taking|taken)$/.test(v.t)) {
    // "took 40 soldiers prisoner", "taking three guards hostage"
    for (let h = i + 1; h <= i + 5 && units[h]?.kind === 'word'; h++) {
      if (/^(?:prisoner|prisoners|hostage|hostages|captive|captives)$/.test(units[h].t)) { outcome = 'captured'; break; }
    }
  }
  if (!outcome && v.t === 'dead' && units[k - 1]?.t === 'shot') outcome = 'killed';
  // "The clinic treated 85 people for burns", "medics had treated 140 protesters": people taken in
  // as patients (not "treated 300 patients a day", a routine, nor "treated the guests to a
  // concert"). A hospital that "received 212 patients" may tell its week's work: not read.
  // A clinic's "patients" are its round ("mobile clinics treated 212 patients"), and people treated
  // for an illness are an outbreak's ("treated 2,300 people for cholera"): neither is read.
  if (!outcome && /^(?:treated|treating)$/.test(v.t) && !u.phrase!.weak && hasPersonHead(units, i) && units[i + 1]?.t !== 'patients') {
    const npEnd = npAfterEnd(units, i);
    let after = i + 1;
    while (units[after] && units[after].end <= npEnd) after++;
    if (!/^(?:to|as|like|a|per|every|each|daily)$/.test(units[after]?.t ?? '') && !(units[after]?.t === 'for' && illnessAfter(units, after + 1))) outcome = 'wounded';
  }
  // "The fire left three firefighters with minor burns", "left 32 others with injuries".
  if (!outcome && v.t === 'left') {
    for (let h = i + 1; h <= i + 4 && units[h]?.kind === 'word'; h++) {
      if (units[h].t !== 'with') continue;
      for (let w = h + 1; w <= h + 3 && units[w]?.kind === 'word'; w++) if (INJURY_NOUNS.test(units[w].t)) outcome = 'wounded';
      break;
    }
  }
  // "We buried 18 people", "they had buried 30": people bury the dead (an avalanche "buried 4
  // skiers" alive, so only a person or a pronoun as the subject).
  if (!outcome && v.t === 'buried' && hasPersonHead(units, i)) {
    let s = k - 1;
    while (s > 0 && /^(?:had|have|has|already|also|then|since)$/.test(units[s].t)) s--;
    if (BURIERS.has(units[s]?.t ?? '') || isPersonNoun(units[s])) outcome = 'killed';
  }
  // "destroyed more than 40 enemy fighters": of fighters only ("destroyed 12 positions" is no figure,
  // nor is "destroyed 12 militants' hideouts": what the fighters own).
  if (outcome && /^destroy/.test(v.t) && (!hasHeadIn(units, i, COMBATANTS) || possessedAfter(units, i))) return null;
  // "rescuers were still searching for 11 people": the people sought after a disaster are missing
  // (police "searching for two men" seek suspects: "still", or a rescue word, must set the scene).
  // A determiner may stand before them: "for the 7 crew", "for the remaining 3" (the rest of a
  // group already named, so no noun of its own).
  if (!outcome && soughtInRescue(units, k, i)) outcome = 'missing';
  // "the battle cost 3,000 lives"
  if (!outcome && (v.t === 'cost' || v.t === 'costs' || v.t === 'costing') && units[i + 1]?.t === 'lives') outcome = 'killed';
  if (!outcome) return null;
  // "The family lost six people": a household or community losing its own means they died; an
  // army or a country losing men counts its casualties.
  if (outcome === 'casualties' && /^(?:lost|lose|loses|losing)$/.test(v.t)) {
    for (let b = k - 1; b >= k - 4 && b >= 0 && units[b].kind === 'word'; b--) if (MOURNERS.has(units[b].t)) { outcome = 'killed'; break; }
    // "He lost three brothers": kin lost are dead.
    for (let h = i + 1; h <= i + 3 && units[h]?.kind === 'word'; h++) if (KIN.has(units[h].t)) { outcome = 'killed'; break; }
  }
  // Verbs with other senses ("lost 3 games", "claimed 5 seats", "captured 4 towns") need people after the count.
  if (/^(lost|lose|losing|captured?|captures|capturing|claimed|claiming|hurt|hurting|seized?|seizes|seizing|shot|stabbed|stabbing|trapped|trapping)$/.test(v.t)) {
    const head = units[i + 1]?.t === 'more' ? units[i + 2] : units[i + 1]; // "claimed 12 more lives"
    const personAfter = hasPersonHead(units, i) || (head && head.t === 'lives');
    const killedWounded = head && (head.t === 'killed' || head.t === 'dead');
    if (!personAfter && !killedWounded) return null;
    if (v.t.startsWith('claim') && !(head && head.t === 'lives')) return null;
    // "lost 40,000 people to emigration", "lost three players to rivals": people gone, not harmed.
    if (v.t.startsWith('los')) {
      const end = npAfterEnd(units, i);
      let to = i + 1;
      while (units[to] && units[to].start < end) to++;
      if (units[to]?.t === 'to' && GONE_TO.has(units[units[to + 1]?.t === 'the' ? to + 2 : to + 1]?.t ?? '')) return null;
    }
  }
  // "killed or injured 29 people": two verbs of one object, the killed and the wounded together.
  let quoteStart = v.start;
  const first = units[k - 2];
  if (v === units[k] && (units[k - 1]?.t === 'or' || units[k - 1]?.t === 'and') && first && first.kind === 'word') {
    const o2 = ACTIVE_VERBS[first.t];
    if (o2 && o2 !== outcome && (o2 === 'killed' || o2 === 'wounded') && (outcome === 'killed' || outcome === 'wounded')) {
      outcome = 'casualties';
      quoteStart = first.start;
    }
  }
  return {
    numberStart: u.start, numberEnd: u.end, quoteStart, quoteEnd: npAfterEnd(units, i),
    ...values(u.phrase!), outcome, victims: objectVictims(units, i), negated: false, pattern: 'verb-count',
  };
}

/**
 * "Fourteen have been discharged", "29 of them had been discharged by Friday": patients let go
 * from hospital were hurt. Only among patients: the sentence has a medical word, or the one before
 * ended with a figure of the wounded ("12 soldiers were discharged from the army" is no figure).
 */
function dischargedPatients(units: Unit[], i: number, carried: Outcome | null): FigureHit | null {
  // "91 injured people were brought in, of whom 46 have since been discharged": a relative clause
  // of the figure's own people, a part of it.
  if (units[i - 1]?.t === 'whom') return null;
  let k = i + 1;
  if (units[k]?.t === 'of') for (let e = k + 3; k < e && units[k]?.kind === 'word' && !AUXILIARIES.has(units[k].t); ) k++;
  else if (isPersonNoun(units[k])) k++;
  while (units[k]?.kind === 'word' && AUXILIARIES.has(units[k].t)) k++;
  const d = units[k];
  if (d?.t !== 'discharged' || d.kind !== 'word') return null;
  // ("12 nurses had been discharged", "40 workers were discharged for misconduct": staff let go.)
  if (CARERS.has(units[i + 1]?.t ?? '') || units[k + 1]?.t === 'for') return null;
  const fromHospital = units[k + 1]?.t === 'from' && HOSPITAL.test(units[k + 2]?.t ?? '');
  if (!fromHospital && carried !== 'wounded' && !units.some((x) => MEDICAL_SETTING.test(x.t))) return null;
  const u = units[i];
  return {
    numberStart: u.start, numberEnd: u.end, quoteStart: u.start, quoteEnd: fromHospital ? units[k + 2].end : d.end, ...values(u.phrase!),
    outcome: 'wounded', victims: null, negated: false, pattern: 'discharged',
  };
}

/** "three of them with broken limbs", "three of whom had fractures": a part of a group named by its harm. */
function injuredOfThem(units: Unit[], i: number): FigureHit | null {
  if (units[i + 1]?.t !== 'of' || !/^(?:them|whom)$/.test(units[i + 2]?.t ?? '')) return null;
  const harm = /^(?:had|suffered|sustained)$/.test(units[i + 3]?.t ?? '') ? outcomePhrase(units, i + 3, 'aux') : null;
  const end = units[i + 3]?.t === 'with' ? withInjury(units, i + 3) : harm?.outcome === 'wounded' ? harm.end : -1;
  if (end < 0) return null;
  const u = units[i];
  return { numberStart: u.start, numberEnd: u.end, quoteStart: u.start, quoteEnd: end, ...values(u.phrase!), outcome: 'wounded', victims: null, negated: false, pattern: 'of-them-injured' };
}

/** "the deaths of 6,600 soldiers", "the death of at least 400". */
function nounOf(units: Unit[], i: number): FigureHit | null {
  const u = units[i];
  let k = i - 1;
  // "the bodies of the last six miners", "the deaths of all 12 crew": a determiner before the count.
  if (units[k]?.t === 'last' || units[k]?.t === 'remaining' || units[k]?.t === 'other') k--;
  if ((units[k]?.t === 'the' || units[k]?.t === 'all') && units[k - 1]?.t === 'of') k--;
  // "the death of 3 persons and injury to 7 others", "injuries to 12 passengers"
  if (units[k]?.t === 'to' && /^(?:injury|injuries)$/.test(units[k - 1]?.t ?? '') && hasPersonHead(units, i)) {
    const n = units[k - 1];
    return {
      numberStart: u.start, numberEnd: u.end, quoteStart: n.start, quoteEnd: npAfterEnd(units, i),
      ...values(u.phrase!), outcome: 'wounded', victims: objectVictims(units, i), negated: false, pattern: 'noun-of-count',
    };
  }
  if (units[k]?.t !== 'of') return null;
  k--;
  // "the deaths in custody of two inmates", "the deaths in hospital of two men"
  if (units[k - 1]?.t === 'in' && /^(?:deaths|death)$/.test(units[k - 2]?.t ?? '') && units[k]?.kind === 'word') k -= 2;
  const n = units[k];
  if (!n || !(n.t in NOUN_OF)) return null;
  // "the condition of four of them", "of five of the injured": a part of a group already counted.
  // Not "the condition of the 12 babies born prematurely" (the condition of anyone), nor "of three
  // of the bridges".
  if (n.t === 'condition' && !partOfCounted(units, i)) return null;
  // "the lives of 12", and a headline's "Fire claims lives of 6".
  if (n.t === 'lives' && units[k - 1]?.t !== 'the' && !/^(?:claims?|claimed|claiming|takes?|took|taking)$/.test(units[k - 1]?.t ?? '')) return null;
  return {
    numberStart: u.start, numberEnd: u.end, quoteStart: n.start, quoteEnd: npAfterEnd(units, i),
    ...values(u.phrase!), outcome: NOUN_OF[n.t], victims: objectVictims(units, i), negated: false, pattern: 'noun-of-count',
  };
}

/** Whether the count at i is "N of them", "N of whom", "N of the injured", "N of the passengers". */
function partOfCounted(units: Unit[], i: number): boolean {
  if (units[i + 1]?.t !== 'of') return false;
  const g = units[i + 2];
  if (/^(?:them|whom|those)$/.test(g?.t ?? '')) return true;
  const h = units[i + 3];
  return g?.t === 'the' && !!h && (h.t in OUTCOME_WORDS || isPersonNoun(h));
}

/** A running total: "the death toll rose to 57", "placed the death toll at 64", "losses amount to 5,937". */
function toll(units: Unit[], i: number): FigureHit | null {
  const u = units[i];
  const prev = units[i - 1];
  const linked = (prev && (TOLL_LINKS.has(prev.t) || prev.t === ':' || prev.t === 'only' || prev.t === 'likely' || prev.t === ',')) || u.phrase!.start < u.phrase!.coreStart ||
    // a headline's "Death toll now 57", "Flood deaths now 140"
    (prev?.t === 'now' && TOLL_NOUNS.has(units[i - 2]?.t ?? '')) ||
    // "the death toll is now eight", "the number of dead was by then 31": an adverb of time after the link
    (TOLL_TIME_ADVERBS.has(prev?.t ?? '') && TOLL_LINKS.has(units[i - 2]?.t ?? '') && units[i - 2].kind === 'word') ||
    // "casualties were in the hundreds"
    (u.phrase!.vague && prev?.t === 'the' && (units[i - 2]?.t === 'in' || units[i - 2]?.t === 'into'));
  if (!linked) return null;
  // "revised the toll down to six: one man had been counted twice": the toll has its value before
  // the colon; what follows explains it.
  if (prev?.t === ':' && units[i - 2]?.kind === 'num' && !units[i - 2].lookalike) return null;
  let otherVerb = false;
  // "The number of people confirmed dead after the ferry capsized rose to 31": a toll that rose
  // "to" its value may hold one clause of its own (its verb is no obstacle either).
  let embedded = units[i - 1]?.t === 'to' && REVISION_VERBS.has(units[i - 2]?.t ?? '') ? 1 : 0;
  // "The number of people killed in the attack carried out by gunmen has risen to 38": the toll is
  // the subject of the revision verb right before "to", so an -ed word between them is a reduced
  // relative in the toll's phrase, not a verb of another clause.
  const revised = embedded === 1;
  for (let k = i - 1, steps = 0; k >= 0 && steps < 28; k--, steps++) {
    const w = units[k];
    if (w.kind === 'punct' && w.t === ')' && units[i - 1]?.t === ':') {
      // "Civilian deaths (January–March): 412": a short aside between the toll noun and its colon.
      let open = k - 1;
      while (open > k - 8 && open > 0 && units[open].t !== '(' && units[open].t !== ')' && units[open].t !== ';') open--;
      if (units[open]?.t === '(') { k = open; continue; }
    }
    if (w.kind === 'punct' && (w.t === ';' || w.t === '(' || w.t === ')')) return null;
    if (w.kind === 'num' && !w.lookalike && !w.phrase!.weak) {
      // Another count between the toll and this one is fine only in a revision or a list of tolls
      // ("raised the toll from 64 to 2,975", "revised its count up to 171, from 130").
      const before = units[k - 1];
      const qualified = w.phrase!.start < w.phrase!.coreStart;
      // "rose by 12 to 52": the change is no count of the toll's, and no obstacle to it.
      if (!(before && (TOLL_LINKS.has(before.t) || qualified || before.t === 'by'))) return null;
      continue;
    }
    if (w.kind === 'word' && CLAUSE_STOPS.has(w.t) && w.t !== 'as' && w.t !== 'since') {
      if (embedded !== 1 || !/^(?:after|when|before)$/.test(w.t)) return null;
      embedded = 2;
      otherVerb = false;
      continue;
    }
    // "43 deaths per million, close to the EU average of 44": a rate's measure, not the toll's value.
    if (RATE_NOUNS.has(w.t)) return null;
    if (!TOLL_NOUNS.has(w.t)) {
      // ("by armed bandits": after a preposition or a determiner an -ed word is an adjective)
      const adjective = k > 0 && (PREPOSITIONS.has(units[k - 1].t) || NP_OPENERS.has(units[k - 1].t));
      // ("Civilian deaths, tracked by the monitor, stand at": a participle's aside after a comma)
      if (w.kind === 'word' && /^[a-z]+ed$/.test(w.t) && !adjective && units[k - 1]?.t !== ',' && !(w.t in OUTCOME_WORDS) && !TOLL_LINKS.has(w.t) && !REVISION_VERBS.has(w.t) && !TOLL_HEDGES.has(w.t)) {
        otherVerb = !revised; // "the report on the killings was published at 10"
      }
      continue;
    }
    const outcome = tollOutcome(units, k);
    if (!outcome || (otherVerb && !broughtTo(units, k, i))) continue;
    const hit: FigureHit = {
      numberStart: u.start, numberEnd: u.end, quoteStart: tollStart(units, k), quoteEnd: npAfterEnd(units, i),
      ...values(u.phrase!), outcome, victims: null, negated: false, pattern: 'toll',
    };
    // "revised its death count up to 171": a revision verb makes "up to" a direction, not a bound.
    if (u.phrase!.low === null && u.phrase!.high !== null) {
      for (let r = i - 1; r >= Math.max(0, k - 4); r--) {
        if (REVISION_VERBS.has(units[r].t)) {
          hit.low = hit.high;
          hit.numberStart = u.phrase!.coreStart; // "up to" is the verb's particle, not the number's
          break;
        }
      }
    }
    return hit;
  }
  return null;
}

/** Adverbs of time between a toll's link and its value: "the toll is now eight". */
const TOLL_TIME_ADVERBS = new Set(['now', 'currently', 'already', 'still', 'officially', 'provisionally']);

/** Verbs that carry a toll to a new value: "bringing the number of deaths to 27". */
const BRING_VERBS = new Set(['bringing', 'brought', 'brings', 'bring', 'taking', 'took', 'takes', 'take', 'pushing', 'pushed', 'pushes', 'raising', 'raised', 'raises', 'lifting', 'lifted', 'putting', 'puts', 'sending', 'sent']);

/**
 * Whether the toll noun at k and the count at i make "bringing the number of bodies they have
 * buried to 47", "taking the number of deaths linked to the liquor to 27": the verb before the
 * toll's phrase takes it "to" the count, so the verbs inside the phrase are its own relatives.
 */
function broughtTo(units: Unit[], k: number, i: number): boolean {
  if (units[i - 1]?.t !== 'to') return false;
  let s = k;
  while (s > 0 && units[s - 1].kind === 'word' && /^(?:death|casualty|body|injury|official|the|total|overall|final|its|their)$/.test(units[s - 1].t)) s--;
  return BRING_VERBS.has(units[s - 1]?.t ?? '');
}

/** Nouns of a measure derived from a count: the number after them is no toll. */
const RATE_NOUNS = new Set(['average', 'averages', 'rate', 'rates', 'ratio', 'median', 'mean', 'per', 'percentage', 'proportion', 'share']);

/** Verbs that may stand between a toll and its value ("the toll was estimated at", "is believed to have reached"). */
const TOLL_HEDGES = new Set(['estimated', 'believed', 'thought', 'expected', 'reported', 'confirmed', 'feared', 'put', 'placed', 'given', 'updated', 'recorded', 'said', 'revised', 'raised', 'increased', 'climbed', 'risen', 'jumped', 'reached', 'exceeded', 'surpassed', 'topped', 'amounted', 'totalled', 'totaled', 'stood', 'killed', 'wounded', 'injured', 'ranged', 'varied']);

/** What a toll noun counts: "death toll" killed, "number of injured" wounded, "losses" casualties. */
function tollOutcome(units: Unit[], k: number): Outcome | null {
  const w = units[k];
  const before = units[k - 1]?.t;
  if (w.t === 'toll') {
    if (units[k + 1]?.t === 'of') {
      // "the toll of dead and wounded": the words after "of" say what it counts.
      const o = OUTCOME_WORDS[units[k + 2]?.t ?? ''];
      if (o) return combinedOutcome(units, k + 2, o).outcome;
    }
    if (before === 'casualty') return 'casualties';
    if (before === 'injury') return 'wounded';
    return 'killed';
  }
  if (w.t === 'count' || w.t === 'tally' || w.t === 'figure' || w.t === 'figures' || w.t === 'estimate' || w.t === 'estimates' || w.t === 'total') {
    if (before === 'death' || before === 'body' || before === 'fatality') return 'killed';
    // "the figure for the dead", "the tally of the injured"
    if ((units[k + 1]?.t === 'for' || units[k + 1]?.t === 'of') && units[k + 2]?.t === 'the' && GROUP_HEADS[units[k + 3]?.t ?? '']) return GROUP_HEADS[units[k + 3].t];
    if (before === 'casualty') return 'casualties';
    if (before === 'injury') return 'wounded';
  }
  if (w.t === 'losses' || w.t === 'loss' || w.t === 'casualties') return 'casualties';
  if (w.t === 'deaths' || w.t === 'killings' || w.t === 'fatalities') return 'killed';
  // "the number killed in the West Bank", "the total wounded": a participle right after the noun.
  if (/^(?:number|total|count|tally)$/.test(w.t) && before === 'the') {
    const o = OUTCOME_WORDS[units[k + 1]?.t ?? ''];
    if (o && units[k + 1].kind === 'word') return combinedOutcome(units, k + 1, o).outcome;
  }
  // "the number of civilians killed", "the total number of civilian deaths", "the number of dead".
  if (units[k + 1]?.t === 'of') {
    for (let j = k + 2; j < units.length && j <= k + 7; j++) {
      const o = OUTCOME_WORDS[units[j].t] ?? outcomePhrase(units, j, 'aux')?.outcome; // "the number of workers who lost their lives"
      // "the number of destroyed homes", "of dead cattle": the outcome modifies things counted.
      const n = units[j + 1];
      if (o && n?.kind === 'word' && (NON_PERSON.has(n.t) || (PEOPLE_ONLY_OUTCOMES.has(units[j].t) && !isPersonNoun(n) && !TOLL_LINKS.has(n.t) && !REVISION_VERBS.has(n.t)))) return null;
      if (o) return combinedOutcome(units, j, o).outcome;
      if (units[j].kind !== 'word') break;
    }
  }
  return null;
}

function tollStart(units: Unit[], k: number): number {
  let s = k;
  while (s > 0 && units[s - 1].kind === 'word' && /^(death|casualty|body|injury|official|the|a|total|overall|final|number|its|their|of)$/.test(units[s - 1].t)) s--;
  return units[s].start;
}

/** Links from a group named by its outcome to its count: "The dead numbered 85", "Those killed were 11 soldiers". */
const GROUP_LINKS = new Set([':', '–', '—', 'were', 'are', 'numbered', 'number', 'numbering', 'totalled', 'totaled', 'totalling', 'totaling']);
const GROUP_HEADS = table<Outcome>({
  dead: 'killed', killed: 'killed', deceased: 'killed', wounded: 'wounded', injured: 'wounded', hurt: 'wounded',
  missing: 'missing', captured: 'captured', casualties: 'casualties', fatalities: 'killed', martyrs: 'killed',
});
/** Heads that name the dead only with "in all" after the count ("The victims — 14 in total —"): "the victims were under 18" is an age. */
const IN_ALL_HEADS = table<Outcome>({ bodies: 'killed', victims: 'killed' });

/**
 * "Those killed were 11 soldiers", "Killed in the attack were 14 police officers", "The dead
 * numbered 85", "The wounded, numbering about 70,": the outcome names the group (after "the" or
 * "those", or opening the clause), perhaps with a prepositional phrase, and a link gives its count.
 */
function groupCount(units: Unit[], i: number): FigureHit | null {
  const link = units[i - 1];
  // "The dead, 11 in all, were carried out": a count set off after its group.
  const inAll = (link?.t === ',' || link?.t === '—' || link?.t === '–' || link?.t === '(') && ((units[i + 1]?.t === 'in' && /^(?:all|total)$/.test(units[i + 2]?.t ?? '')) || units[i + 1]?.t === 'altogether');
  if (!link || !(GROUP_LINKS.has(link.t) || inAll)) return null;
  let k = i - 2;
  if (units[k]?.t === ',' && link.t === 'numbering') k--;
  if (link.t === ':' && (units[k]?.t === 'were' || units[k]?.t === 'are')) k--; // "Killed were: 4 soldiers"
  // "The victims numbered 14": a verb of counting names the dead as "in all" does.
  const counted = inAll || /^(?:numbered|numbering|totalled|totaled|totalling|totaling)$/.test(link.t);
  for (let steps = 0; k >= 0 && steps < 8; k--, steps++) {
    const w = units[k];
    if (w.kind !== 'word' || CLAUSE_STOPS.has(w.t) || AUXILIARIES.has(w.t)) return null;
    const o = GROUP_HEADS[w.t] ?? (counted ? IN_ALL_HEADS[w.t] : undefined);
    if (!o) continue;
    let d = k - 1;
    if (units[d]?.t === 'also') d = k - 2; // "Also killed were 3 bystanders"
    let det = units[d];
    let o2 = o;
    // "The killed and wounded numbered about 300": two groups together are the casualties.
    if ((det?.t === 'and' || det?.t === 'or') && units[k - 2] && units[k - 2].t in GROUP_HEADS) {
      const other = GROUP_HEADS[units[k - 2].t];
      if (other !== o) {
        if (!((other === 'killed' && o === 'wounded') || (other === 'wounded' && o === 'killed'))) return null;
        o2 = 'casualties';
      }
      d = k - 3;
      det = units[d];
    }
    // "Eight in ten of the dead were over 75": the group is a partitive's, the subject its share.
    if (det && (det.t === 'the' || det.t === 'those') && units[d - 1]?.t === 'of') return null;
    // "Children killed: 37": a table's row, the people's noun before the outcome, then a colon.
    const row = link.t === ':' && isPersonNoun(det) && (!units[d - 1] || units[d - 1].kind === 'punct');
    const opens = !det || det.kind === 'punct' || det.t === 'the' || det.t === 'those' || row || (inAll && /^(?:their|its|his|her)$/.test(det.t));
    // The head ends its phrase: "the dead man was 34" names a man, not the dead.
    const after = units[k + 1];
    const ends = after === link || after.t === ',' || PREPOSITIONS.has(after.t) || (link.t === ':' && units[k + 2] === link);
    if (!opens || !ends) return null;
    const start = det && (det.t === 'the' || det.t === 'those') ? det.start : w.start;
    return { numberStart: units[i].start, numberEnd: units[i].end, quoteStart: start, quoteEnd: npAfterEnd(units, i), ...values(units[i].phrase!), outcome: o2, victims: objectVictims(units, i), negated: false, pattern: 'group-count' };
  }
  return null;
}

/**
 * "the highest number of deaths (46)", "Tripoli had the fewest deaths (3)": a count in parentheses
 * right after the outcome noun it counts.
 */
function parenCount(units: Unit[], i: number): FigureHit | null {
  if (units[i - 1]?.t !== '(' || units[i + 1]?.t !== ')') return null;
  const n = units[i - 2];
  if (!n || n.kind !== 'word') return null;
  const outcome = (TOLL_NOUNS.has(n.t) ? tollOutcome(units, i - 2) : null) ?? (POSTNOMINAL.has(n.t) ? OUTCOME_WORDS[n.t] : null);
  if (!outcome) return null;
  const u = units[i];
  return { numberStart: u.start, numberEnd: u.end, quoteStart: n.start, quoteEnd: units[i + 1].end, ...values(u.phrase!), outcome, victims: null, negated: false, pattern: 'paren-count' };
}

/** Whether the predicate after the count at i says its people came to no harm ("were rescued"). */
function unharmedAfter(units: Unit[], i: number): boolean {
  for (let k = i + 1; k <= i + 4 && k < units.length; k++) {
    const w = units[k];
    if (w.kind !== 'word') return false;
    if (UNHARMED_STATES.has(w.t)) return true;
    if (!AUXILIARIES.has(w.t) && !(w.t.length > 4 && w.t.endsWith('ly'))) return false;
  }
  return false;
}

/** Pronouns that point back to the people the sentence before counted. */
const BACK_POINTERS = new Set(['them', 'these', 'those']);

/**
 * A count in a sentence that breaks down the figure of the sentence before, which it points back
 * to: "They included 52 nationals, nine citizens of Korland and five of other nationalities",
 * "Ninety-six of them lived in Maldune", "Of those, 14 were children", "Among them were 3 medics".
 * Only at the opening of the sentence, and not when the count's own predicate takes it out of harm.
 */
function breakdown(units: Unit[], i: number, outcome: Outcome): FigureHit | null {
  let a = 0;
  while (a < i && units[a].kind === 'punct') a++; // an opening quote or dash
  const first = units[a];
  const second = units[a + 1];
  if (!first || !second || unharmedAfter(units, i)) return null;
  let from = -1;
  if (i === a && units[i + 1]?.t === 'of' && BACK_POINTERS.has(units[i + 2]?.t ?? '')) from = i; // "96 of them"
  else if ((first.t === 'they' || first.t === 'these' || first.t === 'those') && INCLUDE_WORDS.has(second.t)) from = a; // "They included"
  else if ((first.t === 'of' || first.t === 'among') && BACK_POINTERS.has(second.t)) from = a; // "Of them," "Among them"
  if (from < 0) return null;
  // The count is in the opening clause: no clause boundary between the pointer and it.
  for (let k = from + 1; k < i; k++) if (units[k].t === ';' || (units[k].kind === 'word' && CLAUSE_STOPS.has(units[k].t))) return null;
  const u = units[i];
  return {
    numberStart: u.start, numberEnd: u.end, quoteStart: units[from].start, quoteEnd: npAfterEnd(units, i), ...values(u.phrase!),
    outcome, victims: objectVictims(units, i), negated: false, pattern: 'breakdown',
  };
}

/** "Among those killed were five children", "The victims included three women". */
function among(units: Unit[], i: number): FigureHit | null {
  const u = units[i];
  for (let k = i - 1, steps = 0; k >= 0 && steps < 30; k--, steps++) {
    const w = units[k];
    if (w.t === ';') return null;
    // "Of the dead, 15 were men": a partitive opening the sentence or clause works like "among".
    if (w.t === 'among' || (w.t === 'of' && (k === 0 || units[k - 1].kind === 'punct'))) {
      for (let j = k + 1; j <= k + 3 && j < i; j++) {
        const o = AMONG_HEADS[units[j].t];
        if (o) return { numberStart: u.start, numberEnd: u.end, quoteStart: w.start, quoteEnd: npAfterEnd(units, i), ...values(u.phrase!), outcome: o, victims: null, negated: false, pattern: 'among' };
      }
      // "Of the 66 people who perished in the crash, 23 were from Salen": the opening group is
      // named by its outcome further in; the count after its comma is a part of that group,
      // unless its own predicate takes it out of harm ("12 were rescued").
      if (w.t === 'of' && units[i - 1]?.t === ',' && i - k <= 16 && !unharmedAfter(units, i)) {
        for (let j = k + 1; j < i - 1; j++) {
          const o = units[j].kind === 'word' ? OUTCOME_WORDS[units[j].t] : undefined;
          if (o) return { numberStart: u.start, numberEnd: u.end, quoteStart: u.start, quoteEnd: npAfterEnd(units, i), ...values(u.phrase!), outcome: combinedOutcome(units, j, o).outcome, victims: null, negated: false, pattern: 'of-group' };
        }
      }
    }
    // "The dead included 11 pupils", "The dead on board included 19 passengers", "The dead included
    // the groom's father and two of his brothers".
    // ("The dead included a family of seven": the count of a collective, as "killed a family of five".)
    const collective = k === i - 4 && units[i - 1]?.t === 'of' && COLLECTIVES.has(units[i - 2]?.t ?? '') && /^(?:a|an)$/.test(units[i - 3]?.t ?? '');
    if (INCLUDE_WORDS.has(w.t) && w.t !== 'including' && (k >= i - 3 || collective || (units[i - 1]?.t === 'and' && k >= i - 8))) {
      let h = k - 1;
      // "the missing, who include four porters": a relative clause set off after the group.
      const relative = units[h]?.t === 'who' && units[h - 1]?.t === ',';
      if (relative) h -= 2;
      while (h > k - 4 && h > 0 && units[h].kind === 'word' && !(units[h].t in AMONG_HEADS)) h--;
      const head = units[h] && units[h].t in AMONG_HEADS && (h === k - 1 || (relative && h === k - 3) || PREPOSITIONS.has(units[h + 1].t)) ? units[h] : units[k - 1];
      if (head && head.t in AMONG_HEADS) {
        const o = head.t === 'victims' ? 'casualties' : AMONG_HEADS[head.t];
        return { numberStart: u.start, numberEnd: u.end, quoteStart: head.start, quoteEnd: npAfterEnd(units, i), ...values(u.phrase!), outcome: o, victims: null, negated: false, pattern: 'included' };
      }
    }
  }
  return null;
}

/**
 * "killed 7 police and captured 3": a verb coordinated with an earlier figure's verb takes a bare
 * count whose noun is elided; the verbs with other senses ("captured 3 towns") need that context.
 */
function elidedObject(units: Unit[], i: number, bound: Map<number, FigureHit>): FigureHit | null {
  const v = units[i - 1];
  const outcome = v && v.kind === 'word' ? ACTIVE_VERBS[v.t] : undefined;
  if (!outcome) return null;
  const next = units[i + 1];
  if (next && next.kind === 'word' && !PREPOSITIONS.has(next.t) && !CLAUSE_STOPS.has(next.t) && next.t !== 'more' && next.t !== 'others') return null;
  // Right after "and" the earlier verb must be close and have its count as object ("killed 7 police
  // and captured 3"); in a clause of its own ("..., while the army said it lost 6") any figure of
  // the sentence before it gives the noun.
  const coordinated = units[i - 2]?.t === 'and';
  for (let k = i - 3; k >= 0 && k >= i - (coordinated ? 8 : 16); k--) {
    const h = bound.get(k);
    if (h && (!coordinated || h.pattern === 'verb-count')) {
      return { ...h, ...values(units[i].phrase!), outcome, numberStart: units[i].start, numberEnd: units[i].end, quoteStart: v.start, quoteEnd: units[i].end, victims: null, pattern: 'elided-object' };
    }
    // ("killed “more than 30 soldiers” and captured four": a quoted object before the "and")
    if (units[k].kind === 'punct' && units[k].t !== ',' && !QUOTE_MARKS.has(units[k].t)) return null;
  }
  return null;
}


/**
 * "Kyiv says 400 Russian troops died; Moscow says 63": a bare count that is all a second speaker
 * says, after a figure of the same sentence, is that speaker's figure of the same people.
 */
function saidCount(units: Unit[], i: number, bound: Map<number, FigureHit>): FigureHit | null {
  const next = units[i + 1];
  if (next && next.kind !== 'punct') return null;
  let v = i - 1;
  while (v > i - 3 && /^(?:to|only|just)$/.test(units[v]?.t ?? '')) v--; // "admitted to only 15"
  if (!/^(?:says|said|say|claims|claimed|admits|admitted|acknowledged|acknowledges|counts|counted|reports|reported)$/.test(units[v]?.t ?? '')) return null;
  for (let k = v - 1; k >= 0 && k >= v - 30; k--) {
    const h = bound.get(k);
    if (h) return h;
  }
  return null;
}

/** Nouns for a count that say nothing of what it counts: "his estimates", "an upper estimate". */
const BARE_TOLLS = new Set(['estimate', 'estimates', 'figure', 'figures', 'tally', 'count']);

/**
 * "(with a lower estimate of 311k and an upper estimate of 808k)", "his estimates go as high as
 * 100,000": a count named by a bare estimate, after a figure of the same sentence, is of the same
 * people. The noun is close before the count and says nothing else ("the estimate of the damage").
 */
function bareEstimate(units: Unit[], i: number, bound: Map<number, FigureHit>): FigureHit | null {
  const u = units[i];
  let k = i - 1;
  if (units[k]?.t === 'of') k--;
  else {
    if (!(u.phrase!.start < u.phrase!.coreStart || TOLL_LINKS.has(units[k]?.t ?? ''))) return null;
    while (k > i - 5 && k >= 0 && units[k].kind === 'word' && !BARE_TOLLS.has(units[k].t) && units[k].t !== 'of' && units[k].t !== 'the') k--;
  }
  if (!units[k] || !BARE_TOLLS.has(units[k].t)) return null;
  for (let b = k - 1; b >= 0 && b >= k - 40; b--) {
    const h = bound.get(b);
    if (h) {
      // "a lower estimate of 311k" is a lower bound, "an upper estimate of 808k" an upper one.
      const side = units[k - 1]?.t ?? '';
      const v = values(u.phrase!);
      if (/^(?:lower|low|minimum)$/.test(side)) v.high = null;
      if (/^(?:upper|high|maximum)$/.test(side)) v.low = null;
      return {
        ...h, ...v, numberStart: u.start, numberEnd: u.end, quoteStart: units[k - 1]?.kind === 'word' ? units[k - 1].start : units[k].start,
        quoteEnd: u.end, victims: null, pattern: 'bare-estimate',
      };
    }
    if (units[b].t === ';') return null;
  }
  return null;
}

/**
 * "..., bringing the total to 17", "taking the tally to 30": a bare total whose outcome is that of
 * the figure before it in the sentence.
 */
function runningTotal(units: Unit[], i: number, bound: Map<number, FigureHit>): FigureHit | null {
  if (units[i - 1]?.t !== 'to' || !/^(?:total|tally|count|number|figure|toll)$/.test(units[i - 2]?.t ?? '')) return null;
  if (!/^(?:the|its|their|overall)$/.test(units[i - 3]?.t ?? '')) return null;
  let last: FigureHit | null = null;
  for (let k = 0; k < i - 3; k++) last = bound.get(k) ?? last;
  return last && !last.negated ? { ...last, quoteStart: units[i - 3].start } : null;
}

/** Patterns of a figure that a breakdown's next count ("and 12 were police officers") goes on. */
const BREAKDOWN_PATTERNS = new Set(['of-group', 'among', 'included', 'breakdown', 'clause-breakdown', 'continuation', 'count-of-group', 'list']);

/** "18 were soldiers", "5 were women": a count whose predicate is a copula and a noun for people. */
function copulaNoun(units: Unit[], i: number): boolean {
  if (!/^(?:were|was|are|is)$/.test(units[i + 1]?.t ?? '')) return false;
  return isPersonNoun(units[i + 2]) || (units[i + 2]?.kind === 'word' && isPersonNoun(units[i + 3]));
}

/**
 * "The collapse killed 60 people: 41 of them were children", "killed 23; 15 of them were workers":
 * after a colon, semicolon or dash, a count of "them" breaks down the figure before it, unless its
 * predicate takes them out of harm ("12 of them were rescued").
 */
function clauseBreakdown(units: Unit[], i: number, bound: Map<number, FigureHit>): FigureHit | null {
  if (!/^(?::|;|—|–)$/.test(units[i - 1]?.t ?? '')) return null;
  if (units[i + 1]?.t !== 'of' || !BACK_POINTERS.has(units[i + 2]?.t ?? '') || unharmedAfter(units, i + 2)) return null;
  // "— eight of them seriously —": how badly some were hurt, no count of its own.
  if (severityOnly(units, i + 3)) return null;
  const h = boundBefore(units, bound, i - 2, i - 30);
  return h ? { ...h, pattern: 'clause-breakdown' } : null;
}

/** The nearest figure bound at or before `from`, back to `limit`, in the same clause (no ';' between). */
function boundBefore(units: Unit[], bound: Map<number, FigureHit>, from: number, limit: number): FigureHit | null {
  for (let b = from; b >= 0 && b >= limit; b--) {
    if (units[b].t === ';') return null;
    const h = bound.get(b);
    if (h) return h;
  }
  return null;
}

/**
 * "Four hostages were killed, as were all three attackers", "The driver was injured, as were two
 * passengers": "as were" repeats the predicate of the clause before for the count after it. Its
 * outcome is that of the figure before, or of the clause's own participle after an auxiliary.
 */
function asWere(units: Unit[], i: number, bound: Map<number, FigureHit>): FigureHit | null {
  let k = i - 1;
  if (units[k]?.t === 'all' || units[k]?.t === 'the') k--;
  // ("The driver died, as did 11 pilgrims": "did" repeats a finite verb.)
  const did = units[k]?.t === 'did';
  if (!/^(?:were|was|did)$/.test(units[k]?.t ?? '') || units[k - 1]?.t !== 'as' || units[k - 2]?.t !== ',') return null;
  for (let b = k - 3; b >= 0 && b >= k - 20; b--) {
    const w = units[b];
    if (w.t === ';' || w.t === '.' || (w.kind === 'word' && CLAUSE_STOPS.has(w.t))) return null;
    const h = bound.get(b);
    if (h) return h;
    const o = w.kind === 'word' && (did ? FINITE_OUTCOMES.has(w.t) : AUXILIARIES.has(units[b - 1]?.t ?? '')) ? OUTCOME_WORDS[w.t] : undefined;
    if (o && !PEOPLE_ONLY_OUTCOMES.has(w.t)) {
      const u = units[i];
      return { numberStart: u.start, numberEnd: u.end, quoteStart: u.start, quoteEnd: u.end, ...values(u.phrase!), outcome: o, victims: null, negated: false, pattern: 'as-were' };
    }
  }
  return null;
}

/** Participles of a count's report: "the 17 recorded by the monitor", "the “dozens” acknowledged by the army". */
const REPORTED = new Set(['recorded', 'reported', 'announced', 'released', 'provided', 'quoted', 'acknowledged', 'claimed', 'given', 'cited', 'confirmed', 'published', 'registered', 'counted', 'documented', 'issued', 'admitted', 'estimated', 'listed', 'compiled']);

/** Whether the count at i is followed (past quote marks) by a participle of its report. */
function reportedBy(units: Unit[], i: number): boolean {
  let k = i + 1;
  while (units[k] && QUOTE_MARKS.has(units[k].t)) k++;
  return REPORTED.has(units[k]?.t ?? '');
}

/** Words between "from" and the earlier count it names: "from an initial 73", "up from a previous 12". */
const EARLIER = new Set(['a', 'an', 'the', 'initial', 'earlier', 'previous', 'original', 'first', 'official']);

/**
 * "Eleven people drowned, up from four last year", "revised to 58, from an initial 73", "Nine
 * were hurt, compared with 23": the count a figure is compared with is a figure of the same kind.
 * Only with a figure before it in the sentence ("Ticket sales rose to 4,000, up from 3,100" has none).
 */
function comparedCount(units: Unit[], i: number, bound: Map<number, FigureHit>): FigureHit | null {
  let k = i - 1;
  while (k > i - 4 && (EARLIER.has(units[k]?.t ?? '') || QUOTE_MARKS.has(units[k]?.t ?? ''))) k--;
  const w = units[k]?.t;
  const before = units[k - 1]?.t ?? '';
  const compared = (w === 'from' && /^(?:up|down|,)$/.test(before)) || ((w === 'with' || w === 'to') && /^(?:compared|against)$/.test(before)) || (w === 'against' && before === ',') ||
    // "at least 140 were wounded, not the dozens acknowledged", "is 38, not 60 or 70", "fewer than
    // the 17 recorded by the monitor", "rather than the 40 it reported": another's count set against it.
    (w === 'not' && (before === ',' || before === 'and')) || (w === 'than' && (/^(?:fewer|more|less|higher|lower|rather)$/.test(before)) && units[k + 1]?.t === 'the');
  if (!compared) return null;
  // "... shows one burnt-out vehicle, not two": "not" sets the count against the nearest count
  // before it, which must be the figure.
  if (w === 'not') {
    for (let b = k - 2; b >= 0 && b >= k - 30; b--) if (units[b].kind === 'num') return bound.get(b) ?? null;
    return null;
  }
  return boundBefore(units, bound, k - 2, k - 30);
}

/**
 * "Gunfire accounted for 19 of the deaths and shelling for 11", "Drivers made up 210 of the dead,
 * passengers 96 and pedestrians 58", "..., followed by Derna with roughly 90": a clause that keeps
 * a figure's frame, names a new subject and leaves out all but the count. The count stands bare
 * (only punctuation or "and" after it), one to three words after a comma, "and" or "followed by".
 */
function gappedCount(units: Unit[], i: number, bound: Map<number, FigureHit>): FigureHit | null {
  const after = units[i + 1];
  if (after && after.kind !== 'punct' && after.t !== 'and') return null;
  let k = i - 1;
  // A verb right before the count ("and displaced 50,000") has it as its object: no gap.
  const v = units[k]?.t ?? '';
  if (v in ACTIVE_VERBS || /(?:ed|ing)$/.test(v)) return null;
  const framed = v === 'for' || v === 'with';
  if (framed) k--;
  // "passengers 96", "Derna with 90": a new subject. A singular noun right before the bare count
  // labels it ("on the M4, junction 12", "at kilometre 42").
  else if (units[k]?.kind === 'word' && !/^[A-Z]/.test(units[k].raw) && !units[k].t.endsWith('s') && !isPersonNoun(units[k])) return null;
  let words = 0;
  for (; k >= 0 && words < 3 && units[k].kind === 'word' && units[k].t !== 'and' && units[k].t !== 'by'; k--, words++) {
    const w = units[k].t;
    if (CLAUSE_STOPS.has(w) || AUXILIARIES.has(w) || SPEECH.has(w) || RELATIVES.has(w) || (DETERMINERS.has(w) && w !== 'the') || w in ACTIVE_VERBS) return null;
    // "with temperatures near 40": a subject has no preposition of its own.
    if (PREPOSITIONS.has(w) && w !== 'the' && w !== 'all' && w !== 'both') return null;
  }
  const link = units[k];
  if (!words || !link || !(link.t === ',' || link.t === 'and' || (link.t === 'by' && units[k - 1]?.t === 'followed'))) return null;
  return boundBefore(units, bound, k - 1, k - 30);
}

/** "..., with 73 in Maldune": a share of the figure by place ("with 40 of them in a serious condition" is no place). */
function partOfPlace(units: Unit[], i: number): boolean {
  return units[i + 1]?.t === 'in' && !/^(?:a|critical|serious|hospital|hospitals)$/.test(units[i + 2]?.t ?? '');
}

/** A count that continues an earlier figure of the same clause: "... and about 3,000 in Gaza". */
function continuation(units: Unit[], i: number, bound: Map<number, FigureHit>): FigureHit | null {
  // "..., and another 70 in the second": a word of addition between the link and the count.
  const added = /^(?:another|further|additional)$/.test(units[i - 1]?.t ?? '') ? (units[i - 2]?.t === 'a' ? 3 : 2) : 1;
  const prev = units[i - added];
  if (!prev || !(prev.t === 'and' || prev.t === ',' || prev.t === 'or' || prev.t === 'while' || (prev.t === 'with' && partOfPlace(units, i)))) return null;
  // "injured, 12 of them seriously", "killed, 3 of them children", "injured, two critically": how
  // badly, or who, some of them were; a subset of the figure.
  if (units[i + 1]?.t === 'of' && units[i + 2]?.t === 'them') {
    if (severityOnly(units, i + 3)) return null;
    // ("killed 13, eight of them civilians and five soldiers": a full breakdown gives a figure each)
    if (isPersonNoun(units[i + 3]) && !countListed(units, i + 4)) return null;
    // "28 people remain in hospital, four of them in a critical condition": how some of them are.
    if (units[i + 3]?.t === 'in' && outcomePhrase(units, i + 3, 'aux')) return null;
  }
  if (severityOnly(units, i + 1)) return null;
  // "left 600 people injured and thousands homeless": a state that is no casualty.
  if (UNHARMED_STATES.has(units[i + 1]?.t ?? '')) return null;
  // "killing at least 12 people, two security officials said": the count of the speakers.
  if (speakersCount(units, i)) return null;
  for (let k = i - added - 1, steps = 0; k >= 0 && steps < 14; k--, steps++) {
    const w = units[k];
    if (w.t === ';' || w.t === '(' || (w.kind === 'word' && CLAUSE_STOPS.has(w.t))) return null;
    const h = bound.get(k);
    if (h) return h;
  }
  return null;
}

/** Whether "and" and another count follow within a few words from k, with no clause break between. */
function countListed(units: Unit[], k: number): boolean {
  for (let e = k + 6; k < e && units[k]?.kind === 'word' && !CLAUSE_STOPS.has(units[k].t); k++) {
    if (units[k].t === 'and') return units[k + 1]?.kind === 'num' && !units[k + 1].lookalike;
  }
  return false;
}

/** Whether the count at i is the subject of a speech verb within three words: "two security sources said". */
function speakersCount(units: Unit[], i: number): boolean {
  for (let k = i + 1; k <= i + 4 && units[k]?.kind === 'word'; k++) {
    if (SPEECH.has(units[k].t)) return k > i + 1;
    if (units[k].t in OUTCOME_WORDS) return false;
  }
  return false;
}

/**
 * "one is in critical condition", "Two were killed and one was injured": "one" as the subject of a
 * singular verb whose predicate is the outcome (not "the one was", "not one was").
 */
function oneIsInState(units: Unit[], i: number, hit: FigureHit): boolean {
  if (hit.pattern !== 'count-outcome-phrase' && hit.pattern !== 'count-aux-outcome') return false;
  return isOne(units[i]) && /^(?:is|was|remains|remained)$/.test(units[i + 1]?.t ?? '') && !/^(?:the|not|which|every|any|each)$/.test(units[i - 1]?.t ?? '');
}

/** Verbs of harm that take people only: "killed two soldiers and wounded one". */
const HARM_VERBS = new Set(['killed', 'killing', 'wounded', 'wounding', 'injured', 'injuring', 'kidnapped', 'kidnapping', 'abducted', 'abducting']);

/** "... and wounded one.", "killing one": "one" as the whole object of a verb of harm, at the end of its clause. */
function harmedOne(units: Unit[], i: number, hit: FigureHit): boolean {
  const next = units[i + 1];
  return hit.pattern === 'verb-count' && isOne(units[i]) && HARM_VERBS.has(units[i - 1]?.t ?? '') && (!next || (next.kind === 'punct' && next.t !== '-') || next.t === 'and');
}

/** Patterns bound by a predicate after the count (not by the group's own noun, "one of the dead told us"). */
const PREDICATE_PATTERNS = new Set(['count-outcome', 'count-aux-outcome', 'count-of-group', 'count-outcome-phrase']);

/**
 * Whether the count at i takes a part of a group of people named by the phrase after it: "one of
 * the hostages", "one of the wounded", "one of the five people wounded" (a weak count needs this).
 */
function partOfPeople(units: Unit[], i: number): boolean {
  if (units[i + 1]?.t !== 'of' || !/^(?:the|those|its|their|our|his|her)$/.test(units[i + 2]?.t ?? '')) return false;
  const g = units[i + 3];
  if (g?.kind === 'num') return hasPersonHead(units, i + 3);
  return !!g && g.kind === 'word' && (isPersonNoun(g) || ROLE_NOUNS.has(g.t) || g.t in AMONG_HEADS || isPersonNoun(units[i + 4]));
}

/** Outcome nouns in the singular: after "one" they count the one ("one fatality"). */
const SINGULAR_OUTCOMES = new Set(['fatality', 'death', 'casualty', 'injury']);

/** A count with its outcome right after it and nothing more, as tallies write it: "one dead, 12 hurt". */
function tallied(units: Unit[], i: number): boolean {
  const o = units[i + 1];
  const after = units[i + 2];
  if (units[i - 1]?.t === 'the') return false; // "the one dead was a child": a person, not a tally
  if (o && SINGULAR_OUTCOMES.has(o.t)) return true; // "one fatality and four injuries"
  // "one dead, 12 hurt", "one dead after morning shelling", "one killed in crash".
  return !!o && o.kind === 'word' && POSTNOMINAL.has(o.t) && (!after || after.kind === 'punct' || TALLY_AFTER.has(after.t));
}

/** What may follow a headline's tally: "one dead and", "one dead in", "one dead after". */
const TALLY_AFTER = new Set(['and', 'in', 'after', 'as', 'following', 'when', 'near', 'at', 'on']);

/** Whether the count's head noun names people ("both pilots", "one person", "one of the soldiers"). */
function hasPersonHead(units: Unit[], i: number): boolean {
  let passedPreposition = false;
  for (let k = i + 1; k <= i + 5 && k < units.length; k++) {
    const w = units[k];
    if (w.t === '.' && k === i + 1 && /^[a-z]/.test(units[k + 1]?.raw ?? '')) continue; // "100,000. soldiers"
    if (QUOTE_MARKS.has(w.t)) continue; // '"several dozen" attackers'
    if (w.kind !== 'word') return false;
    if (PERSON_NOUNS.has(w.t)) return true;
    if (TELLING.has(w.t) || SPEECH.has(w.t)) return false; // "one of the wounded told reporters": a clause of its own
    // "one passenger", "one injured passenger"; not past a preposition ("one for each Australian").
    if (PREPOSITIONS.has(w.t) || w.t === 'each' || w.t === 'every') passedPreposition = true;
    else if (!passedPreposition && PERSON_NOUNS.has(w.t + 's')) return true;
    if (/^[A-Z]\w+(ans|ians|is|ese)$/.test(w.raw)) return true; // nationalities: "Australians", "Israelis"
  }
  return false;
}

/** Whether a noun of `heads` follows the count within a few words ("15 Islamic State fighters"). */
function hasHeadIn(units: Unit[], i: number, heads: ReadonlySet<string>): boolean {
  for (let k = i + 1; k <= i + 5 && k < units.length; k++) {
    if (QUOTE_MARKS.has(units[k].t)) continue;
    if (units[k].kind !== 'word') return false;
    if (heads.has(units[k].t)) return true;
  }
  return false;
}

/**
 * Whether the nouns after the count at i end in a possessive that a noun follows: "12 militants'
 * hideouts", "3 fighters’ positions" (not scare quotes: "12 ‘terrorists’ in the raid").
 */
function possessedAfter(units: Unit[], i: number): boolean {
  for (let k = i + 1; k <= i + 5 && k < units.length; k++) {
    const w = units[k];
    if (w.kind === 'word') continue;
    const next = units[k + 1];
    return (w.t === "'" || w.t === '’') && w.start === units[k - 1].end && units[k - 1].kind === 'word' &&
      next?.kind === 'word' && !PREPOSITIONS.has(next.t) && !CLAUSE_STOPS.has(next.t) && !AUXILIARIES.has(next.t);
  }
  return false;
}

/** End of the victims phrase right after a count ("63 Russian troops"), for the quote. */
function npAfterEnd(units: Unit[], i: number): number {
  let end = units[i].end;
  for (let k = i + 1; k <= i + 6 && k < units.length; k++) {
    const w = units[k];
    if (w.kind !== 'word' || CLAUSE_STOPS.has(w.t) || w.t === 'and' || w.t === 'in' || w.t === 'on' || w.t === 'at' || w.t === 'according') break;
    if (AUXILIARIES.has(w.t) || RELATIVES.has(w.t)) break;
    end = w.end;
    if (PERSON_NOUNS.has(w.t)) break;
  }
  return end;
}

/**
 * The victims after a count that is an object ("killed 89 Russian personnel", "the bodies of nine
 * fishermen"): the words up to and including a person noun, or null when none comes ("killing 12
 * overnight" has no victims phrase, and the words after the count are no noun phrase).
 */
function objectVictims(units: Unit[], i: number): string | null {
  for (let k = i + 1; k <= i + 5 && k < units.length; k++) {
    const w = units[k];
    if (w.kind !== 'word' || CLAUSE_STOPS.has(w.t) || DETERMINERS.has(w.t) || AUXILIARIES.has(w.t) || RELATIVES.has(w.t)) return null;
    if (PERSON_NOUNS.has(w.t) || /^[A-Z]\w+(ans|ians|is|ese)$/.test(w.raw)) return sliceUnits(units, i + 1, w);
  }
  return null;
}

function clauseEnd(units: Unit[], i: number): number {
  return npAfterEnd(units, i);
}

function victimsAfter(text: string, units: Unit[], i: number): string | null {
  const end = npAfterEnd(units, i);
  const start = units[i].end;
  const v = text.slice(start, end).trim().replace(/^of\s+/, '');
  return v || null;
}

function victimsText(units: Unit[], from: number, to: number): string | null {
  let a = from;
  while (a < units.length && units[a].end <= to && /^(of|the|its|their|those)$/.test(units[a].t) && units[a + 1]?.end <= to) {
    if (units[a].t === 'its' || units[a].t === 'their') break;
    a++;
  }
  const first = units[a];
  // The last unit ending by `to` (units are in text order; a copy of the rest made long runs of
  // figures quadratic).
  let k = a;
  while (k < units.length && units[k].end <= to) k++;
  const last = k > a ? units[k - 1] : undefined;
  if (!first || !last) return null;
  return (first.kind === 'num' ? null : sliceUnits(units, a, last)) ?? null;
}

function sliceUnits(units: Unit[], a: number, last: Unit): string | null {
  const parts: string[] = [];
  for (let k = a; k < units.length && units[k].end <= last.end; k++) parts.push(units[k].raw);
  const s = parts.join(' ').replace(/\s+([,.;:)])/g, '$1').replace(/\(\s+/g, '(').replace(/^of\s+/, '').trim();
  return s || null;
}

function nounVictims(w: Unit): string | null {
  return w.t === 'martyrs' || w.t === 'victims' ? w.raw : null;
}

/**
 * "no casualties", "no cholera deaths", "no reported injuries", "without any loss of life". The
 * words between are modifiers, never a preposition: "no comment on casualties", "no reports of
 * deaths" say nothing was said, not that no one was harmed.
 */
const ZERO_NOUN = /\b(no|zero|without(?:\s+any)?)\s+(?:(?!(?:of|on|about|regarding|concerning|for|over|from|in|to|with|among|into)\s)[a-z][\w-]*\s+){0,2}?(casualties|deaths|fatalities|injuries|losses|victims|dead|loss\s+of\s+life)\b/gi;
/**
 * A headline's zero goes on with where or when ("No one injured in blast at plant", "No passengers
 * hurt as train derails"): only in a line with no closing stop and no auxiliary after it, where
 * the participle is no reduced relative ("No soldier killed in the war has been forgotten.").
 */
const HEADLINE_PLACE = String.raw`\s+(?:in|after|as|following|when|near|at|on|during)\s(?![^.;!?]*(?:[.!?]\s*$|\b(?:was|were|is|are|has|have|had|will|would|been)\b))`;
/**
 * The nouns of a negated group: up to three words, and a second group joined by "or" ("no soldier
 * or civilian", "no officer or member of the military police").
 */
const ZERO_HEAD = String.raw`(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*(?:\s+or\s+(?:[a-z][\w'’-]*\s+){0,4}?[a-z][\w'’-]*)?`;
/**
 * "No children were killed", "no civilians had been hurt", "no miner had died", and the headline's
 * "no civilians harmed": a negated group as subject.
 */
const ZERO_GROUP = new RegExp(String.raw`\b((?:no|not\s+(?:a\s+single|one))\s+${ZERO_HEAD})\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been|is|are|got)\s+(?:(?:\w+ly|seriously|badly)\s+)?(killed|hurt|injured|wounded|harmed|dead|missing|captured|abducted|kidnapped|taken\s+(?:prisoner|captive|hostage))|(?:(?:had|has|have)\s+)?(died|perished|lost\s+(?:his|her|their)\s+(?:life|lives))|(hurt|injured|killed|harmed)(?=\s*(?:[,.;:!?]|$)|${HEADLINE_PLACE}))\b`, 'gi');
const ZERO_SUBJECT = new RegExp(String.raw`\b(nobody|no\s+one|no-one|none|neither)\b((?:\s+(?!(?:that|nor)\b)(?:of\s+)?[\p{L}\p{N}'’-]+){0,6}?)\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been|is|are|got)\s+(?:(?:now|still|also|yet)\s+)?(?:(?:reported|confirmed|known|believed|thought|said)\s+(?:to\s+(?:have\s+(?:been\s+)?|be\s+))?)?(?:(?:\w+ly|seriously|badly)\s+)?(killed|hurt|injured|wounded|harmed|dead|missing|died|captured|abducted|kidnapped|trapped|taken\s+(?:prisoner|captive|hostage))|(hurt|injured|killed|harmed)(?=\s*(?:[,.;:!?]|$)|${HEADLINE_PLACE}))\b`, 'giu');
/** "without a single casualty": a singular noun, only after "without a (single)", where it is no modifier ("no casualty figures"). */
const ZERO_SINGLE = /\bwithout\s+(?:a\s+single|a|any|one)\s+(casualty|fatality|injury|death)\b(?!\s+(?:figures?|tolls?|counts?|reports?|numbers?))/gi;
/**
 * "No civilians were among the dead", "none of its own staff were among the injured": a group
 * said to be absent from the victims.
 */
const ZERO_AMONG = new RegExp(String.raw`\b((?:no|not\s+(?:a\s+single|one)|none\s+of\s+(?:the|its|their|our|his|her)(?:\s+own)?)\s+${ZERO_HEAD})\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?among\s+(?:the|those)\s+(dead|killed|injured|wounded|victims|casualties|missing|fatalities|hurt)\b`, 'gi');
/** "No lives were lost". */
const ZERO_LIVES = /\b(no\s+lives)\s+(?:were|have\s+been|had\s+been)\s+lost\b/gi;
/** "... or injured", "... and injuries" right after a zero's outcome: killed and wounded together. */
const OR_OUTCOME = /^\s+(?:or|and|nor)\s+(killed|injured|wounded|hurt|dead|deaths|injuries|fatalities|casualties)\b/i;
/** "killed no one", "injuring nobody": a zero as the object of an outcome verb. */
const ZERO_OBJECT = /\b(killed|killing|kills|injured|injuring|injures|wounded|wounding|hurt|hurting|hurts|harmed|harming|harms)\s+(nobody|no\s+one|no-one)\b/gi;
const ZERO_DIED = /\b(nobody|no\s+one|no-one|none(?:\s+of\s+(?:the|them|its|their|our)\s*[\p{L}'’-]*)?)\s+(?:(?:has|have|had)\s+)?(died|perished)\b/giu;
/**
 * The opening both subject patterns share, without the u flag: with u and i together V8 checks \b
 * slowly at every position (~90 MB/s), without them this scans at over 1 GB/s. Most sentences fail
 * it, and it matches wherever the full patterns can (their \b is the stricter one).
 */
const ZERO_SUBJECT_GATE = /\b(?:nobody|no\s+one|no-one|none|neither)/i;

/**
 * "none" as a count in a list or a comparison: "Casualties among the crew: none", "Fatalities:
 * none", "recorded 4 deaths in May and none in June", "11 deaths in March, recorded none in April".
 * Not "injuries, but none were serious" (a predicate after it says something else of them).
 */
const ZERO_LISTED = /\b(casualties|deaths|fatalities|injuries|dead|injured|killed|wounded|missing)(?:\s+(?:among|of|in)\s+(?:the\s+)?[\p{L}-]+)?\s*:\s*none\b/giu;
const ZERO_ELLIPTIC = /\b(deaths|injuries|casualties|fatalities)\b[^.;:!?]{0,40}?(?:,|\band\b|\bbut\b)\s+(?:(?:recorded|reported|registered|had|saw)\s+)?none\b(?!\s+(?:of|was|were|is|are|has|have|had|seemed|appeared|needed|required)\b)/gi;
const NONE_GATE = /\bnone\b/i;

/** The singular nouns ZERO_SINGLE reads, by outcome. */
const ZERO_SINGULARS: Readonly<Record<string, Outcome>> = table<Outcome>({ casualty: 'casualties', fatality: 'killed', injury: 'wounded', death: 'killed' });

/**
 * Whether a negated group names people: its last word, or the head of either side of its "or"
 * ("no minister or member of parliament": "minister", "member").
 */
function zeroPeople(group: string): boolean {
  const words = group.toLowerCase().split(/\s+/);
  const heads = [words[words.length - 1]];
  for (let k = 1; k < words.length; k++) {
    if (words[k] === 'or') heads.push(words[k - 1]);
    if (words[k] === 'of' && words[k - 2] === 'or') heads.push(words[k - 1]);
  }
  return heads.some((h) => PERSON_NOUNS.has(h) || PERSON_NOUNS.has(h + 's') || ROLE_NOUNS.has(h) || ROLE_NOUNS.has(h + 's'));
}

/** Zero claims: "no casualties", "nobody was killed", "none of its soldiers was hurt". */
function zeroFigures(text: string, start: number, end: number): FigureHit[] {
  const s = text.slice(start, end);
  const out: FigureHit[] = [];
  const push = (m: RegExpExecArray, numberLen: number, outcomeWord: string) => {
    const w = outcomeWord.toLowerCase().replace(/\s+/g, ' ');
    let outcome: Outcome =
      // "harmed" tells neither death nor wound: "no civilians were harmed" rules out both.
      w === 'loss of life' ? 'killed' : w.startsWith('taken ') ? 'captured' : OUTCOME_WORDS[w] ?? ZERO_SINGULARS[w] ?? (w === 'harmed' ? 'casualties' : 'killed');
    let quoteEnd = start + m.index + m[0].length;
    // "No deaths or injuries", "no one was killed or injured": both together are casualties.
    const or = OR_OUTCOME.exec(s.slice(m.index + m[0].length, m.index + m[0].length + 24));
    const other = or ? OUTCOME_WORDS[or[1].toLowerCase()] : undefined;
    if (other && other !== outcome && (other === 'killed' || other === 'wounded') && (outcome === 'killed' || outcome === 'wounded')) {
      outcome = 'casualties';
      quoteEnd += or![0].length;
    }
    out.push({
      numberStart: start + m.index, numberEnd: start + m.index + numberLen,
      quoteStart: start + m.index, quoteEnd,
      low: 0, high: 0, approx: false, outcome, victims: null, negated: false, pattern: 'zero',
    });
  };
  // Exec loops from lastIndex 0 rather than matchAll, which would copy each regex on every call.
  ZERO_NOUN.lastIndex = 0;
  for (let m = ZERO_NOUN.exec(s); m; m = ZERO_NOUN.exec(s)) push(m, m[0].length, m[2]);
  ZERO_GROUP.lastIndex = 0;
  for (let m = ZERO_GROUP.exec(s); m; m = ZERO_GROUP.exec(s)) {
    if (/^no\s+(?:one|body)\b/i.test(m[1])) continue; // read by ZERO_SUBJECT below
    // Without an auxiliary ("no miner had died", "no civilians harmed") only people are the subject.
    const head = m[1].slice(m[1].lastIndexOf(' ') + 1).toLowerCase();
    if (!m[2] && !zeroPeople(m[1])) continue;
    // With one, a subject that counts things or animals is still none ("No animals were harmed").
    if (NON_PERSON.has(head)) continue;
    push(m, m[1].length, m[2] ?? m[3] ?? m[4]);
    out[out.length - 1].victims = m[1].replace(/^(?:no|not\s+(?:a\s+single|one))\s+/i, '');
  }
  ZERO_AMONG.lastIndex = 0;
  for (let m = ZERO_AMONG.exec(s); m; m = ZERO_AMONG.exec(s)) {
    // Only people are among the dead ("no weapons were among the items" is no claim).
    if (!zeroPeople(m[1])) continue;
    push(m, m[1].length, m[2]);
    out[out.length - 1].victims = m[1].replace(/^(?:no|not\s+(?:a\s+single|one)|none\s+of\s+\S+(?:\s+own)?)\s+/i, '');
  }
  ZERO_SINGLE.lastIndex = 0;
  for (let m = ZERO_SINGLE.exec(s); m; m = ZERO_SINGLE.exec(s)) push(m, m[0].length, m[1]);
  ZERO_LIVES.lastIndex = 0;
  for (let m = ZERO_LIVES.exec(s); m; m = ZERO_LIVES.exec(s)) push(m, m[1].length, 'killed');
  if (NONE_GATE.test(s)) {
    for (const re of [ZERO_LISTED, ZERO_ELLIPTIC]) {
      re.lastIndex = 0;
      for (let m = re.exec(s); m; m = re.exec(s)) {
        push(m, m[0].length, m[1]);
        const h = out[out.length - 1];
        h.numberStart = h.numberEnd - 4; // the number is the closing "none", the quote the whole
      }
    }
  }
  if (!ZERO_SUBJECT_GATE.test(s)) return out;
  ZERO_SUBJECT.lastIndex = 0;
  for (let m = ZERO_SUBJECT.exec(s); m; m = ZERO_SUBJECT.exec(s)) {
    if (out.some((h) => h.numberStart === start + m!.index)) continue; // read as "none of ... among the injured"
    push(m, m[1].length, m[3] ?? m[4]);
    const victims = m[2].trim().replace(/^of\s+/, '');
    if (victims) out[out.length - 1].victims = victims;
  }
  ZERO_DIED.lastIndex = 0;
  for (let m = ZERO_DIED.exec(s); m; m = ZERO_DIED.exec(s)) push(m, m[1].length, m[2]);
  ZERO_OBJECT.lastIndex = 0;
  for (let m = ZERO_OBJECT.exec(s); m; m = ZERO_OBJECT.exec(s)) {
    push(m, m[0].length, m[1]);
    const h = out[out.length - 1];
    h.numberStart = h.numberEnd - m[2].length; // the number is the object, the quote the whole phrase
    const v = m[1].toLowerCase();
    h.outcome = ACTIVE_VERBS[v] ?? 'casualties'; // "harmed no one": neither killed nor wounded
  }
  return out;
}
