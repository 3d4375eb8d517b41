/**
 * The store benchmark in Node: Dexie over fake-indexeddb (a pure-JS IndexedDB), the full
 * GeoNames gazetteer. Reads its options from the JSON file named by its argument; prints one JSON line with the results.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { loadGazetteer } from '../lib/incidents/gazetteer-node';
import { runBench } from './store-workload';

const args = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as { incidents: number; towns: string[]; queries: number; batch: number; singlePages: number };
const gaz = loadGazetteer();
const result = await runBench('bench-store', gaz, { ...args, log: (s) => process.stderr.write(`[node] ${s}\n`) });
process.stdout.write(JSON.stringify(result) + '\n');
