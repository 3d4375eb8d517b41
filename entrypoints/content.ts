import '@/components/highlights.css';
import { hintText } from '@/components/format';
import { mountOverlay } from '@/components/page-overlay';
import type { BackgroundMethods, TabMethods } from '@/lib/messaging/protocol';
import { backgroundClient, serve } from '@/lib/messaging/rpc';
import type { PageUi } from '@/lib/page/page-session';
import { PageSession } from '@/lib/page/page-session';

export default defineContentScript({
  // Every web page: a news article can be on any site. Quiet unless the page is an article (or the user says so).
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const background = backgroundClient<BackgroundMethods>();
    let overlay: PageUi | null = null;
    let session: PageSession | null = null;
    // The overlay is added to the page only when the page is actually read: quiet pages get nothing.
    const ui: PageUi = {
      async prepare() {
        overlay ??= await mountOverlay(ctx, background, () => session?.cardClosed());
      },
      isOurs: (n) => overlay?.isOurs(n) ?? false,
      showHint: (r, t) => overlay?.showHint(r, t),
      hideHint: () => overlay?.hideHint(),
      openCard: (c, r, k) => overlay?.openCard(c, r, k),
      closeCard: () => overlay?.closeCard(),
      announce: (t) => overlay?.announce(t),
    };
    session = new PageSession({
      timers: ctx,
      signal: ctx.signal,
      background,
      ui,
      doc: document,
      hintText: (s) => (s ? hintText(s) : 'Comparing with other sources…'),
    });
    const s = session;
    ctx.onInvalidated(
      serve<TabMethods>('tab', {
        pageState: () => s.pageState(),
        focusClaim: ({ direction }) => s.focusClaim(direction),
      }),
    );
    // Single-page apps: a new URL is a new document.
    ctx.addEventListener(window, 'wxt:locationchange', () => void s.reconsider(true));
    await s.start();
  },
});
