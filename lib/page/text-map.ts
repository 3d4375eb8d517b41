/**
 * The article text of a DOM subtree together with where each of its characters came from, so
 * offsets into the text (what extractClaims returns) map back to DOM positions.
 *
 * It must produce exactly articleText()'s string: the CLI and the content script then agree on
 * offsets. Rather than sharing a collector (which would slow the CLI with bookkeeping it never
 * reads), this file replays articleText's rules character by character and a differential test
 * (text-map.test.ts) checks the two agree on random trees. Every rule here is a filter: a kept
 * character keeps its origin, so mapping is a lookup, never a guess.
 *
 * The walk is resumable (`TextMapBuilder.step`), so a 1 MB live blog is read in time slices.
 */
import { BLOCKS, isSkipped, PRESERVES_WHITESPACE, type ArticleTextOptions } from './article-text';

/** A DOM position inside a text node. */
export interface TextPosition {
  node: Text;
  offset: number;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const DOCUMENT_NODE = 9;

/** Article text plus its origin: runs of characters that come from consecutive offsets of one text node. */
export class TextMap {
  constructor(
    readonly text: string,
    /** Output offset where each run starts, ascending. */
    private readonly runStart: number[],
    private readonly runNode: Text[],
    private readonly runOffset: number[],
    private readonly runLength: number[],
  ) {}

  /** Index of the last run starting at or before `offset`, or -1. */
  private runAt(offset: number): number {
    let lo = 0;
    let hi = this.runStart.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.runStart[mid]! <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** Where a range starting at text offset `offset` starts in the DOM (the next mapped character when it is a separator). */
  startPosition(offset: number): TextPosition | null {
    let r = this.runAt(offset);
    if (r >= 0 && offset >= this.runStart[r]! + this.runLength[r]!) r++;
    if (r < 0) r = 0;
    if (r >= this.runStart.length) return null;
    const delta = Math.max(0, offset - this.runStart[r]!);
    return { node: this.runNode[r]!, offset: this.runOffset[r]! + delta };
  }

  /** Where a range ending at text offset `offset` (exclusive) ends in the DOM. */
  endPosition(offset: number): TextPosition | null {
    const r = this.runAt(offset - 1);
    if (r < 0) return null;
    const delta = Math.min(this.runLength[r]!, offset - this.runStart[r]!);
    return { node: this.runNode[r]!, offset: this.runOffset[r]! + delta };
  }

  /** The text nodes holding characters of [start, end), in document order. */
  nodesIn(start: number, end: number): Text[] {
    const out: Text[] = [];
    let r = Math.max(0, this.runAt(start));
    for (; r < this.runStart.length && this.runStart[r]! < end; r++) {
      if (this.runStart[r]! + this.runLength[r]! <= start) continue;
      const n = this.runNode[r]!;
      if (out[out.length - 1] !== n) out.push(n);
    }
    return out;
  }

  /** How many runs the map holds (a measure of its size for tests and budgets). */
  get runCount(): number {
    return this.runStart.length;
  }
}

const COLLAPSIBLE = /[ \t\n\r\f]+/g;
const isCollapsible = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;

/**
 * Builds a TextMap in steps; `step` returns true when the walk is finished.
 *
 * Each paragraph's text is computed exactly as articleText computes it (the same string
 * operations), then aligned with the text nodes it came from in one forward pass: every rule
 * only drops or squeezes whitespace, so each non-space character of the result is the next equal
 * character of the nodes, exactly; a kept space maps to the first whitespace at or after the
 * previous character, which is exact or at most a few whitespace characters early. Claims begin
 * and end on words, so their ranges are exact. This is several times faster than tracking every
 * character through every rule, which matters on a cold page where the code is not yet optimized.
 */
export class TextMapBuilder {
  private readonly walk: Generator<void, void, void>;
  private done = false;
  // Output so far.
  private readonly parts: string[] = [];
  private outLength = 0;
  private readonly runStart: number[] = [];
  private readonly runNode: Text[] = [];
  private readonly runOffset: number[] = [];
  private readonly runLength: number[] = [];
  // The current paragraph: articleText's raw line, and what it was made of (text nodes, or "\n"/"\t" it added).
  private line = '';
  private items: Array<Text | string> = [];
  /** The text of each item, read once (node.data is a DOM call). */
  private datas: string[] = [];
  /** Text nodes (of this paragraph) whose whitespace was kept, being inside pre/listing/xmp. */
  private preNodes = new Set<Text>();
  private preDepth = 0;
  private pre = false;

  constructor(
    private readonly root: Document | Element,
    private readonly options: ArticleTextOptions = {},
  ) {
    this.walk = this.walker();
  }

  /** Walks until `shouldYield()` returns true (checked every few dozen nodes) or the end. */
  step(shouldYield: () => boolean = () => false): boolean {
    if (this.done) return true;
    for (;;) {
      if (this.walk.next().done) {
        this.flush();
        this.done = true;
        return true;
      }
      if (shouldYield()) return false;
    }
  }

  /** The map; only once `step` has returned true. */
  result(): TextMap {
    if (!this.done) throw new Error('TextMapBuilder.result() before the walk finished');
    return new TextMap(this.parts.join(''), this.runStart, this.runNode, this.runOffset, this.runLength);
  }

