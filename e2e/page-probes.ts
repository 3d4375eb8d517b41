/** What the tests read from pages: highlight texts, the overlay's text (closed shadow root), timings. */
import type { Page } from 'playwright-core';

/** Text of every range of every countercheck-* highlight, by name (as the page's own scripts see them). */
export function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
    for (const [name, h] of registry) {
      out[name] = [...h].map((r) => {
        const x = document.createRange();
        x.setStart(r.startContainer, r.startOffset);
        x.setEnd(r.endContainer, r.endOffset);
        return x.toString();
      });
    }
    return out;
  });
}

/** The 'countercheck:highlighted' mark's numbers, once the first read is done (null if it never comes). */
export async function readMetrics(page: Page, timeoutMs = 20_000): Promise<{ busyMs: number; wallMs: number; longestMs: number; claims: number; chars: number; startTime: number } | null> {
  try {
    await page.waitForFunction(() => performance.getEntriesByName('countercheck:highlighted').length > 0, null, { timeout: timeoutMs, polling: 100 });
  } catch {
    return null;
  }
  return page.evaluate(() => {
    const m = performance.getEntriesByName('countercheck:highlighted')[0] as PerformanceMark;
    return { ...(m.detail as { busyMs: number; wallMs: number; longestMs: number; claims: number; chars: number }), startTime: m.startTime };
  });
}

interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/**
 * The text inside our overlay. Its shadow root is closed (page scripts cannot read it), so the
 * test reads it the way devtools do: the DOM domain of the DevTools protocol with pierce: true.
 */
export async function overlayText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const parts: string[] = [];
    const collect = (n: CdpNode, inside: boolean) => {
      if (n.nodeName === 'STYLE') return;
      const here = inside || n.nodeName.toLowerCase() === 'countercheck-overlay';
      if (here && n.nodeType === 3 && n.nodeValue) parts.push(n.nodeValue);
      for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) collect(c, here);
    };
    collect(root, false);
    return parts.join(' ').replace(/\s+/g, ' ');
  } finally {
    await cdp.detach();
  }
}

/** Polls `overlayText` until `predicate` holds. */
export async function waitForOverlay(page: Page, predicate: (text: string) => boolean, timeoutMs = 15_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < until) {
    text = await overlayText(page);
    if (predicate(text)) return text;
    await page.waitForTimeout(150);
  }
  throw new Error(`overlay never matched; last text: ${text.slice(0, 500)}`);
}

/** Long tasks the page saw (recorded by an init script from the start of the page). */
export function longTasks(page: Page): Promise<Array<{ start: number; duration: number }>> {
  return page.evaluate(() => (window as unknown as { __ccLongTasks: Array<{ start: number; duration: number }> }).__ccLongTasks ?? []);
}

export const LONG_TASK_RECORDER = `
  window.__ccLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__ccLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

/** Viewport centre of the first occurrence of `text` in the page (for clicking a figure). */
export function pointOfText(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(needle);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + needle.length);
      (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      // The first line box: a phrase that wraps has a bounding box spanning other words.
      const b = r.getClientRects()[0]!;
      return { x: b.left + Math.min(b.width / 2, 20), y: b.top + b.height / 2 };
    }
    throw new Error('text not on page: ' + needle);
  }, text);
}
