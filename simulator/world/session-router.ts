import type { OutputChunk } from "../core/io";
import { ContainerSession, type ContainerSessionRecord } from "../engine/container-session";
import type { Engine } from "../engine/engine";

/** What a line typed into a container session produced, for the world to turn into a ShellResult. */
export interface RoutedLine {
  chunks: OutputChunk[];
  /** The session ended: the host shell's prompt is back and `$?` is `status`. */
  ended: boolean;
  status: number;
}

/**
 * Which shell the terminal's lines go to: the host shell, or a shell inside
 * a container that `docker run -it`/`exec -it`/`start -ai`/`attach`
 * handed the terminal to. The docker command only asks (`offer`); the
 * session takes over once the host line is done (`adopt`), as the host
 * shell waits on docker while the container's shell reads the terminal.
 * Simplification: commands after the opener on the same host line
 * (`docker run -it alpine sh; echo after`) run before the session starts,
 * not after it ends.
 */
export class SessionRouter {
  private active: ContainerSession | undefined;
  private offered: ContainerSession | undefined;
  /** Main-process shells left with the detach keys, by container: still running, so `attach` finds them as they were. */
  private parked = new Map<string, { record: ContainerSessionRecord; process: object | null }>();

  /**
   * A docker command asked for the terminal; the first offer of a line wins.
   * Attaching to a container whose shell was detached from (same run) gets
   * that shell's working directory and environment back.
   * Simplification: its unexported variables and functions are not kept.
   */
  offer(session: ContainerSession): void {
    if (this.offered) return;
    const parked = this.parked.get(session.containerId);
    this.parked.delete(session.containerId);
    const same = parked && session.record.kind !== "exec" && parked.process === session.mainProcess;
    this.offered = same ? session.resume(parked.record) : session;
  }

  /** The host line is done: an offered session takes the terminal. */
  adopt(): void {
    if (this.offered) this.active = this.offered;
    this.offered = undefined;
  }

  /** The session the terminal's lines go to, if any. */
  get current(): ContainerSession | undefined {
    return this.active;
  }

  /** One line for the session. */
  run(line: string): RoutedLine {
    const session = this.active;
    if (!session) return { chunks: [], ended: true, status: 0 };
    const result = session.run(line);
    if (result.ended) this.active = undefined;
    return result;
  }

  /** Ctrl+D at the session's prompt. */
  endOfInput(): RoutedLine {
    const session = this.active;
    if (!session) return { chunks: [], ended: true, status: 0 };
    this.active = undefined;
    return session.endOfInput();
  }

  /**
   * The detach keys (Ctrl+P Ctrl+Q): the terminal leaves the session, the
   * container and its shell run on. Returns the session's kind, if one was open.
   */
  detach(): ContainerSessionRecord["kind"] | undefined {
    const session = this.active;
    if (!session) return undefined;
    this.active = undefined;
    if (session.record.kind !== "exec") this.parked.set(session.containerId, { record: session.describe(), process: session.mainProcess });
    session.detach();
    return session.record.kind;
  }

  /** What a snapshot keeps of the open session. */
  describe(): ContainerSessionRecord | undefined {
    return this.active?.describe();
  }

  /**
   * Puts a snapshot's session back: reopened (with its cwd and environment)
   * when its container still runs in the restored engine, else dropped, the
   * container left as the snapshot has it. Simplification: shell functions,
   * unexported variables and `$?` are not part of the snapshot.
   */
  restore(engine: Engine, record: ContainerSessionRecord | undefined): void {
    this.active?.detach();
    this.active = undefined;
    this.offered = undefined;
    this.parked.clear();
    if (!record) return;
    const container = engine.state.runtime.containers[record.containerId];
    if (!container || !container.state.Running || container.state.Paused || container.state.Restarting) return;
    const reopened = ContainerSession.open(engine, container, record);
    if (!("error" in reopened)) this.active = reopened;
  }
}
