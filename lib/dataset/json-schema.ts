/**
 * The JSON Schema of a dataset line, generated from the valibot schemas (format.ts), for tools in
 * other languages. docs/dataset.schema.json is this output; json-schema.test.ts fails when they
 * differ and rewrites the file when run with UPDATE_DATASET_SCHEMA=1.
 *
 * Cross-field rules (low ≤ high, the number inside the quote…) are valibot `check`s that JSON
 * Schema cannot state; docs/dataset.md lists them.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { DATASET_VERSION, RecordSchema } from './format';

export function datasetJsonSchema(): Record<string, unknown> {
  const body = toJsonSchema(RecordSchema, { errorMode: 'ignore' }) as Record<string, unknown>;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://countercheck.example/schema/dataset-v${DATASET_VERSION}.json`,
    title: `Countercheck dataset line, version ${DATASET_VERSION}`,
    description:
      'One line of a Countercheck dataset (JSON Lines): the header (first line), a claim, a correction, or a reading-history record. See docs/dataset.md. Generated from lib/dataset/format.ts.',
    ...Object.fromEntries(Object.entries(body).filter(([k]) => k !== '$schema')),
  };
}
