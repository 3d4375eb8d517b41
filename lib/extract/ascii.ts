/**
 * Character tests by code, for the hand-written fast paths of the tokenizers: news text is almost
 * all ASCII, which a loop over char codes reads several times faster than a regex with Unicode
 * classes. Anything outside ASCII goes back to the regex that defines the tokens.
 */

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
export const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
export const isAsciiAlnum = (c: number): boolean => isDigit(c) || isAsciiLetter(c);
/** \w (and what \b reads) without the u flag: [A-Za-z0-9_]. */
export const isAsciiWordChar = (c: number): boolean => isAsciiAlnum(c) || c === 95;
/** ASCII whitespace as \s reads it: tab, line feed, vertical tab, form feed, carriage return, space. */
export const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/** A high surrogate followed by a low one: one code point in two units. */
export function isSurrogatePair(text: string, i: number, end: number): boolean {
  return i + 1 < end && (text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
}

/** Whether text[start, end) has an ASCII capital: without one, toLowerCase would copy it unchanged. */
export function hasAsciiUpper(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isAsciiUpper(text.charCodeAt(i))) return true;
  return false;
}
