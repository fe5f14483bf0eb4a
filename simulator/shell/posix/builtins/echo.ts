import { formatEcho, formatPrintf } from "../../commands/lib/format";
import type { BuiltinCall } from "./types";

/** The echo builtin: dash decodes backslash escapes always, bash and ash only with -e. */
export function runEchoBuiltin(call: BuiltinCall): number {
  call.out(formatEcho(call.argv.slice(1), call.core.flavor));
  return 0;
}

/**
 * The printf builtin. Invalid numbers: dash `printf: abc: expected numeric
 * value`, bash `printf: abc: invalid number`, ash `sh: invalid number 'abc'`.
 */
export function runPrintfBuiltin(call: BuiltinCall): number {
  const core = call.core;
  const args = call.argv.slice(1);
  if (args[0] === "--") args.shift();
  if (args.length === 0) {
    if (core.flavor === "bash") {
      call.error("usage: printf [-v var] format [arguments]");
      return 2;
    }
    return call.fail(core.flavor === "dash" ? "usage: printf format [arg ...]" : "usage: printf FORMAT [ARGUMENT...]", 2);
  }
  const result = formatPrintf(args[0] as string, args.slice(1), core.flavor);
  call.out(result.out);
  for (const e of result.errors) {
    if (core.flavor === "ash") core.err(call.io, `${core.diag.name}: ${e}\n`);
    else call.error(e);
  }
  return result.status;
}
