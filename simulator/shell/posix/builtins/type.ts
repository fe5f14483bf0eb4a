import { searchPath } from "../external";
import type { BuiltinCall } from "./types";
import { findBuiltin } from "./index";

const KEYWORDS = new Set(["if", "then", "else", "elif", "fi", "case", "esac", "for", "while", "until", "do", "done", "{", "}", "!", "in"]);

type Kind = { kind: "keyword" } | { kind: "function" } | { kind: "special" } | { kind: "builtin" } | { kind: "file"; path: string } | { kind: "none" };

function classify(call: BuiltinCall, name: string, skipFunctions = false): Kind {
  const core = call.core;
  if (KEYWORDS.has(name) || (name === "[[" && core.flavor === "bash")) return { kind: "keyword" };
  const builtin = findBuiltin(core.flavor, name);
  if (builtin?.special && core.flavor !== "bash") return { kind: "special" };
  if (!skipFunctions && core.state.functions.has(name)) return { kind: "function" };
  if (builtin) return { kind: builtin.special && core.flavor !== "bash" ? "special" : "builtin" };
  const found = searchPath(core, name);
  return found.kind === "found" ? { kind: "file", path: found.path } : { kind: "none" };
}

/** The `type` / `command -V` sentence for one name; undefined when not found. */
function describe(call: BuiltinCall, name: string): string | undefined {
  const k = classify(call, name);
  const flavor = call.core.flavor;
  switch (k.kind) {
    case "keyword":
      return `${name} is a shell keyword`;
    case "function":
      return flavor === "dash" ? `${name} is a shell function` : `${name} is a function`;
    case "special":
      return `${name} is a special shell builtin`;
    case "builtin":
      return `${name} is a shell builtin`;
    case "file":
      return `${name} is ${k.path}`;
    case "none":
      return undefined;
  }
}

/** `type name…`: dash and ash print `x: not found` on stdout (127); bash complains on stderr (1). */
export function runType(call: BuiltinCall): number {
  let status = 0;
  let names = call.argv.slice(1);
  const flavor = call.core.flavor;
  // bash's -t prints one word; BusyBox takes any first option as "-p" and answers like command -v (shell/ash.c typecmd).
  if (names[0]?.startsWith("-") && flavor !== "dash") {
    const opt = names[0];
    names = names.slice(1);
    for (const name of names) {
      const k = classify(call, name);
      if (k.kind === "none") status = 1;
      else if (flavor === "ash") call.out((k.kind === "file" ? k.path : name) + "\n");
      else if (opt === "-t") call.out(`${k.kind === "special" ? "builtin" : k.kind}\n`);
      else if (opt === "-p" || opt === "-P") {
        if (k.kind === "file") call.out(k.path + "\n");
      } else call.out((describe(call, name) ?? "") + "\n");
    }
    return status;
  }
  for (const name of names) {
    const text = describe(call, name);
    if (text !== undefined) {
      call.out(text + "\n");
      continue;
    }
    if (call.core.flavor === "bash") {
      call.error(`${name}: not found`);
      status = 1;
    } else {
      call.out(`${name}: not found\n`);
      status = 127;
    }
  }
  return status;
}

/**
 * `command [-v|-V] name [args]` (XCU command): -v prints how a name would be
 * found (dash and ash look at the first name only; not found is 127, bash 1);
 * otherwise runs the name skipping functions.
 */
export function runCommand(call: BuiltinCall, run: (argv: string[]) => number): number {
  const args = call.argv.slice(1);
  let mode: "v" | "V" | undefined;
  while (args[0]?.startsWith("-") && args[0] !== "-") {
    const opt = args.shift() as string;
    if (opt === "--") break;
    if (opt.includes("v")) mode = "v";
    if (opt.includes("V")) mode = "V";
  }
  if (!mode) return args.length === 0 ? 0 : run(args);
  const flavor = call.core.flavor;
  const names = flavor === "bash" ? args : args.slice(0, 1);
  let found = 0;
  for (const name of names) {
    if (mode === "V") {
      const text = describe(call, name);
      if (text !== undefined) {
        call.out(text + "\n");
        found++;
      } else if (flavor === "bash") call.error(`${name}: not found`);
      else call.out(`${name}: not found\n`);
      continue;
    }
    const k = classify(call, name);
    if (k.kind === "none") continue;
    call.out((k.kind === "file" ? k.path : name) + "\n");
    found++;
  }
  if (found > 0 || names.length === 0) return 0;
  return flavor === "bash" ? 1 : 127;
}

/** `hash`: there is no command cache to show or clear. */
export function runHash(): number {
  return 0;
}
