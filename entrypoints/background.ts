import { browser } from 'wxt/browser';
import { Gazetteer } from '@/lib/incidents/gazetteer';
import type { BackgroundMethods, TabMethods } from '@/lib/messaging/protocol';
import { serve, tabClient } from '@/lib/messaging/rpc';
import { ClaimService, describeStoreError } from '@/lib/store/claim-service';
import { openClaimStore } from '@/lib/store/db';
import { decodeGazetteer, GAZETTEER_FILE } from '@/lib/store/gazetteer-file';
import { registerSync } from '@/lib/sync/background-sync';

/** The packaged gazetteer, fetched and indexed on first use (about half a second). */
async function loadGazetteer(): Promise<Gazetteer> {
  // Generated at build time (wxt.config.ts), so WXT's typed list of public paths does not know it.
  const res = await fetch((browser.runtime.getURL as (path: string) => string)(`/${GAZETTEER_FILE}`));
  if (!res.ok) throw new Error(`gazetteer missing from the build (${res.status})`);
  return new Gazetteer(decodeGazetteer(await res.text()));
}

export default defineBackground(() => {
  const db = openClaimStore();
  const claims = new ClaimService({
    db,
    places: loadGazetteer,
    onError: (e) => console.warn('[countercheck] could not store the claims of a page', e),
  });
  serve<BackgroundMethods>('background', claims.handlers(), describeStoreError);

  // Keyboard: the shortcuts (manifest "commands") walk the highlighted claims of the active tab.
  browser.commands.onCommand.addListener(async (command) => {
    const direction = command === 'next-claim' ? 1 : command === 'previous-claim' ? -1 : 0;
    if (!direction) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id != null) await tabClient<TabMethods>(tab.id).focusClaim({ direction });
  });

  // Sync (lib/sync) registers here.
  registerSync({ db, places: loadGazetteer });
});
