import { isAsciiWordChar } from './ascii';
import { attribute, cleanNp, findCues, resolveBack, resolveCue, withoutDateline, type Attribution } from './attribution';
import { deniesFigure, findDenials, PASSIVE_BEFORE, type DenialHit } from './denials';
import { findFigures, type FigureHit } from './figures';
import { incidentHints } from './hints';
import { DENIAL_GATE, TRIGGER } from './prefilter';
import { splitSentences, type Span } from './sentences';
import type { Claim, DocMeta, Outcome } from './types';

/** What one extractClaims call knows about its document beyond the text. */
interface DocState {
  text: string;
  meta: DocMeta;
  /** lastCue's answer per sentence start: later sentences and claims ask for it again. */
  lastCues: Map<number, Attribution | null>;
  /** Claims waiting for their incident hints, read in one run after all the claims. */
  pendingHints: PendingHints[];
  /** The first TRIGGER match of the paragraph being read, as the document scan found it. */
  trigger: Span;
}

/** A claim and where it sits, for incidentHints. */
interface PendingHints {
  claim: Claim;
  sentence: Span;
  from: number;
  to: number;
}

/**
 * The opening of a sentence that breaks down the figure before it ("They included ...", "Of them,",
 * "Among those were", "Ninety-six of them ..."): it is read even without an outcome word of its own.
 */
const BREAKDOWN_OPENING = /^\W*(?:(?:they|these|those)\s+includ|(?:of|among)\s+(?:them|these|those)\b|[\w.,-]+(?:\s+[\w.,-]+){0,2}?\s+of\s+(?:them|these|those)\b)/i;

/** A sentence of patients let go, which the figure before may say are the wounded. */
const DISCHARGED = /\bdischarged\b/i;

/** TRIGGER as a global scan over a document; made once, not per call (~1 µs each). */
const PARAGRAPH_TRIGGER = new RegExp(TRIGGER.source, 'gi');

/**
 * Words that show a zero figure answers a report: "insisted", "claims", "reports that", "rumours",
 * or a rejecting verb whose object is a report or casualties ("denied reports", "dismissing
 * claims"; not "dismissing fears of a gas leak", "rejecting calls to close the plant"). "False" and
 * "fake" said of a report or as a predicate, not of a thing ("volunteers made up with fake burns").
 */
const REBUTTAL_CONTEXT =
  /\b(?:claims?\b(?!\s+(?:of\s+)?responsibility)(?!\s+(?:of|that|about)\s+(?!(?:\S+\s+){0,5}?(?:casualt|dead|deaths?|died|kill|wounded|injur|hurt|losses|victims|fatalit|missing|captured)))|claimed(?!\s+(?:responsibility|the attack|the bombing|the blast))|allegations?|alleged|accus\w*|rumou?rs?|(?:false|fake)(?![ \t]+(?!(?:news|reports?|claims?|figures?|information|numbers?|stor(?:y|ies)|accounts?|videos?|footage|images?|photos?|pictures?|tolls?|statements?|data|rumou?rs?|and|or|but|in|to|by|as|at|on|of|for|from|with|the|a|an|this|that|these|those|it|they|he|she|we|said|says|according)\b)[a-z])|untrue|incorrect|inaccura\w*|erroneous|contrary|(?:after|following|when|as)\s+(?:\S+\s+){0,4}?reported\s+(?:that\s+)?(?:\S+\s+){0,6}?(?:dead|deaths?|died|killed|casualt\w*)\b|insist\w*|fantasy|fiction|invent(?:ed|ion)|fabricat\w*|fairy[ -]tales?|baseless|groundless|absurd|nonsense|nothing to do with (?:reality|the truth|the facts)|correspond|exaggerat\w*|inflat\w*|propaganda|contradict\w*|reports?\s+(?:of|about)|(?:den(?:y|ied|ies|ying)|reject\w*|dismiss\w*|refut\w*)\s+(?:\S+\s+){0,6}?(?:reports?|claims?|allegations?|accusations?|rumou?rs?|figures?|toll|casualt\w*|deaths?|dead|losses|that)\b)/i;

