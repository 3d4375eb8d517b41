import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backgroundClient, RpcFailure, serve } from './rpc';

type Methods = {
  double(p: { n: number }): number;
  fail(p: { why: string }): never;
};

beforeEach(() => fakeBrowser.reset());

describe('rpc over runtime messaging', () => {
  it('answers typed results, coded failures, unknown methods, and ignores foreign messages', async () => {
    const stop = serve<Methods>(
      'background',
      {
        double: async ({ n }) => n * 2,
        fail: ({ why }) => {
          if (why === 'known') throw new RpcFailure('unknown-claim', 'No such claim');
          throw new TypeError('boom');
        },
      },
    );
    const c = backgroundClient<Methods>();
    expect(await c.double({ n: 21 })).toEqual({ ok: true, value: 42 });
    expect(await c.fail({ why: 'known' })).toEqual({ ok: false, error: { code: 'unknown-claim', message: 'No such claim' } });
    expect(await c.fail({ why: 'bug' })).toEqual({ ok: false, error: { code: 'internal', message: 'boom' } });
    const unknown = await (backgroundClient<{ nope(p: object): void }>()).nope({});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    // Another feature's message gets no answer from us.
    expect(await fakeBrowser.runtime.sendMessage({ type: 'sync-now' })).toBeUndefined();
    stop();
    expect(await c.double({ n: 1 })).toMatchObject({ ok: false, error: { code: 'no-receiver' } });
  });
});
