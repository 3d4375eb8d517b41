/**
 * The content script's work on one page: decide whether to read it, read its article text in
 * time slices, have the background extract and store the claims, highlight them, follow text
 * the page adds later, and answer pointer, keyboard and popup requests. Everything it starts is
 * tied to an AbortSignal that WXT's content-script context aborts on update or uninstall, and
 * that a settings change (pause, site off) aborts too.
 */
import type { BackgroundMethods, ClaimSummary, DocInput, PageState, ReadClaim } from '../messaging/protocol';
import type { Client } from '../messaging/rpc';
import { anchorClaims, liveRange, type Anchor } from './anchor';
import type { ArticleTextOptions } from './article-text';
import { Highlighter } from './highlight';
import { anchorAt } from './hit-test';
import { readPageMeta, siteOf, type PageMeta } from './page-meta';
import { PageWatch } from './page-watch';
import { cutPieces } from './pieces';
import { AbortedError, Slicer, type Timers } from './scheduler';
import { decide, getHiddenClaims, getSettings, watchSettings } from './site-settings';
import { TextMapBuilder, type TextMap } from './text-map';

/** What the session needs from the overlay UI (components/page-overlay.tsx). */
export interface PageUi {
  /** Mounts the overlay; called when the page is first read (quiet pages get no overlay at all). */
  prepare(): Promise<void>;
  /** Our own nodes in the page (the shadow host), which the reader and the pointer handlers skip. */
  isOurs(n: Node): boolean;
  showHint(rect: DOMRect, text: string): void;
  hideHint(): void;
  openCard(claim: ReadClaim, rect: DOMRect, keyboard: boolean): void;
  closeCard(): void;
  announce(text: string): void;
}

export interface SessionEnv {
  timers: Timers;
  /** Aborted when the extension is updated or removed (WXT ctx.signal). */
  signal: AbortSignal;
  background: Client<BackgroundMethods>;
  ui: PageUi;
  doc: Document;
  hintText(summary: ClaimSummary | undefined): string;
}

/** Timings of the first read, exposed as a performance mark for the browser tests. */
export interface ReadMetrics {
  /** Main-thread time the content script spent from its start until the highlights were set. */
  busyMs: number;
  /** Wall-clock time for the same (includes the background's extraction). */
  wallMs: number;
  longestMs: number;
  /** Main-thread time of the text map alone. */
  mapMs: number;
  claims: number;
  chars: number;
}

const SUMMARY_TTL_MS = 15_000;

export class PageSession {
  private run: AbortController | null = null;
  private anchors: Anchor[] = [];
  private byNode = new WeakMap<Node, Anchor[]>();
  private readonly summaries = new Map<string, { s: ClaimSummary; at: number }>();
  private hidden = new Set<string>();
  private readonly highlighter = new Highlighter();
  private meta: PageMeta | null = null;
  private reason: PageState['reason'] = 'not-article';
  private showDenials = true;
  private focus = -1;
  private hovered: Anchor | null = null;
  private hoverFrame = false;
  private readonly startedAt = performance.now();
  private readonly textOptions: ArticleTextOptions;
  metrics: ReadMetrics | null = null;

