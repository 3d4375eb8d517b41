import { Window } from 'happy-dom';
import { DOMParser as LinkedomParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleText } from './article-text';

// The same function must give the same text on any standard DOM: linkedom (the CLI) and
// happy-dom (a browser-like DOM, standing in for the content script's page).
const parsers: Array<[string, (html: string) => Document]> = [
  ['linkedom', (html) => new LinkedomParser().parseFromString(html, 'text/html') as unknown as Document],
  ['happy-dom', (html) => new new Window().DOMParser().parseFromString(html, 'text/html') as unknown as Document],
];

const page = (body: string) => `<!doctype html><html><head><title>Page title</title></head><body>${body}</body></html>`;

describe.each(parsers)('articleText on %s', (_name, parse) => {
  const text = (body: string) => articleText(parse(page(body)));

  it('joins paragraphs with a blank line and collapses whitespace inside them', () => {
    expect(text('<h1>Flood  closes\n  the bridge</h1><p>Water rose <em>overnight</em>,\n  the mayor said.</p><p>Two roads reopened.</p>')).toBe(
      'Flood closes the bridge\n\nWater rose overnight, the mayor said.\n\nTwo roads reopened.',
    );
  });

  it('leaves out navigation, header, footer, asides and their ARIA twins', () => {
    expect(
      text(
        '<header>Site name</header><nav>Sections</nav><div role="navigation">Menu</div><div role="banner">Logo</div>' +
          '<p>The ferry docked at noon.</p><aside>Most read</aside><div role="complementary">Related</div>' +
          '<footer>Contact us</footer><div role="contentinfo">Imprint</div>',
      ),
    ).toBe('The ferry docked at noon.');
  });

  it('leaves out scripts, styles, noscript, templates, form fields, editors and head', () => {
    expect(
      text(
        '<p>Kept one.</p><script>var s = "</p><p>not text";</script><style>p { color: red }</style>' +
          '<noscript>Turn on JavaScript</noscript><template><p>Template text</p></template>' +
          '<form><input value="typed value"><textarea>draft comment</textarea><select><option>Option A</option></select>' +
          '<button>Subscribe</button></form><div contenteditable="true">my notes</div><div contenteditable>more notes</div>' +
          '<div contenteditable="false"><p>Kept two.</p></div>',
      ),
    ).toBe('Kept one.\n\nKept two.');
  });

  it('leaves out hidden elements: hidden, aria-hidden, inline display/visibility, closed dialogs and details', () => {
    expect(
      text(
        '<p>Shown.</p><p hidden>Hidden attribute.</p><p aria-hidden="true">Aria hidden.</p>' +
          '<p style="color: red; display:none">Display none.</p><p style="visibility: hidden !important">Invisible.</p>' +
          '<dialog>Closed dialog.</dialog><dialog open>Open dialog.</dialog>' +
          '<details><summary>Summary line</summary><p>Folded away.</p></details>' +
          '<details open><summary>Open summary</summary><p>Unfolded.</p></details><p aria-hidden="false">Also shown.</p>',
      ),
    ).toBe('Shown.\n\nOpen dialog.\n\nSummary line\n\nOpen summary\n\nUnfolded.\n\nAlso shown.');
  });

  it('turns <br> into a line break and keeps inline text of nested blocks apart', () => {
    expect(text('<div>Lead text<p>Inner paragraph.</p>tail text</div><p>First line<br>second line<br><br>after a gap</p>')).toBe(
      'Lead text\n\nInner paragraph.\n\ntail text\n\nFirst line\nsecond line\n\nafter a gap',
    );
  });

  it('keeps table rows on one line each, cells separated by a tab', () => {
    expect(text('<table><tr><th>Town</th><th>Rain (mm)</th></tr><tr><td>Linden</td><td>42</td></tr></table>')).toBe(
      'Town\tRain (mm)\n\nLinden\t42',
    );
  });

  it('keeps the whitespace of preformatted text', () => {
    expect(text('<p>Before.</p><pre>col a   col b\n  indented</pre><p>After.</p>')).toBe('Before.\n\ncol a   col b\n  indented\n\nAfter.');
  });

  it('keeps non-breaking spaces and typographic characters as they are', () => {
    expect(text('<p>It cost&nbsp;€5 — “cheap”, she said.</p>')).toBe('It cost\u00a0€5 — “cheap”, she said.');
  });

  it('reads from an element as well as from the document, and gives "" for an empty page', () => {
    const doc = parse(page('<nav>Menu</nav><article id="a"><p>Inside the article.</p></article><p>Outside.</p>'));
    expect(articleText(doc.getElementById('a')!)).toBe('Inside the article.');
    expect(articleText(parse(page('')))).toBe('');
    expect(articleText(doc.querySelector('nav')!)).toBe('');
  });

  it('accepts a caller rule for stylesheet-hidden elements', () => {
    const doc = parse(page('<p class="promo">Advert copy.</p><p>Story copy.</p>'));
    expect(articleText(doc, { isHidden: (el) => el.getAttribute('class') === 'promo' })).toBe('Story copy.');
  });
});

describe('articleText on deep and large pages', () => {
  const parse = parsers[0]![1];

  it('walks a page nested 20,000 elements deep without overflowing the stack', () => {
    const deep = `${'<div><span>'.repeat(10_000)}deep text${'</span></div>'.repeat(10_000)}`;
    expect(articleText(parse(page(deep)))).toBe('deep text');
  });
});
