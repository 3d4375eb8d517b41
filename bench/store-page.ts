/**
 * The store benchmark on an extension page in Chromium: the same workload against the browser's
 * real IndexedDB. The runner passes the gazetteer rows the workload uses (real GeoNames rows for
 * its towns, all first-level divisions) and reads the result from `window.__benchResult`.
 */
import { Gazetteer, type GazetteerData } from '../lib/incidents/gazetteer';
import { runFloor, type FloorKind, type FloorOptions, type FloorResult } from './store-floor';
import { runBench, type BenchOptions, type BenchResult } from './store-workload';

declare global {
  interface Window {
    __runStoreBench: (data: GazetteerData, opts: Omit<BenchOptions, 'log'>) => Promise<BenchResult>;
    __runStoreFloor: (opts: FloorOptions, kind: FloorKind, packed: boolean) => Promise<FloorResult>;
    __benchLog: string[];
    /** Exposed by the runner (bench/store.mjs): told as each phase starts, it counts CPU time per phase. */
    __benchPhase?: (name: string) => Promise<void>;
  }
}

window.__benchLog = [];
window.__runStoreBench = async (data, opts) => {
  const gaz = new Gazetteer(data);
  return runBench('bench-store', gaz, { ...opts, log: (s) => window.__benchLog.push(s), phase: window.__benchPhase });
};
window.__runStoreFloor = async (opts, kind, packed) => {
  await window.__benchPhase?.('floor');
  const r = await runFloor(opts, kind, packed);
  await window.__benchPhase?.('end');
  return r;
};
document.body.textContent = 'Countercheck store benchmark page (not part of the extension).';
