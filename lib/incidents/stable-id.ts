/**
 * Content-derived ids. Two team members who read the same article get the same claim ids, so
 * their stores merge record by record (the dataset and sync issues rely on it). Synchronous,
 * because ids are computed inside IndexedDB transactions where awaiting crypto.subtle would let
 * the transaction commit.
 */

// cyrb53 (public domain): a fast 53-bit string hash with good dispersion.
function cyrb53(str: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * A 106-bit hash of `text` as 22 base-36 characters: two independent 53-bit halves, so that
 * collisions stay negligible for the millions of claims a shared dataset may hold.
 */
export function stableId(text: string): string {
  const a = cyrb53(text, 0).toString(36).padStart(11, '0');
  const b = cyrb53(text, 0x9e3779b9).toString(36).padStart(11, '0');
  return a + b;
}
