/** Wording shared by the card, the hint and the popup. */
import type { Outcome } from '@/lib/extract/types';

/** "4 – 26", "at least 9", "up to 14", "12". */
export function rangeText(low: number | null, high: number | null): string {
  if (low != null && high != null) return low === high ? String(low) : `${low} – ${high}`;
  if (low != null) return `at least ${low}`;
  if (high != null) return `up to ${high}`;
  return 'no figure';
}

const OUTCOME: Record<Outcome, string> = { killed: 'killed', wounded: 'wounded', casualties: 'casualties', missing: 'missing', captured: 'captured' };

export const outcomeWord = (o: Outcome | null) => (o ? OUTCOME[o] : '');

/**
 * "2 other sources: 4 – 26 killed · 1 denial" — the hover hint. It counts the sources giving a
 * figure of this claim's outcome, which the card may outnumber (it lists every figure of the
 * incident, wounded beside killed): the outcome word says which figures these are.
 */
export function hintText(s: { otherSources: number; low: number | null; high: number | null; outcome: Outcome | null; denials: number }): string {
  const parts: string[] = [];
  if (s.otherSources === 0) parts.push('No other source yet');
  else parts.push(`${s.otherSources} other source${s.otherSources === 1 ? '' : 's'}: ${[rangeText(s.low, s.high), outcomeWord(s.outcome)].filter(Boolean).join(' ')}`);
  if (s.denials) parts.push(`${s.denials} denial${s.denials === 1 ? '' : 's'}`);
  return parts.join(' · ');
}
