import { describe, expect, it } from 'vitest';
import { htmlDocument, looksLikeHtml } from './html-text';

describe('htmlDocument', () => {
  it('reads the article text and the page metadata from <head>', () => {
    const page = htmlDocument(`<!DOCTYPE html><html><head>
      <title>Harbour fire | Coast Daily</title>
      <meta property="og:title" content="Harbour fire under control">
      <meta property="og:site_name" content="Coast Daily">
      <meta property="article:published_time" content="2029-11-03T06:15:00+01:00">
      <link rel="canonical" href="https://coast.test/harbour-fire">
      </head><body><nav>Home · Local</nav><p>Firefighters worked through the night.</p><footer>Coast Daily</footer></body></html>`);
    expect(page.text).toBe('Firefighters worked through the night.');
    expect(page.meta).toEqual({
      title: 'Harbour fire under control',
      outlet: 'Coast Daily',
      published: '2029-11-03T06:15:00+01:00',
      url: 'https://coast.test/harbour-fire',
    });
  });

  it('falls back to <title>, and drops a date it cannot read', () => {
    const page = htmlDocument('<html><head><title> Quiet\n day </title><meta property="article:published_time" content="yesterday"></head><body><p>x</p></body></html>');
    expect(page.meta).toEqual({ title: 'Quiet day' });
  });

  it('reads every paragraph of a fragment and of plain text, as a browser would', () => {
    expect(htmlDocument('<p>First.</p><p>Second.</p>').text).toBe('First.\n\nSecond.');
    expect(htmlDocument('just words').text).toBe('just words');
    expect(htmlDocument('').text).toBe('');
  });

  it('reads a page whose <body> tag is missing', () => {
    expect(htmlDocument('<html><head><title>t</title></head><p>Body text.</p></html>').text).toBe('Body text.');
  });
});

describe('looksLikeHtml', () => {
  it('knows a page by its start, and not by a stray tag in text', () => {
    expect(looksLikeHtml('\n<!doctype html><p>')).toBe(true);
    expect(looksLikeHtml('<!-- saved --><HTML lang="en">')).toBe(true);
    expect(looksLikeHtml('<body>')).toBe(true);
    expect(looksLikeHtml('The <b> tag makes bold text.')).toBe(false);
    expect(looksLikeHtml('')).toBe(false);
  });
});