  constructor(private readonly env: SessionEnv) {
    const hasCheck = typeof (env.doc.documentElement as Element & { checkVisibility?: unknown }).checkVisibility === 'function';
    this.textOptions = {
      // Stylesheet-hidden text is not prose a reader sees. display: contents has no box but shows its children.
      isHidden: hasCheck
        ? (el) => !el.checkVisibility() && env.doc.defaultView?.getComputedStyle(el).display !== 'contents'
        : undefined,
    };
    env.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  /** Reads the settings and the page, then starts or stays quiet; follows settings changes afterwards. */
  async start(): Promise<void> {
    const stopWatching = watchSettings((what) => {
      if (what === 'hidden') void this.refreshHidden();
      else void this.reconsider();
    });
    this.env.signal.addEventListener('abort', stopWatching, { once: true });
    await this.reconsider();
  }

  /** Re-evaluates whether to read this page (after a settings change or an SPA navigation). */
  async reconsider(force = false): Promise<void> {
    const settings = await getSettings();
    if (this.env.signal.aborted) return;
    this.meta = readPageMeta(this.env.doc, this.env.doc.location?.href ?? '');
    const d = decide(settings, siteOf(this.meta.url), this.meta.articleSignal !== null);
    if (settings.showDenials !== this.showDenials && this.run) force = true;
    this.showDenials = settings.showDenials;
    this.reason = d.reason;
    if (!d.active) this.stop();
    else if (!this.run || force) {
      this.stop();
      this.hidden = await getHiddenClaims();
      await this.activate();
    }
  }

  /** Removes every highlight and listener and disconnects the observer; the settings watcher stays. */
  stop(): void {
    this.run?.abort();
    this.run = null;
    this.anchors = [];
    this.byNode = new WeakMap();
    this.focus = -1;
    this.hovered = null;
    this.highlighter.uninstall();
    this.env.ui.hideHint();
    this.env.ui.closeCard();
  }

  get active(): boolean {
    return this.run !== null;
  }

  /** The popup's view of this page. */
  pageState(): PageState {
    const url = this.env.doc.location?.href ?? '';
    return {
      url,
      site: siteOf(url),
      active: this.active,
      reason: this.reason,
      title: this.meta?.title ?? null,
      claimIds: [...new Set(this.sortedAnchors().map((a) => a.claim.id))],
      highlightsSupported: this.highlighter.supported,
    };
  }

  private docInput(): DocInput {
    const m = this.meta!;
    return { url: m.url, canonicalUrl: m.canonicalUrl, outlet: m.outlet, title: m.title, published: m.published, lang: m.lang };
  }

  private async activate(): Promise<void> {
    const run = new AbortController();
    this.run = run;
    const signal = run.signal;
    const slicer = new Slicer(this.env.timers, signal);
    await this.env.ui.prepare();
    if (signal.aborted) return;
    this.highlighter.install();
    this.listen(signal);
    const watch = new PageWatch(this.env.doc, (blocks, removed) => void this.onChange(blocks, removed, slicer), {
      timers: this.env.timers,
      signal,
      isOurs: (n) => this.env.ui.isOurs(n),
      textOptions: this.textOptions,
    });
    try {
      // Watch from the start so text added during the first read is not missed (it is read after it).
      watch.start();
      await slicer.afterFrame();
      const claims = await this.readRoot(this.env.doc, slicer, signal);
      const now = performance.now();
      this.metrics = { busyMs: slicer.busyMs, wallMs: now - this.startedAt, longestMs: slicer.longestMs, mapMs: this.lastMapMs, claims, chars: this.lastChars };
      try {
        performance.mark('countercheck:highlighted', { detail: { ...this.metrics } });
      } catch {
        // A page may have replaced performance.mark; the numbers are only for tests.
      }
      await this.refreshSummaries(this.anchors.map((a) => a.claim.id), signal);
    } catch (e) {
      if (!(e instanceof AbortedError)) throw e;
    }
  }

  private lastChars = 0;
  private lastMapMs = 0;

  /** Reads `root` (the document, or a block that changed) and highlights its claims; returns how many. */
  private async readRoot(root: Document | Element, slicer: Slicer, signal: AbortSignal): Promise<number> {
    const builder = new TextMapBuilder(root, this.textOptions);
    const busyBefore = slicer.busyMs;
    await slicer.run((y) => builder.step(y));
    this.lastMapMs = slicer.busyMs - busyBefore;
    const map: TextMap = builder.result();
    this.lastChars = map.text.length;
    if (!map.text.trim()) return 0;
    const doc = this.docInput();
    const pieces = slicer.measure(() => cutPieces(map.text));
    // All pieces go out at once (the background reads them in order); answers are anchored as they come.
    const answers = pieces.map((p) => slicer.measure(() => this.env.background.read({ doc, text: p.text, from: p.from })));
    let count = 0;
    for (let i = 0; i < pieces.length; i++) {
      const res = await answers[i]!;
      if (signal.aborted) throw new AbortedError();
      if (!res.ok) {
        // The extension was updated or the background failed: nothing to highlight from this piece.
        if (res.error.code === 'no-receiver') throw new AbortedError();
        continue;
      }
      const anchors = slicer.measure(() => anchorClaims(map, res.value.claims, pieces[i]!.start, this.env.doc));
      await slicer.each(anchors, (a) => this.addAnchor(a));
      count += anchors.length;
    }
    return count;
  }

  private addAnchor(a: Anchor): void {
    if (this.hidden.has(a.claim.id) || (a.claim.kind === 'denial' && !this.showDenials)) return;
    this.anchors.push(a);
    for (const n of a.nodes) {
      const list = this.byNode.get(n);
      if (list) list.push(a);
      else this.byNode.set(n, [a]);
    }
    this.drawAnchor(a);
  }

  private drawAnchor(a: Anchor): void {
    if (a.claim.kind === 'denial') this.highlighter.add('denial', a.quote);
    else {
      this.highlighter.add('figure', a.quote);
      this.highlighter.add('number', a.number);
      if (this.summaries.get(a.claim.id)?.s.contested) this.highlighter.add('contested', a.quote);
    }
  }

  private removeAnchors(drop: (a: Anchor) => boolean): void {
    const keep: Anchor[] = [];
    for (const a of this.anchors) {
      if (!drop(a)) {
        keep.push(a);
        continue;
      }
      for (const k of ['figure', 'number', 'denial', 'contested', 'focus'] as const) this.highlighter.delete(k, k === 'number' ? a.number : a.quote);
      for (const n of a.nodes) {
        const list = this.byNode.get(n);
        if (list) this.byNode.set(n, list.filter((x) => x !== a));
      }
    }
    this.anchors = keep;
    this.focus = -1;
  }

  /** New or changed blocks: drop their old anchors, read them again. */
  private async onChange(blocks: Element[], removed: boolean, slicer: Slicer): Promise<void> {
    const signal = this.run?.signal;
    if (!signal || signal.aborted) return;
    try {
      if (removed) this.removeAnchors((a) => !a.nodes[0]?.isConnected);
      const fresh: string[] = [];
      for (const b of blocks) {
        if (!b.isConnected) continue;
        this.removeAnchors((a) => b.contains(a.nodes[0] ?? null));
        const before = this.anchors.length;
        await this.readRoot(b, slicer, signal);
        fresh.push(...this.anchors.slice(before).map((a) => a.claim.id));
      }
      if (fresh.length) await this.refreshSummaries(fresh, signal);
    } catch (e) {
      if (!(e instanceof AbortedError)) throw e;
    }
  }

  /** Asks the background for hints and contested marks of `ids`, and redraws the contested ones. */
  private async refreshSummaries(ids: string[], signal: AbortSignal): Promise<void> {
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += 500) {
      const res = await this.env.background.summaries({ claimIds: unique.slice(i, i + 500) });
      if (signal.aborted || !res.ok) return;
      const at = Date.now();
      for (const s of res.value) this.summaries.set(s.claimId, { s, at });
    }
    this.highlighter.clear('contested');
    for (const a of this.anchors) if (a.claim.kind === 'figure' && this.summaries.get(a.claim.id)?.s.contested) this.highlighter.add('contested', a.quote);
  }

