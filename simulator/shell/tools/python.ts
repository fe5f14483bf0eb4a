import { calculateBasename } from "../../vfs/path";
import { deriveContext } from "../commands/lib/derive";
import type { PosixCommandContext } from "../commands/types";
import { readOptional } from "../packages/common";
import { runPip } from "../packages/pip";
import { runLiteralProgram } from "./literal-program";
import { resolveRealPath } from "./node";
import { createVenv } from "./venv";
import { runEnsurepip } from "./ensurepip";
import { readElf } from "./elf";
import { getSourceDistribution } from "../packages/downloads-catalog";

/** The newest patch of each minor the catalog's python images carry (python.org releases, early 2025). */
const PATCH: Record<string, string> = { "3.8": "3.8.20", "3.9": "3.9.21", "3.10": "3.10.16", "3.11": "3.11.11", "3.12": "3.12.8", "3.13": "3.13.2" };
/** Distribution builds in /usr/bin: Debian bookworm's python3 3.11.2, Ubuntu noble's 3.12.3, Alpine 3.21's 3.12.9. */
const DISTRO: Record<string, string> = { "3.11": "3.11.2", "3.12": "3.12.3" };

/** Where the running interpreter really is and which Python it is. */
export interface Interpreter {
  /** The path it was started as, absolute ("/usr/local/bin/python3", "/app/venv/bin/python"). */
  path: string;
  /** "3.12". */
  minor: string;
  /** "3.12.8". */
  version: string;
}

/** Finds the interpreter's version from its executable's name (python3.12), following links as the kernel does; a build of a catalog source distribution (Python-3.12.13) reports its release. */
export function identifyInterpreter(ctx: PosixCommandContext): Interpreter {
  const argv0 = ctx.argv[0] ?? "python3";
  const path = argv0.includes("/") ? ctx.resolve(argv0) : (ctx.findProgram(argv0) ?? `/usr/local/bin/${argv0}`);
  const real = resolveRealPath(ctx, path);
  let minor = /python(3\.\d+)$/.exec(real)?.[1];
  if (minor === undefined) {
    try {
      const dir = real.slice(0, real.lastIndexOf("/")) || "/";
      minor = ctx.fs.readdir(dir).map((n) => /^python(3\.\d+)$/.exec(n)?.[1]).filter((m): m is string => m !== undefined).sort()[0];
    } catch {
      // no such directory
    }
  }
  minor ??= "3.12";
  const fromEnv = ctx.env.PYTHON_VERSION;
  let version: string;
  const built = readElf(ctx, real);
  const release = built?.origin ? /^Python (\S+)/.exec(getSourceDistribution(built.origin)?.programs[built.name]?.version ?? "")?.[1] : undefined;
  if (release?.startsWith(`${minor}.`)) version = release;
  else if (real.startsWith("/usr/local/")) version = fromEnv?.startsWith(`${minor}.`) ? fromEnv : (PATCH[minor] ?? `${minor}.0`);
  else if (readOptional(ctx, "/etc/alpine-release") !== undefined) version = minor === "3.12" ? "3.12.9" : `${minor}.0`;
  else version = DISTRO[minor] ?? PATCH[minor] ?? `${minor}.0`;
  return { path, minor, version };
}

/** CPython's message for a script it cannot open, exit 2 (Modules/main.c pymain_run_file). */
function failOpen(ctx: PosixCommandContext, file: string, missing: boolean): number {
  ctx.out.err(`${ctx.argv[0] ?? "python3"}: can't open file '${ctx.resolve(file)}': [Errno ${missing ? "2] No such file or directory" : "21] Is a directory"}\n`);
  return 2;
}

/** Hands over to pip with this interpreter's site (a venv's own when run from it). */
function runPipAs(ctx: PosixCommandContext, interpreter: Interpreter, args: readonly string[], name = "pip"): number {
  const own = (n: string, p?: string): string | undefined => (n === "python3" || n === "python" ? interpreter.path : ctx.findProgram(n, p));
  return runPip(deriveContext(ctx, { argv: [name, ...args], findProgram: own }));
}

/**
 * `python`/`python3`/`python3.X` of the official images: --version, -m venv
 * DIR, -m pip …, -c CODE, a script file, and the interpreter line of pip's
 * launchers (`#!/usr/local/bin/python3.12`), which runs pip. Errors as
 * CPython: a missing script is `can't open file '…': [Errno 2]` (2), a
 * missing module `No module named x` (1).
 * Simplification: Python code itself is not interpreted, only print() of
 * literal text (see runLiteralProgram).
 */
export function runPython(ctx: PosixCommandContext): number {
  const args = ctx.argv.slice(1);
  const interpreter = identifyInterpreter(ctx);
  const prog = ctx.argv[0] ?? "python3";
  while (args.length > 0 && (args[0] as string).startsWith("-") && args[0] !== "-") {
    const a = args.shift() as string;
    if (a === "--version" || a === "-V" || a === "-VV") {
      ctx.out.out(`Python ${interpreter.version}\n`);
      return 0;
    }
    if (a === "-c") {
      const code = args.shift();
      if (code === undefined) {
        ctx.out.err(`Argument expected for the -c option\nusage: ${prog} [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry \`python -h' for more information.\n`);
        return 2;
      }
      return runLiteralProgram(ctx, code, "python", "the -c code");
    }
    if (a === "-m") {
      const module = args.shift();
      if (module === undefined) {
        ctx.out.err(`Argument expected for the -m option\nusage: ${prog} [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry \`python -h' for more information.\n`);
        return 2;
      }
      if (module === "pip") return runPipAs(ctx, interpreter, args);
      if (module === "venv") return createVenv(ctx, interpreter, args);
      if (module === "ensurepip") return runEnsurepip(ctx, interpreter, args);
      const known = /^(http\.server|json\.tool|unittest|pytest|compileall|py_compile|site|this|timeit|zipfile|tarfile|uvicorn|gunicorn|flask|django)$/;
      if (!known.test(module)) {
        ctx.out.err(`${prog}: No module named ${module}\n`);
        return 1;
      }
      ctx.out.err(`${prog}: note: Dockyard does not run Python modules; \`-m ${module}\` was not run\n`);
      return 0;
    }
    // -u, -B, -O, -E, -s, -I, -W x, -X x: options that change nothing here.
    if ((a === "-W" || a === "-X") && args.length > 0) args.shift();
  }
  const script = args[0];
  if (script === undefined || script === "-") return runLiteralProgram(ctx, ctx.stdin, "python", "the program on stdin");
  const path = ctx.resolve(script);
  const st = ctx.fs.stat(path);
  if (!st) return failOpen(ctx, script, true);
  if (st.type === "dir") {
    if (ctx.fs.stat(`${path}/__main__.py`)?.type === "file") return runLiteralProgram(ctx, readOptional(ctx, `${path}/__main__.py`) ?? "", "python", script);
    ctx.out.err(`${prog}: can't find '__main__' module in '${ctx.resolve(script)}'\n`);
    return 1;
  }
  const source = readOptional(ctx, path) ?? "";
  // pip's launchers (pip, pip3, pip3.12, a venv's bin/pip): "from pip._internal.cli.main import main".
  if (/from pip\._internal(\.cli\.main)? import main/.test(source)) return runPipAs(ctx, interpreter, args.slice(1), calculateBasename(script));
  return runLiteralProgram(ctx, source, "python", script);
}
