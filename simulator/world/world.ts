import { VirtualClock, type Clock } from "../core/clock";
import { SeededIds } from "../core/ids";
import { Output, type CommandTranscript } from "../core/io";
import { runDocker } from "../docker/root";
import type { ClusterSnapshot } from "../kubectl/cluster";
import { runKubectl } from "../kubectl/root";
import { runKind, runKindNodeDocker } from "../kubectl/kind";
import { answerSnapshotHostRequest } from "../kubectl/service-routing";
import { createEngineState, Engine, type EngineState } from "../engine/engine";
import { answerHostHttp, answerHostRequest } from "../engine/host-network";
import type { GradableSnapshot } from "../grader/checks";
import { HOST_BUILTINS } from "../shell/builtins/index";
import { ShellInterpreter } from "../shell/interpreter";
import { createShellSession, formatPrompt, type CommandTable, type HostNetwork, type ShellSessionState } from "../shell/session";
import { MemoryFs } from "../vfs/memory-fs";
import { MountFs } from "../vfs/mount-fs";
import type { FileSystem } from "../vfs/types";
import { readWorkspaceFiles } from "./workspace";
import { SessionRouter, type RoutedLine } from "./session-router";
import { calculateCompletion, type Completion } from "./completion";
import { createSleepJob, ForegroundSlot, LONE_SLEEP } from "./foreground-slot";
import type { ForegroundJob, ForegroundStep } from "../docker/foreground";
import type { ContainerSession, ContainerSessionRecord } from "../engine/container-session";

/** Where the learner's workspace appears in the host shell (and `$HOME`). */
export const WORKSPACE_PATH = "/home/learner/workspace";

/** How to build a world. */
export interface WorldOptions {
  /** The learner's files; an empty in-memory tree if omitted. */
  workspace?: FileSystem;
  /** Virtual by default; the browser passes one that follows the wall clock. */
  clock?: Clock;
  /** Seed for IDs and generated names. */
  seed?: number;
  /** Standard output is a terminal (the browser, an interactive headless shell): BuildKit shows its TTY view. */
  tty?: boolean;
  /**
   * Standard input is a terminal a person types into (the browser, the
   * interactive headless shell): `docker run -it` opens a session; without it
   * (a script) docker says `the input device is not a TTY`. Default: `tty`.
   */
  interactive?: boolean;
  /** Terminal width in columns. */
  columns?: number;
  /** Programs the host environment provides (the site's and the headless shell's `git`): see HostProgram. */
  hostPrograms?: Record<string, HostProgram>;
}

/** What a host program sees: its arguments, the shell's directory and the learner's workspace. */
export interface HostProgramContext {
  argv: string[];
  /** The shell's working directory (the workspace is at WORKSPACE_PATH). */
  cwd: string;
  workspace: FileSystem;
  /** The world's clock, in ms since the epoch. */
  now(): number;
}

/**
 * A program provided by the host rather than the engine (`git` over
 * isomorphic-git, which is asynchronous): it runs as a whole line and the
 * terminal awaits ShellResult.pending for its output.
 */
export type HostProgram = (ctx: HostProgramContext) => Promise<CommandTranscript>;

/** One line's outcome at the host shell. */
export interface ShellResult extends CommandTranscript {
  /** The shell ran `exit`. */
  exit: boolean;
  /** The shell ran `clear`. */
  clear: boolean;
  /**
   * A command still holds the foreground (`docker run nginx`, `docker logs -f`,
   * a lone `sleep`): poll() for its output as time passes, interrupt() for Ctrl+C.
   */
  running?: boolean;
  /** A host program (options.hostPrograms) is still running: its output and status arrive here; `$?` follows it. */
  pending?: Promise<ShellResult>;
}

/** Everything needed to put a world back as it was: plain JSON. */
export interface WorldSnapshot extends GradableSnapshot {
  version: 1;
  clockMs: number;
  ids: [number, number, number, number];
  engine: EngineState;
  shell: ShellSessionState;
  /** The Kubernetes cluster, once kubectl has been used. */
  cluster?: ClusterSnapshot;
  /** The container shell the terminal was in, if any (reopened on restore while its container runs). */
  session?: ContainerSessionRecord;
}

