/**
 * One MutationObserver for pages that add text later (live blogs, infinite scroll, single-page
 * apps). Its callback only queues nodes; after a short quiet period (or at most `maxWaitMs` into a
 * burst) the queue becomes the list of paragraph-level blocks that are new or changed, so only
 * they are read again.
 */
import { BLOCKS, isSkipped, type ArticleTextOptions } from './article-text';
import type { Timers } from './scheduler';

const ELEMENT_NODE = 1;

export interface WatchOptions {
  timers: Timers;
  signal: AbortSignal;
  /** Nodes of our own UI, never read. */
  isOurs: (n: Node) => boolean;
  textOptions?: ArticleTextOptions;
  quietMs?: number;
  maxWaitMs?: number;
}

/** The nearest block-level element holding `n` (itself when it is one). */
export function blockOf(n: Node): Element | null {
  let el: Node | null = n.nodeType === ELEMENT_NODE ? n : n.parentNode;
  while (el && el.nodeType === ELEMENT_NODE) {
    const name = (el as Element).localName.toLowerCase();
    if (BLOCKS.has(name) && name !== 'html') return el as Element;
    el = el.parentNode;
  }
  return null;
}

/** Whether `el` or an ancestor is left out of the article text (navigation, hidden, editable…). */
export function insideSkipped(el: Element, options: ArticleTextOptions = {}): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isSkipped(e, options)) return true;
  return false;
}

export class PageWatch {
  private readonly observer: MutationObserver;
  private pending: Node[] = [];
  private removed = false;
  private timer = 0;
  private firstAt = 0;

  constructor(
    private readonly root: Node,
    private readonly onChange: (blocks: Element[], somethingRemoved: boolean) => void,
    private readonly o: WatchOptions,
  ) {
    this.observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'characterData') this.pending.push(r.target);
        else {
          for (const n of Array.from(r.addedNodes)) this.pending.push(n);
          if (r.removedNodes.length) this.removed = true;
        }
      }
      this.schedule();
    });
    o.signal.addEventListener('abort', () => this.observer.disconnect(), { once: true });
  }

  start(): void {
    if (this.o.signal.aborted) return;
    this.observer.observe(this.root, { childList: true, subtree: true, characterData: true });
  }

  private schedule(): void {
    const now = Date.now();
    if (!this.firstAt) this.firstAt = now;
    const wait = Math.min(this.o.quietMs ?? 150, Math.max(0, this.firstAt + (this.o.maxWaitMs ?? 600) - now));
    if (this.timer) clearTimeout(this.timer);
    this.timer = this.o.timers.setTimeout(() => this.flush(), wait);
  }

  /** Turns the queued nodes into blocks (deduplicated, outermost only) and reports them. */
  flush(): void {
    this.timer = 0;
    this.firstAt = 0;
    if (this.o.signal.aborted) return;
    const nodes = this.pending;
    const removed = this.removed;
    this.pending = [];
    this.removed = false;
    const blocks = new Set<Element>();
    for (const n of nodes) {
      if (!n.isConnected || this.o.isOurs(n)) continue;
      const b = blockOf(n);
      if (b && !insideSkipped(b, this.o.textOptions)) blocks.add(b);
    }
    // A block inside another queued block is read with it.
    const list = [...blocks].filter((b) => {
      for (let p = b.parentElement; p; p = p.parentElement) if (blocks.has(p)) return false;
      return true;
    });
    if (list.length || removed) this.onChange(list, removed);
  }
}
