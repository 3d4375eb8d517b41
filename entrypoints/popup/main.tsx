import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/extension-page.css';
import { Popup } from '@/components/Popup';
import type { TabMethods } from '@/lib/messaging/protocol';
import { tabClient } from '@/lib/messaging/rpc';
import { openClaimStore } from '@/lib/store/db';

// ?tab=N opens the popup for a given tab (the popup opened in a tab, as the browser tests do).
async function targetTab(): Promise<number | null> {
  const given = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(given) && given > 0) return given;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

void targetTab().then((id) => {
  render(
    <Popup db={openClaimStore()} tab={id == null ? null : tabClient<TabMethods>(id)} openOptions={() => void browser.runtime.openOptionsPage()} />,
    document.getElementById('app')!,
  );
});
