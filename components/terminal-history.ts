/** How many lines of terminal history are kept (bash's HISTSIZE default is 500). */
const HISTORY_LIMIT = 500;

/** The localStorage key of this page's terminal history (one per lesson, one for the sandbox). */
export function historyStorageKey(pathname: string): string {
  return `dockyard:history:${pathname.replace(/\/+$/, "") || "/"}`;
}

/** Reads a saved history; anything malformed counts as none. */
export function parseSavedHistory(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string").slice(-HISTORY_LIMIT) : [];
  } catch {
    return [];
  }
}

/** The saved history of `key`; none where storage is unavailable. */
export function loadHistory(key: string): string[] {
  try {
    return parseSavedHistory(window.localStorage.getItem(key));
  } catch {
    return [];
  }
}

/** Saves the last HISTORY_LIMIT lines under `key`. */
export function saveHistory(key: string, history: readonly string[]): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(history.slice(-HISTORY_LIMIT)));
  } catch {
    // Storage full or disabled: history lives for this page only.
  }
}

