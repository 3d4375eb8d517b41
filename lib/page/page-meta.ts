/**
 * What a page says about itself: canonical URL, outlet, publication date, title, language, and
 * whether it is an article at all (the extension stays quiet elsewhere by default). DOM standard
 * only, so it runs on linkedom and happy-dom as well as on the live page.
 */

export interface PageMeta {
  url: string;
  canonicalUrl: string | null;
  outlet: string | null;
  /** ISO date or timestamp as the page gives it (YYYY-MM-DD…), or null when absent or unreadable. */
  published: string | null;
  title: string | null;
  lang: string | null;
  /** Why the page counts as an article, or null when nothing says it is one. */
  articleSignal: 'json-ld' | 'og:type' | 'published-time' | 'article-element' | null;
}

// schema.org types that mean "a news or report page" (subtypes of Article we expect on news sites).
const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'backgroundnewsarticle',
  'opinionnewsarticle', 'reviewnewsarticle', 'liveblogposting', 'blogposting', 'report', 'socialmediaposting',
]);

// A page's JSON-LD can be megabytes (product catalogues); the fields we read sit in small blocks.
const MAX_JSON_LD = 200_000;

type Json = Record<string, unknown>;

function jsonLdNodes(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 4 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as Json;
    out.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = s.textContent ?? '';
    if (raw.length > MAX_JSON_LD) continue;
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      // A broken block on a page is the page's problem; the other signals still count.
    }
  }
  return out;
}

function typesOf(o: Json): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
}

function str(v: unknown): string | null {
  if (typeof v === 'string' && v.trim()) return v.trim().replace(/\s+/g, ' ');
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str((v as Json)['name']);
  return null;
}

/** An ISO date/timestamp kept as given; other date strings the Date parser reads become ISO; else null. */
export function normalizeDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim();
  if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(t)) return t.replace(' ', 'T');
  const ms = Date.parse(t);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/** Reads the page's metadata; `url` is the page's address (location.href in a browser). */
export function readPageMeta(doc: Document, url: string): PageMeta {
  const content = (selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const ld = jsonLdNodes(doc);
  const article = ld.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.has(t))) ?? null;

  const canonicalHref = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href')?.trim() || content('meta[property="og:url"]');
  let canonicalUrl: string | null = null;
  if (canonicalHref) {
    try {
      canonicalUrl = new URL(canonicalHref, url).href;
    } catch {
      canonicalUrl = null;
    }
  }
  const outlet =
    content('meta[property="og:site_name"]') ??
    str(article?.['publisher']) ??
    str(ld.find((o) => typesOf(o).some((t) => t === 'newsmediaorganization' || t === 'organization'))?.['name']) ??
    content('meta[name="application-name"]');
  const published = normalizeDate(
    content('meta[property="article:published_time"]') ??
      str(article?.['datePublished']) ??
      content('meta[name="date"]') ??
      content('meta[itemprop="datePublished"]') ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
      null,
  );
  const title = content('meta[property="og:title"]') ?? str(article?.['headline']) ?? str(doc.querySelector('title')?.textContent);
  const lang = doc.documentElement?.getAttribute('lang')?.trim() || content('meta[property="og:locale"]')?.replace('_', '-') || null;

  let articleSignal: PageMeta['articleSignal'] = null;
  if (article) articleSignal = 'json-ld';
  else if ((content('meta[property="og:type"]') ?? '').toLowerCase() === 'article') articleSignal = 'og:type';
  else if (content('meta[property="article:published_time"]')) articleSignal = 'published-time';
  else if (hasArticleElement(doc)) articleSignal = 'article-element';

  return { url, canonicalUrl, outlet, published, title, lang, articleSignal };
}

/** An <article> with a few paragraphs of prose (not a card on a front page). */
function hasArticleElement(doc: Document): boolean {
  for (const a of Array.from(doc.querySelectorAll('article'))) {
    if (a.querySelectorAll('p').length >= 3) return true;
  }
  return false;
}

/** The host a per-site switch applies to: lower case, without "www.". */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}
