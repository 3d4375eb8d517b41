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

const isCollapsible = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
const JS_SPACE = /\s/;

/** Builds a TextMap in steps; `step` returns true when the walk is finished. */
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
  // The current paragraph, raw: one entry per character, with its origin (node index or -1 for <br>/cell separators).
  private rawChars: string[] = [];
  private rawNode: number[] = [];
  private rawOffset: number[] = [];
  private lineNodes: Text[] = [];
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

  private push(ch: string, nodeIndex: number, offset: number): void {
    this.rawChars.push(ch);
    this.rawNode.push(nodeIndex);
    this.rawOffset.push(offset);
  }

  private text(node: Text): void {
    const data = node.data;
    if (!data) return;
    const ni = this.lineNodes.push(node) - 1;
    if (this.preDepth > 0) {
      this.pre = true;
      for (let i = 0; i < data.length; i++) this.push(data[i]!, ni, i);
      return;
    }
    // data.replace(/[ \t\n\r\f]+/g, ' '): the first character of a run stands for it.
    let prevWs = false;
    for (let i = 0; i < data.length; i++) {
      const c = data.charCodeAt(i);
      if (isCollapsible(c)) {
        if (!prevWs) this.push(' ', ni, i);
        prevWs = true;
      } else {
        this.push(data[i]!, ni, i);
        prevWs = false;
      }
    }
  }

  private enter(el: Element): void {
    const name = el.localName.toLowerCase();
    if (name === 'br') this.push('\n', -1, 0);
    else if (BLOCKS.has(name)) this.flush();
    if (PRESERVES_WHITESPACE.has(name)) this.preDepth++;
  }

  private exit(el: Element): void {
    const name = el.localName.toLowerCase();
    if (PRESERVES_WHITESPACE.has(name)) this.preDepth--;
    if (BLOCKS.has(name)) this.flush();
    else if (name === 'td' || name === 'th') this.push('\t', -1, 0);
  }

  /** articleText's TextCollector.flush, as filters over the raw characters' indices. */
  private flush(): void {
    const ch = this.rawChars;
    const pre = this.pre;
    let idx: number[] = [];
    for (let i = 0; i < ch.length; i++) idx.push(i);
    const lines = pre ? splitLines(idx, ch).map((l) => trimEnd(l, ch, (c) => JS_SPACE.test(c))) : plainLines(idx, ch);
    // lines.join('\n')
    idx = [];
    lines.forEach((l, k) => {
      if (k > 0) idx.push(-1); // a newline from the split; its origin is the '\n' that was there
      for (const i of l) idx.push(i);
    });
    const newlineAt = this.newlineOrigins(idx);
    // .replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '')
    const isNl = (k: number) => (idx[k] === -1 ? true : ch[idx[k]!] === '\n');
    const kept: number[] = [];
    let run = 0;
    for (let k = 0; k < idx.length; k++) {
      if (isNl(k)) {
        run++;
        if (run > 2) continue;
      } else run = 0;
      kept.push(k);
    }
    let a = 0;
    let b = kept.length;
    while (a < b && isNl(kept[a]!)) a++;
    while (b > a && isNl(kept[b - 1]!)) b--;
    const final = kept.slice(a, b);
    let text = '';
    for (const k of final) text += idx[k] === -1 ? '\n' : ch[idx[k]!];
    if (text.trim()) this.emit(final.map((k) => (idx[k] === -1 ? newlineAt.get(k)! : idx[k]!)), text);
    this.rawChars = [];
    this.rawNode = [];
    this.rawOffset = [];
    this.lineNodes = [];
    this.pre = false;
  }

  /** Joined-line positions (-1 entries) → the raw index of the '\n' they replace. */
  private newlineOrigins(idx: number[]): Map<number, number> {
    // The k-th join newline stands for the k-th raw '\n' (split consumed it).
    const raws: number[] = [];
    for (let i = 0; i < this.rawChars.length; i++) if (this.rawChars[i] === '\n') raws.push(i);
    const out = new Map<number, number>();
    let n = 0;
    for (let k = 0; k < idx.length; k++) if (idx[k] === -1) out.set(k, raws[n++]!);
    return out;
  }

  private emit(rawIdx: number[], text: string): void {
    if (this.parts.length) {
      this.parts.push('\n\n');
      this.outLength += 2;
    }
    const base = this.outLength;
    let last = -1;
    for (let j = 0; j < rawIdx.length; j++) {
      const i = rawIdx[j]!;
      const ni = this.rawNode[i]!;
      if (ni < 0) continue;
      const node = this.lineNodes[ni]!;
      const off = this.rawOffset[i]!;
      if (
        last >= 0 &&
        this.runNode[last] === node &&
        this.runStart[last]! + this.runLength[last]! === base + j &&
        this.runOffset[last]! + this.runLength[last]! === off
      ) {
        this.runLength[last]++;
        continue;
      }
      this.runStart.push(base + j);
      this.runNode.push(node);
      this.runOffset.push(off);
      this.runLength.push(1);
      last = this.runStart.length - 1;
    }
    this.parts.push(text);
    this.outLength += text.length;
  }
}

/** Splits raw indices at '\n' characters (which are dropped, as String.split drops them). */
function splitLines(idx: number[], ch: string[]): number[][] {
  const lines: number[][] = [[]];
  for (const i of idx) {
    if (ch[i] === '\n') lines.push([]);
    else lines[lines.length - 1]!.push(i);
  }
  return lines;
}

function trimEnd(line: number[], ch: string[], drop: (c: string) => boolean): number[] {
  let b = line.length;
  while (b > 0 && drop(ch[line[b - 1]!]!)) b--;
  return line.slice(0, b);
}

/** The non-preformatted lines: / {2,}/ → ' ', split, trim spaces and tabs, / ?\t ?/ → '\t'. */
function plainLines(idx: number[], ch: string[]): number[][] {
  const squeezed = idx.filter((i) => !(ch[i] === ' ' && i > 0 && ch[i - 1] === ' '));
  return splitLines(squeezed, ch).map((line) => {
    const isBlank = (c: string) => c === ' ' || c === '\t';
    let a = 0;
    while (a < line.length && isBlank(ch[line[a]!]!)) a++;
    const t = trimEnd(line.slice(a), ch, isBlank);
    return t.filter((i, k) => !(ch[i] === ' ' && ((k > 0 && ch[t[k - 1]!] === '\t') || (k + 1 < t.length && ch[t[k + 1]!] === '\t'))));
  });
}

/** The whole map of `root` in one go (tests, small pages, newly added paragraphs). */
export function buildTextMap(root: Document | Element, options: ArticleTextOptions = {}): TextMap {
  const b = new TextMapBuilder(root, options);
  b.step();
  return b.result();
}
