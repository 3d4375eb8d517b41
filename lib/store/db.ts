/**
 * The claim store: one typed Dexie database, owned by the background and extension pages
 * (IndexedDB is per origin: a database opened in a content script would land in the news site's
 * origin). Schema strings list indexed fields only; a released version is never edited — add a
 * version with an upgrade() and a migration test (see migrations.test.ts).
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { DenialScope, EventType, Outcome, Stance } from '../extract/types';
import type { ResolvedPlace } from '../incidents/gazetteer';
import type { Scale } from '../incidents/features';
import type { IncidentState } from '../incidents/incident-state';
import { isPeriodTotal } from '../incidents/claim-traits';
import { countryWide } from '../incidents/features';

/** Where a row came from: read on a page, pulled from a team's dataset, or entered by the user. */
export type Origin = 'read' | 'synced' | 'manual';

/** Sync bookkeeping every row carries (the dataset and CouchDB issues build on it). */
export interface Versioned {
  origin: Origin;
  createdAt: number;
  /** Bumped on every change of the row; the newer revision wins when datasets merge. */
  rev: number;
  updatedAt: number;
}

export interface DocumentRow extends Versioned {
  /** "d_" + hash of the canonical URL (or URL, or the caller's id): the same page is one row. */
  id: string;
  url: string | null;
  canonicalUrl: string | null;
  outlet: string | null;
  title: string | null;
  /** YYYY-MM-DD (or ISO timestamp) as the page gave it. */
  published: string | null;
  lang: string | null;
  firstSeen: number;
  lastSeen: number;
  /** Towns or divisions the headline names, as resolved when stored (the matcher's article context). */
  headlinePlaces: ResolvedPlace[];
  /** Countries the article is about, as the matcher read them when stored (absent on rows from datasets). */
  countries?: string[];
}

