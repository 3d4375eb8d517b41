import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { articleText } from './article-text';
import { buildTextMap, TextMapBuilder, type TextMap } from './text-map';

const parse = (body: string) =>
  new new Window().DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html') as unknown as Document;

/** The DOM text between two mapped positions, as a Range would select it (happy-dom's Range.toString is unreliable). */
function domText(map: TextMap, start: number, end: number): string {
  const a = map.startPosition(start)!;
  const b = map.endPosition(end)!;
  const nodes = map.nodesIn(start, end);
  return nodes
    .map((n) => n.data.slice(n === a.node ? a.offset : 0, n === b.node ? b.offset : n.data.length))
    .join('');
}

describe('buildTextMap', () => {
  it('gives articleText and maps a phrase that crosses a link and emphasis back to its words', () => {
    const doc = parse('<nav>Menu 12</nav><p>Officials said <a href="/x">at least <em>14</em> people</a>   were killed.</p><p>Second.</p>');
    const map = buildTextMap(doc);
    expect(map.text).toBe(articleText(doc));
    const start = map.text.indexOf('at least 14 people were killed');
    const end = start + 'at least 14 people were killed'.length;
    // The DOM keeps the page's own three spaces: the range covers them, nothing else.
    expect(domText(map, start, end)).toBe('at least 14 people   were killed');
    expect(map.nodesIn(start, end).map((n) => n.data)).toEqual(['at least ', '14', ' people', '   were killed.']);
  });

  it('maps offsets after a paragraph break and a <br> to the following words', () => {
    const doc = parse('<p>One.</p><p>Two<br>three killed</p>');
    const map = buildTextMap(doc);
    expect(map.text).toBe('One.\n\nTwo\nthree killed');
    expect(domText(map, map.text.indexOf('three'), map.text.length)).toBe('three killed');
    // A start on the separator moves to the next mapped character.
    expect(map.startPosition(4)).toEqual({ node: doc.querySelectorAll('p')[1]!.firstChild, offset: 0 });
  });

  it('is resumable: stepping with a yield after every check gives the same map', () => {
    const body = Array.from({ length: 300 }, (_, i) => `<p>Paragraph <b>${i}</b> text.</p>`).join('');
    const doc = parse(body);
    const b = new TextMapBuilder(doc);
    let steps = 0;
    while (!b.step(() => true)) steps++;
    expect(steps).toBeGreaterThan(5);
    expect(b.result().text).toBe(articleText(doc));
  });

  // Random trees of the elements articleText treats specially, with awkward whitespace.
  const textArb = fc.stringMatching(/^[ a\t\n\u00a0b.,]{0,8}$/);
  const tagArb = fc.constantFrom('p', 'div', 'span', 'em', 'a', 'br', 'td', 'th', 'pre', 'li', 'nav', 'table', 'tr', 'b');
  const treeArb: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      textArb.map((t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;')),
      fc.tuple(tagArb, fc.array(tie('node'), { maxLength: 4 })).map(([tag, kids]) => (tag === 'br' ? '<br>' : `<${tag}>${kids.join('')}</${tag}>`)),
    ),
  })).node;

  it('agrees with articleText on random trees, and every mapped character is the DOM character', () => {
    fc.assert(
      fc.property(fc.array(treeArb, { maxLength: 5 }), (kids) => {
        const doc = parse(kids.join(''));
        const map = buildTextMap(doc);
        expect(map.text).toBe(articleText(doc));
        for (let i = 0; i < map.text.length; i++) {
          const c = map.text[i]!;
          if (c === '\n' || c === '\t') continue; // separators may be synthetic (<br>, cells, paragraphs)
          const p = map.startPosition(i)!;
          const domChar = p.node.data[p.offset]!;
          // A collapsed run of whitespace stands on its first character.
          expect(c === ' ' ? /[ \t\n\r\f]/.test(domChar) : domChar).toBe(c === ' ' ? true : c);
        }
      }),
      { numRuns: 400 },
    );
  });
});
