import { DOMParser } from 'linkedom';
import type { DocMeta } from '../extract';
import { articleText } from '../page/article-text';
import { isIsoDate } from './iso-date';

/** An HTML page reduced to what the extractor reads: its article text and page metadata. */
export interface HtmlDocument {
  text: string;
  meta: Pick<DocMeta, 'url' | 'outlet' | 'published' | 'title'>;
}

/** Article text (as the content script sees it) and metadata from `<head>` of an HTML page. */
export function htmlDocument(html: string): HtmlDocument {
  const document = parseHtml(html);
  return { text: articleText(document), meta: pageMeta(document) };
}

/** Whether `text` looks like an HTML page rather than plain text (for stdin and unknown extensions). */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i.test(text.slice(0, 4096));
}

function parseHtml(html: string): Document {
  // linkedom keeps only the first top-level element of a string that has no <html> root (a
  // fragment such as "<p>a</p><p>b</p>", or plain text, which even throws), unlike a browser's
  // parser; wrapping it gives the same tree a browser builds.
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  return new DOMParser().parseFromString(source, 'text/html') as unknown as Document;
}

function pageMeta(document: Document): HtmlDocument['meta'] {
  const meta: HtmlDocument['meta'] = {};
  const content = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const title = content('meta[property="og:title"]') ?? document.querySelector('title')?.textContent?.trim();
  if (title) meta.title = title.replace(/\s+/g, ' ');
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || content('meta[property="og:url"]');
  if (url) meta.url = url;
  const outlet = content('meta[property="og:site_name"]');
  if (outlet) meta.outlet = outlet;
  const published =
    content('meta[property="article:published_time"]') ??
    content('meta[name="date"]') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim();
  // A page's own date is a hint, not a user's input: an unreadable one is dropped, not an error.
  if (published && isIsoDate(published)) meta.published = published;
  return meta;
}
