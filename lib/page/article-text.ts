/**
 * The readable text of a page as the extractor sees it: visible prose, paragraphs separated by a
 * blank line ("\n\n", the layout of the evaluation corpus), page chrome left out.
 *
 * Written against the DOM standard only (node types, localName, attributes, sibling links) so the
 * same function runs on the live page in the content script and on linkedom's DOM in the CLI; a
 * claim's offsets therefore mean the same thing in both. It reads no computed styles: a
 * stylesheet-hidden element is only skipped when the caller passes an `isHidden` that knows CSS
 * (in a browser, `el => !el.checkVisibility()`).
 */

export interface ArticleTextOptions {
  /** Extra hiding rule, checked after the built-in attribute and inline-style checks. */
  isHidden?: (el: Element) => boolean;
}

// Page chrome, non-text content and form fields: their text is never article prose.
const SKIPPED = new Set([
  'nav', 'header', 'footer', 'aside',
  'head', 'title', 'script', 'style', 'noscript', 'template', 'link', 'meta',
  'input', 'textarea', 'select', 'option', 'optgroup', 'datalist', 'button', 'output',
  'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'audio', 'video', 'map',
]);

// ARIA landmarks that mean the same as nav/header/footer/aside when sites use plain divs.
const SKIPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);

// Elements that start a new paragraph; everything else is inline and flows into the current one.
export const BLOCKS: ReadonlySet<string> = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'hgroup', 'hr', 'html', 'legend', 'li', 'listing', 'main', 'menu', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'xmp',
]);

export const PRESERVES_WHITESPACE: ReadonlySet<string> = new Set(['pre', 'listing', 'xmp', 'plaintext']);

// CSS collapses these (white-space: normal); U+00A0 and other Unicode spaces are kept as text.
const COLLAPSIBLE = /[ \t\n\r\f]+/g;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!\s*important\s*)?(?:;|$)/i;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const DOCUMENT_NODE = 9;

/** The article text of `root` (a Document or any element inside one). */
export function articleText(root: Document | Element, options: ArticleTextOptions = {}): string {
  const start = root.nodeType === DOCUMENT_NODE ? (root as Document).documentElement : (root as Element);
  if (!start) return '';
  const out = new TextCollector();
  // Iterative walk over sibling links: a page nested tens of thousands of levels deep must not
  // overflow the call stack, and linkedom builds a fresh array for every `childNodes` read.
  let node: Node | null = start;
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      out.text((node as CharacterData).data);
    } else if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (!isSkipped(el, options)) {
        out.enter(el);
        descend = true;
      }
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (descend) out.exit(node as Element);
    // Climb until a sibling exists, closing the elements we leave; stop at the root.
    while (node && node !== start && !node.nextSibling) {
      node = node.parentNode;
      if (node) out.exit(node as Element);
    }
    node = node && node !== start ? node.nextSibling : null;
  }
  return out.finish();
}

/** Whether `el` and everything inside it stays out of the article text (the text map shares this rule). */
export function isSkipped(el: Element, options: ArticleTextOptions): boolean {
  const name = el.localName.toLowerCase();
  if (SKIPPED.has(name)) return true;
  const role = el.getAttribute('role');
  if (role && SKIPPED_ROLES.has(role.trim().toLowerCase())) return true;
  // contenteditable="" and "true" (and "plaintext-only") make an editor, whose text is the user's.
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.trim().toLowerCase() !== 'false') return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (name === 'dialog' && !el.hasAttribute('open')) return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  if (isInClosedDetails(el)) return true;
  return options.isHidden ? options.isHidden(el) : false;
}

/** A closed <details> renders only its <summary>. */
function isInClosedDetails(el: Element): boolean {
  const parent = el.parentNode as Element | null;
  return (
    parent !== null &&
    parent.nodeType === ELEMENT_NODE &&
    parent.localName.toLowerCase() === 'details' &&
    !parent.hasAttribute('open') &&
    el.localName.toLowerCase() !== 'summary'
  );
}

/** Accumulates inline text into paragraphs and joins them the way the corpus does. */
class TextCollector {
  private blocks: string[] = [];
  private line = '';
  private preDepth = 0;
  private pre = false;

  text(data: string): void {
    if (this.preDepth > 0) {
      this.pre = true;
      this.line += data;
    } else {
      this.line += data.replace(COLLAPSIBLE, ' ');
    }
  }

  enter(el: Element): void {
    const name = el.localName.toLowerCase();
    if (name === 'br') this.line += '\n';
    else if (BLOCKS.has(name)) this.flush();
    if (PRESERVES_WHITESPACE.has(name)) this.preDepth++;
  }

  exit(el: Element): void {
    const name = el.localName.toLowerCase();
    if (PRESERVES_WHITESPACE.has(name)) this.preDepth--;
    if (BLOCKS.has(name)) this.flush();
    // Table cells stay on one line, separated by a tab as in the browser's innerText.
    else if (name === 'td' || name === 'th') this.line += '\t';
  }

  finish(): string {
    this.flush();
    return this.blocks.join('\n\n');
  }

  private flush(): void {
    const raw = this.line;
    const pre = this.pre;
    this.line = '';
    this.pre = false;
    const lines = pre
      ? raw.split('\n').map((l) => l.replace(/\s+$/, ''))
      : raw
          .replace(/ {2,}/g, ' ')
          .split('\n')
          .map((l) => l.replace(/^[ \t]+|[ \t]+$/g, '').replace(/ ?\t ?/g, '\t'));
    const text = lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
    if (text.trim()) this.blocks.push(text);
  }
}
