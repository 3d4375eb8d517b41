import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { normalizeDate, readPageMeta, siteOf } from './page-meta';

const parse = (html: string) => new new Window().DOMParser().parseFromString(html, 'text/html') as unknown as Document;

describe('readPageMeta', () => {
  it('reads canonical URL, outlet, date, title and language from meta tags', () => {
    const doc = parse(`<html lang="en-GB"><head>
      <link rel="canonical" href="/world/2031/flood">
      <meta property="og:site_name" content="The Harbour Post">
      <meta property="og:title" content="Flood cuts off two villages">
      <meta property="og:type" content="article">
      <meta property="article:published_time" content="2031-04-09T08:30:00Z">
      <title>ignored | The Harbour Post</title></head><body><p>x</p></body></html>`);
    expect(readPageMeta(doc, 'https://harbour.example/world/2031/flood?utm_source=x')).toEqual({
      url: 'https://harbour.example/world/2031/flood?utm_source=x',
      canonicalUrl: 'https://harbour.example/world/2031/flood',
      outlet: 'The Harbour Post',
      published: '2031-04-09T08:30:00Z',
      title: 'Flood cuts off two villages',
      lang: 'en-GB',
      articleSignal: 'og:type',
    });
  });

  it('falls back to JSON-LD (inside @graph) for publisher, date and headline, and marks the page an article', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'x' }, { '@type': ['NewsArticle'], headline: 'Ferry sinks', datePublished: '2031-05-01', publisher: { '@type': 'Organization', name: 'Coast Daily' } }] };
    const doc = parse(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script><script type="application/ld+json">{broken</script></head><body></body></html>`);
    const meta = readPageMeta(doc, 'https://coast.example/a');
    expect(meta).toMatchObject({ outlet: 'Coast Daily', published: '2031-05-01', title: 'Ferry sinks', articleSignal: 'json-ld', canonicalUrl: null, lang: null });
  });

  it('does not call a front page with teaser cards an article, but an <article> of paragraphs is one', () => {
    const front = parse('<html><body><article><h2>Teaser</h2><p>One line.</p></article><article><p>Another.</p></article></body></html>');
    expect(readPageMeta(front, 'https://x.example/').articleSignal).toBeNull();
    const story = parse('<html><body><article><h1>Story</h1><p>a</p><p>b</p><p>c</p></article></body></html>');
    expect(readPageMeta(story, 'https://x.example/s').articleSignal).toBe('article-element');
  });
});

describe('normalizeDate and siteOf', () => {
  it('keeps ISO dates, converts other readable dates, drops the rest', () => {
    expect(normalizeDate('2031-04-09')).toBe('2031-04-09');
    expect(normalizeDate('2031-04-09 10:00')).toBe('2031-04-09T10:00');
    expect(normalizeDate('Wed, 09 Apr 2031 10:00:00 GMT')).toBe('2031-04-09T10:00:00.000Z');
    expect(normalizeDate('last Tuesday')).toBeNull();
  });
  it('names a site by host without www', () => {
    expect(siteOf('https://WWW.Example.org/a')).toBe('example.org');
    expect(siteOf('not a url')).toBe('');
  });
});
