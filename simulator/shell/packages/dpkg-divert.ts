import type { PosixCommandContext } from "../commands/types";
import { ensureParent, readOptional } from "./common";

/** dpkg's diversions database (dpkg-divert(1) FILES: /var/lib/dpkg/diversions: path, divert-to, package, three lines each). */
const DIVERSIONS = "/var/lib/dpkg/diversions";

/**
 * dpkg-divert(1) 1.21: `--add [--rename] [--divert TO] [--package P|--local] FILE`
 * records a diversion (and with --rename moves the file there), `--list`
 * prints them, `--remove FILE` drops one, with dpkg-divert's own messages.
 */
export function runDpkgDivert(ctx: PosixCommandContext): number {
  const args = ctx.argv.slice(1);
  let action = "--add";
  let rename = false;
  let divert: string | undefined;
  let pkg = ":";
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "--add" || a === "--remove" || a === "--list" || a === "--listpackage" || a === "--truename") action = a;
    else if (a === "--rename") rename = true;
    else if (a === "--no-rename" || a === "--quiet") continue;
    else if (a === "--divert") divert = args[++i];
    else if (a === "--package") pkg = args[++i] ?? ":";
    else if (a === "--local") pkg = ":";
    else files.push(a);
  }
  const entries = (readOptional(ctx, DIVERSIONS) ?? "").split("\n").filter(Boolean);
  const table: [string, string, string][] = [];
  for (let i = 0; i + 2 < entries.length + 1 && i < entries.length; i += 3) table.push([entries[i] as string, entries[i + 1] ?? "", entries[i + 2] ?? ":"]);
  const save = (): void => {
    ensureParent(ctx, DIVERSIONS);
    ctx.fs.writeFile(DIVERSIONS, table.map((t) => t.join("\n") + "\n").join(""));
  };
  const describe = (t: [string, string, string]): string => `${t[2] === ":" ? "local " : ""}diversion of ${t[0]} to ${t[1]}${t[2] === ":" ? "" : ` by ${t[2]}`}`;
  if (action === "--list") {
    for (const t of table) ctx.out.out(`${describe(t)}\n`);
    return 0;
  }
  const file = files[0];
  if (!file || !file.startsWith("/")) {
    ctx.out.err(file ? `dpkg-divert: error: filename "${file}" is not absolute\n` : "dpkg-divert: error: --add needs a single argument\n\nUse --help for help about diverting files.\n");
    return 2;
  }
  if (action === "--remove") {
    const i = table.findIndex((t) => t[0] === file);
    if (i < 0) {
      ctx.out.out(`No diversion '${file}', none removed.\n`);
      return 0;
    }
    ctx.out.out(`Removing '${describe(table[i] as [string, string, string])}'\n`);
    table.splice(i, 1);
    save();
    return 0;
  }
  const to = divert ?? `${file}.distrib`;
  const entry: [string, string, string] = [file, to, pkg];
  if (table.some((t) => t[0] === file && t[1] === to)) {
    ctx.out.out(`Leaving '${describe(entry)}'\n`);
    return 0;
  }
  ctx.out.out(`Adding '${describe(entry)}'\n`);
  if (rename && ctx.fs.lstat(file)) {
    ensureParent(ctx, to);
    ctx.fs.rename(file, to);
  }
  table.push(entry);
  save();
  return 0;
}
