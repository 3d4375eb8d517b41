/**
 * The extraction output contract. The CLI prints it, the store keeps it and the page highlights it:
 * change it only by adding optional fields. Documented in docs/claims.md.
 */

/** What happened to the people a figure counts. `casualties`: killed and wounded not told apart. */
export type Outcome = 'killed' | 'wounded' | 'casualties' | 'missing' | 'captured';

/** `denied`: the figure is the object of a denial ("denied reports that three were killed"). */
export type Stance = 'asserted' | 'denied';

/** The kind of violence or disaster an incident was, as far as the text says. */
export type EventType =
  | 'air strike'
  | 'shelling'
  | 'missile strike'
  | 'drone strike'
  | 'explosion'
  | 'shooting'
  | 'clashes'
  | 'ambush'
  | 'crash'
  | 'natural disaster';

/** What a denial rejects: a casualty report or figure, or responsibility for the casualties. */
export type DenialScope = 'casualties' | 'responsibility';

export interface Claim {
  /** Document id (the `--docs` id, a file name, or `meta.id`). */
  doc: string;
  kind: 'figure' | 'denial';
  /** The clause that carries the claim, exactly as in the text. */
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  /** Figure: the number phrase with its qualifier ("at least nine"). Denial: its cue ("denied"). */
  numberText: string;
  numberStart: number;
  numberEnd: number;
  /** Inclusive bounds; null where the text leaves that side open. Null for denials. */
  low: number | null;
  high: number | null;
  /** True for about/around/nearly/some and vague quantities (dozens, hundreds). */
  approx: boolean;
  /** Null for denials. */
  outcome: Outcome | null;
  /** Who the figure counts ("Russian troops"), as written; null when unstated. */
  victims: string | null;
  /** Who makes the claim, as named in the text; null for the outlet's own voice. */
  source: string | null;
  /** The agency or outlet that carried the source's words (Reuters, AFP, TASS); null if none named. */
  via: string | null;
  stance: Stance;
  /** Denials only: what is denied. */
  scope?: DenialScope;
  /** Incident hints: the place as named, the event date (YYYY-MM-DD), the event type. */
  place: string | null;
  date: string | null;
  eventType: EventType | null;
  /** Incident hint: true when the figure counts over a period ("since 2011"), a total rather than one event; absent otherwise. */
  period?: true;
}

/** What is known about the document a text comes from. All optional. */
export interface DocMeta {
  id?: string;
  url?: string;
  outlet?: string;
  /** Publication date, YYYY-MM-DD or a full ISO timestamp; relative dates resolve against it. */
  published?: string | null;
  title?: string;
}
