import { ExpansionError } from "../expand";
import { compareBytes } from "../glob";
import { isName, type ShellOptions } from "../state";
import type { BuiltinCall } from "./types";

/** dash's and ash's `'value'` quoting in `export -p` and `set`. */
function quoteAlways(value: string): string {
  return `'${value.replace(/'/g, "'\\''")}'`;
}

/** bash's quoting in `set`: bare when safe, else single quotes ($'…' for control characters). */
function quoteBash(value: string): string {
  if (/^[A-Za-z0-9_./:=@%^,+-]*$/.test(value) && value !== "") return value;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what $'…' is for
  if (/[\x00-\x1f]/.test(value)) return `$'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n").replace(/\t/g, "\\t")}'`;
  return quoteAlways(value);
}

function badName(call: BuiltinCall, arg: string): number {
  if (call.core.flavor === "bash") {
    call.error(`\`${arg}': not a valid identifier`);
    return 1;
  }
  return call.fail(`${arg.split("=")[0]}: bad variable name`);
}

/** `export` and `readonly`: set attributes, assign `NAME=value`, or list with -p (XCU §2.14). */
function setAttribute(call: BuiltinCall, attr: "exported" | "readonly"): number {
  const core = call.core;
  let args = call.argv.slice(1);
  let remove = false;
  while (args[0]?.startsWith("-") && args[0] !== "-") {
    if (args[0] === "--") {
      args = args.slice(1);
      break;
    }
    if (args[0].includes("n")) remove = true;
    args = args.slice(1);
  }
  if (args.length === 0) {
    const word = attr === "exported" ? "export" : "readonly";
    const names = [...core.state.vars.keys()].filter((n) => core.state.vars.get(n)?.[attr]).sort(compareBytes);
    for (const name of names) {
      const v = core.state.vars.get(name);
      if (core.flavor === "bash") {
        const flag = attr === "exported" ? "-x" : "-r";
        call.out(`declare ${flag} ${name}${v?.value === undefined ? "" : `="${v.value.replace(/(["\\$`])/g, "\\$1")}"`}\n`);
      } else call.out(`${word} ${name}${v?.value === undefined ? "" : "=" + quoteAlways(v.value)}\n`);
    }
    return 0;
  }
  let status = 0;
  for (const arg of args) {
    const eq = arg.indexOf("=");
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (!isName(name)) {
      status = badName(call, arg);
      continue;
    }
    if (eq >= 0 && !core.state.set(name, arg.slice(eq + 1))) {
      if (core.flavor === "bash") {
        call.error(`${name}: readonly variable`);
        status = 1;
        continue;
      }
      return call.fail(`${name}: is read only`);
    }
    const v = core.state.vars.get(name) ?? { value: undefined, exported: false, readonly: false };
    if (attr === "exported") v.exported = !remove;
    else v.readonly = true;
    core.state.vars.set(name, v);
  }
  return status;
}

/** `export`. */
export function runExport(call: BuiltinCall): number {
  return setAttribute(call, "exported");
}

/** `readonly`. */
export function runReadonly(call: BuiltinCall): number {
  return setAttribute(call, "readonly");
}

/** `unset [-v|-f] name…`. */
export function runUnset(call: BuiltinCall): number {
  const core = call.core;
  let functions = false;
  let args = call.argv.slice(1);
  while (args[0] === "-f" || args[0] === "-v") {
    functions = args[0] === "-f";
    args = args.slice(1);
  }
  for (const name of args) {
    if (functions) {
      core.state.functions.delete(name);
      continue;
    }
    if (core.state.unset(name)) {
      if (!core.state.vars.has(name) && core.flavor === "bash") core.state.functions.delete(name);
      continue;
    }
    if (core.flavor === "bash") {
      call.error(`${name}: cannot unset: readonly variable`);
      return 1;
    }
    return call.fail(`${name}: is read only`);
  }
  return 0;
}

/** `local name[=value]…` (dash keeps the outer value of a bare `local x`; bash and ash unset it). */
export function runLocal(call: BuiltinCall): number {
  const core = call.core;
  if (core.functionDepth === 0 || core.state.localFrames.length === 0) {
    if (core.flavor === "bash") {
      call.error("can only be used in a function");
      return 1;
    }
    return call.fail("not in a function");
  }
  for (const arg of call.argv.slice(1)) {
    const eq = arg.indexOf("=");
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (!isName(name)) return badName(call, arg);
    core.state.makeLocal(name);
    if (eq >= 0) core.state.set(name, arg.slice(eq + 1));
    else if (core.flavor !== "dash") {
      const v = core.state.vars.get(name);
      if (v && !v.readonly) core.state.vars.set(name, { value: undefined, exported: false, readonly: false });
    }
  }
  return 0;
}

/** `shift [n]`: dash fails with "can't shift that many"; bash and ash return 1. */
export function runShift(call: BuiltinCall): number {
  const core = call.core;
  const n = call.argv[1] === undefined ? 1 : Number(call.argv[1]);
  if (!Number.isInteger(n) || n < 0) return call.fail(core.flavor === "bash" ? `${call.argv[1]}: numeric argument required` : `Illegal number: ${call.argv[1]}`);
  if (n > core.state.positional.length) return core.flavor === "dash" ? call.fail("can't shift that many") : 1;
  core.state.positional = core.state.positional.slice(n);
  return 0;
}

const LONG_OPTIONS: Record<string, keyof ShellOptions> = { errexit: "errexit", nounset: "nounset", xtrace: "xtrace", pipefail: "pipefail", noglob: "noglob", noexec: "noexec", verbose: "verbose", allexport: "allexport", noclobber: "noclobber" };
const SHORT_OPTIONS: Record<string, keyof ShellOptions> = { e: "errexit", u: "nounset", x: "xtrace", f: "noglob", n: "noexec", v: "verbose", a: "allexport", C: "noclobber" };
/** Letters bash accepts but the simulator does not act on. */
const IGNORED_BASH = "hkmpbtBHPT";

/** `set`: options (-e -u -x -f -n -v -a -C, -o name), positional parameters, or the variable list. */
export function runSet(call: BuiltinCall): number {
  const core = call.core;
  const args = call.argv.slice(1);
  if (args.length === 0) {
    for (const name of [...core.state.vars.keys()].sort(compareBytes)) {
      const v = core.state.vars.get(name)?.value;
      if (v !== undefined) call.out(`${name}=${core.flavor === "bash" ? quoteBash(v) : quoteAlways(v)}\n`);
    }
    return 0;
  }
  const illegal = (opt: string): number =>
    core.flavor === "bash" ? (call.error(`${opt}: invalid option`), 2) : call.fail(core.flavor === "dash" ? `Illegal option ${opt}` : `illegal option ${opt}`);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--" || arg === "-") {
      core.state.positional = args.slice(i + 1);
      return 0;
    }
    if (!/^[-+]./.test(arg)) {
      core.state.positional = args.slice(i);
      return 0;
    }
    const on = arg[0] === "-";
    if (arg.slice(1) === "o") {
      const name = args[++i];
      if (name === undefined) {
        for (const [long, key] of Object.entries(LONG_OPTIONS)) call.out(on ? `${long.padEnd(15)}\t${core.state.options[key] ? "on" : "off"}\n` : `set ${core.state.options[key] ? "-" : "+"}o ${long}\n`);
        continue;
      }
      const key = LONG_OPTIONS[name];
      if (!key || (key === "pipefail" && core.flavor === "dash")) {
        if (core.flavor === "bash") {
          call.error(`${name}: invalid option name`);
          return 2;
        }
        if (core.flavor === "ash") {
          call.error(`illegal option -o ${name}`);
          return 1;
        }
        return illegal(`-o ${name}`);
      }
      core.state.options[key] = on;
      continue;
    }
    for (const letter of arg.slice(1)) {
      const key = SHORT_OPTIONS[letter];
      if (!key && core.flavor === "bash" && IGNORED_BASH.includes(letter)) continue;
      if (!key) return illegal(`${arg[0]}${letter}`);
      core.state.options[key] = on;
    }
  }
  return 0;
}

/** bash's and ash's `let expr…`: status 0 when the last value is non-zero. */
export function runLet(call: BuiltinCall): number {
  let last = "0";
  if (call.argv.length < 2) {
    call.error("expression expected");
    return 1;
  }
  try {
    for (const expr of call.argv.slice(1)) last = call.core.arith(expr);
  } catch (e) {
    if (!(e instanceof ExpansionError)) throw e;
    call.error(e.message);
    return 1;
  }
  return last === "0" ? 1 : 0;
}