/**
 * A sentence that names or quotes its own speaker ("“There were no losses,” the ministry said"):
 * its zero figure may answer a report told in the paragraph before, as a statement's second
 * paragraph does. A bare "No one was killed." after a live blog's earlier entry does not.
 */
const NAMES_ITS_SPEAKER = /^\s*["“]|\b(?:said|says|told|stated|added|insisted|insists|wrote|writes|announced)\b/i;

/** After a zero, its cause restricted to the speaker's side: "died at the hands of our officers", "was killed by police fire". */
const OWN_AGENT_AFTER =
  /^\s+(?:\w+\s+){0,3}?(?:died|was killed|were killed|had been killed|has been killed|have been killed|was shot|were shot|was hurt|were hurt|was injured|were injured)\s+(?:at the hands of|by|from)\s+(?:our|its|their|the)?\s*(?:own\s+)?(?:police|officers|troops|soldiers|security forces|forces|army|guards|personnel|units|servicemen)(?:\s+fire)?\b/i;

/** Before a zero, a participle or preposition of outcome: "..., causing no casualties", "with no one hurt". */
const OUTCOME_BEFORE = /\b(?:causing|leaving|resulting in|with|without)\s+$/i;

/** A statement that a zero is in, as the object of a rejecting verb: "contradicts the army's statement that". */
const REJECTED_ZERO =
  /\b(?:contradict\w*|reject\w*|disput\w*|den(?:y|ies|ied|ying)|question\w*|challeng\w*|refut\w*)\s+(?:\S+\s+){0,4}?(?:statements?|claims?|assertions?|insistence|accounts?|versions?)\s+that\s+$/i;

/** Civilians as the victims of a zero: "no civilians", "no villagers", "no non-combatants". */
const CIVILIAN_VICTIMS = /\b(?:civilians?|non-combatants?|villagers|residents|bystanders|passers-by)\b/i;

/** Combatants said killed: "killed 14 fighters", "12 terrorists were killed", "neutralised 45 terrorists". */
const COMBATANTS_KILLED =
  /\b(?:killed|neutrali[sz]ed|eliminated)[”"’]?\s+(?:(?:at least|some|about|around|more than|over|nearly|up to)\s+)?(?:[\w,-]+\s+){0,2}?(?:terrorists|militants|fighters|insurgents|rebels|gunmen|jihadists|bandits|combatants)\b|\b(?:terrorists|militants|fighters|insurgents|rebels|gunmen|jihadists|bandits|combatants)\s+(?:were|had been|have been|was)\s+(?:killed|neutrali[sz]ed|eliminated)\b/i;

/**
 * A second reported clause between a denial's cue and a zero figure: "... untrue and (said) that
 * nobody ...", "... called the figures propaganda and said no soldier was captured".
 */
const SECOND_STATEMENT = /\b(?:and|but)\s+(?:\w+\s+){0,2}?(?:that|said|says|added|insisted|insists|stressed|maintained|maintains)\b|;/i;

/** Every casualty figure and denial in `text`, with offsets into `text`. */
export function extractClaims(text: string, meta: DocMeta = {}): Claim[] {
  const claims: Claim[] = [];
  const doc: DocState = { text, meta, lastCues: new Map(), pendingHints: [], trigger: { start: 0, end: 0 } };
  const trigger = PARAGRAPH_TRIGGER;
  trigger.lastIndex = 0;
  for (let m = trigger.exec(text); m; m = trigger.exec(text)) {
    const paraStart = text.lastIndexOf('\n', m.index) + 1;
    let paraEnd = text.indexOf('\n', m.index);
    if (paraEnd < 0) paraEnd = text.length;
    doc.trigger = { start: m.index, end: m.index + m[0].length };
    readParagraph(doc, { start: paraStart, end: paraEnd }, claims);
    trigger.lastIndex = paraEnd;
  }
  // Hints in one run after the readers: each part's code and tables stay warm for its own run.
  for (const { claim, sentence, from, to } of doc.pendingHints) {
    const h = incidentHints({ text, sentenceStart: sentence.start, sentenceEnd: sentence.end, claimStart: from, claimEnd: to, published: meta.published, title: meta.title });
    claim.place = h.place;
    claim.date = h.date;
    claim.eventType = h.eventType;
    if (h.period && claim.kind === 'figure') claim.period = true;
  }
  return claims;
}

function readParagraph(doc: DocState, para: Span, claims: Claim[]): void {
  const { text, meta } = doc;
  const id = meta.id ?? '';
  const push = (claim: Claim, sentence: Span, from: number, to: number) => {
    claims.push(claim);
    doc.pendingHints.push({ claim, sentence, from, to });
  };
  const sentences = splitSentences(text, para.start, para.end);
  // The speaker of the last claim in this paragraph: an unattributed claim after it continues its report.
  let prevClaim: Attribution | null = null;
  /** The outcome of the last figure of the sentence before, for a sentence that breaks it down. */
  let carried: Outcome | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const sentenceText = text.slice(s.start, s.end);
    // ("Fourteen have been discharged" after a sentence of the wounded: patients, read with it.)
    const back = carried !== null && (BREAKDOWN_OPENING.test(sentenceText) || DISCHARGED.test(sentenceText)) ? carried : null;
    carried = null;
    if (!back && !triggered(doc, s, sentenceText)) continue;
    const figures = findFigures(text, s.start, s.end, back);
    if (figures.length) carried = figures[figures.length - 1].outcome;
    const denials = DENIAL_GATE.test(sentenceText) ? findDenials(text, s.start, s.end) : [];
    if (!figures.length && !denials.length) continue;
    // Read lazily: most claims name their source in their own sentence.
    let prevSentence: Attribution | null | undefined;
    const prev = (): Attribution | null => {
      if (prevSentence === undefined) prevSentence = speakerBefore(doc, sentences, i, para);
      return prevClaim ?? prevSentence;
    };
    const denyingCasualties = denials.some((d) => d.scope === 'casualties');
    for (const f of figures) {
      // A figure inside a rejected report ("disputed a report that raised the toll to 2,975") is
      // denied; one its speaker states beside the denial ("..., saying only two died") is not.
      const deniedBy = denyingCasualties && f.low !== 0 ? denials.find((d) => deniesFigure(text, d, f.numberStart, f.numberEnd, s.end)) : undefined;
      const denied = f.negated || deniedBy !== undefined;
      let who = attribute(text, s, para, f.quoteStart, f.quoteEnd, prev, !denied);
      // 'The ministry called "fake" a claim that 100 were killed': no speech verb, but a denied
      // figure is its denier's, as the denial is.
      if (denied && who.source === null) {
        const d = deniedBy ?? denials.find((x) => deniesFigure(text, x, f.numberStart, f.numberEnd, s.end));
        const by = d ? denier(text, s, d) : null;
        if (by) who = { source: resolveCue(text, s, para, { at: d!.cueStart, source: by, via: null }) ?? by, via: who.via };
      }
      prevClaim = who;
      push(figureClaim(text, id, f, who, denied ? 'denied' : 'asserted'), s, f.quoteStart, f.quoteEnd);
      // "3,000 people did not die" rebuts a report; so does "no casualties among our forces" when a
      // party says it against a report or claim. A plain "no one was hurt in the fire" does not.
      // "No one died at the hands of our officers": a zero restricted to the speaker's own side's
      // fire denies its part in the deaths (GUIDE: responsibility), with or without a report named.
      const zero = f.low === 0 && f.high === 0;
      const ownAgent = zero && OWN_AGENT_AFTER.test(text.slice(f.numberEnd, Math.min(s.end, f.numberEnd + 80)));
      const zeroSaid = zero && who.source !== null;
      // "... causing no casualties": the outcome of an event told, not an answer to a report.
      // "... which contradicts the army's statement that no soldier was missing": the zero is the
      // claim rejected, not a rebuttal.
      const outcomeOf = zeroSaid && (OUTCOME_BEFORE.test(text.slice(Math.max(s.start, f.numberStart - 30), f.numberStart)) || REJECTED_ZERO.test(text.slice(Math.max(s.start, f.numberStart - 100), f.numberStart)));
      const around = zeroSaid && !outcomeOf ? text.slice(Math.max(NAMES_ITS_SPEAKER.test(sentenceText) ? 0 : para.start, s.start - 300), Math.min(para.end, s.end + 200)) : '';
      const rebuttal =
        f.negated ||
        ownAgent ||
        (around !== '' && REBUTTAL_CONTEXT.test(around)) ||
        // "dismissed the video as a montage and repeated that no soldier had been captured": a zero
        // said after its speaker rejected a casualty report in the same sentence answers that report.
        (around !== '' && denials.some((d) => d.form !== undefined && d.scope === 'casualties' && d.cueEnd <= f.numberStart)) ||
        // "its troops killed 14 fighters ... and no civilians were hurt": a side that tells the
        // combatants its operation killed says the civilians were spared, against what others report.
        (around !== '' && f.victims !== null && CIVILIAN_VICTIMS.test(f.victims) && COMBATANTS_KILLED.test(around));
      // One denial per statement: not when another cue already covers this clause.
      // "called the reports untrue and said that nobody had been hurt" is two statements; "Nobody was
      // killed, the ministry said, rejecting rebel claims" is one, told by its participle.
      const covered = denials.some((d) => {
        if (overlaps(d, f)) return true;
        if (d.scope !== 'casualties') return false;
        const between = text.slice(Math.min(d.cueEnd, f.numberStart), Math.max(d.cueStart, f.numberStart));
        const participle = d.cueStart > f.numberStart && d.cueStart - f.numberStart < 160 && /ing$/i.test(text.slice(d.cueStart, d.cueEnd));
        return (Math.abs(d.cueStart - f.numberStart) < 40 || participle) && !SECOND_STATEMENT.test(between);
      });
      if (rebuttal && !(f.negated && denyingCasualties) && !covered) {
        denials.push({ cueStart: f.numberStart, cueEnd: f.quoteEnd, quoteStart: f.quoteStart, quoteEnd: f.quoteEnd, scope: ownAgent ? 'responsibility' : 'casualties' });
      }
    }
    for (const d of denials) {
      let who = attribute(text, s, para, d.cueStart, d.cueEnd, prev, false);
      // A denying verb's subject (or the subject of "called ... false") before the sentence's
      // speaker: the speaker reader alone would take the owner of the rejected claim ("the
      // rebels' claim ... was a lie") or a speaker of the sentence before. A negation ("our troops
      // did not fire") has the attacker as its subject: its denier is the speaker, else that
      // subject. Two denials in one sentence ("The government continues to deny ..., and the
      // ministry dismissed ...") each have their own: the subject of each verb.
      let source = d.form || who.source === null || denials.length > 1 ? denier(text, s, d) : null;
      // "Eight died, medics said. The air force said it had not flown there.": a speaker named in
      // the sentence ("X said it ...") that the speaker reader missed comes before the paragraph's
      // last speaker.
      if (!source && !d.form && who.source !== null && attribute(text, s, para, d.cueStart, d.cueEnd, NO_PREV, false).source === null) source = denier(text, s, d, true);
      // A bare pronoun the denier reader could not resolve ("It also rejects ...") names nobody: the
      // speaker reader's antecedent, where it found one, stands.
      if (source && !(BARE_PRONOUN.test(source) && who.source !== null && !BARE_PRONOUN.test(who.source))) {
        who = { source: resolveCue(text, s, para, { at: d.cueStart, source, via: null }) ?? source, via: who.via };
      }
      push(denialClaim(text, id, d, who), s, d.cueStart, d.cueEnd);
    }
    prevClaim = lastCue(doc, s, para) ?? prevClaim;
  }
}

const NO_PREV = (): Attribution | null => null;

/** A third-person subject pronoun standing alone ("we" is the writer, whom the text need not name). */
const BARE_PRONOUN = /^(?:it|they|he|she)$/i;

/** Whether TRIGGER's only assertions are \b (no lookaround, \B, ^ or $) under 'i' alone: what triggered relies on. */
const TRIGGER_ONLY_BOUNDARIES = TRIGGER.flags === 'i' && !/\(\?[=!<]|\\B|(?<!\[)\^|\$/.test(TRIGGER.source);

/**
 * TRIGGER.test(sentenceText), answered from the paragraph's first match where that settles it (on
 * the development corpus the sentence tests re-read ~60% of what the document scan had read). A
 * match inside the sentence's text is one in the document, as \b reads the same characters, unless
 * the sentence's edges cut between two word characters; so a sentence wholly before the first match
 * holds none. A sentence that holds the first match whole, its end short of the sentence's end,
 * holds it: every stem starts with a letter, a word start in the sentence's text too.
 */
function triggered(doc: DocState, s: Span, sentenceText: string): boolean {
  const { text, trigger } = doc;
  if (TRIGGER_ONLY_BOUNDARIES) {
    if (s.start <= trigger.start && trigger.end < s.end) return true;
    const cleanEdges = (s.start === 0 || !isAsciiWordChar(text.charCodeAt(s.start - 1))) && (s.end >= text.length || !isAsciiWordChar(text.charCodeAt(s.end)));
    if (s.end <= trigger.start && cleanEdges) return false;
  }
  return TRIGGER.test(sentenceText);
}

/** Auxiliaries, adverbs and time words between a denier and its verb: "has so far", "on Monday". */
const DENIER_GAP =
  /(?:(?:^|\s+)["“”']?(?:has|have|had|also|again|so far|always|consistently|long|publicly|officially|flatly|strongly|categorically|vehemently|firmly|repeatedly|quickly|swiftly|later|promptly|immediately|now|still|yet|on \w+|continues? to|continued to|would|will|did|does|do|not|never|could|can|may)["“”']?)*\s*$/i;
/** A passive cue's agent: "were denied by the health ministry (as ...)". */
const PASSIVE_AGENT = /^\s+by\s+([^,;.“”"]{2,80}?)(?=\s+(?:as|on|in|at|after|for|with|who|which|and|but|because|when)\b|\s*[,.;“”"]|\s*$)/i;
/** Words a subject does not hold: a clause, not a noun phrase, stands before the cue. */
const NOT_A_SUBJECT = /\b(?:said|says|told|was|were|is|are|been|be|has|have|had|that|who|which|if|when|after|because|while|as|than|where|there|what)\b/i;
/** The subject a participle borrows: the sentence's own, before its first finite verb. */
const MAIN_SUBJECT = /^\s*([^,;:]{2,60}?)\s+(?:said|says|insisted|insists|stressed|added|stated|told|has|have|had|issued|released|published|was|were|is|are)\b/i;
/** "Officials played down the reports, calling ...": the subject before a past-tense verb and its object. */
const ACTION_SUBJECT = /^\s*([^,;:]{2,60}?)\s+[a-z]+ed\s+(?:the|a|an|its|their|his|her|down|off|up|out)\b/i;
/** The subject of a sentence's first verb of denying or saying, for a verb conjoined to it. */
const CONJOINED_SUBJECT =
  /^\s*([^,;:“”"]{2,60}?)(?:\s+\w+ly)?\s+(?:den(?:y|ies|ied)|reject(?:s|ed)|dismiss(?:es|ed)|refut(?:es|ed)|disput(?:es|ed)|said|says|insisted|insists|stressed|called|calls|described|describes)\b/i;
/** A document is no denier; whoever issued it is, and the text names them elsewhere. */
const DOCUMENT = /^(?:the|a|an|its|their|this|that)\s+(?:[\w-]+\s+)?(?:statement|communiqu\w+|release|post|report|video|letter|notice|bulletin)$/i;
/** "The army said (that) ...": the speaker a sentence opens with, and the speech verb. */
// (Past a fronted participle's clause: "Asked about the toll, a spokesman ... said:".)
const OPENING_SPEAKER =
  /^\s*(?:(?:[A-Z][a-z]+ing|Asked|Questioned|Pressed|Contacted|Reached)\s[^,;:“”"]{1,60},\s+)?([^,;:“”"]{2,60}?)(?:\s+\w+ly)?(?:,([^;:“”"]{2,120}?),)?\s+(?:said|says|insisted|insists|stressed|added|stated|states|declared|declares|announced|announces|maintained|maintains|told\s+\w+|wrote|writes):?\s/i;
/** A name in an appositive: "Colonel Fahd Rami", "Dr. Ana Ruiz". */
const APPOSITIVE_NAME = /^(?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Capt|Maj)\.\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){1,4}$/u;
/** ", the navy said, " right before a participle: the clause's speaker. */
const POSTPOSED_SPEAKER = /,[”"’]?\s+([^,;“”"]{2,60}?)\s+(?:said|says|added|stated|insisted|stressed),\s*$/i;
/** An age or a short title set off by commas right before a verb: ", 58, ", ", a former colonel, ". */
const APPOSITIVE_END = /,\s+(?:(?:now\s+|aged\s+)?\d{1,3}|(?:an?|the)\s+[^,;:“”"]{2,40}?),\s*$/;
/** The rest of a quotation, then its speaker: ",” the ministry said". */
const QUOTE_THEN_SPEAKER = /^[^“”"]{0,150}?,?[”"],?\s+([^,;:“”".]{2,80}?)\s+(?:said|says|added|stated|insisted|stressed)\b/;
/** "issued a statement" after the issuer. */
const ISSUED_DOCUMENT = /\s+(?:issued|released|published|posted|put out)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:statement|communiqu\w+|release|post|video|letter)$/i;
/** Verbs that call a report false: "the ministry called the toll fabricated", "branded the claims disinformation". */
const CALLING = /(?<![\w-])(?:call(?:s|ed|ing)?|describ(?:es|ed|ing)|characteri[sz](?:es|ed|ing)|brand(?:s|ed|ing)|label(?:s|led|ed|ling|ing)|term(?:s|ed|ing)|dubb?(?:s|ed|ing)|denounc(?:es|ed|ing))\b/gi;
/** "X said it ...", "X says they ...": a pronoun subject whose speaker is named just before it. */
const SAID_PRONOUN = /^(.+?)\s+(?:said|says|insisted|insists|stressed|added|stated)(?:\s+that)?(?:\s+(?:it|they|he|she|we|(?:its|their|his|her|our|the)\s+[\w-]+))?$/i;

/**
 * Who denies, when the attribution reader names no speaker: the subject of the denying verb
 * ("the defence ministry dismissed", "The government in Ostrel continues to deny", "The ministry,
 * which denied"), a passive's agent ("were denied by the health ministry") or the speaker a
 * pronoun subject points back to; for a falsity predicate, the subject of a verb of calling ("the
 * ministry called the toll fabricated") or the speaker the sentence opens with. With
 * `onlySpeaker`, only a speaker named before the cue ("X said (that) ..."). Null when the words
 * before the cue are no noun phrase.
 */
function denier(text: string, s: Span, d: DenialHit, onlySpeaker = false): string | null {
  let cueStart = d.cueStart;
  let cueEnd = d.cueEnd;
  if (d.form === 'predicate') {
    // A falsity predicate ("are false") has the report as its subject; who says so is the subject
    // of a verb of calling ("the ministry called the reports false") or, else, the speaker
    // (the sentence's own, found by the speaker reader).
    const lead = text.slice(Math.max(s.start, d.cueStart - 300), d.cueStart);
    let call: RegExpExecArray | null = null;
    CALLING.lastIndex = 0;
    for (let m = CALLING.exec(lead); m; m = CALLING.exec(lead)) call = m;
    // In the cue's own clause: "Amid calls for an inquiry, ... were false" names no caller.
    if (call && !/[,;:]/.test(lead.slice(call.index))) {
      cueStart = d.cueStart - lead.length + call.index;
      cueEnd = cueStart + call[0].length;
    } else {
      // "The army said the rebels' claim ... was a lie", "The spokesman, asked about ..., said:":
      // the speaker the sentence opens with.
      const main = d.cueStart - 300 > s.start ? null : OPENING_SPEAKER.exec(text.slice(s.start, d.cueStart));
      if (!main) {
        // "“The figures ... have nothing to do with reality,” ministry spokeswoman X said.": the
        // speaker after the closing quote.
        const after = QUOTE_THEN_SPEAKER.exec(text.slice(d.cueEnd, Math.min(s.end, d.cueEnd + 200)));
        // A pronoun or a document ("it said", "the statement said") is left to the speaker reader, which resolves them.
        return after && !NOT_A_SUBJECT.test(after[1]) && !DOCUMENT.test(after[1]) && !/^(?:it|they|he|she|we)$/i.test(after[1]) ? cleanNp(after[1]) : null;
      }
      const np = main[1].trim();
      if (NOT_A_SUBJECT.test(np) || np.split(/\s+/).length > 8) return null;
      if (/^(?:it|they|he|she|we)$/i.test(np)) return resolveBack(text, s.start, np.toLowerCase());
      // "a spokesman for the command, Colonel Fahd Rami, said:": the description and its name.
      const name = main[2]?.trim();
      return name && APPOSITIVE_NAME.test(name) ? cleanNp(`${np}, ${name}`) : cleanNp(np);
    }
  }
  // A subject sits within a few hundred characters of its verb; a run-on sentence is not rescanned.
  const before = text.slice(Math.max(s.start, cueStart - 300), cueStart);
  if (PASSIVE_BEFORE.test(before)) {
    const agent = PASSIVE_AGENT.exec(text.slice(cueEnd, Math.min(s.end, cueEnd + 120)));
    return agent ? cleanNp(agent[1]) : null;
  }
  // "Colonel Ivo Marsh, 58, pleaded ...": an appositive between the subject and its verb is passed over.
  const appositive = APPOSITIVE_END.exec(before);
  const subjectSide = appositive ? before.slice(0, appositive.index) : before;
  // A live blog's "16:45" is no colon before a subject.
  const cut = Math.max(subjectSide.lastIndexOf(';'), subjectSide.lastIndexOf(','), subjectSide.search(/:(?!\d)[^:]*$/), subjectSide.lastIndexOf(')'), subjectSide.lastIndexOf(' — '), subjectSide.lastIndexOf(' – '));
  // "..., the navy said, denying reports of ...": the speaker of the clause before the participle.
  const post = /ing$/i.test(text.slice(cueStart, cueEnd)) ? POSTPOSED_SPEAKER.exec(before) : null;
  if (post) return NOT_A_SUBJECT.test(post[1]) ? null : cleanNp(post[1]);
  // After a dateline's "(Agency) - " the dash, as any dash, is no part of the subject.
  let np = subjectSide.slice(cut + 1).replace(/^[\s—–-]+/, '').replace(/^\d{1,2}[:.]\d{2}\s+/, '').replace(DENIER_GAP, '').replace(/^\s*(?:and|but|then|while)(?:\s+|$)/i, '').replace(/^(?:on\s+\w+|later|earlier|yesterday|today)\s+/i, '').trim();
  // "The army denied ... and described the toll as inflated": the second verb shares the first's
  // subject, the sentence's own (only when the window reaches back to the sentence's start).
  if (/\s(?:and|but)\s*$/i.test(subjectSide) && cueStart - 300 <= s.start) {
    const first = CONJOINED_SUBJECT.exec(withoutDateline(before));
    if (first && !NOT_A_SUBJECT.test(first[1])) return cleanNp(first[1]);
  }
  // "X said it had few prisoners, rejecting claims...", "X has issued a statement rejecting...",
  // "X, an armed group, issued a statement denying...": the sentence's subject.
  if ((/ing$/i.test(text.slice(cueStart, cueEnd)) && (!np || NOT_A_SUBJECT.test(np))) || /^[a-z]+ed\b/.test(np)) {
    // Only when the window reaches back to the sentence's start.
    // (Past a wire dateline: "PORT SALAM, Feb 10 (Wire) - A spokesman ... repeated ...".)
    const first = cueStart - 300 > s.start ? '' : withoutDateline(before).split(/[,;:(]/)[0];
    const main = MAIN_SUBJECT.exec(first) ?? ACTION_SUBJECT.exec(first);
    np = main ? main[1] : first.trim();
  }
  // "The group issued a statement disclaiming ...": the issuer.
  np = np.replace(ISSUED_DOCUMENT, '');
  // ", a charge the militia rejected": the relative's subject, after the noun it points back with.
  np = np.replace(/^(?:a|an|the)\s+(?:[\w-]+\s+)?(?:figure|claim|number|toll|count|tally|estimate|report|account|assertion|allegation|charge|accusation)s?\s+(?=\S)/i, '');
  if (DOCUMENT.test(np)) return null;
  // "The ministry, which denied ...": the relative's antecedent.
  if (/^(?:which|who)$/i.test(np) && cut > 0) {
    const head = before.slice(0, cut);
    np = head.slice(Math.max(head.lastIndexOf(';'), head.lastIndexOf(',')) + 1).trim();
  }
  // The speaker must be a noun phrase: not "The army denied shelling the market and".
  const said = SAID_PRONOUN.exec(np);
  const speaker = said && (/\s(?:it|they|he|she|we)$/i.test(np) || !/\b(?:and|but|or)\b|(?<![\w-])[a-z]+(?:ed|ing)\b/.test(said[1])) ? said[1] : null;
  if (onlySpeaker && !speaker) return null;
  if (speaker) np = speaker;
  else if (/^(?:it|they|he|she|we)$/i.test(np)) return resolveBack(text, cueStart, np.toLowerCase());
  if (!np || np.split(/\s+/).length > 8 || NOT_A_SUBJECT.test(np) || /^[a-z]+(?:ing|ed)$/.test(np)) return null;
  return cleanNp(np);
}

function overlaps(d: DenialHit, f: FigureHit): boolean {
  return d.cueStart < f.quoteEnd && f.quoteStart < d.cueEnd;
}

function figureClaim(text: string, doc: string, f: FigureHit, who: Attribution, stance: Claim['stance']): Claim {
  return {
    doc, kind: 'figure',
    quote: text.slice(f.quoteStart, f.quoteEnd), quoteStart: f.quoteStart, quoteEnd: f.quoteEnd,
    numberText: text.slice(f.numberStart, f.numberEnd), numberStart: f.numberStart, numberEnd: f.numberEnd,
    low: f.low, high: f.high, approx: f.approx, outcome: f.outcome, victims: f.victims,
    source: who.source, via: who.via, stance,
    place: null, date: null, eventType: null,
  };
}

function denialClaim(text: string, doc: string, d: DenialHit, who: Attribution): Claim {
  return {
    doc, kind: 'denial',
    quote: text.slice(d.quoteStart, d.quoteEnd), quoteStart: d.quoteStart, quoteEnd: d.quoteEnd,
    numberText: text.slice(d.cueStart, d.cueEnd), numberStart: d.cueStart, numberEnd: d.cueEnd,
    low: null, high: null, approx: false, outcome: null, victims: null,
    source: who.source, via: who.via, stance: 'asserted', scope: d.scope,
    place: null, date: null, eventType: null,
  };
}

/** "Source: Mayor of Kramatorsk ..." on the paragraph before: a label that names the speaker. */
function paraLabel(text: string, paraStart: number): Attribution | null {
  // The paragraph before, past the blank lines between ("\n\n" separates paragraphs).
  let end = paraStart;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  const before = text.lastIndexOf('\n', end - 1);
  const prevPara = text.slice(before + 1, end).trim();
  const m = /^Source:\s*(.{2,120})$/i.exec(prevPara);
  return m ? { source: m[1].trim(), via: null } : null;
}

/** The last speaker a sentence names, to carry to the next sentences of its paragraph. */
function lastCue(doc: DocState, s: Span, para: Span): Attribution | null {
  // A sentence has one paragraph, so its start is key enough.
  let who = doc.lastCues.get(s.start);
  if (who === undefined) {
    who = readLastCue(doc.text, s, para);
    doc.lastCues.set(s.start, who);
  }
  return who;
}

function readLastCue(text: string, s: Span, para: Span): Attribution | null {
  const cues = findCues(text, s).filter((c) => c.source);
  const last = cues[cues.length - 1];
  return last ? { source: resolveCue(text, s, para, last), via: last.via } : null;
}

/**
 * The speaker an unattributed sentence continues: the last one named in the sentences before it in
 * its paragraph; else a "Source: ..." label just above; else, for a paragraph that is a bare
 * quotation, the last speaker named before it.
 */
function speakerBefore(doc: DocState, sentences: Span[], i: number, para: Span): Attribution | null {
  const { text } = doc;
  for (let k = i - 1; k >= 0; k--) {
    const who = lastCue(doc, sentences[k], para);
    if (who) return who;
  }
  const label = paraLabel(text, para.start);
  if (label) return label;
  if (/^["“”]/.test(text.slice(para.start, para.start + 1))) {
    const source = resolveBack(text, para.start, 'they');
    if (source) return { source, via: null };
  }
  return null;
}