/** The simulated machine: a host shell with docker on it, over the learner's workspace. */
export interface World {
  /** Runs one line typed at the host shell. */
  run(line: string): ShellResult;
  /** The prompt to show before the next line: the host's, or the container shell's during a session. */
  prompt(): string;
  /** Ctrl+D at an empty prompt: ends a container session (its shell exits with `$?`); nothing at the host. */
  endOfInput(): ShellResult;
  /** The container whose shell has the terminal (`docker run -it`, `exec -it`…), if any. */
  session(): { containerId: string; kind: string } | undefined;
  /**
   * The foreground command's output since the last call (`running` while it
   * goes on; when it ends its status becomes `$?`); undefined when nothing
   * holds the foreground. Never blocks.
   */
  poll(): ShellResult | undefined;
  /** Ctrl+C: to the foreground command, if any (docker proxies SIGINT to the container as docker does). */
  interrupt(): ShellResult | undefined;
  /**
   * Ctrl+P Ctrl+Q in a container session: back to the host with the container
   * still running. undefined when no session is open.
   */
  detach(): ShellResult | undefined;
  /** Tab completion of the line at the cursor, at the host or in a container's shell (world/completion.ts). */
  complete(line: string, cursor: number): Completion;
  readonly workspace: FileSystem;
  readonly engine: Engine;
  snapshot(): WorldSnapshot;
  restore(snapshot: WorldSnapshot): void;
  /** The terminal's width changed (BuildKit's TTY view fits its lines to it). */
  setColumns(columns: number): void;
}

/**
 * The host's network as seen by `curl` on the host: nothing outside the
 * sandbox resolves; on the machine's own addresses, the engine decides what
 * answers: a running container's published port, or a refused connection
 * (engine/host-network.ts).
 */
function createHostNetwork(engine: () => Engine, cluster: () => ClusterSnapshot | undefined): HostNetwork {
  return {
    httpGet(host, port, path) {
      // The cluster's ports (port-forward, NodePort, LoadBalancer on localhost) first, then the engine's published ones.
      const routed = answerSnapshotHostRequest(cluster(), engine(), `http://${host}:${port}${path}`, "GET", { Host: `${host}:${port}`, "User-Agent": "curl/7.88.1", Accept: "*/*" });
      if (routed) return routed.kind === "response" ? { status: routed.status, body: routed.body, headers: routed.headers } : routed.kind === "timeout" ? "refused" : routed.kind;
      return answerHostHttp(engine(), host, port, path);
    },
    request(url, method, headers, body) {
      return answerSnapshotHostRequest(cluster(), engine(), url, method, headers, body) ?? answerHostRequest(engine(), url, method, headers, body);
    },
  };
}

/**
 * Composes the engine, the docker CLI and the host shell into one world
 * (the composition root; anchors-aesthetics §8 `world/`).
 */
