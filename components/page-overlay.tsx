/**
 * The in-page overlay: hover hint, compare card and a screen-reader live region, in one closed
 * shadow root appended to <html> (outside the article, so reading the page never sees it).
 */
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BackgroundMethods, ReadClaim } from '@/lib/messaging/protocol';
import type { Client } from '@/lib/messaging/rpc';
import type { PageUi } from '@/lib/page/page-session';
import { CompareCard } from './CompareCard';
import overlayCss from './overlay.css?inline';

interface OverlayState {
  hint: { top: number; left: number; text: string } | null;
  card: { claim: ReadClaim; top: number; left: number; keyboard: boolean; returnFocus: Element | null } | null;
  announcement: string;
}

const CARD_WIDTH = 340;

/** Page coordinates for a box below (or, near the bottom, above) a viewport rect. */
function place(rect: DOMRect, width: number): { top: number; left: number } {
  const maxLeft = window.scrollX + document.documentElement.clientWidth - width - 8;
  return { top: rect.bottom + window.scrollY + 6, left: Math.max(window.scrollX + 8, Math.min(rect.left + window.scrollX, maxLeft)) };
}

export async function mountOverlay(ctx: ContentScriptContext, background: Client<BackgroundMethods>, onCardClosed: () => void): Promise<PageUi> {
  const state: OverlayState = { hint: null, card: null, announcement: '' };
  let container: HTMLElement | null = null;
  let host: HTMLElement | null = null;

  const ui = await createShadowRootUi(ctx, {
    name: 'countercheck-overlay',
    position: 'inline',
    anchor: () => document.documentElement,
    append: 'last',
    mode: 'closed',
    inheritStyles: true,
    css: overlayCss,
    isolateEvents: true,
    onMount(uiContainer, _shadow, shadowHost) {
      container = uiContainer;
      host = shadowHost;
      // Outer-context inline style beats the shadow's :host rules: a zero-size layer at the page origin.
      shadowHost.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;z-index:2147483647;overflow:visible;';
      draw();
    },
    onRemove() {
      if (container) render(null, container);
    },
  });

  function close() {
    const back = state.card?.returnFocus;
    state.card = null;
    draw();
    onCardClosed();
    if (back instanceof HTMLElement) back.focus();
  }

  function draw() {
    if (!container) return;
    const s = state;
    render(
      <div class="layer">
        {s.hint && (
          <div class="hint" role="tooltip" style={{ top: `${s.hint.top}px`, left: `${s.hint.left}px` }}>
            {s.hint.text}
          </div>
        )}
        {s.card && (
          <div style={{ position: 'absolute', top: `${s.card.top}px`, left: `${s.card.left}px` }}>
            <CompareCard key={s.card.claim.id} claim={s.card.claim} background={background} keyboard={s.card.keyboard} onClose={close} />
          </div>
        )}
        <div class="sr-only" role="status" aria-live="polite">
          {s.announcement}
        </div>
      </div>,
      container,
    );
  }

  ui.mount();
  return {
    prepare: async () => undefined,
    isOurs: (n) => !!host && (n === host || host.contains(n)),
    showHint(rect, text) {
      const p = place(rect, 220);
      state.hint = { top: rect.top + window.scrollY - 30, left: p.left, text };
      draw();
    },
    hideHint() {
      if (!state.hint) return;
      state.hint = null;
      draw();
    },
    openCard(claim, rect, keyboard) {
      state.hint = null;
      state.card = { claim, ...place(rect, CARD_WIDTH), keyboard, returnFocus: state.card?.returnFocus ?? document.activeElement };
      draw();
    },
    closeCard() {
      if (state.card) close();
    },
    announce(text) {
      state.announcement = text;
      draw();
    },
  };
}
