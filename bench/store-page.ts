/**
 * The store benchmark on an extension page in Chromium: the same workload against the browser's
 * real IndexedDB. The runner passes the gazetteer rows the workload uses (real GeoNames rows for
 * its towns, all first-level divisions) and reads the result from `window.__benchResult`.
 */
import { Gazetteer, type GazetteerData } from '../lib/incidents/gazetteer';
import { runBench, type BenchOptions, type BenchResult } from './store-workload';

declare global {
  interface Window {
    __runStoreBench: (data: GazetteerData, opts: Omit<BenchOptions, 'log'>) => Promise<BenchResult>;
    __benchLog: string[];
  }
}

window.__benchLog = [];
window.__runStoreBench = async (data, opts) => {
  const gaz = new Gazetteer(data);
  return runBench('bench-store', gaz, { ...opts, log: (s) => window.__benchLog.push(s) });
};
document.body.textContent = 'Countercheck store benchmark page (not part of the extension).';
