import type { WorldSnapshot } from "@/simulator";
import type { KeyValueStore } from "./kv-store";
import type { WorkspaceFileStore, WorkspaceFiles } from "./file-store";

/** Bumped when what is saved changes shape; older saves are then ignored, not misread. */
export const SESSION_FORMAT = 1;

/** What the key-value store keeps per workspace: the world snapshot without its files. */
interface SavedSession {
  format: number;
  snapshot: WorldSnapshot;
}

/** What a reload finds: the files and the world, each null when never saved. */
export interface LoadedSession {
  files: WorkspaceFiles | null;
  snapshot: WorldSnapshot | null;
}

/**
 * One workspace's persistence (a lesson's or the sandbox's): the engine
 * snapshot in IndexedDB, the files in lightning-fs, so files, the shell's
 * history and the engine's state survive a reload. "Reset environment"
 * clears both.
 */
export class SessionStore {
  constructor(
    private readonly key: string,
    private readonly kv: KeyValueStore,
    private readonly files: WorkspaceFileStore,
  ) {}

  async load(): Promise<LoadedSession> {
    const [saved, files] = await Promise.all([
      this.kv.get<SavedSession>(this.key).catch(() => undefined),
      this.files.load().catch(() => null),
    ]);
    const snapshot = saved && saved.format === SESSION_FORMAT && saved.snapshot?.version === 1 ? saved.snapshot : null;
    return { files, snapshot: snapshot && files ? { ...snapshot, workspace: files } : snapshot };
  }

  /** Saves a world snapshot: its files to the file store, the rest to the key-value store. */
  async save(snapshot: WorldSnapshot): Promise<void> {
    const record: SavedSession = { format: SESSION_FORMAT, snapshot: { ...snapshot, workspace: {} } };
    await Promise.all([this.kv.set(this.key, record), this.files.save(snapshot.workspace)]);
  }

  /** Saves only the files (after an edit in the editor). */
  async saveFiles(files: WorkspaceFiles): Promise<void> {
    await this.files.save(files);
  }

  async clear(): Promise<void> {
    await Promise.all([this.kv.remove(this.key), this.files.clear()]);
  }
}
