import { extractClaims } from '@/lib/extract';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main() {
    // Minimal wiring for now; the highlighting issue replaces this with the DOM text map and highlights.
    const text = document.body?.innerText ?? '';
    const claims = extractClaims(text.slice(0, 200_000), { url: location.href });
    if (claims.length) console.debug(`[countercheck] ${claims.length} claims on this page`);
  },
});
