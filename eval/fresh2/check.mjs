#!/usr/bin/env node
// Checks a casualty-claim corpus: docs well formed, every gold line well formed per
// ../../../shared/eval/GUIDE.md and score.mjs, every quote an exact substring of its doc's text
// (once), every number_text inside its quote. usage: node check.mjs DOCS.jsonl GOLD.jsonl
import fs from 'node:fs';
const [docsPath, goldPath] = process.argv.slice(2);
const read = p => fs.readFileSync(p, 'utf8').split('\n').filter(l => l.trim()).map((l, i) => {
  try { return JSON.parse(l); } catch (e) { throw new Error(`${p}:${i + 1}: ${e.message}`); } });
const errs = [], warn = [];
const docs = new Map();
const iso = s => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && !isNaN(Date.parse(s));
for (const d of read(docsPath)) {
  for (const k of ['id', 'url', 'outlet', 'title', 'text']) if (typeof d[k] !== 'string' || !d[k]) errs.push(`doc ${d.id}: ${k}`);
  if (d.published !== null && !iso(d.published)) errs.push(`doc ${d.id}: published`);
  if (d.lang !== 'en') errs.push(`doc ${d.id}: lang`);
  if (docs.has(d.id)) errs.push(`doc ${d.id}: duplicate id`);
  if (/\n{3,}|^\s|\s$/.test(d.text)) errs.push(`doc ${d.id}: paragraph spacing`);
  const words = d.text.split(/\s+/).filter(Boolean).length;
  if (words < 80 || words > 400) errs.push(`doc ${d.id}: ${words} words`);
  docs.set(d.id, d);
}
const count = (t, s) => { let n = 0; for (let i = t.indexOf(s); i >= 0; i = t.indexOf(s, i + 1)) n++; return n; };
const intOrNull = v => v === null || Number.isInteger(v);
const strOrNull = v => v === null || (typeof v === 'string' && v.length > 0);
const gold = read(goldPath);
gold.forEach((g, i) => {
  const at = `gold ${i + 1} (${g.doc})`;
  const d = docs.get(g.doc);
  if (!d) { errs.push(`${at}: unknown doc`); return; }
  if (!['figure', 'denial'].includes(g.kind)) errs.push(`${at}: kind`);
  if (typeof g.quote !== 'string' || !g.quote) { errs.push(`${at}: quote`); return; }
  if (typeof g.number_text !== 'string' || !g.number_text) { errs.push(`${at}: number_text`); return; }
  const n = count(d.text, g.quote);
  if (n === 0) errs.push(`${at}: quote not in text: ${JSON.stringify(g.quote)}`);
  else if (n > 1) warn.push(`${at}: quote occurs ${n} times`);
  if (!g.quote.includes(g.number_text)) errs.push(`${at}: number_text ${JSON.stringify(g.number_text)} not in quote`);
  if (typeof g.approx !== 'boolean') errs.push(`${at}: approx`);
  if (!['asserted', 'denied'].includes(g.stance)) errs.push(`${at}: stance`);
  for (const k of ['victims', 'source', 'via', 'place']) if (!strOrNull(g[k])) errs.push(`${at}: ${k}`);
  if (!(g.date === null || iso(g.date))) errs.push(`${at}: date`);
  if (typeof g.incident !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(g.incident)) errs.push(`${at}: incident`);
  if (g.kind === 'figure') {
    if (!intOrNull(g.low) || !intOrNull(g.high) || (g.low === null && g.high === null)) errs.push(`${at}: low/high`);
    if (g.low !== null && g.high !== null && g.low > g.high) errs.push(`${at}: low > high`);
    if (!['killed', 'wounded', 'casualties', 'missing', 'captured'].includes(g.outcome)) errs.push(`${at}: outcome`);
    if ('scope' in g) errs.push(`${at}: scope on a figure`);
  } else {
    if (g.low !== null || g.high !== null) errs.push(`${at}: denial with low/high`);
    if (!['casualties', 'responsibility'].includes(g.scope)) errs.push(`${at}: scope`);
    if (g.stance !== 'asserted') errs.push(`${at}: denial stance`);
  }
});
// two gold claims of one kind on the very same number span would be unscorable
const spans = new Map();
for (const g of gold) {
  const d = docs.get(g.doc); if (!d) continue;
  const qs = d.text.indexOf(g.quote), ns = qs + g.quote.indexOf(g.number_text);
  const key = `${g.doc}|${g.kind}|${ns}`;
  if (spans.has(key)) errs.push(`gold (${g.doc}): two ${g.kind}s on one span ${JSON.stringify(g.number_text)}`);
  spans.set(key, 1);
}
for (const w of warn) console.log('warn', w);
for (const e of errs) console.log('ERROR', e);
console.log(errs.length ? `${errs.length} errors` : 'ok');
process.exit(errs.length ? 1 : 0);
