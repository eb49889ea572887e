/** Arrays that count the reads of their items, for the tests that a pass reads each item a bounded number of times. */

/** Reads of array items, added up. */
export interface Counter {
  reads: number;
}

/** `items` behind a proxy that counts each read of an item (by index or by iteration) in `counter`. */
export function counted<T>(items: T[], counter: Counter): T[] {
  return new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string') {
        const c = key.charCodeAt(0);
        if (c >= 48 && c <= 57) counter.reads++;
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}
