import type { Command } from "./ast";
import { KilledSignal } from "./io";

/** One shell variable (XCU §2.5.3; dash: src/var.c struct var flags VEXPORT, VREADONLY, VUNSET). */
export interface ShellVar {
  /** Undefined when declared (`export X`, `local X`) but not set. */
  value: string | undefined;
  exported: boolean;
  readonly: boolean;
}

/** The `set` options the interpreter honours (XCU §2.14 set). */
export interface ShellOptions {
  errexit: boolean;
  nounset: boolean;
  xtrace: boolean;
  pipefail: boolean;
  noglob: boolean;
  noexec: boolean;
  verbose: boolean;
  allexport: boolean;
  noclobber: boolean;
}

/**
 * Everything a subshell copies from its parent (XCU §2.12 Shell Execution
 * Environment): variables, functions, positional parameters, options, the
 * working directory, umask and traps.
 */
export class ShellState {
  vars = new Map<string, ShellVar>();
  functions = new Map<string, Command>();
  positional: string[] = [];
  options: ShellOptions = { errexit: false, nounset: false, xtrace: false, pipefail: false, noglob: false, noexec: false, verbose: false, allexport: false, noclobber: false };
  cwd = "/";
  umask = 0o022;
  traps = new Map<string, string>();
  lastStatus = 0;
  lastBackgroundPid: number | undefined;
  /** Saved variables of the running functions' `local`s, innermost last. */
  localFrames: Map<string, ShellVar | undefined>[] = [];

  clone(): ShellState {
    const s = new ShellState();
    for (const [k, v] of this.vars) s.vars.set(k, { ...v });
    s.functions = new Map(this.functions);
    s.positional = [...this.positional];
    s.options = { ...this.options };
    s.cwd = this.cwd;
    s.umask = this.umask;
    s.traps = new Map(this.traps);
    s.lastStatus = this.lastStatus;
    s.lastBackgroundPid = this.lastBackgroundPid;
    s.localFrames = this.localFrames.map((f) => new Map(f));
    return s;
  }

  get(name: string): string | undefined {
    return this.vars.get(name)?.value;
  }

  /** Sets a variable; returns false when it is read-only. */
  set(name: string, value: string, exported?: boolean): boolean {
    const v = this.vars.get(name);
    if (v?.readonly) return false;
    if (v) {
      v.value = value;
      if (exported) v.exported = true;
    } else this.vars.set(name, { value, exported: exported ?? this.options.allexport, readonly: false });
    return true;
  }

  /** Removes a variable; returns false when it is read-only. */
  unset(name: string): boolean {
    const v = this.vars.get(name);
    if (v?.readonly) return false;
    this.vars.delete(name);
    return true;
  }

  /** The environment exported to commands (XCU §2.5.3 "export"). */
  environment(): Record<string, string> {
    const env: Record<string, string> = {};
    for (const [k, v] of this.vars) if (v.exported && v.value !== undefined) env[k] = v.value;
    return env;
  }

  /** `local name`: remembers the current value so it comes back when the function returns. */
  makeLocal(name: string): void {
    const frame = this.localFrames[this.localFrames.length - 1];
    if (!frame || frame.has(name)) return;
    const v = this.vars.get(name);
    frame.set(name, v ? { ...v } : undefined);
  }

  /** Restores the variables a function made local. */
  popLocals(): void {
    const frame = this.localFrames.pop();
    if (!frame) return;
    for (const [name, saved] of frame) {
      if (saved) this.vars.set(name, saved);
      else this.vars.delete(name);
    }
  }
}

/**
 * The step budget shared by a run and every shell it starts: each command,
 * loop turn and 128 bytes of output is a step, and nesting (functions,
 * subshells, `$(…)`, nested `sh`) is limited, so endless loops and fork bombs
 * end as a SIGKILLed process would.
 */
export class Budget {
  steps = 0;
  depth = 0;

  constructor(
    readonly limit: number,
    readonly maxDepth = 200,
  ) {}

  tick(n = 1): void {
    this.steps += n;
    if (this.steps > this.limit) throw new KilledSignal();
  }

  enter(): void {
    this.tick();
    if (++this.depth > this.maxDepth) throw new KilledSignal();
  }

  leave(): void {
    this.depth--;
  }
}

/** A valid variable name (XCU §3.235 Name). */
export function isName(s: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(s);
}
