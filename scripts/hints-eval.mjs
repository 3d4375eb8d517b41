// Scores the incident hints (lib/extract/hints) against the development set's gold `place` and
// `date`. For each gold line it finds the quote in its document, builds the HintContext the
// extractor would pass (the sentence around the quote, the doc's published date and title) and
// compares. Usage: npm run eval:hints [-- DOCS GOLD]; SHOW_MISSES=1 lists every miss.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const [docsPath = '../shared/eval/docs.jsonl', goldPath = '../shared/eval/gold.jsonl'] = process.argv.slice(2);
const showMisses = !!process.env.SHOW_MISSES;

// Bundle the TypeScript module in memory and import it from a data URL: no build output to clean.
const bundle = await build({
  entryPoints: ['lib/extract/hints/index.ts'],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  logLevel: 'warning',
});
const code = bundle.outputFiles[0].text;
const { incidentHints } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

const readJsonl = (path) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
const docs = new Map(readJsonl(docsPath).map((d) => [d.id, d]));
const gold = readJsonl(goldPath);

// A period ends a sentence unless it closes an abbreviation ("Dec. 31", "U.S.", "Mr.").
const ABBREVIATIONS = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr st gen col lt sgt capt no vs etc inc ltd jr sr u.s u.k u.n'.split(' '),
);
function isBoundary(text, i) {
  const ch = text[i];
  if (ch === '\n') return true;
  if (ch !== '.' && ch !== '!' && ch !== '?') return false;
  let j = i + 1;
  while (j < text.length && /["'”’)\]]/.test(text[j])) j++;
  if (j < text.length && !/\s/.test(text[j])) return false;
  if (ch === '.') {
    const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
    if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) return false;
  }
  return true;
}
function sentenceAround(text, start, end) {
  let s = start;
  while (s > 0 && !isBoundary(text, s - 1)) s--;
  while (s < start && /\s/.test(text[s])) s++;
  let e = end;
  while (e < text.length && !isBoundary(text, e)) e++;
  return [s, Math.min(text.length, e + 1)];
}

const normalize = (s) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '')
    .trim();
const DETERMINERS = new Set(['the', 'a', 'an', 'in', 'at', 'of']);
// The main capitalized word: the first capitalized word that is not a determiner.
function mainWord(s) {
  for (const m of s.matchAll(/[\p{Lu}][\p{L}\p{M}'’-]*/gu)) {
    const w = normalize(m[0]).replace(/^al-/, '');
    if (!DETERMINERS.has(w)) return w;
  }
  return null;
}
function placeMatches(predicted, expected) {
  if (!predicted) return false;
  const p = normalize(predicted);
  const g = normalize(expected);
  if (p.includes(g) || g.includes(p)) return true;
  const mp = mainWord(predicted);
  return mp !== null && mp === mainWord(expected);
}

let located = 0;
const place = { gold: 0, hit: 0, nullGold: 0, spurious: 0 };
const date = { gold: 0, hit: 0, nullGold: 0, spurious: 0, withFallback: 0 };
const types = new Map();
let elapsed = 0;
for (const g of gold) {
  const doc = docs.get(g.doc);
  const at = doc ? doc.text.indexOf(g.quote) : -1;
  if (at < 0) {
    console.error(`quote not found in ${g.doc}: ${g.quote.slice(0, 60)}`);
    continue;
  }
  located++;
  const [sentenceStart, sentenceEnd] = sentenceAround(doc.text, at, at + g.quote.length);
  const ctx = {
    text: doc.text,
    sentenceStart,
    sentenceEnd,
    claimStart: at,
    claimEnd: at + g.quote.length,
    published: doc.published,
    title: doc.title ?? '',
  };
  const t0 = performance.now();
  const hints = incidentHints(ctx);
  elapsed += performance.now() - t0;
  types.set(hints.eventType, (types.get(hints.eventType) ?? 0) + 1);

  if (g.place) {
    place.gold++;
    if (placeMatches(hints.place, g.place)) place.hit++;
    else if (showMisses) console.log(`PLACE ${g.doc}: gold=${JSON.stringify(g.place)} got=${JSON.stringify(hints.place)} | ${g.quote.slice(0, 80)}`);
  } else {
    place.nullGold++;
    if (hints.place) {
      place.spurious++;
      if (showMisses) console.log(`PLACE+ ${g.doc}: gold=null got=${JSON.stringify(hints.place)} | ${g.quote.slice(0, 80)}`);
    }
  }
  if (g.date) {
    date.gold++;
    // What the matcher will use: the hint, else the article's own date.
    if ((hints.date ?? doc.published?.slice(0, 10) ?? null) === g.date) date.withFallback++;
    if (hints.date === g.date) date.hit++;
    else if (showMisses) console.log(`DATE  ${g.doc} (pub ${doc.published}): gold=${g.date} got=${hints.date} | ${g.quote.slice(0, 80)}`);
  } else {
    date.nullGold++;
    if (hints.date) {
      date.spurious++;
      if (showMisses) console.log(`DATE+ ${g.doc} (pub ${doc.published}): gold=null got=${hints.date} | ${g.quote.slice(0, 80)}`);
    }
  }
}

const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : 'n/a');
console.log(`gold lines located: ${located}/${gold.length}`);
console.log(`place accuracy: ${place.hit}/${place.gold} = ${pct(place.hit, place.gold)}% (gold has a place); a place given where gold has none: ${place.spurious}/${place.nullGold}`);
console.log(`date accuracy:  ${date.hit}/${date.gold} = ${pct(date.hit, date.gold)}% (gold has a date); a date given where gold has none: ${date.spurious}/${date.nullGold}`);
console.log(`date with the matcher's fallback to the published date: ${date.withFallback}/${date.gold} = ${pct(date.withFallback, date.gold)}%`);
console.log(`event types: ${[...types].map(([k, v]) => `${k}=${v}`).join(', ')}`);
console.log(`time: ${(elapsed / located).toFixed(3)} ms per claim (first calls include JIT warm-up)`);
