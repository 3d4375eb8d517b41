#!/usr/bin/env node
// Validates the own development corpus (eval/own/docs.jsonl + gold.jsonl) against the shared
// annotation guide (../shared/eval/GUIDE.md): exact substrings, field shapes and the value rules.
//
// usage: node eval/own/check.mjs [DOCS.jsonl GOLD.jsonl]
//   exits 1 on any error; warnings (e.g. a quote that occurs twice in its doc) do not fail.
import fs from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [docsPath = join(here, 'docs.jsonl'), goldPath = join(here, 'gold.jsonl')] = process.argv.slice(2);
const errors = [];
const warnings = [];
const err = (where, msg) => errors.push(`${where}: ${msg}`);
const warn = (where, msg) => warnings.push(`${where}: ${msg}`);

function readJsonl(path) {
  return fs.readFileSync(path, 'utf8').split('\n').map((line, i) => [line, i + 1]).filter(([l]) => l.trim())
    .map(([line, n]) => {
      try { return { ...JSON.parse(line), _line: n }; } catch (e) { err(`${path}:${n}`, `bad JSON: ${e.message}`); return null; }
    }).filter(Boolean);
}
const docs = readJsonl(docsPath);
const gold = readJsonl(goldPath);

// ---- docs ----
const DOC_FIELDS = ['id', 'url', 'outlet', 'published', 'title', 'lang', 'text'];
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const byId = new Map();
for (const d of docs) {
  const where = `docs:${d._line} ${d.id ?? '?'}`;
  const keys = Object.keys(d).filter(k => k !== '_line');
  for (const f of DOC_FIELDS) if (!(f in d)) err(where, `missing field ${f}`);
  for (const k of keys) if (!DOC_FIELDS.includes(k)) err(where, `unexpected field ${k}`);
  if (byId.has(d.id)) err(where, `duplicate id ${d.id}`);
  byId.set(d.id, d);
  if (typeof d.url !== 'string' || !d.url.startsWith('https://example.org/')) err(where, 'url must be an https://example.org/ address');
  if (d.published !== null && !ISO.test(d.published ?? '')) err(where, `published not YYYY-MM-DD: ${d.published}`);
  if (d.lang !== 'en') err(where, 'lang must be "en"');
  if (typeof d.text !== 'string' || !d.text.trim()) { err(where, 'empty text'); continue; }
  if (/\n(?!\n)|\n\n\n/.test(d.text.replace(/\n\n/g, '\u0000'))) err(where, 'paragraphs must be separated by exactly "\\n\\n"');
  if (d.text !== d.text.trim()) err(where, 'text has leading/trailing whitespace');
  const words = d.text.split(/\s+/).length;
  if (words < 150 || words > 500) warn(where, `${words} words (aim: 150-500)`);
}
const urls = docs.map(d => d.url);
if (new Set(urls).size !== urls.length) err('docs', 'duplicate url');

// ---- number phrases ----
const UNITS = { zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19 };
const TENS = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
// "26", "1,480", "twenty-six", "two hundred and forty", "a dozen", "two dozen", "a hundred"
function parseNumber(s) {
  s = s.trim().toLowerCase();
  if (/^\d{1,3}(,\d{3})+$|^\d+$/.test(s)) return Number(s.replace(/,/g, ''));
  if (s === 'a dozen') return 12;
  const dz = s.match(/^(\w+) dozen$/);
  if (dz) { const n = parseNumber(dz[1]); return n == null ? null : n * 12; }
  let total = 0, cur = 0, seen = false;
  for (const w of s.replace(/-/g, ' ').split(/\s+/)) {
    if (w === 'and') continue;
    if (w === 'a' && !seen) { cur = 1; seen = true; continue; }
    if (w in UNITS) cur += UNITS[w];
    else if (w in TENS) cur += TENS[w];
    else if (w === 'hundred') cur = (cur || 1) * 100;
    else if (w === 'thousand') { total += (cur || 1) * 1000; cur = 0; }
    else return null;
    seen = true;
  }
  return seen ? total + cur : null;
}

