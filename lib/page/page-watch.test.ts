// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockOf, PageWatch } from './page-watch';

const timers = { setTimeout: (f: () => void, ms?: number) => setTimeout(f, ms) as unknown as number };

describe('PageWatch', () => {
  it('reports new and changed paragraphs once each, outermost only, and skips ours and navigation', async () => {
    document.body.innerHTML = '<nav id="nav"></nav><article id="a"><p id="p1">Old text.</p></article><div id="ours"></div>';
    const ours = document.getElementById('ours')!;
    const seen: string[][] = [];
    const ctl = new AbortController();
    const watch = new PageWatch(document.body, (blocks) => seen.push(blocks.map((b) => b.id || b.localName)), {
      timers,
      signal: ctl.signal,
      isOurs: (n) => ours.contains(n),
      quietMs: 20,
      maxWaitMs: 100,
    });
    watch.start();
    const entry = document.createElement('div');
    entry.id = 'entry';
    entry.innerHTML = '<p id="inner">New <b>17</b> killed.</p>';
    document.getElementById('a')!.append(entry);
    (document.getElementById('p1')!.firstChild as Text).appendData(' More.');
    document.getElementById('nav')!.append(document.createElement('p'));
    ours.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 80));
    expect(seen).toEqual([['entry', 'p1']]);
    ctl.abort();
    document.getElementById('a')!.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 80));
    expect(seen).toHaveLength(1);
  });

  it('finds the block around inline text', () => {
    document.body.innerHTML = '<section id="s"><p id="p">a <em id="e">b</em></p></section>';
    expect(blockOf(document.getElementById('e')!.firstChild!)!.id).toBe('p');
    expect(blockOf(document.getElementById('s')!)!.id).toBe('s');
  });
});
