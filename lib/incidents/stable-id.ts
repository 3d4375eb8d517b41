/**
 * Content-derived ids. Two team members who read the same article get the same claim ids, so
 * their stores merge record by record (the dataset and sync issues rely on it). Synchronous,
 * because ids are computed inside IndexedDB transactions where awaiting crypto.subtle would let
 * the transaction commit.
 */

// cyrb53 (public domain): a fast 53-bit string hash with good dispersion.
/** cyrb53 of `str` with `seed` (one half of a stable id). */
export function cyrb53(str: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  return finish(h1, h2);
}

/**
 * A 106-bit hash of `text` as 22 base-36 characters: two independent 53-bit halves, so that
 * collisions stay negligible for the millions of claims a shared dataset may hold. Both halves
 * in one pass over the text (cyrb53 with seeds 0 and 0x9e3779b9: `cyrb53` shows one of them).
 */
export function stableId(text: string): string {
  const s2 = 0x9e3779b9;
  let a1 = 0xdeadbeef;
  let a2 = 0x41c6ce57;
  let b1 = 0xdeadbeef ^ s2;
  let b2 = 0x41c6ce57 ^ s2;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    a1 = Math.imul(a1 ^ ch, 2654435761);
    a2 = Math.imul(a2 ^ ch, 1597334677);
    b1 = Math.imul(b1 ^ ch, 2654435761);
    b2 = Math.imul(b2 ^ ch, 1597334677);
  }
  return finish(a1, a2).toString(36).padStart(11, '0') + finish(b1, b2).toString(36).padStart(11, '0');
}

/** cyrb53's final mix of its two lanes into 53 bits. */
function finish(h1: number, h2: number): number {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