  private async refreshHidden(): Promise<void> {
    this.hidden = await getHiddenClaims();
    this.removeAnchors((a) => this.hidden.has(a.claim.id));
  }

  private sortedAnchors(): Anchor[] {
    return [...this.anchors].sort((a, b) => {
      const na = a.nodes[0];
      const nb = b.nodes[0];
      if (!na || !nb || na === nb) return a.claim.quoteStart - b.claim.quoteStart;
      return na.compareDocumentPosition(nb) & 4 /* FOLLOWING */ ? -1 : 1;
    });
  }

  private rectOf(a: Anchor): DOMRect | null {
    return liveRange(a.quote, this.env.doc)?.getBoundingClientRect() ?? null;
  }

  /** Moves the keyboard focus to the next or previous claim; scrolls it into view and announces it. */
  focusClaim(direction: 1 | -1): boolean {
    const list = this.sortedAnchors();
    if (!list.length) return false;
    const current = this.focus >= 0 ? this.anchors[this.focus] : undefined;
    let i = current ? list.indexOf(current) : -1;
    i = i < 0 ? (direction > 0 ? 0 : list.length - 1) : (i + direction + list.length) % list.length;
    const a = list[i]!;
    this.focus = this.anchors.indexOf(a);
    this.highlighter.clear('focus');
    this.highlighter.add('focus', a.quote);
    const rect = this.rectOf(a);
    const view = this.env.doc.defaultView;
    if (rect && view && (rect.top < 0 || rect.bottom > view.innerHeight)) view.scrollBy({ top: rect.top - view.innerHeight / 3 });
    const kind = a.claim.kind === 'figure' ? 'Figure' : 'Denial';
    this.env.ui.announce(`${kind} ${i + 1} of ${list.length}: ${a.claim.quote}. ${this.env.hintText(this.summaries.get(a.claim.id)?.s)}. Press Enter to compare, Escape to leave.`);
    return true;
  }

