/**
 * Dev-only: why incident B3 is what it is. Runs the matcher over an eval run's predictions (the
 * extractor's own place, date and event-type hints, as `npm run eval` does), pairs them with the
 * gold claims the way the scorer does, and prints the confusion: every predicted incident holding
 * claims of more than one gold incident (merged), and every gold incident spread over more than
 * one predicted incident (split), each claim with its hints, its resolved place and the matcher's
 * reasons.
 *
 *   npx esbuild scripts/incident-confusion.ts --bundle --platform=node --format=esm \
 *     --packages=external --outfile=node_modules/.cache/incident-confusion.mjs \
 *     && node node_modules/.cache/incident-confusion.mjs DOCS.jsonl GOLD.jsonl [PRED.jsonl]
 *
 * PRED defaults to bench/out/eval-predictions.jsonl (the last `npm run eval`, which must have been
 * run on the same DOCS).
 */
import { readFileSync } from 'node:fs';
import { loadGazetteer } from '../lib/incidents/gazetteer-node';
import { MemoryMatcher } from '../lib/incidents/memory-matcher';
import type { MatchClaim } from '../lib/incidents/features';

const [docsPath, goldPath, predPath = 'bench/out/eval-predictions.jsonl'] = process.argv.slice(2);
if (!docsPath || !goldPath) {
  console.error('usage: incident-confusion DOCS.jsonl GOLD.jsonl [PRED.jsonl]');
  process.exit(1);
}
const readJsonl = (p: string) => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const docs = readJsonl(docsPath);
const gold = readJsonl(goldPath);
const pred = readJsonl(predPath);
const textOf = new Map(docs.map((d) => [d.id, d.text as string]));

// Re-run the matcher to see what it read and why it decided (ids match the CLI's: same order).
const matcher = new MemoryMatcher(loadGazetteer());
const info = new Map<object, { incident: string; reasons: string[]; resolved: string; scale: string }>();
for (const d of docs) {
  const rows = pred.filter((p) => p.doc === d.id);
  if (!rows.length) continue;
  const claims: MatchClaim[] = rows.map((p, i) => ({ ...p, id: `${d.id}#${i}` }));
  const matches = matcher.addDocument({ id: d.id, published: d.published, title: d.title, claims });
  rows.forEach((p, i) => {
    const f = matcher.features.get(`${d.id}#${i}`)!;
    const r = f.place;
    const resolved = r ? `${r.name}/${r.level}/${r.admin1 ?? r.country ?? '?'}` : '-';
    info.set(p, { incident: matches[i]!.incidentId, reasons: matches[i]!.reasons, resolved, scale: f.scale });
  });
}

// Pair gold and predicted claims as the scorer does (number span overlap; a denial's quote covers the cue).
const spans = (g: any): Array<[number, number]> => {
  const text = textOf.get(g.doc)!;
  const out: Array<[number, number]> = [];
  for (let q = text.indexOf(g.quote); q >= 0; q = text.indexOf(g.quote, q + 1)) {
    const n = g.quote.indexOf(g.number_text);
    if (n >= 0) out.push([q + n, q + n + g.number_text.length]);
  }
  return out;
};
const used = new Set<object>();
const pairs: Array<[any, any]> = [];
for (const g of gold) {
  const ss = spans(g);
  const p = pred.find((p) => {
    if (used.has(p) || p.doc !== g.doc || p.kind !== g.kind) return false;
    const [ps, pe] = g.kind === 'figure' ? [p.numberStart, p.numberEnd] : [p.quoteStart, p.quoteEnd];
    return ss.some(([s, e]) => s < pe && ps < e);
  });
  if (p) {
    used.add(p);
    pairs.push([g, p]);
  }
}

const line = (g: any, p: any) => {
  const i = info.get(p)!;
  return `    ${g.incident.padEnd(42)} ${g.doc.padEnd(14)} ${JSON.stringify(p.numberText).padEnd(16)} place=${JSON.stringify(p.place)} -> ${i.resolved}  date=${p.date} type=${p.eventType} ${i.scale}\n        ${i.reasons.join('; ')}`;
};
const byPred = new Map<string, Array<[any, any]>>();
const byGold = new Map<string, Array<[any, any]>>();
for (const pr of pairs) {
  const id = info.get(pr[1])!.incident;
  byPred.set(id, [...(byPred.get(id) ?? []), pr]);
  byGold.set(pr[0].incident, [...(byGold.get(pr[0].incident) ?? []), pr]);
}
console.log('MERGED (one predicted incident, several gold incidents)');
for (const [id, ps] of byPred) {
  const keys = new Set(ps.map(([g]) => g.incident));
  if (keys.size < 2) continue;
  console.log(`  ${id} <- ${[...keys].join(', ')}`);
  for (const [g, p] of ps) console.log(line(g, p));
}
console.log('SPLIT (one gold incident, several predicted incidents)');
for (const [key, ps] of byGold) {
  const ids = new Set(ps.map(([, p]) => info.get(p)!.incident));
  if (ids.size < 2) continue;
  console.log(`  ${key} -> ${ids.size} incidents`);
  for (const [g, p] of ps) console.log(`  [${info.get(p)!.incident.slice(0, 10)}]` + line(g, p).slice(2));
}
