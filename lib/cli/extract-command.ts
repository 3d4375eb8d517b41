import { type DocMeta, extractClaims } from '../extract';
import { assignIncidents } from '../incidents/assign-incidents';
import { type OutputClaim, claimJson } from './claim-json';
import { readDocuments } from './documents';
import { type Extractor, extractDocument } from './extract-document';
import { EXTRACT_HELP } from './help';
import { parseInputArgs, wantsHelp } from './input-args';
import type { CliIO } from './io';
import { writeLines } from './write-output';

/** The claims of one document of a run, with its metadata (the document text is not kept). */
export interface DocumentClaims {
  meta: DocMeta;
  claims: OutputClaim[];
}

/** `countercheck extract`: claims of every input as JSON Lines on stdout. Returns the exit code. */
export async function extractCommand(argv: string[], io: CliIO, extract: Extractor = extractClaims): Promise<number> {
  if (wantsHelp(argv)) {
    await writeLines(io.stdout, [EXTRACT_HELP.trimEnd()]);
    return 0;
  }
  const args = parseInputArgs(argv, 'extract');
  const run: DocumentClaims[] = [];
  for await (const doc of readDocuments(args, io.stdin)) {
    run.push({ meta: doc.meta, claims: extractDocument(doc, extract) });
  }
  // Steps that need every claim of the run go here, before anything is printed: the incident
  // matcher sets `incident` on each claim across all documents. Nothing is printed when an
  // input fails, so output is never partial.
  assignIncidents(run);
  await writeLines(io.stdout, jsonLines(run));
  return 0;
}

function* jsonLines(run: DocumentClaims[]): Generator<string> {
  for (const { claims } of run) for (const claim of claims) yield claimJson(claim);
}
