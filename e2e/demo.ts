/**
 * `npm run demo`: the built extension in Chromium on the bundled sample articles (e2e/fixtures).
 * With a display, the browser opens and stays open until you close it. Without one (a server, CI),
 * it runs headless, reads the three reports of the Velmora incident, opens the compare card and
 * the popup, and writes screenshots to .output/demo/ (or $COUNTERCHECK_DEMO_DIR).
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './browser';
import { pointOfText, readMetrics, waitForOverlay } from './page-probes';
import { startServer } from './server';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}. On Debian/Ubuntu: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
  process.exit(1);
}
const headed = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.COUNTERCHECK_HEADLESS !== '1';
const outDir = resolve(process.env.COUNTERCHECK_DEMO_DIR ?? join(import.meta.dirname, '../.output/demo'));
const ARTICLES = ['/northern-ledger-velmora.html', '/daily-meridian-velmora.html', '/harbour-post-velmora.html'];

const server = await startServer(Number(process.env.PORT ?? 0));
const browser = await launchWithExtension({ headless: !headed });
console.log(`Sample articles served at ${server.origin}/ — extension ${browser.extensionId} loaded.`);

try {
  const pages = [];
  for (const path of ARTICLES) {
    const page = await browser.context.newPage();
    await page.goto(server.origin + path);
    const m = await readMetrics(page);
    console.log(`${path}: ${m?.claims ?? 0} claims highlighted`);
    pages.push(page);
  }
  const page = pages[pages.length - 1]!;
  if (headed) {
    console.log('Hover or click a highlighted figure to compare sources. Close the browser window to stop.');
    await new Promise((resolve) => browser.context.on('close', resolve));
  } else {
    await mkdir(outDir, { recursive: true });
    await page.screenshot({ path: join(outDir, 'highlights.png') });
    const at = await pointOfText(page, 'were killed');
    await page.mouse.click(at.x, at.y);
    await waitForOverlay(page, (t) => t.includes('Northern Ledger'));
    await page.screenshot({ path: join(outDir, 'card.png') });
    await page.bringToFront();
    const tabId = await browser.worker.evaluate(async () => {
      const g = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } };
      return (await g.chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!;
    });
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 640 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('li.incident').first().waitFor();
    await popup.screenshot({ path: join(outDir, 'popup.png') });
    console.log(`No display: ran headless. Screenshots written to ${outDir}/ (highlights.png, card.png, popup.png).`);
  }
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}
