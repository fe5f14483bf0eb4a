import type { ContainerRecord, ListeningPort } from "../../runtime/types";
import type { CommandOutput, ShellUser } from "../../shell/commands/types";
import type { PosixFileSystem } from "../../vfs/posix-types";
import type { Engine } from "../engine";

/** What an app model sees when the container runs its program (as PID 1, or exec'd by an entrypoint script). */
export interface AppContext {
  engine: Engine;
  container: ContainerRecord;
  /** argv[0] as invoked (`python`, `/usr/local/bin/node`). */
  argv: string[];
  env: Record<string, string>;
  cwd: string;
  /** The container's root file system (image layers + its writable layer + volumes), acting as the process's user. */
  fs: PosixFileSystem;
  /** The process's stdout/stderr (they become `docker logs`). */
  out: CommandOutput;
  /** Standard output is a terminal (`docker exec -t`): clients like redis-cli and psql format for people then. */
  isTerminal?: boolean;
  /** Who the process runs as (after the image's USER, `-u`, or gosu). */
  user?: ShellUser;
  /** Reads all of standard input (a client fed `echo "select 1" | psql`). */
  stdin?: () => string;
  /** Runs the program's plain command model instead (`python --version`, a script that just prints), returning its status. */
  fallback(): number;
}

/** How the program goes on after it started. */
export type AppOutcome =
  /** It ends with a status (a script that ran to its end, a traceback). */
  | { kind: "exit"; code: number }
  /** It keeps running until stopped, listening where `listens` says (a web server, a database). */
  | { kind: "serve"; listens: ListeningPort[] };

/**
 * An app model: decides from the container's files and the program's
 * arguments what a real app would do when started (a Flask app reads its
 * routes and `app.run()` address from app.py; nginx serves its html
 * directory). Returns undefined when the invocation is not an app run at all
 * (`python --version`), so the plain command runs.
 */
export type AppModel = (ctx: AppContext) => AppOutcome | undefined;
