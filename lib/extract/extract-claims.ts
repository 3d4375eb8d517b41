import { attribute, findCues, resolveBack, resolveCue, type Attribution } from './attribution';
import { findDenials, type DenialHit } from './denials';
import { findFigures, type FigureHit } from './figures';
import { incidentHints } from './hints';
import { splitSentences, type Span } from './sentences';
import type { Claim, DocMeta } from './types';

/**
 * Words without which a paragraph holds no figure or denial. One pass of this regex over the whole
 * text finds the few paragraphs worth reading; everything else is skipped at regex speed.
 */
export const TRIGGER =
  /kill|dead|death|deceased|die[ds]?\b|dying|gunn|shot|execut|remains|drown|hospitali[sz]|disappear|wound|injur|hurt|casualt|fatalit|bodies|toll\b|lives|perish|martyr|slain|massacr|murder|missing|unaccounted|trapped|captur|prisoner|hostage|abduct|kidnap|loss|lost\b|victim|deni|deny|dismiss|reject|refut|disput|fake|false|untrue|not true|exaggerat|inflat|not\s+(?:carry|carried|launch|conduct|execut|target|behind|involved|responsible|use)|\bfir(?:e|ed|ing)\b|no\s+(?:sign|evidence|indication)|(?:not|n't)\s+be\s+true|not\s+(?:an?|the|their|our)\b/i;

/** Every casualty figure and denial in `text`, with offsets into `text`. */
export function extractClaims(text: string, meta: DocMeta = {}): Claim[] {
  const claims: Claim[] = [];
  const trigger = new RegExp(TRIGGER.source, 'gi');
  for (let m = trigger.exec(text); m; m = trigger.exec(text)) {
    const paraStart = text.lastIndexOf('\n', m.index) + 1;
    let paraEnd = text.indexOf('\n', m.index);
    if (paraEnd < 0) paraEnd = text.length;
    readParagraph(text, { start: paraStart, end: paraEnd }, meta, claims);
    trigger.lastIndex = paraEnd;
  }
  return claims;
}

function readParagraph(text: string, para: Span, meta: DocMeta, claims: Claim[]): void {
  const doc = meta.id ?? '';
  const hints = (s: Span, from: number, to: number) =>
    incidentHints({ text, sentenceStart: s.start, sentenceEnd: s.end, claimStart: from, claimEnd: to, published: meta.published, title: meta.title });
  // The speaker named last in this paragraph: an unattributed sentence after it continues its report.
  let prev: Attribution | null = paraLabel(text, para.start);
  // A paragraph that is a bare quotation continues the speaker named just before it.
  if (!prev && /^["“”]/.test(text.slice(para.start, para.start + 1))) {
    const source = resolveBack(text, para.start, 'they');
    if (source) prev = { source, via: null };
  }
  for (const s of splitSentences(text, para.start, para.end)) {
    if (!TRIGGER.test(text.slice(s.start, s.end))) {
      prev = lastCue(text, s, para) ?? prev;
      continue;
    }
    const figures = findFigures(text, s.start, s.end);
    const denials = findDenials(text, s.start, s.end);
    const denyingCasualties = denials.some((d) => d.scope === 'casualties');
    for (const f of figures) {
      const who = attribute(text, s, para, f.quoteStart, f.quoteEnd, prev);
      prev = who;
      // A figure inside a rejected report ("disputed a report that raised the toll to 2,975") is denied.
      const denied = f.negated || (denyingCasualties && f.low !== 0 && denials.some((d) => d.cueStart < f.numberStart || d.cueStart > f.numberEnd));
      claims.push({ ...figureClaim(text, doc, f, who, denied ? 'denied' : 'asserted'), ...hints(s, f.quoteStart, f.quoteEnd) });
      // "3,000 people did not die" and "no casualties among our forces" (said by a party) rebut a report.
      if ((f.negated || (f.low === 0 && f.high === 0 && who.source)) && !denyingCasualties && !denials.some((d) => overlaps(d, f))) {
        denials.push({ cueStart: f.numberStart, cueEnd: f.quoteEnd, quoteStart: f.quoteStart, quoteEnd: f.quoteEnd, scope: 'casualties' });
      }
    }
    for (const d of denials) {
      const who = attribute(text, s, para, d.cueStart, d.cueEnd, prev, false);
      claims.push({ ...denialClaim(text, doc, d, who), ...hints(s, d.cueStart, d.cueEnd) });
    }
    prev = lastCue(text, s, para) ?? prev;
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
  const before = text.lastIndexOf('\n', paraStart - 2);
  const prevPara = text.slice(before + 1, paraStart).trim();
  const m = /^Source:\s*(.{2,120})$/i.exec(prevPara);
  return m ? { source: m[1].trim(), via: null } : null;
}

/** The last speaker a sentence names, to carry to the next sentences of its paragraph. */
function lastCue(text: string, s: Span, para: Span): Attribution | null {
  const cues = findCues(text, s).filter((c) => c.source);
  const last = cues[cues.length - 1];
  return last ? { source: resolveCue(text, s, para, last), via: last.via } : null;
}