const NUM = String.raw`(\d[\d,]*|[A-Za-z][A-Za-z -]*?)`;
const APPROX_Q = /^(about|around|roughly|some|nearly|almost|closer to|an estimated|estimated|approximately)\s+(.+)$/i;
const LOW_Q = /^(at least|no fewer than|not less than)\s+(.+)$/i;
const ABOVE_Q = /^(more than|over|upwards of)\s+(.+)$/i;
const HIGH_Q = /^(up to|as many as|no more than|no greater than)\s+(.+)$/i;
const VAGUE = { dozens: 24, scores: 40, hundreds: 200, thousands: 2000, 'tens of thousands': 20000 };
const ZERO = /^(no\b|none\b|nobody\b|no one\b|not a single\b|not one\b|without any\b|zero\b)/i;

// Expected {low, high, approx} for a figure's number_text, or null if the phrase is not understood.
function expectedValue(nt) {
  const t = nt.trim().replace(/^(dozens|scores|hundreds|thousands)\s+more$/i, '$1');
  if (ZERO.test(t) && !LOW_Q.test(t) && !HIGH_Q.test(t)) return { low: 0, high: 0, approx: false };
  const vague = t.toLowerCase().replace(/^(at least|more than)\s+/, '');
  if (vague in VAGUE) return { low: VAGUE[vague], high: null, approx: true };
  let m;
  if ((m = t.match(/^all\s+(.+)$/i))) { const n = parseNumber(m[1]); return n == null ? null : { low: n, high: n, approx: false }; }
  if ((m = t.match(APPROX_Q))) { const n = parseNumber(m[2]); return n == null ? null : { low: n, high: n, approx: true }; }
  if ((m = t.match(LOW_Q))) { const n = parseNumber(m[2]); return n == null ? null : { low: n, high: null, approx: false }; }
  if ((m = t.match(/^(.+?)\s+or more$/i))) { const n = parseNumber(m[1]); return n == null ? null : { low: n, high: null, approx: false }; }
  if ((m = t.match(ABOVE_Q))) { const n = parseNumber(m[2]); return n == null ? null : { low: n + 1, high: null, approx: false }; }
  if ((m = t.match(HIGH_Q))) { const n = parseNumber(m[2]); return n == null ? null : { low: null, high: n, approx: false }; }
  if ((m = t.match(new RegExp(String.raw`^(?:between|anywhere from)\s+${NUM}\s+(?:and|to)\s+${NUM}$`, 'i'))) ||
      (m = t.match(new RegExp(String.raw`^${NUM}\s*(?:to|-|–)\s*${NUM}$`, 'i')))) {
    const a = parseNumber(m[1]), b = parseNumber(m[2]);
    if (a != null && b != null && a < b) return { low: a, high: b, approx: false };
  }
  const n = parseNumber(t);
  return n == null ? null : { low: n, high: n, approx: false };
}

