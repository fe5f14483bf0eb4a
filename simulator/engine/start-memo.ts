import type { Clock } from "../core/clock";
import type { OutputChunk } from "../core/io";
import type { PosixCommandTable, ShellUser } from "../shell/commands/types";
import type { LayerEntry } from "../vfs/layer";
import type { Engine } from "./engine";

/**
 * Programs whose effect depends only on their argv, environment, standard
 * input and the files they read: given the same image files and the same
 * arguments they print and write the same thing in every container. Anything
 * else (date, hostname, ps, ip, curl, sleep, ls -l with times…) makes a
 * start depend on more than the image and the container's configuration.
 */
const PURE_PROGRAMS = new Set([
  "sh", "ash", "bash", "dash", "echo", "printf", "cat", "find", "sort", "head", "tail", "grep", "egrep", "fgrep",
  "sed", "awk", "tr", "cut", "wc", "basename", "dirname", "test", "[", "true", "false", "mkdir", "touch", "cp",
  "mv", "rm", "chmod", "chown", "ln", "envsubst", "md5sum", "sha1sum", "sha256sum", "id", "whoami", "gosu",
  "su-exec", "readlink", "realpath", "expr", "seq", "uniq", "tee", "xargs", "nproc", "getconf", "command",
]);

/** The app model a recorded start handed over to, and what it was handed. */
export interface RecordedAppCall {
  name: string;
  argv: string[];
  env: Record<string, string>;
  cwd: string;
  user: ShellUser;
}

/** What a container's start did before its app model took over, replayable in a fresh container of the same image and configuration. */
export interface StartMemoEntry {
  /** The shell's output before the app model ran. */
  output: OutputChunk[];
  /** The container's layer as the shell left it. */
  upper: [string, LayerEntry][];
  /** The engine clock when it was recorded (mtimes written then are moved to the replay's time). */
  recordedAtMs: number;
  app: RecordedAppCall;
}

/** What one recorded start observed; `impure` once it did anything that could differ between two containers. */
export interface StartRecording {
  impure: boolean;
  /** The container's layer being written and the output so far, as the app model took over. */
  layer: { readonly entries: ReadonlyMap<string, LayerEntry> };
  output: OutputChunk[];
  /** Index into the output where the app model began writing, and the layer at that moment. */
  appCall?: { call: RecordedAppCall; outputIndex: number; upper: [string, LayerEntry][] };
}

const MEMOS = new WeakMap<Engine, Map<string, StartMemoEntry>>();
/** Starts remembered per engine (the oldest is forgotten first). */
const MEMO_LIMIT = 128;

/**
 * The key of a start that can be replayed: image, argv, environment (less
 * HOSTNAME, which is checked separately), working directory and user.
 */
export function calculateStartKey(imageId: string, argv: readonly string[], env: Record<string, string>, workingDir: string, user: string): string {
  const rest = Object.entries(env).filter(([k]) => k !== "HOSTNAME").sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([imageId, argv, rest, workingDir, user]);
}

/** A remembered start for this key, if one was recorded. */
export function findStartMemo(engine: Engine, key: string): StartMemoEntry | undefined {
  return MEMOS.get(engine)?.get(key);
}

/** Remembers a start whose recording stayed pure and whose effects never mention the container's own host name. */
export function dispatchStartMemo(engine: Engine, key: string, recording: StartRecording, hostname: string, recordedAtMs: number): void {
  const at = recording.appCall;
  if (recording.impure || !at) return;
  const shellOutput = recording.output.slice(0, at.outputIndex);
  const mentions = (text: string): boolean => hostname !== "" && text.includes(hostname);
  if (shellOutput.some((c) => mentions(c.text) || (c.atMs ?? 0) !== 0)) return;
  if (at.upper.some(([path, entry]) => mentions(path) || (entry.type === "file" && mentions(entry.content)) || (entry.type === "symlink" && mentions(entry.target)))) return;
  const { HOSTNAME: _own, ...env } = at.call.env;
  if (at.call.argv.some(mentions) || Object.values(env).some(mentions) || mentions(at.call.cwd)) return;
  let memos = MEMOS.get(engine);
  if (!memos) MEMOS.set(engine, (memos = new Map()));
  if (memos.size >= MEMO_LIMIT) memos.delete(memos.keys().next().value as string);
  memos.set(key, { output: shellOutput, upper: at.upper, recordedAtMs, app: at.call });
}

/** The remembered layer entries with what was written at recording time moved to `now`. */
export function calculateReplayedUpper(entry: StartMemoEntry, now: number): [string, LayerEntry][] {
  if (now === entry.recordedAtMs) return entry.upper;
  return entry.upper.map(([path, e]): [string, LayerEntry] => ("mtimeMs" in e && e.mtimeMs === entry.recordedAtMs ? [path, Object.freeze({ ...e, mtimeMs: now })] : [path, e]));
}

/** The command table with every program outside PURE_PROGRAMS (and every program after the app model took over) marking the recording impure. */
export function createRecordingCommands(table: PosixCommandTable, recording: StartRecording, appNames: ReadonlySet<string>): PosixCommandTable {
  const wrapped: PosixCommandTable = {};
  for (const [name, command] of Object.entries(table)) {
    const pure = PURE_PROGRAMS.has(name) || appNames.has(name);
    wrapped[name] = (ctx) => {
      if (!pure || recording.appCall) recording.impure = true;
      return command(ctx);
    };
  }
  return wrapped;
}

/** A clock that marks the recording impure when the process waits (sleep, timeouts): its output then depends on time. */
export function createRecordingClock(clock: Clock, recording: StartRecording): Clock {
  return {
    now: () => clock.now(),
    advance: (ms: number) => {
      recording.impure = true;
      clock.advance(ms);
    },
  };
}

/** Forgets every remembered start of this engine (tests compare replayed starts with real ones). */
export function dispatchForgetStartMemos(engine: Engine): void {
  MEMOS.delete(engine);
}