/** Finds a quote again on a page whose text changed a little: exact text, context, position. */
export interface QuoteSelector {
  exact: string;
  /** Up to 32 characters before and after the quote in the document text. */
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** Why a claim is in its incident. */
export interface MatchInfo {
  by: 'matcher' | 'correction';
  score: number;
  reasons: string[];
}

export interface ClaimRowV1 extends Versioned {
  /** "c_" + hash of document, kind, quote, number and its place in the quote: stable across readers. */
  id: string;
  docId: string;
  kind: 'figure' | 'denial';
  quote: string;
  selector: QuoteSelector;
  numberText: string;
  /** Offsets of the number phrase in the document text. */
  numberStart: number;
  numberEnd: number;
  low: number | null;
  high: number | null;
  approx: boolean;
  outcome: Outcome | null;
  victims: string | null;
  /** The source as written, and its normalized row. */
  source: string | null;
  sourceId: string | null;
  via: string | null;
  viaId: string | null;
  stance: Stance;
  scope: DenialScope | null;
  place: string | null;
  date: string | null;
  eventType: EventType | null;
  /** The extractor read the figure as a count over a period (absent on rows stored before it said so). */
  period?: true;
  /** The place as the gazetteer resolved it when the claim was stored. */
  resolvedPlace: ResolvedPlace | null;
  /**
   * Same source, same words, same figure: a wire story carried by several outlets shares this key;
   * the copies are one claim carried by many documents, not independent confirmations.
   */
  statementKey: string;
  /** The first stored claim with the same statementKey, when this one is a carried copy. */
  wireOf: string | null;
  incidentId: string | null;
  match: MatchInfo | null;
}

/** Version 2 adds what the matcher and the compare view sort and split by. */
export interface ClaimRow extends ClaimRowV1 {
  /** A single incident's figure, or a total over a period (kept apart from incidents). */
  scale: Scale;
  /**
   * The event date, falling back to the article's date; '' when neither is known (not null:
   * IndexedDB leaves null out of indexes, and [incidentId+eventDate] must hold every claim).
   */
  eventDate: string;
}

export interface IncidentRowV1 extends Versioned {
  /** "i_" + hash of the claim that started it. */
  id: string;
  label: string;
  placeName: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  eventType: EventType | null;
  claimCount: number;
  /** Keys the matcher finds candidates by (place names, divisions, days). */
  blockKeys: string[];
  /** The matcher's view of the incident (places seen, date ranges, victims), rebuilt from claims after corrections. */
  state: IncidentState;
}

export interface IncidentRow extends IncidentRowV1 {
  scale: Scale;
}

export interface SourceRow extends Versioned {
  /** "s_" + normalized key ("s_RU defence ministry"). */
  id: string;
  key: string;
  name: string;
  /** Every spelling seen ("Russia's Defense Ministry", "Moscow's defence ministry"…). */
  aliases: string[];
}

/**
 * A user's correction. Stored and replayed after every re-match, so it always wins. Expressed
 * with claim ids (stable) rather than incident ids (which a re-match may renumber).
 * - move: `claimIds` go to the incident of `targetClaimId`, or to a new incident when null;
 * - merge: the incidents of `claimIds[0]` and `claimIds[1]` become one;
 * - split: `claimIds` leave their incident together for a new one.
 */
export interface CorrectionRow extends Versioned {
  id: string;
  kind: 'move' | 'merge' | 'split';
  claimIds: string[];
  targetClaimId: string | null;
}

/** The store's own bookkeeping, one row a key (`derivedVersion`: see rederive.ts). */
export interface MetaRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'countercheck';

/** Version 1's schema; kept here (never edited) so tests can build a version-1 database. */
export const SCHEMA_V1 = {
  documents: 'id, canonicalUrl, url, outlet, lastSeen',
  claims: 'id, docId, incidentId, sourceId, statementKey, updatedAt',
  incidents: 'id, *blockKeys, dateStart, updatedAt',
  sources: 'id, *aliases, updatedAt',
  corrections: 'id, createdAt, *claimIds',
} as const;

/** Version 2: claims of an incident read in event-date order through one index (the compare query). Kept, never edited. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  claims: 'id, docId, incidentId, [incidentId+eventDate], sourceId, statementKey, updatedAt',
} as const;

/**
 * Version 3: only indexes something reads. Claims are found by incident through
 * [incidentId+eventDate] (Dexie reads a compound index's first part as an index of its own), and
 * nothing asks for claims by source, incidents by update time or documents by URL (a page's id
 * derives from its URL). Every index is one more B-tree write per row: the ingest's largest cost.
 */
export const SCHEMA_V3 = {
  documents: 'id, outlet, lastSeen',
  claims: 'id, docId, [incidentId+eventDate], statementKey, updatedAt',
  incidents: 'id, *blockKeys, dateStart',
  sources: SCHEMA_V2.sources,
  corrections: SCHEMA_V2.corrections,
} as const;

/**
 * Version 4: a `meta` table for the store's bookkeeping, first the version of the code that
 * derived the stored places, source keys and incidents (rederive.ts). No row changes.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  meta: 'key',
} as const;

export type CountercheckDB = Dexie & {
  documents: EntityTable<DocumentRow, 'id'>;
  claims: EntityTable<ClaimRow, 'id'>;
  incidents: EntityTable<IncidentRow, 'id'>;
  sources: EntityTable<SourceRow, 'id'>;
  corrections: EntityTable<CorrectionRow, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
};

/**
 * Version 1 → 2: every claim gets its scale (read from its quote, as the matcher does) and its
 * event date (its own, else its document's publication date); every incident its scale (a
 * total when all its claims are). Runs inside Dexie's upgrade transaction: Dexie calls only.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const published = new Map<string, string | null>();
  await tx.table('documents').each((d: DocumentRow) => published.set(d.id, d.published ? d.published.slice(0, 10) : null));
  const totals = new Map<string, boolean>();
  await tx
    .table('claims')
    .toCollection()
    .modify((c: ClaimRow) => {
      c.scale = c.kind === 'figure' && isPeriodTotal(c, countryWide(c.resolvedPlace)) ? 'total' : 'incident';
      c.eventDate = c.date ?? published.get(c.docId) ?? '';
      if (c.incidentId) totals.set(c.incidentId, (totals.get(c.incidentId) ?? true) && c.scale === 'total');
    });
  await tx
    .table('incidents')
    .toCollection()
    .modify((i: IncidentRow) => {
      i.scale = totals.get(i.id) ? 'total' : 'incident';
      i.state = { ...i.state, scale: i.scale };
    });
}

/**
 * Version 2 → 3: indexes are dropped (see SCHEMA_V3). Claims are then found by incident only
 * through [incidentId+eventDate], which holds a claim only when its eventDate is a string: a row
 * stored without one (a dataset or an older build that left it out) gets its event date, else its
 * document's date, else ''. Counting first spares the scan when every claim is indexed.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const claims = tx.table('claims');
  const [all, indexed] = await Promise.all([
    claims.count(),
    claims.orderBy('[incidentId+eventDate]').count(),
  ]);
  if (all === indexed) return;
  const published = new Map<string, string | null>();
  await tx.table('documents').each((d: DocumentRow) => published.set(d.id, d.published ? d.published.slice(0, 10) : null));
  await claims
    .filter((c: ClaimRow) => typeof c.eventDate !== 'string')
    .modify((c: ClaimRow) => {
      c.eventDate = c.date ?? published.get(c.docId) ?? '';
    });
}

/** Opens (creating or upgrading) the claim store. `name` lets tests and benchmarks use their own. */
export function openClaimStore(name: string = DB_NAME): CountercheckDB {
  // Relaxed durability: a transaction counts as committed once its writes reach the operating
  // system, without waiting for them to reach the disk. Atomicity is unchanged (a transaction is
  // all or nothing); a power cut or system crash may lose the last transactions, which a page
  // read again or a sync pull brings back. Chromium defaults to it since version 121 (no fsync at
  // commit in a trace of Chromium 156); said here so that no browser default makes every ingest
  // wait for the disk. Other browsers ignore the option (Firefox and Safari do not sync at commit).
  const db = new Dexie(name, { chromeTransactionDurability: 'relaxed' }) as CountercheckDB;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  db.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
  db.version(4).stores(SCHEMA_V4);
  return db;
}
