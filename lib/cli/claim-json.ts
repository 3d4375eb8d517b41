import type { Claim } from '../extract';

/**
 * A claim as the CLI prints it. `incident` is filled by a later step that groups the claims of
 * all documents of a run (the incident matcher); the engine itself never sets it.
 */
export type OutputClaim = Claim & { incident?: string | null };

/**
 * Output fields in the order of `Claim` in lib/extract/types.ts. The `satisfies` clause makes
 * the build fail when the contract gains a field this list lacks, so the CLI cannot silently
 * drop it.
 */
const FIELD_SET = {
  doc: true,
  kind: true,
  quote: true,
  quoteStart: true,
  quoteEnd: true,
  numberText: true,
  numberStart: true,
  numberEnd: true,
  low: true,
  high: true,
  approx: true,
  outcome: true,
  victims: true,
  source: true,
  via: true,
  stance: true,
  scope: true,
  place: true,
  date: true,
  eventType: true,
  period: true,
  incident: true,
} as const satisfies Record<keyof OutputClaim, true>;

export const CLAIM_FIELDS = Object.keys(FIELD_SET) as Array<keyof OutputClaim>;

/** The optional fields of the contract: printed only when set. */
const OPTIONAL_FIELDS: ReadonlySet<string> = new Set(['scope', 'period', 'incident'] satisfies Array<keyof OutputClaim>);

/** One JSON Lines record: exactly the contract's fields, in contract order, without a newline. */
export function claimJson(claim: OutputClaim): string {
  const ordered: Record<string, unknown> = {};
  for (const field of CLAIM_FIELDS) {
    const value = claim[field];
    // Optional fields (`scope` on figures, `incident` before matching) are left out when unset;
    // a required one always appears, as null if the engine left it undefined.
    if (value !== undefined) ordered[field] = value;
    else if (!OPTIONAL_FIELDS.has(field)) ordered[field] = null;
  }
  return JSON.stringify(ordered);
}