// ---- gold ----
const FIG_FIELDS = ['doc', 'kind', 'quote', 'number_text', 'low', 'high', 'approx', 'outcome', 'victims', 'source', 'via', 'stance', 'incident', 'place', 'date'];
const DEN_FIELDS = [...FIG_FIELDS, 'scope'];
const OUTCOMES = ['killed', 'wounded', 'casualties', 'missing', 'captured'];
const strOrNull = v => v === null || (typeof v === 'string' && v.trim() !== '');
const spansOf = new Map(); // doc|kind -> [[start,end,line]]
const incidents = new Map();
for (const g of gold) {
  const where = `gold:${g._line} ${g.doc} ${JSON.stringify(g.number_text)}`;
  const fields = g.kind === 'denial' ? DEN_FIELDS : FIG_FIELDS;
  for (const f of fields) if (!(f in g)) err(where, `missing field ${f}`);
  for (const k of Object.keys(g)) if (k !== '_line' && !fields.includes(k)) err(where, `unexpected field ${k}`);
  if (!['figure', 'denial'].includes(g.kind)) { err(where, `bad kind ${g.kind}`); continue; }
  const d = byId.get(g.doc);
  if (!d) { err(where, `unknown doc ${g.doc}`); continue; }
  if (typeof g.quote !== 'string' || !g.quote) { err(where, 'empty quote'); continue; }
  const qAt = d.text.indexOf(g.quote);
  if (qAt < 0) { err(where, `quote is not an exact substring of the doc text: ${JSON.stringify(g.quote)}`); continue; }
  if (d.text.indexOf(g.quote, qAt + 1) >= 0) warn(where, 'quote occurs more than once in the doc');
  const nAt = g.quote.indexOf(g.number_text);
  if (!g.number_text || nAt < 0) { err(where, `number_text is not a substring of the quote ${JSON.stringify(g.quote)}`); continue; }
  if (g.quote.indexOf(g.number_text, nAt + 1) >= 0) warn(where, 'number_text occurs more than once in its quote');
  for (const f of ['victims', 'source', 'via', 'place']) if (!strOrNull(g[f])) err(where, `${f} must be a non-empty string or null`);
  if (g.date !== null && !ISO.test(g.date ?? '')) err(where, `date not YYYY-MM-DD or null: ${g.date}`);
  if (typeof g.incident !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(g.incident)) err(where, `incident key must be lower-case-kebab: ${g.incident}`);
  if (g.incident?.startsWith('aggregate-') && g.date !== null) warn(where, 'aggregate incident with a date');
  if (g.date && d.published && g.date > d.published) err(where, `event date ${g.date} after publication ${d.published}`);
  if (!incidents.has(g.incident)) incidents.set(g.incident, new Set());
  incidents.get(g.incident).add(g.doc);
  if (g.stance !== 'asserted' && g.stance !== 'denied') err(where, `bad stance ${g.stance}`);
  if (typeof g.approx !== 'boolean') err(where, 'approx must be boolean');

  if (g.kind === 'figure') {
    if (!OUTCOMES.includes(g.outcome)) err(where, `bad outcome ${g.outcome}`);
    for (const f of ['low', 'high']) if (g[f] !== null && !(Number.isInteger(g[f]) && g[f] >= 0)) err(where, `${f} must be a non-negative integer or null`);
    if (g.low === null && g.high === null) err(where, 'low and high both null');
    if (g.low !== null && g.high !== null && g.low > g.high) err(where, 'low > high');
    const exp = expectedValue(g.number_text);
    if (!exp) err(where, `cannot read the number phrase ${JSON.stringify(g.number_text)}: check the value by hand and extend check.mjs`);
    else if (exp.low !== g.low || exp.high !== g.high || exp.approx !== g.approx) {
      err(where, `value rules give low ${exp.low} high ${exp.high} approx ${exp.approx}, gold has low ${g.low} high ${g.high} approx ${g.approx}`);
    }
  } else {
    for (const f of ['low', 'high', 'outcome']) if (g[f] !== null) err(where, `${f} must be null on a denial`);
    if (g.stance !== 'asserted') err(where, 'denial lines are stance "asserted"');
    if (g.approx !== false) err(where, 'approx must be false on a denial');
    if (!['casualties', 'responsibility'].includes(g.scope)) err(where, `bad scope ${g.scope}`);
  }
  // Two claims of the same kind must not share a number span (the scorer could match only one of them).
  const key = `${g.doc}|${g.kind}`;
  if (!spansOf.has(key)) spansOf.set(key, []);
  const s = qAt + nAt, e = s + g.number_text.length;
  for (const [s2, e2, line] of spansOf.get(key)) if (s < e2 && s2 < e) err(where, `number span overlaps gold line ${line} of the same kind`);
  spansOf.get(key).push([s, e, g._line]);
}
// A denied figure should sit next to a denial in the same doc.
for (const g of gold) {
  if (g.kind === 'figure' && g.stance === 'denied' && !gold.some(h => h.doc === g.doc && h.kind === 'denial')) {
    err(`gold:${g._line} ${g.doc}`, 'figure with stance "denied" but no denial line in its doc');
  }
}

// ---- report ----
const figs = gold.filter(g => g.kind === 'figure'), dens = gold.filter(g => g.kind === 'denial');
const noClaim = docs.filter(d => !gold.some(g => g.doc === d.id)).map(d => d.id);
const multi = [...incidents].filter(([, ds]) => ds.size > 1);
console.log(`${docs.length} docs, ${figs.length} figures (${figs.filter(g => g.stance === 'denied').length} denied, ` +
  `${figs.filter(g => g.low === 0 && g.high === 0).length} zero), ${dens.length} denials ` +
  `(${dens.filter(g => g.scope === 'casualties').length} casualties, ${dens.filter(g => g.scope === 'responsibility').length} responsibility), ` +
  `${incidents.size} incidents (${multi.length} reported by more than one doc), ${noClaim.length} docs without claims`);
for (const w of warnings) console.log(`warning ${w}`);
for (const e of errors) console.log(`ERROR ${e}`);
if (errors.length) { console.log(`${errors.length} error(s)`); process.exit(1); }
console.log('ok');
