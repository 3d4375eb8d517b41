/**
 * CSV for spreadsheets: a row per claim, the columns a conflict-data analyst expects first
 * (docs/dataset.md lists them and how they correspond to UCDP GED and Airwars). RFC 4180 quoting,
 * CRLF line ends, UTF-8 (callers add a BOM for Excel if they want one).
 */
import type { ClaimRecord } from './format';

export const CSV_COLUMNS = [
  'incident',
  'incident_label',
  'date',
  'place',
  'event_type',
  'source',
  'source_as_written',
  'via',
  'outlet',
  'url',
  'published',
  'low',
  'best',
  'high',
  'approx',
  'outcome',
  'victims',
  'kind',
  'stance',
  'scope',
  'quote',
  'claim_id',
  'document_id',
] as const;

type Column = (typeof CSV_COLUMNS)[number];

/**
 * A text cell a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) gets a
 * leading apostrophe: news text is untrusted input (OWASP "CSV injection").
 */
function textCell(s: string | null | undefined): string {
  if (s === null || s === undefined) return '';
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The cells of one claim, by column. */
export function csvCells(r: ClaimRecord): Record<Column, string> {
  const num = (n: number | null) => (n === null ? '' : String(n));
  return {
    incident: textCell(r.incident?.id),
    incident_label: textCell(r.incident?.label),
    date: r.date ?? '',
    place: textCell(r.place),
    event_type: r.eventType ?? '',
    source: textCell(r.source ? r.source.name ?? r.source.written : null),
    source_as_written: textCell(r.source?.written),
    via: textCell(r.via ? r.via.name ?? r.via.written : null),
    outlet: textCell(r.document.outlet),
    url: textCell(r.document.canonicalUrl ?? r.document.url),
    published: textCell(r.document.published),
    low: num(r.low),
    // UCDP's "best" is the most likely single figure; a claim gives one only when it is exact.
    best: r.kind === 'figure' && r.low !== null && r.low === r.high && !r.approx ? String(r.low) : '',
    high: num(r.high),
    approx: r.kind === 'figure' ? String(r.approx) : '',
    outcome: r.outcome ?? '',
    victims: textCell(r.victims),
    kind: r.kind,
    stance: r.stance,
    scope: r.scope ?? '',
    quote: textCell(r.selector.exact),
    claim_id: r.id,
    document_id: r.document.id,
  };
}

/** The CSV text: a header row, then a row per claim. */
export function* csvLines(records: Iterable<ClaimRecord>): Generator<string> {
  yield CSV_COLUMNS.join(',') + '\r\n';
  for (const r of records) {
    const cells = csvCells(r);
    yield CSV_COLUMNS.map((c) => quote(cells[c])).join(',') + '\r\n';
  }
}