export function createWorld(options: WorldOptions = {}): World {
  const clock = options.clock ?? new VirtualClock();
  let ids = new SeededIds(options.seed ?? 0x5eed);
  const workspace = options.workspace ?? new MemoryFs(() => clock.now());
  const hostFs = new MountFs(new MemoryFs(() => clock.now()), WORKSPACE_PATH, workspace);
  hostFs.mkdir("/tmp", { recursive: true });
  let engineState = createEngineState();
  let engine = new Engine(engineState, clock, ids);
  engine.hostFs = hostFs;
  let session = createShellSession(WORKSPACE_PATH);
  let columns = options.columns;
  let cluster: ClusterSnapshot | undefined;
  const interactive = options.interactive ?? options.tty ?? false;
  const sessions = new SessionRouter();
  const foreground = new ForegroundSlot();
  /** The line being run is a lone `sleep` (it holds the foreground in a terminal: world/foreground-slot.ts). */
  let loneSleep = false;
  /** The host program the current line started, if any. */
  let hostRun: Promise<CommandTranscript> | undefined;

  const commands: CommandTable = {
    ...HOST_BUILTINS,
    kubectl: (ctx) =>
      runKubectl(
        ctx.argv.slice(1),
        {
          engine, clock, fs: ctx.fs, cwd: ctx.session.cwd, stdin: ctx.stdin, env: ctx.env, getCluster: () => cluster, setCluster: (next) => void (cluster = next),
          // kubectl edit runs $EDITOR at this shell; get -w keeps the terminal like docker logs -f.
          runHostLine: (line, out) => interpreter().runLine(line, out),
          ...(interactive ? { foreground: (job: ForegroundJob) => foreground.offer(job) } : {}),
        },
        ctx.out,
      ),
    kind: (ctx) => runKind(ctx.argv.slice(1), { engine, clock, fs: ctx.fs, cwd: ctx.session.cwd, stdin: ctx.stdin, env: ctx.env, getCluster: () => cluster, setCluster: (next) => void (cluster = next) }, ctx.out),
    sleep: (ctx) => {
      if (!interactive || !loneSleep) return HOST_BUILTINS.sleep?.(ctx) ?? 0;
      let wanted = 0;
      const status = HOST_BUILTINS.sleep?.({ ...ctx, clock: { now: () => clock.now(), advance: (ms) => (wanted += ms) } }) ?? 0;
      if (status === 0 && wanted > 0) foreground.offer(createSleepJob(clock, wanted));
      return status;
    },
    docker: (ctx) =>
      runKindNodeDocker(ctx.argv.slice(1), { engine, clock, fs: ctx.fs, cwd: ctx.session.cwd, stdin: ctx.stdin, env: ctx.env, getCluster: () => cluster, setCluster: (next) => void (cluster = next) }, ctx.out) ??
      runDocker(ctx.argv.slice(1), engine, ctx.out, {
        fs: ctx.fs,
        cwd: ctx.session.cwd,
        env: ctx.env,
        tty: (options.tty ?? false) && ctx.stdoutIsTerminal !== false,
        stdinTty: interactive && ctx.stdinIsTerminal !== false,
        ...(interactive ? { openSession: (s: ContainerSession) => sessions.offer(s), foreground: (job: ForegroundJob) => foreground.offer(job) } : {}),
        stdin: ctx.stdin,
        ...(columns !== undefined ? { columns } : {}),
      }),
    // Compose v1's spelling: v2 with --compatibility, which keeps v1's `project_service_1` names (docker/docs compose/releases/migrate.md).
    "docker-compose": (ctx) => commands.docker?.({ ...ctx, argv: ["docker", "compose", "--compatibility", ...ctx.argv.slice(1)] }) ?? 127,
  };
  // Simplification: a host program's status is not seen by `&&`, `||` or `$?` later on the same line (it finishes after the line).
  for (const [name, program] of Object.entries(options.hostPrograms ?? {})) {
    commands[name] = (ctx) => {
      hostRun = program({ argv: ctx.argv, cwd: ctx.session.cwd, workspace, now: () => clock.now() });
      return 0;
    };
  }
  const network = createHostNetwork(() => engine, () => cluster);
  /** A session line's outcome as the terminal sees it; when the session ends, its status becomes the host's `$?`. */
  const fromStep = (step: ForegroundStep): ShellResult => {
    const out = new Output();
    out.append(step.chunks);
    if (step.exitCode !== undefined) session.lastExit = step.exitCode;
    const result = { ...out.result(step.exitCode ?? 0), exit: false, clear: false };
    return step.exitCode === undefined ? { ...result, running: true } : result;
  };
  const fromRouted = (routed: RoutedLine): ShellResult => {
    const out = new Output();
    out.append(routed.chunks);
    if (routed.ended) session.lastExit = routed.status;
    return { ...out.result(routed.status), exit: false, clear: false };
  };
  const interpreter = (): ShellInterpreter => new ShellInterpreter({ fs: hostFs, session, clock, network, commands });

  return {
    workspace,
    get engine() {
      return engine;
    },
    run(line) {
      // Simplification: a line typed while a command holds the foreground is not queued as a terminal would queue it: it runs now.
      if (sessions.current) return fromRouted(sessions.run(line));
      session.exited = false;
      session.cleared = false;
      if (line.trim() !== "") session.history.push(line);
      const out = new Output();
      loneSleep = LONE_SLEEP.test(line);
      const status = interpreter().runLine(line, out);
      loneSleep = false;
      sessions.adopt();
      const running = foreground.adopt();
      const result: ShellResult = { ...out.result(status), exit: session.exited, clear: session.cleared, ...(running ? { running } : {}) };
      const started = hostRun;
      hostRun = undefined;
      if (!started) return result;
      const finish = (done: CommandTranscript): ShellResult => {
        session.lastExit = done.exitCode;
        return { ...done, chunks: [...result.chunks, ...done.chunks], stdout: result.stdout + done.stdout, stderr: result.stderr + done.stderr, exit: false, clear: false };
      };
      return { ...result, pending: started.then(finish, (error: unknown) => finish({ stdout: "", stderr: `${String(error)}\n`, exitCode: 1, chunks: [{ stream: "stderr", text: `${String(error)}\n` }] })) };
    },
    detach() {
      const kind = sessions.detach();
      if (kind === undefined) return undefined;
      // run and start -a treat the escape as a clean detach (exit 0, silent); attach and exec
      // return term.EscapeError, which the CLI prints (docker/cli 27: run.go, start.go, attach.go, exec.go).
      const quiet = kind === "run" || kind === "start";
      const out = new Output();
      if (!quiet) out.err("read escape sequence\n");
      session.lastExit = quiet ? 0 : 1;
      return { ...out.result(session.lastExit), exit: false, clear: false };
    },
    complete(line, cursor) {
      const inside = sessions.current?.completionSources();
      if (inside) return calculateCompletion({ ...inside, engine, docker: false }, line, cursor);
      return calculateCompletion({ commandNames: Object.keys(commands), fs: hostFs, cwd: session.cwd, home: session.home, engine, docker: true }, line, cursor);
    },
    poll() {
      const step = foreground.poll();
      return step && fromStep(step);
    },
    interrupt() {
      const step = foreground.interrupt();
      // At a container shell's prompt, Ctrl+C drops an unfinished (PS2) command.
      if (!step) sessions.current?.cancelPending();
      return step && fromStep(step);
    },
    prompt() {
      return sessions.current ? sessions.current.prompt() : formatPrompt(session);
    },
    endOfInput() {
      if (sessions.current) return fromRouted(sessions.endOfInput());
      return { stdout: "", stderr: "", exitCode: session.lastExit, chunks: [], exit: false, clear: false };
    },
    session() {
      const current = sessions.current;
      return current ? { containerId: current.containerId, kind: current.record.kind } : undefined;
    },
    setColumns(n) {
      columns = n;
    },
    snapshot() {
      engine.settle();
      return structuredClone({
        version: 1 as const,
        clockMs: clock.now(),
        ids: ids.state,
        engine: engineState,
        shell: session,
        workspace: readWorkspaceFiles(workspace),
        history: session.history,
        ...(cluster ? { cluster } : {}),
        ...(sessions.current ? { session: sessions.describe() } : {}),
      });
    },
    restore(snapshot) {
      const copy = structuredClone(snapshot);
      if (clock instanceof VirtualClock) clock.set(copy.clockMs);
      ids = new SeededIds(copy.ids);
      engineState = copy.engine;
      engine = new Engine(engineState, clock, ids);
      engine.hostFs = hostFs;
      session = copy.shell;
      cluster = copy.cluster;
      sessions.restore(engine, copy.session);
      foreground.drop();
    },
  };
}
