/**
 * How many items of `list`, ascending by `key`, are below `at` (its insertion point, by binary
 * search). `key` defaults to the item itself, for lists of numbers.
 */
export function countBefore<T>(list: readonly T[], at: number, key: (item: T) => number = (item) => item as number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(list[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
