/**
 * Pages of our own writing for the dataset and sync tests: an invented drone strike on a bus
 * depot in Kramatorsk reported by two outlets (different figures, a denial), and an unrelated
 * missile strike on Odesa's port. Also a generator of many distinct pages for the benchmark.
 */
import type { Claim } from '../extract/types';
import type { IngestInput } from '../store/ingest';

/** A claim located in `text` (offsets computed), with defaults for the rest. */
export function claimAt(text: string, quote: string, numberText: string, p: Partial<Claim> = {}): Claim {
  const quoteStart = text.indexOf(quote);
  if (quoteStart < 0) throw new Error(`fixture quote not in text: ${quote}`);
  const numberStart = quoteStart + quote.indexOf(numberText);
  if (numberStart < quoteStart) throw new Error(`fixture number not in quote: ${numberText}`);
  return {
    doc: 'x', kind: 'figure', quote, quoteStart, quoteEnd: quoteStart + quote.length, numberText, numberStart,
    numberEnd: numberStart + numberText.length, low: null, high: null, approx: false, outcome: 'killed', victims: null,
    source: null, via: null, stance: 'asserted', place: null, date: null, eventType: null, ...p,
  };
}

export const northText =
  'KRAMATORSK - Eleven people were killed when a drone hit a bus depot in Kramatorsk on Thursday, regional governor Vadym Filashkin said.\n\n' +
  "Russia's defence ministry denied targeting civilian sites in the region.";
export const southText =
  "The death toll from Thursday's drone attack on a bus depot in Kramatorsk rose to 13, the State Emergency Service said.\n\n" +
  'Another 20 people were wounded in the attack, according to the service.';
export const portText = 'A missile strike on the port of Odesa killed four dock workers on Friday, the port authority said.';

export function northPage(): IngestInput {
  return {
    doc: { url: 'https://north-news.example/2031/05/kramatorsk-depot', outlet: 'North News', published: '2031-05-09', title: 'Drone strike on Kramatorsk bus depot kills eleven' },
    text: northText,
    claims: [
      claimAt(northText, 'Eleven people were killed when a drone hit a bus depot in Kramatorsk', 'Eleven', {
        low: 11, high: 11, victims: 'people', source: 'regional governor Vadym Filashkin', place: 'a bus depot in Kramatorsk', date: '2031-05-08', eventType: 'drone strike',
      }),
      claimAt(northText, "Russia's defence ministry denied targeting civilian sites in the region", 'denied', {
        kind: 'denial', outcome: null, source: "Russia's defence ministry", scope: 'responsibility',
      }),
    ],
  };
}

export function southPage(): IngestInput {
  return {
    doc: { url: 'https://south-daily.example/news/kramatorsk-toll', outlet: 'South Daily', published: '2031-05-10', title: 'Kramatorsk depot strike toll rises' },
    text: southText,
    claims: [
      claimAt(southText, "The death toll from Thursday's drone attack on a bus depot in Kramatorsk rose to 13", '13', {
        low: 13, high: 13, source: 'the State Emergency Service', place: 'a bus depot in Kramatorsk', date: '2031-05-08', eventType: 'drone strike',
      }),
      claimAt(southText, 'Another 20 people were wounded in the attack', '20', {
        low: 20, high: 20, outcome: 'wounded', victims: 'people', source: 'the service', place: null, date: '2031-05-08', eventType: 'drone strike',
      }),
    ],
  };
}

export function portPage(): IngestInput {
  return {
    doc: { url: 'https://coast-wire.example/odesa-port', outlet: 'Coast Wire', published: '2031-06-14', title: 'Missile strike on Odesa port' },
    text: portText,
    claims: [
      claimAt(portText, 'A missile strike on the port of Odesa killed four dock workers on Friday', 'four', {
        low: 4, high: 4, victims: 'dock workers', source: 'the port authority', place: 'the port of Odesa', date: '2031-06-13', eventType: 'missile strike',
      }),
    ],
  };
}

const TOWNS = ['Kharkiv', 'Sumy', 'Zaporizhzhia', 'Kherson', 'Mykolaiv', 'Dnipro', 'Poltava', 'Chernihiv', 'Izium', 'Pokrovsk'];
const KINDS = ['shelling', 'drone strike', 'missile strike', 'air strike'] as const;

/**
 * `n` distinct pages of `perPage` claims each, for tests and benchmarks: every page its own URL,
 * date and figures, so no two claims share an id and the matcher has real work to do. `towns`
 * cycles through the pages; a benchmark passes thousands of real town names (with only a few,
 * every incident of a town is a candidate for every new claim there).
 */
export function generatedPages(n: number, perPage = 2, seed = 1, towns: readonly string[] = TOWNS): IngestInput[] {
  let s = seed >>> 0;
  const rnd = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const pages: IngestInput[] = [];
  for (let p = 0; p < n; p++) {
    const town = towns[p % towns.length]!;
    const kind = KINDS[Math.floor(rnd() * KINDS.length)]!;
    const day = `2031-${String(1 + (p % 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    const claims: Claim[] = [];
    let text = `Report ${p} from ${town}.`;
    const quotes: Array<[string, number]> = [];
    for (let k = 0; k < perPage; k++) {
      const killed = 2 + Math.floor(rnd() * 400);
      // The number leads the quote, and the marker makes every quote of the run unique.
      const quote = `${killed} people were killed in the ${kind} in ${town} on ${day} (report ${p}.${k})`;
      text += ` ${quote}, officials said.`;
      quotes.push([quote, killed]);
    }
    for (const [quote, killed] of quotes) {
      claims.push(claimAt(text, quote, String(killed), { low: killed, high: killed, victims: 'people', source: 'officials', place: town, date: day, eventType: kind }));
    }
    pages.push({
      doc: { url: `https://bench.example/${p}`, outlet: `Outlet ${p % 50}`, published: day, title: `${kind} in ${town}` },
      text,
      claims,
    });
  }
  return pages;
}
