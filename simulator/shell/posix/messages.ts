import { FsError } from "../../vfs/types";
import type { ShellFlavor } from "./errors";
import { STRERROR } from "../errors";

/** How the shell was started, which changes how its messages are prefixed. */
export type ShellMode = "c" | "script" | "interactive";

/** glibc's strerror(3) for errno names the host shell's table lacks. */
const MORE_STRERROR: Record<string, string> = { EROFS: "Read-only file system", EBUSY: "Device or resource busy", ENOSPC: "No space left on device", EMFILE: "Too many open files" };

/** strerror(3) text for a file-system error (glibc's wording). */
export function strerror(error: unknown): string {
  if (error instanceof FsError) return STRERROR[error.code] ?? MORE_STRERROR[error.code] ?? error.code;
  return "Input/output error";
}

/**
 * The wording of a shell's own error messages. Verified against dash 0.5.12,
 * BusyBox 1.35 ash and bash 5.2 (see posix-golden.test.ts):
 *   dash  `sh: 3: foo: not found`           (dash: src/error.c exvwarning)
 *   ash   `sh: foo: not found`, in a script `x.sh: line 3: foo: not found`,
 *         builtins `sh: cd: line 2: …`      (BusyBox: shell/ash.c ash_vmsg)
 *   bash  `bash: line 3: foo: command not found` (bash: error.c)
 * BusyBox counts lines of a -c string from 0 in builtin messages; that is kept.
 */
export class Diagnostics {
  constructor(
    readonly flavor: ShellFlavor,
    /** $0, or the script path as invoked. */
    public name: string,
    public mode: ShellMode,
  ) {}

  /** The prefix of a message about the shell's own work (not found, redirections). */
  prefix(line: number): string {
    switch (this.flavor) {
      case "dash":
        return `${this.name}: ${line}: `;
      case "ash":
        return this.mode === "script" ? `${this.name}: line ${line}: ` : `${this.name}: `;
      case "bash":
        return this.mode === "interactive" ? `${this.name}: ` : `${this.name}: line ${line}: `;
    }
  }

  /** The prefix of a builtin's error (`sh: 1: cd: `, `sh: cd: line 0: `, `bash: line 1: cd: `). */
  builtinPrefix(builtin: string, line: number): string {
    switch (this.flavor) {
      case "dash":
        return `${this.name}: ${line}: ${builtin}: `;
      case "ash":
        if (this.mode === "interactive") return `${this.name}: ${builtin}: `;
        return `${this.name}: ${builtin}: line ${this.mode === "c" ? line - 1 : line}: `;
      case "bash":
        return `${this.prefix(line)}${builtin}: `;
    }
  }

  /** A command that is nowhere on $PATH (exit 127). */
  notFound(command: string, line: number): string {
    if (this.flavor === "bash") return `${this.prefix(line)}${command}: ${command.includes("/") ? "No such file or directory" : "command not found"}\n`;
    return `${this.prefix(line)}${command}: not found\n`;
  }

  /** `<` on a file that cannot be opened (dash "No such file", ash "no such file"). */
  cannotOpen(path: string, error: unknown, line: number): string {
    const code = error instanceof FsError ? error.code : "";
    if (this.flavor === "dash") return `${this.prefix(line)}cannot open ${path}: ${code === "ENOENT" ? "No such file" : strerror(error)}\n`;
    if (this.flavor === "ash") return `${this.prefix(line)}can't open ${path}: ${code === "ENOENT" ? "no such file" : strerror(error)}\n`;
    return `${this.prefix(line)}${path}: ${strerror(error)}\n`;
  }

  /** `>` on a path that cannot be created (dash "Directory nonexistent", ash "nonexistent directory"). */
  cannotCreate(path: string, error: unknown, line: number): string {
    const code = error instanceof FsError ? error.code : "";
    if (this.flavor === "dash") return `${this.prefix(line)}cannot create ${path}: ${code === "ENOENT" ? "Directory nonexistent" : strerror(error)}\n`;
    if (this.flavor === "ash") return `${this.prefix(line)}can't create ${path}: ${code === "ENOENT" ? "nonexistent directory" : strerror(error)}\n`;
    return `${this.prefix(line)}${path}: ${strerror(error)}\n`;
  }

  /** `>&5` when fd 5 is not open. */
  badFd(fd: string, line: number): string {
    return `${this.prefix(line)}${fd}: Bad file descriptor\n`;
  }

  /** The exit status of a failed redirection: dash 2, ash and bash 1. */
  get redirectStatus(): number {
    return this.flavor === "dash" ? 2 : 1;
  }
}

const ASH_KEYWORDS = new Set(["if", "then", "else", "elif", "fi", "do", "done", "case", "esac", "while", "until", "for", "in", "function"]);

/** Quotes an argument for `set -x` output the way bash and BusyBox do (dash prints words bare). */
export function quoteForTrace(word: string, flavor: ShellFlavor): string {
  if (flavor === "dash") return word;
  if (flavor === "ash") {
    // BusyBox shell/ash.c maybe_single_quote: only + , - . / 0-9 : @ A-Z ] ^ _ a-z go bare; keywords are quoted too.
    if (word === "" || (/^[+,\-./0-9:@A-Z\]^_a-z]+$/.test(word) && !ASH_KEYWORDS.has(word))) return word;
    return `'${word.replace(/'/g, `'"'"'`)}'`;
  }
  if (word !== "" && /^[A-Za-z0-9_./:=@%^,+-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, "'\\''")}'`;
}
