/**
 * Sentence and paragraph boundaries as offsets. Paragraphs are separated by line breaks (the eval
 * corpus and the page's text map both use "\n\n"); a sentence ends at . ! ? (and any closing quotes
 * or brackets) before a capital, a digit or an opening quote, unless the word before the point is an
 * abbreviation ("Dec.", "U.S.", "Mr.").
 */

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof gen lt col sgt capt cpt maj adm cmdr gov sen rep rev st mt ft no nos vs jan feb mar apr supt insp det cpl brig ' +
    'jun jul aug sep sept oct nov dec inc ltd co corp jr sr dept est approx fig al e.g i.e etc').split(' '),
);

/** A sentence end: terminal punctuation, closing quotes/brackets, whitespace, then a likely sentence start. */
const SENTENCE_END = /([.!?]+)["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9\u00C0-\u024F])/g;

/** The sentences of the paragraph text[start, end), trimmed of surrounding whitespace. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const para = text.slice(start, end);
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(para); m; m = SENTENCE_END.exec(para)) {
    if (m[1] === '.' && isAbbreviation(para, m.index)) continue;
    const stop = m.index + m[0].trimEnd().length;
    pushTrimmed(out, text, start + from, start + stop);
    from = m.index + m[0].length;
  }
  pushTrimmed(out, text, start + from, end);
  return out;
}

function isAbbreviation(para: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[A-Za-z.]/.test(para[i - 1])) i--;
  const word = para.slice(i, dot).toLowerCase();
  if (!word) return false;
  // Initials and dotted acronyms: "U.S.", "J." — but a lone capital word like "Kramatorsk." ends a sentence.
  if (/^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]?$/.test(word)) return true;
  return ABBREVIATIONS.has(word);
}

/*
 * The longest sentence read as one. News sentences run to a few hundred characters; a longer run
 * without an end (a table flattened to text, a list, a page's script) is cut into pieces at a clause
 * break, else at a space: the readers look at a sentence as a whole, and over one of thousands of
 * characters with a figure every few words their work would grow with its square.
 */
const MAX_SENTENCE = 1500;
/** Where a long run may be cut: after a clause's punctuation, else at any space. */
const SENTENCE_CUT = /[;,:][ \t]|\s[—–-][ \t]/g;

function pushTrimmed(out: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  while (end - start > MAX_SENTENCE) {
    const cut = cutPoint(text, start, start + MAX_SENTENCE);
    pushTrimmed(out, text, start, cut);
    start = cut;
    while (start < end && /\s/.test(text[start])) start++;
  }
  if (end > start) out.push({ start, end });
}

/** The last clause break in text[start, limit), else its last space, else limit. */
function cutPoint(text: string, start: number, limit: number): number {
  const window = text.slice(start, limit);
  let cut = -1;
  SENTENCE_CUT.lastIndex = 0;
  for (let m = SENTENCE_CUT.exec(window); m; m = SENTENCE_CUT.exec(window)) cut = m.index + 1;
  if (cut < window.length / 2) cut = Math.max(cut, window.lastIndexOf(' '));
  return cut > 0 ? start + cut : limit;
}
