import { attribute, cleanNp, findCues, resolveBack, resolveCue, type Attribution } from './attribution';
import { deniesFigure, findDenials, PASSIVE_BEFORE, type DenialHit } from './denials';
import { findFigures, type FigureHit } from './figures';
import { incidentHints } from './hints';
import { DENIAL_GATE, TRIGGER } from './prefilter';
import { splitSentences, type Span } from './sentences';
import type { Claim, DocMeta } from './types';

/** What one extractClaims call knows about its document beyond the text. */
interface DocState {
  text: string;
  meta: DocMeta;
  /** lastCue's answer per sentence start: later sentences and claims ask for it again. */
  lastCues: Map<number, Attribution | null>;
  /** Claims waiting for their incident hints, read in one run after all the claims. */
  pendingHints: PendingHints[];
}

/** A claim and where it sits, for incidentHints. */
interface PendingHints {
  claim: Claim;
  sentence: Span;
  from: number;
  to: number;
}

/** TRIGGER as a global scan over a document; made once, not per call (~1 µs each). */
const PARAGRAPH_TRIGGER = new RegExp(TRIGGER.source, 'gi');

/**
 * Words that show a zero figure answers a report: "insisted", "claims", "reports that", "rumours",
 * or a rejecting verb whose object is a report or casualties ("denied reports", "dismissing
 * claims"; not "dismissing fears of a gas leak", "rejecting calls to close the plant").
 */
const REBUTTAL_CONTEXT =
  /\b(?:claims?|claimed|allegations?|alleged|accus\w*|rumou?rs?|false|fake|contrary|insist\w*|fantasy|fiction|correspond|exaggerat\w*|inflat\w*|propaganda|reports?\s+(?:of|about)|(?:den(?:y|ied|ies|ying)|reject\w*|dismiss\w*|refut\w*)\s+(?:\S+\s+){0,6}?(?:reports?|claims?|allegations?|accusations?|rumou?rs?|figures?|toll|casualt\w*|deaths?|dead|losses|that)\b)/i;

/** Every casualty figure and denial in `text`, with offsets into `text`. */
export function extractClaims(text: string, meta: DocMeta = {}): Claim[] {
  const claims: Claim[] = [];
  const doc: DocState = { text, meta, lastCues: new Map(), pendingHints: [] };
  const trigger = PARAGRAPH_TRIGGER;
  trigger.lastIndex = 0;
  for (let m = trigger.exec(text); m; m = trigger.exec(text)) {
    const paraStart = text.lastIndexOf('\n', m.index) + 1;
    let paraEnd = text.indexOf('\n', m.index);
    if (paraEnd < 0) paraEnd = text.length;
    readParagraph(doc, { start: paraStart, end: paraEnd }, claims);
    trigger.lastIndex = paraEnd;
  }
  // Hints in one run after the readers: each part's code and tables stay warm for its own run.
  for (const { claim, sentence, from, to } of doc.pendingHints) {
    const h = incidentHints({ text, sentenceStart: sentence.start, sentenceEnd: sentence.end, claimStart: from, claimEnd: to, published: meta.published, title: meta.title });
    claim.place = h.place;
    claim.date = h.date;
    claim.eventType = h.eventType;
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
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const sentenceText = text.slice(s.start, s.end);
    if (!TRIGGER.test(sentenceText)) continue;
    const figures = findFigures(text, s.start, s.end);
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
      const denied = f.negated || (denyingCasualties && f.low !== 0 && denials.some((d) => deniesFigure(text, d, f.numberStart, f.numberEnd, s.end)));
      const who = attribute(text, s, para, f.quoteStart, f.quoteEnd, prev, !denied);
      prevClaim = who;
      push(figureClaim(text, id, f, who, denied ? 'denied' : 'asserted'), s, f.quoteStart, f.quoteEnd);
      // "3,000 people did not die" rebuts a report; so does "no casualties among our forces" when a
      // party says it against a report or claim. A plain "no one was hurt in the fire" does not.
      const rebuttal =
        f.negated ||
        (f.low === 0 && f.high === 0 && who.source !== null && REBUTTAL_CONTEXT.test(text.slice(Math.max(para.start, s.start - 300), Math.min(para.end, s.end + 200))));
      // One denial per statement: not when another cue already covers this clause.
      const covered = denials.some((d) => overlaps(d, f) || (d.scope === 'casualties' && Math.abs(d.cueStart - f.numberStart) < 40));
      if (rebuttal && !(f.negated && denyingCasualties) && !covered) {
        denials.push({ cueStart: f.numberStart, cueEnd: f.quoteEnd, quoteStart: f.quoteStart, quoteEnd: f.quoteEnd, scope: 'casualties' });
      }
    }
    for (const d of denials) {
      let who = attribute(text, s, para, d.cueStart, d.cueEnd, prev, false);
      // The sentence's speaker, else the subject of the denying verb. Two denials in one sentence
      // ("The government continues to deny ..., and the ministry dismissed ...") each have their
      // own: the subject of each verb.
      const source = who.source === null || denials.length > 1 ? denier(text, s, d) : null;
      if (source) who = { source, via: who.via };
      push(denialClaim(text, id, d, who), s, d.cueStart, d.cueEnd);
    }
    prevClaim = lastCue(doc, s, para) ?? prevClaim;
  }
}

