import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { datasetHeader, RecordSchema } from './format';
import { datasetJsonSchema } from './json-schema';

const FILE = fileURLToPath(new URL('../../docs/dataset.schema.json', import.meta.url));
const generated = JSON.stringify(datasetJsonSchema(), null, 2) + '\n';

// Regenerate with: UPDATE_DATASET_SCHEMA=1 npx vitest run lib/dataset/json-schema.test.ts
if (process.env.UPDATE_DATASET_SCHEMA) writeFileSync(FILE, generated);

const claim = {
  type: 'claim',
  id: 'c_0lqjyi1lg5u0zhqethtm8u',
  rev: 2,
  kind: 'figure',
  selector: { exact: 'Eleven people were killed', prefix: 'KRAMATORSK - ', suffix: ' when a drone hit', start: 13, end: 38 },
  numberText: 'Eleven',
  numberStart: 13,
  numberEnd: 19,
  low: 11,
  high: 11,
  approx: false,
  outcome: 'killed',
  victims: 'people',
  stance: 'asserted',
  scope: null,
  source: { id: 's_filashkin governor regional vadym', name: 'regional governor Vadym Filashkin', written: 'regional governor Vadym Filashkin' },
  via: null,
  place: 'Kramatorsk',
  date: '2031-05-08',
  eventType: 'drone strike',
  document: { id: 'd_0rn38jfn7dw24zo5muidba', url: 'https://north-news.example/a', canonicalUrl: null, outlet: 'North News', title: null, published: '2031-05-09T08:00:00Z', lang: 'en' },
  incident: { id: 'i_2cf952fzt7i1h156nnk1zz', label: 'Kramatorsk, 2031-05-08', place: 'Kramatorsk', dateStart: '2031-05-08', dateEnd: '2031-05-08', eventType: 'drone strike', scale: 'incident' },
};

describe('docs/dataset.schema.json', () => {
  it('is what the valibot schemas generate', () => {
    expect(readFileSync(FILE, 'utf8')).toBe(generated);
  });

  const validate = new Ajv({ strict: false, validateFormats: false }).compile(JSON.parse(readFileSync(FILE, 'utf8')));
  const both = (x: unknown) => ({ valibot: v.safeParse(RecordSchema, x).success, jsonSchema: validate(x) });

  it('accepts what valibot accepts', () => {
    const correction = { type: 'correction', id: 'k_1', kind: 'move', claimIds: ['c_1'], targetClaimId: null, createdAt: '2031-05-10T10:00:00.000Z' };
    const reading = { type: 'reading', id: 'r_file_d_1', docId: 'd_1', firstSeen: '2031-05-10T10:00:00.000Z', lastSeen: '2031-05-10T10:00:00.000Z' };
    for (const x of [datasetHeader('test'), claim, correction, reading, { ...claim, incident: null, source: null }]) {
      expect(both(x)).toEqual({ valibot: true, jsonSchema: true });
    }
  });

  it('refuses structural mistakes valibot refuses', () => {
    const bad: unknown[] = [
      { ...claim, low: '11' },
      { ...claim, kind: 'rumour' },
      { ...claim, extra: 1 },
      { ...claim, selector: { ...claim.selector, prefix: 'x'.repeat(65) } },
      { ...claim, id: 'x_1' },
      { ...claim, date: '8 May 2031' },
      { ...claim, document: { ...claim.document, id: undefined } },
      { ...claim, rev: 0 },
      { type: 'header', format: 'countercheck-dataset', version: 2 },
      { type: 'something' },
    ];
    for (const x of bad) expect(both(x)).toEqual({ valibot: false, jsonSchema: false });
  });
});
