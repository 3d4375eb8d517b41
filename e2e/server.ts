/**
 * A loopback HTTP server for the browser tests and the demo: serves e2e/fixtures, the generated
 * pages, and collects reports that fixture pages post (the Firefox smoke test has no other way
 * to see inside the browser).
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { liveBlog, tenKbArticle } from './generated-pages';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/**
 * Added to a page served with ?report: posts the texts of the countercheck-* highlights once there
 * are some (or after 20 s), as the page's own scripts see them.
 */
const REPORTER = `<script>
(() => {
  const t0 = Date.now();
  const tick = () => {
    const out = {};
    const reg = window.CSS && CSS.highlights;
    if (reg) for (const [name, h] of reg) out[name] = [...h].map((r) => { const x = document.createRange(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); return x.toString(); });
    const some = Object.values(out).some((a) => a.length);
    if (some || Date.now() - t0 > 20000) {
      fetch('/report', { method: 'POST', body: JSON.stringify({ page: location.pathname, userAgent: navigator.userAgent, highlightApi: !!reg, highlights: out }) });
    } else setTimeout(tick, 250);
  };
  setTimeout(tick, 250);
})();
</script>`;

export interface FixtureServer {
  origin: string;
  /** Reports posted to /report, newest last. */
  reports: unknown[];
  /** Resolves with the first report that `match` accepts. */
  waitForReport(match: (r: unknown) => boolean, timeoutMs?: number): Promise<unknown>;
  close(): Promise<void>;
}

export async function startServer(port = 0): Promise<FixtureServer> {
  const generated = new Map<string, () => string>([
    ['/live-blog.html', () => liveBlog().html],
    ['/ten-kb-article.html', () => tenKbArticle()],
  ]);
  const cache = new Map<string, string>();
  const reports: unknown[] = [];
  const waiters: Array<{ match: (r: unknown) => boolean; resolve: (r: unknown) => void }> = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'POST' && url.pathname === '/report') {
      let body = '';
      for await (const chunk of req) body += chunk;
      const report = JSON.parse(body || 'null');
      reports.push(report);
      for (const w of [...waiters]) if (w.match(report)) (waiters.splice(waiters.indexOf(w), 1), w.resolve(report));
      res.writeHead(204, { 'access-control-allow-origin': '*' }).end();
      return;
    }
    const gen = generated.get(url.pathname);
    try {
      let html: string;
      if (gen) {
        html = cache.get(url.pathname) ?? gen();
        cache.set(url.pathname, html);
      } else {
        // Canonical paths of the fixtures ("/world/2031/…") serve the file named by the last segment's page.
        const name = normalize(url.pathname).replace(/^\/+/, '') || 'index.html';
        if (name.includes('..')) throw new Error('outside');
        html = await readFile(join(FIXTURES, name.endsWith('.html') ? name : name + '.html'), 'utf8');
      }
      if (url.searchParams.has('report')) html = html.replace('</body>', REPORTER + '</body>');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    origin,
    reports,
    waitForReport(match, timeoutMs = 30_000) {
      const found = reports.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const w = { match, resolve };
        waiters.push(w);
        setTimeout(() => {
          const i = waiters.indexOf(w);
          if (i >= 0) waiters.splice(i, 1);
          reject(new Error('no matching report within ' + timeoutMs + ' ms'));
        }, timeoutMs);
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
