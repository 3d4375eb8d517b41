/**
 * Time slicing for work on the page's main thread: run steps until a slice's budget is spent,
 * then yield to the event loop (uBlock Origin's content script works the same way). Counts the
 * main-thread time it used, which is what the 10 ms target for a 10 KB article measures.
 */

export interface Timers {
  setTimeout(handler: () => void, timeout?: number): number;
  requestAnimationFrame?(callback: FrameRequestCallback): number;
}

export class AbortedError extends Error {
  override readonly name = 'AbortError';
}

export class Slicer {
  /** Main-thread milliseconds spent in measured work. */
  busyMs = 0;
  /** The longest single measured stretch. */
  longestMs = 0;

  constructor(
    private readonly timers: Timers,
    private readonly signal: AbortSignal,
    /** How long one slice may run before yielding. Long tasks start at 50 ms; this leaves room for the page. */
    readonly budgetMs = 8,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Runs `fn` synchronously, counting its time. */
  measure<T>(fn: () => T): T {
    this.throwIfAborted();
    const t = this.now();
    try {
      return fn();
    } finally {
      const d = this.now() - t;
      this.busyMs += d;
      if (d > this.longestMs) this.longestMs = d;
    }
  }

  /** Gives the event loop a turn (input, rendering, the page's own scripts). */
  yield(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.timers.setTimeout(() => (this.signal.aborted ? reject(new AbortedError()) : resolve()), 0);
    });
  }

  /**
   * Waits until the page has rendered a frame (or `maxWaitMs`, since hidden tabs render none):
   * style and layout are then clean, so reading visibility costs us nothing the page would not
   * have spent on its own first paint.
   */
  afterFrame(maxWaitMs = 100): Promise<void> {
    return new Promise((resolve, reject) => {
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        // The frame callback runs before paint; a task after it runs after.
        this.timers.setTimeout(() => (this.signal.aborted ? reject(new AbortedError()) : resolve()), 0);
      };
      this.timers.requestAnimationFrame?.(finish);
      this.timers.setTimeout(finish, maxWaitMs);
    });
  }

  /**
   * Calls `step(shouldYield)` until it returns true, yielding between slices. `step` should check
   * `shouldYield()` often and return false when it says so.
   */
  async run(step: (shouldYield: () => boolean) => boolean): Promise<void> {
    for (;;) {
      const start = this.now();
      const done = this.measure(() => step(() => this.now() - start >= this.budgetMs));
      if (done) return;
      await this.yield();
    }
  }

  /** Runs `fn` for each item, yielding whenever a slice's budget is spent. */
  async each<T>(items: readonly T[], fn: (item: T) => void): Promise<void> {
    let i = 0;
    await this.run((shouldYield) => {
      while (i < items.length) {
        fn(items[i++]!);
        if (shouldYield()) return i >= items.length;
      }
      return true;
    });
  }

  throwIfAborted(): void {
    if (this.signal.aborted) throw new AbortedError();
  }
}
