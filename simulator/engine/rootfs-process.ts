import { resolveBuildUser } from "../build/user";
import { calculateShellFlavor } from "../build/steps/run";
import { quoteShellWord } from "../build/shell-quote";
import type { Clock } from "../core/clock";
import type { OutputChunk } from "../core/io";
import type { ImageRecord } from "../image/types";
import type { Program } from "../runtime/programs/index";
import type { ContainerRecord, ListeningPort } from "../runtime/types";
import type { PosixCommandTable } from "../shell/commands/types";
import type { ContainerNetwork } from "../shell/commands/network";
import { ExitSignal, KilledSignal } from "../shell/posix/io";
import { UnionFs } from "../vfs/union-fs";
import { APP_MODELS, findAppModel, type AppModel } from "./apps/index";
import { CONTAINER_COMMANDS } from "./container-commands";
import { PosixShell } from "../shell/posix/shell";
import { createShellCommand } from "../shell/posix/shell-command";
import type { Layer } from "../vfs/layer";
import type { Engine } from "./engine";
import { resolveEngineLayer } from "./build";
import { openContainerFs } from "./container-fs";
import { createContainerNetwork } from "./container-network";
import { calculateReplayedUpper, calculateStartKey, createRecordingClock, createRecordingCommands, dispatchStartMemo, findStartMemo, type StartMemoEntry, type StartRecording } from "./start-memo";


/**
 * Programs that keep their process model (runtime/programs): servers and
 * waits that outlive the command (sleep, registry…), and hello-world's binary.
 */
const MODELLED = new Set(["hello", "sleep", "registry", "entrypoint.sh", "top", "yes", "ping", "tail"]);

const SHELLS = new Set(["sh", "ash", "bash", "dash"]);

/** Whether argv starts an interactive shell (`docker run -it alpine sh`): that stays with the terminal's shell model. */
function isInteractiveShell(argv: readonly string[]): boolean {
  const base = (argv[0] ?? "").slice((argv[0] ?? "").lastIndexOf("/") + 1);
  return SHELLS.has(base) && argv.slice(1).every((a) => /^-[a-z]*$/.test(a) && !a.includes("c"));
}

/**
 * A process model that really runs the command over the container's root
 * file system: the image's layers plus the container's read-write layer,
 * as the container's USER, in its WORKDIR and environment, through the
 * image's own programs (what runc does after it finds the executable).
 * It ends at once with its output and status; what it wrote stays in the
 * container's layer. Undefined for servers and waits that keep their
 * process model, and for executables the simulator has no program for.
 */
export function createRootfsProgram(engine: Engine, container: ContainerRecord, image: ImageRecord | undefined, executable: string): Program | undefined {
  const base = executable.slice(executable.lastIndexOf("/") + 1);
  if (!image || MODELLED.has(base)) return undefined;
  const argv = [container.path, ...container.args];
  if (isInteractiveShell(argv)) return undefined;
  let layers;
  try {
    layers = image.layers.map((l) => resolveEngineLayer(engine, l.digest));
  } catch {
    // A layer whose content the engine no longer has: keep the process model rather than fail the start.
    return undefined;
  }
  if (!Object.hasOwn(CONTAINER_COMMANDS, base) && !findAppModel(base) && !isScript(layers, executable, container.config.WorkingDir || "/")) return undefined;
  return (ctx) => {
    const clock = new ProcessClock(engine.clock.now(), PROCESS_HORIZON_MS);
    const ran = runInContainer(engine, container, layers, { argv, env: ctx.env, workingDir: ctx.workingDir, user: container.config.User, tty: ctx.tty }, clock, { memo: true });
    if (ran.serving) return { output: ran.output, exit: null, listens: ran.serving };
    // Still sleeping or looping at the horizon: it runs on until stopped; what it wrote so far shows up in `docker logs` as its time comes.
    if (clock.reached) return { output: ran.output, exit: null };
    return { output: ran.output, exit: { afterMs: clock.elapsed(), code: ran.status } };
  };
}

/**
 * How far ahead a container's main process is run in one go: a script that
 * sleeps or loops past this is taken to run on until stopped.
 * Simplification: its output beyond the horizon (a `while true; do date;
 * sleep 1; done` after ten minutes) is not produced.
 */
