import type { ShellCore } from "../core";
import type { ShellFlavor } from "../errors";
import type { Io } from "../io";

/** One call of a builtin: the shell, its arguments and its file descriptors. */
export interface BuiltinCall {
  core: ShellCore;
  argv: string[];
  io: Io;
  /** Writes to fd 1. */
  out(text: string): void;
  /** Writes `message` to fd 2 with the flavor's builtin prefix (`sh: 1: cd: `). */
  error(message: string): void;
  /**
   * A usage error: the message, then status `status`; in dash and ash an
   * error in a special builtin ends a non-interactive shell with 2 (XCU §2.8.1).
   */
  fail(message: string, status?: number): number;
}

/** A builtin command. */
export type Builtin = (call: BuiltinCall) => number;

/** A builtin and where it exists. */
export interface BuiltinSpec {
  run: Builtin;
  /** POSIX special builtins (XCU §2.14): assignments before them persist; errors are fatal. */
  special?: boolean;
  /** The shells that have it (all when omitted). */
  flavors?: ShellFlavor[];
}
