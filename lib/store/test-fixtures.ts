/**
 * Claims of our own writing for the store's tests: an invented shelling of Al Mayadin reported by
 * three outlets (different spellings, dates and figures, a denial, a wire copy), and an unrelated
 * strike elsewhere.
 */
import type { Claim } from '../extract/types';
import type Dexie from 'dexie';
import type { IngestInput } from './ingest';

/** A claim located in `text` (offsets computed), with defaults for the rest. */
export function claimIn(text: string, quote: string, numberText: string, p: Partial<Claim> = {}): Claim {
  const quoteStart = text.indexOf(quote);
  if (quoteStart < 0) throw new Error(`fixture quote not in text: ${quote}`);
  const numberStart = quoteStart + quote.indexOf(numberText);
  return {
    doc: 'x', kind: 'figure', quote, quoteStart, quoteEnd: quoteStart + quote.length, numberText, numberStart,
    numberEnd: numberStart + numberText.length, low: null, high: null, approx: false, outcome: 'killed', victims: null,
    source: null, via: null, stance: 'asserted', place: null, date: null, eventType: null, ...p,
  };
}

const wire = 'Nine civilians were killed when shells struck a market in Mayadeen on Sunday, the Syrian Observatory for Human Rights said.';

export const textA = `BEIRUT (Wire) - ${wire}\n\nThe army denied shelling residential areas of the town.`;
export const textB = `${wire}\n\nLocal medics later said the toll had risen to 14 dead in al-Mayadin.`;
export const textC = `Syria's defence ministry said only three people died in Mayadin, Deir ez-Zor province, on March 2.\n\nMoscow's defence ministry said its forces were not involved.`;
export const textD = `An air strike on a school in Idlib killed 12 children on Tuesday, rescuers said.`;

export function outletA(): IngestInput {
  return {
    doc: { url: 'https://outlet-a.example/news/mayadeen-market?utm_source=x', outlet: 'Outlet A', published: '2024-03-04', title: 'Shelling kills nine in Syria' },
    text: textA,
    claims: [
      claimIn(textA, wire, 'Nine', { low: 9, high: 9, victims: 'civilians', source: 'the Syrian Observatory for Human Rights', via: 'Wire', place: 'a market in Mayadeen', date: '2024-03-03', eventType: 'shelling' }),
      claimIn(textA, 'The army denied shelling residential areas', 'denied', { kind: 'denial', outcome: null, source: 'The army', scope: 'responsibility' }),
    ],
  };
}

export function outletB(): IngestInput {
  return {
    doc: { url: 'https://outlet-b.example/2024/03/05/syria', outlet: 'Outlet B', published: '2024-03-05' },
    text: textB,
    claims: [
      // The same wire sentence, republished: one statement carried by two outlets.
      claimIn(textB, wire, 'Nine', { low: 9, high: 9, victims: 'civilians', source: 'the Syrian Observatory for Human Rights', place: 'a market in Mayadeen', date: '2024-03-03', eventType: 'shelling' }),
      claimIn(textB, 'the toll had risen to 14 dead in al-Mayadin', '14', { low: 14, high: 14, source: 'Local medics', place: 'al-Mayadin' }),
    ],
  };
}

export function outletC(): IngestInput {
  return {
    doc: { url: 'https://outlet-c.example/a/123', outlet: 'Outlet C', published: '2024-03-03' },
    text: textC,
    claims: [
      claimIn(textC, 'only three people died in Mayadin, Deir ez-Zor province, on March 2', 'three', { low: 3, high: 3, victims: 'people', source: "Syria's defence ministry", place: 'Mayadin, Deir ez-Zor province', date: '2024-03-02', eventType: 'shelling' }),
      claimIn(textC, 'its forces were not involved', 'not involved', { kind: 'denial', outcome: null, source: "Moscow's defence ministry", scope: 'responsibility' }),
    ],
  };
}

export function otherStrike(): IngestInput {
  return {
    doc: { url: 'https://outlet-d.example/idlib', outlet: 'Outlet D', published: '2024-03-06' },
    text: textD,
    claims: [claimIn(textD, 'An air strike on a school in Idlib killed 12 children', '12', { low: 12, high: 12, victims: 'children', source: 'rescuers', place: 'a school in Idlib', date: '2024-03-05', eventType: 'air strike' })],
  };
}

/**
 * Makes IndexedDB fail the way a full disk does, below Dexie, when a claim is added (or, with
 * `writes`, put) while `full()` says so: what the same transaction wrote before must roll back. Register before the database
 * opens (Dexie middleware).
 */
export function simulateFullDisk(db: Dexie, full: () => boolean, writes: ReadonlyArray<'add' | 'put'> = ['add']): void {
  db.use({
    stack: 'dbcore',
    name: 'quota-simulation',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return {
          ...table,
          mutate: (req) =>
            full() && tableName === 'claims' && (writes as readonly string[]).includes(req.type)
              ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
              : table.mutate(req),
        };
      },
    }),
  });
}
