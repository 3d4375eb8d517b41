/**
 * Dev-only: runs the incident matcher on the gold claims of the evaluation set (their place and
 * date as annotated, which is what the extractor's hints aim to give; never their incident keys)
 * and scores the grouping with the shared scorer. Lets the matcher be tuned before the extractor
 * lands; the number that counts is `npm run eval` on the extractor's own claims.
 *
 *   npx esbuild scripts/incidents-on-gold.ts --bundle --platform=node --format=esm \
 *     --packages=external --outfile=node_modules/.cache/incidents-on-gold.mjs \
 *     && node node_modules/.cache/incidents-on-gold.mjs [../shared/eval]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGazetteer } from '../lib/incidents/gazetteer-node';
import { MemoryMatcher } from '../lib/incidents/memory-matcher';
import type { MatchClaim } from '../lib/incidents/features';

const dir = process.argv[2] ?? '../shared/eval';
const readJsonl = (p: string) => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const docs = readJsonl(join(dir, 'docs.jsonl'));
const gold = readJsonl(join(dir, 'gold.jsonl'));
const matcher = new MemoryMatcher(loadGazetteer());
const out: string[] = [];
for (const d of docs) {
  const rows = gold.filter((g) => g.doc === d.id);
  const claims: MatchClaim[] = rows.map((g, i) => ({
    id: `${d.id}#${i}`, kind: g.kind, quote: g.quote, low: g.low, high: g.high, outcome: g.outcome, victims: g.victims,
    place: g.place, date: g.date, eventType: null,
  }));
  const matches = matcher.addDocument({ id: d.id, published: d.published, title: d.title, claims });
  rows.forEach((g, i) => {
    const qs = d.text.indexOf(g.quote);
    const ns = qs + g.quote.indexOf(g.number_text);
    out.push(JSON.stringify({
      doc: d.id, kind: g.kind, quoteStart: qs, quoteEnd: qs + g.quote.length, numberStart: ns,
      numberEnd: ns + g.number_text.length, low: g.low, high: g.high, outcome: g.outcome, source: g.source,
      stance: g.stance, incident: matches[i]!.incidentId,
    }));
    if (process.env.SHOW) console.log(g.incident.padEnd(34), matches[i]!.incidentId.slice(0, 8), d.id.padEnd(14), String(g.place).slice(0, 30).padEnd(30), matches[i]!.reasons.join('; ').slice(0, 150));
  });
}
const tmp = mkdtempSync(join(tmpdir(), 'cc-'));
writeFileSync(join(tmp, 'pred.jsonl'), out.join('\n') + '\n');
console.log(execFileSync('node', [join(dir, 'score.mjs'), join(dir, 'docs.jsonl'), join(dir, 'gold.jsonl'), join(tmp, 'pred.jsonl')], { encoding: 'utf8' }).split('\n').filter((l) => l.startsWith('incident')).join('\n'));
