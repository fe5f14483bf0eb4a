import { WorkspaceFileStore, type PromiseFs } from "./file-store";
import { createKeyValueStore, type KeyValueStore } from "./kv-store";
import { SessionStore } from "./session-store";

let kv: KeyValueStore | null = null;
let lightning: Promise<PromiseFs> | null = null;

/** lightning-fs over IndexedDB, loaded on first use so it stays out of the first page load. */
function lightningFs(): Promise<PromiseFs> {
  lightning ??= import("@isomorphic-git/lightning-fs").then(({ default: LightningFS }) => {
    const fs = new LightningFS("dockyard-workspaces");
    return fs.promises as unknown as PromiseFs;
  });
  return lightning;
}

/** A folder-safe name for a workspace scope ("lesson:first-container" → "lesson-first-container"). */
export function calculateScopeFolder(scope: string): string {
  return scope.replace(/[^A-Za-z0-9._-]+/g, "-");
}

/** The session store of one workspace in this browser (files in lightning-fs, snapshot in IndexedDB). */
export async function openBrowserSession(scope: string): Promise<SessionStore> {
  kv ??= createKeyValueStore();
  const fs = await lightningFs();
  return new SessionStore(`session:${scope}`, kv, new WorkspaceFileStore(fs, `/workspaces/${calculateScopeFolder(scope)}`));
}
