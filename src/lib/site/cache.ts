/**
 * The one cache pattern for what a build computes once and every page reads: the dataset, its
 * figures, the map data and models, labels. Astro renders every page in one process, so a value
 * kept here is computed once per build, not once per page (that keeps the build linear in the
 * number of pages). Browser-safe and pure.
 */

/** A value computed on first use, then kept. */
export function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/**
 * One value per argument. An object argument (a dataset, SiteData, MapData) is held weakly, so a
 * test's throw-away dataset is freed with it; a string argument, or the string `key` makes of the
 * argument, is kept. `limit` keeps only the most recent string keys, for values too large to keep
 * for every page (a map model holds a mark per library).
 */
export function memo<A, V>(compute: (arg: A) => V, options: { key?: (arg: A) => string; limit?: number } = {}): (arg: A) => V {
  const byObject = new WeakMap<object, V>();
  const byString = new Map<string, V>();
  const limit = options.limit ?? Infinity;
  return (arg: A) => {
    if (!options.key && typeof arg === 'object' && arg !== null) {
      if (!byObject.has(arg)) byObject.set(arg, compute(arg));
      return byObject.get(arg)!;
    }
    const key = options.key ? options.key(arg) : String(arg);
    if (byString.has(key)) return byString.get(key)!;
    const value = compute(arg);
    byString.set(key, value);
    if (byString.size > limit) byString.delete(byString.keys().next().value!);
    return value;
  };
}
