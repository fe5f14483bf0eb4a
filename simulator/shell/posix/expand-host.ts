import type { PosixFileSystem } from "../../vfs/posix-types";
import type { Program } from "./ast";
import type { ShellCore } from "./core";
import { formatSyntaxError, type PosixSyntaxError, type ShellFlavor } from "./errors";
import { ExpansionError, type ExpandHost } from "./expand";
import { Io } from "./io";

/** Word expansion's view of the shell (one per shell, so a command does not allocate a dozen closures). */
export class CoreExpandHost implements ExpandHost {
  io: Io = new Io();

  constructor(private readonly core: ShellCore) {}

  get flavor(): ShellFlavor {
    return this.core.flavor;
  }

  lookup(name: string): string | undefined {
    return this.core.lookup(name);
  }

  positional(): string[] {
    return this.core.state.positional;
  }

  assign(name: string, value: string): void {
    if (!this.core.state.set(name, value)) throw new ExpansionError(this.core.readonlyMessage(name), this.core.flavor === "bash" ? 1 : 2);
  }

  substitute(body: Program): string {
    const io = this.io;
    try {
      return this.core.substitute(body, io);
    } finally {
      this.io = io;
    }
  }

  substituteError(error: PosixSyntaxError): string {
    const core = this.core;
    // bash reports it as `bash: command substitution: line 1: …` and the substitution fails with 2; dash and ash say nothing.
    if (core.flavor === "bash") core.err(this.io, formatSyntaxError(error, "bash", core.diag.name, "c", "command substitution") + "\n");
    core.substStatus = core.flavor === "bash" ? 2 : 0;
    core.state.lastStatus = core.substStatus;
    return "";
  }

  arith(expr: string): string {
    const io = this.io;
    try {
      return this.core.arith(expr);
    } finally {
      this.io = io;
    }
  }

  ifs(): string {
    return this.core.state.get("IFS") ?? " \t\n";
  }

  noglob(): boolean {
    return this.core.state.options.noglob;
  }

  nounset(): boolean {
    return this.core.state.options.nounset;
  }

  cwd(): string {
    return this.core.state.cwd;
  }

  fs(): PosixFileSystem {
    return this.core.fs;
  }

  globDots(): boolean {
    return this.core.flavor !== "bash";
  }

  home(user: string): string | undefined {
    return this.core.home(user);
  }
}
