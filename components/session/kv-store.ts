/**
 * A tiny key-value store over one IndexedDB object store, in the manner of
 * idb-keyval (jakearchibald/idb-keyval: src/index.ts): values are stored as
 * structured clones, so a world snapshot (plain JSON data) goes in as is.
 * Where IndexedDB is missing or refuses (private windows in some browsers),
 * reads find nothing and writes are dropped: the page still works, it just
 * forgets on reload.
 */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  /** Every key that starts with `prefix`. */
  keys(prefix?: string): Promise<string[]>;
}

const DB_NAME = "dockyard";
const STORE = "kv";

function promisify<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB request failed"));
  });
}

function openDatabase(): Promise<IDBDatabase | null> {
  if (typeof indexedDB === "undefined") return Promise.resolve(null);
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DB_NAME, 1);
    } catch {
      resolve(null);
      return;
    }
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
  });
}

/** Opens (lazily, once) the site's key-value store. */
export function createKeyValueStore(): KeyValueStore {
  let db: Promise<IDBDatabase | null> | null = null;
  const store = async (mode: IDBTransactionMode): Promise<IDBObjectStore | null> => {
    db ??= openDatabase();
    const handle = await db;
    return handle ? handle.transaction(STORE, mode).objectStore(STORE) : null;
  };
  return {
    async get<T>(key: string) {
      const s = await store("readonly");
      return s ? ((await promisify(s.get(key))) as T | undefined) : undefined;
    },
    async set(key, value) {
      const s = await store("readwrite");
      if (s) await promisify(s.put(value, key));
    },
    async remove(key) {
      const s = await store("readwrite");
      if (s) await promisify(s.delete(key));
    },
    async keys(prefix = "") {
      const s = await store("readonly");
      if (!s) return [];
      const all = await promisify(s.getAllKeys());
      return all.filter((k): k is string => typeof k === "string" && k.startsWith(prefix));
    },
  };
}

/** A store that lives in memory only (tests, and browsers without IndexedDB). */
export function createMemoryKeyValueStore(): KeyValueStore {
  const data = new Map<string, unknown>();
  return {
    get: <T,>(key: string) => Promise.resolve(structuredClone(data.get(key)) as T | undefined),
    set: (key, value) => {
      data.set(key, structuredClone(value));
      return Promise.resolve();
    },
    remove: (key) => {
      data.delete(key);
      return Promise.resolve();
    },
    keys: (prefix = "") => Promise.resolve([...data.keys()].filter((k) => k.startsWith(prefix))),
  };
}