  private openCard(a: Anchor, keyboard: boolean): void {
    const rect = this.rectOf(a);
    if (!rect) return;
    this.env.ui.hideHint();
    this.highlighter.clear('focus');
    this.highlighter.add('focus', a.quote);
    this.env.ui.openCard(a.claim, rect, keyboard);
  }

  /** The card closed: drop the focus mark unless the keyboard still walks the claims. */
  cardClosed(): void {
    if (this.focus < 0) this.highlighter.clear('focus');
  }

  private listen(signal: AbortSignal): void {
    const doc = this.env.doc;
    const opts = { signal, passive: true } as const;
    doc.addEventListener(
      'pointermove',
      (e) => {
        if (this.hoverFrame) return;
        this.hoverFrame = true;
        const { clientX, clientY, target } = e;
        this.env.timers.setTimeout(() => {
          this.hoverFrame = false;
          if (signal.aborted) return;
          const a = target instanceof Node && this.env.ui.isOurs(target) ? null : anchorAt(doc, clientX, clientY, this.byNode);
          this.hover(a);
        }, 50);
      },
      opts,
    );
    doc.addEventListener(
      'click',
      (e) => {
        if (e.button !== 0 || e.defaultPrevented || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        const t = e.target;
        if (t instanceof Node && this.env.ui.isOurs(t)) return;
        // Links and controls keep their own meaning; a selection drag is not a click on a figure.
        if (t instanceof Element && t.closest('a[href], button, input, select, textarea, label, summary, [contenteditable]')) return;
        if (!doc.getSelection()?.isCollapsed) return;
        const a = anchorAt(doc, e.clientX, e.clientY, this.byNode);
        if (a) this.openCard(a, false);
      },
      { signal },
    );
    doc.addEventListener(
      'keydown',
      (e) => {
        if (this.focus < 0 || (e.target instanceof Node && this.env.ui.isOurs(e.target))) return;
        const a = this.anchors[this.focus];
        if (e.key === 'Escape') {
          this.focus = -1;
          this.highlighter.clear('focus');
          this.env.ui.announce('Left the claims.');
        } else if ((e.key === 'Enter' || e.key === ' ') && a) {
          e.preventDefault();
          this.openCard(a, true);
        }
      },
      { signal, capture: true },
    );
    doc.addEventListener(
      'visibilitychange',
      () => {
        // Other tabs may have stored more sources while this one was hidden.
        if (doc.visibilityState === 'visible') void this.refreshSummaries(this.anchors.map((a) => a.claim.id), signal);
      },
      { signal },
    );
  }

  private hover(a: Anchor | null): void {
    if (a === this.hovered) return;
    this.hovered = a;
    if (!a) {
      this.env.ui.hideHint();
      return;
    }
    const rect = this.rectOf(a);
    if (!rect) return;
    const cached = this.summaries.get(a.claim.id);
    this.env.ui.showHint(rect, this.env.hintText(cached?.s));
    if (!cached || Date.now() - cached.at > SUMMARY_TTL_MS) {
      const signal = this.run?.signal;
      if (!signal) return;
      void this.refreshSummaries([a.claim.id], signal).then(() => {
        if (this.hovered === a) this.env.ui.showHint(rect, this.env.hintText(this.summaries.get(a.claim.id)?.s));
      });
    }
  }
}
