import type { PosixCommand } from "../commands/types";
import type { ShellFlavor } from "./errors";
import { KilledSignal } from "./io";
import type { ShellMode } from "./messages";
import { strerror } from "./messages";
import { PosixShell } from "./shell";
import type { ShellOptions } from "./state";

const LETTERS: Record<string, keyof ShellOptions> = { e: "errexit", u: "nounset", x: "xtrace", f: "noglob", n: "noexec", v: "verbose", a: "allexport", C: "noclobber" };

/**
 * The `sh`, `dash`, `ash` and `bash` programs: `sh -c SCRIPT [NAME [ARGS]]`,
 * `sh FILE [ARGS]`, or a script on stdin, with -e/-u/-x/-o options. A missing
 * script file: dash `sh: 0: cannot open x: No such file` (2), ash `sh: can't
 * open 'x': No such file or directory` (2), bash `bash: x: No such file or
 * directory` (127).
 */
export function createShellCommand(flavor: ShellFlavor): PosixCommand {
  return (ctx) => {
    const name = ctx.argv[0] ?? "sh";
    const args = ctx.argv.slice(1);
    const options: Partial<ShellOptions> = {};
    let command = false;
    while (args.length > 0) {
      const a = args[0] as string;
      if (a === "--" || a === "-") {
        args.shift();
        break;
      }
      if (!/^[-+]/.test(a) || a.length < 2) break;
      args.shift();
      if (a.startsWith("--")) continue;
      const on = a[0] === "-";
      for (const letter of a.slice(1)) {
        if (letter === "c") command = true;
        else if (letter === "o") {
          const long = args.shift();
          if (long === "pipefail" && flavor !== "dash") options.pipefail = on;
          else if (long && Object.values(LETTERS).includes(long as keyof ShellOptions)) options[long as keyof ShellOptions] = on;
        } else if (LETTERS[letter]) options[LETTERS[letter] as keyof ShellOptions] = on;
      }
    }
    let script: string;
    let argv0 = name;
    let mode: ShellMode = "c";
    let stdin: string | (() => string) = () => ctx.stdin;
    if (command) {
      script = args.shift() ?? "";
      argv0 = args.shift() ?? name;
    } else if (args.length > 0) {
      const file = args.shift() as string;
      try {
        script = ctx.fs.readFile(ctx.resolve(file));
      } catch (e) {
        const code = e instanceof Error && "code" in e ? (e as { code: string }).code : "";
        if (flavor === "dash") ctx.out.err(`${name}: 0: cannot open ${file}: ${code === "ENOENT" ? "No such file" : strerror(e)}\n`);
        else if (flavor === "ash") ctx.out.err(`${name}: can't open '${file}': ${strerror(e)}\n`);
        else ctx.out.err(`${name}: ${file}: ${strerror(e)}\n`);
        return flavor === "bash" ? 127 : 2;
      }
      argv0 = file;
      mode = "script";
    } else {
      script = ctx.stdin;
      stdin = "";
    }
    const shell = new PosixShell({
      fs: ctx.fs,
      cwd: ctx.cwd,
      env: ctx.env,
      user: ctx.user,
      flavor,
      argv0,
      commands: ctx.commands,
      clock: ctx.clock,
      variant: ctx.variant,
      hostname: ctx.hostname,
      positional: args,
      mode,
      options,
      budget: ctx.budget,
      tty: ctx.isTerminal,
      network: ctx.network,
    });
    const result = shell.run(script, { stdin, output: ctx.out });
    if (result.killed) throw new KilledSignal();
    return result.status;
  };
}
