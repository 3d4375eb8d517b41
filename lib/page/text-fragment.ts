/**
 * Links that open an article at a quoted sentence (URL text fragments: `#:~:text=`), supported by
 * Chromium and by Firefox 131+. A long quote is linked by its first and last words
 * (`text=start,end`), which survives small differences in the middle.
 */

// The directive's own syntax characters must be escaped inside a term; encodeURIComponent leaves "-" alone.
const term = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');

const WORDS_AT_EDGE = 5;
const LONG = 80;

/** `url` opened at `quote`; null when the URL is not http(s). */
export function textFragmentUrl(url: string | null, quote: string): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  const words = quote.replace(/\s+/g, ' ').trim().split(' ');
  if (!words[0]) return u.href;
  const directive =
    quote.length > LONG && words.length > WORDS_AT_EDGE * 2
      ? `${term(words.slice(0, WORDS_AT_EDGE).join(' '))},${term(words.slice(-WORDS_AT_EDGE).join(' '))}`
      : term(words.join(' '));
  return `${u.href}#:~:text=${directive}`;
}
