/**
 * The sync benchmark's server in a process of its own, as a team's CouchDB is never inside the
 * extension: the in-memory CouchDB-protocol server of the tests, on 127.0.0.1. Prints its URL,
 * then serves until its stdin closes (the benchmark ending, or dying, closes it).
 */
import { startTestCouch } from '../lib/sync/test-server';

const couch = await startTestCouch();
await couch.createDb('bench');
process.stdout.write(couch.url + '\n');
process.stdin.resume();
process.stdin.on('end', () => void couch.stop().then(() => process.exit(0)));