const PROCESS_HORIZON_MS = 10 * 60_000;

/** The horizon was reached: unwinds the process's shell as a kill would, but the process is still running. */
class HorizonSignal extends KilledSignal {}

/**
 * The main process's own time line: it starts at the container's start and
 * moves as the process sleeps, without moving the engine's clock, so
 * `docker run -d alpine sh -c 'sleep 100'` returns at once and the
 * container exits 100 s later (container-settle reads exitAt).
 */
class ProcessClock implements Clock {
  private current: number;
  reached = false;

  constructor(
    private readonly start: number,
    horizonMs: number,
    private readonly limit = start + horizonMs,
  ) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  advance(ms: number): void {
    if (!(ms > 0) || !Number.isFinite(ms)) return;
    if (this.current + ms >= this.limit) {
      this.current = this.limit;
      this.reached = true;
      throw new HorizonSignal();
    }
    this.current += ms;
  }

  elapsed(): number {
    return this.current - this.start;
  }
}

/** Whether the executable is a `#!` script in the image (an entrypoint like docker-entrypoint.sh), which the image's shell runs. */
function isScript(layers: Layer[], executable: string, workingDir: string): boolean {
  const path = executable.startsWith("/") ? executable : `${workingDir.replace(/\/$/, "")}/${executable}`;
  try {
    return new UnionFs(layers, { now: () => 0 }).readFile(path).startsWith("#!");
  } catch {
    return false;
  }
}

/**
 * The command table of a container process: the shared one plus every app
 * model wrapped as a command. An app that keeps serving ends the shell
 * there (as `exec` into a server would: nothing after it runs) and leaves
 * where it listens in `serving`.
 */
function createAppCommands(engine: Engine, container: ContainerRecord, base: PosixCommandTable, serving: { listens?: ListeningPort[] }, recording?: StartRecording): PosixCommandTable {
  const table: PosixCommandTable = { ...base };
  const names = new Set([...Object.keys(APP_MODELS), ...Object.keys(base).filter((n) => findAppModel(n))]);
  for (const name of names) {
    const model = findAppModel(name) as AppModel;
    const plain = Object.hasOwn(base, name) ? base[name] : undefined;
    table[name] = (pctx) => {
      const fallback = (): number => (plain ? plain(pctx) : 0);
      const upper = recording ? [...recording.layer.entries] : [];
      const outputIndex = recording?.output.length ?? 0;
      const outcome = model({ engine, container, argv: pctx.argv, env: pctx.env, cwd: pctx.cwd, fs: pctx.fs, out: pctx.out, fallback, isTerminal: pctx.isTerminal === true, stdin: () => pctx.stdin, user: pctx.user });
      if (!outcome || outcome.kind === "exit") {
        if (recording) recording.impure = true;
        return outcome ? outcome.code : fallback();
      }
      if (recording && !recording.appCall) recording.appCall = { call: { name, argv: [...pctx.argv], env: { ...pctx.env }, cwd: pctx.cwd, user: pctx.user }, outputIndex, upper };
      serving.listens = outcome.listens;
      throw new ExitSignal(0);
    };
  }
  return table;
}

/** What one command run inside a container asked for (the main process, or `docker exec`). */
export interface ContainerCommand {
  argv: string[];
  env: Record<string, string>;
  workingDir: string;
  user: string;
  tty: boolean;
  /** The network its processes reach (a pod's: kubectl/service-routing.ts); the container's own by default. */
  network?: ContainerNetwork;
}

/** What a command run inside a container did: its output and status, or where it went on serving (an app model's server). */
export interface ContainerRun {
  output: OutputChunk[];
  status: number;
  /** Set when the command became a long-running server: the sockets it listens on. */
  serving?: ListeningPort[];
}

/**
 * Runs argv inside the container's mount namespace (engine/container-fs.ts)
 * through the image's own programs, as the given user, and stores what it
 * wrote in the container's layer and volumes. A user the image does not
 * know fails as runc does (status 126).
 */
