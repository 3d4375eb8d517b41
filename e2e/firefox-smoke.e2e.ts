/**
 * Smoke test in Firefox ESR: `web-ext run` (headless) loads the Firefox build, opens a fixture
 * article, and the page itself reports the highlights it sees to our loopback server (there is no
 * automation channel into a web-ext run browser).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type FixtureServer } from './server';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const DIST = resolve(import.meta.dirname, '../.output/firefox-mv2');

let server: FixtureServer | null = null;
let child: ChildProcess | null = null;
let profile: string | null = null;

afterAll(async () => {
  // web-ext run never exits by itself: stop its whole process group (Firefox included).
  if (child?.pid) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  await server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

describe('Firefox ESR smoke test', () => {
  it('highlights the figures of a fixture article', async () => {
    expect(existsSync(FIREFOX), `${FIREFOX} is missing (apt-get install -y firefox-esr)`).toBe(true);
    expect(existsSync(join(DIST, 'manifest.json')), 'run `wxt build -b firefox` first (npm run test:e2e does)').toBe(true);
    server = await startServer();
    profile = await mkdtemp(join(tmpdir(), 'countercheck-firefox-'));
    const bin = resolve(import.meta.dirname, '../node_modules/.bin/web-ext');
    child = spawn(
      bin,
      ['run', '--target', 'firefox-desktop', '--firefox', FIREFOX, '--firefox-profile', profile, '--no-reload', '--no-input', '--source-dir', DIST, '--start-url', `${server.origin}/harbour-post-velmora.html?report`],
      { env: { ...process.env, MOZ_HEADLESS: '1' }, detached: true, stdio: 'ignore' },
    );
    const report = (await server.waitForReport((r) => (r as { page?: string }).page === '/harbour-post-velmora.html', 90_000)) as {
      highlightApi: boolean;
      userAgent: string;
      highlights: Record<string, string[]>;
    };
    expect(report.userAgent).toMatch(/Firefox/);
    expect(report.highlightApi).toBe(true);
    expect(report.highlights['countercheck-number']).toEqual(expect.arrayContaining(['at least 12', '31']));
    expect(report.highlights['countercheck-figure']).toContain('at least 12 people were killed');
  }, 150_000);
});
