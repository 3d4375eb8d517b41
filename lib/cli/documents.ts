import { readDocsJsonl } from './docs-jsonl';
import { fileDocument } from './file-document';
import type { InputArgs } from './input-args';
import type { InputDocument } from './input-document';

/** Every document of a run, in command-line order, read one at a time. */
export async function* readDocuments(args: InputArgs, stdin: NodeJS.ReadableStream): AsyncGenerator<InputDocument> {
  for (const input of args.inputs) {
    if (input.kind === 'docs') yield* readDocsJsonl(input.path, stdin);
    else yield await fileDocument(input.path, stdin, args.flags, args.format);
  }
}
