/**
 * Calling and serving the method maps of protocol.ts over runtime/tabs messaging. Listeners answer
 * with sendResponse and `return true`, the one form Chrome, Firefox, the polyfill and WXT's
 * fakeBrowser all honour; they ignore envelopes that are not theirs, so other features (sync) can
 * add their own listeners beside them.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ErrorCode, MethodMap, ParamsOf, ResultOf, RpcError, RpcRequest, RpcResult } from './protocol';

export type Client<M extends MethodMap<M>> = {
  [K in keyof M]: (params: ParamsOf<M, K>) => Promise<RpcResult<ResultOf<M, K>>>;
};

export type Handlers<M extends MethodMap<M>> = {
  [K in keyof M]: (params: ParamsOf<M, K>, sender: Browser.runtime.MessageSender) => Promise<ResultOf<M, K>> | ResultOf<M, K>;
};

/** An error a handler throws on purpose, with the code the caller sees. */
export class RpcFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function isRequest(m: unknown, to: RpcRequest['to']): m is RpcRequest {
  return !!m && typeof m === 'object' && (m as RpcRequest).cc === 'countercheck/1' && (m as RpcRequest).to === to && typeof (m as RpcRequest).method === 'string';
}

function isResult(r: unknown): r is RpcResult<unknown> {
  return !!r && typeof r === 'object' && typeof (r as { ok?: unknown }).ok === 'boolean';
}

/** Turns anything a handler threw into the error the caller gets; `describe` maps known error classes. */
export function toRpcError(e: unknown, describe?: (e: unknown) => RpcError | null): RpcError {
  if (e instanceof RpcFailure) return { code: e.code, message: e.message };
  const known = describe?.(e);
  if (known) return known;
  return { code: 'internal', message: e instanceof Error ? e.message : String(e) };
}

function makeClient<M extends MethodMap<M>>(to: RpcRequest['to'], send: (msg: RpcRequest) => Promise<unknown>): Client<M> {
  return new Proxy({} as Client<M>, {
    get(_t, method) {
      if (typeof method !== 'string') return undefined;
      return async (params: unknown): Promise<RpcResult<unknown>> => {
        try {
          const r = await send({ cc: 'countercheck/1', to, method, params });
          if (isResult(r)) return r;
          return { ok: false, error: { code: 'no-receiver', message: 'Countercheck did not answer (is the extension being updated?)' } };
        } catch (e) {
          // "Receiving end does not exist", or the extension context is gone after an update.
          return { ok: false, error: { code: 'no-receiver', message: e instanceof Error ? e.message : String(e) } };
        }
      };
    },
  });
}

/** A client for the background's methods. */
export function backgroundClient<M extends MethodMap<M>>(): Client<M> {
  return makeClient<M>('background', (msg) => browser.runtime.sendMessage(msg));
}

/** A client for the content script of tab `tabId` (top frame). */
export function tabClient<M extends MethodMap<M>>(tabId: number): Client<M> {
  return makeClient<M>('tab', (msg) => browser.tabs.sendMessage(tabId, msg, { frameId: 0 }));
}

/**
 * Serves `handlers` to messages addressed `to`; returns the function that stops serving.
 * `describe` turns domain errors (store errors) into coded ones.
 */
export function serve<M extends MethodMap<M>>(
  to: RpcRequest['to'],
  handlers: Handlers<M>,
  describe?: (e: unknown) => RpcError | null,
): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: unknown) => void): true | undefined => {
    if (!isRequest(message, to)) return undefined;
    const handler = (handlers as Record<string, ((p: unknown, s: Browser.runtime.MessageSender) => unknown) | undefined>)[message.method];
    if (!Object.prototype.hasOwnProperty.call(handlers, message.method) || !handler) {
      sendResponse({ ok: false, error: { code: 'bad-request', message: `No method ${message.method}` } });
      return true;
    }
    Promise.resolve()
      .then(() => handler(message.params, sender))
      .then(
        (value) => sendResponse({ ok: true, value }),
        (e) => sendResponse({ ok: false, error: toRpcError(e, describe) }),
      );
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
