/**
 * Very long texts go to the extractor in windows. News articles are far shorter than a window and
 * are read whole; a 20 MB dump or a 5 MB line without breaks is cut into pieces so that the
 * engine's time and memory per call stay bounded whatever its cost per character. Cuts fall on a
 * paragraph break where one exists, else a line break, a sentence end or a space, so a claim
 * (a clause) is almost never split; only "he"-style references across a cut are lost.
 */
export const WINDOW_CHARS = 256 * 1024;

/** [start, end) pairs covering `text` in order, each at most `size` characters long. */
export function textWindows(text: string, size: number = WINDOW_CHARS): Array<[number, number]> {
  if (size < 2) throw new RangeError('window size must be at least 2');
  const windows: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > size) {
    const end = cutPoint(text, start, start + size);
    windows.push([start, end]);
    start = end;
  }
  if (start < text.length || windows.length === 0) windows.push([start, text.length]);
  return windows;
}

/** Where to end the window that starts at `start`, no later than `limit`. */
function cutPoint(text: string, start: number, limit: number): number {
  // Only the second half of the window is searched, so every window makes real progress.
  const floor = start + Math.floor((limit - start) / 2);
  const paragraph = text.lastIndexOf('\n\n', limit - 2);
  if (paragraph >= floor) return paragraph + 2;
  const line = text.lastIndexOf('\n', limit - 1);
  if (line >= floor) return line + 1;
  let space = -1;
  for (let i = limit - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) continue;
    if (endsSentence(text, i)) return i + 1;
    if (space < 0) space = i + 1;
  }
  if (space >= 0) return space;
  // No break at all: cut anywhere, but never between the two halves of a surrogate pair.
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

/** Whether the text just before `i` ends a sentence: ".", "!" or "?", maybe then a quote or bracket. */
function endsSentence(text: string, i: number): boolean {
  const closer = '"\'”’)]'.includes(text[i - 1] ?? 'x') ? 1 : 0;
  return '.!?'.includes(text[i - 1 - closer] ?? 'x');
}
