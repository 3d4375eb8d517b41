import { describe, expect, it } from 'vitest';
import { AbortedError, Slicer } from './scheduler';

const timers = { setTimeout: (f: () => void, ms?: number) => setTimeout(f, ms) as unknown as number };

describe('Slicer', () => {
  it('runs steps in slices no longer than the budget (with a fake clock) and counts busy time', async () => {
    let now = 0;
    const slicer = new Slicer(timers, new AbortController().signal, 8, () => now);
    let work = 100;
    const slices: number[] = [];
    let slice = 0;
    await slicer.run((shouldYield) => {
      slice = 0;
      while (work > 0) {
        work--;
        now += 1; // each unit costs 1 ms
        slice++;
        if (shouldYield()) {
          slices.push(slice);
          return false;
        }
      }
      slices.push(slice);
      return true;
    });
    expect(Math.max(...slices)).toBe(8);
    expect(slices.reduce((a, b) => a + b, 0)).toBe(100);
    expect(slicer.busyMs).toBe(100);
    expect(slicer.longestMs).toBe(8);
  });

  it('stops with AbortError once aborted', async () => {
    const ctl = new AbortController();
    const slicer = new Slicer(timers, ctl.signal);
    let calls = 0;
    const run = slicer.run(() => {
      calls++;
      ctl.abort();
      return false;
    });
    await expect(run).rejects.toBeInstanceOf(AbortedError);
    expect(calls).toBe(1);
  });
});
