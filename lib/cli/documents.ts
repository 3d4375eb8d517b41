import { quoted, readDocsJsonl } from './docs-jsonl';
import { CliError } from './errors';
import { fileDocument } from './file-document';
import type { InputArgs } from './input-args';
import type { InputDocument } from './input-document';

/**
 * Every document of a run, in command-line order, read one at a time. Ids must be unique across
 * the run: they are all that ties a claim to its document (and, later, claims to incidents).
 */
export async function* readDocuments(args: InputArgs, stdin: NodeJS.ReadableStream): AsyncGenerator<InputDocument> {
  const seen = new Map<string, string>();
  for await (const doc of allDocuments(args, stdin)) {
    const first = seen.get(doc.id);
    if (first !== undefined) throw new CliError(`${doc.origin}: duplicate document id ${quoted(doc.id)} (first at ${first})`);
    seen.set(doc.id, doc.origin);
    yield doc;
  }
}

async function* allDocuments(args: InputArgs, stdin: NodeJS.ReadableStream): AsyncGenerator<InputDocument> {
  for (const input of args.inputs) {
    if (input.kind === 'docs') yield* readDocsJsonl(input.path, stdin);
    else yield await fileDocument(input.path, stdin, args.flags, args.format);
  }
}
