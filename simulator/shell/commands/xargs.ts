import { badOption, prog } from "./lib/common";
import type { PosixCommandContext } from "./types";

/** xargs's default input splitting: blanks and newlines separate, quotes and backslashes protect. */
function splitItems(text: string): string[] {
  const items: string[] = [];
  let cur = "";
  let has = false;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      if (c === quote) quote = undefined;
      else cur += c;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      has = true;
    } else if (c === "\\" && i + 1 < text.length) {
      cur += text[++i];
      has = true;
    } else if (/\s/.test(c)) {
      if (has) items.push(cur);
      cur = "";
      has = false;
    } else {
      cur += c;
      has = true;
    }
  }
  if (has) items.push(cur);
  return items;
}

/**
 * `xargs [-0rt] [-n N] [-L N] [-I R] [-d D] [COMMAND [ARG]...]`: runs
 * COMMAND (default echo) with arguments read from stdin; children read
 * /dev/null. Status 123 when a run failed, 127 when COMMAND is missing.
 */
export function runXargs(ctx: PosixCommandContext): number {
  const args = ctx.argv.slice(1);
  let maxArgs = Infinity;
  let replace: string | undefined;
  let nul = false;
  let noEmpty = false;
  let trace = false;
  let delim: string | undefined;
  let linesPer = 0;
  while (args.length > 0 && (args[0] as string).startsWith("-") && args[0] !== "-") {
    const a = args.shift() as string;
    if (a === "--") break;
    const take = (): string => (a.length > 2 ? a.slice(2) : (args.shift() ?? ""));
    const c = a[1];
    if (c === "n") maxArgs = Number(take());
    else if (c === "I" || c === "i") replace = a === "-i" ? "{}" : take();
    else if (c === "L" || c === "l") linesPer = Number(take() || 1);
    else if (c === "d") delim = take().replace("\\n", "\n").replace("\\t", "\t");
    else if (c === "P" || c === "s" || c === "E") take();
    else if (/^-[0rtxp]+$/.test(a)) {
      nul ||= a.includes("0");
      noEmpty ||= a.includes("r");
      trace ||= a.includes("t");
    } else if (a === "--null") nul = true;
    else if (a === "--no-run-if-empty") noEmpty = true;
    else {
      ctx.out.err(badOption(ctx, a.slice(1, 2)));
      return 1;
    }
  }
  const command = args.length > 0 ? args : ["echo"];
  const input = ctx.stdin;
  let items: string[];
  if (nul || delim !== undefined) items = input.split(nul ? "\0" : (delim as string)).filter((s, i, all) => !(i === all.length - 1 && s === ""));
  else if (replace !== undefined || linesPer > 0) items = input.split("\n").map((l) => l.trim()).filter((l) => l !== "");
  else items = splitItems(input);
  const batches: string[][] = [];
  if (replace !== undefined) for (const item of items) batches.push(command.map((w) => w.split(replace as string).join(item)));
  else {
    const per = linesPer > 0 ? linesPer : maxArgs;
    for (let i = 0; i < items.length; i += per) batches.push([...command, ...items.slice(i, i + per)]);
    if (items.length === 0 && !noEmpty) batches.push([...command]);
  }
  if (!ctx.findProgram(command[0] as string) && batches.length > 0) {
    ctx.out.err(`${prog(ctx)}: ${command[0]}: No such file or directory\n`);
    return 127;
  }
  let status = 0;
  for (const argv of batches) {
    ctx.budget.tick();
    if (trace) ctx.out.err(argv.join(" ") + "\n");
    const s = ctx.exec(argv, { stdin: "" });
    if (s === 255) return 124;
    if (s === 126 || s === 127) return s;
    if (s !== 0) status = 123;
  }
  return status;
}
