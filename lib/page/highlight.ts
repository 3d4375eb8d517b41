/**
 * Highlights through the CSS Custom Highlight API: ranges registered in `CSS.highlights` under
 * names that start with "countercheck-", styled by `::highlight(name)` rules. The page's DOM is
 * never changed. Where the API is missing, `supported` is false and nothing is drawn (the claims
 * are still read and stored, and the popup lists them).
 */

/** The highlight names, documented in README for user CSS. */
export const HIGHLIGHT_NAMES = {
  /** The clause of a casualty figure ("at least 12 people were killed"). */
  figure: 'countercheck-figure',
  /** The number phrase inside it ("at least 12"). */
  number: 'countercheck-number',
  /** The clause of a denial. */
  denial: 'countercheck-denial',
  /** A figure that another stored source's figure contradicts, or that a source denies. */
  contested: 'countercheck-contested',
  /** The claim the keyboard is on, or whose card is open. */
  focus: 'countercheck-focus',
} as const;

export type HighlightKind = keyof typeof HIGHLIGHT_NAMES;

// Later kinds paint over earlier ones where they overlap.
const PRIORITY: Record<HighlightKind, number> = { figure: 1, denial: 1, contested: 2, number: 3, focus: 4 };

/** The subset of the registry we use (the standard HighlightRegistry is a Map of name → Highlight). */
interface Registry {
  set(name: string, h: Highlight): unknown;
  delete(name: string): boolean;
}

export function highlightApi(): { registry: Registry; make: () => Highlight } | null {
  const css = (globalThis as { CSS?: { highlights?: Registry } }).CSS;
  const Ctor = (globalThis as { Highlight?: new () => Highlight }).Highlight;
  if (!css?.highlights || typeof Ctor !== 'function') return null;
  return { registry: css.highlights, make: () => new Ctor() };
}

export class Highlighter {
  private readonly sets = new Map<HighlightKind, Highlight>();
  private readonly api = highlightApi();

  get supported(): boolean {
    return this.api !== null;
  }

  /** Registers the (empty) highlights; a previous copy of the extension's are replaced. */
  install(): void {
    if (!this.api) return;
    for (const kind of Object.keys(HIGHLIGHT_NAMES) as HighlightKind[]) {
      const h = this.api.make();
      h.priority = PRIORITY[kind];
      this.sets.set(kind, h);
      this.api.registry.set(HIGHLIGHT_NAMES[kind], h);
    }
  }

  add(kind: HighlightKind, range: AbstractRange): void {
    this.sets.get(kind)?.add(range);
  }

  delete(kind: HighlightKind, range: AbstractRange): void {
    this.sets.get(kind)?.delete(range);
  }

  clear(kind: HighlightKind): void {
    this.sets.get(kind)?.clear();
  }

  /** How many ranges a kind holds. */
  size(kind: HighlightKind): number {
    return this.sets.get(kind)?.size ?? 0;
  }

  /** Removes every highlight we registered. */
  uninstall(): void {
    if (!this.api) return;
    for (const kind of this.sets.keys()) this.api.registry.delete(HIGHLIGHT_NAMES[kind]);
    this.sets.clear();
  }
}
