/** The get-or-create step of the engine's caches (per fact base, statement or block). */

/** A Map or a WeakMap, as far as the caches use them. */
interface Table<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * The map `outer` keeps for `key`, made empty the first time: one level of a nested cache
 * (`inner(inner(byFacts, facts), metric).get(...)`), without a key string built per lookup.
 */
export function inner<K, K2, V>(outer: Table<K, Map<K2, V>>, key: K): Map<K2, V> {
  let map = outer.get(key);
  if (!map) {
    map = new Map();
    outer.set(key, map);
  }
  return map;
}
