/**
 * A record's own entry for a key the learner typed, never one inherited from
 * Object.prototype: `docker start toString` must be "No such container", not
 * Object's method. State records stay plain objects so JSON snapshots keep
 * working; every lookup keyed by user input goes through here.
 */
export function getOwn<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