  // The same iterative walk as articleText: sibling links, no recursion (deep pages), pauses every 64 nodes.
  private *walker(): Generator<void, void, void> {
    const root = this.root;
    const start = root.nodeType === DOCUMENT_NODE ? (root as Document).documentElement : (root as Element);
    if (!start) return;
    let node: Node | null = start;
    let count = 0;
    while (node) {
      if (++count % 64 === 0) yield;
      let descend = false;
      if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
        this.text(node as Text);
      } else if (node.nodeType === ELEMENT_NODE) {
        const el = node as Element;
        if (!isSkipped(el, this.options)) {
          this.enter(el);
          descend = true;
        }
      }
      if (descend && node.firstChild) {
        node = node.firstChild;
        continue;
      }
      if (descend) this.exit(node as Element);
      while (node && node !== start && !node.nextSibling) {
        node = node.parentNode;
        if (node) this.exit(node as Element);
      }
      node = node && node !== start ? node.nextSibling : null;
    }
  }

  // The next four methods mirror articleText's TextCollector line for line.
  private text(node: Text): void {
    const data = node.data;
    if (this.preDepth > 0) {
      this.pre = true;
      this.line += data;
      this.preNodes.add(node);
    } else {
      this.line += data.replace(COLLAPSIBLE, ' ');
    }
    if (data) {
      this.items.push(node);
      this.datas.push(data);
    }
  }

  private enter(el: Element): void {
    const name = el.localName.toLowerCase();
    if (name === 'br') {
      this.line += '\n';
      this.items.push('\n');
      this.datas.push('\n');
    } else if (BLOCKS.has(name)) this.flush();
    if (PRESERVES_WHITESPACE.has(name)) this.preDepth++;
  }

  private exit(el: Element): void {
    const name = el.localName.toLowerCase();
    if (PRESERVES_WHITESPACE.has(name)) this.preDepth--;
    if (BLOCKS.has(name)) this.flush();
    else if (name === 'td' || name === 'th') {
      this.line += '\t';
      this.items.push('\t');
      this.datas.push('\t');
    }
  }

  private flush(): void {
    const raw = this.line;
    const pre = this.pre;
    const items = this.items;
    const datas = this.datas;
    this.datas = [];
    const preNodes = this.preNodes;
    this.line = '';
    this.items = [];
    this.preNodes = new Set();
    this.pre = false;
    const lines = pre
      ? raw.split('\n').map((l) => l.replace(/\s+$/, ''))
      : raw
          .replace(/ {2,}/g, ' ')
          .split('\n')
          .map((l) => l.replace(/^[ \t]+|[ \t]+$/g, '').replace(/ ?\t ?/g, '\t'));
    const text = lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
    if (!text.trim()) return;
    if (this.parts.length) {
      this.parts.push('\n\n');
      this.outLength += 2;
    }
    this.align(text, items, datas, preNodes);
    this.parts.push(text);
    this.outLength += text.length;
  }

  /** Maps each character of `text` (one paragraph's output) to its origin in `items`. */
  private align(text: string, items: Array<Text | string>, datas: string[], preNodes: Set<Text>): void {
    const base = this.outLength;
    let i = 0; // item
    let j = 0; // offset in the item
    let k = 0; // output character
    while (k < text.length) {
      if (i >= items.length) return; // cannot happen when text came from items; stop mapping rather than throw
      const it = items[i]!;
      const data = datas[i]!;
      if (j >= data.length) {
        i++;
        j = 0;
        continue;
      }
      // Fast path: the rest of a text node appears unchanged in the output (most of any paragraph).
      if (typeof it !== 'string') {
        const rest = j === 0 ? data : data.slice(j);
        if (text.startsWith(rest, k)) {
          this.addRun(base + k, it, j, rest.length);
          k += rest.length;
          i++;
          j = 0;
          continue;
        }
      }
      // Slow path, one output character: find the next source character it stands for.
      const want = text.charCodeAt(k);
      const wantSpace = want === 0x20;
      const c = data.charCodeAt(j);
      if (!(c === want || (wantSpace && isCollapsible(c) && typeof it !== 'string'))) {
        j++;
        continue;
      }
      if (typeof it !== 'string') {
        this.addRun(base + k, it, j, 1);
        // A space stands for a whole collapsed run of whitespace: continue after it.
        if (wantSpace && !preNodes.has(it)) while (j + 1 < data.length && isCollapsible(data.charCodeAt(j + 1))) j++;
      }
      j++;
      k++;
    }
  }

  /** Records that output [at, at + length) is `node`'s data from `offset`, extending the last run when contiguous. */
  private addRun(at: number, node: Text, offset: number, length: number): void {
    const last = this.runStart.length - 1;
    if (last >= 0 && this.runNode[last] === node && this.runStart[last]! + this.runLength[last]! === at && this.runOffset[last]! + this.runLength[last]! === offset) {
      this.runLength[last] += length;
      return;
    }
    this.runStart.push(at);
    this.runNode.push(node);
    this.runOffset.push(offset);
    this.runLength.push(length);
  }
}

/** The whole map of `root` in one go (tests, small pages, newly added paragraphs). */
export function buildTextMap(root: Document | Element, options: ArticleTextOptions = {}): TextMap {
  const b = new TextMapBuilder(root, options);
  b.step();
  return b.result();
}
