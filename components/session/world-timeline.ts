import type { ShellResult, World, WorldSnapshot } from "@/simulator";
import { TimeTravel, type TimeTravelEntry } from "./time-travel";
import { replaceWorkspaceFiles } from "./workspace-sync";

/** What happened to the world: a command ran, a foreground command finished (update), or undo stepped back over one. */
export interface TimelineEvent {
  kind: "command" | "update" | "undo";
  /** The command line that ran, or the one undo stepped back over. */
  line: string;
  before: WorldSnapshot;
  after: WorldSnapshot;
}

/** A terminal line that asks for undo (`undo`, with any spacing). */
const UNDO_LINE = /^\s*undo\s*$/;

function result(stdout: string, stderr: string, exitCode: number): ShellResult {
  const chunks = [
    ...(stdout ? [{ stream: "stdout" as const, text: stdout }] : []),
    ...(stderr ? [{ stream: "stderr" as const, text: stderr }] : []),
  ];
  return { stdout, stderr, exitCode, chunks, exit: false, clear: false };
}

/**
 * A world with a memory: before every command it records a snapshot (engine,
 * shell and workspace files), so `undo` (a button, or typed at the terminal
 * as in Learn Git Branching: pcottle/learnGitBranching src/js/level/sandbox.js
 * `undo`) steps back over the last command, and listeners (the engine view,
 * persistence) hear about every change. `world` is what the terminal gets: the
 * same world, with `run` observed and `undo` understood.
 */
export class WorldTimeline {
  readonly world: World;
  private readonly travel: TimeTravel<WorldSnapshot>;
  private readonly listeners = new Set<(event: TimelineEvent) => void>();
  /** The last command and the state right after it returned (a foreground command may still be running). */
  private lastLine = "";
  private last: WorldSnapshot | null = null;

  constructor(
    private readonly raw: World,
    limit = 30,
  ) {
    this.travel = new TimeTravel(limit);
    // `undo` is the host shell's; inside a container's shell it is just another word for that shell.
    const run = (line: string): ShellResult => (UNDO_LINE.test(line) && !this.inContainer() ? this.runUndo() : this.runCommand(line));
    // A foreground command (`docker run nginx`, `docker logs -f`) ends later, through poll, Ctrl+C or Ctrl+D.
    const finishing =
      <A extends unknown[]>(call: (...args: A) => ShellResult | undefined) =>
      (...args: A): ShellResult | undefined => {
        const out = call(...args);
        if (out && !out.running) this.emitUpdate();
        return out;
      };
    const wrapped: Partial<Record<PropertyKey, unknown>> = {
      run,
      poll: finishing(() => raw.poll()),
      interrupt: finishing(() => raw.interrupt()),
      endOfInput: finishing(() => raw.endOfInput()),
    };
    this.world = new Proxy(raw, {
      get: (target, prop) => (Object.hasOwn(wrapped, prop) ? wrapped[prop] : Reflect.get(target, prop, target)),
    });
  }

  /** Calls `listener` after every command and undo; returns the unsubscribe function. */
  subscribe(listener: (event: TimelineEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** How many commands undo can step back over. */
  get depth(): number {
    return this.travel.depth;
  }

  /** The command the next undo steps back over. */
  get nextUndo(): string | undefined {
    return this.travel.peek()?.label;
  }

  /** Puts the world back as it was before the last command; undefined when there is nothing to undo. */
  undo(): TimeTravelEntry<WorldSnapshot> | undefined {
    const entry = this.travel.undo();
    if (!entry) return undefined;
    const before = this.raw.snapshot();
    this.raw.restore(entry.state);
    replaceWorkspaceFiles(this.raw.workspace, entry.state.workspace);
    this.last = this.raw.snapshot();
    this.emit({ kind: "undo", line: entry.label, before, after: this.last });
    return entry;
  }

  private runCommand(line: string): ShellResult {
    if (line.trim() === "") return this.raw.run(line);
    const before = this.raw.snapshot();
    const out = this.raw.run(line);
    this.travel.record(line, before);
    this.lastLine = line;
    this.last = this.raw.snapshot();
    this.emit({ kind: "command", line, before, after: this.last });
    return out;
  }

  private inContainer(): boolean {
    return typeof this.raw.session === "function" && this.raw.session() !== undefined;
  }

  private emitUpdate(): void {
    const after = this.raw.snapshot();
    this.emit({ kind: "update", line: this.lastLine, before: this.last ?? after, after });
    this.last = after;
  }

  private runUndo(): ShellResult {
    const entry = this.undo();
    // Simplification: `undo` is Dockyard's own command (there is none in bash); it prints what it stepped back over.
    return entry ? result(`Undid: ${entry.label}\n`, "", 0) : result("", "undo: nothing to undo\n", 1);
  }

  private emit(event: TimelineEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