/** Auxiliaries, adverbs and time words between a denier and its verb: "has so far", "on Monday". */
const DENIER_GAP =
  /(?:\s+["“”']?(?:has|have|had|also|again|so far|flatly|strongly|categorically|vehemently|firmly|repeatedly|quickly|swiftly|later|promptly|immediately|now|still|yet|on \w+|continues? to|continued to|would|will|did|does|do|not|never|could|can|may)["“”']?)*\s*$/i;
/** A passive cue's agent: "were denied by the health ministry (as ...)". */
const PASSIVE_AGENT = /^\s+by\s+([^,;.“”"]{2,80}?)(?=\s+(?:as|on|in|at|after|for|with|who|which|and|but|because|when)\b|\s*[,.;“”"]|\s*$)/i;
/** Words a subject does not hold: a clause, not a noun phrase, stands before the cue. */
const NOT_A_SUBJECT = /\b(?:said|says|told|was|were|is|are|been|be|has|have|had|that|who|which|if|when|after|because|while|as|than|where|there|what)\b/i;
/** The subject a participle borrows: the sentence's own, before its first finite verb. */
const MAIN_SUBJECT = /^\s*([^,;:]{2,60}?)\s+(?:said|says|insisted|insists|stressed|added|stated|told|has|have|had|issued|released|published|was|were|is|are)\b/i;
/** A document is no denier; whoever issued it is, and the text names them elsewhere. */
const DOCUMENT = /^(?:the|a|an|its|their|this|that)\s+(?:[\w-]+\s+)?(?:statement|communiqu\w+|release|post|report|video|letter|notice|bulletin)$/i;
/** "X said it ...", "X says they ...": a pronoun subject whose speaker is named just before it. */
const SAID_PRONOUN = /^(.+?)\s+(?:said|says|insisted|insists|stressed|added|stated)\s+(?:that\s+)?(?:it|they|he|she|we)$/i;

/**
 * Who denies, when the attribution reader names no speaker: the subject of the denying verb
 * ("the defence ministry dismissed", "The government in Ostrel continues to deny", "The ministry,
 * which denied"), a passive's agent ("were denied by the health ministry") or the speaker a
 * pronoun subject points back to. Null when the words before the cue are no noun phrase.
 */
function denier(text: string, s: Span, d: DenialHit): string | null {
  // A falsity predicate ("are false", "called the reports false") has the report as its subject.
  if (d.form === 'predicate') return null;
  // A subject sits within a few hundred characters of its verb; a run-on sentence is not rescanned.
  const before = text.slice(Math.max(s.start, d.cueStart - 300), d.cueStart);
  if (PASSIVE_BEFORE.test(before)) {
    const agent = PASSIVE_AGENT.exec(text.slice(d.cueEnd, Math.min(s.end, d.cueEnd + 120)));
    return agent ? cleanNp(agent[1]) : null;
  }
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(','), before.lastIndexOf(':'), before.lastIndexOf(')'), before.lastIndexOf(' — '), before.lastIndexOf(' – '));
  let np = before.slice(cut + 1).replace(/^[\s—–]+/, '').replace(DENIER_GAP, '').replace(/^\s*(?:and|but|then|while)(?:\s+|$)/i, '').replace(/^(?:on\s+\w+|later|earlier|yesterday|today)\s+/i, '').trim();
  // "X said it had few prisoners, rejecting claims...", "X has issued a statement rejecting...",
  // "X, an armed group, issued a statement denying...": the sentence's subject.
  if ((/ing$/i.test(text.slice(d.cueStart, d.cueEnd)) && (!np || NOT_A_SUBJECT.test(np))) || /^[a-z]+ed\b/.test(np)) {
    // Only when the window reaches back to the sentence's start.
    const first = d.cueStart - 300 > s.start ? '' : before.split(/[,;:(]/)[0];
    const main = MAIN_SUBJECT.exec(first);
    np = main ? main[1] : first.trim();
  }
  if (DOCUMENT.test(np)) return null;
  // "The ministry, which denied ...": the relative's antecedent.
  if (/^(?:which|who)$/i.test(np) && cut > 0) {
    const head = before.slice(0, cut);
    np = head.slice(Math.max(head.lastIndexOf(';'), head.lastIndexOf(',')) + 1).trim();
  }
  const said = SAID_PRONOUN.exec(np);
  if (said) np = said[1];
  else if (/^(?:it|they|he|she|we)$/i.test(np)) return resolveBack(text, d.cueStart, np.toLowerCase());
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
