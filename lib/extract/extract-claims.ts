import { attribute, findCues, resolveCue, type Attribution } from './attribution';
import { findFigures } from './figures';
import { splitSentences } from './sentences';
import type { Claim, DocMeta } from './types';

/**
 * Words without which a paragraph holds no figure or denial. One pass of this regex over the whole
 * text finds the few paragraphs worth reading; everything else is skipped at regex speed.
 */
export const TRIGGER =
  /kill|dead|death|deceased|die[ds]?\b|dying|gunn|shot|execut|remains|drown|hospitali[sz]|disappear|wound|injur|hurt|casualt|fatalit|bodies|toll\b|lives|perish|martyr|slain|massacr|murder|missing|unaccounted|trapped|captur|prisoner|hostage|abduct|kidnap|loss|lost\b|victim|deni|deny|dismiss|reject|refut|fake|false|untrue|not true|exaggerat|inflat|disput|not\s+(?:carry|carried|launch|conduct|execut|target|behind|involved|responsible)/i;

/** Every casualty figure and denial in `text`, with offsets into `text`. */
export function extractClaims(text: string, meta: DocMeta = {}): Claim[] {
  const doc = meta.id ?? '';
  const claims: Claim[] = [];
  const trigger = new RegExp(TRIGGER.source, 'gi');
  for (let m = trigger.exec(text); m; m = trigger.exec(text)) {
    const paraStart = text.lastIndexOf('\n', m.index) + 1;
    let paraEnd = text.indexOf('\n', m.index);
    if (paraEnd < 0) paraEnd = text.length;
    const para = { start: paraStart, end: paraEnd };
    // The speaker named last in this paragraph: an unattributed sentence after it continues its report.
    let prev: Attribution | null = paraLabel(text, paraStart);
    for (const s of splitSentences(text, paraStart, paraEnd)) {
      if (!TRIGGER.test(text.slice(s.start, s.end))) {
        const cues = findCues(text, s).filter((c) => c.source);
        const last = cues[cues.length - 1];
        if (last) prev = { source: resolveCue(text, s, para, last), via: last.via };
        continue;
      }
      for (const f of findFigures(text, s.start, s.end)) {
        const { source, via } = attribute(text, s, para, f.quoteStart, f.quoteEnd, prev);
        prev = { source, via };
        claims.push({
          doc, kind: 'figure',
          quote: text.slice(f.quoteStart, f.quoteEnd), quoteStart: f.quoteStart, quoteEnd: f.quoteEnd,
          numberText: text.slice(f.numberStart, f.numberEnd), numberStart: f.numberStart, numberEnd: f.numberEnd,
          low: f.low, high: f.high, approx: f.approx, outcome: f.outcome, victims: f.victims,
          source, via, stance: f.negated ? 'denied' : 'asserted',
          place: null, date: null, eventType: null,
        });
      }
    }
    trigger.lastIndex = paraEnd;
  }
  return claims;
}

/** "Source: Mayor of Kramatorsk ..." on the paragraph before: a label that names the speaker. */
function paraLabel(text: string, paraStart: number): Attribution | null {
  const before = text.lastIndexOf('\n', paraStart - 2);
  const prevPara = text.slice(before + 1, paraStart).trim();
  const m = /^Source:\s*(.{2,120})$/i.exec(prevPara);
  return m ? { source: m[1].trim(), via: null } : null;
}
