/**
 * The "wrong number" correction: the user gives the figure the extractor misread. The row keeps
 * its id (re-reading the page never overwrites a stored claim), becomes the user's (origin
 * 'manual', so sync treats it as an edit), and its incident is rebuilt from its claims.
 */
import { applyAssignment } from './corrections';
import type { CountercheckDB } from './db';
import { quotaSafe, UnknownClaimError } from './errors';

/** Sets a figure's bounds (null: open on that side). */
export async function correctFigure(db: CountercheckDB, claimId: string, low: number | null, high: number | null, now: number = Date.now()): Promise<void> {
  if (low == null && high == null) throw new RangeError('a figure needs at least one bound');
  if ((low != null && (!Number.isInteger(low) || low < 0)) || (high != null && (!Number.isInteger(high) || high < 0))) throw new RangeError('figures are whole numbers');
  if (low != null && high != null && low > high) throw new RangeError('the low figure is above the high one');
  await quotaSafe(() =>
    db.transaction('rw', [db.claims, db.incidents, db.documents], async () => {
      const row = await db.claims.get(claimId);
      if (!row || row.kind !== 'figure') throw new UnknownClaimError(claimId);
      const fixed = { ...row, low, high, approx: false, origin: 'manual' as const };
      if (!row.incidentId) {
        await db.claims.put({ ...fixed, rev: row.rev + 1, updatedAt: now });
        return;
      }
      // Same incident, new figure: applyAssignment writes the row (rev + 1) and rebuilds the incident.
      await applyAssignment(db, [fixed], new Map([[claimId, row.incidentId]]), now, 'matcher', new Map([[claimId, { score: row.match?.score ?? 0, reasons: row.match?.reasons ?? [] }]]));
    }),
  );
}
