/**
 * Sets a key on a plain record as an own property even when the key is
 * `__proto__`, so names typed in a Compose file stay ordinary data.
 */
export function setOwnValue<V>(record: Record<string, V>, key: string, value: V): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A YAML mapping as a record, or undefined for anything else. */
export function asMapping(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