export function runInContainer(engine: Engine, container: ContainerRecord, layers: Layer[], command: ContainerCommand, clock: Clock = engine.clock, options: { memo?: boolean } = {}): ContainerRun {
  const env = { ...command.env };
  const fresh = options.memo === true && !command.tty && !command.network && (container.mounts ?? []).length === 0 && (container.upper?.entries.length ?? 0) === 0;
  const key = fresh ? calculateStartKey(container.imageId, command.argv, env, command.workingDir, command.user) : undefined;
  const memo = key === undefined ? undefined : findStartMemo(engine, key);
  if (memo) {
    const replayed = replayStart(engine, container, layers, memo, clock);
    if (replayed) return replayed;
  }
  const opened = openContainerFs(engine, container, layers);
  const fs = opened.fs;
  const started = clock.now();
  const who = resolveBuildUser(fs, command.user);
  if (!who.ok) return { output: [{ stream: "stderr", text: `${who.message}\n` }], status: 126 };
  const binSh = calculateShellFlavor(fs, "/bin/sh") ?? "dash";
  const serving: { listens?: ListeningPort[] } = {};
  const output: OutputChunk[] = [];
  const recording: StartRecording | undefined = key === undefined ? undefined : { impure: false, layer: opened.upper, output };
  const table = createAppCommands(engine, container, { ...CONTAINER_COMMANDS, sh: createShellCommand(binSh) }, serving, recording);
  const commands = recording ? createRecordingCommands(table, recording, APP_NAMES) : table;
  env.HOME ??= who.user.home;
  env.HOSTNAME ??= container.config.Hostname;
  const shell = new PosixShell({
    fs,
    cwd: command.workingDir,
    env,
    user: who.user,
    flavor: binSh,
    argv0: "/bin/sh",
    commands,
    clock: recording ? createRecordingClock(clock, recording) : clock,
    hostname: container.config.Hostname,
    tty: command.tty,
    stepBudget: 400_000,
    network: command.network ?? createContainerNetwork(engine, container),
  });
  // Simplification: the executable runs as one simple command of the image's shell, its words quoted (no shell is really in between).
  const result = shell.run(`exec ${command.argv.map(quoteShellWord).join(" ")}`, {
    output: {
      out: (text) => output.push({ stream: "stdout", text, atMs: clock.now() - started }),
      err: (text) => output.push({ stream: "stderr", text, atMs: clock.now() - started }),
    },
  });
  opened.commit();
  if (key !== undefined && recording && serving.listens && result.status === 0) dispatchStartMemo(engine, key, recording, container.config.Hostname, engine.clock.now());
  return { output, status: result.status, ...(serving.listens ? { serving: serving.listens } : {}) };
}

/** Every program name an app model answers to. */
const APP_NAMES: ReadonlySet<string> = new Set(Object.keys(APP_MODELS));

/**
 * A start replayed from memory (engine/start-memo.ts): the entrypoint
 * script's output and files as recorded, then the app model run for real
 * over them, so its timestamps, ports and reads of the engine are this
 * container's. Undefined when the app does not come up as recorded (its
 * config now fails, say): the caller then runs the start for real.
 */
function replayStart(engine: Engine, container: ContainerRecord, layers: Layer[], memo: StartMemoEntry, clock: Clock): ContainerRun | undefined {
  const opened = openContainerFs(engine, container, layers);
  for (const [path, entry] of calculateReplayedUpper(memo, engine.clock.now())) opened.upper.set(path, entry);
  const started = clock.now();
  const output: OutputChunk[] = memo.output.map((c) => ({ ...c }));
  const model = findAppModel(memo.app.name);
  if (!model) return undefined;
  let fellBack = false;
  const env = { ...memo.app.env, HOSTNAME: container.config.Hostname };
  const outcome = model({
    engine,
    container,
    argv: [...memo.app.argv],
    env,
    cwd: memo.app.cwd,
    fs: opened.fs,
    out: {
      out: (text) => output.push({ stream: "stdout", text, atMs: clock.now() - started }),
      err: (text) => output.push({ stream: "stderr", text, atMs: clock.now() - started }),
    },
    fallback: () => {
      fellBack = true;
      return 0;
    },
    isTerminal: false,
    stdin: () => "",
    user: memo.app.user,
  });
  if (fellBack || !outcome || outcome.kind !== "serve") return undefined;
  opened.commit();
  return { output, status: 0, serving: outcome.listens };
}
