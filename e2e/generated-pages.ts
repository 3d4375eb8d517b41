/**
 * Pages generated from our own sentence templates, deterministic (seeded): a 1 MB live blog with
 * a casualty figure in about a third of its entries, and a ~10 KB article for the timing target.
 */
import { mulberry32 as rng } from '../lib/test-support/random';

const TOWNS = ['Velmora', 'Kesmir', 'Ostrava Nova', 'Linden Ford', 'Barrow Quay', 'Tarrin', 'Elsmere', 'Dunholt'];
const SOURCES = ['regional health officials', 'the rescue service', 'the governor', 'local medics', 'the defence ministry', 'a hospital spokeswoman'];
const EVENTS = ['shelling', 'a drone strike', 'a missile strike', 'an explosion at a depot', 'flooding'];
const FILLER = [
  'Queues formed outside the bakery on the main square as the power came back on in the afternoon.',
  'The mayor said schools would stay closed until the end of the week while engineers inspected the buildings.',
  'Volunteers handed out blankets and drinking water at the railway station, where trains ran with long delays.',
  'Road crews cleared debris from the bridge approach, and traffic resumed in one direction by the evening.',
  'A convoy of aid lorries reached the district warehouse after a two-day wait at the checkpoint.',
  'Residents said the sirens sounded three times overnight, but most slept in their flats rather than the shelters.',
  'The regional council published a list of the roads that remain closed and the detours drivers should take.',
  'Market traders said prices for vegetables had doubled since the bridge to the farms was damaged last month.',
];

function figureSentence(r: () => number): string {
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
  const n = 2 + Math.floor(r() * 60);
  const town = pick(TOWNS);
  const src = pick(SOURCES);
  const forms = [
    `${cap(src)} said at least ${n} people were killed in ${pick(EVENTS)} in ${town} on Tuesday.`,
    `The death toll from ${pick(EVENTS)} in ${town} rose to ${n}, ${src} said.`,
    `${n} people were wounded in ${town} overnight, according to ${src}.`,
    `${cap(src)} said ${n} civilians died when ${pick(EVENTS)} hit ${town}.`,
  ];
  return pick(forms);
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function shell(title: string, outlet: string, published: string, body: string, type = 'article'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta property="og:site_name" content="${esc(outlet)}"><meta property="og:type" content="${type}">
<meta property="article:published_time" content="${published}">
<style>body{font:17px/1.6 Arial,sans-serif;max-width:44rem;margin:0 auto;padding:1rem 1.5rem}.entry{border-top:1px solid #ddd;padding-top:.5rem}time{color:#666;font-size:14px}</style>
</head><body><article><h1>${esc(title)}</h1>${body}</article></body></html>`;
}

/** A live blog of about `bytes` bytes of HTML; `entries` tells how many entries it has. */
export function liveBlog(bytes = 1_048_576): { html: string; entries: number } {
  const r = rng(7);
  const parts: string[] = [];
  let size = 0;
  let i = 0;
  while (size < bytes - 2000) {
    const sentences: string[] = [];
    for (let k = 0; k < 3 + Math.floor(r() * 3); k++) sentences.push(r() < 0.12 ? figureSentence(r) : FILLER[Math.floor(r() * FILLER.length)]!);
    const hh = String(23 - (Math.floor(i / 60) % 24)).padStart(2, '0');
    const mm = String(59 - (i % 60)).padStart(2, '0');
    const entry = `<div class="entry"><time>${hh}:${mm}</time><p>${esc(sentences.join(' '))}</p></div>\n`;
    parts.push(entry);
    size += entry.length;
    i++;
  }
  return { html: shell('Live: the war in the river towns, day 412', 'Northern Ledger', '2031-04-12T06:00:00Z', parts.join(''), 'article'), entries: i };
}

/** An article of about 10 KB of text with nine casualty sentences among ordinary reporting. */
export function tenKbArticle(): string {
  const r = rng(11);
  const paras: string[] = [];
  let chars = 0;
  let figures = 0;
  while (chars < 10_000) {
    const s: string[] = [];
    for (let k = 0; k < 4; k++) s.push(figures < 9 && r() < 0.3 ? (figures++, figureSentence(r)) : FILLER[Math.floor(r() * FILLER.length)]!);
    const p = s.join(' ');
    paras.push(`<p>${esc(p)}</p>`);
    chars += p.length + 2;
  }
  return shell('Across the river towns, a week of strikes and floods', 'The Harbour Post', '2031-04-14T08:00:00Z', paras.join('\n'));
}
