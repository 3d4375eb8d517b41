import { attribute, findCues, resolveBack, resolveCue, type Attribution } from './attribution';
import { findDenials, type DenialHit } from './denials';
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

/** Words that show a zero figure answers a report: "insisted", "claims", "reports that", "rumours". */
const REBUTTAL_CONTEXT = /\b(?:claims?|claimed|allegations?|alleged|accus\w*|rumou?rs?|den(?:y|ied|ies)|false|fake|contrary|insist\w*|reject\w*|dismiss\w*|refut\w*|fantasy|fiction|correspond|exaggerat\w*|inflat\w*|propaganda|reports?\s+(?:of|about))\b/i;

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
    if (!TRIGGER.test(text.slice(s.start, s.end))) continue;
    const figures = findFigures(text, s.start, s.end);
    const denials = DENIAL_GATE.test(text.slice(s.start, s.end)) ? findDenials(text, s.start, s.end) : [];
    if (!figures.length && !denials.length) continue;
    // Read lazily: most claims name their source in their own sentence.
    let prevSentence: Attribution | null | undefined;
    const prev = (): Attribution | null => {
      if (prevSentence === undefined) prevSentence = speakerBefore(doc, sentences, i, para);
      return prevClaim ?? prevSentence;
    };
    const denyingCasualties = denials.some((d) => d.scope === 'casualties');
    for (const f of figures) {
      // A figure inside a rejected report ("disputed a report that raised the toll to 2,975") is denied.
      const denied = f.negated || (denyingCasualties && f.low !== 0 && denials.some((d) => d.cueStart < f.numberStart || d.cueStart > f.numberEnd));
      const who = attribute(text, s, para, f.quoteStart, f.quoteEnd, prev, !denied);
      prevClaim = who;
      push(figureClaim(text, id, f, who, denied ? 'denied' : 'asserted'), s, f.quoteStart, f.quoteEnd);
      // "3,000 people did not die" rebuts a report; so does "no casualties among our forces" when a
      // party says it against a report or claim. A plain "no one was hurt in the fire" does not.
      const context = text.slice(Math.max(para.start, s.start - 300), Math.min(para.end, s.end + 200));
      const rebuttal = f.negated || (f.low === 0 && f.high === 0 && who.source !== null && REBUTTAL_CONTEXT.test(context));
      // One denial per statement: not when another cue already covers this clause.
      const covered = denials.some((d) => overlaps(d, f) || (d.scope === 'casualties' && Math.abs(d.cueStart - f.numberStart) < 40));
      if (rebuttal && !(f.negated && denyingCasualties) && !covered) {
        denials.push({ cueStart: f.numberStart, cueEnd: f.quoteEnd, quoteStart: f.quoteStart, quoteEnd: f.quoteEnd, scope: 'casualties' });
      }
    }
    for (const d of denials) {
      const who = attribute(text, s, para, d.cueStart, d.cueEnd, prev, false);
      push(denialClaim(text, id, d, who), s, d.cueStart, d.cueEnd);
    }
    prevClaim = lastCue(doc, s, para) ?? prevClaim;
  }
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
